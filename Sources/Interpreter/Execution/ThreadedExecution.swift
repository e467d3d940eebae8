/// Direct-threaded execution: every instruction carries a pointer to its handler, and each
/// handler ends by calling the next instruction's handler in tail position.
///
/// Why: an interpreter loop with one `switch` has a single indirect jump that the CPU must
/// predict for every instruction; here each handler has its own, and the next handler is
/// usually predicted right. On this project's machines that made varied code several times
/// faster (see Benchmarks/README.md).
///
/// Safety without relying on the optimiser: a tail call may or may not become a jump (it
/// does in release builds, not in debug builds). Every control transfer (fuel, branch,
/// call, return: `transfer`) decrements a `budget` and, when it reaches zero, saves the
/// machine state and returns to the trampoline in `run`, which starts a new chain. Between
/// two transfers run at most `FunctionTranslator.maxStraightRun` other instructions (they
/// continue with `next`, which does not count: the translator inserts an empty `fuel`
/// instruction into longer runs). The native stack therefore holds at most
/// `budgetPerChain * (maxStraightRun + 1)` handler frames whatever the compiler did, and
/// guest code can never grow it.
///
/// Hot state travels in the six argument registers (pc, fp, state, fuel, memory base,
/// budget); everything else lives in `ExecState`. Handlers are `@convention(thin)` Swift
/// function pointers: no context, no thunk, so the jump goes straight to the handler body.
typealias Handler = @convention(thin) (
    _ pc: UnsafeMutableRawPointer,
    _ fp: UnsafeMutablePointer<UInt64>,
    _ state: UnsafeMutableRawPointer,
    _ fuel: Int64,
    _ mem: UnsafeMutableRawPointer,
    _ budget: Int
) -> Int

/// The executor's state that does not fit in registers.
struct ExecState {
    // Saved registers (when a chain ends).
    var pc: UnsafeMutableRawPointer
    var fp: UnsafeMutablePointer<UInt64>
    var fuel: Int64
    var mem: UnsafeMutableRawPointer
    // Instance and limits.
    var memSize: UInt64
    var checkpoint: Int64
    var ctx: UnsafeMutablePointer<InstanceContext>
    var depth: Int
    let entryDepth: Int
    let maxDepth: Int
    let frames: UnsafeMutablePointer<CallFrame>
    let stackEnd: UnsafeMutablePointer<UInt64>
    var functions: UnsafeMutablePointer<StoreFunction>
    var functionCount: Int
    let store: Unmanaged<Store>
    // Slow-path arguments (kept out of registers so handlers stay frameless).
    var pendingCost: Int64 = 0
    var trapPC: UnsafeMutableRawPointer? = nil
    var pendingLocals: UnsafeMutablePointer<UInt64>? = nil
    var pendingLocalsCount = 0
    // Trap details.
    var trapKind: TrapKind?
    var trapAccess: MemoryAccessError?
    var innerBacktrace: [BacktraceFrame] = []
}

/// Why a handler chain ended.
enum ExitCode {
    static let returned = 0
    static let trapped = 1
    static let suspended = 2
}

/// A memory base for instances without memory (never dereferenced: size 0).
let noMemory = UnsafeMutableRawPointer(bitPattern: 16)!

let instructionStride = MemoryLayout<Instruction>.stride

extension UnsafeMutableRawPointer {
    /// The instruction at this pc.
    @inline(__always) var instruction: Instruction { assumingMemoryBound(to: Instruction.self).pointee }
    /// The execution state.
    @inline(__always) var exec: UnsafeMutablePointer<ExecState> { assumingMemoryBound(to: ExecState.self) }
}

/// Continues straight on with the instruction at `pc`: a tail call of its handler (not
/// counted against the chain's budget; see `transfer`).
@inline(__always)
func next(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer,
          _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
    let handler = pc.load(as: Handler.self)
    return handler(pc, fp, st, fuel, mem, budget)
}

/// Continues with the instruction at `pc` after a control transfer: a tail call of its
/// handler, or a return to the trampoline when the chain's budget is spent.
@inline(__always)
func transfer(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer,
              _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
    let remaining = budget &- 1
    if remaining < 0 { return suspend(pc, fp, st, fuel, mem) }
    let handler = pc.load(as: Handler.self)
    return handler(pc, fp, st, fuel, mem, remaining)
}

/// Saves the registers and returns to the trampoline.
@inline(never)
func suspend(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer,
             _ fuel: Int64, _ mem: UnsafeMutableRawPointer) -> Int {
    let s = st.exec
    s.pointee.pc = pc
    s.pointee.fp = fp
    s.pointee.fuel = fuel
    s.pointee.mem = mem
    return ExitCode.suspended
}

