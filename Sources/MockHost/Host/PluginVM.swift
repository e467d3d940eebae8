import Interpreter

/// The record of a VM failure: which callback, the trap, and what the host saw last.
public struct VMFailure: Sendable {
    public var callback: String
    public var trap: Trap
    /// The last host calls before the failure (newest last).
    public var lastHostCalls: [TraceEvent]
    /// Fuel used by the failing callback.
    public var fuelUsed: UInt64
}

/// Why `PluginVM.start()` did not start the plugin.
public enum PluginStartError: Error, CustomStringConvertible {
    /// `proxy_on_vm_start` returned false.
    case vmStartRefused
    /// `proxy_on_configure` returned false.
    case configureRefused
    /// A start callback trapped (the VM is failed).
    case failed(callback: String, trap: Trap)

    public var description: String {
        switch self {
        case .vmStartRefused: return "proxy_on_vm_start returned false: the plugin refused its VM configuration"
        case .configureRefused: return "proxy_on_configure returned false: the plugin refused its configuration"
        case .failed(let c, let t): return "Function: \(c) failed: \(t.message)"
        }
    }
}

/// One instance of a plugin in a `MockHost`: a Wasm VM with its root context, streams,
/// logs, trace and failure state.
///
/// All guest interaction goes through this class: it calls the plugin's callbacks with the
/// configured limits, answers its host calls, and applies the failure policy when it traps.
public final class PluginVM {
    public let host: MockHost
    public let configuration: PluginConfiguration
    public let module: Module
    public let abiVersion: ABIVersion
    /// The allocator the host uses: "malloc" or "proxy_on_memory_allocate" (Envoy prefers malloc).
    public let allocatorName: String
    let specs: [HostFunctionSpec]
    /// How the host functions and the host's VM list reach this VM without a weak reference.
    let link = VMLink()

    var store: Store
    var instance: Instance
    var exportedFunctions: [String: Function] = [:]
    var allocatorFunction: Function?
    /// Decoded arguments of the running host call, for the trace.
    @exclusivity(unchecked) var hostCallTraceText = ""

    /// Incremented by each fail-reload; streams remember the generation that served them.
    public internal(set) var generation = 0
    public internal(set) var reloadCount = 0
    /// Set when a callback trapped; cleared by a reload.
    public internal(set) var failure: VMFailure?
    /// Every failure seen, including those before reloads.
    public internal(set) var failures: [VMFailure] = []

    /// Whether host calls and callbacks are recorded in `trace`.
    @exclusivity(unchecked) public var tracing = true
    public internal(set) var trace: [TraceEvent] = []
    public internal(set) var droppedTraceEvents = 0
    public internal(set) var logs: [LogEntry] = []
    public internal(set) var droppedLogs = 0
    var logBytes = 0
    /// The last host calls (kept even when tracing is off), for failure reports: a ring of
    /// `recentHostCallCapacity` entries.
    @exclusivity(unchecked) var recentHostCallRing: [TraceEvent] = []
    @exclusivity(unchecked) var recentHostCallNext = 0
    static let recentHostCallCapacity = 32

    /// The last host calls, oldest first.
    var recentHostCalls: [TraceEvent] {
        guard recentHostCallRing.count == PluginVM.recentHostCallCapacity else { return recentHostCallRing }
        return Array(recentHostCallRing[recentHostCallNext...] + recentHostCallRing[..<recentHostCallNext])
    }

    /// Whether host calls should build their trace text (tracing on and room in the trace).
    var tracesHostCalls: Bool { tracing && trace.count < host.limits.maxTraceEvents }
    /// Host calls made so far.
    @exclusivity(unchecked) public internal(set) var hostCallCount = 0
    /// Callbacks invoked so far, and the fuel they used.
    public internal(set) var callbackCount = 0
    public internal(set) var totalFuelUsed: UInt64 = 0
    /// Largest memory size seen after a callback, in pages.
    public internal(set) var peakMemoryPages = 0

