/// Pairs of adjacent instructions executed in one dispatch, formed once a function's
/// branches are final (`BranchFolding.fold` ends with this).
///
/// The first instruction of a pair becomes an operation that also does the second's work
/// (read from the next instruction) and continues after it; the second stays in place, so a
/// branch to it still runs it alone and no index moves. The first of a pair charges no
/// fuel and cannot trap, or is a memory access whose trap comes before the second runs;
/// the second is an arithmetic operation or a memory access (trapping at its own pc, after
/// the first took effect, as a remainder by zero or an out-of-bounds load) or a call or
/// branch (run as itself, at its own pc); `fuelRet` charges before returning, as the two
/// did. Fuel used and trap points are unchanged.
///
/// Which pairs: frequent adjacent pairs of the benchmark kernels that also occur in the
/// plugins and modules of Benchmarks/LoadModules and fixtures/ (a pair found only in a
/// kernel would speed up the benchmark, not the plugins it stands for).
enum Superinstructions {
    static func form(_ code: UnsafeMutableBufferPointer<Instruction>) {
        var index = 0
        while index + 1 < code.count {
            if let pair = pairOp(code[index].op, code[index + 1].op) {
                code[index].op = pair
                index += 2
            } else {
                index += 1
            }
        }
    }

    /// The pair operation for `first` followed by `second`, if there is one.
    static func pairOp(_ first: Op, _ second: Op) -> Op? {
        switch (first, second) {
        // A block that only returns (paths entering it by a branch were folded and jump to the `ret`).
        case (.fuel, .ret): return .fuelRet
        case (.i32AddImm, .i32AddImm): return .i32AddImmThenAddImm
        case (.i32Add, .i32AddImm): return .i32AddThenAddImm
        case (.i32AddImm, .i32Add): return .i32AddImmThenAdd
        case (.i32Add, .i32Add): return .i32AddThenAdd
        case (.i32AddImm, .copy): return .i32AddImmThenCopy
        case (.i64Load, .i64Load): return .i64LoadThenI64Load
        case (.i32Store, .i32Store): return .i32StoreThenI32Store
        case (.i32AddImm, .i32Load): return .i32AddImmThenI32Load
        case (.i32AddImm, .i32Load8U): return .i32AddImmThenI32Load8U
        case (.i32AddImm, .call): return .i32AddImmThenCall
        case (.i32AddImm, .brIf): return .i32AddImmThenBrIf
        case (.i32AddImm, .brIfI32Ne): return .i32AddImmThenBrIfI32Ne
        case (.i32AddImm, .brIfI32NeImm): return .i32AddImmThenBrIfI32NeImm
        case (.i32Add, .brIfI32LtU): return .i32AddThenBrIfI32LtU
        case (.i32Add, .i32Load8U): return .i32AddThenI32Load8U
        case (.i32Add, .i64Load8U): return .i32AddThenI64Load8U
        case (.const32, .i32Sub): return .const32ThenI32Sub
        case (.const32, .i32Shl): return .const32ThenI32Shl
        case (.const32, .i32RemU): return .const32ThenI32RemU
        case (.const64, .i64Mul): return .const64ThenI64Mul
        case (.i32Xor, .i32MulImm): return .i32XorThenMulImm
        case (.i32ShrUImm, .i32And): return .i32ShrUImmThenAnd
        case (.i32AddImm, .i32Store): return .i32AddImmThenI32Store
        case (.i32Add, .i32Store): return .i32AddThenI32Store
        case (.i32Sub, .i32Store): return .i32SubThenI32Store
        case (.i32AndImm, .i32ShlImm): return .i32AndImmThenShlImm
        case (.i32MulImm, .i32Xor): return .i32MulImmThenXor
        case (.i32GtUImm, .select): return .i32GtUImmThenSelect
        case (.i32LtU, .select): return .i32LtUThenSelect
        case (.i32LtUImm, .select): return .i32LtUImmThenSelect
        case (.i32EqImm, .select): return .i32EqImmThenSelect
        case (.const32, .select): return .const32ThenSelect
        case (.i32MulImmAddImm, .i32ShrUImm): return .i32MulImmAddImmThenShrUImm
        case (.i64ShlImm, .i64Or): return .i64ShlImmThenOr
        case (.i64ExtendI32U, .i64Or): return .i64ExtendI32UThenOr
        case (.i32AddImm, .i32LoadScaled): return .i32AddImmThenI32LoadScaled
        default: return nil
        }
    }
}
