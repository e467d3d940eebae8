/// LEB128 encoding, the integer format of the WebAssembly binary format (decoding lives in
/// `ByteReader`). Public so that tools and tests that write modules byte by byte (probe
/// modules, malformed-module builders, fuzzers) share one encoder.
public enum LEB128 {
    /// The minimal unsigned LEB128 encoding of `value`.
    public static func unsigned(_ value: UInt64) -> [UInt8] {
        var v = value
        var out: [UInt8] = []
        repeat {
            var byte = UInt8(v & 0x7F)
            v >>= 7
            if v != 0 { byte |= 0x80 }
            out.append(byte)
        } while v != 0
        return out
    }

    /// The minimal unsigned LEB128 encoding of a count or size (a negative value encodes
    /// as 0: counts are never negative).
    public static func unsigned(_ value: Int) -> [UInt8] {
        unsigned(UInt64(clamping: value))
    }

    /// The minimal signed LEB128 encoding of `value`.
    public static func signed(_ value: Int64) -> [UInt8] {
        var v = value
        var out: [UInt8] = []
        while true {
            let byte = UInt8(v & 0x7F)
            v >>= 7
            let done = (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0)
            out.append(done ? byte : byte | 0x80)
            if done { return out }
        }
    }
}
