import Foundation
import XCTest
import Interpreter

/// The official WebAssembly 2.0 core spec tests (the 90 non-SIMD files), converted by
/// `scripts/convert-spec-tests.sh` into `.build/spectest/`. Skips, saying so, when they
/// have not been converted (no test suite or no converter on this machine).
final class SpecTests: XCTestCase {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var convertedDirectory: URL {
        if let dir = ProcessInfo.processInfo.environment["SPECTEST_JSON_DIR"] { return URL(fileURLWithPath: dir) }
        return packageRoot.appendingPathComponent(".build/spectest")
    }

    func testOfficialSpecSuite() throws {
        let dir = Self.convertedDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.sorted() ?? []
        let only = ProcessInfo.processInfo.environment["SPECTEST_ONLY"].map { Set($0.split(separator: ",").map(String.init)) }
        let files = names.filter { !$0.hasPrefix("simd_") && (only == nil || only!.contains($0)) }
            .map { dir.appendingPathComponent($0).appendingPathComponent("\($0).json") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        guard !files.isEmpty else {
            throw XCTSkip("spec tests not converted: run scripts/convert-spec-tests.sh (needs ../shared/wasm-testsuite or WASM_TESTSUITE, and python3 for wabt 1.0.42)")
        }
        var total = SpecTestRunner.Outcome()
        for file in files {
            let outcome = try SpecTestRunner(json: file).run()
            let name = file.deletingPathExtension().lastPathComponent
            print("spectest \(name): \(outcome.passed) passed, \(outcome.failed) failed, \(outcome.skipped) skipped")
            for failure in outcome.failures.prefix(20) { print("  FAIL \(failure)") }
            total.passed += outcome.passed
            total.failed += outcome.failed
            total.skipped += outcome.skipped
        }
        print("spectest total (\(files.count) files): \(total.passed) passed, \(total.failed) failed, \(total.skipped) skipped")
        XCTAssertEqual(total.failed, 0, "spec test failures (see the FAIL lines above)")
        if only == nil {
            XCTAssertEqual(files.count, 90, "expected the 90 non-SIMD spec files")
            XCTAssertEqual(total.skipped, 581, "only the 581 text-format assertions may be skipped")
        }
    }
}
