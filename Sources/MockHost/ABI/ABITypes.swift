/// The proxy-wasm ABI's enumerations (spec v0.2.1 "Types", plus the values cpp-sdk adds).

/// `proxy_status_t`: what every `proxy_*` host function returns.
public enum ProxyStatus: UInt32, Sendable, CaseIterable, CustomStringConvertible {
    case ok = 0
    case notFound = 1
    case badArgument = 2
    case serializationFailure = 3
    case parseFailure = 4
    case badExpression = 5
    case invalidMemoryAccess = 6
    case empty = 7
    case casMismatch = 8
    case resultMismatch = 9
    case internalFailure = 10
    case brokenConnection = 11
    case unimplemented = 12

    public var description: String {
        switch self {
        case .ok: return "OK"
        case .notFound: return "NOT_FOUND"
        case .badArgument: return "BAD_ARGUMENT"
        case .serializationFailure: return "SERIALIZATION_FAILURE"
        case .parseFailure: return "PARSE_FAILURE"
        case .badExpression: return "BAD_EXPRESSION"
        case .invalidMemoryAccess: return "INVALID_MEMORY_ACCESS"
        case .empty: return "EMPTY"
        case .casMismatch: return "CAS_MISMATCH"
        case .resultMismatch: return "RESULT_MISMATCH"
        case .internalFailure: return "INTERNAL_FAILURE"
        case .brokenConnection: return "BROKEN_CONNECTION"
        case .unimplemented: return "UNIMPLEMENTED"
        }
    }
}

/// WASI preview1 errno values the host returns.
public enum WASIErrno: UInt32, Sendable {
    case success = 0
    case badf = 8
    case fault = 21
    case inval = 28
    case noent = 44
    case nosys = 52
    case notsup = 58
    case notcapable = 76
}

/// `proxy_log_level_t`.
public enum LogLevel: UInt32, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case trace = 0, debug = 1, info = 2, warn = 3, error = 4, critical = 5

    public static func < (a: LogLevel, b: LogLevel) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .trace: return "trace"
        case .debug: return "debug"
        case .info: return "info"
        case .warn: return "warn"
        case .error: return "error"
        case .critical: return "critical"
        }
    }
}

/// `proxy_action_t` as returned by stream callbacks (values above 1 are kept raw:
/// cpp-sdk's FilterHeadersStatus etc. use them).
public enum FilterAction: Equatable, Sendable, CustomStringConvertible {
    case `continue`
    case pause
    /// Any other value the plugin returned (Envoy maps it, see `HTTPStream`).
    case other(UInt32)

    init(raw: UInt32) {
        switch raw {
        case 0: self = .continue
        case 1: self = .pause
        default: self = .other(raw)
        }
    }

    public var description: String {
        switch self {
        case .continue: return "Continue"
        case .pause: return "Pause"
        case .other(let v): return "action(\(v))"
        }
    }
}

/// `proxy_buffer_type_t`.
public enum BufferType: UInt32, Sendable, CaseIterable {
    case httpRequestBody = 0
    case httpResponseBody = 1
    case downstreamData = 2
    case upstreamData = 3
    case httpCallResponseBody = 4
    case grpcReceiveBuffer = 5
    case vmConfiguration = 6
    case pluginConfiguration = 7
    case callData = 8
}

/// `proxy_map_type_t`.
public enum MapType: UInt32, Sendable, CaseIterable {
    case httpRequestHeaders = 0
    case httpRequestTrailers = 1
    case httpResponseHeaders = 2
    case httpResponseTrailers = 3
    case grpcReceiveInitialMetadata = 4
    case grpcReceiveTrailingMetadata = 5
    case httpCallResponseHeaders = 6
    case httpCallResponseTrailers = 7
}

/// `proxy_stream_type_t`.
public enum StreamType: UInt32, Sendable {
    case httpRequest = 0
    case httpResponse = 1
    case downstream = 2
    case upstream = 3
}

/// `proxy_peer_type_t`.
public enum PeerType: UInt32, Sendable {
    case unknown = 0, local = 1, remote = 2
}

/// `proxy_metric_type_t`.
public enum MetricType: UInt32, Sendable {
    case counter = 0, gauge = 1, histogram = 2
}

/// The ABI versions a plugin may declare with a `proxy_abi_version_*` export.
public enum ABIVersion: String, Sendable, CaseIterable, CustomStringConvertible {
    case v0_1_0 = "0.1.0"
    case v0_2_0 = "0.2.0"
    case v0_2_1 = "0.2.1"

    /// The marker export's name.
    public var marker: String { "proxy_abi_version_" + rawValue.split(separator: ".").joined(separator: "_") }

    public var description: String { rawValue }
}

/// Envoy's failure policy for a plugin whose VM failed (trap or exhausted limit).
public enum FailurePolicy: String, Sendable, CaseIterable {
    /// The default: the failing stream gets exactly one local 503 (`wasm_fail_stream`), and
    /// so do later streams, until the plugin is reloaded.
    case failClosed = "closed"
    /// The plugin is skipped; streams continue unchanged.
    case failOpen = "open"
    /// The failing stream is failed closed; new streams get a fresh VM (reload counted).
    case failReload = "reload"
}
