/// Handlers of the instruction pairs formed by `Superinstructions`: the operation of the
/// instruction at `pc`, then the second instruction's own handler body at its own pc (so it
/// reads its fields, checks its bounds, traps and continues exactly as it would alone).
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
