/// Handlers of control flow, calls, data movement, globals and references.
enum Handlers {
    /// Placeholder of instructions not yet linked, and of extension words (never run).
    static let unlinked: Handler = handle_unlinked
    @inline(__always)
    static func unlinkedBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ _: UnsafeMutableRawPointer, _ _: Int) -> Int {
        raise(.hostError("internal error: unlinked instruction"), pc, fp, st, fuel)
    }

    // MARK: Fuel and branches

    static let fuel: Handler = handle_fuel
    @inline(__always)
    static func fuelBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        chargeAndContinue(Int64(pc.instruction.a), pc + instructionStride, trapPC: pc, fp, st, fuel, mem, budget)
    }

    /// Unconditional jump by `a`; `aux` is the target block's folded fuel.
    static let br: Handler = handle_br
    @inline(__always)
    static func brBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return chargeAndContinue(Int64(i.aux), pc + Int(i.a) &* instructionStride, trapPC: pc, fp, st, fuel, mem, budget)
    }

    /// A conditional branch's continuation: `aux` packs the folded fuel of both successor
    /// blocks (see `BranchFolding`): bits 8-15 the taken target's, bits 0-6 the
    /// fall-through block's, bit 7 set when the fall-through skips its own fuel instruction.
    @inline(__always)
    static func branch(_ taken: Bool, _ offset: Int32, _ i: Instruction, _ pc: UnsafeMutableRawPointer,
                       _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer,
                       _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let aux = Int(i.aux)
        let step = taken ? Int(offset) : 1 + ((aux >> 7) & 1)
        let cost = Int64(taken ? aux >> 8 : aux & 0x7F)
        return chargeAndContinue(cost, pc + step &* instructionStride, trapPC: pc, fp, st, fuel, mem, budget)
    }

    static let brIf: Handler = handle_brIf
    @inline(__always)
    static func brIfBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.r) != 0, i.a, i, pc, fp, st, fuel, mem, budget)
    }

    static let brIfNot: Handler = handle_brIfNot
    @inline(__always)
    static func brIfNotBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        return branch(fp.u32(i.r) == 0, i.a, i, pc, fp, st, fuel, mem, budget)
    }

    /// Index in slot `r`; `b` entries follow, each a `br` (the last is the default). The
    /// selected entry runs in this dispatch, at its own pc (the translator emits only `br`
    /// entries), so it charges its target's fuel and traps exactly as when dispatched.
    static let brTable: Handler = handle_brTable
    @inline(__always)
    static func brTableBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let index = Int(fp.u32(i.r))
        let last = Int(i.b) - 1
        return brBody(pc + (1 + (index < last ? index : last)) &* instructionStride, fp, st, fuel, mem, budget)
    }

    static let unreachable: Handler = handle_unreachable
    @inline(__always)
    static func unreachableBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ _: UnsafeMutableRawPointer, _ _: Int) -> Int {
        raise(TrapCode.unreachable, pc, fp, st, fuel)
    }

    // MARK: Calls

    static let ret: Handler = handle_ret
    @inline(__always)
    static func retBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let s = st.exec
        let depth = s.pointee.depth
        if depth == s.pointee.entryDepth {
            s.pointee.fuel = fuel
            return ExitCode.returned
        }
        s.pointee.depth = depth &- 1
        let frame = s.pointee.frames[depth &- 1]
        // Within one instance the memory register is current (memory.grow updates it);
        // returning into another instance switches to its memory.
        var memory = mem
        if frame.context != s.pointee.ctx {
            s.pointee.ctx = frame.context
            memory = reloadMemory(st)
        }
        return transfer(UnsafeMutableRawPointer(frame.returnPC), frame.fp, st, fuel, memory, budget)
    }

    /// Charges the fuel of the block that the `ret` after this instruction ends, then
    /// returns: one dispatch instead of two.
    static let fuelRet: Handler = handle_fuelRet
    @inline(__always)
    static func fuelRetBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let cost = Int64(pc.instruction.a)
        let left = fuel &- cost
        guard left >= st.exec.pointee.checkpoint else {
            return chargeAndContinue(cost, pc + instructionStride, trapPC: pc, fp, st, fuel, mem, budget)
        }
        return retBody(pc + instructionStride, fp, st, left, mem, budget)
    }

    /// Enters Wasm function `callee` with its frame at `newFP` (the stack checked, the
    /// caller's state pushed), at `callee.entry`. The callee's entry block fuel
    /// (`entryCost`) is charged once the frame is pushed, so an out-of-fuel trap there is
    /// reported at the callee's first instruction. `sameInstance`: the caller knows
    /// `context` is the current instance's (no switch of instance or memory).
    @inline(__always)
    static func enter(_ callee: UnsafeMutablePointer<CompiledFunction>, context: UnsafeMutablePointer<InstanceContext>, sameInstance: Bool,
                      newFP: UnsafeMutablePointer<UInt64>, _ pc: UnsafeMutableRawPointer,
                      _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer,
                      _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let s = st.exec
        let depth = s.pointee.depth
        // Room for the callee's frame, compared in bytes (no division).
        let room = UnsafeRawPointer(s.pointee.stackEnd) - UnsafeRawPointer(newFP)
        guard depth < s.pointee.maxDepth, room >= callee.pointee.frameSize &* 8 else {
            return raise(TrapCode.callStackExhausted, pc, fp, st, fuel)
        }
        s.pointee.frames[depth] = CallFrame(returnPC: pc.assumingMemoryBound(to: Instruction.self) + 1, fp: fp, context: s.pointee.ctx)
        s.pointee.depth = depth &+ 1
        var memory = mem
        if !sameInstance && context != s.pointee.ctx {
            s.pointee.ctx = context
            memory = reloadMemory(st)
        }
        let start = UnsafeMutableRawPointer(callee.pointee.code)
        let entry = UnsafeMutableRawPointer(callee.pointee.entry)
        let cost = callee.pointee.entryCost
        let locals = newFP + callee.pointee.localsStart
        let localsCount = callee.pointee.localsCount
        if localsCount <= CompiledFunction.zeroedPadding {
            // Four stores, whatever the count: the frame's padding makes it safe.
            locals[0] = 0
            locals[1] = 0
            locals[2] = 0
            locals[3] = 0
            return chargeAndContinue(cost, entry, trapPC: start, newFP, st, fuel, memory, budget)
        }
        s.pointee.pendingCost = cost
        s.pointee.trapPC = start
        s.pointee.pendingLocals = locals
        s.pointee.pendingLocalsCount = localsCount
        return zeroLocalsAndContinue(entry, newFP, st, fuel, memory, budget)
    }

    /// Call of the module's defined function `a`, frame at slot `b`.
    static let call: Handler = handle_call
    @inline(__always)
    static func callBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let s = st.exec
        let callee = s.pointee.ctx.pointee.compiled + Int(i.a)
        return enter(callee, context: s.pointee.ctx, sameInstance: true, newFP: fp + Int(i.b), pc, fp, st, fuel, mem, budget)
    }

    /// Call of the module's imported function `a` (Wasm of another instance, or host).
    static let callImport: Handler = handle_callImport
    @inline(__always)
    static func callImportBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let address = st.exec.pointee.ctx.pointee.functions[Int(i.a)]
        return callAddress(address, pc, fp, st, fuel, mem, budget)
    }

    /// Call through table `aux` at the index in slot `r`, expected module type `a`.
    static let callIndirect: Handler = handle_callIndirect
    @inline(__always)
    static func callIndirectBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let s = st.exec
        let table = s.pointee.ctx.pointee.tables[Int(i.aux)]
        let index = UInt64(fp.u32(i.r))
        guard index < UInt64(table.pointee.count) else { return raise(TrapCode.undefinedElement, pc, fp, st, fuel) }
        let reference = table.pointee.elements[Int(index)]
        guard reference != 0 else { return raise(TrapCode.uninitializedElement, pc, fp, st, fuel) }
        let address = Int(truncatingIfNeeded: reference &- 1)
        // A reference the embedder put in the table may be bogus: never follow it.
        guard address >= 0, address < s.pointee.functionCount else { return raise(TrapCode.uninitializedElement, pc, fp, st, fuel) }
        guard s.pointee.functions[address].typeID == s.pointee.ctx.pointee.typeIDs[Int(i.a)] else {
            return raise(TrapCode.indirectCallTypeMismatch, pc, fp, st, fuel)
        }
        return callAddress(address, pc, fp, st, fuel, mem, budget)
    }

    @inline(__always)
    static func callAddress(_ address: Int, _ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>,
                            _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let target = st.exec.pointee.functions[address]
        let newFP = fp + Int(pc.instruction.b)
        if let callee = target.compiled, let context = target.context {
            return enter(callee, context: context, sameInstance: false, newFP: newFP, pc, fp, st, fuel, mem, budget)
        }
        return callHost(target, newFP: newFP, pc, fp, st, fuel, mem, budget)
    }

    /// A host function: publish the execution state, call it, reload.
    @inline(never)
    static func callHost(_ target: StoreFunction, newFP: UnsafeMutablePointer<UInt64>, _ pc: UnsafeMutableRawPointer,
                         _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer,
                         _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let s = st.exec
        let store = s.pointee.store.takeUnretainedValue()
        let slotCount = store.canonicalSlotCounts[Int(target.typeID)]
        guard s.pointee.depth < s.pointee.maxDepth, s.pointee.stackEnd - newFP >= slotCount else {
            return raise(TrapCode.callStackExhausted, pc, fp, st, fuel)
        }
        store.fuel = fuel
        store.stackTop = newFP + slotCount
        store.frameDepth = s.pointee.depth + 1
        let failure = store.callHost(index: Int(target.hostIndex), slots: newFP, callerContext: s.pointee.ctx)
        let left = store.fuel
        s.pointee.functions = store.functions
        s.pointee.functionCount = store.functionCount
        if store.hasDeadline { s.pointee.checkpoint = min(s.pointee.checkpoint, left) }
        let memory = reloadMemory(st)
        if let failure {
            s.pointee.innerBacktrace = failure.backtrace
            return raise(failure.kind, pc, fp, st, left, access: failure.memoryAccess)
        }
        return transfer(pc + instructionStride, fp, st, left, memory, budget)
    }

    // MARK: Data movement

    static let copy: Handler = handle_copy
    @inline(__always)
    static func copyBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp[Int(i.r)] = fp[Int(i.a)]
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let const32: Handler = handle_const32
    @inline(__always)
    static func const32Body(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        const32Step(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let const64: Handler = handle_const64
    @inline(__always)
    static func const64Body(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        const64Step(pc.instruction, fp)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    /// slot r = slot(aux) != 0 ? slot a : slot b
    static let select: Handler = handle_select
    @inline(__always)
    static func selectBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp[Int(i.r)] = fp.u32(Int32(i.aux)) != 0 ? fp[Int(i.a)] : fp[Int(i.b)]
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    /// The condition slot in the extension word's `r`.
    static let selectWide: Handler = handle_selectWide
    @inline(__always)
    static func selectWideBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        let condition = fp.u32((pc + instructionStride).instruction.r)
        fp[Int(i.r)] = condition != 0 ? fp[Int(i.a)] : fp[Int(i.b)]
        return next(pc + 2 &* instructionStride, fp, st, fuel, mem, budget)
    }

    // MARK: Globals and references

    static let globalGet: Handler = handle_globalGet
    @inline(__always)
    static func globalGetBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp[Int(i.r)] = st.exec.pointee.ctx.pointee.globals[Int(i.a)].pointee
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let globalSet: Handler = handle_globalSet
    @inline(__always)
    static func globalSetBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        st.exec.pointee.ctx.pointee.globals[Int(i.a)].pointee = fp[Int(i.r)]
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let refIsNull: Handler = handle_refIsNull
    @inline(__always)
    static func refIsNullBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp.set(i.r, bool: fp[Int(i.a)] == 0)
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }

    static let refFunc: Handler = handle_refFunc
    @inline(__always)
    static func refFuncBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let i = pc.instruction
        fp[Int(i.r)] = UInt64(st.exec.pointee.ctx.pointee.functions[Int(i.a)]) &+ 1
        return next(pc + instructionStride, fp, st, fuel, mem, budget)
    }
}

