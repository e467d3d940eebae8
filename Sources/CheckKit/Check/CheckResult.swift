import FaultPlugins
import Interpreter

/// The outcome of one check.
public enum CheckStatus: String, Sendable {
    case passed
    case failed
    case skipped
}

/// One check of a plugin: a stable id, its outcome and what it saw.
public struct CheckResult: Sendable {
    /// Stable id: `load.abi`, `conformance.http.exchange`, `expect.<case>`,
    /// `isolation.host-call.proxy_log=BAD_ARGUMENT`...
    public var id: String
    /// The first component of the id: `load`, `conformance`, `expect`, `isolation` (or
    /// `sandbox` for `faults --run`).
    public var category: String { String(id.prefix { $0 != "." }) }
    public var status: CheckStatus
    /// One line: what was checked and what was seen (why it failed, or why it was skipped).
    public var message: String
    /// More lines (printed with `--verbose`, kept in JUnit and report.json).
    public var details: [String]
    /// Wall-clock time the check took, in milliseconds.
    public var durationMs: Double
    /// The fault dump (text), relative to the plugin's output folder, when the check saw a trap.
    public var dump: String?

    public init(id: String, status: CheckStatus, message: String, details: [String] = [], durationMs: Double = 0, dump: String? = nil) {
        self.id = id
        self.status = status
        self.message = message
        self.details = details
        self.durationMs = durationMs
        self.dump = dump
    }

    public static func passed(_ id: String, _ message: String, details: [String] = []) -> CheckResult {
        CheckResult(id: id, status: .passed, message: message, details: details)
    }

    public static func failed(_ id: String, _ message: String, details: [String] = []) -> CheckResult {
        CheckResult(id: id, status: .failed, message: message, details: details)
    }

    public static func skipped(_ id: String, _ message: String) -> CheckResult {
        CheckResult(id: id, status: .skipped, message: message)
    }

    /// Passed when `ok`, else failed, with the same message.
    public static func verdict(_ id: String, _ ok: Bool, _ message: String, details: [String] = []) -> CheckResult {
        CheckResult(id: id, status: ok ? .passed : .failed, message: message, details: details)
    }
}

/// A trap (or a containment failure) seen while checking a plugin, with its fault dump.
public struct FaultEntry {
    /// The check or injection run that saw it (`isolation.pressure.fuel_budget`,
    /// `conformance.http.exchange`...).
    public var id: String
    /// The trap, if the plugin trapped.
    public var trap: TrapSummary?
    /// `handled`, `contained trap` or `host-visible damage`.
    public var verdict: String
    /// The dump, written as `faults/<name>.json` and `.txt`; nil when there is nothing
    /// to dump (the run was handled without a trap).
    public var report: FaultReport?
    /// The dump's file name without extension (set when `report` is).
    public var dumpName: String?

    public init(id: String, trap: TrapSummary?, verdict: String, report: FaultReport?, dumpName: String?) {
        self.id = id
        self.trap = trap
        self.verdict = verdict
        self.report = report
        self.dumpName = dumpName
    }

    /// The JSON dump's path relative to the plugin's output folder.
    public var dumpPath: String? { dumpName.map { "faults/\($0).json" } }
    /// The text dump's path relative to the plugin's output folder.
    public var textDumpPath: String? { dumpName.map { "faults/\($0).txt" } }
}

/// The essentials of a trap, for reports.
public struct TrapSummary: Sendable {
    /// Stable identifier (`unreachable`, `out_of_fuel`...).
    public var kind: String
    public var message: String
    /// The callback (or start phase) that trapped.
    public var callback: String?

    public init(kind: String, message: String, callback: String?) {
        self.kind = kind
        self.message = message
        self.callback = callback
    }

    public init(_ trap: Trap, callback: String?) {
        self.init(kind: trap.kind.identifier, message: trap.message, callback: callback)
    }

    public var description: String { "\(message)" + (callback.map { " in \($0)" } ?? "") }
}

/// What is known about the plugin file itself.
public struct PluginInfo: Sendable {
    /// The file name (`header_filter.wasm`).
    public var file: String
    /// The path it was read from, as given.
    public var path: String
    public var sha256: String
    public var sizeBytes: Int
    /// `0.2.1`...; nil when the module does not declare a known version.
    public var abiVersion: String?
    /// The allocator the host uses (`malloc` or `proxy_on_memory_allocate`).
    public var allocator: String?
    /// A guess at the SDK that built it (from its names, exports and imports).
    public var sdk: String

    public init(file: String, path: String, sha256: String, sizeBytes: Int, abiVersion: String?, allocator: String?, sdk: String) {
        self.file = file
        self.path = path
        self.sha256 = sha256
        self.sizeBytes = sizeBytes
        self.abiVersion = abiVersion
        self.allocator = allocator
        self.sdk = sdk
    }
}

/// Measurements of the plugin in this tool's engine (debug builds are much slower).
public struct PerformanceFigures: Sendable {
    /// Decode + validate + translate + instantiate (with `_initialize`), in ms.
    public var loadMs: Double?
    /// Fuel used by all callbacks of one standard HTTP exchange (context creation to
    /// `proxy_on_delete`, callouts answered included).
    public var fuelPerRequest: UInt64?
    /// The largest memory seen, in 64 KiB pages, over the conformance runs (the 1,000
    /// streams of the leak check included).
    public var peakMemoryPages: Int?
    /// Time the whole check of this plugin took, in ms.
    public var totalMs: Double = 0

    public init() {}
}

/// Everything known after checking one plugin: the content of report.json.
public struct PluginReport {
    public var plugin: PluginInfo
    public var checks: [CheckResult] = []
    public var faults: [FaultEntry] = []
    public var performance = PerformanceFigures()
    /// Set when the plugin cannot be loaded (exit status 2): one line.
    public var loadError: String?
    /// The options the plugin was checked with (for report.json).
    public var options: CheckOptions
    /// The expectations file used, if any.
    public var expectationsPath: String?

    public init(plugin: PluginInfo, options: CheckOptions) {
        self.plugin = plugin
        self.options = options
    }

    public var passedCount: Int { checks.filter { $0.status == .passed }.count }
    public var failedCount: Int { checks.filter { $0.status == .failed }.count }
    public var skippedCount: Int { checks.filter { $0.status == .skipped }.count }
    public var failedChecks: [CheckResult] { checks.filter { $0.status == .failed } }

    /// Loaded, and no check failed.
    public var passed: Bool { loadError == nil && failedCount == 0 }

    /// 0 all passed, 1 some check failed, 2 the plugin cannot be loaded.
    public var exitStatus: Int32 {
        if loadError != nil { return ExitStatus.usageError }
        return failedCount == 0 ? ExitStatus.success : ExitStatus.checkFailed
    }

    /// The check with this id, if it ran.
    public func check(_ id: String) -> CheckResult? { checks.first { $0.id == id } }
}
