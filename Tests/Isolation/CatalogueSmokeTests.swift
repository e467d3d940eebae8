import FaultPlugins
import Foundation
import Interpreter
import MockHost
import XCTest

/// Runs every fault catalogue entry through the standard scenario directly on a `MockHost`
/// (the same steps the fault runner takes) and checks that the outcome is exactly the one the
/// entry declares. Also checks that the catalogue, its WAT sources and the compiled modules
/// agree, and that fixtures/faults/README.md lists the catalogue as it is.
final class CatalogueSmokeTests: XCTestCase {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var faultsDirectory: URL { packageRoot.appendingPathComponent("fixtures/faults") }

    // MARK: Scenario

    /// What one run of an entry showed.
    struct Observation {
        var loadError: PluginLoadError?
        var startError: PluginStartError?
        var vm: PluginVM?
        var first: HTTPStream?
        var second: HTTPStream?
        var seconds: Double = 0

        var failure: VMFailure? { vm?.failures.first }

        var trap: Trap? {
            if let failure { return failure.trap }
            if case .startFailed(_, let t)? = loadError { return t }
            if case .failed(_, let t)? = startError { return t }
            return nil
        }

        var failedCallback: String? {
            if let failure { return failure.callback }
            if case .startFailed(let f, _)? = loadError { return f }
            if case .failed(let c, _)? = startError { return c }
            return nil
        }

        var summary: String {
            if let loadError { return "load error: \(loadError)" }
            if let trap { return "trap '\(trap.message)' in \(failedCallback ?? "?") [\(trap.backtrace.map(\.name).joined(separator: " < "))]" }
            if let startError { return "start error: \(startError)" }
            return "no fault"
        }
    }

    /// Load → start → (tick) → one full HTTP exchange → a second stream, as the fault runner.
    static func run(_ entry: FaultPlugin, host: MockHost = MockHost(), policy: FailurePolicy = .failClosed) throws -> Observation {
        var configuration = PluginConfiguration()
        configuration.limits = entry.limits
        configuration.pluginConfiguration = entry.pluginConfiguration
        configuration.pluginName = entry.id
        configuration.failurePolicy = policy
        let bytes = try entry.moduleBytes()
        var o = Observation()
        let started = Date()
        defer { o.seconds = Date().timeIntervalSince(started) }
        let vm: PluginVM
        do {
            vm = try host.loadPlugin(bytes, configuration: configuration)
        } catch {
            o.loadError = error
            o.seconds = Date().timeIntervalSince(started)
            return o
        }
        o.vm = vm
        do {
            try vm.start()
        } catch {
            o.startError = error
        }
        if o.startError == nil {
            if entry.trigger == .tick { host.advanceClock(milliseconds: 1_000) }
            let first = vm.openHTTPStream()
            o.first = first
            first.sendRequestHeaders([":method": "POST", ":path": "/fault", ":authority": "example.com", "content-type": "text/plain"], endOfStream: false)
            first.sendRequestBody(Array("hello ".utf8), endOfStream: false)
            first.sendRequestBody(Array("world".utf8), endOfStream: false)
            first.sendRequestTrailers(["x-trailer": "1"])
            for call in vm.pendingHTTPCalls {
                vm.respondToHTTPCall(token: call.token, headers: [":status": "200"], body: Array("callout".utf8), trailers: HeaderMap())
            }
            first.sendResponseHeaders([":status": "200", "content-type": "text/plain"], endOfStream: false)
            first.sendResponseBody(Array("response".utf8), endOfStream: true)
            first.complete()
            let second = vm.openHTTPStream()
            o.second = second
            second.sendRequestHeaders([":method": "GET", ":path": "/second", ":authority": "example.com"], endOfStream: true)
            second.complete()
        }
        o.seconds = Date().timeIntervalSince(started)
        return o
    }

