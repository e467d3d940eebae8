/// A local reply sent by the plugin (`proxy_send_local_response`) or by the host's failure
/// policy (`wasm_fail_stream`).
public struct LocalResponse: Equatable, Sendable {
    public var statusCode: UInt32
    public var details: String
    public var body: [UInt8]
    public var headers: HeaderMap
    /// gRPC status, or nil for -1 / not given.
    public var grpcStatus: Int32?

    public var bodyString: String { String(decoding: body, as: UTF8.self) }
}

/// Where an HTTP stream is in its life.
public enum StreamState: Equatable, Sendable {
    case open
    /// on_done returned false: waiting for the plugin's `proxy_done`.
    case waitingForDone
    /// on_log and on_delete ran (or were skipped after a failure).
    case finished
}

/// One HTTP request/response exchange through the plugin: an HTTP context.
///
/// Drive it phase by phase (`sendRequestHeaders`, `sendRequestBody`, ...) and inspect what
/// the plugin did to it. Header maps are what the proxy would forward; bodies are the
/// bytes passed on (buffered chunks are passed when the plugin continues).
public final class HTTPStream {
    public let contextID: UInt32
    public let rootContextID: UInt32
    unowned let vm: PluginVM

    public internal(set) var requestHeaders = HeaderMap()
    public internal(set) var requestTrailers = HeaderMap()
    public internal(set) var responseHeaders = HeaderMap()
    public internal(set) var responseTrailers = HeaderMap()
    /// Request body bytes passed on so far.
    public internal(set) var requestBody: [UInt8] = []
    /// Response body bytes passed on so far.
    public internal(set) var responseBody: [UInt8] = []
    /// Bytes the plugin is holding back (it paused a body callback).
    var requestBodyBuffer: [UInt8] = []
    var responseBodyBuffer: [UInt8] = []

    /// The local reply, if the plugin (or the failure policy) sent one.
    public internal(set) var localResponse: LocalResponse?
    /// Number of local replies sent (Envoy sends the failure 503 exactly once).
    public internal(set) var localResponseCount = 0
    /// Whether the request (or response) side is paused waiting for `proxy_continue_stream`.
    public internal(set) var requestPaused = false
    public internal(set) var responsePaused = false
    /// How many times the plugin resumed a paused direction.
    public internal(set) var continueCount = 0
    /// Whether the plugin closed the stream (`proxy_close_stream`).
    public internal(set) var closed = false
    public internal(set) var state: StreamState = .open
    /// The actions the plugin returned, by callback name, in order.
    public internal(set) var actions: [(callback: String, action: FilterAction)] = []
    /// Whether the failure policy acted on this stream (fail-closed 503 or fail-open skip).
    public internal(set) var failedByPolicy = false
    /// The VM generation that served this stream (changes after a fail-reload).
    public internal(set) var generation: Int
    /// Header maps the proxy has received so far (a map is unavailable before that).
    var availableMaps: Set<MapType> = []
    /// How many times the plugin cleared the route cache (`proxy_clear_route_cache`, or the
    /// `clear_route_cache` foreign function).
    public internal(set) var routeCacheClearCount = 0
    /// Values the plugin stored with `proxy_set_property` (Envoy's filter state), by path.
    public internal(set) var filterState: [[UInt8]: [UInt8]] = [:]
    /// Bytes of paths and values in `filterState`.
    var filterStateBytes = 0
    /// Realtime clock when the stream opened (the `request.time` property).
    public let startTimeNanoseconds: UInt64
    /// Set by `proxy_send_local_response`: the running callback's action becomes a stop,
    /// whatever the plugin returns (Envoy's `stopNextIteration`).
    var stopIterationAfterLocalResponse = false

    init(contextID: UInt32, rootContextID: UInt32, vm: PluginVM, generation: Int) {
        self.contextID = contextID
        self.rootContextID = rootContextID
        self.vm = vm
        self.generation = generation
        self.startTimeNanoseconds = vm.host.clock.realtimeNanoseconds
    }

    /// The action the plugin last returned from `callback` (e.g. "proxy_on_request_headers").
    public func lastAction(_ callback: String) -> FilterAction? {
        actions.last { $0.callback == callback }?.action
    }

    // MARK: Driving

    /// Delivers the request headers (`proxy_on_request_headers`).
    @discardableResult
    public func sendRequestHeaders(_ headers: HeaderMap, endOfStream: Bool = false) -> FilterAction? {
        requestHeaders = headers
        availableMaps.insert(.httpRequestHeaders)
        return vm.deliverHeaders(self, map: .httpRequestHeaders, endOfStream: endOfStream)
    }

    /// Delivers one request body chunk (`proxy_on_request_body`).
    @discardableResult
    public func sendRequestBody(_ chunk: [UInt8], endOfStream: Bool) -> FilterAction? {
        vm.deliverBody(self, request: true, chunk: chunk, endOfStream: endOfStream)
    }

