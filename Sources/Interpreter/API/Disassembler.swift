/// One instruction of a function body in WebAssembly text syntax, for fault reports.
public struct DisassembledInstruction: Hashable, Sendable {
    /// Byte offset of the instruction's opcode in the module (the offsets traps report).
    public var offset: Int
    /// The instruction in WAT syntax: `i32.load offset=8 align=4`, `local.get 2`,
    /// `call 5 <name>`, `br_table 0 1 2`, `f64.const 0x1.8p+1`, `block (result i32)`, `end`.
    public var text: String
    /// Control nesting for indentation: 0 for the function's own level; the body of a
    /// `block`/`loop`/`if` is one deeper than the instruction that opens it, and its
    /// `else`/`end` are at the opener's depth.
    public var depth: Int

    public init(offset: Int, text: String, depth: Int) {
        self.offset = offset
        self.text = text
        self.depth = depth
    }
}

extension Module {
    /// The byte range in the module of the instructions of function `functionIndex`
    /// (after its locals declarations, final `end` included); nil for imported or
    /// out-of-range functions.
    public func functionBodyRange(_ functionIndex: Int) -> Range<Int>? {
        guard let body = definedBody(functionIndex) else { return nil }
        return body.codeStart..<Swift.max(body.codeStart, body.codeEnd)
    }

    /// The function's declared locals (parameters excluded) in WAT syntax, e.g.
    /// `(local i32 i32 f64)`; an empty string when it declares none; nil for imported or
    /// out-of-range functions.
    public func localsDeclaration(functionIndex: Int) -> String? {
        guard let body = definedBody(functionIndex) else { return nil }
        var types: [String] = []
        for group in structure.locals(of: body) {
            for _ in 0..<Swift.max(group.count, 0) { types.append(group.type.description) }
        }
        return types.isEmpty ? "" : "(local \(types.joined(separator: " ")))"
    }

