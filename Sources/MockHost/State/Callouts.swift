/// An HTTP callout a plugin started with `proxy_http_call`, waiting for the test to answer
/// it with `PluginVM.respondToHTTPCall` or `PluginVM.failHTTPCall`.
public struct HTTPCallout: Sendable {
    /// The call id written to the plugin's `*token` out-pointer (Envoy's encoding: a
    /// multiple of 4, so `token & 3 == 0` marks an HTTP call).
    public let token: UInt32
    /// The upstream (cluster) name exactly as the plugin passed it.
    public let upstream: String
    /// The request headers as the upstream would receive them: keys lower-cased, and a
    /// `content-length` set for a non-empty body (as Envoy's async client does).
    public let headers: HeaderMap
    public let body: [UInt8]
    public let trailers: HeaderMap
    /// The timeout the plugin asked for; 0 means none (Envoy: no timeout).
    public let timeoutMilliseconds: UInt32
    /// The root context that made the call; `proxy_on_http_call_response` goes to it.
    public let rootContextID: UInt32

    public var bodyString: String { String(decoding: body, as: UTF8.self) }

    /// Bytes this call holds in the host (counted against `HostLimits.maxPendingCallBytes`).
    var heldBytes: Int { body.count + headers.byteSize + trailers.byteSize + upstream.utf8.count }
}

/// A gRPC call (`proxy_grpc_call`) or stream (`proxy_grpc_stream`) the plugin has open.
public struct GRPCCall: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A unary call: one request message, answered by one message or a close.
        case call
        /// A bidirectional stream: messages sent with `proxy_grpc_send`.
        case stream
    }

    /// The id written to the plugin's out-pointer. Envoy's encoding: `token & 3` is 1 for a
    /// call and 2 for a stream.
    public let token: UInt32
    public let kind: Kind
    /// The upstream (cluster name) as the plugin passed it.
    public let upstream: String
    public let serviceName: String
    public let methodName: String
    public let initialMetadata: HeaderMap
    /// The request message of a unary call (empty for a stream).
    public let message: [UInt8]
    /// The timeout of a unary call in milliseconds (0 for a stream).
    public let timeoutMilliseconds: UInt32
    /// The root context that made the call; the `proxy_on_grpc_*` callbacks go to it.
    public let rootContextID: UInt32
    /// Messages the plugin sent on a stream (`proxy_grpc_send`), in order.
    public private(set) var sentMessages: [[UInt8]] = []
    /// Bytes of `sentMessages`.
    public private(set) var sentBytes = 0
    /// Whether the plugin sent a message with `end_stream` set.
    public internal(set) var endOfStreamSent = false
    /// The plugin closed its side (`proxy_grpc_close`); the stream is forgotten once the
    /// remote side closes too.
    public internal(set) var localClosed = false
    /// The remote side closed (`PluginVM.closeGRPC`) before the plugin did.
    public internal(set) var remoteClosed = false

    /// Records a message the plugin sent on the stream.
    mutating func appendSent(_ message: [UInt8]) {
        sentMessages.append(message)
        sentBytes += message.count
    }

    /// Bytes this call holds in the host (counted against `HostLimits.maxPendingCallBytes`).
    var heldBytes: Int {
        message.count + initialMetadata.byteSize + upstream.utf8.count + serviceName.utf8.count + methodName.utf8.count
            + sentBytes
    }
}

/// Per-VM state of the asynchronous work around the plugin: HTTP callouts and gRPC calls
/// and streams (with Envoy's per-VM id counters), and whether scheduled tasks are running.
struct AsyncState {
    /// Envoy (`proxy-wasm-cpp-host` wasm.h): ids advance by 4 from 0 (HTTP), 1 (gRPC call)
    /// and 2 (gRPC stream), so `id & 3` tells the kind.
    var lastHTTPCallID: UInt32 = 0
    var lastGRPCCallID: UInt32 = 1
    var lastGRPCStreamID: UInt32 = 2
    private(set) var httpCalls: [UInt32: HTTPCallout] = [:]
    private(set) var grpcCalls: [UInt32: GRPCCall] = [:]
    /// Bytes all outstanding calls hold (`heldBytes` summed).
    private(set) var heldBytes = 0
    /// Set while `drainPendingTasks` runs, so nested deliveries queue their tasks on the
    /// running loop instead of recursing.
    var draining = false

    /// Outstanding calls of every kind (bounded by `HostLimits.maxPendingCalls`).
    var pendingCount: Int { httpCalls.count + grpcCalls.count }

    /// The next id of a kind, skipping ids still in use after a wrap-around.
    mutating func nextID(_ kind: UInt32) -> UInt32 {
        func advance(_ last: inout UInt32) -> UInt32 {
            repeat {
                last &+= 4
            } while last == 0 || httpCalls[last] != nil || grpcCalls[last] != nil
            return last
        }
        switch kind {
        case 0: return advance(&lastHTTPCallID)
        case 1: return advance(&lastGRPCCallID)
        default: return advance(&lastGRPCStreamID)
        }
    }

    // Every change goes through these, so `heldBytes` stays exact.

    mutating func setHTTPCall(_ call: HTTPCallout) {
        heldBytes += call.heldBytes - (httpCalls[call.token]?.heldBytes ?? 0)
        httpCalls[call.token] = call
    }

    mutating func removeHTTPCall(_ token: UInt32) -> HTTPCallout? {
        guard let call = httpCalls.removeValue(forKey: token) else { return nil }
        heldBytes -= call.heldBytes
        return call
    }

    /// Records a gRPC call (new or updated; `previousBytes` is its old size when updated).
    mutating func setGRPCCall(_ call: GRPCCall, previousBytes: Int? = nil) {
        heldBytes += call.heldBytes - (previousBytes ?? grpcCalls[call.token]?.heldBytes ?? 0)
        grpcCalls[call.token] = call
    }

    mutating func removeGRPCCall(_ token: UInt32) -> GRPCCall? {
        guard let call = grpcCalls.removeValue(forKey: token) else { return nil }
        heldBytes -= call.heldBytes
        return call
    }

    /// Forgets every call (the VM instance was replaced).
    mutating func removeAllCalls() {
        httpCalls = [:]
        grpcCalls = [:]
        heldBytes = 0
    }

    static func isHTTPCallID(_ id: UInt32) -> Bool { id & 3 == 0 }
    static func isGRPCCallID(_ id: UInt32) -> Bool { id & 3 == 1 }
    static func isGRPCStreamID(_ id: UInt32) -> Bool { id & 3 == 2 }
}
