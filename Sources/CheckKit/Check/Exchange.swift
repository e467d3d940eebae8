import Interpreter
import MockHost

/// One HTTP exchange to drive through a plugin: request and response, each headers, a body
/// in chunks and trailers. A nil response means the exchange stops after the request.
public struct ExchangeInput: Sendable {
    public var requestHeaders: HeaderMap
    public var requestBody: [[UInt8]]
    public var requestTrailers: HeaderMap?
    public var responseHeaders: HeaderMap?
    public var responseBody: [[UInt8]]
    public var responseTrailers: HeaderMap?

    public init(requestHeaders: HeaderMap, requestBody: [[UInt8]] = [], requestTrailers: HeaderMap? = nil,
                responseHeaders: HeaderMap? = nil, responseBody: [[UInt8]] = [], responseTrailers: HeaderMap? = nil) {
        self.requestHeaders = requestHeaders
        self.requestBody = requestBody
        self.requestTrailers = requestTrailers
        self.responseHeaders = responseHeaders
        self.responseBody = responseBody
        self.responseTrailers = responseTrailers
    }

    /// The standard exchange of the generic checks: request headers, a body in two chunks,
    /// trailers; response headers, a body in two chunks, trailers.
    public static let standard = ExchangeInput(
        requestHeaders: HeaderMap([(":method", "POST"), (":scheme", "https"), (":path", "/proxy-wasm-check?standard=1"),
                                   (":authority", "example.com"), ("user-agent", "proxy-wasm-check"), ("accept", "*/*"),
                                   ("content-type", "text/plain"), ("x-request-id", "5f0c1d2e-check")]),
        requestBody: [Array("hello, ".utf8), Array("plugin".utf8)],
        requestTrailers: HeaderMap([("x-request-trailer", "done")]),
        responseHeaders: HeaderMap([(":status", "200"), ("content-type", "text/plain"), ("server", "upstream")]),
        responseBody: [Array("response ".utf8), Array("body".utf8)],
        responseTrailers: HeaderMap([("x-response-trailer", "done")]))
}

/// What one exchange did: the actions, what the proxy would forward, logs, host calls,
/// fuel, and whether the plugin failed.
public struct ExchangeRecord {
    public var stream: HTTPStream
    /// Callbacks invoked from the stream's creation to its deletion (trace order), with
    /// their i32 result.
    public var callbacks: [(name: String, result: UInt64?, fuel: UInt64)] = []
    /// Host calls made in that time: function and status.
    public var hostCalls: [(name: String, status: UInt32)] = []
    /// Log lines written in that time.
    public var logs: [LogEntry] = []
    /// The VM failure, if the plugin failed during the exchange.
    public var failure: VMFailure?
    /// Fuel used by all callbacks of the exchange.
    public var fuel: UInt64 = 0
    /// The phases that were not delivered because the plugin sent a local reply or closed
    /// the stream.
    public var undelivered: [String] = []

    public var actions: [(callback: String, action: FilterAction)] { stream.actions }
    public var localResponse: LocalResponse? { stream.localResponse }

    /// Callbacks invoked, by name.
    public var invoked: Set<String> { Set(callbacks.map(\.name)) }
}

/// Drives exchanges through a `PluginVM`, answering its HTTP callouts and gRPC calls as
/// an upstream would, and records what happened.
public enum ExchangeDriver {
    /// Runs `input` on a new stream of `vm`, then completes the stream (teardown), and
    /// records what happened (from the VM's trace: keep tracing on).
    public static func run(_ input: ExchangeInput, on vm: PluginVM) -> ExchangeRecord {
        let traceStart = vm.trace.count
        let logStart = vm.logs.count
        let failuresStart = vm.failures.count
        let (stream, undelivered) = drive(input, on: vm)
        var record = ExchangeRecord(stream: stream)
        record.undelivered = undelivered
        for event in vm.trace.dropFirst(traceStart) {
            switch event {
            case .callback(let name, _, let result, let fuel):
                record.callbacks.append((name, result, fuel))
                record.fuel &+= fuel
            case .hostCall(let name, _, let status):
                record.hostCalls.append((name, status))
            default:
                break
            }
        }
        record.logs = Array(vm.logs.dropFirst(logStart))
        record.failure = vm.failures.count > failuresStart ? vm.failures[failuresStart] : nil
        return record
    }

