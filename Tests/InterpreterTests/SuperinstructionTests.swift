import XCTest
import Interpreter

/// Pins the paired memory accesses formed by `Superinstructions`: the first access takes
/// effect before the second is checked, and an out-of-bounds second access traps at its
/// own operator.
final class SuperinstructionTests: XCTestCase {
    /// The body of `store2(a, v, b)`: `i32.store a v; i32.store b v` (two adjacent stores).
    private static let store2Code: [UInt8] = [0x20, 0x00, 0x20, 0x01, 0x36, 0x02, 0x00, 0x20, 0x02, 0x20, 0x01, 0x36, 0x02, 0x00, 0x0B]

    /// One page of memory; `store2` and `load(a) = i32.load a`.
    private static func module() -> [UInt8] {
        func uleb(_ v: Int) -> [UInt8] { LEB128.unsigned(v) }
        func vector(_ items: [[UInt8]]) -> [UInt8] { uleb(items.count) + items.flatMap { $0 } }
        func section(_ id: UInt8, _ payload: [UInt8]) -> [UInt8] { [id] + uleb(payload.count) + payload }
        func body(_ code: [UInt8]) -> [UInt8] { uleb(code.count + 1) + [0x00] + code }
        var out: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
        out += section(1, vector([[0x60, 0x03, 0x7F, 0x7F, 0x7F, 0x00], [0x60, 0x01, 0x7F, 0x01, 0x7F]]))
        out += section(3, vector([[0x00], [0x01]]))
        out += section(5, vector([[0x00, 0x01]]))
        out += section(7, vector([[0x06] + Array("store2".utf8) + [0x00, 0x00], [0x04] + Array("load".utf8) + [0x00, 0x01]]))
        out += section(10, vector([body(store2Code), body([0x20, 0x00, 0x28, 0x02, 0x00, 0x0B])]))
        return out
    }

    func testSecondAccessOfAPairTrapsAtItsOwnOperatorAfterTheFirst() throws {
        let bytes = Self.module()
        let module = try Module(bytes: bytes)
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 0)).contains("i32StoreThenI32Store"))
        let instance = try Store().instantiate(module, imports: Imports())
        XCTAssertEqual(try instance.invoke("store2", [.i32(0), .i32(7), .i32(4)]), [])
        XCTAssertEqual(try instance.invoke("load", [.i32(4)]), [.i32(7)])

        let trap = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("store2", [.i32(8), .i32(9), .i32(65_533)]) }
        XCTAssertEqual(try instance.invoke("load", [.i32(8)]), [.i32(9)], "the first store took effect")
        XCTAssertEqual(trap?.memoryAccess, MemoryAccessError(address: 65_533, length: 4, memorySize: 65_536))
        let codeStart = try XCTUnwrap((0...(bytes.count - Self.store2Code.count)).first { Array(bytes[$0..<($0 + Self.store2Code.count)]) == Self.store2Code })
        XCTAssertEqual(trap?.backtrace.first?.offset, codeStart + 11, "the second i32.store")

        let first = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("store2", [.i32(65_536), .i32(5), .i32(12)]) }
        XCTAssertEqual(first?.backtrace.first?.offset, codeStart + 4, "the first i32.store")
        XCTAssertEqual(try instance.invoke("load", [.i32(12)]), [.i32(0)], "the second store did not run")
    }
}
