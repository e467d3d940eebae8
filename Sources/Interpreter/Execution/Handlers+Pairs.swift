/// Handlers of the instruction pairs formed by `Superinstructions`: the operation of the
/// instruction at `pc`, then that of the next one (its fields read from it), then on to
/// the instruction after both.
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

    /// slot r = slot a
    @inline(__always)
    static func copyStep(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) {
        fp[Int(i.r)] = fp[Int(i.a)]
    }

    static let i32AddImmThenAddImm: Handler = handle_i32AddImmThenAddImm
    @inline(__always)
    static func i32AddImmThenAddImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        addImmStep((pc + instructionStride).instruction, fp)
        return next(pc + 2 &* instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddThenAddImm: Handler = handle_i32AddThenAddImm
    @inline(__always)
    static func i32AddThenAddImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addStep(pc.instruction, fp)
        addImmStep((pc + instructionStride).instruction, fp)
        return next(pc + 2 &* instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddImmThenAdd: Handler = handle_i32AddImmThenAdd
    @inline(__always)
    static func i32AddImmThenAddBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        addStep((pc + instructionStride).instruction, fp)
        return next(pc + 2 &* instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddThenAdd: Handler = handle_i32AddThenAdd
    @inline(__always)
    static func i32AddThenAddBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addStep(pc.instruction, fp)
        addStep((pc + instructionStride).instruction, fp)
        return next(pc + 2 &* instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddImmThenCopy: Handler = handle_i32AddImmThenCopy
    @inline(__always)
    static func i32AddImmThenCopyBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        copyStep((pc + instructionStride).instruction, fp)
        return next(pc + 2 &* instructionStride, fp, st, fuel, mem, budget)
    }

    // Pairs with memory accesses: each access checks its bounds in turn, and an
    // out-of-bounds second access traps at its own pc, after the first took effect.

    static let i64LoadThenI64Load: Handler = handle_i64LoadThenI64Load
    @inline(__always)
    static func i64LoadThenI64LoadBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 8 <= st.exec.pointee.memSize else { return outOfBounds(ea, 8, pc, fp, st, fuel) }
        fp.set(i.r, u64: UInt64(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt64.self)))
        let pc2 = pc + instructionStride
        let j = pc2.instruction
        let ea2 = address(j, fp)
        guard ea2 &+ 8 <= st.exec.pointee.memSize else { return outOfBounds(ea2, 8, pc2, fp, st, fuel) }
        fp.set(j.r, u64: UInt64(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea2), as: UInt64.self)))
        return next(pc + 2 &* instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32StoreThenI32Store: Handler = handle_i32StoreThenI32Store
    @inline(__always)
    static func i32StoreThenI32StoreBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 4 <= st.exec.pointee.memSize else { return outOfBounds(ea, 4, pc, fp, st, fuel) }
        mem.storeBytes(of: fp.u32(i.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)
        let pc2 = pc + instructionStride
        let j = pc2.instruction
        let ea2 = address(j, fp)
        guard ea2 &+ 4 <= st.exec.pointee.memSize else { return outOfBounds(ea2, 4, pc2, fp, st, fuel) }
        mem.storeBytes(of: fp.u32(j.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea2), as: UInt32.self)
        return next(pc + 2 &* instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddImmThenI32Load: Handler = handle_i32AddImmThenI32Load
    @inline(__always)
    static func i32AddImmThenI32LoadBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        let pc2 = pc + instructionStride
        let j = pc2.instruction
        let ea = address(j, fp)
        guard ea &+ 4 <= st.exec.pointee.memSize else { return outOfBounds(ea, 4, pc2, fp, st, fuel) }
        fp.set(j.r, u32: UInt32(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)))
        return next(pc + 2 &* instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32AddImmThenI32Load8U: Handler = handle_i32AddImmThenI32Load8U
    @inline(__always)
    static func i32AddImmThenI32Load8UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        let pc2 = pc + instructionStride
        let j = pc2.instruction
        let ea = address(j, fp)
        guard ea &+ 1 <= st.exec.pointee.memSize else { return outOfBounds(ea, 1, pc2, fp, st, fuel) }
        fp.set(j.r, u32: UInt32(mem.load(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt8.self)))
        return next(pc + 2 &* instructionStride, fp, st, fuel, mem, budget)
    }

    // Pairs ending with a control transfer: the second runs as itself, at its own pc.

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