    /// Runs `input` on a new stream of `vm` and completes it, without recording anything.
    /// Phases after a local reply, a closed stream or a VM failure are not delivered (and
    /// returned, as "request body"...).
    ///
    /// `requestHeadersFilter`, when given, edits the request headers before the stream gets
    /// them: a native filter placed in front of the plugin (`bench`'s native configuration).
    @discardableResult
    public static func drive(_ input: ExchangeInput, on vm: PluginVM,
                             requestHeadersFilter: ((inout HeaderMap) -> Void)? = nil) -> (stream: HTTPStream, undelivered: [String]) {
        let stream = vm.openHTTPStream()
        var undelivered: [String] = []
        func deliver(_ phase: String, _ body: () -> Void) {
            if stream.localResponse != nil || stream.closed || vm.failure != nil {
                undelivered.append(phase)
                return
            }
            body()
            answerCallouts(vm)
        }
        let requestEnds = input.requestBody.isEmpty && input.requestTrailers == nil
        deliver("request headers") {
            if let requestHeadersFilter {
                var headers = input.requestHeaders
                requestHeadersFilter(&headers)
                stream.sendRequestHeaders(headers, endOfStream: requestEnds)
            } else {
                stream.sendRequestHeaders(input.requestHeaders, endOfStream: requestEnds)
            }
        }
        for (k, chunk) in input.requestBody.enumerated() {
            let last = k == input.requestBody.count - 1 && input.requestTrailers == nil
            deliver("request body") { stream.sendRequestBody(chunk, endOfStream: last) }
        }
        if let trailers = input.requestTrailers { deliver("request trailers") { stream.sendRequestTrailers(trailers) } }
        if let headers = input.responseHeaders {
            let responseEnds = input.responseBody.isEmpty && input.responseTrailers == nil
            deliver("response headers") { stream.sendResponseHeaders(headers, endOfStream: responseEnds) }
            for (k, chunk) in input.responseBody.enumerated() {
                let last = k == input.responseBody.count - 1 && input.responseTrailers == nil
                deliver("response body") { stream.sendResponseBody(chunk, endOfStream: last) }
            }
            if let trailers = input.responseTrailers { deliver("response trailers") { stream.sendResponseTrailers(trailers) } }
        }
        stream.complete()
        answerCallouts(vm)
        return (stream, uniqued(undelivered))
    }

    /// Answers every pending HTTP callout (200, a short body) and finishes every open gRPC
    /// call (an empty message, then status OK), a few rounds deep (answers may start more).
    public static func answerCallouts(_ vm: PluginVM) {
        for _ in 0..<8 {
            let calls = vm.pendingHTTPCalls, grpc = vm.openGRPCCalls
            if calls.isEmpty && grpc.isEmpty { return }
            for call in calls {
                vm.respondToHTTPCall(token: call.token, headers: [":status": "200", "content-type": "text/plain"], body: Array("ok".utf8))
            }
            for call in grpc {
                if call.kind == .call {
                    vm.deliverGRPCMessage(token: call.token, message: [])
                } else {
                    vm.closeGRPC(token: call.token, status: 0)
                }
            }
        }
    }

    /// Drives one TCP connection (if the plugin exports TCP callbacks): downstream data in
    /// two chunks, upstream data, both sides closed, teardown.
    public static func runTCP(on vm: PluginVM) -> (connection: TCPConnection, failure: VMFailure?, callbacks: [String]) {
        let traceStart = vm.trace.count
        let failuresStart = vm.failures.count
        let connection = vm.openTCPConnection()
        connection.sendDownstreamData(Array("hello, ".utf8), endOfStream: false)
        connection.sendDownstreamData(Array("upstream".utf8), endOfStream: true)
        connection.sendUpstreamData(Array("hello, downstream".utf8), endOfStream: true)
        connection.closeDownstream()
        connection.closeUpstream()
        connection.complete()
        answerCallouts(vm)
        let callbacks = vm.trace.dropFirst(traceStart).compactMap { event -> String? in
            if case .callback(let name, _, _, _) = event { return name }
            return nil
        }
        return (connection, vm.failures.count > failuresStart ? vm.failures[failuresStart] : nil, callbacks)
    }
}

/// Order-preserving de-duplication.
func uniqued(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
}
