import Interpreter
import MockHost

/// What happened when a plugin ran through the standard scenario.
public struct FaultObservation {
    /// Load refused (decode, validation, ABI checks, linking, instantiation, `_initialize`).
    public var loadError: PluginLoadError?
    /// `start()` refused or trapped.
    public var startError: PluginStartError?
    /// The first VM failure, if any.
    public var failure: VMFailure?
    /// The VM (nil when loading failed).
    public var vm: PluginVM?
    /// The stream on which the fault (if in a stream callback) fired, and the next one.
    public var firstStream: HTTPStream?
    public var secondStream: HTTPStream?
    /// Fuel budget per callback, memory cap in pages.
    public var fuelBudget: UInt64?
    public var memoryCapPages: UInt64
    public var peakMemoryPages: Int
    /// Growth of the process's resident memory during the run, in bytes (nil if unknown).
    public var residentGrowthBytes: Int?
    /// Wall-clock duration of the run.
    public var durationSeconds: Double

    /// The trap that failed the plugin, wherever it happened.
    public var trap: Trap? {
        if let failure { return failure.trap }
        if case .startFailed(_, let t)? = loadError { return t }
        if case .failed(_, let t)? = startError { return t }
        return nil
    }

    /// One line: what happened.
    public var summary: String {
        if let loadError { return "load error: \(loadError)" }
        if let trap { return "trap '\(trap.message)' in \(failedCallback ?? "?") [\(trap.backtrace.map(\.name).joined(separator: " < "))]" }
        if let startError { return "start error: \(startError)" }
        return "no fault"
    }

    /// The callback in which the trap happened.
    public var failedCallback: String? {
        if let failure { return failure.callback }
        if case .startFailed(let f, _)? = loadError { return f }
        if case .failed(let c, _)? = startError { return c }
        return nil
    }
}

/// One check of a containment proof.
public struct ContainmentCheck: Sendable, CustomStringConvertible {
    /// Which property: `outcome`, `survived`, `isolation`, `policy`, `limits`, `recovery`.
    public var property: String
    public var passed: Bool
    public var detail: String

    public var description: String { "\(passed ? "✓" : "✗") \(property): \(detail)" }
}
