/// One instruction of the engine's internal register IR (24 bytes).
///
/// Validated Wasm code is lowered to this form before instantiation: operands are frame slots
/// (64-bit cells addressed relative to the frame pointer), branch targets are resolved to
/// relative instruction offsets, and stack heights are fixed at translation time. `local.get`
/// and constants produce no code: they become slot references or immediates.
///
/// Field use depends on `op` (see `Op`): usually `r` is the result slot and `a`, `b` the
/// operand slots. A few operations take one extension word (the next instruction), noted
/// on the case.
struct Instruction {
    /// The code that executes this instruction (direct threading); set when the module's
    /// code is linked (`HandlerTable`), from `op`.
    var handler: Handler
    var op: Op
    /// Small immediate: table index, fuel cost, ...
    var aux: UInt16
    var r: Int32
    var a: Int32
    var b: Int32

    @inline(__always)
    init(_ op: Op, r: Int32 = 0, a: Int32 = 0, b: Int32 = 0, aux: UInt16 = 0) {
        self.handler = Handlers.unlinked
        self.op = op
        self.aux = aux
        self.r = r
        self.a = a
        self.b = b
    }

    /// The relative jump of a branch: `r` for fused compare-and-branch operations, else `a`.
    var branchOffset: Int32 {
        get { op.isFusedBranch ? r : a }
        set { if op.isFusedBranch { r = newValue } else { a = newValue } }
    }

    /// A 64-bit immediate stored in `a` (low) and `b` (high).
    @inline(__always)
    var immediate64: UInt64 {
        UInt64(UInt32(bitPattern: a)) | (UInt64(UInt32(bitPattern: b)) << 32)
    }
}

/// The operations of the register IR.
enum Op: UInt16, CaseIterable {
    // MARK: Control
    /// Charge `a` fuel units for the basic block that starts here.
    case fuel
    /// Jump by `a` instructions.
    case br
    /// If slot `r` (i32) is non-zero, jump by `a`.
    case brIf
    /// If slot `r` (i32) is zero, jump by `a`.
    case brIfNot
    /// Index in slot `r`; `b` entries follow (the last is the default), each a `br`.
    case brTable
    /// Return from the current function (results already in slots 0..<n).
    case ret
    /// Charge `a` fuel units, then return: a `fuel` instruction followed by `ret` (which
    /// stays, for branches that charge the block themselves; see `BranchFolding`).
    case fuelRet
    /// The `unreachable` trap.
    case unreachable
    /// Call the module's defined function `a`; its frame starts at slot `b`.
    case call
    /// Call the module's imported function `a`; its frame starts at slot `b`.
    case callImport
    /// Call through table `aux` at index slot `r`, expected module type `a`, frame at `b`.
    case callIndirect
    /// A defined function's entry until its first call translates it (`a`: its index
    /// among the defined functions; see `LazyTranslation`).
    case lazyEntry

    // MARK: Data movement
    /// slot r = slot a
    case copy
    /// slot r = zero-extended 32-bit immediate `a`
    case const32
    /// slot r = 64-bit immediate (`a` low, `b` high)
    case const64
    /// slot r = slot(aux) != 0 ? slot a : slot b (condition slot below 65,536)
    case select
    /// slot r = slot(ext.r) != 0 ? slot a : slot b (one extension word)
    case selectWide

    // MARK: Globals
    /// slot r = global a
    case globalGet
    /// global a = slot r
    case globalSet

    // MARK: Memory (address slot a, static offset b as u32; load result r / store value r)
    case i32Load, i64Load
    case i32Load8S, i32Load8U, i32Load16S, i32Load16U
    case i64Load8S, i64Load8U, i64Load16S, i64Load16U, i64Load32S, i64Load32U
    case i32Store, i64Store, i32Store8, i32Store16, i64Store8, i64Store16, i64Store32
    /// Stores of an immediate value held in `r` (sign-extended for 64 bits).
    case storeImm8, storeImm16, storeImm32, storeImm64
    /// Scaled-index forms of `i32Load` and `i32Store`: the address is slot a shifted left by
    /// `aux` (an `i32.shl` by a constant, wrapped to 32 bits), plus the static offset `b`.
    case i32LoadScaled, i32StoreScaled
    /// slot r = memory size in pages
    case memorySize
    /// slot r = memory.grow(slot a)
    case memoryGrow
    /// fill(dest: r, value: a, count: b)
    case memoryFill
    /// copy(dest: r, source: a, count: b)
    case memoryCopy
    /// init(dest: r, source: a, count: b) from data segment ext.a (one extension word)
    case memoryInit
    /// drop data segment a
    case dataDrop

