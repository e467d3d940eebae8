/// Reads the primitive encodings of the WebAssembly binary format (bytes, LEB128 integers,
/// IEEE floats, UTF-8 names) from a byte buffer, with the spec's length and range rules.
///
/// Every read checks the remaining length first; nothing here can trap on hostile input.
struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Absolute offset of the next byte to read.
    var position: Int
    /// Absolute offset one past the last readable byte (a section's or body's end).
    var end: Int

    init(bytes: UnsafeBufferPointer<UInt8>, position: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.position = position
        self.end = end ?? bytes.count
    }

    var isAtEnd: Bool { position >= end }
    var remaining: Int { end - position }

    @inline(__always)
    func malformed(_ message: String, at offset: Int? = nil) -> ModuleError {
        ModuleError(.malformed, message, offset: offset ?? position)
    }

    @inline(__always)
    mutating func readByte() throws(ModuleError) -> UInt8 {
        guard position < end else { throw malformed(endMessage) }
        let b = bytes[position]
        position += 1
        return b
    }

    /// The spec's message for running out of bytes.
    var endMessage: String { end < bytes.count ? "unexpected end of section or function" : "unexpected end" }

    @inline(__always)
    func peekByte() -> UInt8? {
        position < end ? bytes[position] : nil
    }

    mutating func readBytes(_ count: Int) throws(ModuleError) -> [UInt8] {
        guard count >= 0, count <= remaining else { throw malformed(endMessage) }
        let start = position
        position += count
        return Array(bytes[start..<start + count])
    }

    mutating func skip(_ count: Int) throws(ModuleError) {
        guard count >= 0, count <= remaining else { throw malformed(endMessage) }
        position += count
    }

    /// Unsigned LEB128 of at most `bits` bits (32 or 64).
    @inline(__always)
    mutating func readUnsigned(bits: Int) throws(ModuleError) -> UInt64 {
        if position < end {
            let b0 = bytes[position]
            if b0 < 0x80 {
                position += 1
                return UInt64(b0)
            }
        }
        return try readUnsignedShort(bits: bits)
    }

    /// The fast path for two to five bytes, else the general decoder (which also reports
    /// every error). Up to four bytes hold at most 28 bits, always in range; a fifth, final
    /// byte must leave the bits beyond `bits` zero.
    mutating func readUnsignedShort(bits: Int) throws(ModuleError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        var p = position
        while p < end && shift <= 28 {
            let byte = bytes[p]
            if shift == 28 && (byte >= 0x80 || (bits == 32 && byte >= 0x10)) { break }
            result |= UInt64(byte & 0x7F) << shift
            p += 1
            if byte < 0x80 {
                position = p
                return result
            }
            shift += 7
        }
        return try readUnsignedGeneral(bits: bits)
    }

    /// `readUnsigned` without its fast paths: any length, with the spec's length and range
    /// rules (also the reference the fast paths are tested against).
    mutating func readUnsignedGeneral(bits: Int) throws(ModuleError) -> UInt64 {
        let start = position
        var result: UInt64 = 0
        var shift = 0
        while true {
            guard position < end else { throw malformed(endMessage) }
            let byte = bytes[position]
            position += 1
            let payload = UInt64(byte & 0x7F)
            if shift + 7 >= bits {
                // Last permitted byte: no continuation, and the unused bits must be zero.
                if byte & 0x80 != 0 { throw malformed("integer representation too long", at: start) }
                let usedBits = bits - shift
                if payload >> UInt64(usedBits) != 0 { throw malformed("integer too large", at: start) }
                result |= payload << UInt64(shift)
                return result
            }
            result |= payload << UInt64(shift)
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    /// Signed LEB128 of at most `bits` bits (32, 33 or 64), sign-extended to 64 bits.
    @inline(__always)
    mutating func readSigned(bits: Int) throws(ModuleError) -> Int64 {
        if position < end {
            let b0 = bytes[position]
            if b0 < 0x80 {
                position += 1
                return Int64(Int8(bitPattern: b0 << 1) >> 1)  // sign-extended from bit 6
            }
        }
        return try readSignedShort(bits: bits)
    }

    /// The fast path for two to five bytes, sign-extended from the last byte's bit 6; else
    /// the general decoder (which also reports every error). Up to four bytes hold at most 28
    /// bits, always in range; a fifth, final byte's bits beyond `bits` must all equal the
    /// sign bit (`bits` 32: 0x00...0x07 or 0x78...0x7F; 33: 0x00...0x0F or 0x70...0x7F).
    mutating func readSignedShort(bits: Int) throws(ModuleError) -> Int64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        var p = position
        while p < end && shift <= 28 {
            let byte = bytes[p]
            if shift == 28 {
                guard byte < 0x80 else { break }
                if bits < 35 {
                    let signAndUnused = byte >> UInt8(bits - 29)
                    guard signAndUnused == 0 || signAndUnused == 0x7F >> UInt8(bits - 29) else { break }
                }
            }
            result |= UInt64(byte & 0x7F) << shift
            p += 1
            shift += 7
            if byte < 0x80 {
                position = p
                let unused = 64 - shift
                return Int64(bitPattern: result << unused) >> Int64(unused)
            }
        }
        return try readSignedGeneral(bits: bits)
    }

    /// `readSigned` without its fast paths: any length, with the spec's length and range
    /// rules (also the reference the fast paths are tested against).
    mutating func readSignedGeneral(bits: Int) throws(ModuleError) -> Int64 {
        let start = position
        var result: Int64 = 0
        var shift = 0
        while true {
            guard position < end else { throw malformed(endMessage) }
            let byte = bytes[position]
            position += 1
            let payload = Int64(byte & 0x7F)
            if shift + 7 >= bits {
                if byte & 0x80 != 0 { throw malformed("integer representation too long", at: start) }
                // The bits beyond `bits` must all equal the sign bit.
                let usedBits = bits - shift  // 1...7
                let signAndUnused = payload >> Int64(usedBits - 1)  // sign bit plus the unused bits
                let unusedMask: Int64 = (1 << Int64(7 - usedBits + 1)) - 1
                if signAndUnused != 0 && signAndUnused != unusedMask {
                    throw malformed("integer too large", at: start)
                }
                result |= payload << Int64(shift)
                let total = shift + 7
                if total < 64 {
                    // sign-extend from `bits`
                    let s = Int64(64 - bits)
                    result = (result << s) >> s
                }
                return result
            }
            result |= payload << Int64(shift)
            shift += 7
            if byte & 0x80 == 0 {
                if shift < 64 && (byte & 0x40) != 0 { result |= -1 << Int64(shift) }
                return result
            }
        }
    }

    @inline(__always)
    mutating func readU32() throws(ModuleError) -> UInt32 {
        UInt32(truncatingIfNeeded: try readUnsigned(bits: 32))
    }

    /// A u32 used as a count or index, as `Int`.
    @inline(__always)
    mutating func readIndex() throws(ModuleError) -> Int {
        Int(try readUnsigned(bits: 32))
    }

    @inline(__always)
    mutating func readS32() throws(ModuleError) -> Int32 {
        Int32(truncatingIfNeeded: try readSigned(bits: 32))
    }

    @inline(__always)
    mutating func readS64() throws(ModuleError) -> Int64 {
        try readSigned(bits: 64)
    }

    mutating func readFixedU32() throws(ModuleError) -> UInt32 {
        guard remaining >= 4 else { throw malformed(endMessage) }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[position + i]) << UInt32(8 * i) }
        position += 4
        return v
    }

    mutating func readFixedU64() throws(ModuleError) -> UInt64 {
        guard remaining >= 8 else { throw malformed(endMessage) }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[position + i]) << UInt64(8 * i) }
        position += 8
        return v
    }

    /// A vector length, checked against the bytes that remain (each element needs at least
    /// `minElementSize` bytes) and the given limit before anything is allocated from it.
    mutating func readCount(minElementSize: Int = 1, limit: Int, what: String) throws(ModuleError) -> Int {
        let start = position
        let count = try readIndex()
        if minElementSize > 0 && count > remaining / minElementSize {
            throw malformed(endMessage, at: start)
        }
        if count > limit {
            throw ModuleError(.limitExceeded, "too many \(what) (\(count), limit \(limit))", offset: start)
        }
        return count
    }

    /// A length-prefixed UTF-8 name.
    mutating func readName() throws(ModuleError) -> String {
        let length = try readIndex()
        guard length <= remaining else { throw malformed(endMessage) }
        let start = position
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<start + length])
        guard UTF8Validation.isValid(slice) else { throw malformed("malformed UTF-8 encoding", at: start) }
        position += length
        return String(decoding: slice, as: UTF8.self)
    }

    mutating func readValueType() throws(ModuleError) -> ValueType {
        let start = position
        let b = try readByte()
        guard let t = ValueType(rawValue: b), t != .v128 else {
            throw malformed("malformed value type 0x\(String(b, radix: 16))", at: start)
        }
        return t
    }

    mutating func readReferenceType() throws(ModuleError) -> ValueType {
        let start = position
        let b = try readByte()
        guard b == ValueType.funcref.rawValue || b == ValueType.externref.rawValue else {
            throw malformed("malformed reference type", at: start)
        }
        return ValueType(rawValue: b)!
    }
}

