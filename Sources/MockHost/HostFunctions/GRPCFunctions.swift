/// `proxy_grpc_call`, `proxy_grpc_stream`, `proxy_grpc_send`, `proxy_grpc_cancel`,
/// `proxy_grpc_close`. Answered later through `PluginVM.deliverGRPCInitialMetadata`,
/// `deliverGRPCMessage`, `deliverGRPCTrailingMetadata` and `closeGRPC`.
///
/// Envoy's behaviour (cpp-host `exports.cc`, Envoy `Context::grpcCall/grpcStream/grpcSend/
/// grpcClose/grpcCancel`):
/// - calls are made on the root context of the effective context; every range is checked
///   first (INVALID_MEMORY_ACCESS); metadata pairs that are malformed become empty;
/// - Envoy first tries to parse the upstream as a serialized `GrpcService` proto and falls
///   back to a cluster name; this host only knows cluster names: one not in
///   `PluginConfiguration.clusters` is PARSE_FAILURE (Envoy's status for that fallback);
/// - the id is written only after the call started (unlike `proxy_http_call`): a bad
///   out-pointer is INVALID_MEMORY_ACCESS with the call left running, as in Envoy;
/// - ids carry their kind in the low two bits (1 call, 2 stream, 0 HTTP call): an id of the
///   wrong kind is BAD_ARGUMENT, an unknown id of the right kind NOT_FOUND;
/// - `send` needs a stream; `cancel` forgets a call or resets a stream; `close` forgets a
///   call, and closes the plugin's side of a stream (forgotten once both sides closed).
/// The host's caps answer INTERNAL_FAILURE (Envoy's status when its client cannot start the
/// call): `HostLimits.maxPendingCalls` outstanding calls per VM holding at most
/// `maxPendingCallBytes` (messages, metadata, sent messages), `maxQueueItems` messages sent
/// per stream, `maxGuestValueBytes` per message.
enum GRPCFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        let i32s = HostFunctionTable.i32s
        _ = version
        return [
            HostFunctionTable.proxy("proxy_grpc_call", i32s(12)) { call in
                try start(call, kind: .call)
            },
            HostFunctionTable.proxy("proxy_grpc_stream", i32s(9)) { call in
                try start(call, kind: .stream)
            },
            HostFunctionTable.proxy("proxy_grpc_send", i32s(4)) { call in
                let token = call.u32(0), message = (pointer: call.u32(1), length: call.u32(2)), endStream = call.u32(3)
                call.trace("token: \(token), message: [\(message.pointer), +\(message.length)], end_stream: \(endStream)")
                guard try call.inBounds(message) else { return ProxyStatus.invalidMemoryAccess.rawValue }
                guard AsyncState.isGRPCStreamID(token) else { return ProxyStatus.badArgument.rawValue }
                let vm = call.vm
                guard var stream = vm.asyncState.grpcCalls[token] else { return ProxyStatus.notFound.rawValue }
                guard call.withinCopyLimit(message.length), stream.sentMessages.count < vm.host.limits.maxQueueItems,
                      UInt64(vm.asyncState.heldBytes) + UInt64(message.length) <= UInt64(max(0, vm.host.limits.maxPendingCallBytes)) else {
                    call.trace("token: \(token): host cap (\(stream.sentMessages.count) messages, \(vm.asyncState.heldBytes) bytes held)")
                    return ProxyStatus.internalFailure.rawValue
                }
                let bytes = try call.read(message.pointer, message.length)
                let previous = stream.heldBytes
                stream.appendSent(bytes)
                if endStream != 0 { stream.endOfStreamSent = true }
                vm.asyncState.setGRPCCall(stream, previousBytes: previous)
                call.trace("token: \(token), message: \(traceText(bytes)), end_stream: \(endStream != 0)")
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_grpc_cancel", i32s(1)) { call in
                let token = call.u32(0)
                call.trace("token: \(token)")
                guard AsyncState.isGRPCCallID(token) || AsyncState.isGRPCStreamID(token) else { return ProxyStatus.badArgument.rawValue }
                guard call.vm.asyncState.removeGRPCCall(token) != nil else { return ProxyStatus.notFound.rawValue }
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_grpc_close", i32s(1)) { call in
                let token = call.u32(0)
                call.trace("token: \(token)")
                let vm = call.vm
                if AsyncState.isGRPCCallID(token) {
                    guard vm.asyncState.removeGRPCCall(token) != nil else { return ProxyStatus.notFound.rawValue }
                } else if AsyncState.isGRPCStreamID(token) {
                    guard var stream = vm.asyncState.grpcCalls[token] else { return ProxyStatus.notFound.rawValue }
                    if stream.remoteClosed {
                        _ = vm.asyncState.removeGRPCCall(token)
                    } else {
                        stream.localClosed = true
                        vm.asyncState.setGRPCCall(stream)
                    }
                } else {
                    return ProxyStatus.badArgument.rawValue
                }
                return ProxyStatus.ok.rawValue
            },
        ]
    }

    /// `proxy_grpc_call(upstream, service, method, metadata, message, timeout, *token)` and
    /// `proxy_grpc_stream(upstream, service, method, metadata, *token)`.
    static func start(_ call: HostCall, kind: GRPCCall.Kind) throws -> UInt32 {
        let upstream = (pointer: call.u32(0), length: call.u32(1))
        let service = (pointer: call.u32(2), length: call.u32(3))
        let method = (pointer: call.u32(4), length: call.u32(5))
        let metadata = (pointer: call.u32(6), length: call.u32(7))
        let message = kind == .call ? (pointer: call.u32(8), length: call.u32(9)) : (pointer: UInt32(0), length: UInt32(0))
        let timeout = kind == .call ? call.u32(10) : 0
        let tokenOut = kind == .call ? call.u32(11) : call.u32(8)
        call.trace("upstream: [\(upstream.pointer), +\(upstream.length)], service: [\(service.pointer), +\(service.length)], method: [\(method.pointer), +\(method.length)], metadata: [\(metadata.pointer), +\(metadata.length)]"
            + (kind == .call ? ", message: [\(message.pointer), +\(message.length)], timeout: \(timeout)" : "") + ", token: \(tokenOut)")
        let vm = call.vm
        guard try call.inBounds(upstream, service, method, metadata, message) else { return ProxyStatus.invalidMemoryAccess.rawValue }
        let metadataMap = try call.readPairs(metadata.pointer, metadata.length)
        // A name longer than the host copies cannot be a configured cluster.
        guard call.withinCopyLimit(upstream.length) else { return ProxyStatus.parseFailure.rawValue }
        let upstreamBytes = try call.read(upstream.pointer, upstream.length)
        guard vm.configuration.clusters.contains(where: { Array($0.utf8) == upstreamBytes }) else {
            call.trace("upstream \(traceText(upstreamBytes)): unknown cluster")
            return ProxyStatus.parseFailure.rawValue
        }
        let held = UInt64(vm.asyncState.heldBytes) + UInt64(service.length) + UInt64(method.length) + UInt64(message.length)
            + UInt64(metadataMap.byteSize + upstreamBytes.count)
        guard vm.asyncState.pendingCount < vm.host.limits.maxPendingCalls,
              call.withinCopyLimit(service.length, method.length, message.length),
              held <= UInt64(max(0, vm.host.limits.maxPendingCallBytes)) else {
            call.trace("host cap: \(vm.asyncState.pendingCount) calls outstanding, \(held) bytes")
            return ProxyStatus.internalFailure.rawValue
        }
        let serviceName = try call.readString(service.pointer, service.length)
        let methodName = try call.readString(method.pointer, method.length)
        let messageBytes = try call.read(message.pointer, message.length)
        let token = vm.asyncState.nextID(kind == .call ? 1 : 2)
        vm.asyncState.setGRPCCall(GRPCCall(token: token, kind: kind, upstream: String(decoding: upstreamBytes, as: UTF8.self),
                                           serviceName: serviceName, methodName: methodName, initialMetadata: metadataMap,
                                           message: messageBytes, timeoutMilliseconds: timeout, rootContextID: call.effectiveRootContextID))
        call.trace("upstream: \(traceText(upstreamBytes)), \(serviceName)/\(methodName), \(metadataMap.count) metadata"
            + (kind == .call ? ", message: \(messageBytes.count) bytes" : "") + " -> token \(token)")
        try call.writeU32(token, at: tokenOut)
        return ProxyStatus.ok.rawValue
    }
}
