/// Entering and leaving Wasm from Swift: invocations, host calls, fuel and deadline.
extension Store {
    /// Invokes the function at `address` with type-checked arguments.
    ///
    /// The outermost invocation gets a fresh fuel budget and deadline from `limits`; an
    /// invocation from inside a host function (re-entry) shares its caller's budget and
    /// continues on the same stacks.
    public func invoke(address: Int, arguments: [Value]) throws -> [Value] {
        guard address >= 0, address < functionCount else { throw InvocationError.unknownExport("function address \(address)") }
        let function = functions[address]
        let type = canonicalTypes[Int(function.typeID)]
        guard arguments.count == type.parameters.count else {
            throw InvocationError.argumentCount(expected: type.parameters.count, got: arguments.count)
        }
        for (k, (a, t)) in zip(arguments, type.parameters).enumerated() {
            guard a.type == t else { throw InvocationError.argumentType(index: k, expected: t, got: a.type) }
            guard isValidReference(a) else { throw InvocationError.invalidReference(index: k) }
        }
        let outermost = reentrancy == 0
        // Host re-entry: bounded in depth and by the native stack it needs.
        if !outermost && (reentrancy > limits.maxHostReentrancy || !NativeStack.hasRoom(bytes: NativeStack.reentryReserve)) {
            throw Trap(.callStackExhausted)
        }
        if outermost {
            let budget = limits.fuel.map { Int64(clamping: $0) } ?? (Int64.max / 2)
            fuel = min(budget, Int64.max / 2)
            fuelAtStart = fuel
            deadline = limits.deadline.map { ContinuousClock.now.advanced(by: $0) }
            stackTop = stack.slots
            frameDepth = 0
        }
        let savedTop = stackTop
        let savedDepth = frameDepth
        reentrancy += 1
        defer {
            reentrancy -= 1
            stackTop = savedTop
            frameDepth = savedDepth
            if outermost { lastFuelUsed = UInt64(max(0, fuelAtStart - fuel)) }
        }

        let base = stackTop
        let slotCount = max(type.parameters.count, type.results.count)
        guard stack.end - base >= slotCount, frameDepth < stack.frameCapacity - 1 else {
            throw Trap(.callStackExhausted)
        }
        for (k, a) in arguments.enumerated() { base[k] = a.slot }

        if let compiled = function.compiled, let context = function.context {
            guard stack.end - base >= compiled.pointee.frameSize, frameDepth < limits.maxCallDepth else {
                throw Trap(.callStackExhausted)
            }
            if compiled.pointee.localsCount > 0 {
                (base + compiled.pointee.localsStart).update(repeating: 0, count: compiled.pointee.localsCount)
            }
            if let trap = Executor.run(store: self, function: compiled, context: context, fp: base, entryDepth: frameDepth) {
                throw trap
            }
        } else {
            // The host function's own slots are below any re-entry it makes.
            stackTop = base + slotCount
            if let failure = callHost(index: Int(function.hostIndex), slots: base, callerContext: nil) {
                throw failure
            }
        }
        return type.results.enumerated().map { Value(slot: base[$0.offset], type: $0.element) }
    }

    /// Calls host function `index` with its argument/result slots; returns the trap it
    /// caused, if any (a thrown `Trap` passes through, other errors become `hostError`).
    @inline(never)
    func callHost(index: Int, slots: UnsafeMutablePointer<UInt64>, callerContext: UnsafeMutablePointer<InstanceContext>?) -> Trap? {
        let caller = Caller(store: self, instanceIndex: callerContext.map { $0.pointee.instanceIndex } ?? -1)
        do {
            try hostBodies[index](caller, slots)
            return nil
        } catch let trap as Trap {
            return trap
        } catch let error as MemoryAccessError {
            return Trap(.hostError(error.description), memoryAccess: error)
        } catch {
            return Trap(.hostError(String(describing: error)))
        }
    }

    /// Slow path of the fuel check: out of fuel, or time to look at the clock. Returns the
    /// fuel left after charging `cost`, the next checkpoint, and the trap if any (values,
    /// not `inout`, so the executor keeps its fuel in a register).
    @inline(never)
    func fuelSlowPath(fuel: Int64, cost: Int64) -> (fuel: Int64, checkpoint: Int64, trap: TrapKind?) {
        if fuel < cost { return (fuel, 0, .outOfFuel) }
        let left = fuel - cost
        guard let deadline else { return (left, 0, nil) }
        if ContinuousClock.now >= deadline { return (left, 0, .deadlineExceeded) }
        let interval = Int64(clamping: limits.deadlineCheckInterval)
        return (left, max(0, left - interval), nil)
    }

    /// Whether a value is a reference this store can follow: a funcref to one of its
    /// functions, or an externref other than the reserved `UInt64.max`.
    public func isValidReference(_ value: Value) -> Bool {
        switch value {
        case .funcref(let a?): return a >= 0 && a < functionCount
        case .externref(let v?): return v != UInt64.max
        default: return true
        }
    }

    /// Fuel left in the running invocation (for host functions that want to report it).
    public var fuelRemaining: UInt64 { UInt64(max(0, fuel)) }
}
