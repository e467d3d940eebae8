@testable import CheckKit
import FaultPlugins
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `proxy-wasm-check [check]`, `inspect` and `faults`, driven through `ProxyWasmCheckCLI.main`
/// with a capturing console: exit statuses, the four outputs (report.json parsed with
/// JSONSerialization, junit.xml and badge.svg with XMLParser), bad inputs, broken plugins,
/// and plugins other than the header filter (path_guard, the ABI exerciser).
final class CheckCommandTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func fixture(_ path: String) -> String { packageRoot.appendingPathComponent(path).path }
    static let headerFilter = fixture("fixtures/header_filter/header_filter.wasm")
    static let pathGuard = fixture("fixtures/test_plugins/path_guard.wasm")
    static let pathGuardExpect = fixture("fixtures/test_plugins/path_guard.expect.json")
    static let exerciser = fixture("fixtures/abi_exerciser/abi_exerciser.wasm")

    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("CheckCommandTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: The default run and its four outputs

    func testNoPluginChecksTheBundledHeaderFilterAndWritesAllFourOutputs() throws {
        let out = directory.appendingPathComponent("out").path
        let run = cli(["--out", out])
        XCTAssertEqual(run.status, 0, run.all)
        XCTAssertTrue(run.out.first?.hasPrefix("header_filter.wasm: PASSED") ?? false, run.all)
        XCTAssertTrue(run.err.contains { $0.hasPrefix("header_filter.wasm: loaded in") }, "progress on stderr: \(run.err)")
        XCTAssertTrue(run.err.contains { $0.hasPrefix("header_filter.wasm: isolation:") })

        let folder = URL(fileURLWithPath: out).appendingPathComponent("header_filter")
        let report = try json(folder.appendingPathComponent("report.json"))
        XCTAssertEqual(report["passed"] as? Bool, true)
        let plugin = try XCTUnwrap(report["plugin"] as? [String: Any])
        XCTAssertEqual(plugin["file"] as? String, "header_filter.wasm")
        XCTAssertEqual(plugin["abiVersion"] as? String, "0.2.1")
        XCTAssertEqual(plugin["allocator"] as? String, "malloc")
        XCTAssertEqual((plugin["sha256"] as? String)?.count, 64)
        XCTAssertEqual(plugin["sdk"] as? String, "Rust (raw ABI, no SDK)")
        let summary = try XCTUnwrap(report["summary"] as? [String: Int])
        let checks = try XCTUnwrap(report["checks"] as? [[String: Any]])
        XCTAssertEqual(summary["failed"], 0)
        XCTAssertEqual(summary["passed"]! + summary["skipped"]!, checks.count)
        for check in checks {
            XCTAssertNotNil(check["id"] as? String)
            XCTAssertTrue(["load", "conformance", "expect", "isolation"].contains(check["category"] as? String ?? ""), "\(check)")
            XCTAssertTrue(["passed", "skipped"].contains(check["status"] as? String ?? ""), "\(check)")
            XCTAssertNotNil(check["message"] as? String)
            XCTAssertNotNil(check["durationMs"] as? NSNumber)
        }
        let ids = Set(checks.compactMap { $0["id"] as? String })
        for id in ["load.abi", "load.imports", "conformance.lifecycle.vm_start", "conformance.http.exchange", "conformance.leak",
                   "conformance.determinism", "expect.default_config_adds_header", "expect.invalid_json_config_refused",
                   "isolation.host-call.proxy_log=BAD_ARGUMENT", "isolation.adversarial.10000_headers", "isolation.pressure.memory_cap"] {
            XCTAssertTrue(ids.contains(id), "missing check \(id)")
        }
        let performance = try XCTUnwrap(report["performance"] as? [String: Any])
        XCTAssertGreaterThan((performance["loadMs"] as? NSNumber)?.doubleValue ?? 0, 0)
        XCTAssertGreaterThan((performance["fuelPerRequest"] as? NSNumber)?.intValue ?? 0, 0)
        XCTAssertGreaterThan((performance["peakMemoryPages"] as? NSNumber)?.intValue ?? 0, 0)
        // The fuel-budget pressure run traps (contained): it is a fault with a dump.
        let faults = try XCTUnwrap(report["faults"] as? [[String: Any]])
        let budget = try XCTUnwrap(faults.first { $0["id"] as? String == "isolation.pressure.fuel_budget" })
        XCTAssertEqual(budget["verdict"] as? String, "contained trap")
        XCTAssertEqual((budget["trap"] as? [String: Any])?["kind"] as? String, "out_of_fuel")
        let dump = try XCTUnwrap(budget["dump"] as? String)
        XCTAssertNotNil(try? json(folder.appendingPathComponent(dump)), "the JSON dump exists and parses")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(dump.replacingOccurrences(of: ".json", with: ".txt")).path))

        let junit = try XML(folder.appendingPathComponent("junit.xml"))
        XCTAssertEqual(junit.elements.first, "testsuites")
        XCTAssertEqual(junit.count("testcase"), checks.count)
        XCTAssertEqual(junit.count("failure"), 0)
        XCTAssertEqual(junit.count("skipped"), summary["skipped"])
        XCTAssertEqual(junit.attributes("testsuites").first?["tests"], "\(checks.count)")

        let badge = try XML(folder.appendingPathComponent("badge.svg"))
        XCTAssertEqual(badge.elements.first, "svg")
        XCTAssertTrue(badge.text.contains("proxy-wasm"))
        XCTAssertTrue(badge.text.contains("\(summary["passed"]!)/\(summary["passed"]!) passing"), badge.text)
        XCTAssertTrue(badge.attributes("rect").contains { $0["fill"] == Badge.green })
    }

    func testNoArgumentsMeanCheckOfTheBundledPluginWithItsExpectations() throws {
        let request = try XCTUnwrap(CheckCommand.parseRequest([]))
        XCTAssertTrue(request.bundled)
        XCTAssertEqual(request.plugins.map { URL(fileURLWithPath: $0).standardizedFileURL.path }, [BundledPlugin.headerFilterURL.standardizedFileURL.path])
        XCTAssertEqual(request.expectationsPath.map { URL(fileURLWithPath: $0).standardizedFileURL.path }, BundledPlugin.headerFilterExpectationsURL.standardizedFileURL.path)
        XCTAssertTrue(request.outDirectory.path.hasSuffix(".build/reports"))
        // A plugin path or an option as the first argument also means check.
        XCTAssertTrue(ProxyWasmCheckCLI.looksLikePlugin("plugin.wasm"))
        let run = cli([Self.pathGuard, "--only", "load", "--out", directory.path])
        XCTAssertEqual(run.status, 0, run.all)
        XCTAssertEqual(run.out.first, "path_guard.wasm: PASSED, 7/7 checks (load 7)")
    }

    // MARK: Bad inputs

    func testBadInputsExitTwoWithOneLine() throws {
        let text = try write("hello, I am not a module\n", name: "notes.wasm")
        let wat = try write("(module (memory 1))\n", name: "plugin.wat")
        let truncated = try write(Array(try Data(contentsOf: URL(fileURLWithPath: Self.headerFilter)).prefix(4_000)), name: "truncated.wasm")
        let empty = try write([], name: "empty.wasm")
        let cases: [(String, String)] = [
            (directory.appendingPathComponent("missing.wasm").path, "no such file"),
            (directory.path, "is a directory"),
            (text, "not a WebAssembly binary"),
            (wat, "WebAssembly text (WAT)"),
            (truncated, "truncated WebAssembly module"),
            (empty, "the file is empty"),
        ]
        for (path, reason) in cases {
            let run = cli(["check", path, "--out", directory.appendingPathComponent("out").path])
            XCTAssertEqual(run.status, 2, path)
            XCTAssertEqual(run.out, [], path)
            XCTAssertEqual(run.err.count, 1, "\(path): \(run.err)")
            XCTAssertTrue(run.err.first?.hasPrefix("error: ") ?? false, path)
            XCTAssertTrue(run.err.first?.contains(reason) ?? false, "\(path): \(run.err)")
        }
        // A readable file that is not loadable still gets a report and a red badge.
        let report = try json(directory.appendingPathComponent("out/truncated/report.json"))
        XCTAssertEqual(report["passed"] as? Bool, false)
        XCTAssertTrue((report["loadError"] as? String)?.contains("truncated") ?? false)
        let badge = try XML(directory.appendingPathComponent("out/truncated/badge.svg"))
        XCTAssertTrue(badge.text.contains("not loadable"))
        XCTAssertTrue(badge.attributes("rect").contains { $0["fill"] == Badge.red })
    }

    func testUsageErrors() throws {
        XCTAssertEqual(cli(["check", Self.pathGuard, "--failure-policy", "sideways"]).err.first?.contains("expected closed, open or reload"), true)
        XCTAssertEqual(cli(["check", Self.pathGuard, "--fuel", "lots"]).status, 2)
        XCTAssertEqual(cli(["check", Self.pathGuard, "--quiet", "--verbose"]).status, 2)
        XCTAssertEqual(cli(["check", Self.pathGuard, "--frobnicate"]).err, ["error: unknown option '--frobnicate' (see 'proxy-wasm-check check --help')"])
        let missing = cli(["check", Self.pathGuard, "--expect", directory.appendingPathComponent("none.json").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.first?.contains("no such file") ?? false, missing.all)
        let typo = try write(#"{"cases": [{"name": "x", "expect": {"requestHeader": {}}}]}"#, name: "typo.json")
        let bad = cli(["check", Self.pathGuard, "--expect", typo])
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.err.count, 1)
        XCTAssertTrue(bad.err[0].contains("cases[x].expect: unknown key 'requestHeader'"), bad.err[0])
        XCTAssertTrue(cli(["check", "--help"]).out.first?.hasPrefix("USAGE: proxy-wasm-check [check] [PLUGIN.wasm...]") ?? false)
    }

    // MARK: Broken plugins

    func testBrokenPluginGetsFailedChecksARedBadgeAndReadableDumps() throws {
        let entry = try XCTUnwrap(FaultCatalogue.entry("traps.unreachable_panic"))
        let path = try write(try entry.moduleBytes(), name: "panicking.wasm")
        let out = directory.appendingPathComponent("out")
        let run = cli([path, "--out", out.path, "--only", "load,conformance,isolation.adversarial"])
        XCTAssertEqual(run.status, 1, run.all)
        XCTAssertTrue(run.out.first?.hasPrefix("panicking.wasm: FAILED") ?? false, run.all)
        XCTAssertTrue(run.out.contains { $0.contains("✗ conformance.http.exchange: proxy_on_request_headers trapped: unreachable") }, run.all)

        let folder = out.appendingPathComponent("panicking")
        let report = try json(folder.appendingPathComponent("report.json"))
        XCTAssertEqual(report["passed"] as? Bool, false)
        let checks = try XCTUnwrap(report["checks"] as? [[String: Any]])
        let exchange = try XCTUnwrap(checks.first { $0["id"] as? String == "conformance.http.exchange" })
        XCTAssertEqual(exchange["status"] as? String, "failed")
        XCTAssertEqual(exchange["dump"] as? String, "faults/conformance.http.exchange.txt")
        // Every adversarial run traps in the same place: contained, so those checks pass.
        let adversarial = checks.filter { ($0["id"] as? String)?.hasPrefix("isolation.adversarial.") ?? false }
        XCTAssertEqual(adversarial.count, 8)
        XCTAssertTrue(adversarial.allSatisfy { $0["status"] as? String == "passed" })

        let text = try String(contentsOf: folder.appendingPathComponent("faults/conformance.http.exchange.txt"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("FAULT REPORT — conformance.http.exchange"), text)
        XCTAssertTrue(text.contains("trap:      unreachable (unreachable)"), text)
        XCTAssertTrue(text.contains("fault_panic"), "the backtrace names the function: \(text)")
        XCTAssertTrue(text.contains("▶"), "the faulting instruction is marked: \(text)")
        let dump = try json(folder.appendingPathComponent("faults/conformance.http.exchange.json"))
        XCTAssertEqual((dump["trap"] as? [String: Any])?["kind"] as? String, "unreachable")
        XCTAssertEqual(dump["callback"] as? String, "proxy_on_request_headers")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("faults/isolation.adversarial.non_utf8.txt").path))

        let badge = try XML(folder.appendingPathComponent("badge.svg"))
        XCTAssertTrue(badge.text.contains("1 failing"), badge.text)
        XCTAssertTrue(badge.attributes("rect").contains { $0["fill"] == Badge.red })
        let junit = try XML(folder.appendingPathComponent("junit.xml"))
        XCTAssertEqual(junit.count("failure"), 1)
        XCTAssertEqual(junit.attributes("failure").first?["type"], "conformance.http.exchange")
    }

    func testPluginPassingInvalidPointersFailsThePointerCheck() throws {
        let entry = try XCTUnwrap(FaultCatalogue.entry("host-abuse.pointer_past_end"))
        let path = try write(try entry.moduleBytes(), name: "pointers.wasm")
        let run = cli([path, "--out", directory.path, "--only", "conformance", "--quiet"])
        XCTAssertEqual(run.status, 1, run.all)
        XCTAssertEqual(run.err, [], "--quiet prints no progress")
        XCTAssertEqual(run.out.count, 1, "--quiet prints the verdict line only")
        let report = try json(directory.appendingPathComponent("pointers/report.json"))
        let failed = (report["checks"] as? [[String: Any]] ?? []).filter { $0["status"] as? String == "failed" }.compactMap { $0["id"] as? String }
        XCTAssertEqual(failed, ["conformance.pointers"])
    }

    /// A configuration that makes the header filter add a header with a space in its name and
    /// a line feed in its value, or a second :path: the stream is no longer valid HTTP.
    func testWellFormednessCatchesInvalidHeaders() throws {
        let invalid = cli([Self.headerFilter, "--plugin-config", #"{"header": "X A", "value": "a\nb"}"#, "--only", "conformance.http", "--out", directory.path])
        XCTAssertEqual(invalid.status, 1, invalid.all)
        XCTAssertTrue(invalid.out.contains("  ✗ conformance.http.well_formed: 2 problems: request headers: header name 'x a' contains a space; request headers: the value of 'x a' contains a line feed"), invalid.all)
        let duplicate = cli([Self.headerFilter, "--plugin-config", #"{"header": ":path", "value": "/x"}"#, "--only", "conformance.http.well_formed", "--out", directory.path])
        XCTAssertTrue(duplicate.out.contains("  ✗ conformance.http.well_formed: 1 problem: request headers: pseudo-header ':path' appears more than once"), duplicate.all)
    }

    /// A plugin whose memory grows on every request until the cap stops it fails the leak check.
    func testMemoryGrowthFailsTheLeakCheck() throws {
        let path = try write(try XCTUnwrap(FaultCatalogue.entry("memory.grow_bomb_stream")).moduleBytes(), name: "grower.wasm")
        let run = cli([path, "--only", "conformance.leak", "--max-memory-pages", "512", "--out", directory.path])
        XCTAssertEqual(run.status, 1, run.all)
        XCTAssertTrue(run.out.contains { $0.hasPrefix("  ✗ conformance.leak: memory grew to the cap of 512 pages") }, run.all)
    }

    // MARK: Any plugin

    /// path_guard (hand-written WAT) blocks /admin with a local 403 and removes headers: a
    /// different plugin from the header filter, checked with its own expectations.
    func testPathGuardPassesWithItsExpectations() throws {
        let run = cli([Self.pathGuard, "--expect", Self.pathGuardExpect, "--out", directory.path, "--json"])
        XCTAssertEqual(run.status, 0, run.all)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "--json prints report.json")
        XCTAssertEqual(report["passed"] as? Bool, true)
        let checks = try XCTUnwrap(report["checks"] as? [[String: Any]])
        let expect = checks.filter { $0["category"] as? String == "expect" }
        XCTAssertEqual(expect.count, 4)
        XCTAssertTrue(expect.allSatisfy { $0["status"] as? String == "passed" }, "\(expect)")
        XCTAssertEqual((report["plugin"] as? [String: Any])?["file"] as? String, "path_guard.wasm")
    }

    func testAWrongExpectationIsReportedPrecisely() throws {
        let wrong = try write("""
            {"cases": [{"name": "admin_gets_404", "request": {"headers": [[":method", "GET"], [":path", "/admin"], [":authority", "x"]]},
                        "expect": {"localResponse": {"status": 404}, "logs": [{"level": "warn", "contains": "blocked"}]}}]}
            """, name: "wrong.json")
        let run = cli([Self.pathGuard, "--expect", wrong, "--only", "expect", "--out", directory.path])
        XCTAssertEqual(run.status, 1, run.all)
        XCTAssertTrue(run.out.contains("  ✗ expect.admin_gets_404: local reply status 403, expected 404 (and 1 more)"), run.all)
        XCTAssertTrue(run.out.contains { $0.contains("no log line [warn] containing 'blocked'") }, run.all)
    }

    /// The C ABI exerciser imports the four v0.1.0-only functions in a 0.2.1 module: Envoy
    /// would not load it, so neither does check; with --link-all-abi-versions it passes,
    /// fault injection included (every host function it imports, each non-OK status).
    func testABIExerciserNeedsLinkAllABIVersions() throws {
        let refused = cli([Self.exerciser, "--out", directory.path])
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.out, [])
        XCTAssertEqual(refused.err.count, 1, refused.all)
        XCTAssertTrue(refused.err[0].contains("env.proxy_get_configuration"), refused.err[0])
        XCTAssertTrue(refused.err[0].contains("--link-all-abi-versions"), refused.err[0])

        let linked = cli([Self.exerciser, "--link-all-abi-versions", "--out", directory.path, "--quiet"])
        XCTAssertEqual(linked.status, 0, linked.all)
        let report = try json(directory.appendingPathComponent("abi_exerciser/report.json"))
        let checks = try XCTUnwrap(report["checks"] as? [[String: Any]])
        XCTAssertEqual(checks.first { $0["id"] as? String == "conformance.tcp" }?["status"] as? String, "passed", "TCP callbacks exercised")
        XCTAssertEqual(checks.first { $0["id"] as? String == "conformance.lifecycle.tick" }?["status"] as? String, "passed")
        XCTAssertNil(checks.first { $0["id"] as? String == "isolation" }, "isolation is not skipped")
        let injected = checks.filter { ($0["id"] as? String)?.hasPrefix("isolation.host-call.") ?? false }
        XCTAssertGreaterThan(injected.count, 50, "host-call faults for the exerciser's many imports")
        XCTAssertTrue(injected.allSatisfy { $0["status"] as? String == "passed" })
    }

    func testSeveralPluginsOneFolderEachAndTheWorstStatus() throws {
        let broken = try write(try XCTUnwrap(FaultCatalogue.entry("memory.oob_load")).moduleBytes(), name: "oob.wasm")
        let run = cli([Self.pathGuard, broken, "--only", "load,conformance.http", "--out", directory.path, "--quiet"])
        XCTAssertEqual(run.status, 1, run.all)
        XCTAssertEqual(run.out.count, 2)
        XCTAssertTrue(run.out[0].hasPrefix("path_guard.wasm: PASSED"))
        XCTAssertTrue(run.out[1].hasPrefix("oob.wasm: FAILED"))
        for name in ["path_guard", "oob"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(name)/report.json").path))
        }
        let missing = cli([Self.pathGuard, directory.appendingPathComponent("nope.wasm").path, "--only", "load", "--out", directory.path, "--quiet"])
        XCTAssertEqual(missing.status, 2, "a missing file makes the whole run a usage error")
    }

    func testOnlySelectsChecksByIdOrPrefix() throws {
        let run = cli([Self.headerFilter, "--only", "conformance.leak", "--only", "load.abi,isolation.host-call.proxy_log", "--out", directory.path, "--json"])
        XCTAssertEqual(run.status, 0, run.all)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let ids = (report["checks"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        XCTAssertEqual(ids, ["load.abi", "conformance.leak", "isolation.host-call.proxy_log=BAD_ARGUMENT", "isolation.host-call.proxy_log=INVALID_MEMORY_ACCESS"])
    }

    func testConfigurationOptionsReachThePlugin() throws {
        let refused = cli([Self.headerFilter, "--plugin-config", #"{"header": ""}"#, "--only", "conformance.lifecycle", "--out", directory.path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.out.contains { $0.contains("✗ conformance.lifecycle.configure: proxy_on_configure returned false") }, refused.all)
        let file = try write(#"{"header": "X-From-File", "value": "1"}"#, name: "config.json")
        let accepted = cli([Self.headerFilter, "--plugin-config", file, "--only", "conformance", "--out", directory.path, "--verbose"])
        XCTAssertEqual(accepted.status, 0, accepted.all)
        XCTAssertTrue(accepted.out.contains { $0.contains("x-from-file: 1") || $0.contains("adding header X-From-File: 1") }, accepted.all)
    }

    // MARK: inspect and faults

    func testInspect() throws {
        let ok = cli(["inspect", Self.headerFilter])
        XCTAssertEqual(ok.status, 0, ok.all)
        XCTAssertTrue(ok.out.contains("  ABI        0.2.1 (proxy_abi_version_0_2_1)"), ok.all)
        XCTAssertTrue(ok.out.contains { $0.hasPrefix("  ✓ env.proxy_log ") })
        XCTAssertEqual(ok.out.last, "no problems: a proxy-wasm host would load it")
        let exerciser = cli(["inspect", Self.exerciser])
        XCTAssertEqual(exerciser.status, 1)
        XCTAssertTrue(exerciser.out.contains { $0.hasPrefix("  ✗ env.proxy_continue_request ") && $0.contains("only for other ABI versions than 0.2.1") }, exerciser.all)
        let json = cli(["inspect", Self.pathGuard, "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((object["imports"] as? [Any])?.count, 6)
        XCTAssertEqual(cli(["inspect", try write("nope", name: "x.wasm")]).status, 2)
    }

    func testFaultsListsTheCatalogueAsMarkdown() throws {
        let run = cli(["faults", "--markdown"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.out.first, "| id | category | trigger | what it does | expected containment |")
        XCTAssertEqual(run.out.filter { $0.hasPrefix("| `") }.count, FaultCatalogue.all.count)
        for entry in FaultCatalogue.all { XCTAssertTrue(run.stdout.contains("| `\(entry.id)` |"), entry.id) }
        XCTAssertEqual(cli(["faults"]).status, 0)
    }

    func testFaultsRunProvesContainmentWithItsOwnBadge() throws {
        let run = cli(["faults", "--run", "--only", "traps.divide_by_zero,memory.oob_load", "--no-recovery", "--out", directory.path, "--quiet"])
        XCTAssertEqual(run.status, 0, run.all)
        XCTAssertEqual(run.out.first, "sandbox: every fault contained, 2/2 contained (2 catalogue entries, fail-closed)")
        let report = try json(directory.appendingPathComponent("sandbox/report.json"))
        XCTAssertEqual((report["summary"] as? [String: Int])?["passed"], 2)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("sandbox/faults/traps.divide_by_zero.txt").path))
        let badge = try XML(directory.appendingPathComponent("sandbox/badge.svg"))
        XCTAssertTrue(badge.text.contains("sandbox") && badge.text.contains("2/2 contained"), badge.text)
    }

    // MARK: Helpers

    private struct Outcome {
        var status: Int32
        var out: [String]
        var err: [String]
        var stdout: String
        var all: String { (out + err).joined(separator: "\n") }
    }

    private func cli(_ arguments: [String]) -> Outcome {
        let capture = CapturingConsole()
        let status = ProxyWasmCheckCLI.main(arguments: arguments, console: capture.console)
        return Outcome(status: status, out: capture.outputLines, err: capture.errorLines, stdout: capture.output)
    }

    private func write(_ text: String, name: String) throws -> String { try write(Array(text.utf8), name: name) }

    private func write(_ bytes: [UInt8], name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func json(_ url: URL) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any], url.path)
    }

    /// A parsed XML document: element names in order, their attributes, and all text.
    private final class XML: NSObject, XMLParserDelegate {
        private(set) var elements: [String] = []
        private(set) var attributeList: [(String, [String: String])] = []
        private(set) var text = ""

        init(_ url: URL) throws {
            super.init()
            let parser = XMLParser(data: try Data(contentsOf: url))
            parser.delegate = self
            guard parser.parse() else {
                throw NSError(domain: "XML", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(url.lastPathComponent) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")"])
            }
        }

        func count(_ name: String) -> Int { elements.filter { $0 == name }.count }
        func attributes(_ name: String) -> [[String: String]] { attributeList.filter { $0.0 == name }.map(\.1) }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(elementName)
            attributeList.append((elementName, attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }
}