    /// Delivers the request trailers (`proxy_on_request_trailers`).
    @discardableResult
    public func sendRequestTrailers(_ trailers: HeaderMap) -> FilterAction? {
        requestTrailers = trailers
        availableMaps.insert(.httpRequestTrailers)
        return vm.deliverTrailers(self, map: .httpRequestTrailers)
    }

    /// Delivers the response headers (`proxy_on_response_headers`).
    @discardableResult
    public func sendResponseHeaders(_ headers: HeaderMap, endOfStream: Bool = false) -> FilterAction? {
        responseHeaders = headers
        availableMaps.insert(.httpResponseHeaders)
        return vm.deliverHeaders(self, map: .httpResponseHeaders, endOfStream: endOfStream)
    }

    /// Delivers one response body chunk (`proxy_on_response_body`).
    @discardableResult
    public func sendResponseBody(_ chunk: [UInt8], endOfStream: Bool) -> FilterAction? {
        vm.deliverBody(self, request: false, chunk: chunk, endOfStream: endOfStream)
    }

    /// Delivers the response trailers (`proxy_on_response_trailers`).
    @discardableResult
    public func sendResponseTrailers(_ trailers: HeaderMap) -> FilterAction? {
        responseTrailers = trailers
        availableMaps.insert(.httpResponseTrailers)
        return vm.deliverTrailers(self, map: .httpResponseTrailers)
    }

    /// Ends the stream: `proxy_on_done`, then (if it returns true, or later on `proxy_done`)
    /// `proxy_on_log` and `proxy_on_delete`. Skipped after a VM failure.
    public func complete() {
        vm.completeContext(contextID)
    }
}

/// One TCP connection through a network-filter plugin.
public final class TCPConnection {
    public let contextID: UInt32
    public let rootContextID: UInt32
    unowned let vm: PluginVM

    /// Downstream (client → upstream) bytes passed on.
    public internal(set) var downstreamData: [UInt8] = []
    /// Upstream (upstream → client) bytes passed on.
    public internal(set) var upstreamData: [UInt8] = []
    var downstreamBuffer: [UInt8] = []
    var upstreamBuffer: [UInt8] = []
    public internal(set) var actions: [(callback: String, action: FilterAction)] = []
    public internal(set) var closed = false
    public internal(set) var state: StreamState = .open
    public internal(set) var failedByPolicy = false
    public internal(set) var continueCount = 0
    /// Values the plugin stored with `proxy_set_property` (Envoy's filter state), by path.
    public internal(set) var filterState: [[UInt8]: [UInt8]] = [:]
    /// Bytes of paths and values in `filterState`.
    var filterStateBytes = 0

    init(contextID: UInt32, rootContextID: UInt32, vm: PluginVM) {
        self.contextID = contextID
        self.rootContextID = rootContextID
        self.vm = vm
    }

    /// Delivers downstream bytes (`proxy_on_downstream_data`).
    @discardableResult
    public func sendDownstreamData(_ data: [UInt8], endOfStream: Bool = false) -> FilterAction? {
        vm.deliverTCPData(self, downstream: true, data: data, endOfStream: endOfStream)
    }

    /// Delivers upstream bytes (`proxy_on_upstream_data`).
    @discardableResult
    public func sendUpstreamData(_ data: [UInt8], endOfStream: Bool = false) -> FilterAction? {
        vm.deliverTCPData(self, downstream: false, data: data, endOfStream: endOfStream)
    }

    /// `proxy_on_downstream_connection_close`.
    public func closeDownstream(peer: PeerType = .remote) {
        vm.deliverConnectionClose(self, downstream: true, peer: peer)
    }

    /// `proxy_on_upstream_connection_close`.
    public func closeUpstream(peer: PeerType = .remote) {
        vm.deliverConnectionClose(self, downstream: false, peer: peer)
    }

    /// Ends the connection (`proxy_on_done`, `proxy_on_log`, `proxy_on_delete`).
    public func complete() {
        vm.completeContext(contextID)
    }
}

/// A root (plugin) context: its configuration and timer.
final class RootContext {
    let contextID: UInt32
    let rootID: String
    /// Tick period in milliseconds (0: no timer).
    var tickPeriodMilliseconds: UInt64 = 0
    /// Monotonic time of the next tick.
    var nextTickNanoseconds: UInt64 = 0
    var state: StreamState = .open

    init(contextID: UInt32, rootID: String) {
        self.contextID = contextID
        self.rootID = rootID
    }
}

/// A context of any kind, by id.
enum ContextEntry {
    case root(RootContext)
    case http(HTTPStream)
    case tcp(TCPConnection)

    var rootContextID: UInt32 {
        switch self {
        case .root(let r): return r.contextID
        case .http(let s): return s.rootContextID
        case .tcp(let c): return c.rootContextID
        }
    }
}
