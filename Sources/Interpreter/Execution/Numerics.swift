/// Exact WebAssembly numeric semantics that Swift's operators do not give directly:
/// NaN-propagating min/max with signed zeros, round-half-to-even, bit-exact abs/neg/copysign,
/// and float-to-int truncations with their trapping and saturating variants.
enum Numerics {
    // MARK: min / max

    @inline(__always)
    static func min(_ a: Float, _ b: Float) -> Float {
        if a.isNaN || b.isNaN { return a + b }  // propagates a quiet NaN
        if a == b { return Float(bitPattern: a.bitPattern | b.bitPattern) }  // -0 wins
        return a < b ? a : b
    }

    @inline(__always)
    static func max(_ a: Float, _ b: Float) -> Float {
        if a.isNaN || b.isNaN { return a + b }
        if a == b { return Float(bitPattern: a.bitPattern & b.bitPattern) }  // +0 wins
        return a > b ? a : b
    }

    @inline(__always)
    static func min(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN { return a + b }
        if a == b { return Double(bitPattern: a.bitPattern | b.bitPattern) }
        return a < b ? a : b
    }

    @inline(__always)
    static func max(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN { return a + b }
        if a == b { return Double(bitPattern: a.bitPattern & b.bitPattern) }
        return a > b ? a : b
    }

    // MARK: Truncation (trapping): nil = NaN, .some(nil) = overflow

    enum TruncationResult<T> {
        case value(T)
        case invalid   // NaN
        case overflow  // out of range
    }

    @inline(__always)
    static func truncToI32S(_ x: Double) -> TruncationResult<Int32> {
        if x.isNaN { return .invalid }
        guard x > -2147483649.0 && x < 2147483648.0 else { return .overflow }
        return .value(Int32(x.rounded(.towardZero)))
    }

    @inline(__always)
    static func truncToI32U(_ x: Double) -> TruncationResult<UInt32> {
        if x.isNaN { return .invalid }
        guard x > -1.0 && x < 4294967296.0 else { return .overflow }
        return .value(UInt32(x.rounded(.towardZero)))
    }

    @inline(__always)
    static func truncToI64S(_ x: Double) -> TruncationResult<Int64> {
        if x.isNaN { return .invalid }
        guard x >= -9223372036854775808.0 && x < 9223372036854775808.0 else { return .overflow }
        return .value(Int64(x.rounded(.towardZero)))
    }

    @inline(__always)
    static func truncToI64U(_ x: Double) -> TruncationResult<UInt64> {
        if x.isNaN { return .invalid }
        guard x > -1.0 && x < 18446744073709551616.0 else { return .overflow }
        return .value(UInt64(x.rounded(.towardZero)))
    }

    @inline(__always)
    static func truncToI32S(_ x: Float) -> TruncationResult<Int32> {
        if x.isNaN { return .invalid }
        guard x >= -2147483648.0 && x < 2147483648.0 else { return .overflow }
        return .value(Int32(x.rounded(.towardZero)))
    }

    @inline(__always)
    static func truncToI32U(_ x: Float) -> TruncationResult<UInt32> {
        if x.isNaN { return .invalid }
        guard x > -1.0 && x < 4294967296.0 else { return .overflow }
        return .value(UInt32(x.rounded(.towardZero)))
    }

    @inline(__always)
    static func truncToI64S(_ x: Float) -> TruncationResult<Int64> {
        if x.isNaN { return .invalid }
        guard x >= -9223372036854775808.0 && x < 9223372036854775808.0 else { return .overflow }
        return .value(Int64(x.rounded(.towardZero)))
    }

    @inline(__always)
    static func truncToI64U(_ x: Float) -> TruncationResult<UInt64> {
        if x.isNaN { return .invalid }
        guard x > -1.0 && x < 18446744073709551616.0 else { return .overflow }
        return .value(UInt64(x.rounded(.towardZero)))
    }

    // MARK: Saturating truncation

    @inline(__always)
    static func satI32S(_ x: Double) -> Int32 {
        if x.isNaN { return 0 }
        if x <= -2147483648.0 { return .min }
        if x >= 2147483647.0 { return .max }
        return Int32(x.rounded(.towardZero))
    }

    @inline(__always)
    static func satI32U(_ x: Double) -> UInt32 {
        if x.isNaN || x <= 0 { return 0 }
        if x >= 4294967295.0 { return .max }
        return UInt32(x.rounded(.towardZero))
    }

    @inline(__always)
    static func satI64S(_ x: Double) -> Int64 {
        if x.isNaN { return 0 }
        if x <= -9223372036854775808.0 { return .min }
        if x >= 9223372036854775808.0 { return .max }
        return Int64(x.rounded(.towardZero))
    }

    @inline(__always)
    static func satI64U(_ x: Double) -> UInt64 {
        if x.isNaN || x <= 0 { return 0 }
        if x >= 18446744073709551616.0 { return .max }
        return UInt64(x.rounded(.towardZero))
    }

    @inline(__always)
    static func satI32S(_ x: Float) -> Int32 { satI32S(Double(x)) }
    @inline(__always)
    static func satI32U(_ x: Float) -> UInt32 { satI32U(Double(x)) }
    @inline(__always)
    static func satI64S(_ x: Float) -> Int64 {
        if x.isNaN { return 0 }
        if x <= -9223372036854775808.0 { return .min }
        if x >= 9223372036854775808.0 { return .max }
        return Int64(x.rounded(.towardZero))
    }
    @inline(__always)
    static func satI64U(_ x: Float) -> UInt64 {
        if x.isNaN || x <= 0 { return 0 }
        if x >= 18446744073709551616.0 { return .max }
        return UInt64(x.rounded(.towardZero))
    }

    // MARK: Conversions int → float with exact rounding

    /// u64 → f32 with a single rounding (round-to-nearest-even).
    @inline(__always)
    static func f32FromU64(_ v: UInt64) -> Float { Float(v) }
    @inline(__always)
    static func f64FromU64(_ v: UInt64) -> Double { Double(v) }
}

// MARK: Rotations (count modulo the width)

@inline(__always)
func rotl32(_ x: UInt32, _ k: UInt32) -> UInt32 {
    let n = k & 31
    return (x &<< n) | (x &>> ((32 &- n) & 31))
}

@inline(__always)
func rotr32(_ x: UInt32, _ k: UInt32) -> UInt32 {
    let n = k & 31
    return (x &>> n) | (x &<< ((32 &- n) & 31))
}

@inline(__always)
func rotl64(_ x: UInt64, _ k: UInt64) -> UInt64 {
    let n = k & 63
    return (x &<< n) | (x &>> ((64 &- n) & 63))
}

@inline(__always)
func rotr64(_ x: UInt64, _ k: UInt64) -> UInt64 {
    let n = k & 63
    return (x &>> n) | (x &<< ((64 &- n) & 63))
}
