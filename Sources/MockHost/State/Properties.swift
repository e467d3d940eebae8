/// The properties `proxy_get_property` answers, resolved as Envoy does
/// (`Context::getProperty`, `Filters::Common::Expr` wrappers).
///
/// A path is a list of segments separated by NUL (one trailing NUL is ignored, an empty
/// path is SERIALIZATION_FAILURE as Envoy serializes its null value). Lookup order:
/// 1. `PluginConfiguration.properties`, by the segments joined with "." (a test's own
///    values override everything);
/// 2. the well-known properties below;
/// 3. values the plugin stored with `proxy_set_property` on the effective stream (Envoy's
///    filter state), found by the first segment; further segments are NOT_FOUND.
///
/// Encodings (Envoy's `serializeValue`): strings and bytes raw; integers as 8-byte
/// little-endian (int64, or uint64 for ids); booleans as 1 byte; maps (header maps) in
/// the "pairs" format. A group name alone (`request`, `source`...) is
/// SERIALIZATION_FAILURE, as Envoy cannot list those maps' keys.
///
/// Well-known properties of this host (values a test can override through
/// `PluginConfiguration.properties`):
///
/// | property | type | value |
/// |---|---|---|
/// | `plugin_name`, `plugin_root_id`, `plugin_vm_id` | string | configuration; the root id of the effective context's root |
/// | `connection_id`, `connection.id` | uint64 | the stream's context id (stream contexts only) |
/// | `connection.mtls` | bool | false |
/// | `connection.requested_server_name` | string | "" |
/// | `source.address` / `source.port` | string / int64 | "127.0.0.1:45678" / 45678 |
/// | `destination.address` / `destination.port` | string / int64 | "127.0.0.1:8080" / 8080 |
/// | `request.path`, `.method`, `.host`, `.scheme`, `.referer`, `.useragent`, `.id` | string | request headers `:path`, `:method`, `:authority`, `:scheme`, `referer`, `user-agent`, `x-request-id` |
/// | `request.url_path`, `request.query` | string | `:path` before / after `?` (query up to `#`) |
/// | `request.headers` / `request.headers.<name>` | map / string | all request headers / one, repeated values joined with "," |
/// | `request.protocol` | string | "HTTP/1.1" |
/// | `request.time` | int64 | realtime when the stream opened, ns |
/// | `request.size`, `request.total_size` | int64 | `content-length` (else body bytes so far); plus header bytes |
/// | `response.code` | int64 | the local reply's status, else `:status` |
/// | `response.code_details` | string | the local reply's details, else "via_upstream" once response headers arrived |
/// | `response.headers`, `.headers.<name>`, `.trailers`, `.trailers.<name>` | map / string | response headers and trailers |
/// | `response.grpc_status` | int64 | `grpc-status` from trailers, else headers |
/// | `response.size`, `response.total_size`, `response.flags` | int64 | body bytes passed on; plus header and trailer bytes; 0 |
/// | `upstream.address` / `upstream.port` | string / int64 | "127.0.0.1:80" / 80, once response headers arrived |
///
/// HTTP-only values need an HTTP stream, and header-derived ones the headers having been
/// received (the mock keeps them for the stream's life; Envoy drops its request-header
/// pointer after the request headers continue). In a root context only the `plugin_*`
/// properties exist. Everything else is NOT_FOUND.
enum PropertyValue {
    case bytes([UInt8])
    case int64(Int64)
    case uint64(UInt64)
    case bool(Bool)
    case map(HeaderMap)

    var serialized: [UInt8] {
        switch self {
        case .bytes(let b): return b
        case .int64(let v): return littleEndian(UInt64(bitPattern: v))
        case .uint64(let v): return littleEndian(v)
        case .bool(let v): return [v ? 1 : 0]
        case .map(let m): return m.isEmpty ? [] : PairsSerialization.serialize(m)
        }
    }

