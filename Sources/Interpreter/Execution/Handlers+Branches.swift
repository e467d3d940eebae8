/// Handlers of the fused compare-and-branch instructions: jump by `r` when the comparison
/// of slot `a` with slot (or immediate) `b` holds.
extension Handlers {
    static let brIfI32Eq: Handler = handle_brIfI32Eq
    @inline(__always)
    static func brIfI32EqBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) == fp.u32(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32Ne: Handler = handle_brIfI32Ne
    @inline(__always)
    static func brIfI32NeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) != fp.u32(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32LtS: Handler = handle_brIfI32LtS
    @inline(__always)
    static func brIfI32LtSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s32(i.a) < fp.s32(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32LtU: Handler = handle_brIfI32LtU
    @inline(__always)
    static func brIfI32LtUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) < fp.u32(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32GtS: Handler = handle_brIfI32GtS
    @inline(__always)
    static func brIfI32GtSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s32(i.a) > fp.s32(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32GtU: Handler = handle_brIfI32GtU
    @inline(__always)
    static func brIfI32GtUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) > fp.u32(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32LeS: Handler = handle_brIfI32LeS
    @inline(__always)
    static func brIfI32LeSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s32(i.a) <= fp.s32(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32LeU: Handler = handle_brIfI32LeU
    @inline(__always)
    static func brIfI32LeUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) <= fp.u32(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32GeS: Handler = handle_brIfI32GeS
    @inline(__always)
    static func brIfI32GeSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s32(i.a) >= fp.s32(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32GeU: Handler = handle_brIfI32GeU
    @inline(__always)
    static func brIfI32GeUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) >= fp.u32(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32EqImm: Handler = handle_brIfI32EqImm
    @inline(__always)
    static func brIfI32EqImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) == UInt32(bitPattern: i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32NeImm: Handler = handle_brIfI32NeImm
    @inline(__always)
    static func brIfI32NeImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) != UInt32(bitPattern: i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32LtSImm: Handler = handle_brIfI32LtSImm
    @inline(__always)
    static func brIfI32LtSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s32(i.a) < i.b, i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32LtUImm: Handler = handle_brIfI32LtUImm
    @inline(__always)
    static func brIfI32LtUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) < UInt32(bitPattern: i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32GtSImm: Handler = handle_brIfI32GtSImm
    @inline(__always)
    static func brIfI32GtSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s32(i.a) > i.b, i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32GtUImm: Handler = handle_brIfI32GtUImm
    @inline(__always)
    static func brIfI32GtUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) > UInt32(bitPattern: i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32LeSImm: Handler = handle_brIfI32LeSImm
    @inline(__always)
    static func brIfI32LeSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s32(i.a) <= i.b, i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32LeUImm: Handler = handle_brIfI32LeUImm
    @inline(__always)
    static func brIfI32LeUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) <= UInt32(bitPattern: i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32GeSImm: Handler = handle_brIfI32GeSImm
    @inline(__always)
    static func brIfI32GeSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s32(i.a) >= i.b, i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI32GeUImm: Handler = handle_brIfI32GeUImm
    @inline(__always)
    static func brIfI32GeUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.a) >= UInt32(bitPattern: i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64Eqz: Handler = handle_brIfI64Eqz
    @inline(__always)
    static func brIfI64EqzBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) == 0, i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64Nez: Handler = handle_brIfI64Nez
    @inline(__always)
    static func brIfI64NezBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) != 0, i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64Eq: Handler = handle_brIfI64Eq
    @inline(__always)
    static func brIfI64EqBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) == fp.u64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64Ne: Handler = handle_brIfI64Ne
    @inline(__always)
    static func brIfI64NeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) != fp.u64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64LtS: Handler = handle_brIfI64LtS
    @inline(__always)
    static func brIfI64LtSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s64(i.a) < fp.s64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64LtU: Handler = handle_brIfI64LtU
    @inline(__always)
    static func brIfI64LtUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) < fp.u64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64GtS: Handler = handle_brIfI64GtS
    @inline(__always)
    static func brIfI64GtSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s64(i.a) > fp.s64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64GtU: Handler = handle_brIfI64GtU
    @inline(__always)
    static func brIfI64GtUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) > fp.u64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64LeS: Handler = handle_brIfI64LeS
    @inline(__always)
    static func brIfI64LeSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s64(i.a) <= fp.s64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64LeU: Handler = handle_brIfI64LeU
    @inline(__always)
    static func brIfI64LeUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) <= fp.u64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64GeS: Handler = handle_brIfI64GeS
    @inline(__always)
    static func brIfI64GeSBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s64(i.a) >= fp.s64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64GeU: Handler = handle_brIfI64GeU
    @inline(__always)
    static func brIfI64GeUBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) >= fp.u64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64EqImm: Handler = handle_brIfI64EqImm
    @inline(__always)
    static func brIfI64EqImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s64(i.a) == Int64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64NeImm: Handler = handle_brIfI64NeImm
    @inline(__always)
    static func brIfI64NeImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s64(i.a) != Int64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64LtSImm: Handler = handle_brIfI64LtSImm
    @inline(__always)
    static func brIfI64LtSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s64(i.a) < Int64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64LtUImm: Handler = handle_brIfI64LtUImm
    @inline(__always)
    static func brIfI64LtUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) < UInt64(bitPattern: Int64(i.b)), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64GtSImm: Handler = handle_brIfI64GtSImm
    @inline(__always)
    static func brIfI64GtSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s64(i.a) > Int64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64GtUImm: Handler = handle_brIfI64GtUImm
    @inline(__always)
    static func brIfI64GtUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) > UInt64(bitPattern: Int64(i.b)), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64LeSImm: Handler = handle_brIfI64LeSImm
    @inline(__always)
    static func brIfI64LeSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s64(i.a) <= Int64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64LeUImm: Handler = handle_brIfI64LeUImm
    @inline(__always)
    static func brIfI64LeUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) <= UInt64(bitPattern: Int64(i.b)), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64GeSImm: Handler = handle_brIfI64GeSImm
    @inline(__always)
    static func brIfI64GeSImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.s64(i.a) >= Int64(i.b), i.r, i, pc, fp, st, fuel, mem, budget)
    }
    static let brIfI64GeUImm: Handler = handle_brIfI64GeUImm
    @inline(__always)
    static func brIfI64GeUImmBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u64(i.a) >= UInt64(bitPattern: Int64(i.b)), i.r, i, pc, fp, st, fuel, mem, budget)
    }
}

