extension Handlers {
    /// The stub a defined function enters until its first call translates it
    /// (`LazyTranslation`); `a` is the function's index among the defined ones.
    ///
    /// The call that got here pushed the frame and checked room for the stub's small frame;
    /// after translation this checks room for the real frame (a call-stack-exhausted trap is
    /// then reported inside the callee, at its first instruction, where an eagerly
    /// translated module reports it at the call), zeroes the real locals and continues at
    /// the function's first instruction (which charges the entry block, as the stub's entry
    /// cost was 0). No fuel is charged for translating.
    static let lazyEntry: Handler = handle_lazyEntry
    @inline(never)
    static func lazyEntryBody(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
        let s = st.exec
        let defined = Int(pc.instruction.a)
        let context = s.pointee.ctx
        let module = context.pointee.module.takeUnretainedValue()
        if let error = module.translateLazily(defined) {
            return raise(.internalError("function \(module.importedFunctionCount + defined) was validated but does not translate: \(error)"), pc, fp, st, fuel)
        }
        let function = context.pointee.compiled + defined
        let start = UnsafeMutableRawPointer(function.pointee.code)
        let room = UnsafeRawPointer(s.pointee.stackEnd) - UnsafeRawPointer(fp)
        guard room >= function.pointee.frameSize &* 8 else {
            // Reported at the function's first instruction: the stub is no longer its code.
            return raise(TrapCode.callStackExhausted, start, fp, st, fuel)
        }
        (fp + function.pointee.localsStart).update(repeating: 0, count: function.pointee.localsCount)
        return transfer(start, fp, st, fuel, mem, budget)
    }
}

func handle_lazyEntry(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int { Handlers.lazyEntryBody(pc, fp, st, fuel, mem, budget) }
