import Foundation
import Interpreter
import MockHost

/// Runs catalogue entries in a `MockHost` next to a healthy plugin and proves containment:
///
/// 1. the host survives and the outcome is exactly the expected one;
/// 2. the failure stays inside (the healthy VM works before and after, a bystander stream's
///    headers and the host's shared data are unchanged, host buffers stay under their caps);
/// 3. the failure policy gives what Envoy would show, and teardown callbacks are skipped;
/// 4. the limits bound the cost (fuel, memory pages, resident memory);
/// 5. the host stays usable (a fresh instance of the same plugin behaves the same).
public struct FaultRunner {
    /// The healthy neighbour (the header filter): it must add `healthyHeader` to requests.
    public let healthyPlugin: [UInt8]
    /// The healthy plugin compiled once (every run instantiates it).
    let healthyModule: Module?
    public var healthyHeader = ("x-wasm-processed", "Yes")
    public var hostLimits = HostLimits()
    /// Allowed growth of resident memory beyond the memory cap (allocator slack, stacks).
    public var residentSlackBytes = 48 << 20

    public init(healthyPlugin: [UInt8]) {
        self.healthyPlugin = healthyPlugin
        self.healthyModule = try? Module(bytes: healthyPlugin, limits: PluginConfiguration.defaultLimits)
    }

    /// The result of one run.
    public struct Run {
        public var plugin: FaultPlugin
        public var policy: FailurePolicy
        public var observation: FaultObservation
        public var checks: [ContainmentCheck]
        /// Every check passed.
        public var contained: Bool { checks.allSatisfy(\.passed) }
        public var failedChecks: [ContainmentCheck] { checks.filter { !$0.passed } }
    }

    /// Runs `plugin` under `policy` and checks all five properties (recovery, which runs the
    /// plugin a second time, can be skipped when another run of the same entry proves it).
    public func run(_ plugin: FaultPlugin, policy: FailurePolicy = .failClosed, proveRecovery: Bool = true) -> Run {
        var checks: [ContainmentCheck] = []
        let host = MockHost(limits: hostLimits)
        var harness = IsolationHarness(host: host, healthy: healthyModule, healthyHeader: healthyHeader)

        let observation = observe(plugin, policy: policy, host: host)

        // 1. Outcome.
        checks.append(checkOutcome(plugin, observation))
        checks.append(ContainmentCheck(property: "survived", passed: true, detail: "the host process survived"))

        // 2. Isolation.
        checks.append(contentsOf: harness.verify())

        // 3. Failure policy and teardown.
        checks.append(contentsOf: checkPolicy(plugin, policy, observation))

        // 4. Limits bound the cost.
        checks.append(contentsOf: checkLimits(plugin, observation))

        // 5. Recovery: a fresh instance behaves the same; the host is usable.
        if proveRecovery { checks.append(checkFreshInstance(plugin, policy: policy, host: host, first: observation)) }
        return Run(plugin: plugin, policy: policy, observation: observation, checks: checks)
    }

    // MARK: Scenario

    /// Runs the standard scenario on `plugin` in `host` and reports what happened, without
    /// judging it: load, start, (ticks), one full HTTP exchange, then a second stream.
    public func observe(_ plugin: FaultPlugin, policy: FailurePolicy = .failClosed, host: MockHost? = nil) -> FaultObservation {
        let host = host ?? MockHost(limits: hostLimits)
        var configuration = PluginConfiguration()
        configuration.limits = plugin.limits
        configuration.failurePolicy = policy
        configuration.pluginConfiguration = plugin.pluginConfiguration
        configuration.pluginName = plugin.id
        var observation = FaultObservation(memoryCapPages: plugin.limits.maxMemoryPages, peakMemoryPages: 0, durationSeconds: 0)
        observation.fuelBudget = plugin.limits.fuel
        let started = Date()
        let residentBefore = ProcessMemory.residentBytes()
        defer {
            observation.durationSeconds = Date().timeIntervalSince(started)
        }
        let bytes: [UInt8]
        do {
            bytes = try plugin.moduleBytes()
        } catch {
            observation.loadError = .instantiationFailed("catalogue module missing: \(error)")
            return observation
        }
        let vm: PluginVM
        do {
            vm = try host.loadPlugin(bytes, configuration: configuration)
        } catch {
            observation.loadError = error
            observation.residentGrowthBytes = residentGrowth(since: residentBefore)
            return observation
        }
        observation.vm = vm
        do {
            try vm.start()
        } catch {
            observation.startError = error
        }
        if observation.startError == nil {
            if plugin.trigger == .tick { host.advanceClock(milliseconds: 1_000) }
            let first = vm.openHTTPStream()
            observation.firstStream = first
            runExchange(first, vm: vm)
            let second = vm.openHTTPStream()
            observation.secondStream = second
            second.sendRequestHeaders([":method": "GET", ":path": "/second", ":authority": "example.com"], endOfStream: true)
            second.complete()
        }
        observation.failure = vm.failures.first
        observation.peakMemoryPages = vm.peakMemoryPages
        observation.residentGrowthBytes = residentGrowth(since: residentBefore)
        return observation
    }