// C-convention entry points (their thunks inline the bodies: one function per handler).
func handle_brIfI32Eq(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32EqBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32Ne(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32NeBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32LtS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32LtSBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32LtU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32LtUBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32GtS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32GtSBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32GtU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32GtUBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32LeS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32LeSBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32LeU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32LeUBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32GeS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32GeSBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32GeU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32GeUBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32EqImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32EqImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32NeImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32NeImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32LtSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32LtSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32LtUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32LtUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32GtSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32GtSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32GtUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32GtUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32LeSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32LeSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32LeUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32LeUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32GeSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32GeSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI32GeUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI32GeUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64Eqz(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64EqzBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64Nez(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64NezBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64Eq(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64EqBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64Ne(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64NeBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64LtS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64LtSBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64LtU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64LtUBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64GtS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64GtSBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64GtU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64GtUBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64LeS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64LeSBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64LeU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64LeUBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64GeS(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64GeSBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64GeU(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64GeUBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64EqImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64EqImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64NeImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64NeImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64LtSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64LtSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64LtUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64LtUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64GtSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64GtSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64GtUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64GtUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64LeSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64LeSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64LeUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64LeUImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64GeSImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64GeSImmBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfI64GeUImm(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfI64GeUImmBody(pc, fp, st, fuel, mem, budget) }
