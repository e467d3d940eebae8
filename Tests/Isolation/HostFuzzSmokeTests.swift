import Foundation
import XCTest

/// The CI part of the host fuzzing of issue 6 (docs/fuzzing.md): a short seeded run of
/// `wasm-fuzz host`, where fixtures/test_plugins/host_fuzzer.wasm calls every proxy_*
/// (and WASI, Emscripten) host function with random, often hostile, arguments from random
/// callbacks. The host must answer every call with a status of its family, keep every cap
/// and CAS invariant, fail the VM only for reasons the plugin caused, and never crash.
final class HostFuzzSmokeTests: XCTestCase {
    /// Fixed, so a failure reproduces with `wasm-fuzz host --seed 6006 --start <episode> --iterations 1 --verbose`.
    static let seed = "6006"

    func testSeededHostFuzzing() throws {
        let tool = try locateWasmFuzz()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("host-fuzz-smoke-\(getpid())")
        defer { try? FileManager.default.removeItem(at: out) }
        let p = Process()
        p.executableURL = tool
        p.arguments = ["host", "--seed", Self.seed, "--iterations", "100", "--quiet", "--out", out.path]
        let stdout = Pipe(), stderr = Pipe()
        p.standardOutput = stdout
        p.standardError = stderr
        try p.run()
        let errData = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData.data = stderr.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        group.wait()
        let text = String(decoding: outData, as: UTF8.self)
        let errors = String(decoding: errData.data, as: UTF8.self)
        XCTAssertEqual(p.terminationReason, .exit, "wasm-fuzz host crashed (signal \(p.terminationStatus)): \(errors)")
        XCTAssertEqual(p.terminationStatus, 0, errors)
        let line = try XCTUnwrap(text.split(separator: "\n").last, "no summary: \(errors)")
        let summary = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let stats = try XCTUnwrap(summary["stats"] as? [String: Any])
        print("host fuzzing: \(line)")
        XCTAssertEqual(stats["episodes"] as? Int, 100)
        XCTAssertEqual(stats["violations"] as? Int, 0, "\(summary["notes"] ?? "")")
        XCTAssertEqual(stats["bad_statuses"] as? Int, 0, "\(summary["notes"] ?? "")")
        XCTAssertEqual(stats["load_failures"] as? Int, 0)
        XCTAssertGreaterThan(stats["host_calls"] as? Int ?? 0, 10_000, "too few host calls")
        XCTAssertGreaterThan(stats["statuses_checked"] as? Int ?? 0, 5_000)
    }

    /// Standard error's bytes, filled by a reader thread.
    private final class DataBox: @unchecked Sendable { var data = Data() }

    private func locateWasmFuzz() throws -> URL {
        if let p = ProcessInfo.processInfo.environment["WASM_FUZZ"] { return URL(fileURLWithPath: p) }
        var directories = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()]
        directories.append(Bundle(for: HostFuzzSmokeTests.self).bundleURL.deletingLastPathComponent())
        for d in directories {
            let candidate = d.appendingPathComponent("wasm-fuzz")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw XCTSkip("wasm-fuzz is not built next to the tests (swift build --product wasm-fuzz, or set WASM_FUZZ)")
    }
}