/// Strict UTF-8 validation as the binary format requires for names: no overlong forms,
/// no surrogates, nothing above U+10FFFF.
enum UTF8Validation {
    static func isValid(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = s.count
        while i < n {
            let b0 = s[i]
            if b0 < 0x80 { i += 1; continue }
            if b0 < 0xC2 { return false }
            if b0 < 0xE0 {
                guard i + 1 < n, s[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2; continue
            }
            if b0 < 0xF0 {
                guard i + 2 < n, s[i + 1] & 0xC0 == 0x80, s[i + 2] & 0xC0 == 0x80 else { return false }
                if b0 == 0xE0 && s[i + 1] < 0xA0 { return false }  // overlong
                if b0 == 0xED && s[i + 1] >= 0xA0 { return false }  // surrogates
                i += 3; continue
            }
            if b0 < 0xF5 {
                guard i + 3 < n, s[i + 1] & 0xC0 == 0x80, s[i + 2] & 0xC0 == 0x80, s[i + 3] & 0xC0 == 0x80 else { return false }
                if b0 == 0xF0 && s[i + 1] < 0x90 { return false }  // overlong
                if b0 == 0xF4 && s[i + 1] >= 0x90 { return false }  // > U+10FFFF
                i += 4; continue
            }
            return false
        }
        return true
    }
}