/// The traps handlers raise, as plain codes so raising takes no more than the six
/// register arguments (a handler with only tail calls needs no stack frame).
enum TrapCode {
    static let unreachable = 0, integerDivideByZero = 1, integerOverflow = 2, invalidConversionToInteger = 3
    static let undefinedElement = 4, uninitializedElement = 5, indirectCallTypeMismatch = 6, callStackExhausted = 7

    static func kind(_ code: Int) -> TrapKind {
        switch code {
        case unreachable: return .unreachable
        case integerDivideByZero: return .integerDivideByZero
        case integerOverflow: return .integerOverflow
        case invalidConversionToInteger: return .invalidConversionToInteger
        case undefinedElement: return .undefinedElement
        case uninitializedElement: return .uninitializedElement
        case indirectCallTypeMismatch: return .indirectCallTypeMismatch
        default: return .callStackExhausted
        }
    }
}

/// Records the trap `code` at `pc` and ends the chain.
@inline(never)
func raise(_ code: Int, _ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>,
           _ st: UnsafeMutableRawPointer, _ fuel: Int64) -> Int {
    raise(TrapCode.kind(code), pc, fp, st, fuel)
}

/// Records a trap at `pc` and ends the chain.
@inline(never)
func raise(_ kind: TrapKind, _ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>,
           _ st: UnsafeMutableRawPointer, _ fuel: Int64, access: MemoryAccessError? = nil) -> Int {
    let s = st.exec
    s.pointee.pc = pc
    s.pointee.fp = fp
    s.pointee.fuel = fuel
    s.pointee.trapKind = kind
    s.pointee.trapAccess = access
    return ExitCode.trapped
}

/// Charges `cost` fuel and continues at `nextPC`. The fast path is a subtraction, a
/// comparison and the tail call; the slow path (out of fuel, time to check the deadline)
/// tail-calls `chargeSlowlyAndContinue`, with its extra arguments parked in the state.
/// `trapPC` is where an out-of-fuel trap is reported.
@inline(__always)
func chargeAndContinue(_ cost: Int64, _ nextPC: UnsafeMutableRawPointer, trapPC: UnsafeMutableRawPointer,
                       _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer,
                       _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
    let left = fuel &- cost
    if left >= st.exec.pointee.checkpoint { return transfer(nextPC, fp, st, left, mem, budget) }
    st.exec.pointee.pendingCost = cost
    st.exec.pointee.trapPC = trapPC
    return chargeSlowlyAndContinue(nextPC, fp, st, fuel, mem, budget)
}

/// Entry of a function with more locals than the fixed four: zero them, then charge the
/// entry fuel and continue (out of line so the call handler needs no stack frame).
@inline(never)
func zeroLocalsAndContinue(_ nextPC: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer,
                           _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
    let s = st.exec
    if let locals = s.pointee.pendingLocals {
        locals.update(repeating: 0, count: s.pointee.pendingLocalsCount)
    }
    return chargeAndContinue(s.pointee.pendingCost, nextPC, trapPC: s.pointee.trapPC ?? nextPC, fp, st, fuel, mem, budget)
}

@inline(never)
func chargeSlowlyAndContinue(_ nextPC: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer,
                             _ fuel: Int64, _ mem: UnsafeMutableRawPointer, _ budget: Int) -> Int {
    let s = st.exec
    guard let left = chargeSlowly(s.pointee.pendingCost, fuel, st) else {
        return trapped(s.pointee.trapPC ?? nextPC, fp, st, fuel)
    }
    return transfer(nextPC, fp, st, left, mem, budget)
}

/// Charges `cost` fuel: the fuel left, or nil after recording the trap (out of fuel,
/// deadline). For out-of-line paths; handlers use `chargeAndContinue`.
@inline(__always)
func charge(_ cost: Int64, _ fuel: Int64, _ st: UnsafeMutableRawPointer) -> Int64? {
    let left = fuel &- cost
    if left >= st.exec.pointee.checkpoint { return left }
    return chargeSlowly(cost, fuel, st)
}

@inline(never)
func chargeSlowly(_ cost: Int64, _ fuel: Int64, _ st: UnsafeMutableRawPointer) -> Int64? {
    let s = st.exec
    let charged = s.pointee.store.takeUnretainedValue().fuelSlowPath(fuel: fuel, cost: cost)
    s.pointee.checkpoint = charged.checkpoint
    if let kind = charged.trap {
        s.pointee.trapKind = kind
        return nil
    }
    return charged.fuel
}