    private func littleEndian(_ v: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) }
    }

    static func string(_ s: String) -> PropertyValue { .bytes(Array(s.utf8)) }
}

/// What a property lookup found.
enum PropertyLookup {
    case value([UInt8])
    case notFound
    case serializationFailure
}

extension PluginVM {
    /// Splits a property path into its NUL-separated segments (Envoy's loop: stops when
    /// the position reaches the end, so one trailing NUL adds no segment).
    static func propertySegments(_ path: [UInt8]) -> [[UInt8]] {
        var segments: [[UInt8]] = []
        var start = 0
        while start < path.count {
            let end = path[start...].firstIndex(of: 0) ?? path.count
            segments.append(Array(path[start..<end]))
            start = end + 1
        }
        return segments
    }

    /// Resolves a property path for the effective context.
    func lookupProperty(_ path: [UInt8]) -> PropertyLookup {
        let segments = PluginVM.propertySegments(path)
        guard let first = segments.first else { return .serializationFailure }
        let joined = segments.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ".")
        if let configured = configuration.properties[joined] { return .value(configured) }
        let names = segments.map { String(decoding: $0, as: UTF8.self) }
        switch wellKnownProperty(names) {
        case .found(let value): return .value(value.serialized)
        case .group: return .serializationFailure
        case .absent: break
        }
        if let stored = effectiveFilterState?[first] {
            return segments.count == 1 ? .value(stored) : .notFound
        }
        return .notFound
    }

    /// The filter state of the effective stream or connection (nil in a root context).
    var effectiveFilterState: [[UInt8]: [UInt8]]? {
        switch effectiveContext {
        case .http(let s)?: return s.filterState
        case .tcp(let c)?: return c.filterState
        default: return nil
        }
    }

    private enum WellKnown {
        case found(PropertyValue)
        /// A map that exists but cannot be serialized whole.
        case group
        case absent
    }

    private func wellKnownProperty(_ names: [String]) -> WellKnown {
        guard let head = names.first else { return .absent }
        let rest = Array(names.dropFirst())
        func leaf(_ v: PropertyValue?) -> WellKnown {
            guard let v, rest.isEmpty else { return .absent }
            return .found(v)
        }
        let entry = effectiveContext
        switch head {
        case "plugin_name": return leaf(.string(configuration.pluginName))
        case "plugin_vm_id": return leaf(.string(configuration.vmID))
        case "plugin_root_id": return leaf(rootContext(of: effectiveContextID).map { .string($0.rootID) })
        default: break
        }
        // Everything else needs stream info: an HTTP stream or a TCP connection.
        let stream: HTTPStream?
        let contextID: UInt32
        switch entry {
        case .http(let s)?: stream = s; contextID = s.contextID
        case .tcp(let c)?: stream = nil; contextID = c.contextID
        default: return .absent
        }
        switch head {
        case "connection_id":
            return leaf(.uint64(UInt64(contextID)))
        case "connection", "source", "destination", "upstream", "request", "response":
            guard let field = rest.first else { return .group }
            let tail = Array(rest.dropFirst())
            let value = groupField(head, field, tail, stream: stream, contextID: contextID)
            switch value {
            case .found, .group: return value
            case .absent: return .absent
            }
        default:
            return .absent
        }
    }

    private func groupField(_ group: String, _ field: String, _ tail: [String], stream: HTTPStream?, contextID: UInt32) -> WellKnown {
        func leaf(_ v: PropertyValue?) -> WellKnown {
            guard let v, tail.isEmpty else { return .absent }
            return .found(v)
        }
        /// A header map property: the map itself, or one header (values joined with ",").
        func mapField(_ map: HeaderMap?) -> WellKnown {
            guard let map else { return .absent }
            guard let name = tail.first else { return .found(.map(map)) }
            guard tail.count == 1 else { return .absent }
            let values = map.values(name)
            return values.isEmpty ? .absent : .found(.string(values.joined(separator: ",")))
        }
        switch (group, field) {
        case ("connection", "id"): return leaf(.uint64(UInt64(contextID)))
        case ("connection", "mtls"): return leaf(.bool(false))
        case ("connection", "requested_server_name"): return leaf(.string(""))
        case ("source", "address"): return leaf(.string("127.0.0.1:45678"))
        case ("source", "port"): return leaf(.int64(45678))
        case ("destination", "address"): return leaf(.string("127.0.0.1:8080"))
        case ("destination", "port"): return leaf(.int64(8080))
        default: break
        }
        guard let stream else { return .absent }
        let requestHeaders = stream.availableMaps.contains(.httpRequestHeaders) ? stream.requestHeaders : nil
        let responseHeaders = stream.availableMaps.contains(.httpResponseHeaders) ? stream.responseHeaders : nil
        let responseTrailers = stream.availableMaps.contains(.httpResponseTrailers) ? stream.responseTrailers : nil
        func header(_ name: String) -> PropertyValue? { requestHeaders?.value(name).map { .string($0) } }
        let requestBodyBytes = stream.requestBody.count + stream.requestBodyBuffer.count
        let responseBodyBytes = stream.responseBody.count + stream.responseBodyBuffer.count
        switch (group, field) {
        case ("upstream", "address"): return leaf(responseHeaders.map { _ in .string("127.0.0.1:80") })
        case ("upstream", "port"): return leaf(responseHeaders.map { _ in .int64(80) })
        case ("request", "path"): return leaf(header(":path"))
        case ("request", "url_path"):
            return leaf(requestHeaders?.value(":path").map { .string(String($0.prefix { $0 != "?" })) })
        case ("request", "query"):
            return leaf(requestHeaders?.value(":path").map { path in
                guard let q = path.firstIndex(of: "?") else { return .string("") }
                return .string(String(path[path.index(after: q)...].prefix { $0 != "#" }))
            })
        case ("request", "host"): return leaf(header(":authority"))
        case ("request", "scheme"): return leaf(header(":scheme"))
        case ("request", "method"): return leaf(header(":method"))
        case ("request", "referer"): return leaf(header("referer"))
        case ("request", "useragent"): return leaf(header("user-agent"))
        case ("request", "id"): return leaf(header("x-request-id"))
        case ("request", "headers"): return mapField(requestHeaders)
        case ("request", "protocol"): return leaf(.string("HTTP/1.1"))
        case ("request", "time"): return leaf(.int64(Int64(bitPattern: stream.startTimeNanoseconds)))
        case ("request", "size"):
            if let length = requestHeaders?.value("content-length") {
                return leaf(Int64(length).map { .int64($0) })
            }
            return leaf(.int64(Int64(requestBodyBytes)))
        case ("request", "total_size"):
            return leaf(.int64(Int64(requestBodyBytes + (requestHeaders?.byteSize ?? 0))))
        case ("response", "code"):
            if let local = stream.localResponse { return leaf(.int64(Int64(local.statusCode))) }
            return leaf(responseHeaders?.value(":status").flatMap { Int64($0) }.map { .int64($0) })
        case ("response", "code_details"):
            if let local = stream.localResponse { return leaf(.string(local.details)) }
            return leaf(responseHeaders.map { _ in .string("via_upstream") })
        case ("response", "headers"): return mapField(responseHeaders)
        case ("response", "trailers"): return mapField(responseTrailers)
        case ("response", "grpc_status"):
            let raw = responseTrailers?.value("grpc-status") ?? responseHeaders?.value("grpc-status")
            return leaf(raw.flatMap { Int64($0) }.map { .int64($0) })
        case ("response", "size"): return leaf(.int64(Int64(responseBodyBytes)))
        case ("response", "total_size"):
            return leaf(.int64(Int64(responseBodyBytes + (responseHeaders?.byteSize ?? 0) + (responseTrailers?.byteSize ?? 0))))
        case ("response", "flags"): return leaf(.int64(0))
        default: return .absent
        }
    }
}
