import Interpreter

/// What happened when a function was run: its results or its trap, and the measurements.
public struct RunReport {
    /// When a trap happened.
    public enum Phase: String, Equatable {
        /// While instantiating (an out-of-bounds segment, or the start function trapped).
        case instantiation
        /// While the requested function ran.
        case invocation
    }

    /// Results of the last call (empty after a trap).
    public var results: [Value] = []
    /// The trap that stopped the run, if any (a `--repeat` run stops at the first trap).
    public var trap: Trap?
    /// When `trap` happened.
    public var trapPhase: Phase?
    /// Decode + validate + translate + instantiate time.
    public var loadTime: Duration = .zero
    /// Duration of each call made (including one that trapped).
    public var callTimes: [Duration] = []
    /// Fuel used by each call made, in order (see `Store.lastFuelUsed`).
    public var callFuel: [UInt64] = []
    /// Fuel used by the last call (or by the start function when instantiation trapped).
    public var fuelUsed: UInt64 = 0

    public init() {}

    /// Load time in milliseconds.
    public var loadMilliseconds: Double { loadTime.milliseconds }
    /// Median time per call in milliseconds; nil when no call was made.
    public var medianMilliseconds: Double? { Statistics.median(callTimes.map(\.milliseconds)) }
    /// Fastest call in milliseconds; nil when no call was made.
    public var minimumMilliseconds: Double? { callTimes.map(\.milliseconds).min() }

    /// The exit status this outcome maps to: `ExitStatus.trap` or `ExitStatus.success`.
    public var exitStatus: Int32 { trap == nil ? ExitStatus.success : ExitStatus.trap }
}
