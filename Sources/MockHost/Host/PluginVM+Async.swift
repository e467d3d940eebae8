/// Driving the asynchronous side of a plugin from a test: answering its HTTP callouts and
/// gRPC calls, calling its foreign-function callback, and delivering queue notifications.
///
/// Every delivery goes to the root context that started the call, with the response data
/// readable (maps 4–7, buffers 4, 5, 8) only during that callback, as in Envoy. A delivery
/// requested while the plugin is running (from a foreign function, say) is deferred until
/// the running callback returns, as Envoy defers re-entrant deliveries. Host calls the
/// callback schedules (`proxy_done`, queue notifications...) run right after it.
extension PluginVM {
    // MARK: HTTP callouts

    /// HTTP callouts the plugin started and nobody answered yet, by increasing token.
    public var pendingHTTPCalls: [HTTPCallout] {
        asyncState.httpCalls.values.sorted { $0.token < $1.token }
    }

    /// The pending HTTP callout with this token, if any.
    public func httpCall(token: UInt32) -> HTTPCallout? { asyncState.httpCalls[token] }

    /// Answers an HTTP callout: calls `proxy_on_http_call_response(root, token, n_headers,
    /// body_size, n_trailers)` with the response headers (map 6), body (buffer 4) and
    /// trailers (map 7, absent when empty, as Envoy has no trailer map then) readable during
    /// the callback. Returns false for an unknown token.
    @discardableResult
    public func respondToHTTPCall(token: UInt32, headers: HeaderMap, body: [UInt8] = [], trailers: HeaderMap = HeaderMap()) -> Bool {
        guard let callout = asyncState.removeHTTPCall(token) else { return false }
        var data = CallbackData()
        data.httpCallResponseHeaders = headers
        data.httpCallResponseBody = body
        data.httpCallResponseTrailers = trailers.isEmpty ? nil : trailers
        data.status = (0, [])
        let args = [callout.rootContextID, token, UInt32(truncatingIfNeeded: headers.count),
                    UInt32(truncatingIfNeeded: body.count), UInt32(truncatingIfNeeded: trailers.count)]
        deliverToRoot("proxy_on_http_call_response", args, root: callout.rootContextID, data: data)
        return true
    }

    /// Fails an HTTP callout (a reset upstream): `proxy_on_http_call_response(root, token,
    /// 0, 0, 0)` with no response maps or body, and `proxy_get_status` answering
    /// BROKEN_CONNECTION (11) "reset" during the callback, as Envoy's onHttpCallFailure.
    /// Returns false for an unknown token.
    @discardableResult
    public func failHTTPCall(token: UInt32) -> Bool {
        guard let callout = asyncState.removeHTTPCall(token) else { return false }
        var data = CallbackData()
        data.status = (ProxyStatus.brokenConnection.rawValue, Array("reset".utf8))
        deliverToRoot("proxy_on_http_call_response", [callout.rootContextID, token, 0, 0, 0], root: callout.rootContextID, data: data)
        return true
    }

    // MARK: gRPC

    /// gRPC calls and streams the plugin has open, by increasing token.
    public var openGRPCCalls: [GRPCCall] {
        asyncState.grpcCalls.values.sorted { $0.token < $1.token }
    }

    /// The open gRPC call or stream with this token, if any.
    public func grpcCall(token: UInt32) -> GRPCCall? { asyncState.grpcCalls[token] }

    /// Delivers initial metadata: `proxy_on_grpc_receive_initial_metadata(root, token, n)`
    /// with the metadata readable as map 4. Returns false for an unknown token.
    @discardableResult
    public func deliverGRPCInitialMetadata(token: UInt32, metadata: HeaderMap) -> Bool {
        guard let call = asyncState.grpcCalls[token] else { return false }
        var data = CallbackData()
        data.grpcInitialMetadata = metadata
        deliverToRoot("proxy_on_grpc_receive_initial_metadata", [call.rootContextID, token, UInt32(truncatingIfNeeded: metadata.count)],
                      root: call.rootContextID, data: data)
        return true
    }

