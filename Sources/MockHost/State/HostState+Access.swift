/// Where host calls find the state they act on: the effective context's stream or
/// connection, and the buffers and maps of the running callback.
extension PluginVM {
    /// The context host calls act on: the one set by `proxy_set_effective_context`, or the
    /// callback's own when that one no longer exists (as cpp-host's ContextOrEffectiveContext).
    var effectiveContext: ContextEntry? { contexts[effectiveContextID] ?? contexts[currentContextID] }

    var effectiveStream: HTTPStream? {
        if case .http(let s)? = effectiveContext { return s }
        return nil
    }

    var effectiveConnection: TCPConnection? {
        if case .tcp(let c)? = effectiveContext { return c }
        return nil
    }

    /// A header map by type, or nil when it is not available in this context and phase.
    func headerMap(_ type: MapType) -> HeaderMap? {
        switch type {
        case .httpRequestHeaders, .httpRequestTrailers, .httpResponseHeaders, .httpResponseTrailers:
            guard let s = effectiveStream, s.availableMaps.contains(type) else { return nil }
            switch type {
            case .httpRequestHeaders: return s.requestHeaders
            case .httpRequestTrailers: return s.requestTrailers
            case .httpResponseHeaders: return s.responseHeaders
            default: return s.responseTrailers
            }
        case .grpcReceiveInitialMetadata: return callbackData.grpcInitialMetadata
        case .grpcReceiveTrailingMetadata: return callbackData.grpcTrailingMetadata
        case .httpCallResponseHeaders: return callbackData.httpCallResponseHeaders
        case .httpCallResponseTrailers: return callbackData.httpCallResponseTrailers
        }
    }

    /// Mutates a header map in place (no copy of the map); nil when it is not available.
    @discardableResult
    func modifyHeaderMap<R>(_ type: MapType, _ body: (inout HeaderMap) -> R) -> R? {
        switch type {
        case .httpRequestHeaders, .httpRequestTrailers, .httpResponseHeaders, .httpResponseTrailers:
            guard let s = effectiveStream, s.availableMaps.contains(type) else { return nil }
            switch type {
            case .httpRequestHeaders: return body(&s.requestHeaders)
            case .httpRequestTrailers: return body(&s.requestTrailers)
            case .httpResponseHeaders: return body(&s.responseHeaders)
            default: return body(&s.responseTrailers)
            }
        case .grpcReceiveInitialMetadata:
            guard callbackData.grpcInitialMetadata != nil else { return nil }
            return body(&callbackData.grpcInitialMetadata!)
        case .grpcReceiveTrailingMetadata:
            guard callbackData.grpcTrailingMetadata != nil else { return nil }
            return body(&callbackData.grpcTrailingMetadata!)
        case .httpCallResponseHeaders:
            guard callbackData.httpCallResponseHeaders != nil else { return nil }
            return body(&callbackData.httpCallResponseHeaders!)
        case .httpCallResponseTrailers:
            guard callbackData.httpCallResponseTrailers != nil else { return nil }
            return body(&callbackData.httpCallResponseTrailers!)
        }
    }

    /// Replaces a header map (which must be available).
    func setHeaderMap(_ type: MapType, _ map: HeaderMap) {
        switch type {
        case .httpRequestHeaders: effectiveStream?.requestHeaders = map
        case .httpRequestTrailers: effectiveStream?.requestTrailers = map
        case .httpResponseHeaders: effectiveStream?.responseHeaders = map
        case .httpResponseTrailers: effectiveStream?.responseTrailers = map
        case .grpcReceiveInitialMetadata: callbackData.grpcInitialMetadata = map
        case .grpcReceiveTrailingMetadata: callbackData.grpcTrailingMetadata = map
        case .httpCallResponseHeaders: callbackData.httpCallResponseHeaders = map
        case .httpCallResponseTrailers: callbackData.httpCallResponseTrailers = map
        }
    }

    /// A buffer by type, or nil when it is not available now.
    func buffer(_ type: BufferType) -> [UInt8]? {
        switch type {
        case .httpRequestBody:
            guard let s = effectiveStream, bodyCallback == BodyCallback(contextID: s.contextID, request: true) else { return nil }
            return s.requestBodyBuffer
        case .httpResponseBody:
            guard let s = effectiveStream, bodyCallback == BodyCallback(contextID: s.contextID, request: false) else { return nil }
            return s.responseBodyBuffer
        case .downstreamData: return effectiveConnection?.downstreamBuffer
        case .upstreamData: return effectiveConnection?.upstreamBuffer
        case .httpCallResponseBody: return callbackData.httpCallResponseBody
        case .grpcReceiveBuffer: return callbackData.grpcMessage
        // Envoy serves the VM configuration at any time (the plugin configuration only
        // during proxy_on_configure).
        case .vmConfiguration: return configuration.vmConfiguration
        case .pluginConfiguration: return callbackData.pluginConfiguration
        case .callData: return callbackData.foreignFunctionArguments
        }
    }

    /// Whether a buffer type may be modified (bodies and connection data).
    func isMutableBuffer(_ type: BufferType) -> Bool {
        switch type {
        case .httpRequestBody, .httpResponseBody, .downstreamData, .upstreamData: return true
        default: return false
        }
    }

    func setBuffer(_ type: BufferType, _ bytes: [UInt8]) {
        switch type {
        case .httpRequestBody: effectiveStream?.requestBodyBuffer = bytes
        case .httpResponseBody: effectiveStream?.responseBodyBuffer = bytes
        case .downstreamData: effectiveConnection?.downstreamBuffer = bytes
        case .upstreamData: effectiveConnection?.upstreamBuffer = bytes
        default: break
        }
    }
}

/// The body callback running now: Envoy exposes a body buffer only during its callback.
struct BodyCallback: Equatable {
    var contextID: UInt32
    var request: Bool
}