    // MARK: Tables (table index in aux)
    /// slot r = table[slot a]
    case tableGet
    /// table[slot a] = slot r
    case tableSet
    /// slot r = table size
    case tableSize
    /// slot r = table.grow(init: slot a, count: slot b)
    case tableGrow
    /// fill(index: r, value: a, count: b)
    case tableFill
    /// copy(dest: r, source: a, count: b) from table ext.a into table aux (one extension word)
    case tableCopy
    /// init(dest: r, source: a, count: b) from element segment ext.a (one extension word)
    case tableInit
    /// drop element segment a
    case elemDrop

    // MARK: References
    /// slot r = (slot a == null)
    case refIsNull
    /// slot r = reference to the module's function a
    case refFunc

    // MARK: Pairs: this instruction's operation, then the next instruction's, in one dispatch
    // (the next instruction stays for branches to it; see `Superinstructions`)
    case i32AddImmThenAddImm, i32AddThenAddImm, i32AddImmThenAdd, i32AddThenAdd, i32AddImmThenCopy
    case i64LoadThenI64Load, i32StoreThenI32Store, i32AddImmThenI32Load, i32AddImmThenI32Load8U
    case i32AddImmThenCall, i32AddImmThenBrIf, i32AddImmThenBrIfI32Ne, i32AddImmThenBrIfI32NeImm, i32AddThenBrIfI32LtU
    case i32AddThenI32Load8U, i32AddThenI64Load8U
    case const32ThenI32Sub, const32ThenI32Shl, const32ThenI32RemU, const64ThenI64Mul
    case i32XorThenMulImm, i32ShrUImmThenAnd
    case i32AddImmThenI32Store, i32AddThenI32Store, i32SubThenI32Store, i32AndImmThenShlImm, i32MulImmThenXor
    case i32GtUImmThenSelect, i32LtUThenSelect, i32LtUImmThenSelect, i32EqImmThenSelect, const32ThenSelect
    case i32MulImmAddImmThenShrUImm, i64ShlImmThenOr, i64ExtendI32UThenOr
    case i32AddImmThenI32LoadScaled

    // MARK: Fused compare-and-branch: jump by `r` when `slot a <op> slot b` (or immediate b)
    case brIfI32Eq, brIfI32Ne, brIfI32LtS, brIfI32LtU, brIfI32GtS, brIfI32GtU, brIfI32LeS, brIfI32LeU, brIfI32GeS, brIfI32GeU
    case brIfI32EqImm, brIfI32NeImm, brIfI32LtSImm, brIfI32LtUImm, brIfI32GtSImm, brIfI32GtUImm, brIfI32LeSImm, brIfI32LeUImm, brIfI32GeSImm, brIfI32GeUImm
    case brIfI64Eqz, brIfI64Nez
    case brIfI64Eq, brIfI64Ne, brIfI64LtS, brIfI64LtU, brIfI64GtS, brIfI64GtU, brIfI64LeS, brIfI64LeU, brIfI64GeS, brIfI64GeU
    case brIfI64EqImm, brIfI64NeImm, brIfI64LtSImm, brIfI64LtUImm, brIfI64GtSImm, brIfI64GtUImm, brIfI64LeSImm, brIfI64LeUImm, brIfI64GeSImm, brIfI64GeUImm