    /// Host functions that should answer a fixed status instead of running (fault
    /// injection): name → status. Out-parameters are not written.
    @exclusivity(unchecked) public var injectedStatus: [String: UInt32] = [:]

    /// `random_get`'s generator, seeded by `configuration.randomSeed` (WASIFunctions.swift).
    lazy var wasiRandom = WASIRandomGenerator(seed: configuration.randomSeed)

    // Contexts
    var contexts: [UInt32: ContextEntry] = [:]
    var nextContextID: UInt32 = 1
    /// The root context of `configuration.rootID`.
    public internal(set) var rootContextID: UInt32 = 0
    var rootIDs: [String: UInt32] = [:]
    /// Context whose callback is running, and the effective context host calls act on.
    var currentContextID: UInt32 = 0
    var effectiveContextID: UInt32 = 0
    var pendingDone: Set<UInt32> = []
    var pendingTasks: [() -> Void] = []
    /// Data only readable during the callback that delivers it.
    var callbackData = CallbackData()
    var bodyCallback: BodyCallback?
    /// HTTP callouts, gRPC calls in flight, task draining (State/Callouts.swift).
    var asyncState = AsyncState()

    enum Phase: Equatable { case idle, starting(String), allocating, callback }
    @exclusivity(unchecked) var phase: Phase = .idle

    /// The plugin's memory, bounds-checked (set by `instantiate()`; host calls use it
    /// rather than asking the caller, as the plugin is the only instance in the store; nil
    /// while a start section runs, when they fall back to the caller's).
    private(set) var memoryView: GuestMemory?

    init(host: MockHost, module: Module, configuration: PluginConfiguration) throws(PluginLoadError) {
        self.host = host
        self.module = module
        self.configuration = configuration
        let abi = try PluginVM.detectABI(module)
        self.abiVersion = abi
        try PluginVM.checkExports(module, abi: abi)
        guard let allocator = PluginVM.findAllocator(module) else { throw .missingAllocator }
        self.allocatorName = allocator
        let specs = HostFunctionTable.all(for: abi, linkingEveryVersion: host.linksHostFunctionsOfEveryABIVersion)
        self.specs = specs
        try PluginVM.checkImports(module, specs: specs)
        // Instantiation needs `self` for the host functions: use placeholders first.
        let store = Store(limits: configuration.limits)
        self.store = store
        self.instance = try PluginVM.placeholderInstance(store)
        link.vm = self
        try instantiate()
    }

    deinit { link.vm = nil }

    /// A throwaway instance so all stored properties are set before `instantiate()`.
    private static func placeholderInstance(_ store: Store) throws(PluginLoadError) -> Instance {
        do {
            let m = try Module(bytes: [0, 0x61, 0x73, 0x6D, 1, 0, 0, 0])
            return try store.instantiate(m)
        } catch {
            throw .instantiationFailed("\(error)")
        }
    }

    /// Creates a fresh Store and instance, then runs `_initialize` (+ `main`) or `_start`.
    func instantiate() throws(PluginLoadError) {
        let store = Store(limits: configuration.limits)
        var imports = Imports()
        let link = self.link
        for spec in specs {
            imports.define(module: spec.module, name: spec.name, HostFunction(type: spec.type, raw: { caller, slots in
                guard let vm = link.vm else { throw HostFunctionError("the plugin VM was released") }
                try vm.dispatch(spec, caller: caller, slots: slots)
            }))
        }
        self.store = store
        memoryView = nil
        do {
            phase = .starting("instantiation")
            defer { phase = .idle }
            instance = try store.instantiate(module, imports: imports)
        } catch let trap as Trap {
            throw .startFailed(function: "start function", trap: trap)
        } catch {
            throw .instantiationFailed("\(error)")
        }
        exportedFunctions = [:]
        for e in module.exports {
            if case .function = e.type, let f = instance.function(e.name) { exportedFunctions[e.name] = f }
        }
        guard instance.exportedMemory("memory") != nil else { throw .missingMemory }
        memoryView = instance.memory?.view
        allocatorFunction = exportedFunctions[allocatorName]
        // Module start: _initialize then main(0, 0), or _start.
        if exportedFunctions["_initialize"] != nil {
            try runStart("_initialize", [])
            if exportedFunctions["main"] != nil { try runStart("main", [.i32(0), .i32(0)]) }
        } else if exportedFunctions["_start"] != nil {
            try runStart("_start", [])
        }
        updatePeakMemory()
    }

