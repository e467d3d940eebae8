import CheckKit
import Foundation
import XCTest

/// The load, generic conformance and expectation checks of `proxy-wasm-check`, run on the
/// plugin under test: `PROXY_WASM_PLUGIN=/path/plugin.wasm PROXY_WASM_EXPECT=expect.json
/// swift test --filter Conformance.PluginUnderTest` (without them: the bundled header filter
/// and fixtures/header_filter/expect.json). Each failing check is one test failure, named by
/// its id. See PluginUnderTest for the other variables (configuration, root id).
final class PluginUnderTestConformanceTests: XCTestCase {
    /// One run of the load, conformance and expect checks, shared by the tests below.
    static let outcome: Result<PluginReport, CommandError> = {
        do throws(CommandError) {
            let plugin = try PluginUnderTest.fromEnvironment()
            return .success(try plugin.check(only: ["load", "conformance", "expect"]))
        } catch {
            return .failure(error)
        }
    }()

    func report() throws -> PluginReport {
        switch Self.outcome {
        case .success(let report): return report
        case .failure(let error): throw error
        }
    }

    /// Fails once per failed check of `category`, with its id, message and dump.
    func assertPassed(_ category: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let report = try report()
        if let loadError = report.loadError {
            return XCTFail("\(report.plugin.file) cannot be loaded: \(loadError)", file: file, line: line)
        }
        let checks = report.checks.filter { $0.category == category }
        for check in checks where check.status == .failed {
            XCTFail("\(check.id): \(check.message)" + (check.dump.map { " (fault dump: \($0))" } ?? "")
                    + (check.details.isEmpty ? "" : "\n  " + check.details.prefix(8).joined(separator: "\n  ")), file: file, line: line)
        }
        let passed = checks.filter { $0.status == .passed }.count
        let skipped = checks.filter { $0.status == .skipped }.map { "\($0.id) (\($0.message))" }
        print("\(report.plugin.file): \(category): \(passed)/\(checks.count - skipped.count) passed" + (skipped.isEmpty ? "" : "; skipped: \(skipped.joined(separator: ", "))"))
    }

    func testLoadsAndDeclaresTheABI() throws {
        try assertPassed("load")
        let report = try report()
        XCTAssertNotNil(report.plugin.abiVersion, "the plugin declares a known ABI version")
        XCTAssertNotNil(report.plugin.allocator, "the plugin exports an allocator")
    }

    func testGenericConformance() throws {
        try assertPassed("conformance")
        let report = try report()
        // The checks every plugin runs (tick and TCP are skipped when not exported).
        for id in ["conformance.lifecycle.configure", "conformance.http.exchange", "conformance.http.teardown",
                   "conformance.pointers", "conformance.leak", "conformance.determinism"] where report.loadError == nil {
            XCTAssertNotNil(report.check(id), "\(id) ran")
        }
    }

    func testExpectations() throws {
        let plugin = try PluginUnderTest.fromEnvironment()
        guard plugin.expectationsPath != nil else {
            throw XCTSkip("no expectations file: set PROXY_WASM_EXPECT to check the plugin's own behaviour")
        }
        try assertPassed("expect")
        XCTAssertFalse(try report().checks.filter { $0.category == "expect" }.isEmpty, "the expectations file has cases")
    }
}