    /// Delivers a message: `proxy_on_grpc_receive(root, token, size)` with the message
    /// readable as buffer 5. A unary call is finished by its response (Envoy forgets it).
    /// Returns false for an unknown token.
    @discardableResult
    public func deliverGRPCMessage(token: UInt32, message: [UInt8]) -> Bool {
        guard let call = asyncState.grpcCalls[token] else { return false }
        if call.kind == .call { _ = asyncState.removeGRPCCall(token) }
        var data = CallbackData()
        data.grpcMessage = message
        deliverToRoot("proxy_on_grpc_receive", [call.rootContextID, token, UInt32(truncatingIfNeeded: message.count)],
                      root: call.rootContextID, data: data)
        return true
    }

    /// Delivers trailing metadata: `proxy_on_grpc_receive_trailing_metadata(root, token, n)`
    /// with the metadata readable as map 5. Returns false for an unknown token.
    @discardableResult
    public func deliverGRPCTrailingMetadata(token: UInt32, metadata: HeaderMap) -> Bool {
        guard let call = asyncState.grpcCalls[token] else { return false }
        var data = CallbackData()
        data.grpcTrailingMetadata = metadata
        deliverToRoot("proxy_on_grpc_receive_trailing_metadata", [call.rootContextID, token, UInt32(truncatingIfNeeded: metadata.count)],
                      root: call.rootContextID, data: data)
        return true
    }

    /// Closes a call or stream from the remote side: `proxy_on_grpc_close(root, token,
    /// status)`, with `proxy_get_status` answering (status, message) during the callback.
    /// A unary call is then forgotten; a stream too if the plugin had closed its side.
    /// Returns false for an unknown token.
    @discardableResult
    public func closeGRPC(token: UInt32, status: UInt32, message: String = "") -> Bool {
        guard var call = asyncState.grpcCalls[token] else { return false }
        if call.kind == .call || call.localClosed {
            _ = asyncState.removeGRPCCall(token)
        } else {
            call.remoteClosed = true
            asyncState.setGRPCCall(call)
        }
        var data = CallbackData()
        data.status = (status, Array(message.utf8))
        deliverToRoot("proxy_on_grpc_close", [call.rootContextID, token, status], root: call.rootContextID, data: data)
        return true
    }

    // MARK: Foreign functions

    /// Calls `proxy_on_foreign_function(root, function_id, arguments_size)` with the
    /// arguments readable as buffer 8 (FOREIGN_FUNCTION_ARGUMENTS). ABI 0.2.0 and later;
    /// returns false for a 0.1.0 plugin or when the root context does not exist.
    /// `rootContextID` defaults to the root context of `configuration.rootID`.
    @discardableResult
    public func callForeignFunctionCallback(functionID: UInt32, arguments: [UInt8], rootContextID: UInt32? = nil) -> Bool {
        guard abiVersion != .v0_1_0 else { return false }
        let root = rootContextID ?? self.rootContextID
        guard case .root? = contexts[root] else { return false }
        var data = CallbackData()
        data.foreignFunctionArguments = arguments
        deliverToRoot("proxy_on_foreign_function", [root, functionID, UInt32(truncatingIfNeeded: arguments.count)], root: root, data: data)
        return true
    }

    // MARK: Delivery

    /// `proxy_on_queue_ready(root, queue_id)` on the root context that registered the queue.
    func deliverQueueReady(rootContextID: UInt32, queueID: UInt32) {
        deliverToRoot("proxy_on_queue_ready", [rootContextID, queueID], root: rootContextID, data: CallbackData())
    }

    /// Calls a root-context callback with `data` readable during it, then runs the tasks it
    /// scheduled. Deferred when the plugin is running; dropped when the root is gone (Envoy
    /// cancels a context's calls when it is deleted).
    func deliverToRoot(_ name: String, _ args: [UInt32], root: UInt32, data: CallbackData) {
        guard phase == .idle else {
            pendingTasks.append { [link] in link.vm?.deliverToRoot(name, args, root: root, data: data) }
            return
        }
        guard case .root? = contexts[root] else {
            record(.note("\(name) dropped: root context \(root) no longer exists"))
            return
        }
        let saved = callbackData
        callbackData = data
        call(name, args, context: root)
        callbackData = saved
        drainPendingTasks()
    }
}