    func residentGrowth(since before: Int?) -> Int? {
        guard let before, let after = ProcessMemory.residentBytes() else { return nil }
        return after - before
    }

    func runExchange(_ stream: HTTPStream, vm: PluginVM) { FaultRunner.standardExchange(stream, vm: vm) }

    /// The standard exchange: request headers, a body in two chunks, trailers; response
    /// headers, body, trailers; pending HTTP callouts answered; teardown.
    static func standardExchange(_ stream: HTTPStream, vm: PluginVM) {
        stream.sendRequestHeaders([":method": "POST", ":path": "/fault", ":authority": "example.com", "content-type": "text/plain"], endOfStream: false)
        stream.sendRequestBody(Array("hello ".utf8), endOfStream: false)
        stream.sendRequestBody(Array("world".utf8), endOfStream: false)
        stream.sendRequestTrailers(["x-trailer": "1"])
        for call in vm.pendingHTTPCalls {
            vm.respondToHTTPCall(token: call.token, headers: [":status": "200"], body: Array("callout".utf8), trailers: HeaderMap())
        }
        stream.sendResponseHeaders([":status": "200", "content-type": "text/plain"], endOfStream: false)
        stream.sendResponseBody(Array("response".utf8), endOfStream: true)
        stream.complete()
    }

    // MARK: Checks

    /// Whether an observation shows exactly the entry's expected outcome.
    public func checkOutcome(_ plugin: FaultPlugin, _ o: FaultObservation) -> ContainmentCheck {
        switch plugin.expected {
        case .trap(let kind, let callback, let frame):
            guard let trap = o.trap, let failed = o.failedCallback else {
                return ContainmentCheck(property: "outcome", passed: false, detail: "expected \(plugin.expected), but nothing trapped\(describe(o))")
            }
            var problems: [String] = []
            if trap.kind.identifier != kind.identifier { problems.append("trap '\(trap.message)' instead of '\(kind.message)'") }
            if case .hostError(let m) = kind, !trap.message.contains(m) { problems.append("host error '\(trap.message)' does not mention '\(m)'") }
            if failed != callback { problems.append("failed in \(failed) instead of \(callback)") }
            if let frame, !trap.backtrace.contains(where: { $0.name.contains(frame) }) {
                problems.append("no backtrace frame names '\(frame)' (frames: \(trap.backtrace.map(\.name).joined(separator: ", ")))")
            }
            return ContainmentCheck(property: "outcome", passed: problems.isEmpty,
                                    detail: problems.isEmpty ? "trapped as expected: \(trap.message) in \(failed)" : problems.joined(separator: "; "))
        case .loadFailure(let kind):
            guard let error = o.loadError else {
                return ContainmentCheck(property: "outcome", passed: false, detail: "expected the load to be refused (\(kind.rawValue)), but it loaded\(describe(o))")
            }
            let actual = LoadFailureKind(error)
            return ContainmentCheck(property: "outcome", passed: actual == kind, detail: actual == kind ? "refused at load: \(error)" : "refused as \(actual.rawValue) instead of \(kind.rawValue): \(error)")
        case .hostStatuses(let expected):
            guard o.trap == nil, o.loadError == nil, o.startError == nil, let vm = o.vm else {
                return ContainmentCheck(property: "outcome", passed: false, detail: "expected host statuses, but the plugin failed\(describe(o))")
            }
            var missing: [String] = []
            for (function, status) in expected.sorted(by: { $0.key < $1.key }) {
                let seen = vm.trace.contains { event in
                    if case .hostCall(let n, _, let s) = event { return n == function && s == status.rawValue }
                    return false
                }
                if !seen { missing.append("\(function) → \(status)") }
            }
            return ContainmentCheck(property: "outcome", passed: missing.isEmpty,
                                    detail: missing.isEmpty ? "host answered \(plugin.expected)" : "never saw: \(missing.joined(separator: ", "))")
        case .completes:
            let ok = o.trap == nil && o.loadError == nil && o.startError == nil && o.firstStream?.localResponse == nil
            return ContainmentCheck(property: "outcome", passed: ok, detail: ok ? "completed without a fault" : "false positive: the plugin was stopped\(describe(o))")
        case .memoryCapped(let pages):
            let ok = o.trap == nil && o.loadError == nil && o.startError == nil && o.peakMemoryPages == pages
            return ContainmentCheck(property: "outcome", passed: ok, detail: "memory reached \(o.peakMemoryPages) pages (cap \(pages))\(ok ? "" : describe(o))")
        }
    }