/// The current instance's memory base (after calls, returns and growth).
@inline(__always)
func reloadMemory(_ st: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
    let s = st.exec
    guard let m = s.pointee.ctx.pointee.memory else {
        s.pointee.memSize = 0
        return noMemory
    }
    s.pointee.memSize = UInt64(m.pointee.byteCount)
    return m.pointee.base
}

enum Executor {
    /// Control transfers per chain before returning to the trampoline. Debug builds make
    /// no tail calls, so every handler keeps its frames until the chain ends: 8 transfers
    /// bound a chain to 264 handlers there (about 30 KB of native stack). Optimised builds
    /// turn the tail calls into jumps; their larger budget only makes returns to the
    /// trampoline rarer (and still bounds the stack should a tail call stay a call).
    #if DEBUG
    static let budgetPerChain = 8
    #else
    static let budgetPerChain = 64
    #endif

    /// Executes `function` whose frame (arguments written, locals zeroed) starts at `fp`.
    /// Returns nil on normal return (results in `fp[0..<n]`).
    static func run(store: Store, function entry: UnsafeMutablePointer<CompiledFunction>,
                    context entryContext: UnsafeMutablePointer<InstanceContext>,
                    fp entryFP: UnsafeMutablePointer<UInt64>, entryDepth: Int) -> Trap? {
        let mem = entryContext.pointee.memory
        var state = ExecState(
            pc: UnsafeMutableRawPointer(entry.pointee.code), fp: entryFP, fuel: store.fuel,
            mem: mem?.pointee.base ?? noMemory, memSize: UInt64(mem?.pointee.byteCount ?? 0),
            checkpoint: store.deadline == nil ? 0 : max(0, store.fuel &- Int64(clamping: store.limits.deadlineCheckInterval)),
            ctx: entryContext, depth: entryDepth, entryDepth: entryDepth,
            maxDepth: min(store.stack.frameCapacity - 1, store.limits.maxCallDepth),
            frames: store.stack.frames, stackEnd: store.stack.end,
            functions: store.functions, functionCount: store.functionCount,
            store: Unmanaged.passUnretained(store))
        let exit: Int = withUnsafeMutablePointer(to: &state) { s in
            let raw = UnsafeMutableRawPointer(s)
            while true {
                let pc = s.pointee.pc
                let handler = pc.load(as: Handler.self)
                let code = handler(pc, s.pointee.fp, raw, s.pointee.fuel, s.pointee.mem, budgetPerChain)
                if code != ExitCode.suspended { return code }
            }
        }
        store.fuel = state.fuel
        guard exit == ExitCode.trapped, let kind = state.trapKind else { return nil }
        return makeTrap(kind: kind, state: state, store: store)
    }

    /// Builds the public trap: the innermost frames of a nested invocation (if the trap came
    /// through a host function), then this invocation's frames from the trap point outwards.
    static func makeTrap(kind: TrapKind, state: ExecState, store: Store) -> Trap {
        var backtrace = state.innerBacktrace
        // The function of a frame is the one whose code holds its pc (calls do not record it).
        func frame(_ pc: UnsafeMutablePointer<Instruction>, _ context: UnsafeMutablePointer<InstanceContext>) -> BacktraceFrame? {
            let module = store.instances[context.pointee.instanceIndex].module
            for k in 0..<module.definedFunctionCount {
                let function = module.compiled[k]
                let index = pc - function.code
                guard index >= 0 && index < function.codeCount else { continue }
                return BacktraceFrame(functionIndex: function.functionIndex, name: module.functionName(function.functionIndex),
                                      offset: Int(function.wasmOffsets[index]), moduleName: module.names.moduleName)
            }
            return nil
        }
        if let innermost = frame(state.pc.assumingMemoryBound(to: Instruction.self), state.ctx) { backtrace.append(innermost) }
        var d = state.depth - 1
        while d >= state.entryDepth && backtrace.count < Trap.maxFrames {
            let f = state.frames[d]
            // The return PC points after the call; report the call itself.
            if let caller = frame(f.returnPC - 1, f.context) { backtrace.append(caller) }
            d -= 1
        }
        if backtrace.count > Trap.maxFrames { backtrace.removeLast(backtrace.count - Trap.maxFrames) }
        return Trap(kind, backtrace: backtrace, memoryAccess: state.trapAccess)
    }
}

/// Ends the chain after `charge` recorded a trap (saves the registers).
@inline(never)
func trapped(_ pc: UnsafeMutableRawPointer, _ fp: UnsafeMutablePointer<UInt64>, _ st: UnsafeMutableRawPointer, _ fuel: Int64) -> Int {
    let s = st.exec
    s.pointee.pc = pc
    s.pointee.fp = fp
    s.pointee.fuel = fuel
    return ExitCode.trapped
}
