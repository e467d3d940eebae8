import Foundation
import Interpreter
@testable import MockHost
import XCTest

/// Runs every fixtures/abi_exerciser case (all 303: every host function, valid and invalid
/// arguments, the v0.1.0-only functions and WASI) and checks the status Envoy returns, as
/// listed in cases.json. Each case runs on a fresh
/// VM in the context cases.json names: directly through `exercise(id)` in the root context
/// (`root`, `any`), or scheduled inside the matching callback.
final class HostFamiliesExerciserTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Case: Decodable {
        var id: Int
        var name: String
        var function: String
        var context: String
        var expectedStatus: Int
        var confidence: String
        var expectedLog: String?
    }

    struct Setup: Decodable {
        var vmConfiguration: String
        var pluginConfiguration: String
        var requestHeaders: [[String]]
        var requestBody: String
        var responseHeaders: [[String]]
        var downstreamData: String
        var clusters: [String]
    }

    struct Cases: Decodable {
        var setup: Setup
        var cases: [Case]
    }


    static let table: Cases = {
        let url = packageRoot.appendingPathComponent("fixtures/abi_exerciser/cases.json")
        // A missing or malformed table fails every test that reads it.
        guard let data = try? Data(contentsOf: url), let cases = try? JSONDecoder().decode(Cases.self, from: data) else {
            return Cases(setup: Setup(vmConfiguration: "", pluginConfiguration: "", requestHeaders: [], requestBody: "",
                                      responseHeaders: [], downstreamData: "", clusters: []), cases: [])
        }
        return cases
    }()

    static let module: Module? = {
        let url = packageRoot.appendingPathComponent("fixtures/abi_exerciser/abi_exerciser.wasm")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? Module(bytes: Array(data), limits: PluginConfiguration.defaultLimits)
    }()

    static func headers(_ pairs: [[String]]) -> HeaderMap {
        HeaderMap(pairs.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil })
    }

    /// A fresh host and VM for the exerciser, set up as cases.json asks.
    func makeVM(host: MockHost = MockHost()) throws -> PluginVM {
        let setup = Self.table.setup
        host.linksHostFunctionsOfEveryABIVersion = true
        var configuration = PluginConfiguration()
        configuration.vmConfiguration = Array(setup.vmConfiguration.utf8)
        configuration.pluginConfiguration = Array(setup.pluginConfiguration.utf8)
        configuration.clusters = Set(setup.clusters)
        guard let module = Self.module else { throw XCTSkip("abi_exerciser.wasm could not be loaded") }
        return try host.loadPlugin(module, configuration: configuration)
    }

    func signed(_ v: UInt32?) -> Int? { v.map { Int(Int32(bitPattern: $0)) } }

    /// Runs one case in its context and returns the exerciser's result.
    func run(_ c: Case, vm: PluginVM) throws -> Int? {
        let setup = Self.table.setup
        let id = UInt32(c.id)
        func schedule() { XCTAssertEqual(vm.call("exercise_schedule", [id], context: vm.rootContextID).value, 0) }
        func lastResult() -> Int? { signed(vm.call("exercise_last_result", [], context: vm.rootContextID).value) }
        switch c.context {
        case "configure":
            schedule()
            try vm.start()
            return lastResult()
        case "root", "any":
            try vm.start()
            let result = signed(vm.call("exercise", [id], context: vm.rootContextID).value)
            vm.drainPendingTasks()
            return result
        case "http_request_headers":
            try vm.start()
            schedule()
            vm.openHTTPStream().sendRequestHeaders(Self.headers(setup.requestHeaders))
            return lastResult()
        case "http_request_body":
            try vm.start()
            let stream = vm.openHTTPStream()
            stream.sendRequestHeaders(Self.headers(setup.requestHeaders))
            schedule()
            stream.sendRequestBody(Array(setup.requestBody.utf8), endOfStream: true)
            return lastResult()
        case "http_response_headers":
            try vm.start()
            let stream = vm.openHTTPStream()
            stream.sendRequestHeaders(Self.headers(setup.requestHeaders), endOfStream: true)
            schedule()
            stream.sendResponseHeaders(Self.headers(setup.responseHeaders))
            return lastResult()
        case "tcp":
            try vm.start()
            schedule()
            vm.openTCPConnection().sendDownstreamData(Array(setup.downstreamData.utf8))
            return lastResult()
        default:
            XCTFail("case \(c.id): unknown context \(c.context)")
            return nil
        }
    }

    func testEveryExerciserCaseReturnsEnvoysStatus() throws {
        let cases = Self.table.cases
        XCTAssertEqual(cases.count, 303, "cases.json lists every host function's cases")
        var failures: [String] = []
        for c in cases {
            let vm = try makeVM()
            let result = try run(c, vm: vm)
            if result != c.expectedStatus {
                failures.append("\(c.id) \(c.name) [\(c.context)]: got \(result.map(String.init) ?? "nil"), want \(c.expectedStatus)\n"
                    + vm.logMessages().suffix(3).joined(separator: "\n") + "\n" + vm.trace.suffix(4).map(\.description).joined(separator: "\n"))
            } else if let log = c.expectedLog, !vm.logMessages(.info).contains(log) {
                failures.append("\(c.id) \(c.name): log \"\(log)\" missing; got \(vm.logMessages(.info))")
            }
            XCTAssertNil(vm.failure, "case \(c.id) failed the VM")
        }
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n\n"))
    }

    // MARK: Host caps (not in cases.json)

    func testSharedDataCapRefusesNewKeysWithInternalFailure() throws {
        let host = MockHost()
        host.limits.maxSharedDataEntries = 1
        let vm = try makeVM(host: host)
        try vm.start()
        XCTAssertEqual(signed(vm.call("exercise", [2701], context: vm.rootContextID).value), 0)
        // 2801 first sets a new key: refused, so its setup fails (1001) and logs the status.
        XCTAssertEqual(signed(vm.call("exercise", [2801], context: vm.rootContextID).value), 1001)
        XCTAssert(vm.logMessages(.info).contains("ex 2801: setup proxy_set_shared_data returned 10"))
        XCTAssertEqual(host.sharedData.count, 1)
    }

    func testMetricCapRefusesNewMetricsWithInternalFailure() throws {
        let host = MockHost()
        host.limits.maxMetrics = 1
        let vm = try makeVM(host: host)
        try vm.start()
        XCTAssertEqual(signed(vm.call("exercise", [3309], context: vm.rootContextID).value), 10)
        XCTAssertEqual(host.metrics.count, 1)
    }

    func testPendingCallCapRefusesNewCalloutsWithInternalFailure() throws {
        let host = MockHost()
        host.limits.maxPendingCalls = 1
        let vm = try makeVM(host: host)
        try vm.start()
        XCTAssertEqual(signed(vm.call("exercise", [2101], context: vm.rootContextID).value), 0)
        XCTAssertEqual(signed(vm.call("exercise", [2101], context: vm.rootContextID).value), 10)
        XCTAssertEqual(signed(vm.call("exercise", [2201], context: vm.rootContextID).value), 10)
        XCTAssertEqual(vm.pendingHTTPCalls.count, 1)
    }

    func testPendingCallBytesCapRefusesWithInternalFailure() throws {
        let host = MockHost()
        host.limits.maxPendingCallBytes = 16
        let vm = try makeVM(host: host)
        try vm.start()
        XCTAssertEqual(signed(vm.call("exercise", [2101], context: vm.rootContextID).value), 10)
        XCTAssertEqual(signed(vm.call("exercise", [2201], context: vm.rootContextID).value), 10)
        XCTAssertTrue(vm.pendingHTTPCalls.isEmpty)
        XCTAssertTrue(vm.openGRPCCalls.isEmpty)
    }

    func testFilterStateCapRefusesWithInternalFailure() throws {
        let host = MockHost()
        host.limits.maxFilterStateBytes = 8
        let vm = try makeVM(host: host)
        let c = try XCTUnwrap(Self.table.cases.first { $0.id == 3801 })
        XCTAssertEqual(try run(c, vm: vm), 10)
    }

    func testQueueCapsRefuseWithInternalFailure() throws {
        let host = MockHost()
        host.limits.maxQueueItems = 1
        let vm = try makeVM(host: host)
        try vm.start()
        // 3205 enqueues two items in one queue: the second is refused.
        XCTAssertEqual(signed(vm.call("exercise", [3205], context: vm.rootContextID).value), 1001)
        XCTAssert(vm.logMessages(.info).contains("ex 3205: setup proxy_enqueue_shared_queue returned 10"))
        host.limits.maxQueues = host.queues.count
        XCTAssertEqual(signed(vm.call("exercise", [2901], context: vm.rootContextID).value), 10)
    }

    // MARK: Stream control effects

    func testCloseStreamResetsTheHTTPStreamAfterTheCallback() throws {
        let vm = try makeVM()
        try vm.start()
        XCTAssertEqual(vm.call("exercise_schedule", [1801], context: vm.rootContextID).value, 0)
        let stream = vm.openHTTPStream()
        stream.sendRequestHeaders(Self.headers(Self.table.setup.requestHeaders))
        XCTAssertTrue(stream.closed)
        XCTAssertNil(stream.sendResponseHeaders([":status": "200"]), "a reset stream gets no more callbacks")
    }

    func testContinueAndCloseOfATCPConnection() throws {
        let vm = try makeVM()
        try vm.start()
        XCTAssertEqual(vm.call("exercise_schedule", [1703], context: vm.rootContextID).value, 0)
        let connection = vm.openTCPConnection()
        XCTAssertEqual(connection.sendDownstreamData(Array("abc".utf8)), .continue)
        XCTAssertEqual(connection.continueCount, 1)
        XCTAssertEqual(connection.downstreamData, Array("abc".utf8))
        XCTAssertEqual(vm.call("exercise_schedule", [1804], context: vm.rootContextID).value, 0)
        connection.sendDownstreamData(Array("d".utf8))
        XCTAssertTrue(connection.closed)
        XCTAssertNil(connection.sendDownstreamData(Array("e".utf8)))
    }

    func testSendLocalResponseFromTheExerciser() throws {
        let vm = try makeVM()
        try vm.start()
        XCTAssertEqual(vm.call("exercise_schedule", [2001], context: vm.rootContextID).value, 0)
        let stream = vm.openHTTPStream()
        // The exerciser returns Continue; the local reply stops the stream.
        XCTAssertEqual(stream.sendRequestHeaders(Self.headers(Self.table.setup.requestHeaders)), .pause)
        XCTAssertEqual(stream.localResponse?.statusCode, 403)
        XCTAssertEqual(stream.localResponse?.details, "ex_denied")
        XCTAssertEqual(stream.localResponse?.bodyString, "denied")
        XCTAssertEqual(stream.localResponse?.headers.value("x-ex-local"), "1")
        XCTAssertNil(stream.localResponse?.grpcStatus)
    }

    func testClearRouteCacheForeignFunctionAndV010Function() throws {
        let vm = try makeVM()
        try vm.start()
        XCTAssertEqual(vm.call("exercise_schedule", [3904], context: vm.rootContextID).value, 0)
        let stream = vm.openHTTPStream()
        stream.sendRequestHeaders(Self.headers(Self.table.setup.requestHeaders))
        XCTAssertEqual(stream.routeCacheClearCount, 1)
        let other = vm.openHTTPStream()
        XCTAssertEqual(vm.call("exercise_schedule", [4301], context: vm.rootContextID).value, 0)
        other.sendRequestHeaders(Self.headers(Self.table.setup.requestHeaders))
        XCTAssertEqual(other.routeCacheClearCount, 1)
    }

    func testRegisteredForeignFunctionReturnsItsResultThroughTheAllocator() throws {
        let host = MockHost()
        var seen: [UInt8]?
        host.registerForeignFunction("ex_no_such_function") { args in
            seen = args
            return Array("result".utf8)
        }
        let vm = try makeVM(host: host)
        try vm.start()
        // 3901 calls it with no arguments and checks only the status.
        XCTAssertEqual(signed(vm.call("exercise", [3901], context: vm.rootContextID).value), 0)
        XCTAssertEqual(seen, [])
        host.registerForeignFunction("ex_no_such_function") { _ in nil }
        XCTAssertEqual(signed(vm.call("exercise", [3901], context: vm.rootContextID).value), 10)
    }

    // MARK: Linking

    func testEnvoyLinksTheV010FunctionsOnlyForV010Modules() throws {
        guard let module = Self.module else { throw XCTSkip("abi_exerciser.wasm could not be loaded") }
        XCTAssertThrowsError(try MockHost().loadPlugin(module)) { error in
            guard case PluginLoadError.unknownImport(let m, let name) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(m, "env")
            XCTAssert(["proxy_get_configuration", "proxy_continue_request", "proxy_continue_response", "proxy_clear_route_cache"].contains(name), name)
        }
        let host = MockHost()
        host.linksHostFunctionsOfEveryABIVersion = true
        XCTAssertNoThrow(try host.loadPlugin(module))
    }
}