    // MARK: i32 (r = a op b)
    case i32Eqz, i32Eq, i32Ne, i32LtS, i32LtU, i32GtS, i32GtU, i32LeS, i32LeU, i32GeS, i32GeU
    case i32Clz, i32Ctz, i32Popcnt
    case i32Add, i32Sub, i32Mul, i32DivS, i32DivU, i32RemS, i32RemU
    case i32And, i32Or, i32Xor, i32Shl, i32ShrS, i32ShrU, i32Rotl, i32Rotr
    // i32 with immediate right operand `b`
    case i32EqImm, i32NeImm, i32LtSImm, i32LtUImm, i32GtSImm, i32GtUImm, i32LeSImm, i32LeUImm, i32GeSImm, i32GeUImm
    case i32AddImm, i32SubImm, i32MulImm, i32AndImm, i32OrImm, i32XorImm, i32ShlImm, i32ShrSImm, i32ShrUImm, i32RotlImm, i32RotrImm
    /// r = slot(aux) * a + b (wrapping): an `i32MulImm` whose result only feeds an add (or
    /// subtract) of a constant (see `FunctionTranslator.fuseMultiplyAddImmediate`).
    case i32MulImmAddImm

    // MARK: i64
    case i64Eqz, i64Eq, i64Ne, i64LtS, i64LtU, i64GtS, i64GtU, i64LeS, i64LeU, i64GeS, i64GeU
    case i64Clz, i64Ctz, i64Popcnt
    case i64Add, i64Sub, i64Mul, i64DivS, i64DivU, i64RemS, i64RemU
    case i64And, i64Or, i64Xor, i64Shl, i64ShrS, i64ShrU, i64Rotl, i64Rotr
    // i64 with sign-extended 32-bit immediate right operand `b`
    case i64EqImm, i64NeImm, i64LtSImm, i64LtUImm, i64GtSImm, i64GtUImm, i64LeSImm, i64LeUImm, i64GeSImm, i64GeUImm
    case i64AddImm, i64SubImm, i64MulImm, i64AndImm, i64OrImm, i64XorImm, i64ShlImm, i64ShrSImm, i64ShrUImm, i64RotlImm, i64RotrImm

    // MARK: f32
    case f32Eq, f32Ne, f32Lt, f32Gt, f32Le, f32Ge
    case f32Abs, f32Neg, f32Ceil, f32Floor, f32Trunc, f32Nearest, f32Sqrt
    case f32Add, f32Sub, f32Mul, f32Div, f32Min, f32Max, f32Copysign

    // MARK: f64
    case f64Eq, f64Ne, f64Lt, f64Gt, f64Le, f64Ge
    case f64Abs, f64Neg, f64Ceil, f64Floor, f64Trunc, f64Nearest, f64Sqrt
    case f64Add, f64Sub, f64Mul, f64Div, f64Min, f64Max, f64Copysign
    /// Multiply then add, rounded twice (no fused multiply-add): `L`: r = (a * b) + slot(aux);
    /// `R`: r = slot(aux) + (a * b) (operand order kept for NaN propagation).
    case f32MulAddL, f32MulAddR, f64MulAddL, f64MulAddR

    // MARK: Conversions
    case i32WrapI64
    case i32TruncF32S, i32TruncF32U, i32TruncF64S, i32TruncF64U
    case i64ExtendI32S, i64ExtendI32U
    case i64TruncF32S, i64TruncF32U, i64TruncF64S, i64TruncF64U
    case f32ConvertI32S, f32ConvertI32U, f32ConvertI64S, f32ConvertI64U, f32DemoteF64
    case f64ConvertI32S, f64ConvertI32U, f64ConvertI64S, f64ConvertI64U, f64PromoteF32
    case i32Extend8S, i32Extend16S, i64Extend8S, i64Extend16S, i64Extend32S
    case i32TruncSatF32S, i32TruncSatF32U, i32TruncSatF64S, i32TruncSatF64U
    case i64TruncSatF32S, i64TruncSatF32U, i64TruncSatF64S, i64TruncSatF64U
}

extension Op {
    /// Whether this is a fused compare-and-branch (its offset is in `r`).
    var isFusedBranch: Bool {
        rawValue >= Op.brIfI32Eq.rawValue && rawValue <= Op.brIfI64GeUImm.rawValue
    }

    /// Whether the handler ends with a control transfer counted against the chain's budget
    /// (fuel, branches, calls, returns) or ends the chain (`unreachable`).
    var transfersControl: Bool {
        rawValue <= Op.callIndirect.rawValue || isFusedBranch
    }

