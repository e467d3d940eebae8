/// Pairs of adjacent instructions executed in one dispatch, formed once a function's
/// branches are final (`BranchFolding.fold` ends with this).
///
/// The first instruction of a pair becomes an operation that also does the second's work
/// (read from the next instruction) and continues after it; the second stays in place, so a
/// branch to it still runs it alone and no index moves. Only operations that cannot trap
/// and charge no fuel are paired, except memory accesses (each traps at its own pc, in
/// order) and `fuelRet` (its charge comes first, as before): fuel used and trap points are
/// unchanged.
enum Superinstructions {
    static func form(_ code: inout [Instruction]) {
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
        default: return nil
        }
    }
}
