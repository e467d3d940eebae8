import Foundation
import XCTest
import Interpreter
import MockHost

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

    /// Found by the first host-fuzzing run: `proxy_set_header_map_pairs` replaced a map with
    /// one far above `HostLimits.maxHeaderMapEntries`/`maxHeaderMapBytes` (136 entries against
    /// a cap of 8), which `add`/`replace` refuse. Replayed here with the fuzzing plugin and a
    /// hand-written program: the call must answer BAD_ARGUMENT and leave the map alone.
    func testRegression_setHeaderMapPairsRespectsTheCaps() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fixtures/test_plugins/host_fuzzer.wasm")
        let bytes = [UInt8](try Data(contentsOf: url))
        let module = try Module(bytes: bytes)
        let setPairs = try XCTUnwrap(module.imports.firstIndex { $0.name == "proxy_set_header_map_pairs" })
        var limits = HostLimits()
        limits.maxHeaderMapEntries = 8
        limits.maxHeaderMapBytes = 512
        let host = MockHost(limits: limits)
        host.linksHostFunctionsOfEveryABIVersion = true

        // The program (format: scripts/fuzz/gen_host_fuzzer.py): result 0, allocator mode 0,
        // a blob with 20 serialised pairs (copied to 0x10000), one call
        // proxy_set_header_map_pairs(request headers, 0x10000, size).
        let pairs = PairsSerialization.serialize((0..<20).map { (Array("x-\($0)".utf8), Array("v".utf8)) })
        func u32(_ v: Int) -> [UInt8] { withUnsafeBytes(of: UInt32(v).littleEndian) { Array($0) } }
        func u64(_ v: Int) -> [UInt8] { withUnsafeBytes(of: UInt64(v).littleEndian) { Array($0) } }
        var program = u32(0) + u32(0) + u32(pairs.count) + u32(1) + pairs
        program += u32(setPairs) + u64(0) + u64(0x10000) + u64(pairs.count) + Array(repeating: 0, count: 8 * 9)
        var statuses: [UInt32] = []
        var armed = false
        host.registerForeignFunction("fuzz_program") { args in
            // Callback id 9 is proxy_on_request_headers; every other callback does nothing.
            guard armed, args.first == 9 else { return u32(1) + u32(0) + u32(0) + u32(0) }
            return program
        }
        host.registerForeignFunction("fuzz_report") { report in
            statuses += stride(from: 4, to: report.count, by: 8).map { i in
                UInt32(report[i]) | UInt32(report[i + 1]) << 8 | UInt32(report[i + 2]) << 16 | UInt32(report[i + 3]) << 24
            }
            return []
        }
        let vm = try host.loadPlugin(module)
        try vm.start()
        armed = true
        let stream = vm.openHTTPStream()
        _ = stream.sendRequestHeaders([":method": "GET", ":path": "/"])
        XCTAssertEqual(statuses, [ProxyStatus.badArgument.rawValue], "a map above the caps must be refused")
        XCTAssertEqual(stream.requestHeaders.count, 2, "the map must be left unchanged")
        XCTAssertNil(vm.failure)
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