    /// Whether the instruction is followed by one extension word (data, never dispatched).
    var hasExtensionWord: Bool {
        self == .selectWide || self == .memoryInit || self == .tableCopy || self == .tableInit
    }

    /// For a comparison producing a branch condition: the fused branch taken when the
    /// comparison is true (`negated`: when it is false).
    @inline(__always)
    static func fusedBranch(for compare: Op, negated: Bool) -> Op? {
        if negated {
            guard let inverse = compareInverse[compare] else { return nil }
            return fusedBranchTable[inverse]
        }
        return fusedBranchTable[compare]
    }

    private static let compareInverse: OpMap = {
        let pairs: [(Op, Op)] = [
            (.i32Eq, .i32Ne), (.i32LtS, .i32GeS), (.i32LtU, .i32GeU), (.i32GtS, .i32LeS), (.i32GtU, .i32LeU),
            (.i32EqImm, .i32NeImm), (.i32LtSImm, .i32GeSImm), (.i32LtUImm, .i32GeUImm), (.i32GtSImm, .i32LeSImm), (.i32GtUImm, .i32LeUImm),
            (.i64Eq, .i64Ne), (.i64LtS, .i64GeS), (.i64LtU, .i64GeU), (.i64GtS, .i64LeS), (.i64GtU, .i64LeU),
            (.i64EqImm, .i64NeImm), (.i64LtSImm, .i64GeSImm), (.i64LtUImm, .i64GeUImm), (.i64GtSImm, .i64LeSImm), (.i64GtUImm, .i64LeUImm),
        ]
        return OpMap(pairs + pairs.map { ($0.1, $0.0) })
    }()

    private static let fusedBranchTable = OpMap([
        (.i32Eq, .brIfI32Eq), (.i32Ne, .brIfI32Ne), (.i32LtS, .brIfI32LtS), (.i32LtU, .brIfI32LtU), (.i32GtS, .brIfI32GtS),
        (.i32GtU, .brIfI32GtU), (.i32LeS, .brIfI32LeS), (.i32LeU, .brIfI32LeU), (.i32GeS, .brIfI32GeS), (.i32GeU, .brIfI32GeU),
        (.i32EqImm, .brIfI32EqImm), (.i32NeImm, .brIfI32NeImm), (.i32LtSImm, .brIfI32LtSImm), (.i32LtUImm, .brIfI32LtUImm),
        (.i32GtSImm, .brIfI32GtSImm), (.i32GtUImm, .brIfI32GtUImm), (.i32LeSImm, .brIfI32LeSImm), (.i32LeUImm, .brIfI32LeUImm),
        (.i32GeSImm, .brIfI32GeSImm), (.i32GeUImm, .brIfI32GeUImm),
        (.i64Eq, .brIfI64Eq), (.i64Ne, .brIfI64Ne), (.i64LtS, .brIfI64LtS), (.i64LtU, .brIfI64LtU), (.i64GtS, .brIfI64GtS),
        (.i64GtU, .brIfI64GtU), (.i64LeS, .brIfI64LeS), (.i64LeU, .brIfI64LeU), (.i64GeS, .brIfI64GeS), (.i64GeU, .brIfI64GeU),
        (.i64EqImm, .brIfI64EqImm), (.i64NeImm, .brIfI64NeImm), (.i64LtSImm, .brIfI64LtSImm), (.i64LtUImm, .brIfI64LtUImm),
        (.i64GtSImm, .brIfI64GtSImm), (.i64GtUImm, .brIfI64GtUImm), (.i64LeSImm, .brIfI64LeSImm), (.i64LeUImm, .brIfI64LeUImm),
        (.i64GeSImm, .brIfI64GeSImm), (.i64GeUImm, .brIfI64GeUImm),
    ])
}

/// A partial map from `Op` to `Op`, as a flat table indexed by raw value: the translator
/// looks ops up per instruction, where hashing would dominate.
struct OpMap {
    private var entries: [Op?]

    init(_ pairs: [(Op, Op)]) {
        entries = [Op?](repeating: nil, count: Op.allCases.count)
        for (key, value) in pairs { entries[Int(key.rawValue)] = value }
    }

    @inline(__always)
    subscript(op: Op) -> Op? { entries[Int(op.rawValue)] }
}
