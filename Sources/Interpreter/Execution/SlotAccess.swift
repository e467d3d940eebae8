/// Typed access to the 64-bit frame slots. i32 and f32 values live in the low 32 bits,
/// written zero-extended; references as address + 1 (0 = null).
extension UnsafeMutablePointer where Pointee == UInt64 {
    @inline(__always) func u32(_ s: Int32) -> UInt32 { UInt32(truncatingIfNeeded: self[Int(s)]) }
    @inline(__always) func s32(_ s: Int32) -> Int32 { Int32(truncatingIfNeeded: self[Int(s)]) }
    @inline(__always) func u64(_ s: Int32) -> UInt64 { self[Int(s)] }
    @inline(__always) func s64(_ s: Int32) -> Int64 { Int64(bitPattern: self[Int(s)]) }
    @inline(__always) func f32(_ s: Int32) -> Float { Float(bitPattern: UInt32(truncatingIfNeeded: self[Int(s)])) }
    @inline(__always) func f64(_ s: Int32) -> Double { Double(bitPattern: self[Int(s)]) }

    @inline(__always) func set(_ s: Int32, u32 v: UInt32) { self[Int(s)] = UInt64(v) }
    @inline(__always) func set(_ s: Int32, s32 v: Int32) { self[Int(s)] = UInt64(UInt32(bitPattern: v)) }
    @inline(__always) func set(_ s: Int32, u64 v: UInt64) { self[Int(s)] = v }
    @inline(__always) func set(_ s: Int32, s64 v: Int64) { self[Int(s)] = UInt64(bitPattern: v) }
    @inline(__always) func set(_ s: Int32, f32 v: Float) { self[Int(s)] = UInt64(v.bitPattern) }
    @inline(__always) func set(_ s: Int32, f64 v: Double) { self[Int(s)] = v.bitPattern }
    @inline(__always) func set(_ s: Int32, bool v: Bool) { self[Int(s)] = v ? 1 : 0 }
}
