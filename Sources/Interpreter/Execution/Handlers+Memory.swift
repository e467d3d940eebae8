/// Handlers of loads and stores: address slot `a` plus static offset `b` (u32), checked
/// in 64-bit arithmetic against the memory size before any access (no overflow possible:
/// both are below 2^32). Loads write slot `r`; stores write slot `r`'s value (or the
/// immediate `r` for `storeImm*`).
extension Handlers {
    /// The effective address: (slot a + displacement `aux`) wrapped to 32 bits, plus the
    /// static offset `b` (see `FunctionTranslator.addressSlot`).
    @inline(__always)
    static func address(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) -> UInt64 {
        let base = fp.u32(i.a) &+ UInt32(bitPattern: Int32(Int16(bitPattern: i.aux)))
        return UInt64(base) &+ UInt64(UInt32(bitPattern: i.b))
    }

    @inline(never)
    static func outOfBounds(_ ea: UInt64, _ size: UInt64, _ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>,
                            _ st: UnsafeMutableRawPointer, _ fuel: Int64) -> Int {
        raise(.outOfBoundsMemoryAccess, pc, fp, st, fuel,
              access: MemoryAccessError(address: ea, length: size, memorySize: st.exec.pointee.memSize))
    }


    static let i32Load: Handler = handle_i32Load
    @inline(__always)
    static func i32LoadBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 4 <= st.exec.pointee.memSize else { return outOfBounds(ea, 4, pc, fp, st, fuel) }
        let v = mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)
        fp.set(i.r, u32: UInt32(littleEndian: v))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i64Load: Handler = handle_i64Load
    @inline(__always)
    static func i64LoadBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 8 <= st.exec.pointee.memSize else { return outOfBounds(ea, 8, pc, fp, st, fuel) }
        let v = mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt64.self)
        fp.set(i.r, u64: UInt64(littleEndian: v))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32Load8S: Handler = handle_i32Load8S
    @inline(__always)
    static func i32Load8SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 1 <= st.exec.pointee.memSize else { return outOfBounds(ea, 1, pc, fp, st, fuel) }
        let v = mem.load(fromByteOffset: Int(truncatingIfNeeded: ea), as: Int8.self)
        fp.set(i.r, s32: Int32(v))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32Load8U: Handler = handle_i32Load8U
    @inline(__always)
    static func i32Load8UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 1 <= st.exec.pointee.memSize else { return outOfBounds(ea, 1, pc, fp, st, fuel) }
        let v = mem.load(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt8.self)
        fp.set(i.r, u32: UInt32(v))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32Load16S: Handler = handle_i32Load16S
    @inline(__always)
    static func i32Load16SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 2 <= st.exec.pointee.memSize else { return outOfBounds(ea, 2, pc, fp, st, fuel) }
        let v = mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: Int16.self)
        fp.set(i.r, s32: Int32(Int16(littleEndian: v)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32Load16U: Handler = handle_i32Load16U
    @inline(__always)
    static func i32Load16UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 2 <= st.exec.pointee.memSize else { return outOfBounds(ea, 2, pc, fp, st, fuel) }
        let v = mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt16.self)
        fp.set(i.r, u32: UInt32(UInt16(littleEndian: v)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i64Load8S: Handler = handle_i64Load8S
    @inline(__always)
    static func i64Load8SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 1 <= st.exec.pointee.memSize else { return outOfBounds(ea, 1, pc, fp, st, fuel) }
        let v = mem.load(fromByteOffset: Int(truncatingIfNeeded: ea), as: Int8.self)
        fp.set(i.r, s64: Int64(v))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i64Load8U: Handler = handle_i64Load8U
    @inline(__always)
    static func i64Load8UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 1 <= st.exec.pointee.memSize else { return outOfBounds(ea, 1, pc, fp, st, fuel) }
        let v = mem.load(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt8.self)
        fp.set(i.r, u64: UInt64(v))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i64Load16S: Handler = handle_i64Load16S
    @inline(__always)
    static func i64Load16SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 2 <= st.exec.pointee.memSize else { return outOfBounds(ea, 2, pc, fp, st, fuel) }
        let v = mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: Int16.self)
        fp.set(i.r, s64: Int64(Int16(littleEndian: v)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i64Load16U: Handler = handle_i64Load16U
    @inline(__always)
    static func i64Load16UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 2 <= st.exec.pointee.memSize else { return outOfBounds(ea, 2, pc, fp, st, fuel) }
        let v = mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt16.self)
        fp.set(i.r, u64: UInt64(UInt16(littleEndian: v)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i64Load32S: Handler = handle_i64Load32S
    @inline(__always)
    static func i64Load32SBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 4 <= st.exec.pointee.memSize else { return outOfBounds(ea, 4, pc, fp, st, fuel) }
        let v = mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: Int32.self)
        fp.set(i.r, s64: Int64(Int32(littleEndian: v)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i64Load32U: Handler = handle_i64Load32U
    @inline(__always)
    static func i64Load32UBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 4 <= st.exec.pointee.memSize else { return outOfBounds(ea, 4, pc, fp, st, fuel) }
        let v = mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)
        fp.set(i.r, u64: UInt64(UInt32(littleEndian: v)))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    /// Also `i64Store32` (see `i32Store8`).
    static let i32Store: Handler = handle_i32Store
    @inline(__always)
    static func i32StoreBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 4 <= st.exec.pointee.memSize else { return outOfBounds(ea, 4, pc, fp, st, fuel) }
        mem.storeBytes(of: fp.u32(i.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    /// The effective address of the scaled-index forms: (slot a << `aux`) wrapped to 32
    /// bits, plus the static offset `b`.
    @inline(__always)
    static func scaledAddress(_ i: Instruction, _ fp: UnsafeMutablePointer<UInt64>) -> UInt64 {
        UInt64(fp.u32(i.a) << UInt32(i.aux & 31)) &+ UInt64(UInt32(bitPattern: i.b))
    }

    static let i32LoadScaled: Handler = handle_i32LoadScaled
    @inline(__always)
    static func i32LoadScaledBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = scaledAddress(i, fp)
        guard ea &+ 4 <= st.exec.pointee.memSize else { return outOfBounds(ea, 4, pc, fp, st, fuel) }
        let v = mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)
        fp.set(i.r, u32: UInt32(littleEndian: v))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i32StoreScaled: Handler = handle_i32StoreScaled
    @inline(__always)
    static func i32StoreScaledBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = scaledAddress(i, fp)
        guard ea &+ 4 <= st.exec.pointee.memSize else { return outOfBounds(ea, 4, pc, fp, st, fuel) }
        mem.storeBytes(of: fp.u32(i.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let i64Store: Handler = handle_i64Store
    @inline(__always)
    static func i64StoreBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 8 <= st.exec.pointee.memSize else { return outOfBounds(ea, 8, pc, fp, st, fuel) }
        mem.storeBytes(of: fp.u64(i.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt64.self)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    /// Also `i64Store8` (the same low byte of the slot): one function, so the optimiser
    /// does not merge identical handlers behind a thunk.
    static let i32Store8: Handler = handle_i32Store8
    @inline(__always)
    static func i32Store8Body(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 1 <= st.exec.pointee.memSize else { return outOfBounds(ea, 1, pc, fp, st, fuel) }
        mem.storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(i.r)]), toByteOffset: Int(truncatingIfNeeded: ea), as: UInt8.self)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    /// Also `i64Store16` (see `i32Store8`).
    static let i32Store16: Handler = handle_i32Store16
    @inline(__always)
    static func i32Store16Body(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 2 <= st.exec.pointee.memSize else { return outOfBounds(ea, 2, pc, fp, st, fuel) }
        mem.storeBytes(of: UInt16(truncatingIfNeeded: fp[Int(i.r)]).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt16.self)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let storeImm8: Handler = handle_storeImm8
    @inline(__always)
    static func storeImm8Body(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 1 <= st.exec.pointee.memSize else { return outOfBounds(ea, 1, pc, fp, st, fuel) }
        mem.storeBytes(of: UInt8(truncatingIfNeeded: i.r), toByteOffset: Int(truncatingIfNeeded: ea), as: UInt8.self)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let storeImm16: Handler = handle_storeImm16
    @inline(__always)
    static func storeImm16Body(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 2 <= st.exec.pointee.memSize else { return outOfBounds(ea, 2, pc, fp, st, fuel) }
        mem.storeBytes(of: UInt16(truncatingIfNeeded: i.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt16.self)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let storeImm32: Handler = handle_storeImm32
    @inline(__always)
    static func storeImm32Body(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 4 <= st.exec.pointee.memSize else { return outOfBounds(ea, 4, pc, fp, st, fuel) }
        mem.storeBytes(of: UInt32(bitPattern: i.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let storeImm64: Handler = handle_storeImm64
    @inline(__always)
    static func storeImm64Body(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let ea = address(i, fp)
        guard ea &+ 8 <= st.exec.pointee.memSize else { return outOfBounds(ea, 8, pc, fp, st, fuel) }
        mem.storeBytes(of: UInt64(bitPattern: Int64(i.r)).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt64.self)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    // MARK: Memory size, growth and bulk operations

    static let memorySize: Handler = handle_memorySize
    @inline(__always)
    static func memorySizeBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, u32: UInt32(truncatingIfNeeded: st.exec.pointee.memSize / 65_536))
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let memoryGrow: Handler = handle_memoryGrow
    @inline(__always)
    static func memoryGrowBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let s = st.exec
        var result = UInt32.max
        if s.pointee.ctx.pointee.memory != nil {
            let store = s.pointee.store.takeUnretainedValue()
            let memory = store.instances[s.pointee.ctx.pointee.instanceIndex].memories[0]
            if let old = memory.grow(by: UInt64(fp.u32(i.a))) { result = UInt32(truncatingIfNeeded: old) }
        }
        fp.set(i.r, u32: result)
        let memory = reloadMemory(st)
        return next(pc + instructionStride, fp, st, fuel, memory, budget)
    }

    /// memory.fill(dest: r, value: a, count: b): bounds first, then 1 fuel per 64 bytes.
    static let memoryFill: Handler = handle_memoryFill
    @inline(__always)
    static func memoryFillBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let d = UInt64(fp.u32(i.r)), n = UInt64(fp.u32(i.b))
        let size = st.exec.pointee.memSize
        guard d &+ n <= size else {
            return raise(.outOfBoundsMemoryAccess, pc, fp, st, fuel, access: MemoryAccessError(address: d, length: n, memorySize: size))
        }
        guard let left = charge(Int64(FuelCostModel.bulkUnits(bytes: n)), fuel, st) else { return trapped(pc, fp, st, fuel) }
        if n > 0 { (mem + Int(d)).initializeMemory(as: UInt8.self, repeating: UInt8(truncatingIfNeeded: fp.u32(i.a)), count: Int(n)) }
        return next(pc + instructionStride, fp, st, left, mem, budget)
    }

    /// memory.copy(dest: r, source: a, count: b): bounds first, then 1 fuel per 64 bytes.
    static let memoryCopy: Handler = handle_memoryCopy
    @inline(__always)
    static func memoryCopyBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let d = UInt64(fp.u32(i.r)), s = UInt64(fp.u32(i.a)), n = UInt64(fp.u32(i.b))
        let size = st.exec.pointee.memSize
        guard s &+ n <= size else {
            return raise(.outOfBoundsMemoryAccess, pc, fp, st, fuel, access: MemoryAccessError(address: s, length: n, memorySize: size))
        }
        guard d &+ n <= size else {
            return raise(.outOfBoundsMemoryAccess, pc, fp, st, fuel, access: MemoryAccessError(address: d, length: n, memorySize: size))
        }
        guard let left = charge(Int64(FuelCostModel.bulkUnits(bytes: n)), fuel, st) else { return trapped(pc, fp, st, fuel) }
        if n > 0 { (mem + Int(d)).copyMemory(from: mem + Int(s), byteCount: Int(n)) }
        return next(pc + instructionStride, fp, st, left, mem, budget)
    }

    /// memory.fill/copy/init, data.drop and the table operations: out of line.
    static let bulk: Handler = handle_bulk
    @inline(__always)
    static func bulkBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let s = st.exec
        let result = BulkOperations.execute(i, pc: pc.assumingMemoryBound(to: Instruction.self), fp: fp, context: s.pointee.ctx,
                                            store: s.pointee.store.takeUnretainedValue(), fuel: fuel)
        if let failure = result.failure {
            return raise(failure.kind, pc, fp, st, result.fuel, access: failure.memoryAccess)
        }
        let memory = reloadMemory(st)
        let words = i.op.hasExtensionWord ? 2 : 1
        return next(pc + words &* instructionStride, fp, st, result.fuel, memory, budget)
    }
}

// C-convention entry points (their thunks inline the bodies: one function per handler).
func handle_i32Load(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LoadBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Load(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64LoadBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Load8S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32Load8SBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Load8U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32Load8UBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Load16S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32Load16SBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Load16U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32Load16UBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Load8S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64Load8SBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Load8U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64Load8UBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Load16S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64Load16SBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Load16U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64Load16UBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Load32S(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64Load32SBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Load32U(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64Load32UBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Store(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32StoreBody(pc, fp, st, fuel, mem, budget) }
func handle_i64Store(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i64StoreBody(pc, fp, st, fuel, mem, budget) }
func handle_i32Store8(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32Store8Body(pc, fp, st, fuel, mem, budget) }
func handle_i32Store16(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32Store16Body(pc, fp, st, fuel, mem, budget) }
func handle_storeImm8(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.storeImm8Body(pc, fp, st, fuel, mem, budget) }
func handle_storeImm16(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.storeImm16Body(pc, fp, st, fuel, mem, budget) }
func handle_storeImm32(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.storeImm32Body(pc, fp, st, fuel, mem, budget) }
func handle_i32LoadScaled(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32LoadScaledBody(pc, fp, st, fuel, mem, budget) }
func handle_i32StoreScaled(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.i32StoreScaledBody(pc, fp, st, fuel, mem, budget) }
func handle_storeImm64(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.storeImm64Body(pc, fp, st, fuel, mem, budget) }
func handle_memorySize(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.memorySizeBody(pc, fp, st, fuel, mem, budget) }
func handle_memoryGrow(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.memoryGrowBody(pc, fp, st, fuel, mem, budget) }
func handle_bulk(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.bulkBody(pc, fp, st, fuel, mem, budget) }
func handle_memoryFill(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.memoryFillBody(pc, fp, st, fuel, mem, budget) }
func handle_memoryCopy(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.memoryCopyBody(pc, fp, st, fuel, mem, budget) }