    /// The instructions of function `functionIndex`, in order, ending with the function's
    /// final `end`; nil for imported or out-of-range functions.
    ///
    /// Never traps, even on bytes it cannot decode (which a validated module does not
    /// have): such bytes become one entry whose text starts with `unknown`, and the listing
    /// stops there.
    public func disassemble(functionIndex: Int) -> [DisassembledInstruction]? {
        guard let range = functionBodyRange(functionIndex) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            disassemble(buffer: buffer, range: range)
        }
    }

    /// The function whose instructions contain byte `offset` (as a trap's backtrace frame
    /// reports it), the instruction at that offset and up to `radius` instructions either
    /// side. `faultingIndex` is the position of that instruction in `instructions`. When
    /// `offset` falls inside an instruction's immediates, that instruction is the one
    /// chosen. Nil when no function body contains `offset`.
    public func instructionContext(at offset: Int, radius: Int = 3) -> (function: Int, instructions: [DisassembledInstruction], faultingIndex: Int)? {
        guard let functionIndex = functionContaining(offset: offset),
              let listing = disassemble(functionIndex: functionIndex), !listing.isEmpty else { return nil }
        // The last instruction starting at or before `offset` (binary search: offsets ascend).
        var low = 0, high = listing.count
        while low < high {
            let mid = (low + high) / 2
            if listing[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let index = low - 1
        let r = Swift.max(radius, 0)
        let first = Swift.max(0, index - r)
        let last = Swift.min(listing.count - 1, index + Swift.min(r, listing.count))
        return (functionIndex, Array(listing[first...last]), index - first)
    }

    // MARK: Internals

    private func definedBody(_ functionIndex: Int) -> ModuleStructure.FunctionBody? {
        let k = functionIndex - structure.importedFunctionCount
        guard functionIndex >= 0, k >= 0, k < structure.bodies.count else { return nil }
        return structure.bodies[k]
    }

    /// Index (imports included) of the function whose instruction bytes contain `offset`.
    private func functionContaining(offset: Int) -> Int? {
        let bodies = structure.bodies
        // Bodies are stored in code-section order, so their ranges ascend.
        var low = 0, high = bodies.count
        while low < high {
            let mid = (low + high) / 2
            if bodies[mid].codeStart <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let body = bodies[low - 1]
        guard offset >= body.codeStart, offset < body.codeEnd else { return nil }
        return structure.importedFunctionCount + low - 1
    }

    private func disassemble(buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [DisassembledInstruction] {
        var decoder = InstructionDecoder(bytes: buffer, range: range)
        var out: [DisassembledInstruction] = []
        var open = 0  // blocks opened and not yet ended (the function's own frame excluded)
        while !decoder.isAtEnd {
            let position = decoder.position
            let instruction: InstructionDecoder.Decoded
            do {
                instruction = try decoder.next()
            } catch {
                let byte = position >= 0 && position < buffer.count ? buffer[position] : 0
                out.append(DisassembledInstruction(offset: position, text: "unknown 0x\(InstructionText.hex(UInt64(byte), digits: 2)) (\(error.message))", depth: open))
                break
            }
            let text = InstructionText.text(of: instruction, module: self)
            switch instruction.opcode {
            case 0x02, 0x03, 0x04:
                out.append(DisassembledInstruction(offset: instruction.offset, text: text, depth: open))
                open += 1
            case 0x05:
                out.append(DisassembledInstruction(offset: instruction.offset, text: text, depth: Swift.max(open - 1, 0)))
            case 0x0B:
                if open == 0 {
                    // The function's final `end`.
                    out.append(DisassembledInstruction(offset: instruction.offset, text: text, depth: 0))
                    return out
                }
                open -= 1
                out.append(DisassembledInstruction(offset: instruction.offset, text: text, depth: open))
            default:
                out.append(DisassembledInstruction(offset: instruction.offset, text: text, depth: open))
            }
        }
        return out
    }

}

/// The WAT text of decoded instructions.
enum InstructionText {
    static func text(of instruction: InstructionDecoder.Decoded, module: Module) -> String {
        let name: String
        if instruction.opcode == 0xFC {
            let sub = Int(instruction.subopcode ?? UInt32.max)
            name = sub < prefixedNames.count ? prefixedNames[sub] : "unknown 0xfc \(sub)"
        } else {
            name = opcodeNames[Int(instruction.opcode)] ?? "unknown 0x\(hex(UInt64(instruction.opcode), digits: 2))"
        }
        switch instruction.immediates {
        case .none:
            return name
        case .blockType(let blockType):
            switch blockType {
            case .empty:
                return name
            case .value(let t):
                return "\(name) (result \(t))"
            case .typeIndex(let index):
                var text = "\(name) (type \(index))"
                if index < module.context.types.count {
                    let type = module.context.types[index]
                    if !type.parameters.isEmpty { text += " (param \(type.parameters.map(\.description).joined(separator: " ")))" }
                    if !type.results.isEmpty { text += " (result \(type.results.map(\.description).joined(separator: " ")))" }
                }
                return text
            }
        case .index(let index):
            if instruction.opcode == 0x10 {
                return "\(name) \(index) <\(module.functionName(index))>"
            }
            return "\(name) \(index)"
        case .branchTable(let labels, let defaultLabel):
            return ([name] + labels.map(String.init) + [String(defaultLabel)]).joined(separator: " ")
        case .callIndirect(let typeIndex, let tableIndex):
            return tableIndex == 0 ? "\(name) (type \(typeIndex))" : "\(name) \(tableIndex) (type \(typeIndex))"
        case .valueTypes(let types):
            return types.isEmpty ? name : "\(name) (result \(types.map(\.description).joined(separator: " ")))"
        case .memoryArgument(let align, let offset):
            let alignText = align < 32 ? String(UInt64(1) << UInt64(align)) : "2**\(align)"
            return offset == 0 ? "\(name) align=\(alignText)" : "\(name) offset=\(offset) align=\(alignText)"
        case .i32(let v):
            return "\(name) \(v)"
        case .i64(let v):
            return "\(name) \(v)"
        case .f32(let bits):
            return "\(name) \(formatFloat(bits: UInt64(bits), exponentBits: 8, fractionBits: 23))"
        case .f64(let bits):
            return "\(name) \(formatFloat(bits: bits, exponentBits: 11, fractionBits: 52))"
        case .referenceType(let t):
            return "\(name) \(t == .funcref ? "func" : t == .externref ? "extern" : t.description)"
        case .indexPair(let a, let b):
            // Binary order: table.init elem table, table.copy dst src. WAT: table.init table elem.
            if instruction.subopcode == 12 { return "\(name) \(b) \(a)" }
            return "\(name) \(a) \(b)"
        }
    }

    /// Lower-case hex of `value`, left-padded with zeros to `digits`.
    static func hex(_ value: UInt64, digits: Int = 1) -> String {
        let s = String(value, radix: 16)
        return s.count >= digits ? s : String(repeating: "0", count: digits - s.count) + s
    }

    /// An IEEE 754 binary float in the WAT hexadecimal notation: `0x1.8p+1`, `-0x0p+0`,
    /// `inf`, `nan`, `nan:0x200000`; subnormals as `0x0.000002p-126`. Exact for every value.
    static func formatFloat(bits: UInt64, exponentBits: Int, fractionBits: Int) -> String {
        let sign = (bits >> UInt64(exponentBits + fractionBits)) & 1 == 1 ? "-" : ""
        let exponentMask = (UInt64(1) << UInt64(exponentBits)) - 1
        let fractionMask = (UInt64(1) << UInt64(fractionBits)) - 1
        let exponent = (bits >> UInt64(fractionBits)) & exponentMask
        let fraction = bits & fractionMask
        if exponent == exponentMask {
            if fraction == 0 { return sign + "inf" }
            if fraction == UInt64(1) << UInt64(fractionBits - 1) { return sign + "nan" }
            return sign + "nan:0x" + hex(fraction)
        }
        if exponent == 0 && fraction == 0 { return sign + "0x0p+0" }
        let bias = Int(exponentMask >> 1)
        let hexDigits = (fractionBits + 3) / 4
        var digits = hex(fraction << UInt64(hexDigits * 4 - fractionBits), digits: hexDigits)
        while digits.last == "0" { digits.removeLast() }
        let power = exponent == 0 ? 1 - bias : Int(exponent) - bias
        let lead = exponent == 0 ? "0" : "1"
        return sign + "0x" + lead + (digits.isEmpty ? "" : "." + digits) + "p" + (power >= 0 ? "+" : "") + String(power)
    }

    /// Mnemonics of the one-byte opcodes (nil where the byte is not an instruction).
    static let opcodeNames: [String?] = {
        var t = [String?](repeating: nil, count: 256)
        let control: [(Int, String)] = [
            (0x00, "unreachable"), (0x01, "nop"), (0x02, "block"), (0x03, "loop"), (0x04, "if"), (0x05, "else"),
            (0x0B, "end"), (0x0C, "br"), (0x0D, "br_if"), (0x0E, "br_table"), (0x0F, "return"),
            (0x10, "call"), (0x11, "call_indirect"), (0x1A, "drop"), (0x1B, "select"), (0x1C, "select"),
            (0x20, "local.get"), (0x21, "local.set"), (0x22, "local.tee"), (0x23, "global.get"), (0x24, "global.set"),
            (0x25, "table.get"), (0x26, "table.set"),
            (0x3F, "memory.size"), (0x40, "memory.grow"),
            (0x41, "i32.const"), (0x42, "i64.const"), (0x43, "f32.const"), (0x44, "f64.const"),
            (0xD0, "ref.null"), (0xD1, "ref.is_null"), (0xD2, "ref.func"),
        ]
        for (byte, name) in control { t[byte] = name }
        func run(_ first: Int, _ names: [String]) {
            for (k, name) in names.enumerated() { t[first + k] = name }
        }
        run(0x28, ["i32.load", "i64.load", "f32.load", "f64.load",
                   "i32.load8_s", "i32.load8_u", "i32.load16_s", "i32.load16_u",
                   "i64.load8_s", "i64.load8_u", "i64.load16_s", "i64.load16_u", "i64.load32_s", "i64.load32_u",
                   "i32.store", "i64.store", "f32.store", "f64.store",
                   "i32.store8", "i32.store16", "i64.store8", "i64.store16", "i64.store32"])
        let integerComparisons = ["eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"]
        let floatComparisons = ["eq", "ne", "lt", "gt", "le", "ge"]
        let integerBinary = ["add", "sub", "mul", "div_s", "div_u", "rem_s", "rem_u", "and", "or", "xor", "shl", "shr_s", "shr_u", "rotl", "rotr"]
        let floatUnary = ["abs", "neg", "ceil", "floor", "trunc", "nearest", "sqrt"]
        let floatBinary = ["add", "sub", "mul", "div", "min", "max", "copysign"]
        run(0x45, ["i32.eqz"] + integerComparisons.map { "i32." + $0 })
        run(0x50, ["i64.eqz"] + integerComparisons.map { "i64." + $0 })
        run(0x5B, floatComparisons.map { "f32." + $0 })
        run(0x61, floatComparisons.map { "f64." + $0 })
        run(0x67, ["i32.clz", "i32.ctz", "i32.popcnt"] + integerBinary.map { "i32." + $0 })
        run(0x79, ["i64.clz", "i64.ctz", "i64.popcnt"] + integerBinary.map { "i64." + $0 })
        run(0x8B, (floatUnary + floatBinary).map { "f32." + $0 })
        run(0x99, (floatUnary + floatBinary).map { "f64." + $0 })
        run(0xA7, ["i32.wrap_i64",
                   "i32.trunc_f32_s", "i32.trunc_f32_u", "i32.trunc_f64_s", "i32.trunc_f64_u",
                   "i64.extend_i32_s", "i64.extend_i32_u",
                   "i64.trunc_f32_s", "i64.trunc_f32_u", "i64.trunc_f64_s", "i64.trunc_f64_u",
                   "f32.convert_i32_s", "f32.convert_i32_u", "f32.convert_i64_s", "f32.convert_i64_u", "f32.demote_f64",
                   "f64.convert_i32_s", "f64.convert_i32_u", "f64.convert_i64_s", "f64.convert_i64_u", "f64.promote_f32",
                   "i32.reinterpret_f32", "i64.reinterpret_f64", "f32.reinterpret_i32", "f64.reinterpret_i64",
                   "i32.extend8_s", "i32.extend16_s", "i64.extend8_s", "i64.extend16_s", "i64.extend32_s"])
        return t
    }()

    /// Mnemonics of the 0xFC-prefixed instructions, by sub-opcode.
    static let prefixedNames: [String] = [
        "i32.trunc_sat_f32_s", "i32.trunc_sat_f32_u", "i32.trunc_sat_f64_s", "i32.trunc_sat_f64_u",
        "i64.trunc_sat_f32_s", "i64.trunc_sat_f32_u", "i64.trunc_sat_f64_s", "i64.trunc_sat_f64_u",
        "memory.init", "data.drop", "memory.copy", "memory.fill",
        "table.init", "elem.drop", "table.copy", "table.grow", "table.size", "table.fill",
    ]
}
