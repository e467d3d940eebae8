import Interpreter

/// Prints WebAssembly values for people and for JSON, without losing bits.
///
/// - Integers print as signed decimal (`i32:-1`, `i64:2178309`).
/// - Floats print as the shortest decimal that reads back to the same value (`f64:0.1`,
///   `f32:-0.0`, `f32:inf`, `f64:1e-300`); NaNs in WebAssembly text syntax (`nan`, `-nan`
///   for the canonical payload, else `nan:0x<payload>`), followed by ` (bits 0x...)`.
/// - References print as `funcref:null`, `funcref:<store address>`, `externref:<n>`.
///
/// Every printed value is accepted back by `ValueParser`.
public enum ValueFormatter {
    /// The value as one line: `<type>:<value>`, plus ` (bits 0x...)` for NaNs.
    public static func line(_ value: Value) -> String {
        var text = "\(value.type):\(valueText(value))"
        if isNaN(value), let bits = bitsText(value) { text += " (bits \(bits))" }
        return text
    }

    /// The value part alone (`42`, `-1.5`, `nan:0x200000`, `null`).
    public static func valueText(_ value: Value) -> String {
        switch value {
        case .i32(let v): return String(Int32(bitPattern: v))
        case .i64(let v): return String(Int64(bitPattern: v))
        case .f32(let bits):
            return floatText(bits: UInt64(bits), format: .binary32) { Float(bitPattern: bits).description }
        case .f64(let bits):
            return floatText(bits: bits, format: .binary64) { Double(bitPattern: bits).description }
        case .funcref(let address): return address.map { String($0) } ?? "null"
        case .externref(let n): return n.map { String($0) } ?? "null"
        }
    }

    /// The exact bit pattern of a numeric value as `0x` and 8 (32-bit) or 16 (64-bit)
    /// lowercase hex digits; nil for references.
    public static func bitsText(_ value: Value) -> String? {
        switch value {
        case .i32(let v), .f32(let v): return hex(UInt64(v), digits: 8)
        case .i64(let v), .f64(let v): return hex(v, digits: 16)
        case .funcref, .externref: return nil
        }
    }

    /// Whether the value is a floating-point NaN.
    public static func isNaN(_ value: Value) -> Bool {
        switch value {
        case .f32(let bits): return Float(bitPattern: bits).isNaN
        case .f64(let bits): return Double(bitPattern: bits).isNaN
        default: return false
        }
    }

    static func floatText(bits: UInt64, format: ValueParser.FloatFormat, decimal: () -> String) -> String {
        let isNaN = bits & format.exponentMask == format.exponentMask && bits & format.significandMask != 0
        guard isNaN else { return decimal() }
        let sign = bits & format.signBit != 0 ? "-" : ""
        let payload = bits & format.significandMask
        return payload == format.quietBit ? "\(sign)nan" : "\(sign)nan:0x\(String(payload, radix: 16))"
    }

    static func hex(_ v: UInt64, digits: Int) -> String {
        let s = String(v, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
