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
}

// C-convention entry points (their thunks inline the bodies: one function per handler).
func handle_i32AddImmThenAddImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenAddImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddThenAddImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddThenAddImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenAdd(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenAddBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddThenAdd(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddThenAddBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImmThenCopy(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmThenCopyBody(pc, fp, st, fuel, mem, budget) }
