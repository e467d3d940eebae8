/// Handlers of the instruction pairs formed by `Superinstructions`: the operation of the
/// instruction at `pc`, then the second instruction's own handler body at its own pc (so it
/// reads its fields, checks its bounds, traps and continues exactly as it would alone).
///
/// The operations (`…Step`) are the one definition of what those instructions compute: the
/// instructions' own handlers (Handlers+Numeric, Handlers+Control) call them too.
extension Handlers {
    /// slot r = slot a + immediate b (i32)
    @inline(__always)
    static func addImmStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, u32: fp.u32(i.a) &+ UInt32(bitPattern: i.b))
    }

    /// slot r = slot a + slot b (i32)
    @inline(__always)
    static func addStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, u32: fp.u32(i.a) &+ fp.u32(i.b))
    }

    /// slot r = 32-bit immediate a (zero-extended)
    @inline(__always)
    static func const32Step(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp[Int(i.r)] = UInt64(UInt32(bitPattern: i.a))
    }

    /// slot r = 64-bit immediate (a low, b high)
    @inline(__always)
    static func const64Step(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp[Int(i.r)] = i.immediate64
    }

    /// slot r = slot a ^ slot b (i32)
    @inline(__always)
    static func xorStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, u32: fp.u32(i.a) ^ fp.u32(i.b))
    }

    /// slot r = slot a >> immediate b (i32, unsigned)
    @inline(__always)
    static func shrUImmStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, u32: fp.u32(i.a) &>> (UInt32(bitPattern: i.b) & 31))
    }

    /// slot r = slot a & immediate b (i32)
    @inline(__always)
    static func andImmStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, u32: fp.u32(i.a) & UInt32(bitPattern: i.b))
    }

    /// slot r = slot a * immediate b (i32)
    @inline(__always)
    static func mulImmStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, u32: fp.u32(i.a) &* UInt32(bitPattern: i.b))
    }

    /// slot r = slot a - slot b (i32)
    @inline(__always)
    static func subStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, u32: fp.u32(i.a) &- fp.u32(i.b))
    }

    /// slot r = slot a > immediate b (i32, unsigned)
    @inline(__always)
    static func gtUImmStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, bool: fp.u32(i.a) > UInt32(bitPattern: i.b))
    }

    /// slot r = slot a < slot b (i32, unsigned)
    @inline(__always)
    static func ltUStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, bool: fp.u32(i.a) < fp.u32(i.b))
    }

    /// slot r = slot a < immediate b (i32, unsigned)
    @inline(__always)
    static func ltUImmStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, bool: fp.u32(i.a) < UInt32(bitPattern: i.b))
    }

    /// slot r = slot a == immediate b (i32)
    @inline(__always)
    static func eqImmStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, bool: fp.u32(i.a) == UInt32(bitPattern: i.b))
    }

    /// slot r = slot(aux) * a + b (i32)
    @inline(__always)
    static func mulImmAddImmStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, u32: fp.u32(Int32(i.aux)) &* UInt32(bitPattern: i.a) &+ UInt32(bitPattern: i.b))
    }

    /// slot r = slot a << immediate b (i64)
    @inline(__always)
    static func i64ShlImmStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, u64: fp.u64(i.a) &<< (UInt64(bitPattern: Int64(i.b)) & 63))
    }

    /// slot r = slot a zero-extended to i64
    @inline(__always)
    static func extendI32UStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp.set(i.r, u64: UInt64(fp.u32(i.a)))
    }

    static let i32AddImmThenAddImm: Handler = handle_i32AddImmThenAddImm
    @inline(__always)
    static func i32AddImmThenAddImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return i32AddImmBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddThenAddImm: Handler = handle_i32AddThenAddImm
    @inline(__always)
    static func i32AddThenAddImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addStep(pc.instruction, fp)
        return i32AddImmBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddImmThenAdd: Handler = handle_i32AddImmThenAdd
    @inline(__always)
    static func i32AddImmThenAddBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return i32AddBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddThenAdd: Handler = handle_i32AddThenAdd
    @inline(__always)
    static func i32AddThenAddBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addStep(pc.instruction, fp)
        return i32AddBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddImmThenCopy: Handler = handle_i32AddImmThenCopy
    @inline(__always)
    static func i32AddImmThenCopyBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return copyBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    // Pairs of memory accesses: the first checks its bounds and traps at its own pc; an
    // out-of-bounds second access traps at its pc, after the first took effect.

    static let i64LoadThenI64Load: Handler = handle_i64LoadThenI64Load
    @inline(__always)
    static func i64LoadThenI64LoadBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 8 <= st.exec.pointee.memSize else { return outOfBounds(ea, 8, pc, fp, st, fuel) }
        fp.set(i.r, u64: UInt64(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt64.self)))
        return i64LoadBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32StoreThenI32Store: Handler = handle_i32StoreThenI32Store
    @inline(__always)
    static func i32StoreThenI32StoreBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 4 <= st.exec.pointee.memSize else { return outOfBounds(ea, 4, pc, fp, st, fuel) }
        mem.storeBytes(of: fp.u32(i.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)
        return i32StoreBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddImmThenI32Load: Handler = handle_i32AddImmThenI32Load
    @inline(__always)
    static func i32AddImmThenI32LoadBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return i32LoadBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddImmThenI32Load8U: Handler = handle_i32AddImmThenI32Load8U
    @inline(__always)
    static func i32AddImmThenI32Load8UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return i32Load8UBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    // Pairs ending with a control transfer.

    static let i32AddImmThenCall: Handler = handle_i32AddImmThenCall
    @inline(__always)
    static func i32AddImmThenCallBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return callBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddImmThenBrIf: Handler = handle_i32AddImmThenBrIf
    @inline(__always)
    static func i32AddImmThenBrIfBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return brIfBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddImmThenBrIfI32Ne: Handler = handle_i32AddImmThenBrIfI32Ne
    @inline(__always)
    static func i32AddImmThenBrIfI32NeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return brIfI32NeBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddImmThenBrIfI32NeImm: Handler = handle_i32AddImmThenBrIfI32NeImm
    @inline(__always)
    static func i32AddImmThenBrIfI32NeImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return brIfI32NeImmBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddThenBrIfI32LtU: Handler = handle_i32AddThenBrIfI32LtU
    @inline(__always)
    static func i32AddThenBrIfI32LtUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addStep(pc.instruction, fp)
        return brIfI32LtUBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    // An arithmetic step, then a memory access that traps at its own pc.

    static let i32AddThenI32Load8U: Handler = handle_i32AddThenI32Load8U
    @inline(__always)
    static func i32AddThenI32Load8UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addStep(pc.instruction, fp)
        return i32Load8UBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddThenI64Load8U: Handler = handle_i32AddThenI64Load8U
    @inline(__always)
    static func i32AddThenI64Load8UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addStep(pc.instruction, fp)
        return i64Load8UBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    // Two arithmetic operations (the second traps at its own pc, as `i32.rem_u` by zero).

    static let const32ThenI32Sub: Handler = handle_const32ThenI32Sub
    @inline(__always)
    static func const32ThenI32SubBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        const32Step(pc.instruction, fp)
        return i32SubBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let const32ThenI32Shl: Handler = handle_const32ThenI32Shl
    @inline(__always)
    static func const32ThenI32ShlBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        const32Step(pc.instruction, fp)
        return i32ShlBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let const32ThenI32RemU: Handler = handle_const32ThenI32RemU
    @inline(__always)
    static func const32ThenI32RemUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        const32Step(pc.instruction, fp)
        return i32RemUBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let const64ThenI64Mul: Handler = handle_const64ThenI64Mul
    @inline(__always)
    static func const64ThenI64MulBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        const64Step(pc.instruction, fp)
        return i64MulBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32XorThenMulImm: Handler = handle_i32XorThenMulImm
    @inline(__always)
    static func i32XorThenMulImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        xorStep(pc.instruction, fp)
        return i32MulImmBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32ShrUImmThenAnd: Handler = handle_i32ShrUImmThenAnd
    @inline(__always)
    static func i32ShrUImmThenAndBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        shrUImmStep(pc.instruction, fp)
        return i32AndBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    // A sum or difference, then the store of it (trapping at its own pc).

    static let i32AddImmThenI32Store: Handler = handle_i32AddImmThenI32Store
    @inline(__always)
    static func i32AddImmThenI32StoreBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return i32StoreBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddThenI32Store: Handler = handle_i32AddThenI32Store
    @inline(__always)
    static func i32AddThenI32StoreBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addStep(pc.instruction, fp)
        return i32StoreBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32SubThenI32Store: Handler = handle_i32SubThenI32Store
    @inline(__always)
    static func i32SubThenI32StoreBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        subStep(pc.instruction, fp)
        return i32StoreBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    // Two arithmetic operations: masks and shifts, multiply then xor.

    static let i32AndImmThenShlImm: Handler = handle_i32AndImmThenShlImm
    @inline(__always)
    static func i32AndImmThenShlImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        andImmStep(pc.instruction, fp)
        return i32ShlImmBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32MulImmThenXor: Handler = handle_i32MulImmThenXor
    @inline(__always)
    static func i32MulImmThenXorBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        mulImmStep(pc.instruction, fp)
        return i32XorBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    // A condition (or a constant operand), then the `select` that uses it.

    static let i32GtUImmThenSelect: Handler = handle_i32GtUImmThenSelect
    @inline(__always)
    static func i32GtUImmThenSelectBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        gtUImmStep(pc.instruction, fp)
        return selectBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32LtUThenSelect: Handler = handle_i32LtUThenSelect
    @inline(__always)
    static func i32LtUThenSelectBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        ltUStep(pc.instruction, fp)
        return selectBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32LtUImmThenSelect: Handler = handle_i32LtUImmThenSelect
    @inline(__always)
    static func i32LtUImmThenSelectBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        ltUImmStep(pc.instruction, fp)
        return selectBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32EqImmThenSelect: Handler = handle_i32EqImmThenSelect
    @inline(__always)
    static func i32EqImmThenSelectBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        eqImmStep(pc.instruction, fp)
        return selectBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let const32ThenSelect: Handler = handle_const32ThenSelect
    @inline(__always)
    static func const32ThenSelectBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        const32Step(pc.instruction, fp)
        return selectBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    // A generator step then its shift; byte assembly (shift or extend, then or).

    static let i32MulImmAddImmThenShrUImm: Handler = handle_i32MulImmAddImmThenShrUImm
    @inline(__always)
    static func i32MulImmAddImmThenShrUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        mulImmAddImmStep(pc.instruction, fp)
        return i32ShrUImmBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i64ShlImmThenOr: Handler = handle_i64ShlImmThenOr
    @inline(__always)
    static func i64ShlImmThenOrBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        i64ShlImmStep(pc.instruction, fp)
        return i64OrBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i64ExtendI32UThenOr: Handler = handle_i64ExtendI32UThenOr
    @inline(__always)
    static func i64ExtendI32UThenOrBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        extendI32UStep(pc.instruction, fp)
        return i64OrBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    // An index step, then the scaled load of the element (tree walks, arrays).

    static let i32AddImmThenI32LoadScaled: Handler = handle_i32AddImmThenI32LoadScaled
    @inline(__always)
    static func i32AddImmThenI32LoadScaledBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return i32LoadScaledBody(pc + instructionStride, fp, st, fuel, mem, budget)
    }
}

