import XCTest
@testable import Interpreter

/// `ByteReader`'s LEB128 fast paths (one byte; two to five bytes) give exactly what the
/// general decoder gives (value, error and position): for every encoding of up to two bytes,
/// every three-byte one with continuation bits on its first two bytes, every fifth byte after
/// some four-byte prefixes, a seeded sample of longer ones, and at the ends of sections.
final class ByteReaderTests: XCTestCase {
    /// What a read did: the value or the error, and where the reader stopped.
    private struct Outcome: Equatable {
        var value: Int64?
        var error: ModuleError?
        var position: Int
    }

    /// Reads from `bytes` (readable up to `end`, after `start` leading bytes) with the
    /// fast-path reader and with the general one.
    private func outcomes(_ bytes: [UInt8], start: Int = 0, end: Int? = nil, bits: Int, signed: Bool) -> (fast: Outcome, general: Outcome) {
        bytes.withUnsafeBufferPointer { buffer in
            func run(_ fast: Bool) -> Outcome {
                var reader = ByteReader(bytes: buffer, position: start, end: end)
                do throws(ModuleError) {
                    let value: Int64
                    switch (signed, fast) {
                    case (true, true): value = try reader.readSigned(bits: bits)
                    case (true, false): value = try reader.readSignedGeneral(bits: bits)
                    case (false, true): value = Int64(bitPattern: try reader.readUnsigned(bits: bits))
                    case (false, false): value = Int64(bitPattern: try reader.readUnsignedGeneral(bits: bits))
                    }
                    return Outcome(value: value, error: nil, position: reader.position)
                } catch {
                    return Outcome(value: nil, error: error, position: reader.position)
                }
            }
            return (run(true), run(false))
        }
    }

    private let widths: [(bits: Int, signed: Bool)] = [(32, false), (64, false), (32, true), (33, true), (64, true)]

    func testEveryOneByteEncodingMatchesTheGeneralDecoder() {
        for byte in 0...255 {
            for width in widths {
                // Alone (the single-byte tail path), and followed by another byte.
                for bytes in [[UInt8(byte)], [UInt8(byte), 0x00], [UInt8(byte), 0x80]] {
                    let (fast, general) = outcomes(bytes, bits: width.bits, signed: width.signed)
                    XCTAssertEqual(fast, general, "\(bytes) as \(width)")
                }
            }
        }
    }

    func testEveryTwoByteEncodingMatchesTheGeneralDecoder() {
        var mismatches = 0
        for first in 0...255 {
            for second in 0...255 {
                for width in widths {
                    let bytes = [UInt8(first), UInt8(second), 0x01]
                    let (fast, general) = outcomes(bytes, bits: width.bits, signed: width.signed)
                    if fast != general {
                        mismatches += 1
                        XCTFail("\(bytes) as \(width): fast \(fast), general \(general)")
                    }
                    // The same two bytes at the end of the section.
                    let (fastAtEnd, generalAtEnd) = outcomes(bytes, end: 2, bits: width.bits, signed: width.signed)
                    if fastAtEnd != generalAtEnd {
                        mismatches += 1
                        XCTFail("\(bytes[0..<2]) at the end as \(width): fast \(fastAtEnd), general \(generalAtEnd)")
                    }
                }
            }
            if mismatches > 20 { return }
        }
    }

    func testLongerEncodingsMatchTheGeneralDecoder() {
        var mismatches = 0
        func check(_ bytes: [UInt8], end: Int? = nil) {
            for width in widths {
                let (fast, general) = outcomes(bytes, end: end, bits: width.bits, signed: width.signed)
                if fast != general {
                    mismatches += 1
                    if mismatches <= 20 { XCTFail("\(bytes) (end \(end ?? bytes.count)) as \(width): fast \(fast), general \(general)") }
                }
            }
        }
        let lastBytes: [UInt8] = [0x00, 0x01, 0x3F, 0x40, 0x41, 0x7E, 0x7F, 0x80, 0xC0, 0xFF]
        for first in 0x80...0xFF {
            for second in 0x80...0xFF {
                for third in lastBytes {
                    check([UInt8(first), UInt8(second), third])
                    check([UInt8(first), UInt8(second), third, 0x00], end: 3)
                }
            }
        }
        // Every fifth byte after four continuation bytes (the range checks of 32 and 33 bits).
        for prefix: [UInt8] in [[0x80, 0x80, 0x80, 0x80], [0xFF, 0xFF, 0xFF, 0xFF], [0x81, 0xC0, 0x80, 0xF0]] {
            for last in 0...255 {
                check(prefix + [UInt8(last), 0x00])
                check(prefix + [UInt8(last)])
            }
            check(prefix)
        }
        // Four and five bytes: a seeded sample (continuation bits on the leading bytes).
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt8 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<50_000 {
            let bytes = [next() | 0x80, next() | 0x80, next() | 0x80, next(), next(), 0x01]
            check(bytes)
            check(bytes, end: 4)
            check([bytes[0], bytes[1], bytes[2], bytes[3] | 0x80, bytes[4], 0x01])
        }
    }

    func testBoundaries() {
        // Sign boundaries of one and two bytes, longer encodings and the range limits.
        let cases: [[UInt8]] = [
            [0x3F], [0x40], [0x7F], [0x80, 0x00], [0xFF, 0x00], [0xFF, 0x3F], [0x80, 0x40], [0xFF, 0x7F],
            [0x80, 0x80, 0x01], [0xFF, 0xFF, 0x7F], [0xFF, 0xFF, 0xFF, 0xFF, 0x0F], [0xFF, 0xFF, 0xFF, 0xFF, 0x1F],
            [0xFF, 0xFF, 0xFF, 0xFF, 0x7F], [0x80, 0x80, 0x80, 0x80, 0x80, 0x00],
        ]
        for bytes in cases {
            for width in widths {
                let (fast, general) = outcomes(bytes, bits: width.bits, signed: width.signed)
                XCTAssertEqual(fast, general, "\(bytes) as \(width)")
            }
        }
        // Reads that start past the beginning, and an empty section.
        let bytes: [UInt8] = [0x01, 0x85, 0x01, 0x7F]
        for start in 0...4 {
            for width in widths {
                let (fast, general) = outcomes(bytes, start: start, bits: width.bits, signed: width.signed)
                XCTAssertEqual(fast, general, "from \(start) as \(width)")
            }
        }
        let (fast, general) = outcomes([], bits: 32, signed: false)
        XCTAssertEqual(fast, general)
        XCTAssertEqual(fast.error?.message, "unexpected end")
    }

    func testFastPathValues() {
        XCTAssertEqual(outcomes([0x7F], bits: 32, signed: true).fast.value, -1)
        XCTAssertEqual(outcomes([0x3F], bits: 32, signed: true).fast.value, 63)
        XCTAssertEqual(outcomes([0x40], bits: 32, signed: true).fast.value, -64)
        XCTAssertEqual(outcomes([0x80, 0x7F], bits: 64, signed: true).fast.value, -128)
        XCTAssertEqual(outcomes([0xFF, 0x3F], bits: 33, signed: true).fast.value, 8191)
        XCTAssertEqual(outcomes([0xFF, 0x7F], bits: 32, signed: false).fast.value, 16383)
        XCTAssertEqual(outcomes([0x80, 0x01], bits: 32, signed: false).fast.position, 2)
    }
}
