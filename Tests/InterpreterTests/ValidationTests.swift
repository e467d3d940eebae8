import XCTest
import Interpreter

/// Validation of multi-value block and function ends in unreachable code, where the operand
/// stack is polymorphic: the values present must match the *last* result types, and missing
/// ones are taken from the polymorphic stack. Found by differential fuzzing against wasmtime
/// (wasm-tools smith modules that wasmtime and `wasm-tools validate` accept).
final class ValidationTests: XCTestCase {
    /// `(func (result i32 i64) <code>)`, exported as `f0`.
    private func function(_ code: [UInt8], results: [ValueType] = [.i32, .i64]) -> [UInt8] {
        WasmBytes.module(functions: [(type: ([], results), body: WasmBytes.body(code: code))])
    }

    private let unreachable: UInt8 = 0x00
    private let i32Const0: [UInt8] = [0x41, 0x00]
    private let i64Const0: [UInt8] = [0x42, 0x00]

    func testMultiValueEndsInUnreachableCodeThatWork() throws {
        // Nothing after unreachable: every result comes from the polymorphic stack.
        XCTAssertNoThrow(try Module(bytes: function([unreachable])))
        // All results present, in order.
        XCTAssertNoThrow(try Module(bytes: function([unreachable] + i32Const0 + i64Const0)))
        // Wrong order, and one value too many.
        XCTAssertThrowsError(try Module(bytes: function([unreachable] + i64Const0 + i32Const0)))
        XCTAssertThrowsError(try Module(bytes: function([unreachable] + i32Const0 + i64Const0 + i64Const0)))
        // Reachable code must provide every result.
        XCTAssertThrowsError(try Module(bytes: function(i64Const0)))
        XCTAssertNoThrow(try Module(bytes: function(i32Const0 + i64Const0)))
        // A trap at run time, not a validation error.
        let module = try Module(bytes: function([unreachable]))
        assertTraps(.unreachable) { try Store().instantiate(module).invoke("f0") }
    }

    // MARK: Known engine bugs (these tests fail until the engine is fixed)

    /// FunctionTranslator.checkFrameEnd (Translation/FunctionTranslator.swift) matches the
    /// values above the frame's height against the result types from the *bottom*
    /// (`stack[frame.height + k]` against `types[k]`); the spec pops from the top. With
    /// fewer values than results in unreachable code, valid modules are rejected...
    func testRegression_partialMultiValueEndInUnreachableCodeIsRejected() throws {
        // (func (result i32 i64) unreachable i64.const 0): i64 is the last result; i32 comes
        // from the polymorphic stack. Valid (wasm-tools validate, wasmtime).
        XCTAssertNoThrow(try Module(bytes: function([unreachable] + i64Const0)), "function end")
        // block (result i32 i64) unreachable i64.const 7 end drop drop, in a [] -> [] function.
        let blockType = WasmBytes.header
            + WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], []), WasmBytes.functionType([], [.i32, .i64])]))
            + WasmBytes.section(3, WasmBytes.vector([[0x00]]))
            + WasmBytes.section(10, WasmBytes.vector([WasmBytes.body(code: [0x02, 0x01, unreachable, 0x42, 0x07, 0x0B, 0x1A, 0x1A])]))
        XCTAssertNoThrow(try Module(bytes: blockType), "block end")
        // The same through `else`: if (result i32 i64) unreachable i64.const 0 else ... end.
        let ifElse = WasmBytes.header
            + WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], []), WasmBytes.functionType([], [.i32, .i64])]))
            + WasmBytes.section(3, WasmBytes.vector([[0x00]]))
            + WasmBytes.section(10, WasmBytes.vector([WasmBytes.body(code: [0x41, 0x01, 0x04, 0x01, unreachable] + i64Const0
                + [0x05] + i32Const0 + i64Const0 + [0x0B, 0x1A, 0x1A])]))
        XCTAssertNoThrow(try Module(bytes: ifElse), "else")
    }

    /// ...and invalid ones are accepted: `(func (result i32 i64) unreachable i32.const 0)`
    /// leaves an i32 where the last result (i64) is expected.
    func testRegression_mistypedPartialMultiValueEndInUnreachableCodeIsAccepted() throws {
        XCTAssertThrowsError(try Module(bytes: function([unreachable] + i32Const0)), "an i32 where the i64 result must be") { error in
            XCTAssertEqual((error as? ModuleError)?.kind, .invalid)
        }
    }
}
