import Foundation
import XCTest
@testable import Interpreter

/// Translating a module's functions in parallel runs (`FunctionTranslation`) gives exactly
/// the code of one sequential run, and the error of the lowest-indexed invalid function.
final class ParallelTranslationTests: XCTestCase {
    /// One function's translation, independent of where its run put it.
    private struct FunctionCode: Equatable {
        var frameSize: Int
        var localsStart: Int
        var localsCount: Int
        /// (op, r, a, b, aux) of each instruction.
        var instructions: [[Int64]]
        var wasmOffsets: [Int32]
    }

    private func functions(_ runs: [TranslatedCode]) -> [FunctionCode] {
        var result: [FunctionCode] = []
        for run in runs {
            let code = run.code.elements
            let offsets = run.wasmOffsets.elements
            for f in run.functions {
                var instructions: [[Int64]] = []
                for instruction in code[f.codeStart..<(f.codeStart + f.codeCount)] {
                    let fields: [Int64] = [Int64(instruction.op.rawValue), Int64(instruction.r), Int64(instruction.a),
                                           Int64(instruction.b), Int64(instruction.aux)]
                    instructions.append(fields)
                }
                result.append(FunctionCode(frameSize: f.frameSize, localsStart: f.localsStart, localsCount: f.localsCount,
                                           instructions: instructions,
                                           wasmOffsets: Array(offsets[f.codeStart..<(f.codeStart + f.codeCount)])))
            }
        }
        return result
    }

    /// Translates `bytes` with the given runs (nil: the partition `Module` would use).
    private func translate(_ bytes: [UInt8], runs: ((Int) -> [Range<Int>])?) throws(ModuleError) -> [TranslatedCode] {
        let outcome: Result<[TranslatedCode], ModuleError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(ModuleError) {
                let structure = try ModuleDecoder.decode(buffer, limits: .default)
                let context = try ModuleValidator(module: structure, limits: .default).validate()
                let n = structure.bodies.count
                let chosen = runs?(n) ?? FunctionTranslation.partition(structure.bodies, processors: 2)
                return .success(try FunctionTranslation.translate(structure, runs: chosen, context: context, bytes: buffer))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    private func runsOf(_ size: Int) -> (Int) -> [Range<Int>] {
        { n in stride(from: 0, to: n, by: size).map { $0..<min($0 + size, n) } }
    }

    /// A function that pushes and drops `count` constants and adds two locals.
    private func filler(_ count: Int) -> (type: ([ValueType], [ValueType]), body: [UInt8]) {
        var code: [UInt8] = []
        for k in 0..<count { code += [0x41] + WasmBytes.sleb(Int64(k * 37)) + [0x1A] }
        code += [0x20, 0x00, 0x20, 0x01, 0x6A]
        return (([.i32, .i32], [.i32]), WasmBytes.body(locals: [(2, .i64)], code: code))
    }

    /// Enough code (over 256 KiB: `FunctionTranslation.minimumParallelCodeBytes`) for
    /// `Module` to translate in parallel runs.
    private func largeModule(replacing replacements: [Int: (type: ([ValueType], [ValueType]), body: [UInt8])] = [:]) -> [UInt8] {
        let functions = (0..<200).map { i in replacements[i] ?? filler(400 + i % 7) }
        return WasmBytes.module(functions: functions)
    }

    func testRunsGiveTheCodeOfOneSequentialRun() throws {
        var modules: [[UInt8]] = [largeModule()]
        let fixture = TestModules.packageRoot.appendingPathComponent("fixtures/header_filter/header_filter.wasm")
        if let data = try? Data(contentsOf: fixture) { modules.append([UInt8](data)) }
        for bytes in modules {
            let sequential = functions(try translate(bytes, runs: { [0..<$0] }))
            XCTAssertFalse(sequential.isEmpty)
            for size in [1, 3, 17] {
                XCTAssertEqual(functions(try translate(bytes, runs: runsOf(size))), sequential, "runs of \(size)")
            }
            let partitioned = try translate(bytes, runs: nil)
            XCTAssertEqual(functions(partitioned), sequential, "the partition Module uses")
        }
    }

    func testLargeCodeIsPartitionedIntoRunsCoveringEveryFunction() throws {
        let bytes = largeModule()
        let runs = try bytes.withUnsafeBufferPointer { buffer throws(ModuleError) -> [Range<Int>] in
            FunctionTranslation.partition(try ModuleDecoder.decode(buffer, limits: .default).bodies, processors: 2)
        }
        XCTAssertGreaterThan(runs.count, 1)
        XCTAssertEqual(runs.first?.lowerBound, 0)
        XCTAssertEqual(runs.last?.upperBound, 200)
        for (a, b) in zip(runs, runs.dropFirst()) { XCTAssertEqual(a.upperBound, b.lowerBound) }
        let single = try bytes.withUnsafeBufferPointer { buffer throws(ModuleError) -> [Range<Int>] in
            FunctionTranslation.partition(try ModuleDecoder.decode(buffer, limits: .default).bodies, processors: 1)
        }
        XCTAssertEqual(single, [0..<200])
    }

    func testTheLowestIndexedInvalidFunctionIsReported() throws {
        // Function 150: unknown local; function 40: i32.add on an empty stack.
        let unknownLocal = (type: ([ValueType](), [ValueType]()), body: WasmBytes.body(code: [0x20, 0x09, 0x1A]))
        let underflow = (type: ([ValueType](), [ValueType]()), body: WasmBytes.body(code: [0x6A, 0x1A]))
        let bytes = largeModule(replacing: [150: unknownLocal, 40: underflow])
        var expected: ModuleError?
        do { _ = try translate(bytes, runs: { [0..<$0] }) } catch { expected = error }
        let error = try XCTUnwrap(expected)
        XCTAssertTrue(error.message.contains("operand stack underflow"), "\(error)")
        for runs in [runsOf(1), runsOf(7), runsOf(100), nil] {
            XCTAssertThrowsError(try translate(bytes, runs: runs)) { XCTAssertEqual($0 as? ModuleError, error) }
        }
        XCTAssertThrowsError(try Module(bytes: bytes)) { XCTAssertEqual($0 as? ModuleError, error) }

        // Only the later one invalid: that one is reported.
        let later = largeModule(replacing: [150: unknownLocal])
        XCTAssertThrowsError(try Module(bytes: later)) {
            XCTAssertTrue(($0 as? ModuleError)?.message.contains("unknown local") == true, "\($0)")
        }
    }
}