    /// Problems with the outcome of `entry` (empty when it is exactly as expected).
    func problems(_ entry: FaultPlugin, _ o: Observation) -> [String] {
        var problems: [String] = []
        switch entry.expected {
        case .trap(let kind, let callback, let frame):
            guard let trap = o.trap, let failed = o.failedCallback else {
                return ["nothing trapped (\(o.summary))"]
            }
            if trap.kind.identifier != kind.identifier { problems.append("trap '\(trap.message)' instead of '\(kind.message)'") }
            if case .hostError(let m) = kind, !trap.message.contains(m) { problems.append("host error '\(trap.message)' does not mention '\(m)'") }
            if failed != callback { problems.append("failed in \(failed) instead of \(callback)") }
            if let frame, !trap.backtrace.contains(where: { $0.name.contains(frame) }) {
                problems.append("no backtrace frame names '\(frame)' (frames: \(trap.backtrace.map(\.name).joined(separator: ", ")))")
            }
            // A stream-phase trap fails its stream closed, once; start-phase traps serve none.
            if let first = o.first, o.failure != nil {
                if first.localResponse?.statusCode != 503 || first.localResponseCount != 1 {
                    problems.append("the failing stream did not get exactly one 503 (count \(first.localResponseCount))")
                }
            }
        case .loadFailure(let kind):
            guard let error = o.loadError else { return ["loaded (\(o.summary))"] }
            let actual = LoadFailureKind(error)
            if actual != kind { problems.append("refused as \(actual.rawValue) instead of \(kind.rawValue): \(error)") }
        case .hostStatuses(let expected):
            guard o.trap == nil, o.loadError == nil, o.startError == nil, let vm = o.vm else { return ["failed: \(o.summary)"] }
            for (function, status) in expected.sorted(by: { $0.key < $1.key }) {
                let seen = vm.trace.contains { event in
                    if case .hostCall(let n, _, let s) = event { return n == function && s == status.rawValue }
                    return false
                }
                if !seen {
                    let statuses = Set(vm.trace.compactMap { event -> UInt32? in
                        if case .hostCall(let n, _, let s) = event, n == function { return s }
                        return nil
                    })
                    problems.append("never saw \(function) → \(status) (saw \(statuses.sorted()))")
                }
            }
            if o.first?.localResponse != nil { problems.append("the stream got a local reply") }
        case .completes:
            if o.trap != nil || o.loadError != nil || o.startError != nil { problems.append("false positive: \(o.summary)") }
            if o.first?.localResponse != nil { problems.append("the stream got a local reply") }
        case .memoryCapped(let pages):
            if o.trap != nil || o.loadError != nil || o.startError != nil { problems.append("failed: \(o.summary)") }
            if o.vm?.peakMemoryPages != pages { problems.append("peak memory \(o.vm?.peakMemoryPages ?? -1) pages, expected the cap \(pages)") }
        }
        if let vm = o.vm, UInt64(vm.peakMemoryPages) > entry.limits.maxMemoryPages {
            problems.append("memory \(vm.peakMemoryPages) pages beyond the cap \(entry.limits.maxMemoryPages)")
        }
        if let failure = o.failure, let fuel = entry.limits.fuel, failure.fuelUsed > fuel {
            problems.append("the failing callback used \(failure.fuelUsed) fuel of \(fuel)")
        }
        return problems
    }

    // MARK: Tests

    /// The entries to run: all, or those named in FAULT_IDS=id1,id2 (for debugging).
    static var selected: [FaultPlugin] {
        let only = ProcessInfo.processInfo.environment["FAULT_IDS"].map { Set($0.split(separator: ",").map(String.init)) }
        return FaultCatalogue.all.filter { only?.contains($0.id) ?? true }
    }

    /// One run of each entry, each in a fresh host (shared by the tests below: some entries
    /// take seconds in a debug build).
    static let observations: [String: Observation] = {
        var result: [String: Observation] = [:]
        for entry in selected { result[entry.id] = try? run(entry) }
        return result
    }()

    func observation(_ id: String) throws -> Observation {
        try XCTUnwrap(Self.observations[id], "\(id) did not run")
    }

