@testable import CheckKit
import FaultPlugins
import Foundation
import XCTest

/// `proxy-wasm-check bench`, driven through `ProxyWasmCheckCLI.main` with a capturing console
/// and small runs (200 requests): the shape of the text and JSON outputs, positive figures,
/// the three configurations (the native one only for the header filter), --expect, and bad
/// input. No timing is asserted: performance is reported, never judged.
final class BenchCommandTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func fixture(_ path: String) -> String { packageRoot.appendingPathComponent(path).path }
    static let headerFilter = fixture("fixtures/header_filter/header_filter.wasm")
    static let pathGuard = fixture("fixtures/test_plugins/path_guard.wasm")
    static let pathGuardExpect = fixture("fixtures/test_plugins/path_guard.expect.json")
    /// Small and quick, also in debug builds.
    static let small = ["--requests", "200", "--rounds", "2", "--host-calls", "2000"]

    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("BenchCommandTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: Text

    func testNoPluginBenchesTheBundledHeaderFilterInThreeConfigurations() throws {
        let run = cli(["bench"] + Self.small)
        XCTAssertEqual(run.status, 0, run.all)
        XCTAssertTrue(run.out.first?.hasPrefix("bench: header_filter.wasm (61748 bytes, sha256 ") ?? false, run.all)
        XCTAssertTrue(run.out.contains { $0.hasPrefix("workload: the standard exchange") }, run.all)
        let header = try XCTUnwrap(run.out.first { $0.hasPrefix("configuration") }, run.all)
        for column in ["p50 µs", "p90 µs", "p99 µs", "requests/s", "fuel/request", "host calls/request", "callbacks/request"] {
            XCTAssertTrue(header.contains(column), "\(column) in \(header)")
        }
        for label in ["(a) no filter", "(b) native Swift filter", "(c) Wasm plugin"] {
            let row = try XCTUnwrap(run.out.first { $0.hasPrefix(label) }, "row \(label): \(run.all)")
            let numbers = row.dropFirst(label.count).split(separator: " ").compactMap { Double($0) }
            XCTAssertEqual(numbers.count, 7, row)
            XCTAssertTrue(numbers.prefix(4).allSatisfy { $0 > 0 }, "latencies and throughput positive: \(row)")
        }
        let wasm = try XCTUnwrap(run.out.first { $0.hasPrefix("(c) Wasm plugin") })
        let figures = wasm.dropFirst("(c) Wasm plugin".count).split(separator: " ").compactMap { Double($0) }
        XCTAssertGreaterThan(figures[4], 0, "fuel per request")
        XCTAssertEqual(figures[5], 2, "host calls per request: proxy_log and proxy_add_header_map_value")
        XCTAssertEqual(figures[6], 6, "callbacks per request: context_create, request/response headers, done, log, delete")
        XCTAssertTrue(run.out.contains { $0.hasPrefix("overhead of (c) vs (a) no filter:") }, run.all)
        XCTAssertTrue(run.out.contains { $0.hasPrefix("overhead of (c) vs (b) native filter:") }, run.all)
        XCTAssertTrue(run.out.contains { $0.hasPrefix("host call round trip: ") && $0.contains("ns through the MockHost") }, run.all)
        XCTAssertTrue(run.out.contains { $0.hasPrefix("machine: ") }, run.all)
        XCTAssertTrue(run.err.contains { $0.contains("round 1/2") } && run.err.contains { $0.contains("round 2/2") }, "progress on stderr: \(run.err)")
    }

    // MARK: JSON

    func testJSONHasEveryKeyAndPositiveFigures() throws {
        let run = cli(["bench", Self.headerFilter, "--json"] + Self.small)
        XCTAssertEqual(run.status, 0, run.all)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stdout)
        for key in ["plugin", "requests", "rounds", "warmupRequests", "workload", "expectationsPassed", "fuelMetering", "fuelPerCallback",
                    "configurations", "nativeSkipped", "nativeAgrees", "overhead", "hostCall", "hostCallSkipped", "machine"] {
            XCTAssertTrue(report.keys.contains(key), "key \(key)")
        }
        XCTAssertEqual(report["requests"] as? Int, 200)
        XCTAssertEqual(report["rounds"] as? Int, 2)
        XCTAssertEqual(report["nativeAgrees"] as? Bool, true, "the native filter forwards what the plugin forwards")
        let plugin = try XCTUnwrap(report["plugin"] as? [String: Any])
        XCTAssertEqual(plugin["sha256"] as? String, NativeHeaderFilter.headerFilterSHA256)
        let configurations = try XCTUnwrap(report["configurations"] as? [[String: Any]])
        XCTAssertEqual(configurations.compactMap { $0["id"] as? String }, ["no-filter", "native", "wasm"])
        for c in configurations {
            for key in ["p50Us", "p90Us", "p99Us", "meanUs", "requestsPerSecond"] {
                XCTAssertGreaterThan((c[key] as? NSNumber)?.doubleValue ?? 0, 0, "\(key) of \(c["id"] ?? "?")")
            }
            XCTAssertEqual((c["rounds"] as? [Any])?.count, 2)
            let p50 = (c["p50Us"] as? NSNumber)?.doubleValue ?? 0, p99 = (c["p99Us"] as? NSNumber)?.doubleValue ?? 0
            XCTAssertLessThanOrEqual(p50, p99)
        }
        let wasm = configurations[2], none = configurations[0]
        XCTAssertGreaterThan((wasm["fuelPerRequest"] as? NSNumber)?.doubleValue ?? 0, 0)
        XCTAssertEqual((wasm["hostCallsPerRequest"] as? NSNumber)?.doubleValue, 2)
        XCTAssertEqual((none["fuelPerRequest"] as? NSNumber)?.doubleValue, 0)
        XCTAssertEqual((none["callbacksPerRequest"] as? NSNumber)?.doubleValue, 0, "the no-filter module exports no callbacks")
        let overhead = try XCTUnwrap(report["overhead"] as? [String: Any])
        for against in ["vsNoFilter", "vsNative"] {
            let o = try XCTUnwrap(overhead[against] as? [String: Any], against)
            for key in ["p50", "p99", "timePerRequest"] { XCTAssertGreaterThan((o[key] as? NSNumber)?.doubleValue ?? 0, 0, "\(against).\(key)") }
        }
        let host = try XCTUnwrap(report["hostCall"] as? [String: Any])
        XCTAssertEqual(host["calls"] as? Int, 2000)
        XCTAssertGreaterThan((host["mockHostNs"] as? NSNumber)?.doubleValue ?? 0, 0)
        XCTAssertGreaterThan((host["engineNs"] as? NSNumber)?.doubleValue ?? 0, 0)
        XCTAssertNotNil(host["dispatchNs"] as? NSNumber)
        let machine = try XCTUnwrap(report["machine"] as? [String: Any])
        XCTAssertTrue(["debug", "release"].contains(machine["build"] as? String ?? ""))
    }

    // MARK: Other plugins, --expect

    func testOtherPluginHasNoNativeConfigurationUnlessForced() throws {
        let run = cli(["bench", Self.pathGuard, "--json", "--host-calls", "0", "--requests", "200", "--rounds", "2"])
        XCTAssertEqual(run.status, 0, run.all)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((report["configurations"] as? [[String: Any]])?.compactMap { $0["id"] as? String }, ["no-filter", "wasm"])
        XCTAssertNotNil(report["nativeSkipped"] as? String)
        let overhead = try XCTUnwrap(report["overhead"] as? [String: Any])
        XCTAssertNotNil(overhead["vsNoFilter"] as? [String: Any])
        XCTAssertTrue(overhead["vsNative"] is NSNull)
        XCTAssertTrue(report["hostCall"] is NSNull)
        XCTAssertEqual(report["hostCallSkipped"] as? String, "--host-calls 0")

        let text = cli(["bench", Self.pathGuard, "--host-calls", "0", "--requests", "50", "--rounds", "1"])
        XCTAssertEqual(text.status, 0, text.all)
        XCTAssertTrue(text.out.contains { $0.hasPrefix("(b) native Swift filter") && $0.contains("skipped") }, text.all)

        let forced = cli(["bench", Self.headerFilter, "--native", "none", "--host-calls", "0", "--requests", "50", "--rounds", "1"])
        XCTAssertEqual(forced.status, 0, forced.all)
        XCTAssertFalse(forced.out.contains { $0.hasPrefix("overhead of (c) vs (b)") }, forced.all)
    }

    func testExpectationsMustPassAndGiveTheWorkload() throws {
        let run = cli(["bench", Self.pathGuard, "--expect", Self.pathGuardExpect, "--json", "--host-calls", "0", "--requests", "100", "--rounds", "1"])
        XCTAssertEqual(run.status, 0, run.all)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertGreaterThan(report["expectationsPassed"] as? Int ?? 0, 0)
        XCTAssertTrue((report["workload"] as? String ?? "").contains("path_guard.expect.json"), "\(report["workload"] ?? "")")
        XCTAssertTrue(run.err.contains { $0.contains("expect:") && $0.contains("passed") }, run.all)

        // The header filter does not do what path_guard's expectations say: exit 1, nothing timed.
        let failing = cli(["bench", Self.headerFilter, "--expect", Self.pathGuardExpect, "--requests", "50", "--rounds", "1"])
        XCTAssertEqual(failing.status, 1, failing.all)
        XCTAssertTrue(failing.out.isEmpty, failing.all)
        XCTAssertTrue(failing.err.last?.hasPrefix("error: header_filter.wasm does not meet its expectations") ?? false, failing.all)
    }

    func testPluginConfigurationReachesBothFilters() throws {
        let run = cli(["bench", "--plugin-config", #"{"header": "X-Team", "value": "edge-42"}"#, "--json", "--host-calls", "0",
                       "--requests", "50", "--rounds", "1"])
        XCTAssertEqual(run.status, 0, run.all)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["nativeAgrees"] as? Bool, true)
        XCTAssertEqual(NativeHeaderFilter(configuration: Array(#"{"header": "X-Team", "value": "edge-42"}"#.utf8))?.header, "X-Team")
        XCTAssertEqual(NativeHeaderFilter(configuration: Array("  \n".utf8))?.value, "Yes")
        XCTAssertNil(NativeHeaderFilter(configuration: Array("{not json".utf8)))
        XCTAssertNil(NativeHeaderFilter(configuration: Array(#"{"header": ""}"#.utf8)))
    }

    func testTrappingPluginExitsOne() throws {
        let trapping = Self.fixture("Sources/FaultPlugins/Modules/traps.unreachable_deep.wasm")
        let run = cli(["bench", trapping, "--host-calls", "0", "--requests", "20", "--rounds", "1"])
        XCTAssertEqual(run.status, 1, run.all)
        XCTAssertTrue(run.out.isEmpty, run.all)
        XCTAssertTrue(run.err.last?.contains("trapped") ?? false, run.all)
    }

    func testKnownSHA256IsTheBundledFixtures() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.headerFilter)))
        XCTAssertEqual(SHA256.hexDigest(bytes), NativeHeaderFilter.headerFilterSHA256,
                       "fixtures/header_filter was rebuilt: update NativeHeaderFilter.headerFilterSHA256")
        XCTAssertTrue(NativeHeaderFilter.isHeaderFilter(bytes))
        XCTAssertFalse(NativeHeaderFilter.isHeaderFilter([UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.pathGuard)))))
    }

    // MARK: Help and bad input

    func testHelp() {
        for arguments in [["bench", "--help"], ["help", "bench"]] {
            let run = cli(arguments)
            XCTAssertEqual(run.status, 0)
            XCTAssertTrue(run.out.first?.hasPrefix("USAGE: proxy-wasm-check bench") ?? false, run.all)
        }
        XCTAssertTrue(cli(["--help"]).out.contains { $0.hasPrefix("  bench") })
    }

    func testBadInputIsExitTwoWithOneErrorLine() throws {
        let garbage = try write([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0xFF], name: "garbage.wasm")
        let startFails = Self.fixture("Sources/FaultPlugins/Modules/traps.unreachable_vm_start.wasm")
        let cases: [([String], String)] = [
            (["bench", directory.appendingPathComponent("missing.wasm").path], "no such file"),
            (["bench", garbage], "garbage.wasm"),
            (["bench", startFails, "--host-calls", "0"], "did not start"),
            (["bench", "--requests", "0"], "--requests"),
            (["bench", "--requests", "ten"], "--requests"),
            (["bench", "--rounds", "0"], "--rounds"),
            (["bench", "--native", "java"], "--native"),
            (["bench", "--host-calls", "-1"], "--host-calls"),
            (["bench", "--expect", directory.appendingPathComponent("nope.json").path], "expectations file"),
            (["bench", "--bogus"], "unknown option"),
            (["bench", Self.headerFilter, Self.pathGuard], "one plugin"),
            (["bench", "--plugin-config", #"{"header": 5}"#, "--host-calls", "0"], "native header filter"),
        ]
        for (arguments, fragment) in cases {
            let run = cli(arguments)
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.all)")
            XCTAssertTrue(run.out.isEmpty, "\(arguments): \(run.all)")
            XCTAssertEqual(run.err.filter { $0.hasPrefix("error: ") }.count, 1, "\(arguments): \(run.all)")
            XCTAssertTrue(run.err.last?.contains(fragment) ?? false, "\(arguments): expected '\(fragment)' in \(run.err)")
        }
    }

    // MARK: Helpers

    private struct Outcome {
        var status: Int32
        var out: [String]
        var err: [String]
        var stdout: String
        var all: String { "status \(status)\nstdout:\n\(out.joined(separator: "\n"))\nstderr:\n\(err.joined(separator: "\n"))" }
    }

    private func cli(_ arguments: [String]) -> Outcome {
        let capture = CapturingConsole()
        let status = ProxyWasmCheckCLI.main(arguments: arguments, console: capture.console)
        return Outcome(status: status, out: capture.outputLines, err: capture.errorLines, stdout: capture.output)
    }

    private func write(_ bytes: [UInt8], name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
