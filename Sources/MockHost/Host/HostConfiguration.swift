import Interpreter

/// Everything a test sets up before a plugin starts: configurations, identity, limits,
/// failure policy, the outside world it may talk to.
public struct PluginConfiguration: Sendable {
    /// Bytes of the VM configuration (`proxy_on_vm_start`, buffer type 6).
    public var vmConfiguration: [UInt8] = []
    /// Bytes of the plugin configuration (`proxy_on_configure`, buffer type 7).
    public var pluginConfiguration: [UInt8] = []
    /// The plugin's root id (`plugin_root_id`); several may be started per VM.
    public var rootID: String = ""
    /// The VM id (`plugin_vm_id`, shared-queue namespace).
    public var vmID: String = "vm"
    /// `plugin_name`.
    public var pluginName: String = "plugin"
    /// Limits applied to every callback (fuel and deadline per callback, memory cap, stack).
    public var limits: EngineLimits = PluginConfiguration.defaultLimits
    public var failurePolicy: FailurePolicy = .failClosed
    /// Level reported by `proxy_get_log_level`; lower messages are still recorded.
    public var logLevel: LogLevel = .trace
    /// Upstream clusters `proxy_http_call` and `proxy_grpc_*` may target.
    public var clusters: Set<String> = ["outbound|80||upstream", "upstream", "cluster"]
    /// Properties by path segments joined with "." (e.g. `request.path`); added to the
    /// well-known ones the host presets.
    public var properties: [String: [UInt8]] = [:]
    /// Seed of `random_get`'s generator (deterministic runs).
    public var randomSeed: UInt64 = 0x5EED

    public init() {}

    /// Default limits per callback: 100 million fuel units, a 5 s wall-clock backstop,
    /// 1 GiB of memory (as Envoy), 10,000 frames.
    public static var defaultLimits: EngineLimits {
        var l = EngineLimits()
        l.fuel = 100_000_000
        l.deadline = .seconds(5)
        return l
    }

    /// Sets the plugin configuration from a string.
    public mutating func setPluginConfiguration(_ s: String) { pluginConfiguration = Array(s.utf8) }
}

/// The host's clock. Tests advance it; timers fire from it.
public final class HostClock: @unchecked Sendable {
    /// Realtime in nanoseconds since the Unix epoch.
    public var realtimeNanoseconds: UInt64
    /// Monotonic time in nanoseconds.
    public var monotonicNanoseconds: UInt64

    public init(realtimeNanoseconds: UInt64 = 1_700_000_000_000_000_000, monotonicNanoseconds: UInt64 = 1_000_000_000) {
        self.realtimeNanoseconds = realtimeNanoseconds
        self.monotonicNanoseconds = monotonicNanoseconds
    }

    /// Moves both clocks forward.
    public func advance(milliseconds: UInt64) {
        realtimeNanoseconds &+= milliseconds &* 1_000_000
        monotonicNanoseconds &+= milliseconds &* 1_000_000
    }
}