    func describe(_ o: FaultObservation) -> String {
        if let e = o.loadError { return " (load error: \(e))" }
        if let e = o.startError { return " (start error: \(e))" }
        if let t = o.trap { return " (trap: \(t.message) in \(o.failedCallback ?? "?"))" }
        return ""
    }

    static let streamTriggers: Set<FaultTrigger> = [.requestHeaders, .requestBody, .responseHeaders, .contextCreate, .allocator, .httpCallResponse]

    func checkPolicy(_ plugin: FaultPlugin, _ policy: FailurePolicy, _ o: FaultObservation) -> [ContainmentCheck] {
        guard plugin.expectsTrap, o.trap != nil else { return [] }
        var checks: [ContainmentCheck] = []
        // Teardown callbacks never run on a failed VM.
        if let vm = o.vm, let failureIndex = vm.trace.firstIndex(where: { if case .failure = $0 { return true }; return false }) {
            let teardown: Set<String> = ["proxy_on_done", "proxy_on_log", "proxy_on_delete"]
            let after = vm.trace[failureIndex...].prefix { event in
                if case .note(let n) = event { return !n.hasPrefix("fail-reload") }
                return true
            }
            let ran = after.contains { if case .callback(let n, _, _, _) = $0 { return teardown.contains(n) }; return false }
            checks.append(ContainmentCheck(property: "policy", passed: !ran, detail: ran ? "a teardown callback ran after the failure" : "on_done, on_log and on_delete were skipped after the failure"))
        }
        guard o.loadError == nil, o.startError == nil, let first = o.firstStream, let second = o.secondStream else {
            checks.append(ContainmentCheck(property: "policy", passed: true, detail: "failure while starting: Envoy rejects the plugin (no stream is served)"))
            return checks
        }
        func is503(_ s: HTTPStream) -> Bool {
            s.localResponse?.statusCode == 503 && s.localResponse?.details == "wasm_fail_stream" && s.localResponseCount == 1
        }
        switch policy {
        case .failClosed:
            let ok = is503(first) && is503(second)
            checks.append(ContainmentCheck(property: "policy", passed: ok, detail: ok ? "fail-closed: exactly one 503 wasm_fail_stream per stream" : "fail-closed: expected one 503 wasm_fail_stream per stream, got \(first.localResponseCount) and \(second.localResponseCount)"))
        case .failOpen:
            let ok = first.localResponse == nil && second.localResponse == nil
            checks.append(ContainmentCheck(property: "policy", passed: ok, detail: ok ? "fail-open: streams continue without the plugin" : "fail-open: a stream got a local reply"))
        case .failReload:
            // A stream opened after the failure is served by a fresh instance (generation ≥ 1:
            // the first failure is always in generation 0); the failing stream, if any, got
            // exactly one 503.
            let ok = second.generation >= 1 && (o.vm?.reloadCount ?? 0) >= 1
            let failedStreamOK = first.generation >= 1 || is503(first)
            checks.append(ContainmentCheck(property: "policy", passed: ok && failedStreamOK, detail: ok && failedStreamOK ? "fail-reload: a stream opened after the failure was served by a fresh instance (reloads: \(o.vm?.reloadCount ?? 0))" : "fail-reload: no fresh instance served the next stream, or the failing stream did not get one 503"))
        }
        return checks
    }

    func checkLimits(_ plugin: FaultPlugin, _ o: FaultObservation) -> [ContainmentCheck] {
        var checks: [ContainmentCheck] = []
        if let failure = o.failure, let budget = o.fuelBudget {
            let ok = failure.fuelUsed <= budget
            checks.append(ContainmentCheck(property: "limits", passed: ok, detail: "fuel used by the failing callback: \(failure.fuelUsed) of \(budget)"))
        }
        let pagesOK = UInt64(o.peakMemoryPages) <= o.memoryCapPages
        checks.append(ContainmentCheck(property: "limits", passed: pagesOK, detail: "memory: \(o.peakMemoryPages) pages, cap \(o.memoryCapPages)"))
        if let growth = o.residentGrowthBytes {
            let cap = Int(o.memoryCapPages) * 65_536 + residentSlackBytes
            checks.append(ContainmentCheck(property: "limits", passed: growth <= cap, detail: "process resident memory grew by \(growth / 1024) KiB (bound \(cap / 1024) KiB)"))
        }
        return checks
    }

    func checkFreshInstance(_ plugin: FaultPlugin, policy: FailurePolicy, host: MockHost, first: FaultObservation) -> ContainmentCheck {
        let again = observe(plugin, policy: policy, host: host)
        let same = again.trap?.kind.identifier == first.trap?.kind.identifier
            && (again.loadError.map(LoadFailureKind.init) == first.loadError.map(LoadFailureKind.init))
            && again.failedCallback == first.failedCallback
        return ContainmentCheck(property: "recovery", passed: same,
                                detail: same ? "a fresh instance of the same plugin in the same host behaves identically" : "a fresh instance behaved differently\(describe(again))")
    }
}
