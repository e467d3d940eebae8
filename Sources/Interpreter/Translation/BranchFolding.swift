/// Folds basic-block fuel charges into the branches and calls that enter the blocks, so
/// most blocks are entered without executing their `fuel` instruction.
///
/// The cost model is unchanged: every path still pays exactly the blocks it enters. A
/// branch whose target starts with a `fuel` instruction charges that cost itself and jumps
/// past it; a conditional branch followed by a `fuel` instruction charges the fall-through
/// block's cost itself and skips it; every call charges the callee's entry block and enters
/// after its `fuel` instruction (`CompiledFunction.entry`). (The `fuel` instructions stay
/// for other paths into the block, such as falling through into a join.) Superinstructions
/// are formed last.
enum BranchFolding {
    /// Per function, after translation.
    static func fold(_ code: UnsafeMutableBufferPointer<Instruction>) {
        let count = code.count
        for index in 0..<count {
            let op = code[index].op
            // One range check rejects most instructions: br, brIf, brIfNot are adjacent.
            let fused = op.isFusedBranch
            guard fused || (op.rawValue >= Op.br.rawValue && op.rawValue <= Op.brIfNot.rawValue) else { continue }
            var offset = fused ? code[index].r : code[index].a  // `branchOffset`
            let target = index + Int(offset)
            guard target >= 0, target < count else { continue }
            if op == .br {
                if code[target].op == .fuel, code[target].a >= 0, code[target].a <= Int32(UInt16.max) {
                    code[index].aux = UInt16(code[target].a)
                    code[index].a += 1
                }
                continue
            }
            var aux: UInt16 = 0
            if code[target].op == .fuel, code[target].a >= 0, code[target].a <= 255 {
                aux |= UInt16(code[target].a) << 8
                offset += 1
            }
            let next = index + 1
            if next < count, code[next].op == .fuel, code[next].a >= 0, code[next].a <= 127 {
                aux |= UInt16(code[next].a) | 0x80
            }
            code[index].aux = aux
            if fused { code[index].r = offset } else { code[index].a = offset }
        }
        Superinstructions.form(code)
    }
}
