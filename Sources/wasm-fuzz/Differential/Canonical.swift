import Interpreter

/// The canonical, engine-neutral description of what a module did, shared with
/// scripts/fuzz/differential.py (which produces the same lines for wasmtime). Any change
/// here must be mirrored there (`ARG_POOLS`, `TRAP_NAMES`, `encode_value`, line layout).
enum Canonical {
    // MARK: Arguments

    /// Argument pools, as bit patterns; argument `i` of call `k` is
    /// `pool[(5 * k + 3 * i) % pool.count]`. No NaNs: Python floats would not carry payloads.
    static let i32Pool: [UInt32] = [0, 1, 0xFFFF_FFFF, 0x7FFF_FFFF, 0x8000_0000, 2, 0x1_0000, 0xFFFE, 100, 0x1234_5678, 7, 0xFFFF_FF80]
    static let i64Pool: [UInt64] = [0, 1, 0xFFFF_FFFF_FFFF_FFFF, 0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000, 2,
                                    0x1_0000_0000, 0xFFFF_FFFF, 100, 0x1234_5678_9ABC_DEF0, 7, 0xFFFF_FFFF_FFFF_FF80]
    static let f32Pool: [UInt32] = [0, 0x3FC0_0000, 0x8000_0000, 0x7F80_0000, 0xFF80_0000, 0x4F00_0000, 0xCF00_0000,
                                    0x3F80_0000, 0x0000_0001, 0x7F7F_FFFF, 0xC2C8_0000, 0x3E80_0000]
    static let f64Pool: [UInt64] = [0, 0x3FF8_0000_0000_0000, 0x8000_0000_0000_0000, 0x7FF0_0000_0000_0000, 0xFFF0_0000_0000_0000,
                                    0x41E0_0000_0000_0000, 0xC1E0_0000_0000_0000, 0x3FF0_0000_0000_0000, 0x0000_0000_0000_0001,
                                    0x7FEF_FFFF_FFFF_FFFF, 0xC059_0000_0000_0000, 0x3FD0_0000_0000_0000]

    static func arguments(_ types: [ValueType], call k: Int) -> [Value] {
        types.enumerated().map { i, t in
            let j = 5 * k + 3 * i
            switch t {
            case .i32: return .i32(i32Pool[j % i32Pool.count])
            case .i64: return .i64(i64Pool[j % i64Pool.count])
            case .f32: return .f32(f32Pool[j % f32Pool.count])
            case .f64: return .f64(f64Pool[j % f64Pool.count])
            case .funcref: return .funcref(nil)
            case .externref, .v128: return .externref(nil)
            }
        }
    }

    // MARK: Values and traps

    static func hex(_ v: UInt64, digits: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }

    static func encode(_ v: Value) -> String {
        switch v {
        case .i32(let x): return "i32:" + hex(UInt64(x), digits: 8)
        case .i64(let x): return "i64:" + hex(x, digits: 16)
        case .f32(let x): return "f32:" + hex(UInt64(x), digits: 8)
        case .f64(let x): return "f64:" + hex(x, digits: 16)
        case .funcref(let a): return a == nil ? "funcref:null" : "funcref:ref"
        case .externref(let a): return a == nil ? "externref:null" : "externref:ref"
        }
    }

    /// Engine-neutral trap names (wasmtime's TrapCode on the Python side maps to these).
    static func trapName(_ kind: TrapKind) -> String {
        switch kind {
        case .unreachable: return "unreachable"
        case .integerDivideByZero: return "integer_divide_by_zero"
        case .integerOverflow: return "integer_overflow"
        case .invalidConversionToInteger: return "invalid_conversion_to_integer"
        case .outOfBoundsMemoryAccess: return "memory_out_of_bounds"
        // call_indirect past the table's end is wasmtime's TABLE_OUT_OF_BOUNDS too.
        case .outOfBoundsTableAccess, .undefinedElement: return "table_out_of_bounds"
        case .uninitializedElement: return "indirect_call_to_null"
        case .indirectCallTypeMismatch: return "indirect_call_type_mismatch"
        case .callStackExhausted: return "stack_overflow"
        case .outOfFuel: return "out_of_fuel"
        case .deadlineExceeded: return "deadline_exceeded"
        case .hostError: return "host_error"
        case .internalError: return "internal_error"
        }
    }

    /// Outcomes after which the two engines may legitimately differ (fuel accounting and
    /// stack depth are engine-specific): the comparison of the module stops there.
    static let engineSpecificTraps: Set<String> = ["out_of_fuel", "stack_overflow", "deadline_exceeded"]

    // MARK: JSON

    /// A JSON string literal, escaped exactly as Python's `json.dumps` (ensure_ascii) does.
    static func json(_ s: String) -> String {
        var out = "\""
        for unit in s.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default: out += "\\u" + hex(UInt64(unit), digits: 4)
            }
        }
        return out + "\""
    }

    static func json(_ items: [String]) -> String {
        "[" + items.map { json($0) }.joined(separator: ",") + "]"
    }

    /// One JSON object line from ordered (key, raw JSON value) pairs.
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { json($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