    func testEveryEntryShowsItsExpectedContainment() throws {
        var failures: [String] = []
        for entry in Self.selected {
            let p = problems(entry, try observation(entry.id))
            if !p.isEmpty { failures.append("\(entry.id): expected \(entry.expected); \(p.joined(separator: "; "))") }
        }
        for f in failures { XCTFail(f) }
        let slowest = Self.observations.sorted { $0.value.seconds > $1.value.seconds }.prefix(5)
            .map { "\($0.key) \(String(format: "%.3f", $0.value.seconds)) s" }
        print("catalogue: \(Self.observations.count) entries run, \(failures.count) not as expected; slowest: \(slowest.joined(separator: ", "))")
    }

    /// The host process survives every entry and the host stays usable: all entries run one
    /// after another in one host behave as they did each in a fresh host (a fresh instance
    /// of a failed plugin behaves the same), and the host's shared state stays bounded.
    func testOneHostSurvivesTheWholeCatalogue() throws {
        let host = MockHost()
        host.setSharedData("bystander", Array("untouched".utf8))
        for entry in Self.selected {
            let alone = try observation(entry.id)
            let shared = try Self.run(entry, host: host)
            XCTAssertEqual(shared.trap?.kind.identifier, alone.trap?.kind.identifier, entry.id)
            XCTAssertEqual(shared.failedCallback, alone.failedCallback, entry.id)
            XCTAssertEqual(shared.loadError.map(LoadFailureKind.init), alone.loadError.map(LoadFailureKind.init), entry.id)
        }
        XCTAssertEqual(host.sharedDataValue("bystander"), "untouched")
        XCTAssertLessThanOrEqual(host.sharedData.count, host.limits.maxSharedDataEntries)
        XCTAssertLessThanOrEqual(host.queues.count, host.limits.maxQueues)
        XCTAssertLessThanOrEqual(host.metrics.count, host.limits.maxMetrics)
    }

    /// Under fail-open a stream-phase fault leaves the streams without local replies; under
    /// fail-reload the second stream is served by a fresh instance.
    func testFailurePoliciesForStreamTraps() throws {
        let streamCallbacks: Set<String> = ["proxy_on_request_headers", "proxy_on_request_body", "proxy_on_response_headers", "proxy_on_context_create"]
        for entry in Self.selected {
            guard case .trap(_, let callback, _) = entry.expected, streamCallbacks.contains(callback) else { continue }
            let open = try Self.run(entry, policy: .failOpen)
            XCTAssertNotNil(open.failure, entry.id)
            XCTAssertNil(open.first?.localResponse, entry.id)
            XCTAssertNil(open.second?.localResponse, entry.id)
            let reload = try Self.run(entry, policy: .failReload)
            XCTAssertNotNil(reload.failure, entry.id)
            XCTAssertGreaterThan(reload.second?.generation ?? 0, reload.first?.generation ?? 0, entry.id)
        }
    }

