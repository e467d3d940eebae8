import XCTest
@testable import Interpreter

/// The public LEB128 encoder writes what the decoder reads back, in the minimal length.
final class LEB128Tests: XCTestCase {
    func testUnsignedRoundTripsThroughTheDecoder() throws {
        let values: [UInt64] = [0, 1, 0x7F, 0x80, 0x3FFF, 0x4000, UInt64(UInt32.max), UInt64(UInt32.max) + 1, UInt64.max]
        for value in values {
            let bytes = LEB128.unsigned(value)
            XCTAssertEqual(bytes.count, max(1, (64 - value.leadingZeroBitCount + 6) / 7), "length of \(value)")
            let decoded = try bytes.withUnsafeBufferPointer { buffer throws(ModuleError) -> UInt64 in
                var reader = ByteReader(bytes: buffer)
                return try reader.readUnsigned(bits: 64)
            }
            XCTAssertEqual(decoded, value)
        }
        XCTAssertEqual(LEB128.unsigned(624_485), [0xE5, 0x8E, 0x26])
        XCTAssertEqual(LEB128.unsigned(-5), [0x00], "a negative count encodes as 0")
    }

    func testSignedRoundTripsThroughTheDecoder() throws {
        let values: [Int64] = [0, 1, -1, 63, 64, -64, -65, Int64(Int32.max), Int64(Int32.min), Int64.max, Int64.min]
        for value in values {
            let bytes = LEB128.signed(value)
            let decoded = try bytes.withUnsafeBufferPointer { buffer throws(ModuleError) -> Int64 in
                var reader = ByteReader(bytes: buffer)
                return try reader.readSigned(bits: 64)
            }
            XCTAssertEqual(decoded, value)
        }
        XCTAssertEqual(LEB128.signed(-123_456), [0xC0, 0xBB, 0x78])
        XCTAssertEqual(LEB128.signed(64), [0xC0, 0x00], "64 needs a second byte: bit 6 is the sign")
    }
}
