/// Context and stream control: `proxy_done`, `proxy_set_effective_context`,
/// `proxy_continue_stream`, `proxy_close_stream` (0.2.0+), `proxy_send_local_response`,
/// `proxy_get_status`, and the v0.1.0-only `proxy_continue_request`,
/// `proxy_continue_response`, `proxy_clear_route_cache`, `proxy_get_configuration`.
///
/// Envoy's behaviour (envoy `source/extensions/common/wasm/context.cc`, cpp-host
/// `src/exports.cc`, `src/wasm.cc`):
/// - continue/close act after the running callback returns (Envoy's `addAfterVmCallAction`),
///   here through `pendingTasks`. In a context without an HTTP stream (root, TCP) the HTTP
///   types answer OK and do nothing; DOWNSTREAM continues reading (OK) and UPSTREAM cannot
///   be continued (UNIMPLEMENTED). Both close types close a TCP connection.
/// - `proxy_send_local_response` records the reply on the effective HTTP stream at once and
///   makes the running callback's action a stop (`stopNextIteration`); without an HTTP
///   stream it is OK and does nothing. Malformed header pairs become no headers.
/// - `proxy_get_status` answers the status of the callout being delivered, (0, "") otherwise.
enum StreamFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        let i32s = HostFunctionTable.i32s
        var specs: [HostFunctionSpec] = [
            HostFunctionTable.proxy("proxy_done", []) { call in
                done(call)
            },
            HostFunctionTable.proxy("proxy_set_effective_context", i32s(1)) { call in
                let id = call.u32(0)
                call.trace("context: \(id)")
                guard call.vm.contexts[id] != nil else { return ProxyStatus.badArgument.rawValue }
                call.vm.effectiveContextID = id
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_send_local_response", i32s(8)) { call in
                try sendLocalResponse(call)
            },
            HostFunctionTable.proxy("proxy_get_status", i32s(3)) { call in
                let status = call.vm.callbackData.status ?? (0, [])
                call.trace("-> \(status.code), \(traceText(status.message))")
                try call.writeU32(status.code, at: call.u32(0))
                try call.returnBytes(status.message, pointerOut: call.u32(1), lengthOut: call.u32(2))
                return ProxyStatus.ok.rawValue
            },
        ]
        switch version {
        case .v0_1_0:
            specs += legacySpecs
        case .v0_2_0, .v0_2_1:
            specs += [
                HostFunctionTable.proxy("proxy_continue_stream", i32s(1)) { call in
                    let raw = call.u32(0)
                    call.trace("stream: \(raw)")
                    guard let type = StreamType(rawValue: raw) else { return ProxyStatus.badArgument.rawValue }
                    call.trace("stream: \(type)")
                    return continueStream(call, type)
                },
                HostFunctionTable.proxy("proxy_close_stream", i32s(1)) { call in
                    let raw = call.u32(0)
                    call.trace("stream: \(raw)")
                    guard let type = StreamType(rawValue: raw) else { return ProxyStatus.badArgument.rawValue }
                    call.trace("stream: \(type)")
                    return closeStream(call, type)
                },
            ]
        }
        return specs
    }

    /// The four functions Envoy links only into ABI v0.1.0 modules.
    static var legacySpecs: [HostFunctionSpec] {
        [
            HostFunctionTable.proxy("proxy_continue_request", []) { call in
                continueStream(call, .httpRequest)
            },
            HostFunctionTable.proxy("proxy_continue_response", []) { call in
                continueStream(call, .httpResponse)
            },
            HostFunctionTable.proxy("proxy_clear_route_cache", []) { call in
                clearRouteCache(call.vm)
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_get_configuration", HostFunctionTable.i32s(2)) { call in
                // Envoy's getConfiguration: the plugin configuration while it is being
                // configured, the VM configuration otherwise.
                let configuring = call.vm.callbackData.pluginConfiguration
                let value = configuring ?? call.vm.configuration.vmConfiguration
                call.trace("-> \(configuring != nil ? "plugin" : "vm") configuration, \(value.count) bytes")
                try call.returnBytes(value, pointerOut: call.u32(0), lengthOut: call.u32(1))
                return ProxyStatus.ok.rawValue
            },
        ]
    }

    /// `proxy_done`: finishes the effective context (or its root, found by plugin key as
    /// cpp-host's `WasmBase::done` does) if it is waiting for it; NOT_FOUND otherwise.
    /// `proxy_on_log` and `proxy_on_delete` follow once the running callback returns.
    static func done(_ call: HostCall) -> UInt32 {
        let vm = call.vm
        guard let entry = vm.effectiveContext else { return ProxyStatus.notFound.rawValue }
        let id: UInt32
        if vm.pendingDone.contains(vm.effectiveContextID), vm.contexts[vm.effectiveContextID] != nil {
            id = vm.effectiveContextID
        } else if vm.pendingDone.contains(entry.rootContextID) {
            id = entry.rootContextID
        } else {
            call.trace("nothing pending")
            return ProxyStatus.notFound.rawValue
        }
        call.trace("context \(id)")
        vm.pendingDone.remove(id)
        vm.pendingTasks.append { [link = vm.link] in link.vm?.finishContext(id) }
        return ProxyStatus.ok.rawValue
    }

    /// Envoy's `Context::continueStream`.
    static func continueStream(_ call: HostCall, _ type: StreamType) -> UInt32 {
        let vm = call.vm
        switch type {
        case .httpRequest, .httpResponse:
            if let stream = vm.effectiveStream {
                let request = type == .httpRequest
                vm.pendingTasks.append { [link = vm.link, weak stream] in
                    guard let vm = link.vm, let stream, vm.isLive(stream) else { return }
                    vm.flushBody(stream, request: request)
                    if request { stream.requestPaused = false } else { stream.responsePaused = false }
                    stream.continueCount += 1
                }
            }
            return ProxyStatus.ok.rawValue
        case .downstream:
            if let connection = vm.effectiveConnection {
                vm.pendingTasks.append { [weak connection] in
                    guard let connection, connection.state == .open, !connection.closed else { return }
                    connection.downstreamData += connection.downstreamBuffer
                    connection.downstreamBuffer = []
                    connection.continueCount += 1
                }
            }
            return ProxyStatus.ok.rawValue
        case .upstream:
            return ProxyStatus.unimplemented.rawValue
        }
    }

    /// Envoy's `Context::closeStream`: resets the HTTP stream, or closes the connection.
    static func closeStream(_ call: HostCall, _ type: StreamType) -> UInt32 {
        let vm = call.vm
        switch type {
        case .httpRequest, .httpResponse:
            if let stream = vm.effectiveStream {
                vm.pendingTasks.append { [weak stream] in stream?.closed = true }
            }
        case .downstream, .upstream:
            if let connection = vm.effectiveConnection {
                vm.pendingTasks.append { [weak connection] in connection?.closed = true }
            }
        }
        return ProxyStatus.ok.rawValue
    }

    static func clearRouteCache(_ vm: PluginVM) {
        vm.effectiveStream?.routeCacheClearCount += 1
    }

    /// `proxy_send_local_response(status, details, body, headers, grpc_status)`.
    static func sendLocalResponse(_ call: HostCall) throws -> UInt32 {
        let status = call.u32(0)
        let details = (pointer: call.u32(1), length: call.u32(2))
        let body = (pointer: call.u32(3), length: call.u32(4))
        let headers = (pointer: call.u32(5), length: call.u32(6))
        let grpc = call.u32(7)
        call.trace("status: \(status), details: [\(details.pointer), +\(details.length)], body: [\(body.pointer), +\(body.length)], headers: [\(headers.pointer), +\(headers.length)], grpc_status: \(Int32(bitPattern: grpc))")
        guard try call.inBounds(details, body, headers) else { return ProxyStatus.invalidMemoryAccess.rawValue }
        guard let stream = call.vm.effectiveStream else {
            call.trace("status: \(status): no HTTP stream, ignored")
            return ProxyStatus.ok.rawValue
        }
        guard call.withinCopyLimit(details.length, body.length) else { return ProxyStatus.internalFailure.rawValue }
        let detailBytes = try call.read(details.pointer, details.length)
        let bodyBytes = try call.read(body.pointer, body.length)
        let headerMap = try call.readPairs(headers.pointer, headers.length)
        // Envoy replaces whitespace in the details (StringUtil::replaceAllEmptySpace) and
        // sends no grpc-status unless the code is a known one (0...16).
        let detailText = String(decoding: detailBytes.map { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
        let grpcStatus: Int32? = grpc <= 16 ? Int32(grpc) : nil
        stream.localResponse = LocalResponse(statusCode: status, details: detailText, body: bodyBytes, headers: headerMap, grpcStatus: grpcStatus)
        stream.localResponseCount += 1
        stream.stopIterationAfterLocalResponse = true
        call.trace("status: \(status), details: \(traceText(detailBytes)), body: \(traceText(bodyBytes)), \(headerMap.count) headers")
        return ProxyStatus.ok.rawValue
    }
}
