/// Everything `proxy-wasm-check bench` was asked to do.
public struct BenchRequest {
    /// Which native filter configuration (b) runs.
    public enum NativeChoice: String, Sendable {
        /// The header filter's native twin when the plugin is the header filter (by SHA-256, or
        /// the same bytes as the bundled fixture); no native configuration otherwise.
        case auto
        /// The header filter's native twin, whatever the plugin (`--native header-filter`).
        case headerFilter = "header-filter"
        /// No native configuration (`--native none`).
        case none
    }

    /// The plugin file.
    public var pluginPath: String
    /// Whether it is the bundled header filter (no plugin argument).
    public var bundled = false
    /// Timed requests per configuration and round.
    public var requests = 10_000
    /// Rounds; each runs every configuration once, on a fresh VM, in a rotating order.
    public var rounds = 5
    /// Expectations file: its cases must pass before timing, and they give the exchanges.
    public var expectationsPath: String?
    /// Plugin configuration, VM configuration, root id, limits (as for `check`).
    public var options = CheckOptions()
    /// Whether --plugin-config / --vm-config were given (they win over the expectations
    /// file's configurations).
    public var pluginConfigurationGiven = false
    public var vmConfigurationGiven = false
    public var native = NativeChoice.auto
    /// Host calls per timed callback of the host-call measurement (0: skip it).
    public var hostCalls = 100_000
    public var json = false

    public init(pluginPath: String) {
        self.pluginPath = pluginPath
    }

    /// Untimed requests run on each fresh VM before timing (caches, guest heap, lazy state).
    public var warmupRequests: Int { min(requests, max(20, requests / 10)) }
}