    private func runStart(_ name: String, _ args: [Value]) throws(PluginLoadError) {
        guard let function = exportedFunctions[name] else { return }
        phase = .starting(name)
        defer { phase = .idle }
        do {
            _ = try function.invoke(args)
            record(.callback(name: name, arguments: args.map(\.slotValue), result: nil, fuelUsed: store.lastFuelUsed))
        } catch let trap as Trap {
            let f = VMFailure(callback: name, trap: trap, lastHostCalls: recentHostCalls, fuelUsed: store.lastFuelUsed)
            failure = f
            failures.append(f)
            record(.failure(callback: name, trap: trap))
            throw .startFailed(function: name, trap: trap)
        } catch {
            throw .startFailed(function: name, trap: Trap(.hostError("\(error)")))
        }
    }

    // MARK: Load checks

    static func detectABI(_ module: Module) throws(PluginLoadError) -> ABIVersion {
        for e in module.exports where e.name.hasPrefix("proxy_abi_version_") {
            guard case .function = e.type else { continue }
            if let v = ABIVersion.allCases.first(where: { $0.marker == e.name }) { return v }
            throw .unknownABIVersion(e.name)
        }
        throw .missingABIVersion
    }

    static func checkExports(_ module: Module, abi: ABIVersion) throws(PluginLoadError) {
        let expected = CallbackSignatures.expected(for: abi)
        for e in module.exports {
            guard case .function(let actual) = e.type, let want = expected[e.name] else { continue }
            if actual != want { throw .badCallbackSignature(name: e.name, expected: want, actual: actual) }
        }
        guard module.exports.contains(where: { if case .memory = $0.type { return $0.name == "memory" }; return false }) else {
            throw .missingMemory
        }
    }

    static func findAllocator(_ module: Module) -> String? {
        let want = FunctionType(parameters: [.i32], results: [.i32])
        for name in ["malloc", "proxy_on_memory_allocate"] where module.exportedFunctionType(name) == want {
            return name
        }
        return nil
    }

    static func checkImports(_ module: Module, specs: [HostFunctionSpec]) throws(PluginLoadError) {
        var provided: [String: HostFunctionSpec] = [:]
        for s in specs { provided[s.module + "\u{0}" + s.name] = s }
        for imp in module.imports {
            guard let spec = provided[imp.module + "\u{0}" + imp.name] else {
                throw .unknownImport(module: imp.module, name: imp.name)
            }
            guard case .function(let t) = imp.type, t == spec.type else {
                throw .importSignatureMismatch(module: imp.module, name: imp.name, expected: "\(spec.type)", actual: "\(imp.type)")
            }
        }
    }

    // MARK: Recording

    func record(_ event: TraceEvent) {
        guard tracing else { return }
        if trace.count >= host.limits.maxTraceEvents {
            droppedTraceEvents += 1
            return
        }
        trace.append(event)
    }

    func log(_ level: LogLevel, _ message: String) {
        if logs.count >= host.limits.maxLogEntries || logBytes + message.utf8.count > host.limits.maxLogBytes {
            droppedLogs += 1
            return
        }
        logBytes += message.utf8.count
        logs.append(LogEntry(level: level, message: message))
    }

