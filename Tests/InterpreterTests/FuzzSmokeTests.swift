import Foundation
import XCTest

/// The CI part of issue 6's fuzzing (docs/fuzzing.md): a short seeded crash-fuzzing
/// campaign of the decoder, validator, instantiation and executor, run through the
/// `wasm-fuzz` tool built with the package (so a crash is caught by the campaign's
/// supervisor and reported with its input, instead of killing the test run).
/// The long campaign is scripts/fuzz/campaign.sh, not a test.
final class FuzzSmokeTests: XCTestCase {
    /// Fixed: the same inputs on every run, so a failure here reproduces with
    /// `wasm-fuzz crash --seed 6006 --start <index> --inputs 1`.
    static let seed = "6006"

    func testSeededCrashCampaign() throws {
        let tool = try WasmFuzzTool.locate()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-smoke-\(getpid())")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try tool.run(["campaign", "--seed", Self.seed, "--inputs", "40000", "--host-iterations", "0", "--out", out.path], timeout: 600)
        print(run.stdout)
        let figures = try XCTUnwrap(run.figures("FUZZ-FIGURES"), "no figures in the output:\n\(run.stdout)\n\(run.stderr)")
        XCTAssertEqual(figures["crash_inputs"] as? Int, 40_000)
        XCTAssertEqual(figures["crashes"] as? Int, 0, "crashes (inputs under \(out.path)/findings):\n\(run.stdout)")
        XCTAssertEqual(figures["hangs"] as? Int, 0, run.stdout)
        XCTAssertEqual(figures["memory"] as? Int, 0, run.stdout)
        XCTAssertEqual(figures["anomalies"] as? Int, 0, run.stdout)
        XCTAssertGreaterThan(figures["instantiated"] as? Int ?? 0, 1_000, "too few inputs reached the executor")
        XCTAssertEqual(run.status, 0, run.stderr)
    }

    /// The supervisor must notice a crash and a hang, keep their inputs and carry on.
    func testSupervisorRecordsCrashesAndHangs() throws {
        let tool = try WasmFuzzTool.locate()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-selftest-\(getpid())")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try tool.run(["campaign", "--seed", "1", "--inputs", "400", "--host-iterations", "0", "--hang-seconds", "1", "--out", out.path],
                               environment: ["WASM_FUZZ_SELFTEST_CRASH_AT": "100", "WASM_FUZZ_SELFTEST_HANG_AT": "200"], timeout: 120)
        let figures = try XCTUnwrap(run.figures("FUZZ-FIGURES"), run.stdout + run.stderr)
        XCTAssertEqual(figures["crashes"] as? Int, 1, run.stdout)
        XCTAssertEqual(figures["hangs"] as? Int, 1, run.stdout)
        XCTAssertEqual(figures["crash_inputs"] as? Int, 400, "the campaign must resume after each finding")
        XCTAssertEqual(run.status, 1)
        let findings = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("findings").path).sorted()
        XCTAssertEqual(findings, ["crash-crash-seed1-100.bin", "crash-hang-seed1-200.bin"])
    }

    /// A misspelt option is an error naming the options the command knows (it must not run
    /// the defaults instead); `--help` prints the usage and succeeds.
    func testUnknownOptionsAreRefusedAndHelpSucceeds() throws {
        let tool = try WasmFuzzTool.locate()
        let misspelt = try tool.run(["host", "--episodes", "5"], timeout: 60)
        XCTAssertEqual(misspelt.status, 2)
        XCTAssertTrue(misspelt.stderr.contains("wasm-fuzz host: unknown option --episodes"), misspelt.stderr)
        XCTAssertTrue(misspelt.stderr.contains("--iterations"), misspelt.stderr)
        XCTAssertEqual(misspelt.stdout, "", "nothing ran")
        let help = try tool.run(["crash", "--help"], timeout: 60)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.hasPrefix("usage: wasm-fuzz <command> [options]"), help.stdout)
    }
}

/// The `wasm-fuzz` executable of this package, next to the test bundle.
struct WasmFuzzTool {
    let url: URL

    static func locate() throws -> WasmFuzzTool {
        if let p = ProcessInfo.processInfo.environment["WASM_FUZZ"] { return WasmFuzzTool(url: URL(fileURLWithPath: p)) }
        var directories = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()]
        directories.append(Bundle.module.bundleURL.deletingLastPathComponent())
        directories.append(Bundle(for: FuzzSmokeTests.self).bundleURL.deletingLastPathComponent())
        for d in directories {
            let candidate = d.appendingPathComponent("wasm-fuzz")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return WasmFuzzTool(url: candidate) }
        }
        throw XCTSkip("wasm-fuzz is not built next to the tests (swift build --product wasm-fuzz, or set WASM_FUZZ)")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        /// The JSON object after `prefix ` on a line of stdout.
        func figures(_ prefix: String) -> [String: Any]? {
            for line in stdout.split(separator: "\n") where line.hasPrefix(prefix + " ") {
                let json = line.dropFirst(prefix.count + 1)
                return (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
            }
            return nil
        }
    }

    func run(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval) throws -> Run {
        let p = Process()
        p.executableURL = url
        p.arguments = arguments
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read both pipes while the process runs (a full pipe would block it).
        let outData = DataBox(), errData = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outData.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(20_000) }
        if p.isRunning {
            p.terminate()
            p.waitUntilExit()
            group.wait()
            throw TestSupportError("wasm-fuzz \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s")
        }
        p.waitUntilExit()
        group.wait()
        return Run(status: p.terminationStatus, stdout: String(decoding: outData.data, as: UTF8.self), stderr: String(decoding: errData.data, as: UTF8.self))
    }

    /// A pipe's bytes, filled by a reader thread.
    final class DataBox: @unchecked Sendable { var data = Data() }
}
