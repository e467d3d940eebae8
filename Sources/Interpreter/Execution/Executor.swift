#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs translated code: one loop, one `switch` per instruction, no allocation, no
/// existential or closure call per instruction, and no recursion on the native stack for
/// Wasm-to-Wasm calls (frames go on the store's call-frame stack).
///
/// Traps are returned, not thrown, from the hot path: a trapping instruction records the
/// kind and leaves the loop; the backtrace is built afterwards from the frame stack.
enum Executor {
    /// Where and why the loop stopped with a trap.
    struct TrapState {
        var kind: TrapKind
        var pc: UnsafeMutablePointer<Instruction>
        var function: UnsafeMutablePointer<CompiledFunction>
        var context: UnsafeMutablePointer<InstanceContext>
        var depth: Int
        var memoryAccess: MemoryAccessError?
        /// Frames of a trap that came up through a host function (nested invocation).
        var innerBacktrace: [BacktraceFrame] = []
    }

    /// Executes `function` whose frame (arguments written, locals zeroed) starts at `fp`.
    /// Returns nil on normal return (results in `fp[0..<n]`).
    static func run(store: Store, function entry: UnsafeMutablePointer<CompiledFunction>,
                    context entryContext: UnsafeMutablePointer<InstanceContext>,
                    fp entryFP: UnsafeMutablePointer<UInt64>, entryDepth: Int) -> Trap? {
        var pc = entry.pointee.code
        var fp = entryFP
        var fn = entry
        var ctx = entryContext
        var mem: UnsafeMutableRawPointer = ctx.pointee.memory?.pointee.base ?? UnsafeMutableRawPointer(bitPattern: 16)!
        var memSize: UInt64 = UInt64(ctx.pointee.memory?.pointee.byteCount ?? 0)
        var fuel = store.fuel
        var checkpoint: Int64 = store.deadline == nil ? 0 : max(0, fuel &- Int64(clamping: store.limits.deadlineCheckInterval))
        let frames = store.stack.frames
        var depth = entryDepth
        let maxDepth = min(store.stack.frameCapacity - 1, store.limits.maxCallDepth)
        let stackEnd = store.stack.end
        var functions = store.functions
        var functionCount = store.functionCount
        var trap: TrapState?

        dispatch: while true {
            let i = pc.pointee
            #if PROFILE_OPS
            OpProfile.record(i.op)
            #endif
            switch i.op {
            // MARK: Control
            case .fuel:
                let cost = Int64(i.a)
if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += 1
            case .br:
                // aux: fuel of the target block, folded into the jump (see BranchFolding).
                let cost = Int64(i.aux)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += Int(i.a)
            case .brIf:
                let (step, cost) = branchStep(fp.u32(i.r) != 0, i, offset: i.a)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfNot:
                let (step, cost) = branchStep(fp.u32(i.r) == 0, i, offset: i.a)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32Eq:
                let (step, cost) = branchStep(fp.u32(i.a) == fp.u32(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32Ne:
                let (step, cost) = branchStep(fp.u32(i.a) != fp.u32(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32LtS:
                let (step, cost) = branchStep(fp.s32(i.a) < fp.s32(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32LtU:
                let (step, cost) = branchStep(fp.u32(i.a) < fp.u32(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32GtS:
                let (step, cost) = branchStep(fp.s32(i.a) > fp.s32(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32GtU:
                let (step, cost) = branchStep(fp.u32(i.a) > fp.u32(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32LeS:
                let (step, cost) = branchStep(fp.s32(i.a) <= fp.s32(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32LeU:
                let (step, cost) = branchStep(fp.u32(i.a) <= fp.u32(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32GeS:
                let (step, cost) = branchStep(fp.s32(i.a) >= fp.s32(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32GeU:
                let (step, cost) = branchStep(fp.u32(i.a) >= fp.u32(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32EqImm:
                let (step, cost) = branchStep(fp.u32(i.a) == UInt32(bitPattern: i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32NeImm:
                let (step, cost) = branchStep(fp.u32(i.a) != UInt32(bitPattern: i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32LtSImm:
                let (step, cost) = branchStep(fp.s32(i.a) < i.b, i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32LtUImm:
                let (step, cost) = branchStep(fp.u32(i.a) < UInt32(bitPattern: i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32GtSImm:
                let (step, cost) = branchStep(fp.s32(i.a) > i.b, i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32GtUImm:
                let (step, cost) = branchStep(fp.u32(i.a) > UInt32(bitPattern: i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32LeSImm:
                let (step, cost) = branchStep(fp.s32(i.a) <= i.b, i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32LeUImm:
                let (step, cost) = branchStep(fp.u32(i.a) <= UInt32(bitPattern: i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32GeSImm:
                let (step, cost) = branchStep(fp.s32(i.a) >= i.b, i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI32GeUImm:
                let (step, cost) = branchStep(fp.u32(i.a) >= UInt32(bitPattern: i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64Eqz:
                let (step, cost) = branchStep(fp.u64(i.a) == 0, i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64Nez:
                let (step, cost) = branchStep(fp.u64(i.a) != 0, i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64Eq:
                let (step, cost) = branchStep(fp.u64(i.a) == fp.u64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64Ne:
                let (step, cost) = branchStep(fp.u64(i.a) != fp.u64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64LtS:
                let (step, cost) = branchStep(fp.s64(i.a) < fp.s64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64LtU:
                let (step, cost) = branchStep(fp.u64(i.a) < fp.u64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64GtS:
                let (step, cost) = branchStep(fp.s64(i.a) > fp.s64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64GtU:
                let (step, cost) = branchStep(fp.u64(i.a) > fp.u64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64LeS:
                let (step, cost) = branchStep(fp.s64(i.a) <= fp.s64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64LeU:
                let (step, cost) = branchStep(fp.u64(i.a) <= fp.u64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64GeS:
                let (step, cost) = branchStep(fp.s64(i.a) >= fp.s64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64GeU:
                let (step, cost) = branchStep(fp.u64(i.a) >= fp.u64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64EqImm:
                let (step, cost) = branchStep(fp.s64(i.a) == Int64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64NeImm:
                let (step, cost) = branchStep(fp.s64(i.a) != Int64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64LtSImm:
                let (step, cost) = branchStep(fp.s64(i.a) < Int64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64LtUImm:
                let (step, cost) = branchStep(fp.u64(i.a) < UInt64(bitPattern: Int64(i.b)), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64GtSImm:
                let (step, cost) = branchStep(fp.s64(i.a) > Int64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64GtUImm:
                let (step, cost) = branchStep(fp.u64(i.a) > UInt64(bitPattern: Int64(i.b)), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64LeSImm:
                let (step, cost) = branchStep(fp.s64(i.a) <= Int64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64LeUImm:
                let (step, cost) = branchStep(fp.u64(i.a) <= UInt64(bitPattern: Int64(i.b)), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64GeSImm:
                let (step, cost) = branchStep(fp.s64(i.a) >= Int64(i.b), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brIfI64GeUImm:
                let (step, cost) = branchStep(fp.u64(i.a) >= UInt64(bitPattern: Int64(i.b)), i, offset: i.r)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                pc += step
            case .brTable:
                let index = Int(fp.u32(i.r))
                let last = Int(i.b) - 1
                pc += 1 + (index < last ? index : last)
            case .ret:
                if depth == entryDepth { break dispatch }
                depth -= 1
                let frame = frames[depth]
                pc = frame.returnPC
                fp = frame.fp
                fn = frame.function
                ctx = frame.context
                if let m = ctx.pointee.memory {
                    mem = m.pointee.base
                    memSize = UInt64(m.pointee.byteCount)
                }
            case .unreachable:
                trap = TrapState(kind: .unreachable, pc: pc, function: fn, context: ctx, depth: depth)
                break dispatch
            case .call:
                let callee = ctx.pointee.compiled + Int(i.a)
                let newFP = fp + Int(i.b)
                guard depth < maxDepth, stackEnd - newFP >= callee.pointee.frameSize else {
                    trap = TrapState(kind: .callStackExhausted, pc: pc, function: fn, context: ctx, depth: depth)
                    break dispatch
                }
                // aux: the callee's entry-block fuel, folded into the call (r = 1: skip it).
                let cost = Int64(i.aux)
                if fuel &- cost < checkpoint {
                    let charged = store.fuelSlowPath(fuel: fuel, cost: cost)
                    fuel = charged.fuel
                    checkpoint = charged.checkpoint
                    if let kind = charged.trap {
                        trap = TrapState(kind: kind, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                    }
                } else {
                    fuel &-= cost
                }
                frames[depth] = CallFrame(returnPC: pc + 1, fp: fp, function: fn, context: ctx)
                depth += 1
                let localsCount = callee.pointee.localsCount
                if localsCount > 0 {
                    (newFP + callee.pointee.localsStart).update(repeating: 0, count: localsCount)
                }
                fp = newFP
                fn = callee
                pc = callee.pointee.code + Int(i.r)
            case .callImport, .callIndirect:
                let address: Int
                if i.op == .callImport {
                    address = ctx.pointee.functions[Int(i.a)]
                } else {
                    let table = ctx.pointee.tables[Int(i.aux)]
                    let index = UInt64(fp.u32(i.r))
                    guard index < UInt64(table.pointee.count) else {
                        trap = TrapState(kind: .undefinedElement, pc: pc, function: fn, context: ctx, depth: depth)
                        break dispatch
                    }
                    let reference = table.pointee.elements[Int(index)]
                    guard reference != 0 else {
                        trap = TrapState(kind: .uninitializedElement, pc: pc, function: fn, context: ctx, depth: depth)
                        break dispatch
                    }
                    address = Int(truncatingIfNeeded: reference &- 1)
                    // A reference the embedder put in the table may be bogus: never follow it.
                    guard address >= 0, address < functionCount else {
                        trap = TrapState(kind: .uninitializedElement, pc: pc, function: fn, context: ctx, depth: depth)
                        break dispatch
                    }
                    guard functions[address].typeID == ctx.pointee.typeIDs[Int(i.a)] else {
                        trap = TrapState(kind: .indirectCallTypeMismatch, pc: pc, function: fn, context: ctx, depth: depth)
                        break dispatch
                    }
                }
                let target = functions[address]
                let newFP = fp + Int(i.b)
                if let callee = target.compiled, let calleeContext = target.context {
                    guard depth < maxDepth, stackEnd - newFP >= callee.pointee.frameSize else {
                        trap = TrapState(kind: .callStackExhausted, pc: pc, function: fn, context: ctx, depth: depth)
                        break dispatch
                    }
                    frames[depth] = CallFrame(returnPC: pc + 1, fp: fp, function: fn, context: ctx)
                    depth += 1
                    let localsCount = callee.pointee.localsCount
                    if localsCount > 0 {
                        (newFP + callee.pointee.localsStart).update(repeating: 0, count: localsCount)
                    }
                    fp = newFP
                    fn = callee
                    pc = callee.pointee.code
                    if calleeContext != ctx {
                        ctx = calleeContext
                        if let m = ctx.pointee.memory {
                            mem = m.pointee.base
                            memSize = UInt64(m.pointee.byteCount)
                        }
                    }
                } else {
                    // Host function: publish the execution state, call, reload.
                    let type = store.canonicalTypes[Int(target.typeID)]
                    let slotCount = max(type.parameters.count, type.results.count)
                    guard depth < maxDepth, stackEnd - newFP >= slotCount else {
                        trap = TrapState(kind: .callStackExhausted, pc: pc, function: fn, context: ctx, depth: depth)
                        break dispatch
                    }
                    store.fuel = fuel
                    store.stackTop = newFP + slotCount
                    store.frameDepth = depth + 1
                    let failure = store.callHost(index: Int(target.hostIndex), slots: newFP, callerContext: ctx)
                    fuel = store.fuel
                    functions = store.functions
                    functionCount = store.functionCount
                    if store.deadline != nil { checkpoint = min(checkpoint, fuel) }
                    if let m = ctx.pointee.memory {
                        mem = m.pointee.base
                        memSize = UInt64(m.pointee.byteCount)
                    }
                    if let failure {
                        trap = TrapState(kind: failure.kind, pc: pc, function: fn, context: ctx, depth: depth,
                                         memoryAccess: failure.memoryAccess, innerBacktrace: failure.backtrace)
                        break dispatch
                    }
                    pc += 1
                }

            // MARK: Data movement
            case .copy:
                fp[Int(i.r)] = fp[Int(i.a)]
                pc += 1
            case .const32:
                fp[Int(i.r)] = UInt64(UInt32(bitPattern: i.a))
                pc += 1
            case .const64:
                fp[Int(i.r)] = i.immediate64
                pc += 1
            case .select:
                fp[Int(i.r)] = fp.u32(Int32(i.aux)) != 0 ? fp[Int(i.a)] : fp[Int(i.b)]
                pc += 1
            case .selectWide:
                let condition = fp.u32(pc[1].r)
                fp[Int(i.r)] = condition != 0 ? fp[Int(i.a)] : fp[Int(i.b)]
                pc += 2

            // MARK: Globals
            case .globalGet:
                fp[Int(i.r)] = ctx.pointee.globals[Int(i.a)].pointee
                pc += 1
            case .globalSet:
                ctx.pointee.globals[Int(i.a)].pointee = fp[Int(i.r)]
                pc += 1

            // MARK: Loads
            case .i32Load:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 4 <= memSize else { trap = oob(ea, 4, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, u32: UInt32(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)))
                pc += 1
            case .i64Load:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 8 <= memSize else { trap = oob(ea, 8, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, u64: UInt64(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt64.self)))
                pc += 1
            case .i32Load8S:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 1 <= memSize else { trap = oob(ea, 1, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, s32: Int32(mem.load(fromByteOffset: Int(truncatingIfNeeded: ea), as: Int8.self)))
                pc += 1
            case .i32Load8U:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 1 <= memSize else { trap = oob(ea, 1, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, u32: UInt32(mem.load(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt8.self)))
                pc += 1
            case .i32Load16S:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 2 <= memSize else { trap = oob(ea, 2, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, s32: Int32(Int16(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: Int16.self))))
                pc += 1
            case .i32Load16U:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 2 <= memSize else { trap = oob(ea, 2, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, u32: UInt32(UInt16(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt16.self))))
                pc += 1
            case .i64Load8S:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 1 <= memSize else { trap = oob(ea, 1, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, s64: Int64(mem.load(fromByteOffset: Int(truncatingIfNeeded: ea), as: Int8.self)))
                pc += 1
            case .i64Load8U:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 1 <= memSize else { trap = oob(ea, 1, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, u64: UInt64(mem.load(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt8.self)))
                pc += 1
            case .i64Load16S:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 2 <= memSize else { trap = oob(ea, 2, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, s64: Int64(Int16(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: Int16.self))))
                pc += 1
            case .i64Load16U:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 2 <= memSize else { trap = oob(ea, 2, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, u64: UInt64(UInt16(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt16.self))))
                pc += 1
            case .i64Load32S:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 4 <= memSize else { trap = oob(ea, 4, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, s64: Int64(Int32(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: Int32.self))))
                pc += 1
            case .i64Load32U:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 4 <= memSize else { trap = oob(ea, 4, memSize, pc, fn, ctx, depth); break dispatch }
                fp.set(i.r, u64: UInt64(UInt32(littleEndian: mem.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self))))
                pc += 1

            // MARK: Stores
            case .i32Store:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 4 <= memSize else { trap = oob(ea, 4, memSize, pc, fn, ctx, depth); break dispatch }
                mem.storeBytes(of: fp.u32(i.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)
                pc += 1
            case .i64Store:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 8 <= memSize else { trap = oob(ea, 8, memSize, pc, fn, ctx, depth); break dispatch }
                mem.storeBytes(of: fp.u64(i.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt64.self)
                pc += 1
            case .i32Store8, .i64Store8:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 1 <= memSize else { trap = oob(ea, 1, memSize, pc, fn, ctx, depth); break dispatch }
                mem.storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(i.r)]), toByteOffset: Int(truncatingIfNeeded: ea), as: UInt8.self)
                pc += 1
            case .i32Store16, .i64Store16:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 2 <= memSize else { trap = oob(ea, 2, memSize, pc, fn, ctx, depth); break dispatch }
                mem.storeBytes(of: UInt16(truncatingIfNeeded: fp[Int(i.r)]).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt16.self)
                pc += 1
            case .i64Store32:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 4 <= memSize else { trap = oob(ea, 4, memSize, pc, fn, ctx, depth); break dispatch }
                mem.storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(i.r)]).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)
                pc += 1

            case .storeImm8:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 1 <= memSize else { trap = oob(ea, 1, memSize, pc, fn, ctx, depth); break dispatch }
                mem.storeBytes(of: UInt8(truncatingIfNeeded: i.r), toByteOffset: Int(truncatingIfNeeded: ea), as: UInt8.self)
                pc += 1
            case .storeImm16:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 2 <= memSize else { trap = oob(ea, 2, memSize, pc, fn, ctx, depth); break dispatch }
                mem.storeBytes(of: UInt16(truncatingIfNeeded: i.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt16.self)
                pc += 1
            case .storeImm32:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 4 <= memSize else { trap = oob(ea, 4, memSize, pc, fn, ctx, depth); break dispatch }
                mem.storeBytes(of: UInt32(bitPattern: i.r).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt32.self)
                pc += 1
            case .storeImm64:
                let ea = UInt64(fp.u32(i.a)) &+ UInt64(UInt32(bitPattern: i.b))
                guard ea &+ 8 <= memSize else { trap = oob(ea, 8, memSize, pc, fn, ctx, depth); break dispatch }
                mem.storeBytes(of: UInt64(bitPattern: Int64(i.r)).littleEndian, toByteOffset: Int(truncatingIfNeeded: ea), as: UInt64.self)
                pc += 1

            // MARK: Memory management and bulk memory
            case .memorySize:
                fp.set(i.r, u32: UInt32(truncatingIfNeeded: memSize / 65_536))
                pc += 1
            case .memoryGrow:
                let delta = UInt64(fp.u32(i.a))
                var result: UInt32 = UInt32.max
                if let m = ctx.pointee.memory {
                    let instance = store.instances[ctx.pointee.instanceIndex].memories[0]
                    _ = m
                    if let old = instance.grow(by: delta) { result = UInt32(truncatingIfNeeded: old) }
                    mem = instance.storage.pointee.base
                    memSize = UInt64(instance.storage.pointee.byteCount)
                }
                fp.set(i.r, u32: result)
                pc += 1
            case .memoryFill, .memoryCopy, .memoryInit, .dataDrop,
                 .tableGet, .tableSet, .tableSize, .tableGrow, .tableFill, .tableCopy, .tableInit, .elemDrop:
                let bulk = BulkOperations.execute(i, pc: pc, fp: fp, context: ctx, store: store, fuel: fuel)
                fuel = bulk.fuel
                if let failure = bulk.failure {
                    trap = TrapState(kind: failure.kind, pc: pc, function: fn, context: ctx, depth: depth, memoryAccess: failure.memoryAccess)
                    break dispatch
                }
                if let m = ctx.pointee.memory {
                    mem = m.pointee.base
                    memSize = UInt64(m.pointee.byteCount)
                }
                pc += (i.op == .memoryInit || i.op == .tableCopy || i.op == .tableInit) ? 2 : 1

            // MARK: References
            case .refIsNull:
                fp.set(i.r, bool: fp[Int(i.a)] == 0)
                pc += 1
            case .refFunc:
                fp[Int(i.r)] = UInt64(ctx.pointee.functions[Int(i.a)]) &+ 1
                pc += 1

            // MARK: i32
            case .i32Eqz: fp.set(i.r, bool: fp.u32(i.a) == 0); pc += 1
            case .i32Eq: fp.set(i.r, bool: fp.u32(i.a) == fp.u32(i.b)); pc += 1
            case .i32Ne: fp.set(i.r, bool: fp.u32(i.a) != fp.u32(i.b)); pc += 1
            case .i32LtS: fp.set(i.r, bool: fp.s32(i.a) < fp.s32(i.b)); pc += 1
            case .i32LtU: fp.set(i.r, bool: fp.u32(i.a) < fp.u32(i.b)); pc += 1
            case .i32GtS: fp.set(i.r, bool: fp.s32(i.a) > fp.s32(i.b)); pc += 1
            case .i32GtU: fp.set(i.r, bool: fp.u32(i.a) > fp.u32(i.b)); pc += 1
            case .i32LeS: fp.set(i.r, bool: fp.s32(i.a) <= fp.s32(i.b)); pc += 1
            case .i32LeU: fp.set(i.r, bool: fp.u32(i.a) <= fp.u32(i.b)); pc += 1
            case .i32GeS: fp.set(i.r, bool: fp.s32(i.a) >= fp.s32(i.b)); pc += 1
            case .i32GeU: fp.set(i.r, bool: fp.u32(i.a) >= fp.u32(i.b)); pc += 1
            case .i32Clz: fp.set(i.r, u32: UInt32(fp.u32(i.a).leadingZeroBitCount)); pc += 1
            case .i32Ctz: fp.set(i.r, u32: UInt32(fp.u32(i.a).trailingZeroBitCount)); pc += 1
            case .i32Popcnt: fp.set(i.r, u32: UInt32(fp.u32(i.a).nonzeroBitCount)); pc += 1
            case .i32Add: fp.set(i.r, u32: fp.u32(i.a) &+ fp.u32(i.b)); pc += 1
            case .i32Sub: fp.set(i.r, u32: fp.u32(i.a) &- fp.u32(i.b)); pc += 1
            case .i32Mul: fp.set(i.r, u32: fp.u32(i.a) &* fp.u32(i.b)); pc += 1
            case .i32DivS:
                let x = fp.s32(i.a), y = fp.s32(i.b)
                if y == 0 { trap = TrapState(kind: .integerDivideByZero, pc: pc, function: fn, context: ctx, depth: depth); break dispatch }
                if x == Int32.min && y == -1 { trap = TrapState(kind: .integerOverflow, pc: pc, function: fn, context: ctx, depth: depth); break dispatch }
                fp.set(i.r, s32: x / y); pc += 1
            case .i32DivU:
                let y = fp.u32(i.b)
                if y == 0 { trap = TrapState(kind: .integerDivideByZero, pc: pc, function: fn, context: ctx, depth: depth); break dispatch }
                fp.set(i.r, u32: fp.u32(i.a) / y); pc += 1
            case .i32RemS:
                let x = fp.s32(i.a), y = fp.s32(i.b)
                if y == 0 { trap = TrapState(kind: .integerDivideByZero, pc: pc, function: fn, context: ctx, depth: depth); break dispatch }
                fp.set(i.r, s32: y == -1 ? 0 : x % y); pc += 1
            case .i32RemU:
                let y = fp.u32(i.b)
                if y == 0 { trap = TrapState(kind: .integerDivideByZero, pc: pc, function: fn, context: ctx, depth: depth); break dispatch }
                fp.set(i.r, u32: fp.u32(i.a) % y); pc += 1
            case .i32And: fp.set(i.r, u32: fp.u32(i.a) & fp.u32(i.b)); pc += 1
            case .i32Or: fp.set(i.r, u32: fp.u32(i.a) | fp.u32(i.b)); pc += 1
            case .i32Xor: fp.set(i.r, u32: fp.u32(i.a) ^ fp.u32(i.b)); pc += 1
            case .i32Shl: fp.set(i.r, u32: fp.u32(i.a) &<< (fp.u32(i.b) & 31)); pc += 1
            case .i32ShrS: fp.set(i.r, s32: fp.s32(i.a) &>> Int32(fp.u32(i.b) & 31)); pc += 1
            case .i32ShrU: fp.set(i.r, u32: fp.u32(i.a) &>> (fp.u32(i.b) & 31)); pc += 1
            case .i32Rotl: fp.set(i.r, u32: rotl32(fp.u32(i.a), fp.u32(i.b))); pc += 1
            case .i32Rotr: fp.set(i.r, u32: rotr32(fp.u32(i.a), fp.u32(i.b))); pc += 1
            case .i32EqImm: fp.set(i.r, bool: fp.u32(i.a) == UInt32(bitPattern: i.b)); pc += 1
            case .i32NeImm: fp.set(i.r, bool: fp.u32(i.a) != UInt32(bitPattern: i.b)); pc += 1
            case .i32LtSImm: fp.set(i.r, bool: fp.s32(i.a) < i.b); pc += 1
            case .i32LtUImm: fp.set(i.r, bool: fp.u32(i.a) < UInt32(bitPattern: i.b)); pc += 1
            case .i32GtSImm: fp.set(i.r, bool: fp.s32(i.a) > i.b); pc += 1
            case .i32GtUImm: fp.set(i.r, bool: fp.u32(i.a) > UInt32(bitPattern: i.b)); pc += 1
            case .i32LeSImm: fp.set(i.r, bool: fp.s32(i.a) <= i.b); pc += 1
            case .i32LeUImm: fp.set(i.r, bool: fp.u32(i.a) <= UInt32(bitPattern: i.b)); pc += 1
            case .i32GeSImm: fp.set(i.r, bool: fp.s32(i.a) >= i.b); pc += 1
            case .i32GeUImm: fp.set(i.r, bool: fp.u32(i.a) >= UInt32(bitPattern: i.b)); pc += 1
            case .i32AddImm: fp.set(i.r, u32: fp.u32(i.a) &+ UInt32(bitPattern: i.b)); pc += 1
            case .i32SubImm: fp.set(i.r, u32: fp.u32(i.a) &- UInt32(bitPattern: i.b)); pc += 1
            case .i32MulImm: fp.set(i.r, u32: fp.u32(i.a) &* UInt32(bitPattern: i.b)); pc += 1
            case .i32AndImm: fp.set(i.r, u32: fp.u32(i.a) & UInt32(bitPattern: i.b)); pc += 1
            case .i32OrImm: fp.set(i.r, u32: fp.u32(i.a) | UInt32(bitPattern: i.b)); pc += 1
            case .i32XorImm: fp.set(i.r, u32: fp.u32(i.a) ^ UInt32(bitPattern: i.b)); pc += 1
            case .i32ShlImm: fp.set(i.r, u32: fp.u32(i.a) &<< (UInt32(bitPattern: i.b) & 31)); pc += 1
            case .i32ShrSImm: fp.set(i.r, s32: fp.s32(i.a) &>> (i.b & 31)); pc += 1
            case .i32ShrUImm: fp.set(i.r, u32: fp.u32(i.a) &>> (UInt32(bitPattern: i.b) & 31)); pc += 1
            case .i32RotlImm: fp.set(i.r, u32: rotl32(fp.u32(i.a), UInt32(bitPattern: i.b))); pc += 1
            case .i32RotrImm: fp.set(i.r, u32: rotr32(fp.u32(i.a), UInt32(bitPattern: i.b))); pc += 1

            // MARK: i64
            case .i64Eqz: fp.set(i.r, bool: fp.u64(i.a) == 0); pc += 1
            case .i64Eq: fp.set(i.r, bool: fp.u64(i.a) == fp.u64(i.b)); pc += 1
            case .i64Ne: fp.set(i.r, bool: fp.u64(i.a) != fp.u64(i.b)); pc += 1
            case .i64LtS: fp.set(i.r, bool: fp.s64(i.a) < fp.s64(i.b)); pc += 1
            case .i64LtU: fp.set(i.r, bool: fp.u64(i.a) < fp.u64(i.b)); pc += 1
            case .i64GtS: fp.set(i.r, bool: fp.s64(i.a) > fp.s64(i.b)); pc += 1
            case .i64GtU: fp.set(i.r, bool: fp.u64(i.a) > fp.u64(i.b)); pc += 1
            case .i64LeS: fp.set(i.r, bool: fp.s64(i.a) <= fp.s64(i.b)); pc += 1
            case .i64LeU: fp.set(i.r, bool: fp.u64(i.a) <= fp.u64(i.b)); pc += 1
            case .i64GeS: fp.set(i.r, bool: fp.s64(i.a) >= fp.s64(i.b)); pc += 1
            case .i64GeU: fp.set(i.r, bool: fp.u64(i.a) >= fp.u64(i.b)); pc += 1
            case .i64Clz: fp.set(i.r, u64: UInt64(fp.u64(i.a).leadingZeroBitCount)); pc += 1
            case .i64Ctz: fp.set(i.r, u64: UInt64(fp.u64(i.a).trailingZeroBitCount)); pc += 1
            case .i64Popcnt: fp.set(i.r, u64: UInt64(fp.u64(i.a).nonzeroBitCount)); pc += 1
            case .i64Add: fp.set(i.r, u64: fp.u64(i.a) &+ fp.u64(i.b)); pc += 1
            case .i64Sub: fp.set(i.r, u64: fp.u64(i.a) &- fp.u64(i.b)); pc += 1
            case .i64Mul: fp.set(i.r, u64: fp.u64(i.a) &* fp.u64(i.b)); pc += 1
            case .i64DivS:
                let x = fp.s64(i.a), y = fp.s64(i.b)
                if y == 0 { trap = TrapState(kind: .integerDivideByZero, pc: pc, function: fn, context: ctx, depth: depth); break dispatch }
                if x == Int64.min && y == -1 { trap = TrapState(kind: .integerOverflow, pc: pc, function: fn, context: ctx, depth: depth); break dispatch }
                fp.set(i.r, s64: x / y); pc += 1
            case .i64DivU:
                let y = fp.u64(i.b)
                if y == 0 { trap = TrapState(kind: .integerDivideByZero, pc: pc, function: fn, context: ctx, depth: depth); break dispatch }
                fp.set(i.r, u64: fp.u64(i.a) / y); pc += 1
            case .i64RemS:
                let x = fp.s64(i.a), y = fp.s64(i.b)
                if y == 0 { trap = TrapState(kind: .integerDivideByZero, pc: pc, function: fn, context: ctx, depth: depth); break dispatch }
                fp.set(i.r, s64: y == -1 ? 0 : x % y); pc += 1
            case .i64RemU:
                let y = fp.u64(i.b)
                if y == 0 { trap = TrapState(kind: .integerDivideByZero, pc: pc, function: fn, context: ctx, depth: depth); break dispatch }
                fp.set(i.r, u64: fp.u64(i.a) % y); pc += 1
            case .i64And: fp.set(i.r, u64: fp.u64(i.a) & fp.u64(i.b)); pc += 1
            case .i64Or: fp.set(i.r, u64: fp.u64(i.a) | fp.u64(i.b)); pc += 1
            case .i64Xor: fp.set(i.r, u64: fp.u64(i.a) ^ fp.u64(i.b)); pc += 1
            case .i64Shl: fp.set(i.r, u64: fp.u64(i.a) &<< (fp.u64(i.b) & 63)); pc += 1
            case .i64ShrS: fp.set(i.r, s64: fp.s64(i.a) &>> Int64(fp.u64(i.b) & 63)); pc += 1
            case .i64ShrU: fp.set(i.r, u64: fp.u64(i.a) &>> (fp.u64(i.b) & 63)); pc += 1
            case .i64Rotl: fp.set(i.r, u64: rotl64(fp.u64(i.a), fp.u64(i.b))); pc += 1
            case .i64Rotr: fp.set(i.r, u64: rotr64(fp.u64(i.a), fp.u64(i.b))); pc += 1
            case .i64EqImm: fp.set(i.r, bool: fp.s64(i.a) == Int64(i.b)); pc += 1
            case .i64NeImm: fp.set(i.r, bool: fp.s64(i.a) != Int64(i.b)); pc += 1
            case .i64LtSImm: fp.set(i.r, bool: fp.s64(i.a) < Int64(i.b)); pc += 1
            case .i64LtUImm: fp.set(i.r, bool: fp.u64(i.a) < UInt64(bitPattern: Int64(i.b))); pc += 1
            case .i64GtSImm: fp.set(i.r, bool: fp.s64(i.a) > Int64(i.b)); pc += 1
            case .i64GtUImm: fp.set(i.r, bool: fp.u64(i.a) > UInt64(bitPattern: Int64(i.b))); pc += 1
            case .i64LeSImm: fp.set(i.r, bool: fp.s64(i.a) <= Int64(i.b)); pc += 1
            case .i64LeUImm: fp.set(i.r, bool: fp.u64(i.a) <= UInt64(bitPattern: Int64(i.b))); pc += 1
            case .i64GeSImm: fp.set(i.r, bool: fp.s64(i.a) >= Int64(i.b)); pc += 1
            case .i64GeUImm: fp.set(i.r, bool: fp.u64(i.a) >= UInt64(bitPattern: Int64(i.b))); pc += 1
            case .i64AddImm: fp.set(i.r, u64: fp.u64(i.a) &+ UInt64(bitPattern: Int64(i.b))); pc += 1
            case .i64SubImm: fp.set(i.r, u64: fp.u64(i.a) &- UInt64(bitPattern: Int64(i.b))); pc += 1
            case .i64MulImm: fp.set(i.r, u64: fp.u64(i.a) &* UInt64(bitPattern: Int64(i.b))); pc += 1
            case .i64AndImm: fp.set(i.r, u64: fp.u64(i.a) & UInt64(bitPattern: Int64(i.b))); pc += 1
            case .i64OrImm: fp.set(i.r, u64: fp.u64(i.a) | UInt64(bitPattern: Int64(i.b))); pc += 1
            case .i64XorImm: fp.set(i.r, u64: fp.u64(i.a) ^ UInt64(bitPattern: Int64(i.b))); pc += 1
            case .i64ShlImm: fp.set(i.r, u64: fp.u64(i.a) &<< (UInt64(bitPattern: Int64(i.b)) & 63)); pc += 1
            case .i64ShrSImm: fp.set(i.r, s64: fp.s64(i.a) &>> (Int64(i.b) & 63)); pc += 1
            case .i64ShrUImm: fp.set(i.r, u64: fp.u64(i.a) &>> (UInt64(bitPattern: Int64(i.b)) & 63)); pc += 1
            case .i64RotlImm: fp.set(i.r, u64: rotl64(fp.u64(i.a), UInt64(bitPattern: Int64(i.b)))); pc += 1
            case .i64RotrImm: fp.set(i.r, u64: rotr64(fp.u64(i.a), UInt64(bitPattern: Int64(i.b)))); pc += 1

            // MARK: f32
            case .f32Eq: fp.set(i.r, bool: fp.f32(i.a) == fp.f32(i.b)); pc += 1
            case .f32Ne: fp.set(i.r, bool: fp.f32(i.a) != fp.f32(i.b)); pc += 1
            case .f32Lt: fp.set(i.r, bool: fp.f32(i.a) < fp.f32(i.b)); pc += 1
            case .f32Gt: fp.set(i.r, bool: fp.f32(i.a) > fp.f32(i.b)); pc += 1
            case .f32Le: fp.set(i.r, bool: fp.f32(i.a) <= fp.f32(i.b)); pc += 1
            case .f32Ge: fp.set(i.r, bool: fp.f32(i.a) >= fp.f32(i.b)); pc += 1
            case .f32Abs: fp.set(i.r, u32: fp.u32(i.a) & 0x7FFF_FFFF); pc += 1
            case .f32Neg: fp.set(i.r, u32: fp.u32(i.a) ^ 0x8000_0000); pc += 1
            case .f32Ceil: fp.set(i.r, f32: fp.f32(i.a).rounded(.up)); pc += 1
            case .f32Floor: fp.set(i.r, f32: fp.f32(i.a).rounded(.down)); pc += 1
            case .f32Trunc: fp.set(i.r, f32: fp.f32(i.a).rounded(.towardZero)); pc += 1
            case .f32Nearest: fp.set(i.r, f32: fp.f32(i.a).rounded(.toNearestOrEven)); pc += 1
            case .f32Sqrt: fp.set(i.r, f32: fp.f32(i.a).squareRoot()); pc += 1
            case .f32Add: fp.set(i.r, f32: fp.f32(i.a) + fp.f32(i.b)); pc += 1
            case .f32Sub: fp.set(i.r, f32: fp.f32(i.a) - fp.f32(i.b)); pc += 1
            case .f32Mul: fp.set(i.r, f32: fp.f32(i.a) * fp.f32(i.b)); pc += 1
            case .f32Div: fp.set(i.r, f32: fp.f32(i.a) / fp.f32(i.b)); pc += 1
            case .f32Min: fp.set(i.r, f32: Numerics.min(fp.f32(i.a), fp.f32(i.b))); pc += 1
            case .f32Max: fp.set(i.r, f32: Numerics.max(fp.f32(i.a), fp.f32(i.b))); pc += 1
            case .f32Copysign: fp.set(i.r, u32: (fp.u32(i.a) & 0x7FFF_FFFF) | (fp.u32(i.b) & 0x8000_0000)); pc += 1

            // MARK: f64
            case .f64Eq: fp.set(i.r, bool: fp.f64(i.a) == fp.f64(i.b)); pc += 1
            case .f64Ne: fp.set(i.r, bool: fp.f64(i.a) != fp.f64(i.b)); pc += 1
            case .f64Lt: fp.set(i.r, bool: fp.f64(i.a) < fp.f64(i.b)); pc += 1
            case .f64Gt: fp.set(i.r, bool: fp.f64(i.a) > fp.f64(i.b)); pc += 1
            case .f64Le: fp.set(i.r, bool: fp.f64(i.a) <= fp.f64(i.b)); pc += 1
            case .f64Ge: fp.set(i.r, bool: fp.f64(i.a) >= fp.f64(i.b)); pc += 1
            case .f64Abs: fp.set(i.r, u64: fp.u64(i.a) & 0x7FFF_FFFF_FFFF_FFFF); pc += 1
            case .f64Neg: fp.set(i.r, u64: fp.u64(i.a) ^ 0x8000_0000_0000_0000); pc += 1
            case .f64Ceil: fp.set(i.r, f64: fp.f64(i.a).rounded(.up)); pc += 1
            case .f64Floor: fp.set(i.r, f64: fp.f64(i.a).rounded(.down)); pc += 1
            case .f64Trunc: fp.set(i.r, f64: fp.f64(i.a).rounded(.towardZero)); pc += 1
            case .f64Nearest: fp.set(i.r, f64: fp.f64(i.a).rounded(.toNearestOrEven)); pc += 1
            case .f64Sqrt: fp.set(i.r, f64: fp.f64(i.a).squareRoot()); pc += 1
            case .f64Add: fp.set(i.r, f64: fp.f64(i.a) + fp.f64(i.b)); pc += 1
            case .f64Sub: fp.set(i.r, f64: fp.f64(i.a) - fp.f64(i.b)); pc += 1
            case .f64Mul: fp.set(i.r, f64: fp.f64(i.a) * fp.f64(i.b)); pc += 1
            case .f64Div: fp.set(i.r, f64: fp.f64(i.a) / fp.f64(i.b)); pc += 1
            case .f64Min: fp.set(i.r, f64: Numerics.min(fp.f64(i.a), fp.f64(i.b))); pc += 1
            case .f64Max: fp.set(i.r, f64: Numerics.max(fp.f64(i.a), fp.f64(i.b))); pc += 1
            case .f64Copysign: fp.set(i.r, u64: (fp.u64(i.a) & 0x7FFF_FFFF_FFFF_FFFF) | (fp.u64(i.b) & 0x8000_0000_0000_0000)); pc += 1

            // MARK: Conversions
            case .i32WrapI64: fp.set(i.r, u32: UInt32(truncatingIfNeeded: fp.u64(i.a))); pc += 1
            case .i32TruncF32S:
                switch Numerics.truncToI32S(fp.f32(i.a)) {
                case .value(let v): fp.set(i.r, s32: v); pc += 1
                case .invalid: trap = TrapState(kind: .invalidConversionToInteger, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                case .overflow: trap = TrapState(kind: .integerOverflow, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                }
            case .i32TruncF32U:
                switch Numerics.truncToI32U(fp.f32(i.a)) {
                case .value(let v): fp.set(i.r, u32: v); pc += 1
                case .invalid: trap = TrapState(kind: .invalidConversionToInteger, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                case .overflow: trap = TrapState(kind: .integerOverflow, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                }
            case .i32TruncF64S:
                switch Numerics.truncToI32S(fp.f64(i.a)) {
                case .value(let v): fp.set(i.r, s32: v); pc += 1
                case .invalid: trap = TrapState(kind: .invalidConversionToInteger, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                case .overflow: trap = TrapState(kind: .integerOverflow, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                }
            case .i32TruncF64U:
                switch Numerics.truncToI32U(fp.f64(i.a)) {
                case .value(let v): fp.set(i.r, u32: v); pc += 1
                case .invalid: trap = TrapState(kind: .invalidConversionToInteger, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                case .overflow: trap = TrapState(kind: .integerOverflow, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                }
            case .i64TruncF32S:
                switch Numerics.truncToI64S(fp.f32(i.a)) {
                case .value(let v): fp.set(i.r, s64: v); pc += 1
                case .invalid: trap = TrapState(kind: .invalidConversionToInteger, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                case .overflow: trap = TrapState(kind: .integerOverflow, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                }
            case .i64TruncF32U:
                switch Numerics.truncToI64U(fp.f32(i.a)) {
                case .value(let v): fp.set(i.r, u64: v); pc += 1
                case .invalid: trap = TrapState(kind: .invalidConversionToInteger, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                case .overflow: trap = TrapState(kind: .integerOverflow, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                }
            case .i64TruncF64S:
                switch Numerics.truncToI64S(fp.f64(i.a)) {
                case .value(let v): fp.set(i.r, s64: v); pc += 1
                case .invalid: trap = TrapState(kind: .invalidConversionToInteger, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                case .overflow: trap = TrapState(kind: .integerOverflow, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                }
            case .i64TruncF64U:
                switch Numerics.truncToI64U(fp.f64(i.a)) {
                case .value(let v): fp.set(i.r, u64: v); pc += 1
                case .invalid: trap = TrapState(kind: .invalidConversionToInteger, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                case .overflow: trap = TrapState(kind: .integerOverflow, pc: pc, function: fn, context: ctx, depth: depth); break dispatch
                }
            case .i64ExtendI32S: fp.set(i.r, s64: Int64(fp.s32(i.a))); pc += 1
            case .i64ExtendI32U: fp.set(i.r, u64: UInt64(fp.u32(i.a))); pc += 1
            case .f32ConvertI32S: fp.set(i.r, f32: Float(fp.s32(i.a))); pc += 1
            case .f32ConvertI32U: fp.set(i.r, f32: Float(fp.u32(i.a))); pc += 1
            case .f32ConvertI64S: fp.set(i.r, f32: Float(fp.s64(i.a))); pc += 1
            case .f32ConvertI64U: fp.set(i.r, f32: Numerics.f32FromU64(fp.u64(i.a))); pc += 1
            case .f32DemoteF64: fp.set(i.r, f32: Float(fp.f64(i.a))); pc += 1
            case .f64ConvertI32S: fp.set(i.r, f64: Double(fp.s32(i.a))); pc += 1
            case .f64ConvertI32U: fp.set(i.r, f64: Double(fp.u32(i.a))); pc += 1
            case .f64ConvertI64S: fp.set(i.r, f64: Double(fp.s64(i.a))); pc += 1
            case .f64ConvertI64U: fp.set(i.r, f64: Numerics.f64FromU64(fp.u64(i.a))); pc += 1
            case .f64PromoteF32: fp.set(i.r, f64: Double(fp.f32(i.a))); pc += 1
            case .i32Extend8S: fp.set(i.r, s32: Int32(Int8(truncatingIfNeeded: fp.u32(i.a)))); pc += 1
            case .i32Extend16S: fp.set(i.r, s32: Int32(Int16(truncatingIfNeeded: fp.u32(i.a)))); pc += 1
            case .i64Extend8S: fp.set(i.r, s64: Int64(Int8(truncatingIfNeeded: fp.u64(i.a)))); pc += 1
            case .i64Extend16S: fp.set(i.r, s64: Int64(Int16(truncatingIfNeeded: fp.u64(i.a)))); pc += 1
            case .i64Extend32S: fp.set(i.r, s64: Int64(Int32(truncatingIfNeeded: fp.u64(i.a)))); pc += 1
            case .i32TruncSatF32S: fp.set(i.r, s32: Numerics.satI32S(fp.f32(i.a))); pc += 1
            case .i32TruncSatF32U: fp.set(i.r, u32: Numerics.satI32U(fp.f32(i.a))); pc += 1
            case .i32TruncSatF64S: fp.set(i.r, s32: Numerics.satI32S(fp.f64(i.a))); pc += 1
            case .i32TruncSatF64U: fp.set(i.r, u32: Numerics.satI32U(fp.f64(i.a))); pc += 1
            case .i64TruncSatF32S: fp.set(i.r, s64: Numerics.satI64S(fp.f32(i.a))); pc += 1
            case .i64TruncSatF32U: fp.set(i.r, u64: Numerics.satI64U(fp.f32(i.a))); pc += 1
            case .i64TruncSatF64S: fp.set(i.r, s64: Numerics.satI64S(fp.f64(i.a))); pc += 1
            case .i64TruncSatF64U: fp.set(i.r, u64: Numerics.satI64U(fp.f64(i.a))); pc += 1
            }
        }

        store.fuel = fuel
        guard let trap else { return nil }
        return makeTrap(trap, store: store, frames: frames, entryDepth: entryDepth)
    }

    /// A conditional branch's next step and the fuel it charges. `aux` packs the folded
    /// fuel of the two successor blocks (see `BranchFolding`): bits 8-15 the taken target's
    /// cost, bits 0-6 the fall-through block's cost, bit 7 set when the fall-through block's
    /// own fuel instruction is to be skipped.
    @inline(__always)
    static func branchStep(_ taken: Bool, _ i: Instruction, offset: Int32) -> (step: Int, cost: Int64) {
        let aux = Int(i.aux)
        if taken { return (Int(offset), Int64(aux >> 8)) }
        return (1 + ((aux >> 7) & 1), Int64(aux & 0x7F))
    }

    @inline(__always)
    static func rotl32(_ x: UInt32, _ k: UInt32) -> UInt32 {
        let n = k & 31
        return (x &<< n) | (x &>> ((32 &- n) & 31))
    }
    @inline(__always)
    static func rotr32(_ x: UInt32, _ k: UInt32) -> UInt32 {
        let n = k & 31
        return (x &>> n) | (x &<< ((32 &- n) & 31))
    }
    @inline(__always)
    static func rotl64(_ x: UInt64, _ k: UInt64) -> UInt64 {
        let n = k & 63
        return (x &<< n) | (x &>> ((64 &- n) & 63))
    }
    @inline(__always)
    static func rotr64(_ x: UInt64, _ k: UInt64) -> UInt64 {
        let n = k & 63
        return (x &>> n) | (x &<< ((64 &- n) & 63))
    }

    @inline(never)
    static func oob(_ ea: UInt64, _ size: UInt64, _ memSize: UInt64, _ pc: UnsafeMutablePointer<Instruction>,
                    _ fn: UnsafeMutablePointer<CompiledFunction>, _ ctx: UnsafeMutablePointer<InstanceContext>, _ depth: Int) -> TrapState {
        TrapState(kind: .outOfBoundsMemoryAccess, pc: pc, function: fn, context: ctx, depth: depth,
                  memoryAccess: MemoryAccessError(address: ea, length: size, memorySize: memSize))
    }

    /// Builds the public trap: the innermost frames of a nested invocation (if the trap came
    /// through a host function), then this invocation's frames from the trap point outwards.
    static func makeTrap(_ state: TrapState, store: Store, frames: UnsafeMutablePointer<CallFrame>, entryDepth: Int) -> Trap {
        var backtrace = state.innerBacktrace
        func frame(_ function: UnsafeMutablePointer<CompiledFunction>, _ pc: UnsafeMutablePointer<Instruction>, _ context: UnsafeMutablePointer<InstanceContext>) -> BacktraceFrame {
            let module = store.instances[context.pointee.instanceIndex].module
            let index = pc - function.pointee.code
            let offset = index >= 0 && index < function.pointee.codeCount ? Int(function.pointee.wasmOffsets[index]) : 0
            return BacktraceFrame(functionIndex: function.pointee.functionIndex, name: module.functionName(function.pointee.functionIndex),
                                  offset: offset, moduleName: module.names.moduleName)
        }
        backtrace.append(frame(state.function, state.pc, state.context))
        var d = state.depth - 1
        while d >= entryDepth && backtrace.count < Trap.maxFrames {
            let f = frames[d]
            // The return PC points after the call; report the call itself.
            backtrace.append(frame(f.function, f.returnPC - 1, f.context))
            d -= 1
        }
        if backtrace.count > Trap.maxFrames { backtrace.removeLast(backtrace.count - Trap.maxFrames) }
        return Trap(state.kind, backtrace: backtrace, memoryAccess: state.memoryAccess)
    }
}
