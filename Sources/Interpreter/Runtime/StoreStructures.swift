/// A function as the store knows it: a translated Wasm function of some instance, or a
/// host function. Read directly by the executor for calls and `call_indirect`.
struct StoreFunction {
    /// Store-wide canonical type id (equal ids ⇔ equal function types).
    var typeID: Int32
    /// Index into `Store.hostFunctions`, or -1 for a Wasm function.
    var hostIndex: Int32
    var compiled: UnsafeMutablePointer<CompiledFunction>?
    var context: UnsafeMutablePointer<InstanceContext>?
}

/// A data or element segment as an instance sees it; `count` drops to 0 when dropped.
struct SegmentView<Element> {
    var base: UnsafeMutablePointer<Element>?
    var count: Int
}

/// The per-instance state the executor reads on every access, in one stable allocation:
/// switching instances on a cross-instance call is swapping this pointer.
struct InstanceContext {
    var memory: UnsafeMutablePointer<MemoryStorage>?
    var globals: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>>
    var tables: UnsafeMutablePointer<UnsafeMutablePointer<TableStorage>>
    /// Module function index → store function address.
    var functions: UnsafeMutablePointer<Int>
    /// Module type index → store canonical type id.
    var typeIDs: UnsafeMutablePointer<Int32>
    /// The module's translated functions (defined ones, in order).
    var compiled: UnsafeMutablePointer<CompiledFunction>
    var dataSegments: UnsafeMutablePointer<SegmentView<UInt8>>
    var elementSegments: UnsafeMutablePointer<SegmentView<UInt64>>
    /// Index of the owning instance in `Store.instances`.
    var instanceIndex: Int
    /// The instance's module (kept alive by the instance), for lazy translation.
    var module: Unmanaged<Module>
}

/// A saved caller state on the call-frame stack (the caller's function, for backtraces,
/// is the one whose code holds `returnPC - 1`).
struct CallFrame {
    var returnPC: UnsafeMutablePointer<Instruction>
    var fp: UnsafeMutablePointer<UInt64>
    var context: UnsafeMutablePointer<InstanceContext>
}

/// The value stack and call-frame stack shared by all invocations of a store (host
/// re-entry continues above the current top). Sized from `EngineLimits` at store creation.
final class ExecutionStack {
    let slots: UnsafeMutablePointer<UInt64>
    let slotCount: Int
    let frames: UnsafeMutablePointer<CallFrame>
    let frameCapacity: Int

    init(limits: EngineLimits) {
        slotCount = Swift.max(limits.maxValueStackBytes / 8, 1024)
        slots = .allocate(capacity: slotCount)
        frameCapacity = Swift.max(limits.maxCallDepth, 1) + 1
        frames = .allocate(capacity: frameCapacity)
    }

    deinit {
        slots.deallocate()
        frames.deallocate()
    }

    var end: UnsafeMutablePointer<UInt64> { slots + slotCount }
}
