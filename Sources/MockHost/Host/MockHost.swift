import Interpreter

/// A faithful proxy-wasm host, in-process: what Envoy gives a plugin, with everything a test
/// needs to drive it and look inside.
///
/// One host holds the state VMs share (clock, shared data, shared queues, metrics, foreign
/// functions); each `PluginVM` is one instance of a plugin with its own contexts.
///
/// ```swift
/// let host = MockHost()
/// var config = PluginConfiguration()
/// config.setPluginConfiguration(#"{"header": "X-Test", "value": "1"}"#)
/// let vm = try host.loadPlugin(wasmBytes, configuration: config)
/// try vm.start()
/// let stream = vm.openHTTPStream()
/// let action = stream.sendRequestHeaders([":method": "GET", ":path": "/"], endOfStream: true)
/// XCTAssertEqual(action, .continue)
/// XCTAssertEqual(stream.requestHeaders.value("x-test"), "1")
/// stream.complete()
/// print(vm.trace.map(\.description).joined(separator: "\n"))
/// ```
public final class MockHost {
    public let clock: HostClock
    /// Caps on what plugins can make the host hold.
    public var limits: HostLimits
    /// Link the host functions of every ABI version into every plugin (each keeps its own
    /// semantics). Off by default, as in Envoy, which links the four v0.1.0-only functions
    /// (`proxy_get_configuration`, `proxy_continue_request`, `proxy_continue_response`,
    /// `proxy_clear_route_cache`) only for v0.1.0 modules, so a 0.2.x module importing them
    /// fails to load. Turn it on for test plugins that import all of them (the ABI exerciser).
    /// Applies to plugins loaded afterwards.
    public var linksHostFunctionsOfEveryABIVersion = false

    /// Shared data (`proxy_{get,set}_shared_data`): key → value and CAS token.
    public internal(set) var sharedData: [[UInt8]: (value: [UInt8], cas: UInt32)] = [:]
    var sharedDataBytes = 0
    var nextCAS: UInt32 = 1
    /// Shared queues by id.
    public internal(set) var queues: [UInt32: SharedQueue] = [:]
    var nextQueueID: UInt32 = 1
    /// Bytes held by all shared queues (bounded by `HostLimits.maxQueueBytes`).
    var queueBytes = 0
    /// Queue ids by (vm_id, name).
    var queueIDs: [SharedQueueKey: UInt32] = [:]
    /// Metrics by id.
    public internal(set) var metrics: [UInt32: Metric] = [:]
    var nextMetricID: UInt32 = 1
    /// Metric ids by (type, name).
    var metricIDs: [MetricKey: UInt32] = [:]
    /// Foreign functions plugins may call (`proxy_call_foreign_function`).
    var foreignFunctions: [String: ([UInt8]) -> [UInt8]?] = [:]
    private var vmLinks: [VMLink] = []

    public init(clock: HostClock = HostClock(), limits: HostLimits = HostLimits()) {
        self.clock = clock
        self.limits = limits
    }

    /// Loads a plugin: decodes, validates and links it against this host's ABI, instantiates
    /// it and runs `_initialize`/`main` or `_start`. Call `start()` on the result to create
    /// its root context and configure it.
    public func loadPlugin(_ bytes: [UInt8], configuration: PluginConfiguration = PluginConfiguration()) throws(PluginLoadError) -> PluginVM {
        let module: Module
        do {
            module = try Module(bytes: bytes, limits: configuration.limits)
        } catch {
            throw .invalidModule(error)
        }
        return try loadPlugin(module, configuration: configuration)
    }

    /// Loads an already compiled module (several VMs of one plugin share its translation).
    public func loadPlugin(_ module: Module, configuration: PluginConfiguration = PluginConfiguration()) throws(PluginLoadError) -> PluginVM {
        let vm = try PluginVM(host: self, module: module, configuration: configuration)
        vmLinks.removeAll { $0.vm == nil }
        vmLinks.append(vm.link)
        return vm
    }

    /// The live VMs of this host.
    public var vms: [PluginVM] { vmLinks.compactMap(\.vm) }

    /// Advances the clock and fires due timers (`proxy_on_tick`) in every VM.
    public func advanceClock(milliseconds: UInt64) {
        clock.advance(milliseconds: milliseconds)
        for vm in vms { vm.fireDueTicks() }
    }

    /// Registers a function plugins can call with `proxy_call_foreign_function`: it gets the
    /// argument bytes and returns the result bytes (nil makes the call fail with
    /// INTERNAL_FAILURE).
    public func registerForeignFunction(_ name: String, _ body: @escaping ([UInt8]) -> [UInt8]?) {
        foreignFunctions[name] = body
    }

    /// Shared data value for a key, as a string.
    public func sharedDataValue(_ key: String) -> String? {
        sharedData[Array(key.utf8)].map { String(decoding: $0.value, as: UTF8.self) }
    }

    /// A metric by name.
    public func metric(named name: String) -> Metric? {
        metrics.values.first { $0.name == name }
    }
}

/// A non-owning reference to a VM that becomes nil when the VM is released (its `deinit`
/// clears it). Used instead of `weak`: a weak reference gives the VM a side table, which
/// makes every retain and release of it slower, and the VM is retained on every host call.
final class VMLink {
    unowned(unsafe) var vm: PluginVM?
}

/// A shared queue: registered by one VM (which gets `proxy_on_queue_ready`), written by any.
public struct SharedQueue {
    public var vmID: String
    public var name: String
    public var items: [[UInt8]] = []
    /// The VM generation and root context that registered it.
    var ownerRootContextID: UInt32
    var owner: PluginVM? {
        get { ownerLink?.vm }
        set { ownerLink = newValue?.link }
    }
    private var ownerLink: VMLink?

    init(vmID: String, name: String, ownerRootContextID: UInt32, owner: PluginVM?) {
        self.vmID = vmID
        self.name = name
        self.ownerRootContextID = ownerRootContextID
        self.owner = owner
    }
}

/// A metric defined by a plugin.
public struct Metric: Sendable {
    public var type: MetricType
    public var name: String
    /// Counter and gauge value; for histograms the last recorded value.
    public var value: UInt64 = 0
    /// Values recorded into a histogram (the first `MetricFunctions.maxHistogramSamples`).
    public var recorded: [UInt64] = []
    /// How many values were recorded into a histogram (including those not kept).
    public var recordCount: UInt64 = 0
}
