import Interpreter
import MockHost

/// How `check` runs a plugin: its configuration, limits, failure policy, and which checks.
public struct CheckOptions: Sendable {
    /// Plugin configuration bytes (`proxy_on_configure`); expectation cases may override it.
    public var pluginConfiguration: [UInt8] = []
    /// VM configuration bytes (`proxy_on_vm_start`).
    public var vmConfiguration: [UInt8] = []
    /// The root id (`plugin_root_id`).
    public var rootID = ""
    /// What the host does when the plugin fails (Envoy's `failure_policy`).
    public var failurePolicy: FailurePolicy = .failClosed
    /// Limits per callback: fuel, wall-clock deadline, memory cap (MockHost's defaults:
    /// 100 million fuel units, 5 s, 16,384 pages).
    public var limits: EngineLimits = PluginConfiguration.defaultLimits
    /// Check ids or id prefixes to run (`isolation`, `conformance.leak`); empty: all.
    public var only: [String] = []
    /// Link the host functions of every ABI version (for test plugins such as the ABI
    /// exerciser that import the v0.1.0-only functions in a 0.2.x module; Envoy would not).
    public var linksHostFunctionsOfEveryABIVersion = false
    /// Streams of the leak check.
    public var leakStreams = 1_000

    public init() {}

    /// Whether the check `id` is selected by `only`: `only` is empty, or one of its
    /// entries is the id or a prefix of it ending at a `.` or `=` boundary
    /// (`isolation` selects `isolation.pressure.memory_cap`; `isolation.host-call.proxy_log`
    /// selects `isolation.host-call.proxy_log=BAD_ARGUMENT`).
    public func selects(_ id: String) -> Bool {
        only.isEmpty || only.contains { CheckOptions.isPrefix($0, of: id) }
    }

    /// Whether any check under `group` (an id prefix such as `isolation.adversarial`) can be
    /// selected, so a whole family can be skipped without running it.
    public func mayContain(_ group: String) -> Bool {
        only.isEmpty || only.contains { CheckOptions.isPrefix($0, of: group) || CheckOptions.isPrefix(group, of: $0) }
    }

    static func isPrefix(_ prefix: String, of id: String) -> Bool {
        guard id.hasPrefix(prefix) else { return false }
        guard id.count > prefix.count else { return true }
        let next = id[id.index(id.startIndex, offsetBy: prefix.count)]
        return next == "." || next == "=" || prefix.hasSuffix(".")
    }

    /// The MockHost configuration of a run with `pluginConfiguration` (default: the
    /// options' own).
    public func pluginConfiguration(_ pluginConfiguration: [UInt8]? = nil, vmConfiguration: [UInt8]? = nil, name: String = "plugin") -> PluginConfiguration {
        var c = PluginConfiguration()
        c.pluginConfiguration = pluginConfiguration ?? self.pluginConfiguration
        c.vmConfiguration = vmConfiguration ?? self.vmConfiguration
        c.rootID = rootID
        c.failurePolicy = failurePolicy
        c.limits = limits
        c.pluginName = name
        return c
    }

    /// A MockHost set up as these options say.
    public func makeHost() -> MockHost {
        let host = MockHost()
        host.linksHostFunctionsOfEveryABIVersion = linksHostFunctionsOfEveryABIVersion
        return host
    }
}