    /// Log messages at `level` (or all levels).
    public func logMessages(_ level: LogLevel? = nil) -> [String] {
        logs.filter { level == nil || $0.level == level }.map(\.message)
    }

    func updatePeakMemory() {
        if let pages = instance.memory?.pageCount, pages > peakMemoryPages { peakMemoryPages = pages }
    }

    /// Current memory size in pages.
    public var memoryPages: Int { instance.memory?.pageCount ?? 0 }

    // MARK: Host call dispatch

    func dispatch(_ spec: HostFunctionSpec, caller: Caller, slots: UnsafeMutablePointer<UInt64>) throws {
        switch phase {
        case .starting(let what) where !spec.allowedDuringStart:
            throw RestrictedCallback(function: spec.name, phase: what)
        case .allocating where !spec.allowedDuringAllocation:
            throw RestrictedCallback(function: spec.name, phase: "the allocator (\(allocatorName))")
        default:
            break
        }
        hostCallCount += 1
        let call = HostCall(vm: self, caller: caller, slots: slots, name: spec.name)
        hostCallTraceText = ""
        var status: UInt32?
        if !injectedStatus.isEmpty, let injected = injectedStatus[spec.name] {
            status = spec.type.results.isEmpty ? nil : injected
            hostCallTraceText = "fault injected"
        } else {
            do {
                status = try spec.handler(call)
            } catch is MemoryAccessError {
                status = spec.family == .wasi ? WASIErrno.fault.rawValue : ProxyStatus.invalidMemoryAccess.rawValue
            } catch is AllocationFailure {
                status = ProxyStatus.invalidMemoryAccess.rawValue
            }
        }
        if let status, !spec.type.results.isEmpty { slots[0] = UInt64(status) }
        let event = TraceEvent.hostCall(name: spec.name, arguments: hostCallTraceText, status: status ?? 0)
        if recentHostCallRing.count < PluginVM.recentHostCallCapacity {
            recentHostCallRing.append(event)
        } else {
            recentHostCallRing[recentHostCallNext] = event
        }
        recentHostCallNext = (recentHostCallNext + 1) % PluginVM.recentHostCallCapacity
        record(event)
    }

    /// Calls the guest allocator for `size` bytes (restricted phase). Throws
    /// `AllocationFailure` when it returns 0 or a block outside memory, and passes a trap on.
    func allocate(_ size: UInt64) throws -> UInt32 {
        guard size <= UInt64(UInt32.max) else { throw AllocationFailure() }
        let saved = phase
        phase = .allocating
        defer { phase = saved }
        guard let allocatorFunction else { throw AllocationFailure() }
        let result = try allocatorFunction.invoke([.i32(UInt32(size))])
        guard case .i32(let address)? = result.first, address != 0,
              let memory = memoryView, memory.contains(address: UInt64(address), length: size) else {
            throw AllocationFailure()
        }
        return address
    }
}

/// Values readable only during the callback that delivers them.
struct CallbackData {
    var vmConfiguration: [UInt8]?
    var pluginConfiguration: [UInt8]?
    var httpCallResponseHeaders: HeaderMap?
    var httpCallResponseBody: [UInt8]?
    var httpCallResponseTrailers: HeaderMap?
    var grpcInitialMetadata: HeaderMap?
    var grpcMessage: [UInt8]?
    var grpcTrailingMetadata: HeaderMap?
    var foreignFunctionArguments: [UInt8]?
    /// For `proxy_get_status`: the status code and message of the call being delivered.
    var status: (code: UInt32, message: [UInt8])?
}

extension Value {
    var slotValue: UInt64 {
        switch self {
        case .i32(let v): return UInt64(v)
        case .i64(let v): return v
        case .f32(let v): return UInt64(v)
        case .f64(let v): return v
        case .funcref(let a): return a.map { UInt64($0) } ?? 0
        case .externref(let v): return v ?? 0
        }
    }
}
