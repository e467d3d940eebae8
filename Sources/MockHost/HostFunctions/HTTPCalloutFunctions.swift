/// `proxy_http_call`: an HTTP request to an upstream cluster, answered later through
/// `PluginVM.respondToHTTPCall` / `failHTTPCall` (`proxy_on_http_call_response`).
///
/// Envoy's order (cpp-host `exports.cc` http_call, Envoy `Context::httpCall`):
/// 1. the call is made on the root context of the effective context;
/// 2. upstream, headers, body and trailers ranges are checked: INVALID_MEMORY_ACCESS;
/// 3. header and trailer pairs are parsed, malformed ones becoming empty maps;
/// 4. the token out-pointer is written (0) before anything starts, so a bad one is
///    INVALID_MEMORY_ACCESS even for an unknown cluster;
/// 5. a timeout that is negative as a C `int` (≥ 2^31) is BAD_ARGUMENT; an upstream not in
///    `PluginConfiguration.clusters` is BAD_ARGUMENT; headers without `:path`, `:method` or
///    `:authority` are BAD_ARGUMENT;
/// 6. the call is recorded, its token (a multiple of 4, per VM) written.
/// The host's own caps, `HostLimits.maxPendingCalls` outstanding calls per VM holding at
/// most `maxPendingCallBytes` (and `maxGuestValueBytes` per body), answer
/// INTERNAL_FAILURE: what Envoy returns when its async client cannot start a request.
enum HTTPCalloutFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        _ = version
        return [
            HostFunctionTable.proxy("proxy_http_call", HostFunctionTable.i32s(10)) { call in
                try httpCall(call)
            },
        ]
    }

    static func httpCall(_ call: HostCall) throws -> UInt32 {
        let upstream = (pointer: call.u32(0), length: call.u32(1))
        let headers = (pointer: call.u32(2), length: call.u32(3))
        let body = (pointer: call.u32(4), length: call.u32(5))
        let trailers = (pointer: call.u32(6), length: call.u32(7))
        let timeout = call.u32(8), tokenOut = call.u32(9)
        call.trace("upstream: [\(upstream.pointer), +\(upstream.length)], headers: [\(headers.pointer), +\(headers.length)], body: [\(body.pointer), +\(body.length)], trailers: [\(trailers.pointer), +\(trailers.length)], timeout: \(timeout), token: \(tokenOut)")
        let vm = call.vm
        guard try call.inBounds(upstream, body, headers, trailers) else { return ProxyStatus.invalidMemoryAccess.rawValue }
        let headerMap = try call.readPairs(headers.pointer, headers.length)
        let trailerMap = try call.readPairs(trailers.pointer, trailers.length)
        // Proves the token is writable before the request starts.
        try call.writeU32(0, at: tokenOut)
        guard Int32(bitPattern: timeout) >= 0 else { return ProxyStatus.badArgument.rawValue }
        // A name longer than the host copies cannot be a configured cluster.
        guard call.withinCopyLimit(upstream.length) else { return ProxyStatus.badArgument.rawValue }
        let upstreamBytes = try call.read(upstream.pointer, upstream.length)
        let upstreamName = String(decoding: upstreamBytes, as: UTF8.self)
        call.trace("upstream: \(traceText(upstreamBytes)), \(headerMap.count) headers, body: \(body.length) bytes, \(trailerMap.count) trailers, timeout: \(timeout) ms")
        guard vm.configuration.clusters.contains(where: { Array($0.utf8) == upstreamBytes }) else {
            call.trace("upstream \(traceText(upstreamBytes)): unknown cluster")
            return ProxyStatus.badArgument.rawValue
        }
        guard headerMap.value(":path") != nil, headerMap.value(":method") != nil, headerMap.value(":authority") != nil else {
            call.trace("upstream \(traceText(upstreamBytes)): :path, :method or :authority missing")
            return ProxyStatus.badArgument.rawValue
        }
        guard vm.asyncState.pendingCount < vm.host.limits.maxPendingCalls, call.withinCopyLimit(body.length) else {
            call.trace("host cap: \(vm.asyncState.pendingCount) calls outstanding, body \(body.length) bytes")
            return ProxyStatus.internalFailure.rawValue
        }
        let held = UInt64(vm.asyncState.heldBytes) + UInt64(body.length) + UInt64(headerMap.byteSize + trailerMap.byteSize + upstreamBytes.count)
        guard held <= UInt64(max(0, vm.host.limits.maxPendingCallBytes)) else {
            call.trace("host cap: outstanding calls would hold \(held) bytes")
            return ProxyStatus.internalFailure.rawValue
        }
        let bodyBytes = try call.read(body.pointer, body.length)
        var sent = headerMap
        if !bodyBytes.isEmpty { sent.replace("content-length", String(bodyBytes.count)) }
        let token = vm.asyncState.nextID(0)
        vm.asyncState.setHTTPCall(HTTPCallout(token: token, upstream: upstreamName, headers: sent, body: bodyBytes, trailers: trailerMap,
                                              timeoutMilliseconds: timeout, rootContextID: call.effectiveRootContextID))
        try call.writeU32(token, at: tokenOut)
        call.trace("upstream: \(traceText(upstreamBytes)), \(headerMap.count) headers, body: \(bodyBytes.count) bytes -> token \(token)")
        return ProxyStatus.ok.rawValue
    }
}