    func testSpecificBehaviour() throws {
        // The SDK-style panic leaves its message in the log before the trap.
        let panic = try observation("traps.unreachable_panic")
        XCTAssertTrue(panic.vm?.logMessages(.critical).contains { $0.hasPrefix("panicked at ") } ?? false)
        // The five frames of unreachable_deep are all in the backtrace, innermost first.
        let deep = try observation("traps.unreachable_deep")
        let names = deep.trap?.backtrace.map(\.name) ?? []
        XCTAssertEqual(names.prefix(5).map { $0.replacingOccurrences(of: "$", with: "") },
                       ["fault_five", "fault_four", "fault_three", "fault_two", "fault_one"])
        // The floods stop exactly at the host's caps.
        let limits = HostLimits()
        let flood = try observation("host-abuse.header_flood")
        XCTAssertEqual(flood.first?.requestHeaders.count, limits.maxHeaderMapEntries)
        assertLogged(flood, "added headers 100,000 times; refusals -> \(100_000 - (limits.maxHeaderMapEntries - 4))")
        let bytesFlood = try observation("host-abuse.header_bytes_flood")
        XCTAssertLessThanOrEqual(bytesFlood.first?.requestHeaders.byteSize ?? .max, limits.maxHeaderMapBytes)
        XCTAssertGreaterThan(bytesFlood.first?.requestHeaders.byteSize ?? 0, limits.maxHeaderMapBytes - 4_200)
        let sharedData = try observation("host-abuse.shared_data_flood")
        assertLogged(sharedData, "proxy_set_shared_data 20,000 distinct keys; refusals -> \(20_000 - limits.maxSharedDataEntries)")
        let queues = try observation("host-abuse.queue_flood")
        assertLogged(queues, "proxy_register_shared_queue 1,500 names; refusals -> \(1_500 - limits.maxQueues)")
        assertLogged(queues, "proxy_enqueue_shared_queue 20,000 items; refusals -> \(20_000 - limits.maxQueueItems)")
        let callouts = try observation("host-abuse.http_call_flood")
        assertLogged(callouts, "proxy_http_call 2,000 times; refusals -> \(2_000 - limits.maxPendingCalls)")
        // The first stream's callouts were answered; the second stream's 1,000 are outstanding.
        XCTAssertEqual(callouts.vm?.pendingHTTPCalls.count, limits.maxPendingCalls)
        let metrics = try observation("host-abuse.metric_flood")
        assertLogged(metrics, "proxy_define_metric 20,000 names; refusals -> \(20_000 - limits.maxMetrics)")
        // Malformed pairs leave an empty map, with OK.
        let pairs = try observation("host-abuse.malformed_pairs")
        XCTAssertTrue(pairs.vm?.logMessages(.info).contains("header map size after the malformed pairs -> 0") ?? false,
                      "\(pairs.vm?.logMessages(.info) ?? [])")
        // The allocator that hands out static data: the plugin notices and keeps running.
        let data = try observation("allocator.returns_data_pointer")
        XCTAssertTrue(data.vm?.logMessages(.warn).contains { $0.hasPrefix("allocator handed out static data") } ?? false)
        // A bounded plugin's loop: under the budget, with room to spare.
        let finite = try observation("cpu.finite_loop")
        let fuel = finite.vm?.trace.compactMap { event -> UInt64? in
            if case .callback("proxy_on_request_headers", _, _, let f) = event { return f }
            return nil
        }.max() ?? 0
        XCTAssertGreaterThan(fuel, 1_000_000)
        XCTAssertLessThan(fuel, 1_500_000)
    }

    func assertLogged(_ o: Observation, _ line: String, file: StaticString = #filePath, line number: UInt = #line) {
        let lines = o.vm?.logMessages(.info) ?? []
        XCTAssertTrue(lines.contains(line), "\"\(line)\" not in the log: \(lines)", file: file, line: number)
    }

    // MARK: Catalogue consistency

    func testIdsSourcesAndModulesAgree() throws {
        let all = FaultCatalogue.all
        XCTAssertEqual(Set(all.map(\.id)).count, all.count, "duplicate ids")
        for entry in all {
            XCTAssertTrue(entry.id.hasPrefix(entry.category.rawValue + "."), "\(entry.id) is not in \(entry.category.rawValue)")
            XCTAssertNoThrow(try entry.moduleBytes(), entry.id)
        }
        let wats = try FileManager.default.contentsOfDirectory(atPath: Self.faultsDirectory.path)
            .filter { $0.hasSuffix(".wat") }.map { String($0.dropLast(4)) }
        let watEntries = all.filter { if case .wat = $0.source { return true }; return false }.map(\.id)
        XCTAssertEqual(Set(wats), Set(watEntries), "fixtures/faults/*.wat and the .wat entries differ")
        for category in FaultCategory.allCases {
            XCTAssertGreaterThanOrEqual(FaultCatalogue.entries(in: category).count, 4, category.rawValue)
        }
    }

