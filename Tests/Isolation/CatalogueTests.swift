import CheckKit
import FaultPlugins
import Foundation
import Interpreter
import MockHost
import XCTest

/// The catalogue itself: one host survives every entry in turn, entry-specific behaviour
/// (floods stop at the caps, panics log first, deep backtraces), and the catalogue, its WAT
/// sources, the compiled modules and fixtures/faults/README.md agree. The containment proof
/// of each entry is `ContainmentTests`.
final class CatalogueTests: XCTestCase {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var faultsDirectory: URL { packageRoot.appendingPathComponent("fixtures/faults") }

    // MARK: Observations

    typealias Observation = FaultObservation

    /// The runner (its scenario is the one every proof uses).
    static let runner: FaultRunner = {
        let bytes = (try? Data(contentsOf: packageRoot.appendingPathComponent("fixtures/header_filter/header_filter.wasm"))).map { [UInt8]($0) } ?? []
        return FaultRunner(healthyPlugin: bytes)
    }()

    /// Runs one entry's scenario in `host` (a fresh one by default).
    static func run(_ entry: FaultPlugin, host: MockHost? = nil, policy: FailurePolicy = .failClosed) -> Observation {
        runner.observe(entry, policy: policy, host: host)
    }

    /// The entries to run: all, or those named in FAULT_IDS=id1,id2 (for debugging).
    static var selected: [FaultPlugin] {
        let only = ProcessInfo.processInfo.environment["FAULT_IDS"].map { Set($0.split(separator: ",").map(String.init)) }
        return FaultCatalogue.all.filter { only?.contains($0.id) ?? true }
    }

    /// Observations of the entries the specific tests look at, each run once in a fresh host.
    static var cache: [String: Observation] = [:]

    func observation(_ id: String) throws -> Observation {
        if let o = Self.cache[id] { return o }
        let entry = try XCTUnwrap(FaultCatalogue.entry(id), "no entry \(id)")
        let o = Self.run(entry)
        Self.cache[id] = o
        return o
    }

    // MARK: Tests

    /// The host process survives every entry and stays usable: all entries run one after
    /// another in one host each show exactly their expected outcome, and the host's shared
    /// state stays bounded.
    func testOneHostSurvivesTheWholeCatalogue() throws {
        let host = MockHost()
        host.setSharedData("bystander", Array("untouched".utf8))
        for entry in Self.selected {
            let shared = Self.run(entry, host: host)
            let outcome = Self.runner.checkOutcome(entry, shared)
            XCTAssertTrue(outcome.passed, "\(entry.id) in the shared host: \(outcome.detail)")
        }
        XCTAssertEqual(host.sharedDataValue("bystander"), "untouched")
        XCTAssertLessThanOrEqual(host.sharedData.count, host.limits.maxSharedDataEntries)
        XCTAssertLessThanOrEqual(host.queues.count, host.limits.maxQueues)
        XCTAssertLessThanOrEqual(host.metrics.count, host.limits.maxMetrics)
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
        XCTAssertEqual(flood.firstStream?.requestHeaders.count, limits.maxHeaderMapEntries)
        assertLogged(flood, "added headers 100,000 times; refusals -> \(100_000 - (limits.maxHeaderMapEntries - 4))")
        let bytesFlood = try observation("host-abuse.header_bytes_flood")
        XCTAssertLessThanOrEqual(bytesFlood.firstStream?.requestHeaders.byteSize ?? .max, limits.maxHeaderMapBytes)
        XCTAssertGreaterThan(bytesFlood.firstStream?.requestHeaders.byteSize ?? 0, limits.maxHeaderMapBytes - 4_200)
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
        XCTAssertGreaterThan(fuel, 250_000)
        XCTAssertLessThan(fuel, 350_000)
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

    /// README.md and fixtures/faults/README.md carry the table `proxy-wasm-check faults
    /// --markdown` prints (generated from the catalogue, never by hand), between the markers.
    /// `UPDATE_FAULT_README=1 swift test --filter CatalogueTests.testReadmeTablesMatchTheCatalogue`
    /// rewrites them.
    func testReadmeTablesMatchTheCatalogue() throws {
        let table = CatalogueTable.markdown()
        for url in [Self.packageRoot.appendingPathComponent("README.md"), Self.faultsDirectory.appendingPathComponent("README.md")] {
            let text = try String(contentsOf: url, encoding: .utf8)
            let begin = "<!-- catalogue table: begin -->\n", end = "<!-- catalogue table: end -->"
            guard let b = text.range(of: begin), let e = text.range(of: end), b.upperBound <= e.lowerBound else {
                XCTFail("\(url.path) has no catalogue table markers")
                continue
            }
            if String(text[b.upperBound..<e.lowerBound]) != table {
                if ProcessInfo.processInfo.environment["UPDATE_FAULT_README"] == "1" {
                    try (String(text[..<b.upperBound]) + table + String(text[e.lowerBound...])).write(to: url, atomically: true, encoding: .utf8)
                } else {
                    XCTFail("\(url.lastPathComponent) at \(url.deletingLastPathComponent().lastPathComponent): the catalogue table is out of date: run UPDATE_FAULT_README=1 swift test --filter CatalogueTests.testReadmeTablesMatchTheCatalogue")
                }
            }
        }
    }
}
