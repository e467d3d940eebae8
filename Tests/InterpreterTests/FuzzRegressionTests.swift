import Foundation
import XCTest
import Interpreter

/// Replays every module kept in FuzzRegressions/ (docs/fuzzing.md): each `NAME.wasm` comes
/// with `NAME.expected`, the canonical lines wasmtime produced for it (first line: the
/// `wasm-fuzz diff-run` options), `NAME.txt` (how it was found) and `NAME.wat`. Our engine
/// must print exactly the same lines: same results bit for bit, same trap kinds, same
/// globals, tables and memory hashes after every call.
final class FuzzRegressionTests: XCTestCase {
    func testRegressionModulesMatchTheirExpectedOutcome() throws {
        let tool = try WasmFuzzTool.locate()
        guard let folder = Bundle.module.url(forResource: "FuzzRegressions", withExtension: nil) else {
            return XCTFail("FuzzRegressions is not in the test bundle")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".wasm") }.map { String($0.dropLast(5)) }.sorted()
        XCTAssertFalse(names.isEmpty, "no regression modules")
        for name in names {
            let module = folder.appendingPathComponent(name + ".wasm")
            let expectedText = try String(contentsOf: folder.appendingPathComponent(name + ".expected"), encoding: .utf8)
            var expected = expectedText.split(separator: "\n").map(String.init)
            var options: [String] = []
            if let first = expected.first, first.hasPrefix("{\"options\":") {
                let object = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
                options = (object?["options"] as? String ?? "").split(separator: " ").map(String.init)
                expected.removeFirst()
            }
            let run = try tool.run(["diff-run"] + options + [module.path], timeout: 120)
            XCTAssertEqual(run.status, 0, "\(name): wasm-fuzz diff-run failed: \(run.stderr)")
            let actual = run.stdout.split(separator: "\n").map(String.init)
            if actual != expected {
                let firstDifference = zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }
                let detail = firstDifference.map { "line \($0.offset + 1):\n  ours:     \($0.element.0)\n  expected: \($0.element.1)" }
                    ?? "ours \(actual.count) lines, expected \(expected.count)"
                XCTFail("\(name) diverges from its expected outcome (see FuzzRegressions/\(name).txt): \(detail)")
            }
        }
        print("fuzz regressions: \(names.count) modules replayed")
    }

    /// Found by the sanitizer run (LeakSanitizer): a store whose instance exported a function
    /// was never freed (Store -> instance record -> exported Function -> Store), so every
    /// fuzzed module, and every fail-reload of a plugin VM, leaked its stacks and memories.
    func testRegression_storeWithExportedFunctionIsReleased() throws {
        // (module (import "env" "h" (func)) (memory (export "m") 1) (table (export "t") 1 funcref)
        //   (global (export "g") (mut i32) (i32.const 7)) (func (export "f") call 0))
        let bytes: [UInt8] = [
            0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
            0x02, 0x09, 0x01, 0x03, 0x65, 0x6E, 0x76, 0x01, 0x68, 0x00, 0x00,
            0x03, 0x02, 0x01, 0x00,
            0x04, 0x04, 0x01, 0x70, 0x00, 0x01,
            0x05, 0x03, 0x01, 0x00, 0x01,
            0x06, 0x06, 0x01, 0x7F, 0x01, 0x41, 0x07, 0x0B,
            0x07, 0x11, 0x04, 0x01, 0x6D, 0x02, 0x00, 0x01, 0x74, 0x01, 0x00, 0x01, 0x67, 0x03, 0x00, 0x01, 0x66, 0x00, 0x01,
            0x0A, 0x06, 0x01, 0x04, 0x00, 0x10, 0x00, 0x0B,
        ]
        weak var weakStore: Store?
        weak var weakMemory: MemoryInstance?
        do {
            let module = try Module(bytes: bytes)
            let store = Store()
            weakStore = store
            var imports = Imports()
            imports.define(module: "env", name: "h", HostFunction(type: FunctionType()) { _, _ in [] })
            let instance = try store.instantiate(module, imports: imports)
            XCTAssertEqual(try instance.invoke("f"), [])
            XCTAssertNotNil(instance.function("f"))
            weakMemory = instance.exportedMemory("m")
            XCTAssertEqual(instance.global("g")?.value, .i32(7))
        }
        XCTAssertNil(weakStore, "the store outlived its last reference (a reference cycle)")
        XCTAssertNil(weakMemory, "the instance's memory outlived its store")
    }
}
