import Foundation
import Interpreter

/// Why a command-line argument could not be read as a value of the wanted type.
public struct ValueParseError: Error, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. `'abc' is not a valid i32`.
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// Reads WebAssembly values from command-line text, bit-exactly.
///
/// Accepted syntax (a leading `i32:`/`i64:`/`f32:`/`f64:` naming the expected type is
/// allowed, so printed results can be passed back; `_` may separate digits):
/// - `i32`, `i64`: decimal or `0x` hexadecimal with an optional sign; anything in the signed
///   or the unsigned range (`-1` and `4294967295` are both the i32 with all bits set).
/// - `f32`, `f64`: decimal (`1.5`, `-2e-3`, `.5`), hexadecimal floats (`0x1.8p1`), `inf`,
///   `-inf`, `nan` (the canonical quiet NaN), `-nan`, `nan:0x<payload>` (any non-zero
///   significand) and `nan:canonical`. Decimal text is rounded to nearest-even; a finite
///   literal that rounds to infinity is rejected.
/// - `funcref`, `externref`: `null`; `externref` also accepts a host reference number.
public enum ValueParser {
    /// Parses `text` as a value of `type`.
    public static func parse(_ text: String, as type: ValueType) throws(ValueParseError) -> Value {
        var body = Substring(text)
        let prefix = "\(type):"
        if body.hasPrefix(prefix) { body = body.dropFirst(prefix.count) }
        let invalid = ValueParseError("'\(text)' is not a valid \(type)")
        switch type {
        case .i32:
            guard let bits = parseInteger(body, bitWidth: 32) else { throw invalid }
            return .i32(UInt32(bits))
        case .i64:
            guard let bits = parseInteger(body, bitWidth: 64) else { throw invalid }
            return .i64(bits)
        case .f32:
            return .f32(UInt32(try parseFloat(body, format: .binary32, original: text)))
        case .f64:
            return .f64(try parseFloat(body, format: .binary64, original: text))
        case .funcref:
            guard body == "null" else { throw ValueParseError("'\(text)' is not a valid funcref (only 'null' can be given)") }
            return .funcref(nil)
        case .externref:
            if body == "null" { return .externref(nil) }
            guard let n = parseInteger(body, bitWidth: 64), !body.hasPrefix("-"), n < UInt64.max else {
                throw ValueParseError("'\(text)' is not a valid externref ('null' or a non-negative number)")
            }
            return .externref(n)
        case .v128:
            throw ValueParseError("parameters of type v128 are not supported")
        }
    }

    // MARK: Integers

    /// The bit pattern of a signed or unsigned integer literal of `bitWidth` bits, or nil.
    static func parseInteger(_ text: Substring, bitWidth: Int) -> UInt64? {
        var rest = text
        var negative = false
        if rest.first == "-" || rest.first == "+" {
            negative = rest.first == "-"
            rest = rest.dropFirst()
        }
        var radix = 10
        if rest.hasPrefix("0x") || rest.hasPrefix("0X") {
            radix = 16
            rest = rest.dropFirst(2)
        }
        guard let digits = removingDigitSeparators(rest),
              digits.allSatisfy({ $0.isASCII && $0.isHexDigit && (radix == 16 || $0.isNumber) }),
              let magnitude = UInt64(digits, radix: radix) else { return nil }
        let unsignedMax: UInt64 = bitWidth == 64 ? .max : (1 << UInt64(bitWidth)) - 1
        let negativeMax: UInt64 = 1 << UInt64(bitWidth - 1)
        if negative {
            guard magnitude <= negativeMax else { return nil }
            return (0 &- magnitude) & unsignedMax
        }
        return magnitude <= unsignedMax ? magnitude : nil
    }

    /// `text` without `_` digit separators, or nil when a separator is misplaced.
    static func removingDigitSeparators(_ text: Substring) -> String? {
        guard !text.isEmpty, text.first != "_", text.last != "_", !text.contains("__") else { return nil }
        return text.replacingOccurrences(of: "_", with: "")
    }

    // MARK: Floats

    /// An IEEE-754 binary interchange format, by its field widths.
    struct FloatFormat {
        var significandBits: UInt64
        var exponentBits: UInt64
        var name: String
        static let binary32 = FloatFormat(significandBits: 23, exponentBits: 8, name: "f32")
        static let binary64 = FloatFormat(significandBits: 52, exponentBits: 11, name: "f64")

        var signBit: UInt64 { 1 << (significandBits + exponentBits) }
        var exponentMask: UInt64 { ((1 << exponentBits) - 1) << significandBits }
        var significandMask: UInt64 { (1 << significandBits) - 1 }
        var quietBit: UInt64 { 1 << (significandBits - 1) }
    }

    /// The bit pattern of a float literal in `format`.
    static func parseFloat(_ text: Substring, format: FloatFormat, original: String) throws(ValueParseError) -> UInt64 {
        let invalid = ValueParseError("'\(original)' is not a valid \(format.name)")
        var rest = text
        var sign: UInt64 = 0
        if rest.first == "-" || rest.first == "+" {
            if rest.first == "-" { sign = format.signBit }
            rest = rest.dropFirst()
        }
        let lower = rest.lowercased()
        if lower == "inf" || lower == "infinity" { return sign | format.exponentMask }
        if lower == "nan" || lower == "nan:canonical" { return sign | format.exponentMask | format.quietBit }
        if lower.hasPrefix("nan:0x") {
            guard let hex = removingDigitSeparators(Substring(lower.dropFirst(6))),
                  hex.allSatisfy({ $0.isASCII && $0.isHexDigit }),
                  let payload = UInt64(hex, radix: 16), payload != 0, payload <= format.significandMask else {
                throw ValueParseError("'\(original)' is not a valid \(format.name) NaN (the payload must be 0x1...0x\(String(format.significandMask, radix: 16)))")
            }
            return sign | format.exponentMask | payload
        }
        // Plain numbers: only these characters, so strtod's extensions (nan(...), whitespace,
        // locale forms) cannot slip in.
        guard let number = removingDigitSeparators(rest),
              number.allSatisfy({ $0.isASCII && ($0.isHexDigit || "xXpP.+-".contains($0)) }),
              let first = number.first, first.isNumber || first == "." else { throw invalid }
        let magnitude: UInt64
        let isInfinite: Bool
        if format.significandBits == 23 {
            guard let f = Float(number) else { throw invalid }
            magnitude = UInt64(f.bitPattern)
            isInfinite = f.isInfinite
        } else {
            guard let d = Double(number) else { throw invalid }
            magnitude = d.bitPattern
            isInfinite = d.isInfinite
        }
        guard !isInfinite else { throw ValueParseError("'\(original)' is out of range for \(format.name)") }
        return sign | (magnitude & ~format.signBit)
    }
}
