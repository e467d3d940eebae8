/// Handlers of the numeric instructions: `r = a op b` on frame slots (`b` is an immediate
/// for the `...Imm` forms). Generated from the operator table; each a few machine
/// instructions plus the jump to the next handler.
extension Handlers {
    static let i32Eqz: Handler = handle_i32Eqz
    @inline(__always)
    static func i32EqzBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u32(i.a) == 0)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Eq: Handler = handle_i32Eq
    @inline(__always)
    static func i32EqBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u32(i.a) == fp.u32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Ne: Handler = handle_i32Ne
    @inline(__always)
    static func i32NeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u32(i.a) != fp.u32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32LtS: Handler = handle_i32LtS
    @inline(__always)
    static func i32LtSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s32(i.a) < fp.s32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32LtU: Handler = handle_i32LtU
    @inline(__always)
    static func i32LtUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        ltUStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32GtS: Handler = handle_i32GtS
    @inline(__always)
    static func i32GtSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s32(i.a) > fp.s32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32GtU: Handler = handle_i32GtU
    @inline(__always)
    static func i32GtUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u32(i.a) > fp.u32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32LeS: Handler = handle_i32LeS
    @inline(__always)
    static func i32LeSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s32(i.a) <= fp.s32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32LeU: Handler = handle_i32LeU
    @inline(__always)
    static func i32LeUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u32(i.a) <= fp.u32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32GeS: Handler = handle_i32GeS
    @inline(__always)
    static func i32GeSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s32(i.a) >= fp.s32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32GeU: Handler = handle_i32GeU
    @inline(__always)
    static func i32GeUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u32(i.a) >= fp.u32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Clz: Handler = handle_i32Clz
    @inline(__always)
    static func i32ClzBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: UInt32(fp.u32(i.a).leadingZeroBitCount))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Ctz: Handler = handle_i32Ctz
    @inline(__always)
    static func i32CtzBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: UInt32(fp.u32(i.a).trailingZeroBitCount))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Popcnt: Handler = handle_i32Popcnt
    @inline(__always)
    static func i32PopcntBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: UInt32(fp.u32(i.a).nonzeroBitCount))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Add: Handler = handle_i32Add
    @inline(__always)
    static func i32AddBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Sub: Handler = handle_i32Sub
    @inline(__always)
    static func i32SubBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        subStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Mul: Handler = handle_i32Mul
    @inline(__always)
    static func i32MulBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: fp.u32(i.a) &* fp.u32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32And: Handler = handle_i32And
    @inline(__always)
    static func i32AndBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: fp.u32(i.a) & fp.u32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Or: Handler = handle_i32Or
    @inline(__always)
    static func i32OrBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: fp.u32(i.a) | fp.u32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Xor: Handler = handle_i32Xor
    @inline(__always)
    static func i32XorBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        xorStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Shl: Handler = handle_i32Shl
    @inline(__always)
    static func i32ShlBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: fp.u32(i.a) &<< (fp.u32(i.b) & 31))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32ShrS: Handler = handle_i32ShrS
    @inline(__always)
    static func i32ShrSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s32: fp.s32(i.a) &>> Int32(fp.u32(i.b) & 31))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32ShrU: Handler = handle_i32ShrU
    @inline(__always)
    static func i32ShrUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: fp.u32(i.a) &>> (fp.u32(i.b) & 31))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Rotl: Handler = handle_i32Rotl
    @inline(__always)
    static func i32RotlBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: rotl32(fp.u32(i.a), fp.u32(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Rotr: Handler = handle_i32Rotr
    @inline(__always)
    static func i32RotrBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: rotr32(fp.u32(i.a), fp.u32(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32EqImm: Handler = handle_i32EqImm
    @inline(__always)
    static func i32EqImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        eqImmStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32NeImm: Handler = handle_i32NeImm
    @inline(__always)
    static func i32NeImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u32(i.a) != UInt32(bitPattern: i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32LtSImm: Handler = handle_i32LtSImm
    @inline(__always)
    static func i32LtSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s32(i.a) < i.b)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32LtUImm: Handler = handle_i32LtUImm
    @inline(__always)
    static func i32LtUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        ltUImmStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32GtSImm: Handler = handle_i32GtSImm
    @inline(__always)
    static func i32GtSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s32(i.a) > i.b)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32GtUImm: Handler = handle_i32GtUImm
    @inline(__always)
    static func i32GtUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        gtUImmStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32LeSImm: Handler = handle_i32LeSImm
    @inline(__always)
    static func i32LeSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s32(i.a) <= i.b)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32LeUImm: Handler = handle_i32LeUImm
    @inline(__always)
    static func i32LeUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u32(i.a) <= UInt32(bitPattern: i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32GeSImm: Handler = handle_i32GeSImm
    @inline(__always)
    static func i32GeSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s32(i.a) >= i.b)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32GeUImm: Handler = handle_i32GeUImm
    @inline(__always)
    static func i32GeUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u32(i.a) >= UInt32(bitPattern: i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32AddImm: Handler = handle_i32AddImm
    @inline(__always)
    static func i32AddImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        addImmStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32SubImm: Handler = handle_i32SubImm
    @inline(__always)
    static func i32SubImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: fp.u32(i.a) &- UInt32(bitPattern: i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32MulImm: Handler = handle_i32MulImm
    @inline(__always)
    static func i32MulImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        mulImmStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    /// `x * a + b` in one dispatch (linear congruential generators, index arithmetic).
    static let i32MulImmAddImm: Handler = handle_i32MulImmAddImm
    @inline(__always)
    static func i32MulImmAddImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        mulImmAddImmStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32AndImm: Handler = handle_i32AndImm
    @inline(__always)
    static func i32AndImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        andImmStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32OrImm: Handler = handle_i32OrImm
    @inline(__always)
    static func i32OrImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: fp.u32(i.a) | UInt32(bitPattern: i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32XorImm: Handler = handle_i32XorImm
    @inline(__always)
    static func i32XorImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: fp.u32(i.a) ^ UInt32(bitPattern: i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32ShlImm: Handler = handle_i32ShlImm
    @inline(__always)
    static func i32ShlImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: fp.u32(i.a) &<< (UInt32(bitPattern: i.b) & 31))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32ShrSImm: Handler = handle_i32ShrSImm
    @inline(__always)
    static func i32ShrSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s32: fp.s32(i.a) &>> (i.b & 31))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32ShrUImm: Handler = handle_i32ShrUImm
    @inline(__always)
    static func i32ShrUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        shrUImmStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32RotlImm: Handler = handle_i32RotlImm
    @inline(__always)
    static func i32RotlImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: rotl32(fp.u32(i.a), UInt32(bitPattern: i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32RotrImm: Handler = handle_i32RotrImm
    @inline(__always)
    static func i32RotrImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: rotr32(fp.u32(i.a), UInt32(bitPattern: i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Eqz: Handler = handle_i64Eqz
    @inline(__always)
    static func i64EqzBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u64(i.a) == 0)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Eq: Handler = handle_i64Eq
    @inline(__always)
    static func i64EqBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u64(i.a) == fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Ne: Handler = handle_i64Ne
    @inline(__always)
    static func i64NeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u64(i.a) != fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64LtS: Handler = handle_i64LtS
    @inline(__always)
    static func i64LtSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s64(i.a) < fp.s64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64LtU: Handler = handle_i64LtU
    @inline(__always)
    static func i64LtUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u64(i.a) < fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64GtS: Handler = handle_i64GtS
    @inline(__always)
    static func i64GtSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s64(i.a) > fp.s64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64GtU: Handler = handle_i64GtU
    @inline(__always)
    static func i64GtUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u64(i.a) > fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64LeS: Handler = handle_i64LeS
    @inline(__always)
    static func i64LeSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s64(i.a) <= fp.s64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64LeU: Handler = handle_i64LeU
    @inline(__always)
    static func i64LeUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u64(i.a) <= fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64GeS: Handler = handle_i64GeS
    @inline(__always)
    static func i64GeSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s64(i.a) >= fp.s64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64GeU: Handler = handle_i64GeU
    @inline(__always)
    static func i64GeUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u64(i.a) >= fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Clz: Handler = handle_i64Clz
    @inline(__always)
    static func i64ClzBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: UInt64(fp.u64(i.a).leadingZeroBitCount))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Ctz: Handler = handle_i64Ctz
    @inline(__always)
    static func i64CtzBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: UInt64(fp.u64(i.a).trailingZeroBitCount))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Popcnt: Handler = handle_i64Popcnt
    @inline(__always)
    static func i64PopcntBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: UInt64(fp.u64(i.a).nonzeroBitCount))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Add: Handler = handle_i64Add
    @inline(__always)
    static func i64AddBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) &+ fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Sub: Handler = handle_i64Sub
    @inline(__always)
    static func i64SubBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) &- fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Mul: Handler = handle_i64Mul
    @inline(__always)
    static func i64MulBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) &* fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64And: Handler = handle_i64And
    @inline(__always)
    static func i64AndBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) & fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Or: Handler = handle_i64Or
    @inline(__always)
    static func i64OrBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) | fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Xor: Handler = handle_i64Xor
    @inline(__always)
    static func i64XorBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) ^ fp.u64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Shl: Handler = handle_i64Shl
    @inline(__always)
    static func i64ShlBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) &<< (fp.u64(i.b) & 63))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64ShrS: Handler = handle_i64ShrS
    @inline(__always)
    static func i64ShrSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s64: fp.s64(i.a) &>> Int64(fp.u64(i.b) & 63))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64ShrU: Handler = handle_i64ShrU
    @inline(__always)
    static func i64ShrUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) &>> (fp.u64(i.b) & 63))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Rotl: Handler = handle_i64Rotl
    @inline(__always)
    static func i64RotlBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: rotl64(fp.u64(i.a), fp.u64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Rotr: Handler = handle_i64Rotr
    @inline(__always)
    static func i64RotrBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: rotr64(fp.u64(i.a), fp.u64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64EqImm: Handler = handle_i64EqImm
    @inline(__always)
    static func i64EqImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s64(i.a) == Int64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64NeImm: Handler = handle_i64NeImm
    @inline(__always)
    static func i64NeImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s64(i.a) != Int64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64LtSImm: Handler = handle_i64LtSImm
    @inline(__always)
    static func i64LtSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s64(i.a) < Int64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64LtUImm: Handler = handle_i64LtUImm
    @inline(__always)
    static func i64LtUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u64(i.a) < UInt64(bitPattern: Int64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64GtSImm: Handler = handle_i64GtSImm
    @inline(__always)
    static func i64GtSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s64(i.a) > Int64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64GtUImm: Handler = handle_i64GtUImm
    @inline(__always)
    static func i64GtUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u64(i.a) > UInt64(bitPattern: Int64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64LeSImm: Handler = handle_i64LeSImm
    @inline(__always)
    static func i64LeSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s64(i.a) <= Int64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64LeUImm: Handler = handle_i64LeUImm
    @inline(__always)
    static func i64LeUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u64(i.a) <= UInt64(bitPattern: Int64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64GeSImm: Handler = handle_i64GeSImm
    @inline(__always)
    static func i64GeSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.s64(i.a) >= Int64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64GeUImm: Handler = handle_i64GeUImm
    @inline(__always)
    static func i64GeUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.u64(i.a) >= UInt64(bitPattern: Int64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64AddImm: Handler = handle_i64AddImm
    @inline(__always)
    static func i64AddImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) &+ UInt64(bitPattern: Int64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64SubImm: Handler = handle_i64SubImm
    @inline(__always)
    static func i64SubImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) &- UInt64(bitPattern: Int64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64MulImm: Handler = handle_i64MulImm
    @inline(__always)
    static func i64MulImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) &* UInt64(bitPattern: Int64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64AndImm: Handler = handle_i64AndImm
    @inline(__always)
    static func i64AndImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) & UInt64(bitPattern: Int64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64OrImm: Handler = handle_i64OrImm
    @inline(__always)
    static func i64OrImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) | UInt64(bitPattern: Int64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64XorImm: Handler = handle_i64XorImm
    @inline(__always)
    static func i64XorImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) ^ UInt64(bitPattern: Int64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64ShlImm: Handler = handle_i64ShlImm
    @inline(__always)
    static func i64ShlImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        i64ShlImmStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64ShrSImm: Handler = handle_i64ShrSImm
    @inline(__always)
    static func i64ShrSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s64: fp.s64(i.a) &>> (Int64(i.b) & 63))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64ShrUImm: Handler = handle_i64ShrUImm
    @inline(__always)
    static func i64ShrUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) &>> (UInt64(bitPattern: Int64(i.b)) & 63))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64RotlImm: Handler = handle_i64RotlImm
    @inline(__always)
    static func i64RotlImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: rotl64(fp.u64(i.a), UInt64(bitPattern: Int64(i.b))))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64RotrImm: Handler = handle_i64RotrImm
    @inline(__always)
    static func i64RotrImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: rotr64(fp.u64(i.a), UInt64(bitPattern: Int64(i.b))))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Eq: Handler = handle_f32Eq
    @inline(__always)
    static func f32EqBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f32(i.a) == fp.f32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Ne: Handler = handle_f32Ne
    @inline(__always)
    static func f32NeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f32(i.a) != fp.f32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Lt: Handler = handle_f32Lt
    @inline(__always)
    static func f32LtBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f32(i.a) < fp.f32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Gt: Handler = handle_f32Gt
    @inline(__always)
    static func f32GtBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f32(i.a) > fp.f32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Le: Handler = handle_f32Le
    @inline(__always)
    static func f32LeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f32(i.a) <= fp.f32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Ge: Handler = handle_f32Ge
    @inline(__always)
    static func f32GeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f32(i.a) >= fp.f32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Abs: Handler = handle_f32Abs
    @inline(__always)
    static func f32AbsBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: fp.u32(i.a) & 0x7FFF_FFFF)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Neg: Handler = handle_f32Neg
    @inline(__always)
    static func f32NegBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: fp.u32(i.a) ^ 0x8000_0000)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Ceil: Handler = handle_f32Ceil
    @inline(__always)
    static func f32CeilBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: fp.f32(i.a).rounded(.up))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Floor: Handler = handle_f32Floor
    @inline(__always)
    static func f32FloorBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: fp.f32(i.a).rounded(.down))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Trunc: Handler = handle_f32Trunc
    @inline(__always)
    static func f32TruncBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: fp.f32(i.a).rounded(.towardZero))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Nearest: Handler = handle_f32Nearest
    @inline(__always)
    static func f32NearestBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: fp.f32(i.a).rounded(.toNearestOrEven))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Sqrt: Handler = handle_f32Sqrt
    @inline(__always)
    static func f32SqrtBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: fp.f32(i.a).squareRoot())
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Add: Handler = handle_f32Add
    @inline(__always)
    static func f32AddBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: fp.f32(i.a) + fp.f32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Sub: Handler = handle_f32Sub
    @inline(__always)
    static func f32SubBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: fp.f32(i.a) - fp.f32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Mul: Handler = handle_f32Mul
    @inline(__always)
    static func f32MulBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: fp.f32(i.a) * fp.f32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Div: Handler = handle_f32Div
    @inline(__always)
    static func f32DivBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: fp.f32(i.a) / fp.f32(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Min: Handler = handle_f32Min
    @inline(__always)
    static func f32MinBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: Numerics.min(fp.f32(i.a), fp.f32(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Max: Handler = handle_f32Max
    @inline(__always)
    static func f32MaxBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: Numerics.max(fp.f32(i.a), fp.f32(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32Copysign: Handler = handle_f32Copysign
    @inline(__always)
    static func f32CopysignBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: (fp.u32(i.a) & 0x7FFF_FFFF) | (fp.u32(i.b) & 0x8000_0000))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Eq: Handler = handle_f64Eq
    @inline(__always)
    static func f64EqBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f64(i.a) == fp.f64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Ne: Handler = handle_f64Ne
    @inline(__always)
    static func f64NeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f64(i.a) != fp.f64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Lt: Handler = handle_f64Lt
    @inline(__always)
    static func f64LtBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f64(i.a) < fp.f64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Gt: Handler = handle_f64Gt
    @inline(__always)
    static func f64GtBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f64(i.a) > fp.f64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Le: Handler = handle_f64Le
    @inline(__always)
    static func f64LeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f64(i.a) <= fp.f64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Ge: Handler = handle_f64Ge
    @inline(__always)
    static func f64GeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp.f64(i.a) >= fp.f64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Abs: Handler = handle_f64Abs
    @inline(__always)
    static func f64AbsBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) & 0x7FFF_FFFF_FFFF_FFFF)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Neg: Handler = handle_f64Neg
    @inline(__always)
    static func f64NegBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: fp.u64(i.a) ^ 0x8000_0000_0000_0000)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Ceil: Handler = handle_f64Ceil
    @inline(__always)
    static func f64CeilBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: fp.f64(i.a).rounded(.up))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Floor: Handler = handle_f64Floor
    @inline(__always)
    static func f64FloorBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: fp.f64(i.a).rounded(.down))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Trunc: Handler = handle_f64Trunc
    @inline(__always)
    static func f64TruncBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: fp.f64(i.a).rounded(.towardZero))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Nearest: Handler = handle_f64Nearest
    @inline(__always)
    static func f64NearestBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: fp.f64(i.a).rounded(.toNearestOrEven))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Sqrt: Handler = handle_f64Sqrt
    @inline(__always)
    static func f64SqrtBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: fp.f64(i.a).squareRoot())
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Add: Handler = handle_f64Add
    @inline(__always)
    static func f64AddBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: fp.f64(i.a) + fp.f64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Sub: Handler = handle_f64Sub
    @inline(__always)
    static func f64SubBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: fp.f64(i.a) - fp.f64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Mul: Handler = handle_f64Mul
    @inline(__always)
    static func f64MulBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: fp.f64(i.a) * fp.f64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Div: Handler = handle_f64Div
    @inline(__always)
    static func f64DivBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: fp.f64(i.a) / fp.f64(i.b))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Min: Handler = handle_f64Min
    @inline(__always)
    static func f64MinBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: Numerics.min(fp.f64(i.a), fp.f64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Max: Handler = handle_f64Max
    @inline(__always)
    static func f64MaxBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: Numerics.max(fp.f64(i.a), fp.f64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64Copysign: Handler = handle_f64Copysign
    @inline(__always)
    static func f64CopysignBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: (fp.u64(i.a) & 0x7FFF_FFFF_FFFF_FFFF) | (fp.u64(i.b) & 0x8000_0000_0000_0000))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32WrapI64: Handler = handle_i32WrapI64
    @inline(__always)
    static func i32WrapI64Body(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: UInt32(truncatingIfNeeded: fp.u64(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    /// Also `i64Extend32S` (the same sign extension of the low 32 bits): one function, so the
    /// optimiser does not merge identical handlers behind a thunk.
    static let i64ExtendI32S: Handler = handle_i64ExtendI32S
    @inline(__always)
    static func i64ExtendI32SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s64: Int64(fp.s32(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64ExtendI32U: Handler = handle_i64ExtendI32U
    @inline(__always)
    static func i64ExtendI32UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        extendI32UStep(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32ConvertI32S: Handler = handle_f32ConvertI32S
    @inline(__always)
    static func f32ConvertI32SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: Float(fp.s32(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32ConvertI32U: Handler = handle_f32ConvertI32U
    @inline(__always)
    static func f32ConvertI32UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: Float(fp.u32(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32ConvertI64S: Handler = handle_f32ConvertI64S
    @inline(__always)
    static func f32ConvertI64SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: Float(fp.s64(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32ConvertI64U: Handler = handle_f32ConvertI64U
    @inline(__always)
    static func f32ConvertI64UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: Numerics.f32FromU64(fp.u64(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32DemoteF64: Handler = handle_f32DemoteF64
    @inline(__always)
    static func f32DemoteF64Body(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: Float(fp.f64(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64ConvertI32S: Handler = handle_f64ConvertI32S
    @inline(__always)
    static func f64ConvertI32SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: Double(fp.s32(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64ConvertI32U: Handler = handle_f64ConvertI32U
    @inline(__always)
    static func f64ConvertI32UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: Double(fp.u32(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64ConvertI64S: Handler = handle_f64ConvertI64S
    @inline(__always)
    static func f64ConvertI64SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: Double(fp.s64(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64ConvertI64U: Handler = handle_f64ConvertI64U
    @inline(__always)
    static func f64ConvertI64UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: Numerics.f64FromU64(fp.u64(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64PromoteF32: Handler = handle_f64PromoteF32
    @inline(__always)
    static func f64PromoteF32Body(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: Double(fp.f32(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Extend8S: Handler = handle_i32Extend8S
    @inline(__always)
    static func i32Extend8SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s32: Int32(Int8(truncatingIfNeeded: fp.u32(i.a))))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32Extend16S: Handler = handle_i32Extend16S
    @inline(__always)
    static func i32Extend16SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s32: Int32(Int16(truncatingIfNeeded: fp.u32(i.a))))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Extend8S: Handler = handle_i64Extend8S
    @inline(__always)
    static func i64Extend8SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s64: Int64(Int8(truncatingIfNeeded: fp.u64(i.a))))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64Extend16S: Handler = handle_i64Extend16S
    @inline(__always)
    static func i64Extend16SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s64: Int64(Int16(truncatingIfNeeded: fp.u64(i.a))))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32TruncSatF32S: Handler = handle_i32TruncSatF32S
    @inline(__always)
    static func i32TruncSatF32SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s32: Numerics.satI32S(fp.f32(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32TruncSatF32U: Handler = handle_i32TruncSatF32U
    @inline(__always)
    static func i32TruncSatF32UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: Numerics.satI32U(fp.f32(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32TruncSatF64S: Handler = handle_i32TruncSatF64S
    @inline(__always)
    static func i32TruncSatF64SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s32: Numerics.satI32S(fp.f64(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32TruncSatF64U: Handler = handle_i32TruncSatF64U
    @inline(__always)
    static func i32TruncSatF64UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: Numerics.satI32U(fp.f64(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64TruncSatF32S: Handler = handle_i64TruncSatF32S
    @inline(__always)
    static func i64TruncSatF32SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s64: Numerics.satI64S(fp.f32(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64TruncSatF32U: Handler = handle_i64TruncSatF32U
    @inline(__always)
    static func i64TruncSatF32UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: Numerics.satI64U(fp.f32(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64TruncSatF64S: Handler = handle_i64TruncSatF64S
    @inline(__always)
    static func i64TruncSatF64SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, s64: Numerics.satI64S(fp.f64(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64TruncSatF64U: Handler = handle_i64TruncSatF64U
    @inline(__always)
    static func i64TruncSatF64UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u64: Numerics.satI64U(fp.f64(i.a)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32DivS: Handler = handle_i32DivS
    @inline(__always)
    static func i32DivSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let x = fp.s32(i.a), y = fp.s32(i.b)
        if y == 0 { return raise(TrapCode.integerDivideByZero, pc, fp, st, fuel) }
        if x == Int32.min && y == -1 { return raise(TrapCode.integerOverflow, pc, fp, st, fuel) }
        fp.set(i.r, s32: x / y)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32DivU: Handler = handle_i32DivU
    @inline(__always)
    static func i32DivUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let y = fp.u32(i.b)
        if y == 0 { return raise(TrapCode.integerDivideByZero, pc, fp, st, fuel) }
        fp.set(i.r, u32: fp.u32(i.a) / y)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32RemS: Handler = handle_i32RemS
    @inline(__always)
    static func i32RemSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let x = fp.s32(i.a), y = fp.s32(i.b)
        if y == 0 { return raise(TrapCode.integerDivideByZero, pc, fp, st, fuel) }
        fp.set(i.r, s32: y == -1 ? 0 : x % y)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32RemU: Handler = handle_i32RemU
    @inline(__always)
    static func i32RemUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let y = fp.u32(i.b)
        if y == 0 { return raise(TrapCode.integerDivideByZero, pc, fp, st, fuel) }
        fp.set(i.r, u32: fp.u32(i.a) % y)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64DivS: Handler = handle_i64DivS
    @inline(__always)
    static func i64DivSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let x = fp.s64(i.a), y = fp.s64(i.b)
        if y == 0 { return raise(TrapCode.integerDivideByZero, pc, fp, st, fuel) }
        if x == Int64.min && y == -1 { return raise(TrapCode.integerOverflow, pc, fp, st, fuel) }
        fp.set(i.r, s64: x / y)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64DivU: Handler = handle_i64DivU
    @inline(__always)
    static func i64DivUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let y = fp.u64(i.b)
        if y == 0 { return raise(TrapCode.integerDivideByZero, pc, fp, st, fuel) }
        fp.set(i.r, u64: fp.u64(i.a) / y)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64RemS: Handler = handle_i64RemS
    @inline(__always)
    static func i64RemSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let x = fp.s64(i.a), y = fp.s64(i.b)
        if y == 0 { return raise(TrapCode.integerDivideByZero, pc, fp, st, fuel) }
        fp.set(i.r, s64: y == -1 ? 0 : x % y)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64RemU: Handler = handle_i64RemU
    @inline(__always)
    static func i64RemUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let y = fp.u64(i.b)
        if y == 0 { return raise(TrapCode.integerDivideByZero, pc, fp, st, fuel) }
        fp.set(i.r, u64: fp.u64(i.a) % y)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32TruncF32S: Handler = handle_i32TruncF32S
    @inline(__always)
    static func i32TruncF32SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        switch Numerics.truncToI32S(fp.f32(i.a)) {
        case .value(let v): fp.set(i.r, s32: v)
        case .invalid: return raise(TrapCode.invalidConversionToInteger, pc, fp, st, fuel)
        case .overflow: return raise(TrapCode.integerOverflow, pc, fp, st, fuel)
        }
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32TruncF32U: Handler = handle_i32TruncF32U
    @inline(__always)
    static func i32TruncF32UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        switch Numerics.truncToI32U(fp.f32(i.a)) {
        case .value(let v): fp.set(i.r, u32: v)
        case .invalid: return raise(TrapCode.invalidConversionToInteger, pc, fp, st, fuel)
        case .overflow: return raise(TrapCode.integerOverflow, pc, fp, st, fuel)
        }
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32TruncF64S: Handler = handle_i32TruncF64S
    @inline(__always)
    static func i32TruncF64SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        switch Numerics.truncToI32S(fp.f64(i.a)) {
        case .value(let v): fp.set(i.r, s32: v)
        case .invalid: return raise(TrapCode.invalidConversionToInteger, pc, fp, st, fuel)
        case .overflow: return raise(TrapCode.integerOverflow, pc, fp, st, fuel)
        }
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i32TruncF64U: Handler = handle_i32TruncF64U
    @inline(__always)
    static func i32TruncF64UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        switch Numerics.truncToI32U(fp.f64(i.a)) {
        case .value(let v): fp.set(i.r, u32: v)
        case .invalid: return raise(TrapCode.invalidConversionToInteger, pc, fp, st, fuel)
        case .overflow: return raise(TrapCode.integerOverflow, pc, fp, st, fuel)
        }
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64TruncF32S: Handler = handle_i64TruncF32S
    @inline(__always)
    static func i64TruncF32SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        switch Numerics.truncToI64S(fp.f32(i.a)) {
        case .value(let v): fp.set(i.r, s64: v)
        case .invalid: return raise(TrapCode.invalidConversionToInteger, pc, fp, st, fuel)
        case .overflow: return raise(TrapCode.integerOverflow, pc, fp, st, fuel)
        }
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64TruncF32U: Handler = handle_i64TruncF32U
    @inline(__always)
    static func i64TruncF32UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        switch Numerics.truncToI64U(fp.f32(i.a)) {
        case .value(let v): fp.set(i.r, u64: v)
        case .invalid: return raise(TrapCode.invalidConversionToInteger, pc, fp, st, fuel)
        case .overflow: return raise(TrapCode.integerOverflow, pc, fp, st, fuel)
        }
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64TruncF64S: Handler = handle_i64TruncF64S
    @inline(__always)
    static func i64TruncF64SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        switch Numerics.truncToI64S(fp.f64(i.a)) {
        case .value(let v): fp.set(i.r, s64: v)
        case .invalid: return raise(TrapCode.invalidConversionToInteger, pc, fp, st, fuel)
        case .overflow: return raise(TrapCode.integerOverflow, pc, fp, st, fuel)
        }
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let i64TruncF64U: Handler = handle_i64TruncF64U
    @inline(__always)
    static func i64TruncF64UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        switch Numerics.truncToI64U(fp.f64(i.a)) {
        case .value(let v): fp.set(i.r, u64: v)
        case .invalid: return raise(TrapCode.invalidConversionToInteger, pc, fp, st, fuel)
        case .overflow: return raise(TrapCode.integerOverflow, pc, fp, st, fuel)
        }
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32MulAddL: Handler = handle_f32MulAddL
    @inline(__always)
    static func f32MulAddLBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: (fp.f32(i.a) * fp.f32(i.b)) + fp.f32(Int32(i.aux)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f32MulAddR: Handler = handle_f32MulAddR
    @inline(__always)
    static func f32MulAddRBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f32: fp.f32(Int32(i.aux)) + (fp.f32(i.a) * fp.f32(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64MulAddL: Handler = handle_f64MulAddL
    @inline(__always)
    static func f64MulAddLBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: (fp.f64(i.a) * fp.f64(i.b)) + fp.f64(Int32(i.aux)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
    static let f64MulAddR: Handler = handle_f64MulAddR
    @inline(__always)
    static func f64MulAddRBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, f64: fp.f64(Int32(i.aux)) + (fp.f64(i.a) * fp.f64(i.b)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

}

// C-convention entry points (their thunks inline the bodies: one function per handler).
func handle_i32Eqz(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32EqzBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Eq(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32EqBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Ne(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32NeBody(pc, fp, st, fuel, mem, budget) }
func handle_i32LtS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LtSBody(pc, fp, st, fuel, mem, budget) }
func handle_i32LtU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LtUBody(pc, fp, st, fuel, mem, budget) }
func handle_i32GtS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32GtSBody(pc, fp, st, fuel, mem, budget) }
func handle_i32GtU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32GtUBody(pc, fp, st, fuel, mem, budget) }
func handle_i32LeS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LeSBody(pc, fp, st, fuel, mem, budget) }
func handle_i32LeU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LeUBody(pc, fp, st, fuel, mem, budget) }
func handle_i32GeS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32GeSBody(pc, fp, st, fuel, mem, budget) }
func handle_i32GeU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32GeUBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Clz(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32ClzBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Ctz(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32CtzBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Popcnt(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32PopcntBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Add(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Sub(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32SubBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Mul(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32MulBody(pc, fp, st, fuel, mem, budget) }
func handle_i32And(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AndBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Or(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32OrBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Xor(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32XorBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Shl(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32ShlBody(pc, fp, st, fuel, mem, budget) }
func handle_i32ShrS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32ShrSBody(pc, fp, st, fuel, mem, budget) }
func handle_i32ShrU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32ShrUBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Rotl(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32RotlBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Rotr(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32RotrBody(pc, fp, st, fuel, mem, budget) }
func handle_i32EqImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32EqImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32NeImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32NeImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32LtSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LtSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32LtUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LtUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32GtSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32GtSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32GtUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32GtUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32LeSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LeSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32LeUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LeUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32GeSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32GeSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32GeUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32GeUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AddImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AddImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32SubImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32SubImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32MulImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32MulImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32MulImmAddImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32MulImmAddImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32AndImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32AndImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32OrImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32OrImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32XorImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32XorImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32ShlImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32ShlImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32ShrSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32ShrSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32ShrUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32ShrUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32RotlImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32RotlImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i32RotrImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32RotrImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Eqz(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64EqzBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Eq(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64EqBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Ne(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64NeBody(pc, fp, st, fuel, mem, budget) }
func handle_i64LtS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64LtSBody(pc, fp, st, fuel, mem, budget) }
func handle_i64LtU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64LtUBody(pc, fp, st, fuel, mem, budget) }
func handle_i64GtS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64GtSBody(pc, fp, st, fuel, mem, budget) }
func handle_i64GtU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64GtUBody(pc, fp, st, fuel, mem, budget) }
func handle_i64LeS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64LeSBody(pc, fp, st, fuel, mem, budget) }
func handle_i64LeU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64LeUBody(pc, fp, st, fuel, mem, budget) }
func handle_i64GeS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64GeSBody(pc, fp, st, fuel, mem, budget) }
func handle_i64GeU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64GeUBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Clz(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64ClzBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Ctz(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64CtzBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Popcnt(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64PopcntBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Add(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64AddBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Sub(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64SubBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Mul(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64MulBody(pc, fp, st, fuel, mem, budget) }
func handle_i64And(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64AndBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Or(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64OrBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Xor(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64XorBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Shl(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64ShlBody(pc, fp, st, fuel, mem, budget) }
func handle_i64ShrS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64ShrSBody(pc, fp, st, fuel, mem, budget) }
func handle_i64ShrU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64ShrUBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Rotl(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64RotlBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Rotr(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64RotrBody(pc, fp, st, fuel, mem, budget) }
func handle_i64EqImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64EqImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64NeImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64NeImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64LtSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64LtSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64LtUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64LtUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64GtSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64GtSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64GtUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64GtUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64LeSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64LeSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64LeUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64LeUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64GeSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64GeSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64GeUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64GeUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64AddImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64AddImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64SubImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64SubImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64MulImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64MulImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64AndImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64AndImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64OrImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64OrImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64XorImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64XorImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64ShlImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64ShlImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64ShrSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64ShrSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64ShrUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64ShrUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64RotlImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64RotlImmBody(pc, fp, st, fuel, mem, budget) }
func handle_i64RotrImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64RotrImmBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Eq(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32EqBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Ne(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32NeBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Lt(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32LtBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Gt(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32GtBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Le(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32LeBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Ge(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32GeBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Abs(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32AbsBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Neg(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32NegBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Ceil(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32CeilBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Floor(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32FloorBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Trunc(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32TruncBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Nearest(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32NearestBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Sqrt(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32SqrtBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Add(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32AddBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Sub(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32SubBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Mul(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32MulBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Div(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32DivBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Min(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32MinBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Max(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32MaxBody(pc, fp, st, fuel, mem, budget) }
func handle_f32Copysign(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32CopysignBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Eq(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64EqBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Ne(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64NeBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Lt(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64LtBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Gt(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64GtBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Le(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64LeBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Ge(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64GeBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Abs(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64AbsBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Neg(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64NegBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Ceil(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64CeilBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Floor(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64FloorBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Trunc(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64TruncBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Nearest(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64NearestBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Sqrt(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64SqrtBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Add(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64AddBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Sub(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64SubBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Mul(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64MulBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Div(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64DivBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Min(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64MinBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Max(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64MaxBody(pc, fp, st, fuel, mem, budget) }
func handle_f64Copysign(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64CopysignBody(pc, fp, st, fuel, mem, budget) }
func handle_i32WrapI64(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32WrapI64Body(pc, fp, st, fuel, mem, budget) }
func handle_i64ExtendI32S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64ExtendI32SBody(pc, fp, st, fuel, mem, budget) }
func handle_i64ExtendI32U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64ExtendI32UBody(pc, fp, st, fuel, mem, budget) }
func handle_f32ConvertI32S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32ConvertI32SBody(pc, fp, st, fuel, mem, budget) }
func handle_f32ConvertI32U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32ConvertI32UBody(pc, fp, st, fuel, mem, budget) }
func handle_f32ConvertI64S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32ConvertI64SBody(pc, fp, st, fuel, mem, budget) }
func handle_f32ConvertI64U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32ConvertI64UBody(pc, fp, st, fuel, mem, budget) }
func handle_f32DemoteF64(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32DemoteF64Body(pc, fp, st, fuel, mem, budget) }
func handle_f64ConvertI32S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64ConvertI32SBody(pc, fp, st, fuel, mem, budget) }
func handle_f64ConvertI32U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64ConvertI32UBody(pc, fp, st, fuel, mem, budget) }
func handle_f64ConvertI64S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64ConvertI64SBody(pc, fp, st, fuel, mem, budget) }
func handle_f64ConvertI64U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64ConvertI64UBody(pc, fp, st, fuel, mem, budget) }
func handle_f64PromoteF32(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64PromoteF32Body(pc, fp, st, fuel, mem, budget) }
func handle_i32Extend8S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32Extend8SBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Extend16S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32Extend16SBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Extend8S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64Extend8SBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Extend16S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64Extend16SBody(pc, fp, st, fuel, mem, budget) }
func handle_i32TruncSatF32S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32TruncSatF32SBody(pc, fp, st, fuel, mem, budget) }
func handle_i32TruncSatF32U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32TruncSatF32UBody(pc, fp, st, fuel, mem, budget) }
func handle_i32TruncSatF64S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32TruncSatF64SBody(pc, fp, st, fuel, mem, budget) }
func handle_i32TruncSatF64U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32TruncSatF64UBody(pc, fp, st, fuel, mem, budget) }
func handle_i64TruncSatF32S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64TruncSatF32SBody(pc, fp, st, fuel, mem, budget) }
func handle_i64TruncSatF32U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64TruncSatF32UBody(pc, fp, st, fuel, mem, budget) }
func handle_i64TruncSatF64S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64TruncSatF64SBody(pc, fp, st, fuel, mem, budget) }
func handle_i64TruncSatF64U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64TruncSatF64UBody(pc, fp, st, fuel, mem, budget) }
func handle_i32DivS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32DivSBody(pc, fp, st, fuel, mem, budget) }
func handle_i32DivU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32DivUBody(pc, fp, st, fuel, mem, budget) }
func handle_i32RemS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32RemSBody(pc, fp, st, fuel, mem, budget) }
func handle_i32RemU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32RemUBody(pc, fp, st, fuel, mem, budget) }
func handle_i64DivS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64DivSBody(pc, fp, st, fuel, mem, budget) }
func handle_i64DivU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64DivUBody(pc, fp, st, fuel, mem, budget) }
func handle_i64RemS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64RemSBody(pc, fp, st, fuel, mem, budget) }
func handle_i64RemU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64RemUBody(pc, fp, st, fuel, mem, budget) }
func handle_i32TruncF32S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32TruncF32SBody(pc, fp, st, fuel, mem, budget) }
func handle_i32TruncF32U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32TruncF32UBody(pc, fp, st, fuel, mem, budget) }
func handle_i32TruncF64S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32TruncF64SBody(pc, fp, st, fuel, mem, budget) }
func handle_i32TruncF64U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32TruncF64UBody(pc, fp, st, fuel, mem, budget) }
func handle_i64TruncF32S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64TruncF32SBody(pc, fp, st, fuel, mem, budget) }
func handle_i64TruncF32U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64TruncF32UBody(pc, fp, st, fuel, mem, budget) }
func handle_i64TruncF64S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64TruncF64SBody(pc, fp, st, fuel, mem, budget) }
func handle_i64TruncF64U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64TruncF64UBody(pc, fp, st, fuel, mem, budget) }
func handle_f32MulAddL(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32MulAddLBody(pc, fp, st, fuel, mem, budget) }
func handle_f32MulAddR(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f32MulAddRBody(pc, fp, st, fuel, mem, budget) }
func handle_f64MulAddL(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64MulAddLBody(pc, fp, st, fuel, mem, budget) }
func handle_f64MulAddR(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.f64MulAddRBody(pc, fp, st, fuel, mem, budget) }
