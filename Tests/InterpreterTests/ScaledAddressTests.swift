import XCTest
import Interpreter

/// Pins the scaled-index accesses (`i32.shl` by a constant fused into `i32.load` and
/// `i32.store`): the shift wraps to 32 bits before the static offset is added, exactly as
/// the two separate operators do, and out-of-bounds accesses report the same address.
final class ScaledAddressTests: XCTestCase {
    /// One page of memory; `load(x) = i32.load offset=8 (x << 2)` and
    /// `store(x, v) = i32.store offset=8 (x << 2) v`.
    private static func module() -> [UInt8] {
        func uleb(_ v: Int) -> [UInt8] { LEB128.unsigned(v) }
        func vector(_ items: [[UInt8]]) -> [UInt8] { uleb(items.count) + items.flatMap { $0 } }
        func section(_ id: UInt8, _ payload: [UInt8]) -> [UInt8] { [id] + uleb(payload.count) + payload }
        func body(_ code: [UInt8]) -> [UInt8] { uleb(code.count + 1) + [0x00] + code }
        var out: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
        out += section(1, vector([[0x60, 0x01, 0x7F, 0x01, 0x7F], [0x60, 0x02, 0x7F, 0x7F, 0x00]]))
        out += section(3, vector([[0x00], [0x01]]))
        out += section(5, vector([[0x00, 0x01]]))
        out += section(7, vector([[0x04] + Array("load".utf8) + [0x00, 0x00], [0x05] + Array("store".utf8) + [0x00, 0x01]]))
        out += section(10, vector([
            body([0x20, 0x00, 0x41, 0x02, 0x74, 0x28, 0x02, 0x08, 0x0B]),
            body([0x20, 0x00, 0x41, 0x02, 0x74, 0x20, 0x01, 0x36, 0x02, 0x08, 0x0B]),
        ]))
        return out
    }

    func testShiftWrapsBeforeTheOffsetAndBoundsAreChecked() throws {
        let module = try Module(bytes: Self.module())
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 0)).contains("i32LoadScaled"))
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 1)).contains("i32StoreScaled"))
        let store = Store()
        let instance = try store.instantiate(module, imports: Imports())
        // (0x4000_0001 << 2) wraps to 4: the word at 4 + 8 = 12.
        XCTAssertEqual(try instance.invoke("store", [.i32(0x4000_0001), .i32(0xDEAD_BEEF)]), [])
        XCTAssertEqual(try instance.invoke("load", [.i32(1)]), [.i32(0xDEAD_BEEF)])
        XCTAssertEqual(try instance.invoke("load", [.i32(0xC000_0001)]), [.i32(0xDEAD_BEEF)])
        // The last word of the page, then one past it.
        XCTAssertEqual(try instance.invoke("load", [.i32(16_381)]), [.i32(0)])
        let load = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("load", [.i32(16_382)]) }
        XCTAssertEqual(load?.memoryAccess, MemoryAccessError(address: 65_536, length: 4, memorySize: 65_536))
        let wrapped = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("store", [.i32(0xFFFF_FFFF), .i32(1)]) }
        XCTAssertEqual(wrapped?.memoryAccess, MemoryAccessError(address: 0xFFFF_FFFC + 8, length: 4, memorySize: 65_536))
    }
}
