import Foundation

/// Where the package's inputs live (spec-test modules, fixtures, the regression corpus).
enum Paths {
    /// The package root: `$WASM_FUZZ_ROOT`, else the checkout this tool was built from,
    /// else the current directory.
    static var root: URL {
        if let r = ProcessInfo.processInfo.environment["WASM_FUZZ_ROOT"] { return URL(fileURLWithPath: r) }
        let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: fromSource.appendingPathComponent("Package.swift").path) { return fromSource }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// The default seed corpus: converted spec tests, fixtures, test modules, the regression
    /// corpus and the smith corpus (those that exist).
    static var defaultCorpus: [String] {
        [".build/spectest", "fixtures", "Tests/InterpreterTests/Modules", "Tests/InterpreterTests/FuzzRegressions", ".build/fuzz/smith-corpus"]
            .map { root.appendingPathComponent($0).path }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// The host-fuzzing plugin.
    static var hostFuzzerPlugin: String { root.appendingPathComponent("fixtures/test_plugins/host_fuzzer.wasm").path }

    /// `.wasm` files under `directory` (recursively), sorted, each at most `maxBytes`.
    static func wasmFiles(under path: String, maxBytes: Int = 1 << 20) -> [(String, [UInt8])] {
        var out: [(String, [UInt8])] = []
        let directory = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { return out }
        var paths: [String] = []
        if isDirectory.boolValue {
            let e = FileManager.default.enumerator(atPath: directory)
            while let p = e?.nextObject() as? String {
                if p.hasSuffix(".wasm") { paths.append(directory + "/" + p) }
            }
        } else {
            paths = [directory]
        }
        for p in paths.sorted() {
            guard let d = FileManager.default.contents(atPath: p), d.count <= maxBytes else { continue }
            out.append((p, [UInt8](d)))
        }
        return out
    }
}
