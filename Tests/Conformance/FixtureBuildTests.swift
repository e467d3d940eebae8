import Foundation
import XCTest

/// The committed fixture binaries are what their sources build to (where the toolchains are
/// present: Debian's rustc with the wasm32 standard library, and the Swift toolchain's
/// clang and wasm-ld). The build scripts are reproducible.
final class FixtureBuildTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func rebuild(_ script: String, committed: String) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("fixture-\(UUID().uuidString).wasm")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.packageRoot.appendingPathComponent(script).path, out.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(script) failed")
        let built = try Data(contentsOf: out)
        let expected = try Data(contentsOf: Self.packageRoot.appendingPathComponent(committed))
        XCTAssertEqual(built, expected, "\(committed) differs from what \(script) builds")
    }

    func testHeaderFilterMatchesItsSource() throws {
        // Only with the toolchain already installed: a test never installs packages.
        let rustc = "/usr/bin/rustc"
        guard FileManager.default.isExecutableFile(atPath: rustc) else {
            throw XCTSkip("Debian's rustc is not installed (fixtures/header_filter/build.sh installs it)")
        }
        let sysroot = Process()
        sysroot.executableURL = URL(fileURLWithPath: rustc)
        sysroot.arguments = ["--print", "sysroot"]
        let pipe = Pipe()
        sysroot.standardOutput = pipe
        try sysroot.run()
        sysroot.waitUntilExit()
        let root = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let std = (try? FileManager.default.contentsOfDirectory(atPath: "\(root)/lib/rustlib/wasm32-unknown-unknown/lib")) ?? []
        guard std.contains(where: { $0.hasPrefix("libstd-") }) else {
            throw XCTSkip("the wasm32 standard library (libstd-rust-dev-wasm32) is not installed")
        }
        try rebuild("fixtures/header_filter/build.sh", committed: "fixtures/header_filter/header_filter.wasm")
    }

    func testABIExerciserMatchesItsSource() throws {
        guard FileManager.default.isExecutableFile(atPath: "/opt/swift/usr/bin/clang"),
              FileManager.default.isExecutableFile(atPath: "/opt/swift/usr/bin/wasm-ld") else {
            throw XCTSkip("the Swift toolchain's clang and wasm-ld are not at /opt/swift/usr/bin")
        }
        try rebuild("fixtures/abi_exerciser/build.sh", committed: "fixtures/abi_exerciser/abi_exerciser.wasm")
    }
}
