/// What a function body may refer to while it is validated: the module's index spaces
/// (imports first, then definitions) and the facts the spec's validation context `C` holds.
struct ModuleContext {
    var types: [FunctionType]
    /// Type index of every function, imported ones first.
    var functionTypeIndices: [Int]
    var importedFunctionCount: Int
    var tables: [TableType]
    var memories: [MemoryType]
    var globals: [GlobalType]
    var importedGlobalCount: Int
    var elementTypes: [ValueType]
    /// Number of data segments, or nil when the module has no data count section.
    var dataCount: Int?
    /// Number of segments in the data section (used when there is no data count section).
    var dataSegmentCount: Int
    /// Functions that may be referenced by `ref.func` inside function bodies (`C.refs`).
    var declaredReferences: FunctionIndexSet
    var limits: EngineLimits

    func functionType(_ functionIndex: Int) -> FunctionType? {
        guard functionIndex >= 0, functionIndex < functionTypeIndices.count else { return nil }
        let t = functionTypeIndices[functionIndex]
        guard t >= 0, t < types.count else { return nil }
        return types[t]
    }
}

/// Facts about the one-byte opcodes of the instruction set, shared by the decoder
/// (constant expressions) and the translator.
enum OpcodeInfo {
    /// Whether `byte` is the first byte of an instruction of WebAssembly 2.0 (SIMD excluded).
    static func isKnownOpcode(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x05, 0x0B...0x11, 0x1A...0x1C, 0x20...0x26, 0x28...0xC4, 0xD0...0xD2, 0xFC: return true
        default: return false
        }
    }

    /// A numeric instruction: operand type(s), result type and IR operation.
    struct Numeric {
        var op: Op
        var operand: ValueType
        var isBinary: Bool
        var result: ValueType
    }

    /// Numeric instructions by opcode byte (0x45...0xC4), nil where the byte is something else.
    static let numeric: [Numeric?] = {
        var table = [Numeric?](repeating: nil, count: 256)
        func un(_ byte: Int, _ op: Op, _ t: ValueType, _ r: ValueType) { table[byte] = Numeric(op: op, operand: t, isBinary: false, result: r) }
        func bin(_ byte: Int, _ op: Op, _ t: ValueType, _ r: ValueType) { table[byte] = Numeric(op: op, operand: t, isBinary: true, result: r) }
        un(0x45, .i32Eqz, .i32, .i32)
        let i32Cmp: [Op] = [.i32Eq, .i32Ne, .i32LtS, .i32LtU, .i32GtS, .i32GtU, .i32LeS, .i32LeU, .i32GeS, .i32GeU]
        for (k, op) in i32Cmp.enumerated() { bin(0x46 + k, op, .i32, .i32) }
        un(0x50, .i64Eqz, .i64, .i32)
        let i64Cmp: [Op] = [.i64Eq, .i64Ne, .i64LtS, .i64LtU, .i64GtS, .i64GtU, .i64LeS, .i64LeU, .i64GeS, .i64GeU]
        for (k, op) in i64Cmp.enumerated() { bin(0x51 + k, op, .i64, .i32) }
        let f32Cmp: [Op] = [.f32Eq, .f32Ne, .f32Lt, .f32Gt, .f32Le, .f32Ge]
        for (k, op) in f32Cmp.enumerated() { bin(0x5B + k, op, .f32, .i32) }
        let f64Cmp: [Op] = [.f64Eq, .f64Ne, .f64Lt, .f64Gt, .f64Le, .f64Ge]
        for (k, op) in f64Cmp.enumerated() { bin(0x61 + k, op, .f64, .i32) }
        un(0x67, .i32Clz, .i32, .i32); un(0x68, .i32Ctz, .i32, .i32); un(0x69, .i32Popcnt, .i32, .i32)
        let i32Bin: [Op] = [.i32Add, .i32Sub, .i32Mul, .i32DivS, .i32DivU, .i32RemS, .i32RemU, .i32And, .i32Or, .i32Xor, .i32Shl, .i32ShrS, .i32ShrU, .i32Rotl, .i32Rotr]
        for (k, op) in i32Bin.enumerated() { bin(0x6A + k, op, .i32, .i32) }
        un(0x79, .i64Clz, .i64, .i64); un(0x7A, .i64Ctz, .i64, .i64); un(0x7B, .i64Popcnt, .i64, .i64)
        let i64Bin: [Op] = [.i64Add, .i64Sub, .i64Mul, .i64DivS, .i64DivU, .i64RemS, .i64RemU, .i64And, .i64Or, .i64Xor, .i64Shl, .i64ShrS, .i64ShrU, .i64Rotl, .i64Rotr]
        for (k, op) in i64Bin.enumerated() { bin(0x7C + k, op, .i64, .i64) }
        let f32Un: [Op] = [.f32Abs, .f32Neg, .f32Ceil, .f32Floor, .f32Trunc, .f32Nearest, .f32Sqrt]
        for (k, op) in f32Un.enumerated() { un(0x8B + k, op, .f32, .f32) }
        let f32Bin: [Op] = [.f32Add, .f32Sub, .f32Mul, .f32Div, .f32Min, .f32Max, .f32Copysign]
        for (k, op) in f32Bin.enumerated() { bin(0x92 + k, op, .f32, .f32) }
        let f64Un: [Op] = [.f64Abs, .f64Neg, .f64Ceil, .f64Floor, .f64Trunc, .f64Nearest, .f64Sqrt]
        for (k, op) in f64Un.enumerated() { un(0x99 + k, op, .f64, .f64) }
        let f64Bin: [Op] = [.f64Add, .f64Sub, .f64Mul, .f64Div, .f64Min, .f64Max, .f64Copysign]
        for (k, op) in f64Bin.enumerated() { bin(0xA0 + k, op, .f64, .f64) }
        un(0xA7, .i32WrapI64, .i64, .i32)
        un(0xA8, .i32TruncF32S, .f32, .i32); un(0xA9, .i32TruncF32U, .f32, .i32)
        un(0xAA, .i32TruncF64S, .f64, .i32); un(0xAB, .i32TruncF64U, .f64, .i32)
        un(0xAC, .i64ExtendI32S, .i32, .i64); un(0xAD, .i64ExtendI32U, .i32, .i64)
        un(0xAE, .i64TruncF32S, .f32, .i64); un(0xAF, .i64TruncF32U, .f32, .i64)
        un(0xB0, .i64TruncF64S, .f64, .i64); un(0xB1, .i64TruncF64U, .f64, .i64)
        un(0xB2, .f32ConvertI32S, .i32, .f32); un(0xB3, .f32ConvertI32U, .i32, .f32)
        un(0xB4, .f32ConvertI64S, .i64, .f32); un(0xB5, .f32ConvertI64U, .i64, .f32)
        un(0xB6, .f32DemoteF64, .f64, .f32)
        un(0xB7, .f64ConvertI32S, .i32, .f64); un(0xB8, .f64ConvertI32U, .i32, .f64)
        un(0xB9, .f64ConvertI64S, .i64, .f64); un(0xBA, .f64ConvertI64U, .i64, .f64)
        un(0xBB, .f64PromoteF32, .f32, .f64)
        // 0xBC...0xBF reinterpretations are handled by the translator (no code).
        un(0xC0, .i32Extend8S, .i32, .i32); un(0xC1, .i32Extend16S, .i32, .i32)
        un(0xC2, .i64Extend8S, .i64, .i64); un(0xC3, .i64Extend16S, .i64, .i64); un(0xC4, .i64Extend32S, .i64, .i64)
        return table
    }()

    /// Saturating truncations, by 0xFC sub-opcode 0...7.
    static let saturatingTruncations: [Numeric] = [
        Numeric(op: .i32TruncSatF32S, operand: .f32, isBinary: false, result: .i32),
        Numeric(op: .i32TruncSatF32U, operand: .f32, isBinary: false, result: .i32),
        Numeric(op: .i32TruncSatF64S, operand: .f64, isBinary: false, result: .i32),
        Numeric(op: .i32TruncSatF64U, operand: .f64, isBinary: false, result: .i32),
        Numeric(op: .i64TruncSatF32S, operand: .f32, isBinary: false, result: .i64),
        Numeric(op: .i64TruncSatF32U, operand: .f32, isBinary: false, result: .i64),
        Numeric(op: .i64TruncSatF64S, operand: .f64, isBinary: false, result: .i64),
        Numeric(op: .i64TruncSatF64U, operand: .f64, isBinary: false, result: .i64),
    ]

    /// For a binary op whose right operand is a constant: the immediate form, if any.
    static let immediateForm = OpMap([
        (.i32Eq, .i32EqImm), (.i32Ne, .i32NeImm), (.i32LtS, .i32LtSImm), (.i32LtU, .i32LtUImm),
        (.i32GtS, .i32GtSImm), (.i32GtU, .i32GtUImm), (.i32LeS, .i32LeSImm), (.i32LeU, .i32LeUImm),
        (.i32GeS, .i32GeSImm), (.i32GeU, .i32GeUImm), (.i32Add, .i32AddImm), (.i32Sub, .i32SubImm),
        (.i32Mul, .i32MulImm), (.i32And, .i32AndImm), (.i32Or, .i32OrImm), (.i32Xor, .i32XorImm),
        (.i32Shl, .i32ShlImm), (.i32ShrS, .i32ShrSImm), (.i32ShrU, .i32ShrUImm), (.i32Rotl, .i32RotlImm),
        (.i32Rotr, .i32RotrImm), (.i64Eq, .i64EqImm), (.i64Ne, .i64NeImm), (.i64LtS, .i64LtSImm),
        (.i64LtU, .i64LtUImm), (.i64GtS, .i64GtSImm), (.i64GtU, .i64GtUImm), (.i64LeS, .i64LeSImm),
        (.i64LeU, .i64LeUImm), (.i64GeS, .i64GeSImm), (.i64GeU, .i64GeUImm), (.i64Add, .i64AddImm),
        (.i64Sub, .i64SubImm), (.i64Mul, .i64MulImm), (.i64And, .i64AndImm), (.i64Or, .i64OrImm),
        (.i64Xor, .i64XorImm), (.i64Shl, .i64ShlImm), (.i64ShrS, .i64ShrSImm), (.i64ShrU, .i64ShrUImm),
        (.i64Rotl, .i64RotlImm), (.i64Rotr, .i64RotrImm),
    ])

    /// For a binary op whose left operand is a constant: the op with operands swapped.
    static let swappedForm = OpMap([
        (.i32Eq, .i32Eq), (.i32Ne, .i32Ne), (.i32Add, .i32Add), (.i32Mul, .i32Mul), (.i32And, .i32And),
        (.i32Or, .i32Or), (.i32Xor, .i32Xor), (.i32LtS, .i32GtS), (.i32GtS, .i32LtS), (.i32LtU, .i32GtU),
        (.i32GtU, .i32LtU), (.i32LeS, .i32GeS), (.i32GeS, .i32LeS), (.i32LeU, .i32GeU), (.i32GeU, .i32LeU),
        (.i64Eq, .i64Eq), (.i64Ne, .i64Ne), (.i64Add, .i64Add), (.i64Mul, .i64Mul), (.i64And, .i64And),
        (.i64Or, .i64Or), (.i64Xor, .i64Xor), (.i64LtS, .i64GtS), (.i64GtS, .i64LtS), (.i64LtU, .i64GtU),
        (.i64GtU, .i64LtU), (.i64LeS, .i64GeS), (.i64GeS, .i64LeS), (.i64LeU, .i64GeU), (.i64GeU, .i64LeU),
    ])
}

/// A set of function indices below a count fixed at creation (one bit each): the functions a
/// module declares as referenced (`ref.func` may only name those).
struct FunctionIndexSet {
    private var words: [UInt64]
    let count: Int

    /// An empty set for indices `0..<count` (`count` is already checked against
    /// `EngineLimits.maxEntities`).
    init(count: Int) {
        self.count = Swift.max(count, 0)
        words = [UInt64](repeating: 0, count: (self.count + 63) / 64)
    }

    /// Adds `index` (ignored outside `0..<count`).
    mutating func insert(_ index: Int) {
        guard index >= 0, index < count else { return }
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    func contains(_ index: Int) -> Bool {
        guard index >= 0, index < count else { return false }
        return words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }
}