// C-convention entry points (their thunks inline the bodies: one function per handler).
func handle_unlinked(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.unlinkedBody(pc, fp, st, fuel, mem, budget) }
func handle_fuel(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.fuelBody(pc, fp, st, fuel, mem, budget) }
func handle_br(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brBody(pc, fp, st, fuel, mem, budget) }
func handle_brIf(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfBody(pc, fp, st, fuel, mem, budget) }
func handle_brIfNot(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brIfNotBody(pc, fp, st, fuel, mem, budget) }
func handle_brTable(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.brTableBody(pc, fp, st, fuel, mem, budget) }
func handle_unreachable(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.unreachableBody(pc, fp, st, fuel, mem, budget) }
func handle_fuelRet(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.fuelRetBody(pc, fp, st, fuel, mem, budget) }
func handle_ret(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.retBody(pc, fp, st, fuel, mem, budget) }
func handle_call(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.callBody(pc, fp, st, fuel, mem, budget) }
func handle_callImport(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.callImportBody(pc, fp, st, fuel, mem, budget) }
func handle_callIndirect(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.callIndirectBody(pc, fp, st, fuel, mem, budget) }
func handle_copy(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.copyBody(pc, fp, st, fuel, mem, budget) }
func handle_const32(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.const32Body(pc, fp, st, fuel, mem, budget) }
func handle_const64(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.const64Body(pc, fp, st, fuel, mem, budget) }
func handle_select(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.selectBody(pc, fp, st, fuel, mem, budget) }
func handle_selectWide(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.selectWideBody(pc, fp, st, fuel, mem, budget) }
func handle_globalGet(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.globalGetBody(pc, fp, st, fuel, mem, budget) }
func handle_globalSet(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.globalSetBody(pc, fp, st, fuel, mem, budget) }
func handle_refIsNull(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.refIsNullBody(pc, fp, st, fuel, mem, budget) }
func handle_refFunc(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.refFuncBody(pc, fp, st, fuel, mem, budget) }
