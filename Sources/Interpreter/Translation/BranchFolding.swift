/// Folds basic-block fuel charges into the branches and calls that enter the blocks, so
/// most blocks are entered without executing their `fuel` instruction.
///
/// The cost model is unchanged: every path still pays exactly the blocks it enters. A
/// branch whose target starts with a `fuel` instruction charges that cost itself and jumps
/// past it; a conditional branch followed by a `fuel` instruction charges the fall-through
/// block's cost itself and skips it; a `call` charges the callee's entry block and enters
/// after its `fuel` instruction. (The `fuel` instructions stay for other paths into the
/// block, such as falling through into a join.) Superinstructions are formed last.
enum BranchFolding {
    /// Per function, after translation.
    static func fold(_ code: inout [Instruction]) {
        let count = code.count
        for index in 0..<count {
            let op = code[index].op
            let conditional = op == .brIf || op == .brIfNot || op.isFusedBranch
            guard conditional || op == .br else { continue }
            let target = index + Int(code[index].branchOffset)
            guard target >= 0, target < count else { continue }
            if op == .br {
                if code[target].op == .fuel, code[target].a >= 0, code[target].a <= Int32(UInt16.max) {
                    code[index].aux = UInt16(code[target].a)
                    code[index].a += 1
                }
                continue
            }
            var aux: UInt16 = 0
            var offset = code[index].branchOffset
            if code[target].op == .fuel, code[target].a >= 0, code[target].a <= 255 {
                aux |= UInt16(code[target].a) << 8
                offset += 1
            }
            let next = index + 1
            if next < count, code[next].op == .fuel, code[next].a >= 0, code[next].a <= 127 {
                aux |= UInt16(code[next].a) | 0x80
            }
            code[index].aux = aux
            code[index].branchOffset = offset
        }
        Superinstructions.form(&code)
    }

    /// Per module, once every function is translated: `call` charges the callee's entry block.
    static func foldCalls(_ functions: inout [[Instruction]]) {
        let entryCosts: [Int32?] = functions.map { code in
            guard let first = code.first, first.op == .fuel, first.a >= 0, first.a <= Int32(UInt16.max) else { return nil }
            return first.a
        }
        for f in functions.indices {
            for index in functions[f].indices where functions[f][index].op == .call {
                let callee = Int(functions[f][index].a)
                guard callee >= 0, callee < entryCosts.count, let cost = entryCosts[callee] else { continue }
                functions[f][index].aux = UInt16(cost)
                functions[f][index].r = 1
            }
        }
    }
}