// C-convention entry points (their thunks inline the bodies: one function per handler).
func handle_i32AddImmThenAddImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenAddImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddThenAddImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddThenAddImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenAdd(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenAddBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddThenAdd(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddThenAddBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenCopy(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenCopyBody(pc, fp, st, fuel, mem, budget) }
func handle_i64LoadThenI64Load(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64LoadThenI64LoadBody(pc, fp, st, fuel, mem, budget) }
func handle_i32StoreThenI32Store(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32StoreThenI32StoreBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenI32Load(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenI32LoadBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenI32Load8U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenI32Load8UBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenCall(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenCallBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenBrIf(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenBrIfBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenBrIfI32Ne(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenBrIfI32NeBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenBrIfI32NeImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenBrIfI32NeImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddThenBrIfI32LtU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddThenBrIfI32LtUBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddThenI32Load8U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddThenI32Load8UBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddThenI64Load8U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddThenI64Load8UBody(pc, fp, st, fuel, mem, budget) }
func handle_const32ThenI32Sub(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.const32ThenI32SubBody(pc, fp, st, fuel, mem, budget) }
func handle_const32ThenI32Shl(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.const32ThenI32ShlBody(pc, fp, st, fuel, mem, budget) }
func handle_const32ThenI32RemU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.const32ThenI32RemUBody(pc, fp, st, fuel, mem, budget) }
func handle_const64ThenI64Mul(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.const64ThenI64MulBody(pc, fp, st, fuel, mem, budget) }
func handle_i32XorThenMulImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32XorThenMulImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32ShrUImmThenAnd(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32ShrUImmThenAndBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenI32Store(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenI32StoreBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddThenI32Store(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddThenI32StoreBody(pc, fp, st, fuel, mem, budget) }
func handle_i32SubThenI32Store(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32SubThenI32StoreBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AndImmThenShlImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AndImmThenShlImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32MulImmThenXor(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32MulImmThenXorBody(pc, fp, st, fuel, mem, budget) }
func handle_i32GtUImmThenSelect(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32GtUImmThenSelectBody(pc, fp, st, fuel, mem, budget) }
func handle_i32LtUThenSelect(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LtUThenSelectBody(pc, fp, st, fuel, mem, budget) }
func handle_i32LtUImmThenSelect(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LtUImmThenSelectBody(pc, fp, st, fuel, mem, budget) }
func handle_i32EqImmThenSelect(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32EqImmThenSelectBody(pc, fp, st, fuel, mem, budget) }
func handle_const32ThenSelect(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.const32ThenSelectBody(pc, fp, st, fuel, mem, budget) }
func handle_i32MulImmAddImmThenShrUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32MulImmAddImmThenShrUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64ShlImmThenOr(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64ShlImmThenOrBody(pc, fp, st, fuel, mem, budget) }
func handle_i64ExtendI32UThenOr(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64ExtendI32UThenOrBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenI32LoadScaled(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenI32LoadScaledBody(pc, fp, st, fuel, mem, budget) }
