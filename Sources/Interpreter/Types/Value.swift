/// A WebAssembly value as seen by an embedder.
///
/// Floating-point values are carried as their IEEE-754 bit patterns so that NaN payloads
/// survive a round trip through the engine unchanged.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    case i32(UInt32)
    case i64(UInt64)
    /// An `f32`, as its bit pattern.
    case f32(UInt32)
    /// An `f64`, as its bit pattern.
    case f64(UInt64)
    /// A function reference (a store-wide function address), or `nil` for `ref.null func`.
    case funcref(Int?)
    /// A host reference, or `nil` for `ref.null extern`.
    case externref(UInt64?)

    /// Convenience constructors from Swift numbers.
    public static func int32(_ v: Int32) -> Value { .i32(UInt32(bitPattern: v)) }
    public static func int64(_ v: Int64) -> Value { .i64(UInt64(bitPattern: v)) }
    public static func float32(_ v: Float) -> Value { .f32(v.bitPattern) }
    public static func float64(_ v: Double) -> Value { .f64(v.bitPattern) }

    /// The type of this value.
    public var type: ValueType {
        switch self {
        case .i32: return .i32
        case .i64: return .i64
        case .f32: return .f32
        case .f64: return .f64
        case .funcref: return .funcref
        case .externref: return .externref
        }
    }

    /// The default (zero or null) value of a type.
    public static func zero(_ type: ValueType) -> Value {
        switch type {
        case .i32: return .i32(0)
        case .i64: return .i64(0)
        case .f32: return .f32(0)
        case .f64: return .f64(0)
        case .v128: return .i64(0)
        case .funcref: return .funcref(nil)
        case .externref: return .externref(nil)
        }
    }

    /// The 64-bit slot encoding used inside the engine.
    /// References are encoded as address + 1, with 0 meaning null.
    var slot: UInt64 {
        switch self {
        case .i32(let v): return UInt64(v)
        case .i64(let v): return v
        case .f32(let v): return UInt64(v)
        case .f64(let v): return v
        case .funcref(let a):
            guard let a, a >= 0 else { return 0 }
            return UInt64(a) &+ 1
        case .externref(let v):
            guard let v else { return 0 }
            return v &+ 1
        }
    }

    /// Decodes a 64-bit slot of the given type.
    init(slot: UInt64, type: ValueType) {
        switch type {
        case .i32: self = .i32(UInt32(truncatingIfNeeded: slot))
        case .i64: self = .i64(slot)
        case .f32: self = .f32(UInt32(truncatingIfNeeded: slot))
        case .f64: self = .f64(slot)
        case .v128: self = .i64(slot)
        case .funcref: self = slot == 0 ? .funcref(nil) : .funcref(Int(truncatingIfNeeded: slot &- 1))
        case .externref: self = slot == 0 ? .externref(nil) : .externref(slot &- 1)
        }
    }

    public var description: String {
        switch self {
        case .i32(let v): return "i32:\(Int32(bitPattern: v))"
        case .i64(let v): return "i64:\(Int64(bitPattern: v))"
        case .f32(let v): return "f32:\(Float(bitPattern: v))"
        case .f64(let v): return "f64:\(Double(bitPattern: v))"
        case .funcref(let a): return a.map { "funcref:\($0)" } ?? "funcref:null"
        case .externref(let v): return v.map { "externref:\($0)" } ?? "externref:null"
        }
    }
}
