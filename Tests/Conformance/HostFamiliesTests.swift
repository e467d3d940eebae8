import Foundation
import Interpreter
@testable import MockHost
import XCTest

/// End-to-end flows of the stream, time, callout, gRPC, queue, metric, property and
/// foreign-function families, driven through the public API with the WAT plugins
/// fixtures/test_plugins/async_flows.wat and legacy_v010.wat (built by
/// fixtures/test_plugins/build.sh).
final class HostFamiliesTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func plugin(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: packageRoot.appendingPathComponent("fixtures/test_plugins/\(name).wasm")))
    }

    /// A started async_flows VM.
    func asyncFlows(host: MockHost = MockHost(), configure: (inout PluginConfiguration) -> Void = { _ in }) throws -> PluginVM {
        var configuration = PluginConfiguration()
        configuration.clusters = ["upstream"]
        configure(&configuration)
        let vm = try host.loadPlugin(try Self.plugin("async_flows"), configuration: configuration)
        try vm.start()
        XCTAssertNil(vm.failure)
        return vm
    }

    let request: HeaderMap = [":method": "GET", ":path": "/p?q=1", ":authority": "example.com"]

    // MARK: HTTP callouts, properties, continue_stream

    func testHTTPCalloutIsRecordedAnsweredAndResumesTheStream() throws {
        let vm = try asyncFlows()
        let stream = vm.openHTTPStream()
        XCTAssertEqual(stream.sendRequestHeaders(request), .pause)
        XCTAssertTrue(stream.requestPaused)
        // request.path from :path, as Envoy derives it.
        XCTAssertEqual(stream.requestHeaders.value("x-path"), "/p?q=1")

        XCTAssertEqual(vm.pendingHTTPCalls.count, 1)
        let call = try XCTUnwrap(vm.pendingHTTPCalls.first)
        XCTAssertEqual(call.token & 3, 0, "Envoy's HTTP call ids are multiples of 4")
        XCTAssertNotEqual(call.token, 0)
        XCTAssertEqual(call.upstream, "upstream")
        XCTAssertEqual(call.headers.value(":path"), "/auth")
        XCTAssertEqual(call.headers.value(":authority"), "auth")
        XCTAssertEqual(call.headers.value("content-length"), "4")
        XCTAssertEqual(call.bodyString, "ping")
        XCTAssertEqual(call.timeoutMilliseconds, 500)
        XCTAssertEqual(call.rootContextID, vm.rootContextID)

        XCTAssertTrue(vm.respondToHTTPCall(token: call.token, headers: [":status": "200"], body: Array("allowed".utf8)))
        XCTAssertTrue(vm.pendingHTTPCalls.isEmpty)
        XCTAssertEqual(stream.requestHeaders.value("x-callout-status"), "200")
        XCTAssertEqual(stream.requestHeaders.value("x-callout-body"), "allowed")
        XCTAssertFalse(stream.requestPaused, "proxy_continue_stream resumed the request")
        XCTAssertEqual(stream.continueCount, 1)
        XCTAssertFalse(vm.respondToHTTPCall(token: call.token, headers: [:]), "a token is answered once")
        XCTAssertNil(vm.failure)
    }

    func testFailedHTTPCalloutReportsBrokenConnectionReset() throws {
        let vm = try asyncFlows()
        let stream = vm.openHTTPStream()
        stream.sendRequestHeaders(request)
        let token = try XCTUnwrap(vm.pendingHTTPCalls.first?.token)
        XCTAssertTrue(vm.failHTTPCall(token: token))
        XCTAssert(vm.logMessages(.info).contains("callout failed: reset"))
        XCTAssertEqual(stream.requestHeaders.value("x-callout"), "failed")
        XCTAssertFalse(stream.requestPaused)
        // proxy_get_status answered BROKEN_CONNECTION during the callback.
        let statusCall = vm.trace.compactMap { event -> String? in
            if case .hostCall(let name, let args, _) = event, name == "proxy_get_status" { return args }
            return nil
        }
        XCTAssertEqual(statusCall.first, "-> 11, \"reset\"")
    }

    func testResponseDataIsReadableOnlyDuringItsCallback() throws {
        let vm = try asyncFlows()
        vm.openHTTPStream().sendRequestHeaders(request)
        let token = try XCTUnwrap(vm.pendingHTTPCalls.first?.token)
        vm.respondToHTTPCall(token: token, headers: [":status": "204"])
        XCTAssertNil(vm.callbackData.httpCallResponseHeaders)
        XCTAssertNil(vm.callbackData.httpCallResponseBody)
        XCTAssertNil(vm.callbackData.status)
    }

    // MARK: Local responses

    func testLocalResponseIsRecordedAndStopsTheStreamWhateverThePluginReturns() throws {
        let vm = try asyncFlows()
        let stream = vm.openHTTPStream()
        var headers = request
        headers.add("x-deny", "1")
        // The plugin returns Continue after proxy_send_local_response: Envoy stops anyway.
        XCTAssertEqual(stream.sendRequestHeaders(headers), .pause)
        let reply = try XCTUnwrap(stream.localResponse)
        XCTAssertEqual(reply.statusCode, 403)
        XCTAssertEqual(reply.details, "denied_by_plugin", "Envoy replaces whitespace in details")
        XCTAssertEqual(reply.bodyString, "go away")
        XCTAssertEqual(reply.headers.value("x-reason"), "test")
        XCTAssertNil(reply.grpcStatus, "-1 sends no grpc-status")
        XCTAssertEqual(stream.localResponseCount, 1)
        XCTAssertTrue(vm.pendingHTTPCalls.isEmpty)
    }

    // MARK: gRPC

    func testGRPCCallsAndStreamsAreRecordedWithEnvoysIdEncoding() throws {
        let vm = try asyncFlows()
        let calls = vm.openGRPCCalls
        XCTAssertEqual(calls.count, 2)
        let unary = try XCTUnwrap(calls.first { $0.kind == .call })
        XCTAssertEqual(unary.token & 3, 1)
        XCTAssertEqual(unary.upstream, "upstream")
        XCTAssertEqual(unary.serviceName, "svc.Echo")
        XCTAssertEqual(unary.methodName, "Say")
        XCTAssertEqual(unary.message, Array("hello".utf8))
        XCTAssertEqual(unary.timeoutMilliseconds, 1000)
        let stream = try XCTUnwrap(calls.first { $0.kind == .stream })
        XCTAssertEqual(stream.token & 3, 2)
        XCTAssertEqual(stream.methodName, "Chat")
        XCTAssertEqual(stream.initialMetadata.value("x-init"), "1")
        XCTAssertEqual(stream.sentMessages, [Array("first".utf8)])
        XCTAssertFalse(stream.endOfStreamSent)
    }

    func testGRPCDeliveriesReachTheRootWithTheirData() throws {
        let vm = try asyncFlows()
        let unary = try XCTUnwrap(vm.openGRPCCalls.first { $0.kind == .call }).token
        let stream = try XCTUnwrap(vm.openGRPCCalls.first { $0.kind == .stream }).token

        XCTAssertTrue(vm.deliverGRPCInitialMetadata(token: stream, metadata: ["x-md": "m1"]))
        XCTAssertTrue(vm.deliverGRPCMessage(token: stream, message: Array("pong".utf8)))
        XCTAssertTrue(vm.deliverGRPCTrailingMetadata(token: stream, metadata: ["x-tr": "t1"]))
        XCTAssertTrue(vm.closeGRPC(token: stream, status: 5, message: "not found"))
        XCTAssertEqual(Array(vm.logMessages(.info).suffix(4)),
                       ["grpc metadata: m1", "grpc message: pong", "grpc trailers: t1", "grpc close: not found"])
        // The plugin never closed its side: the stream stays until it does.
        XCTAssertEqual(vm.grpcCall(token: stream)?.remoteClosed, true)

        // A unary call is over once its response arrives.
        XCTAssertTrue(vm.deliverGRPCMessage(token: unary, message: Array("hi back".utf8)))
        XCTAssertNil(vm.grpcCall(token: unary))
        XCTAssertFalse(vm.deliverGRPCMessage(token: unary, message: []))
        XCTAssertEqual(vm.logMessages(.info).last, "grpc message: hi back")
        XCTAssertEqual(vm.asyncState.heldBytes, vm.grpcCall(token: stream)?.heldBytes, "only the stream is held")
        XCTAssertNil(vm.failure)
    }

    // MARK: Queues

    func testEnqueueNotifiesTheOwnerAfterTheCallback() throws {
        let host = MockHost()
        let vm = try asyncFlows(host: host)
        let stream = vm.openHTTPStream()
        stream.sendRequestHeaders(request)
        XCTAssertEqual(stream.sendRequestBody(Array("job-1".utf8), endOfStream: true), .continue)
        XCTAssertEqual(vm.logMessages(.info).last, "queue: job-1")
        // on_queue_ready ran after on_request_body returned, not inside it.
        let names = vm.trace.compactMap { event -> String? in
            if case .callback(let name, _, _, _) = event { return name }
            return nil
        }
        let body = try XCTUnwrap(names.lastIndex(of: "proxy_on_request_body"))
        XCTAssertEqual(names.last, "proxy_on_queue_ready")
        XCTAssertGreaterThan(names.count - 1, body)
        let queue = try XCTUnwrap(host.queues.values.first { $0.name == "jobs" })
        XCTAssertEqual(queue.vmID, "vm")
        XCTAssertTrue(queue.items.isEmpty)
        XCTAssertEqual(host.queueBytes, 0)
    }

    func testQueueNotificationLoopsAreBounded() throws {
        let vm = try asyncFlows()
        let stream = vm.openHTTPStream()
        stream.sendRequestHeaders(request)
        // "again" is re-enqueued by every proxy_on_queue_ready: the host stops the loop.
        stream.sendRequestBody(Array("again".utf8), endOfStream: true)
        XCTAssertNil(vm.failure)
        let notes = vm.trace.compactMap { event -> String? in
            if case .note(let text) = event { return text }
            return nil
        }
        XCTAssert(notes.contains { $0.hasPrefix("dropped") && $0.contains("10,000 rounds") }, "\(notes.suffix(3))")
    }

    func testQueueReRegisteredByAnotherVMNotifiesThatVM() throws {
        let host = MockHost()
        let first = try asyncFlows(host: host)
        let second = try asyncFlows(host: host)
        XCTAssertEqual(host.queues.count, 1, "same vm_id and name: the same queue")
        let stream = first.openHTTPStream()
        stream.sendRequestHeaders(request)
        stream.sendRequestBody(Array("cross".utf8), endOfStream: true)
        XCTAssertEqual(second.logMessages(.info).last, "queue: cross")
        XCTAssertFalse(first.logMessages(.info).contains("queue: cross"))
    }

    // MARK: Timers, metrics, proxy_done

    func testTicksFireOnTheRootAndCountAMetric() throws {
        let host = MockHost()
        let vm = try asyncFlows(host: host)
        host.advanceClock(milliseconds: 250)
        XCTAssertEqual(host.metric(named: "ticks")?.value, 2)
        XCTAssertEqual(host.metric(named: "ticks")?.type, .counter)
        host.advanceClock(milliseconds: 50)
        XCTAssertEqual(host.metric(named: "ticks")?.value, 3)
        XCTAssertNil(vm.failure)
    }

    func testProxyDoneFinishesAStreamWaitingForIt() throws {
        let host = MockHost()
        let vm = try asyncFlows(host: host)
        let stream = vm.openHTTPStream()
        stream.sendRequestHeaders(request)
        stream.complete()
        XCTAssertEqual(stream.state, .waitingForDone)
        host.advanceClock(milliseconds: 100)
        XCTAssert(vm.logMessages(.info).contains("proxy_done: 0"))
        XCTAssertEqual(stream.state, .finished)
        let names = vm.trace.compactMap(\.name)
        XCTAssertEqual(Array(names.suffix(4)), ["proxy_done", "proxy_log", "proxy_on_log", "proxy_on_delete"])
    }

    // MARK: Foreign functions

    func testForeignFunctionCallbackGetsItsArguments() throws {
        let vm = try asyncFlows()
        XCTAssertTrue(vm.callForeignFunctionCallback(functionID: 7, arguments: Array("args".utf8)))
        XCTAssertEqual(vm.logMessages(.info).last, "ffi: args")
        XCTAssertNil(vm.callbackData.foreignFunctionArguments)
        XCTAssertFalse(vm.callForeignFunctionCallback(functionID: 7, arguments: [], rootContextID: 999))
    }

    // MARK: ABI 0.1.0

    func testV010FunctionsOfALegacyPlugin() throws {
        var configuration = PluginConfiguration()
        configuration.vmConfiguration = Array("VM".utf8)
        configuration.setPluginConfiguration("PLUGIN")
        let vm = try MockHost().loadPlugin(try Self.plugin("legacy_v010"), configuration: configuration)
        XCTAssertEqual(vm.abiVersion, .v0_1_0)
        try vm.start()
        XCTAssertEqual(vm.logMessages(.info), ["vm config: VM", "plugin config: PLUGIN"])

        let stream = vm.openHTTPStream()
        XCTAssertEqual(stream.sendRequestHeaders(request), .pause)
        XCTAssertEqual(stream.routeCacheClearCount, 1)
        XCTAssertTrue(stream.requestPaused)
        XCTAssertEqual(stream.sendRequestTrailers(["x-t": "1"]), .continue)
        XCTAssertFalse(stream.requestPaused)
        XCTAssertEqual(stream.sendResponseHeaders([":status": "200"]), .pause)
        XCTAssertEqual(stream.sendResponseTrailers(["x-t": "2"]), .continue)
        XCTAssertFalse(stream.responsePaused)
        XCTAssertEqual(stream.continueCount, 2)
        XCTAssertNil(vm.failure)
    }

    func testVersionSpecificFunctionsAreLinkedPerVersion() {
        let names = { (v: ABIVersion) in Set(HostFunctionTable.all(for: v).map(\.name)) }
        let legacy = ["proxy_get_configuration", "proxy_continue_request", "proxy_continue_response", "proxy_clear_route_cache"]
        for name in legacy {
            XCTAssert(names(.v0_1_0).contains(name))
            XCTAssertFalse(names(.v0_2_0).contains(name))
            XCTAssertFalse(names(.v0_2_1).contains(name))
        }
        for name in ["proxy_continue_stream", "proxy_close_stream"] {
            XCTAssertFalse(names(.v0_1_0).contains(name))
            XCTAssert(names(.v0_2_0).contains(name))
            XCTAssert(names(.v0_2_1).contains(name))
        }
        let linked = HostFunctionTable.all(for: .v0_2_1, linkingEveryVersion: true)
        XCTAssert(Set(linked.map(\.name)).isSuperset(of: legacy))
        XCTAssertEqual(linked.count, Set(linked.map { $0.module + "." + $0.name }).count, "no duplicates")
    }

    // MARK: Properties

    func testPropertySegmentsFollowEnvoysSplitting() {
        let split = { (s: String) in PluginVM.propertySegments(Array(s.utf8)).map { String(decoding: $0, as: UTF8.self) } }
        XCTAssertEqual(split("request\u{0}path"), ["request", "path"])
        XCTAssertEqual(split("request\u{0}path\u{0}"), ["request", "path"])
        XCTAssertEqual(split("a\u{0}\u{0}"), ["a", ""])
        XCTAssertEqual(split(""), [])
        XCTAssertEqual(split("\u{0}"), [""])
    }

    func testPropertiesOfAStream() throws {
        let vm = try asyncFlows { $0.properties["custom.key"] = Array("v".utf8) }
        let stream = vm.openHTTPStream()
        var headers = request
        headers.add("x-multi", "a")
        headers.add("x-multi", "b")
        stream.sendRequestHeaders(headers)
        // Resolve in the stream's context, as a host call would.
        vm.effectiveContextID = stream.contextID
        defer { vm.effectiveContextID = 0 }
        func get(_ path: String) -> PropertyLookup { vm.lookupProperty(Array(path.replacingOccurrences(of: ".", with: "\u{0}").utf8)) }
        func string(_ path: String) -> String? {
            if case .value(let v) = get(path) { return String(decoding: v, as: UTF8.self) }
            return nil
        }
        func int(_ path: String) -> Int64? {
            guard case .value(let v) = get(path), v.count == 8 else { return nil }
            return v.reversed().reduce(Int64(0)) { $0 << 8 | Int64($1) }
        }
        XCTAssertEqual(string("request.path"), "/p?q=1")
        XCTAssertEqual(string("request.url_path"), "/p")
        XCTAssertEqual(string("request.query"), "q=1")
        XCTAssertEqual(string("request.method"), "GET")
        XCTAssertEqual(string("request.host"), "example.com")
        XCTAssertEqual(string("request.headers.x-multi"), "a,b")
        XCTAssertEqual(string("plugin_vm_id"), "vm")
        XCTAssertEqual(string("plugin_name"), "plugin")
        XCTAssertEqual(string("plugin_root_id"), "")
        XCTAssertEqual(string("custom.key"), "v")
        XCTAssertEqual(int("destination.port"), 8080)
        XCTAssertEqual(int("request.time"), Int64(bitPattern: stream.startTimeNanoseconds))
        if case .value(let v) = get("request.headers") {
            XCTAssertEqual(PairsSerialization.deserialize(v)?.count, 6, "5 sent + x-path added by the plugin")
        } else {
            XCTFail("request.headers is a map")
        }
        guard case .serializationFailure = get("request") else { return XCTFail("a group alone cannot be serialized") }
        guard case .serializationFailure = vm.lookupProperty([]) else { return XCTFail("an empty path is Envoy's null value") }
        guard case .notFound = get("response.code") else { return XCTFail("no response yet") }
        guard case .notFound = get("plugin_name.x") else { return XCTFail("a string has no fields") }
        stream.sendResponseHeaders([":status": "503"])
        XCTAssertEqual(int("response.code"), 503)
        XCTAssertEqual(string("upstream.address"), "127.0.0.1:80")
    }

    func testPropertiesOfARootContext() throws {
        let vm = try asyncFlows { $0.rootID = "my_root" }
        vm.effectiveContextID = vm.rootContextID
        defer { vm.effectiveContextID = 0 }
        guard case .value(let root) = vm.lookupProperty(Array("plugin_root_id".utf8)) else { return XCTFail() }
        XCTAssertEqual(String(decoding: root, as: UTF8.self), "my_root")
        guard case .notFound = vm.lookupProperty(Array("request\u{0}path".utf8)) else { return XCTFail("no stream info in a root context") }
        guard case .notFound = vm.lookupProperty(Array("source\u{0}address".utf8)) else { return XCTFail() }
    }
}