    /// The malformed modules each break one thing in a plugin that is otherwise valid: the
    /// base module loads and starts, so each refusal is due to the one defect.
    func testMalformedModulesBreakAValidPlugin() throws {
        let vm = try MockHost().loadPlugin(MalformedModules.validPlugin())
        XCTAssertNoThrow(try vm.start())
        let shallow = MalformedModules.nestedBlocks(depth: 100)
        XCTAssertNoThrow(try MockHost().loadPlugin(shallow), "100 nested blocks are fine")
    }

    /// The committed modules are what fixtures/faults/build.sh makes of the WAT sources.
    func testModulesMatchTheirSources() throws {
        let wat2wasm = Self.packageRoot.appendingPathComponent(".build/tools/venv/bin/wat2wasm")
        guard FileManager.default.isExecutableFile(atPath: wat2wasm.path) else {
            throw XCTSkip("wat2wasm not installed (scripts/setup-tools.sh)")
        }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("faults-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = Self.faultsDirectory.appendingPathComponent("build.sh")
        process.arguments = [out.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["WAT2WASM": wat2wasm.path]) { $1 }
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        for entry in FaultCatalogue.all {
            guard case .wat = entry.source else { continue }
            let built = try Data(contentsOf: out.appendingPathComponent("\(entry.id).wasm"))
            XCTAssertEqual([UInt8](built), try entry.moduleBytes(), "\(entry.id).wasm is stale: run fixtures/faults/build.sh")
        }
    }

    // MARK: README

    static func catalogueTable() -> String {
        func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["| id | category | trigger | what it does | expected containment |", "|---|---|---|---|---|"]
        for entry in FaultCatalogue.all {
            var expected = entry.expected.description
            if entry.limits != FaultPlugin.defaultLimits {
                var changes: [String] = []
                let d = FaultPlugin.defaultLimits
                if entry.limits.fuel != d.fuel { changes.append("fuel \(entry.limits.fuel.map { "\($0)" } ?? "unlimited")") }
                if entry.limits.deadline != d.deadline { changes.append("deadline \(entry.limits.deadline.map { "\($0)" } ?? "none")") }
                if entry.limits.maxMemoryPages != d.maxMemoryPages { changes.append("\(entry.limits.maxMemoryPages)-page cap") }
                expected += " (limits: \(changes.joined(separator: ", ")))"
            }
            if !entry.pluginConfiguration.isEmpty { expected += " (with a plugin configuration)" }
            lines.append("| `\(entry.id)` | \(entry.category.rawValue) | \(entry.trigger.rawValue) | \(escape(entry.summary)) | \(escape(expected)) |")
        }
        return lines.joined(separator: "\n")
    }

    /// fixtures/faults/README.md carries the table generated from the catalogue, between the
    /// markers. `UPDATE_FAULT_README=1 swift test --filter CatalogueSmokeTests.testReadmeTableMatchesCatalogue`
    /// rewrites it.
    func testReadmeTableMatchesCatalogue() throws {
        let url = Self.faultsDirectory.appendingPathComponent("README.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let begin = "<!-- catalogue table: begin -->\n", end = "\n<!-- catalogue table: end -->"
        guard let b = text.range(of: begin), let e = text.range(of: end), b.upperBound <= e.lowerBound else {
            return XCTFail("README.md has no catalogue table markers")
        }
        let table = Self.catalogueTable()
        if String(text[b.upperBound..<e.lowerBound]) != table {
            if ProcessInfo.processInfo.environment["UPDATE_FAULT_README"] == "1" {
                try (String(text[..<b.upperBound]) + table + String(text[e.lowerBound...])).write(to: url, atomically: true, encoding: .utf8)
            } else {
                XCTFail("fixtures/faults/README.md's table is out of date: run UPDATE_FAULT_README=1 swift test --filter CatalogueSmokeTests.testReadmeTableMatchesCatalogue")
            }
        }
    }
}
