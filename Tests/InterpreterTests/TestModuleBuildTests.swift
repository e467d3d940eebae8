import Foundation
import XCTest
import Interpreter

/// The committed `.wasm` builds of `Modules/*.wat` are what `scripts/build-test-modules.sh`
/// produces: rebuilds them into a temporary directory and compares the bytes. Skips when
/// wabt's wat2wasm 1.0.42 is not available (another version may encode differently).
final class TestModuleBuildTests: XCTestCase {
    static let wabtVersion = "1.0.42"

    private func findWat2wasm() -> String? {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["WAT2WASM"] { candidates.append(explicit) }
        candidates.append(TestModules.packageRoot.appendingPathComponent(".build/tools/venv/bin/wat2wasm").path)
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append("\(dir)/wat2wasm")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testCommittedModulesMatchTheirSources() throws {
        guard let wat2wasm = findWat2wasm() else {
            throw XCTSkip("wat2wasm not found (run scripts/setup-tools.sh or set WAT2WASM)")
        }
        let (status, version) = try run(wat2wasm, ["--version"])
        guard status == 0, version.trimmingCharacters(in: .whitespacesAndNewlines) == Self.wabtVersion else {
            throw XCTSkip("wat2wasm \(version.trimmingCharacters(in: .whitespacesAndNewlines)) is not wabt \(Self.wabtVersion)")
        }
        let script = TestModules.packageRoot.appendingPathComponent("scripts/build-test-modules.sh").path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("interpreter-test-modules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let (buildStatus, log) = try run("/bin/bash", [script, "--no-install", out.path], environment: ["WAT2WASM": wat2wasm])
        XCTAssertEqual(buildStatus, 0, log)

        let names = try TestModules.watNames()
        XCTAssertGreaterThanOrEqual(names.count, 6)
        for name in names {
            let rebuilt = try Data(contentsOf: out.appendingPathComponent("\(name).wasm"))
            let committed = try Data(contentsOf: TestModules.sourceDirectory.appendingPathComponent("\(name).wasm"))
            XCTAssertEqual(rebuilt, committed, "\(name).wasm differs from a rebuild of \(name).wat: run scripts/build-test-modules.sh")
            // The bundled copy is the committed one.
            XCTAssertTrue(committed == Data(try TestModules.bytes(name)), "the bundled \(name).wasm is not the committed one")
        }
    }

    func testEveryTestModuleIsValidWebAssembly20() throws {
        // All sources build into modules this engine accepts (they use 2.0 features only).
        for name in try TestModules.watNames() {
            XCTAssertNoThrow(try TestModules.module(name), name)
        }
    }
}
