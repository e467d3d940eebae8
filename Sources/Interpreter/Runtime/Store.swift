#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns everything instances create or share: functions, memories, tables, globals, the
/// execution stack, and the fuel and deadline of the running invocation.
///
/// A store is not thread-safe; use one per thread (a VM, in proxy-wasm terms).
public final class Store {
    /// The limits this store enforces. Stack sizes are fixed at creation; fuel, deadline and
    /// the memory/table caps are read when used and may be changed between invocations.
    public var limits: EngineLimits

    var functions: UnsafeMutablePointer<StoreFunction>
    var functionCount = 0
    var functionCapacity = 0
    var hostFunctions: [HostFunction] = []
    var instances: [InstanceRecord] = []
    var typeIDs: [FunctionType: Int32] = [:]
    var canonicalTypes: [FunctionType] = []
    /// `max(parameters, results)` per canonical type: the slots a host call reads and writes.
    var canonicalSlotCounts: [Int] = []
    /// Host function bodies by host index (the call path reads only these).
    @exclusivity(unchecked) var hostBodies: [(Caller, UnsafeMutablePointer<UInt64>) throws -> Void] = []
    /// What tables and globals remember of the store that links them. A separate object so
    /// their weak reference does not give the store itself a side table (which would slow
    /// every retain and release of the store on the host-call path).
    let identity = StoreIdentity()
    let stack: ExecutionStack

    // State of the running invocation.
    /// Fuel left in the running outermost invocation.
    @exclusivity(unchecked) var fuel: Int64 = 0
    var deadline: ContinuousClock.Instant? { didSet { hasDeadline = deadline != nil } }
    /// Whether `deadline` is set (read on every host return without copying the optional).
    private(set) var hasDeadline = false
    /// Where a nested (host re-entry) invocation may start its frame, and its frame depth.
    @exclusivity(unchecked) var stackTop: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) var frameDepth = 0
    var reentrancy = 0
    /// Fuel used by the last completed outermost invocation (also after a trap).
    public internal(set) var lastFuelUsed: UInt64 = 0
    var fuelAtStart: Int64 = 0

    public init(limits: EngineLimits = .default) {
        self.limits = limits
        stack = ExecutionStack(limits: limits)
        stackTop = stack.slots
        functionCapacity = 64
        functions = .allocate(capacity: functionCapacity)
    }

    deinit {
        functions.deallocate()
    }

    /// Whether an invocation is running (instantiation is refused while it is).
    public var isExecuting: Bool { reentrancy > 0 }

    func canonicalTypeID(_ type: FunctionType) -> Int32 {
        if let id = typeIDs[type] { return id }
        let id = Int32(canonicalTypes.count)
        canonicalTypes.append(type)
        canonicalSlotCounts.append(max(type.parameters.count, type.results.count))
        typeIDs[type] = id
        return id
    }

    func addFunction(_ f: StoreFunction) -> Int {
        if functionCount == functionCapacity {
            let newCapacity = functionCapacity * 2
            let newBuffer = UnsafeMutablePointer<StoreFunction>.allocate(capacity: newCapacity)
            newBuffer.moveInitialize(from: functions, count: functionCount)
            functions.deallocate()
            functions = newBuffer
            functionCapacity = newCapacity
        }
        (functions + functionCount).initialize(to: f)
        functionCount += 1
        identity.functionCount = functionCount
        return functionCount - 1
    }

    /// Adds a host function to the store and returns a handle to it (to put in a table, or
    /// to import into several instances as the same function).
    public func add(_ host: HostFunction) -> Function {
        hostFunctions.append(host)
        hostBodies.append(host.body)
        let address = addFunction(StoreFunction(typeID: canonicalTypeID(host.type), hostIndex: Int32(hostFunctions.count - 1), compiled: nil, context: nil))
        return Function(store: self, address: address)
    }

    func functionType(address: Int) -> FunctionType {
        canonicalTypes[Int(functions[address].typeID)]
    }

    /// Creates an instance: links imports (type-checked), allocates memories and tables,
    /// initialises globals, applies active segments and runs the start function.
    ///
    /// Throws `InstantiationError` when linking fails or a limit forbids the module's
    /// minimum sizes, `Trap` when a segment is out of bounds or the start function traps.
    public func instantiate(_ module: Module, imports: Imports = Imports()) throws -> Instance {
        guard !isExecuting else { throw InstantiationError(.resourceLimit, "cannot instantiate while the store is executing") }
        let record = try InstanceRecord.create(module: module, imports: imports, store: self)
        instances.append(record)
        let instance = Instance(store: self, index: instances.count - 1)
        try record.initialize(store: self, instance: instance)
        return instance
    }
}

/// A handle to a function in a store (Wasm or host).
public struct Function {
    public let store: Store
    /// Store-wide address (also the value of a `funcref` to it).
    public let address: Int

    public var type: FunctionType { store.functionType(address: address) }

    /// Calls the function. Arguments are checked against its type.
    public func invoke(_ arguments: [Value] = []) throws -> [Value] {
        try store.invoke(address: address, arguments: arguments)
    }
}

/// A store's identity as seen by tables and globals: which store links them and how many
/// function addresses it has (to refuse references it cannot follow).
final class StoreIdentity {
    var functionCount = 0
}
