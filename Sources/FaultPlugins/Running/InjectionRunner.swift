import Foundation
import Interpreter
import MockHost

/// Fault injection against any plugin (the plugin under test): host calls answering each
/// non-OK status, adversarial input, and resource pressure. Each run is classified as
/// handled, a contained trap (with a report), or host-visible damage (which must never
/// happen).
public struct InjectionRunner {
    public enum Kind: String, Sendable, Codable {
        case hostCallFault = "host-call-fault"
        case adversarialInput = "adversarial-input"
        case resourcePressure = "resource-pressure"
    }

    public enum Classification: Equatable, Sendable {
        /// The plugin coped: no trap (it may have refused its configuration or answered
        /// with a local reply).
        case handled
        /// The plugin trapped; the failure stayed inside and the policy applied.
        case containedTrap
        /// Something outside the plugin was affected: never acceptable.
        case hostVisibleDamage(String)

        public var label: String {
            switch self {
            case .handled: return "handled"
            case .containedTrap: return "contained trap"
            case .hostVisibleDamage: return "HOST-VISIBLE DAMAGE"
            }
        }
    }

    public struct Run {
        public var id: String
        public var kind: Kind
        public var summary: String
        public var classification: Classification
        public var observation: FaultObservation
        public var checks: [ContainmentCheck]
    }

    /// A scenario variation.
    struct Scenario {
        var id: String
        var kind: Kind
        var summary: String
        var configure: (inout PluginConfiguration) -> Void = { _ in }
        var prepare: (PluginVM) -> Void = { _ in }
        var streams = 1
        var exchange: ((HTTPStream, PluginVM) -> Void)?
    }

    public let plugin: [UInt8]
    public let configuration: PluginConfiguration
    public let healthyPlugin: [UInt8]
    /// Both plugins compiled once: every run instantiates them afresh.
    let pluginModule: Module?
    let healthyModule: Module?
    /// Link the host functions of every ABI version (for plugins such as the ABI exerciser).
    public var linksHostFunctionsOfEveryABIVersion = false
    public var healthyHeader = ("x-wasm-processed", "Yes")
    public var hostLimits = HostLimits()

    public init(plugin: [UInt8], configuration: PluginConfiguration, healthyPlugin: [UInt8]) {
        self.plugin = plugin
        self.configuration = configuration
        self.healthyPlugin = healthyPlugin
        self.pluginModule = try? Module(bytes: plugin, limits: configuration.limits)
        self.healthyModule = try? Module(bytes: healthyPlugin, limits: PluginConfiguration.defaultLimits)
    }

    // MARK: The three families

    /// Every host function the plugin imports, in turn, answering each non-OK status.
    public func hostCallFaults() -> [Run] {
        guard let module = pluginModule else { return [] }
        var seen = Set<String>()
        var runs: [Run] = []
        for imp in module.imports {
            guard case .function = imp.type, seen.insert(imp.name).inserted else { continue }
            for status in HostCallFaults.statuses(for: imp.name) {
                let name = HostCallFaults.name(status, function: imp.name)
                let scenario = Scenario(id: "host-call.\(imp.name)=\(name)", kind: .hostCallFault,
                                        summary: "every call to \(imp.name) answers \(name)",
                                        prepare: { vm in vm.injectedStatus[imp.name] = status })
                runs.append(run(scenario))
            }
        }
        return runs
    }

    /// Hostile request shapes.
    public func adversarialInputs() -> [Run] {
        func headers(_ pairs: [(String, String)]) -> HeaderMap { HeaderMap(pairs) }
        let base: [(String, String)] = [(":method", "POST"), (":path", "/"), (":authority", "example.com")]
        var scenarios: [Scenario] = []
        func add(_ id: String, _ summary: String, _ exchange: @escaping (HTTPStream, PluginVM) -> Void) {
            scenarios.append(Scenario(id: "adversarial.\(id)", kind: .adversarialInput, summary: summary, exchange: exchange))
        }
        add("10000_headers", "10,000 request headers") { s, _ in
            s.sendRequestHeaders(headers(base + (0..<10_000).map { ("x-h-\($0)", "v\($0)") }), endOfStream: true)
        }
        add("1mib_header_value", "a request header whose value is 1 MiB") { s, _ in
            s.sendRequestHeaders(headers(base + [("x-big", String(repeating: "a", count: 1 << 20))]), endOfStream: true)
        }
        add("non_utf8", "header names, values and body bytes that are not UTF-8") { s, _ in
            var map = headers(base)
            map.add(bytes: [0x78, 0xFF, 0xFE], [0xC3, 0x28, 0xA0, 0xA1])
            s.sendRequestHeaders(map, endOfStream: false)
            s.sendRequestBody([0xFF, 0xFE, 0xFD, 0x00, 0xC0, 0x80], endOfStream: true)
        }
        add("empty_and_duplicate_keys", "an empty header name, an empty value and a key repeated 3 times") { s, _ in
            s.sendRequestHeaders(headers(base + [("", ""), ("x-empty", ""), ("x-dup", "1"), ("x-dup", "2"), ("X-Dup", "3")]), endOfStream: true)
        }
        add("missing_pseudo_headers", "no :method, :path or :authority") { s, _ in
            s.sendRequestHeaders(headers([("x-only", "1")]), endOfStream: true)
        }
        add("empty_body", "an empty body with end of stream") { s, _ in
            s.sendRequestHeaders(headers(base), endOfStream: false)
            s.sendRequestBody([], endOfStream: true)
        }
        add("chunked_body", "a body in 1,000 one-byte chunks") { s, _ in
            s.sendRequestHeaders(headers(base), endOfStream: false)
            for k in 0..<1_000 { s.sendRequestBody([UInt8(truncatingIfNeeded: k)], endOfStream: k == 999) }
        }
        add("large_body", "an 8 MiB request body in one chunk") { s, _ in
            s.sendRequestHeaders(headers(base), endOfStream: false)
            s.sendRequestBody([UInt8](repeating: 0x41, count: 8 << 20), endOfStream: true)
        }
        return scenarios.map(run)
    }

