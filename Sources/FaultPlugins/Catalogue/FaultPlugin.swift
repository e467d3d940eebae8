import Interpreter
import MockHost

/// The families of misbehaviour the catalogue covers.
public enum FaultCategory: String, CaseIterable, Sendable, Codable {
    case memory
    case cpu
    case stack
    case traps
    case hostAbuse = "host-abuse"
    case allocator
    case abi
    case malformed
}

/// Where in a plugin's life a fault fires.
public enum FaultTrigger: String, Sendable, Codable {
    /// While the module is decoded, validated, linked or instantiated (before any code runs).
    case load
    /// In the module's start function.
    case startFunction = "start function"
    case initialize = "_initialize"
    case vmStart = "proxy_on_vm_start"
    case configure = "proxy_on_configure"
    case contextCreate = "proxy_on_context_create"
    case requestHeaders = "proxy_on_request_headers"
    case requestBody = "proxy_on_request_body"
    case responseHeaders = "proxy_on_response_headers"
    case tick = "proxy_on_tick"
    case httpCallResponse = "proxy_on_http_call_response"
    /// In the guest allocator, called by the host to return data.
    case allocator = "malloc"
}

/// What containment looks like for one catalogue entry.
public enum ExpectedOutcome: Sendable, CustomStringConvertible {
    /// The plugin traps with `kind` in `callback`; the backtrace names `frame` when given.
    case trap(TrapKind, callback: String, frame: String?)
    /// The plugin is refused at load with an error of this kind.
    case loadFailure(LoadFailureKind)
    /// The host refuses the plugin's host calls with these statuses (function → status),
    /// the plugin keeps running and the stream completes normally.
    case hostStatuses([String: ProxyStatus])
    /// The plugin runs to completion: no trap, no limit hit (no false positive).
    case completes
    /// `memory.grow` reaches the cap, then returns -1; memory never exceeds `pages`.
    case memoryCapped(pages: Int)

    public var description: String {
        switch self {
        case .trap(let k, let c, let f): return "trap '\(k.message)' in \(c)" + (f.map { " at \($0)" } ?? "")
        case .loadFailure(let k): return "load refused: \(k.rawValue)"
        case .hostStatuses(let s): return "host answers " + s.sorted { $0.key < $1.key }.map { "\($0.key) → \($0.value)" }.joined(separator: ", ")
        case .completes: return "completes normally (no false positive)"
        case .memoryCapped(let p): return "memory.grow returns -1 at the cap of \(p) pages"
        }
    }
}

/// Kinds of load refusal, matching `PluginLoadError` cases (and the module error kinds).
public enum LoadFailureKind: String, Sendable, Codable {
    case malformedModule = "malformed module"
    case invalidModule = "invalid module"
    case moduleLimitExceeded = "module limit exceeded"
    case missingABIVersion = "missing ABI version"
    case unknownABIVersion = "unknown ABI version"
    case missingMemory = "missing memory export"
    case missingAllocator = "missing allocator"
    case badCallbackSignature = "bad callback signature"
    case unknownImport = "unknown import"
    case importSignatureMismatch = "import signature mismatch"
    case instantiationFailed = "instantiation failed"

    /// Classifies a load error.
    public init(_ error: PluginLoadError) {
        switch error {
        case .invalidModule(let e):
            switch e.kind {
            case .malformed: self = .malformedModule
            case .invalid: self = .invalidModule
            case .limitExceeded: self = .moduleLimitExceeded
            }
        case .missingABIVersion: self = .missingABIVersion
        case .unknownABIVersion: self = .unknownABIVersion
        case .missingMemory: self = .missingMemory
        case .missingAllocator: self = .missingAllocator
        case .badCallbackSignature: self = .badCallbackSignature
        case .unknownImport: self = .unknownImport
        case .importSignatureMismatch: self = .importSignatureMismatch
        case .instantiationFailed: self = .instantiationFailed
        case .startFailed: self = .instantiationFailed
        }
    }
}

/// One deliberately broken plugin and the containment it must show.
public struct FaultPlugin: Sendable, Identifiable {
    /// Stable id, `<category>.<name>` (also the module file name).
    public let id: String
    public let category: FaultCategory
    /// One sentence: what the plugin does.
    public let summary: String
    /// The callback (or phase) in which the fault fires.
    public let trigger: FaultTrigger
    /// The exact containment expected.
    public let expected: ExpectedOutcome
    /// Limits the run uses (e.g. a small memory cap for bombs, a small fuel budget).
    public let limits: EngineLimits
    /// Plugin configuration bytes given to the plugin.
    public let pluginConfiguration: [UInt8]
    /// Where the module comes from.
    public let source: ModuleSource

    public enum ModuleSource: Sendable {
        /// `fixtures/faults/<id>.wat`, compiled into the FaultPlugins resources.
        case wat
        /// Bytes built in Swift (malformed modules cannot be written in WAT).
        case bytes(@Sendable () -> [UInt8])
    }

    public init(id: String, category: FaultCategory, summary: String, trigger: FaultTrigger,
                expected: ExpectedOutcome, limits: EngineLimits = FaultPlugin.defaultLimits,
                pluginConfiguration: [UInt8] = [], source: ModuleSource = .wat) {
        self.id = id
        self.category = category
        self.summary = summary
        self.trigger = trigger
        self.expected = expected
        self.limits = limits
        self.pluginConfiguration = pluginConfiguration
        self.source = source
    }

    /// Limits of a catalogue run: 500,000 fuel per callback, a 10 s deadline backstop,
    /// 256 pages (16 MiB) of memory, 2,000 frames.
    public static var defaultLimits: EngineLimits {
        var l = EngineLimits()
        l.fuel = 500_000
        l.deadline = .seconds(10)
        l.maxMemoryPages = 256
        l.maxCallDepth = 2_000
        l.maxValueStackBytes = 4 << 20
        return l
    }

    /// Whether the fault is expected to fail the VM (a trap), as opposed to being refused
    /// at load, answered with statuses, or not being a fault at all.
    public var expectsTrap: Bool {
        if case .trap = expected { return true }
        return false
    }
}