    /// A memory cap just above what the plugin uses, and a fuel budget far below its need.
    public func resourcePressure() -> [Run] {
        // Baseline: what the plugin normally uses over 100 streams.
        let baseline = run(Scenario(id: "baseline", kind: .resourcePressure, summary: "baseline", streams: 100))
        let pages = max(baseline.observation.peakMemoryPages, 1)
        let maxFuel = baseline.observation.vm?.trace.compactMap { event -> UInt64? in
            if case .callback(_, _, _, let f) = event { return f }
            return nil
        }.max() ?? 0
        var runs: [Run] = []
        runs.append(run(Scenario(id: "pressure.memory_cap", kind: .resourcePressure,
                                 summary: "memory capped at \(pages + 1) pages (the plugin used \(pages)), 200 streams",
                                 configure: { $0.limits.maxMemoryPages = UInt64(pages + 1) }, streams: 200)))
        let budget = max(maxFuel / 10, 1)
        runs.append(run(Scenario(id: "pressure.fuel_budget", kind: .resourcePressure,
                                 summary: "fuel budget of \(budget) per callback (a tenth of the \(maxFuel) the plugin needs)",
                                 configure: { $0.limits.fuel = budget })))
        return runs
    }

    /// All three families.
    public func all() -> [Run] { hostCallFaults() + adversarialInputs() + resourcePressure() }

    // MARK: Running one scenario

    func run(_ scenario: Scenario) -> Run {
        let host = MockHost(limits: hostLimits)
        host.linksHostFunctionsOfEveryABIVersion = linksHostFunctionsOfEveryABIVersion
        var harness = IsolationHarness(host: host, healthy: healthyModule, healthyHeader: healthyHeader)
        var configuration = self.configuration
        scenario.configure(&configuration)
        var o = FaultObservation(memoryCapPages: configuration.limits.maxMemoryPages, peakMemoryPages: 0, durationSeconds: 0)
        o.fuelBudget = configuration.limits.fuel
        let started = Date()
        let resident = ProcessMemory.residentBytes()
        do {
            let vm: PluginVM
            if let pluginModule {
                vm = try host.loadPlugin(pluginModule, configuration: configuration)
            } else {
                vm = try host.loadPlugin(plugin, configuration: configuration)
            }
            o.vm = vm
            scenario.prepare(vm)
            do { try vm.start() } catch { o.startError = error }
            if o.startError == nil {
                for k in 0..<scenario.streams {
                    let stream = vm.openHTTPStream()
                    if k == 0 { o.firstStream = stream } else if k == 1 { o.secondStream = stream }
                    if let exchange = scenario.exchange {
                        exchange(stream, vm)
                        stream.complete()
                    } else {
                        FaultRunner.standardExchange(stream, vm: vm)
                    }
                }
            }
            o.failure = vm.failures.first
            o.peakMemoryPages = vm.peakMemoryPages
        } catch {
            o.loadError = error
        }
        o.durationSeconds = Date().timeIntervalSince(started)
        if let resident, let now = ProcessMemory.residentBytes() { o.residentGrowthBytes = now - resident }

        var checks = harness.verify()
        if o.trap != nil, let first = o.firstStream, o.startError == nil, o.loadError == nil {
            let policyOK: Bool
            switch configuration.failurePolicy {
            case .failOpen: policyOK = first.localResponse == nil || first.localResponse?.details != "wasm_fail_stream"
            case .failClosed, .failReload: policyOK = first.localResponseCount <= 1
            }
            checks.append(ContainmentCheck(property: "policy", passed: policyOK, detail: "fail-\(configuration.failurePolicy.rawValue) applied to the stream"))
        }
        let capOK = UInt64(o.peakMemoryPages) <= o.memoryCapPages
        checks.append(ContainmentCheck(property: "limits", passed: capOK, detail: "memory: \(o.peakMemoryPages) pages, cap \(o.memoryCapPages)"))
        if let failure = o.failure, let budget = o.fuelBudget {
            checks.append(ContainmentCheck(property: "limits", passed: failure.fuelUsed <= budget, detail: "fuel used by the failing callback: \(failure.fuelUsed) of \(budget)"))
        }
        let failed = checks.filter { !$0.passed }
        let classification: Classification
        if !failed.isEmpty {
            classification = .hostVisibleDamage(failed.map(\.detail).joined(separator: "; "))
        } else if o.trap != nil {
            classification = .containedTrap
        } else {
            classification = .handled
        }
        return Run(id: scenario.id, kind: scenario.kind, summary: scenario.summary, classification: classification, observation: o, checks: checks)
    }

    /// The report of an injection run.
    public func report(_ run: Run, file: String) -> FaultReport {
        let module = run.observation.vm?.module ?? pluginModule
        let identity = PluginIdentity(file: file, bytes: plugin, module: module)
        let fault = FaultReport.Fault(id: run.id, category: run.kind.rawValue, summary: run.summary,
                                      expected: "handled or a contained trap; never host-visible damage")
        return FaultReport.make(identity: identity, fault: fault, policy: configuration.failurePolicy,
                                observation: run.observation, checks: run.checks)
    }
}
