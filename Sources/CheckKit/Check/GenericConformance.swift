import FaultPlugins
import Foundation
import Interpreter
import MockHost

/// The generic conformance checks: properties every correct proxy-wasm plugin has,
/// whatever it does.
///
/// | id | what it proves |
/// |---|---|
/// | `conformance.lifecycle.initialize` | `_initialize` (+ `main`) or `_start` runs without trapping |
/// | `conformance.lifecycle.root_context` | `proxy_on_context_create(root, 0)` runs |
/// | `conformance.lifecycle.vm_start` | `proxy_on_vm_start` accepts the VM configuration |
/// | `conformance.lifecycle.configure` | `proxy_on_configure` accepts the plugin configuration |
/// | `conformance.lifecycle.tick` | one second of timer ticks run (when `proxy_on_tick` is exported) |
/// | `conformance.http.exchange` | the standard exchange runs through every HTTP callback the plugin exports |
/// | `conformance.http.actions` | every action returned is one Envoy defines for that callback |
/// | `conformance.http.teardown` | `proxy_on_done`, `proxy_on_log`, `proxy_on_delete` run; the context is deleted |
/// | `conformance.http.well_formed` | the stream stays valid HTTP (names, values, pseudo-headers, `:status`) |
/// | `conformance.tcp` | a TCP connection runs through the TCP callbacks (when exported) |
/// | `conformance.pointers` | the plugin never passes the host an invalid pointer |
/// | `conformance.leak` | 1,000 streams do not grow the plugin's memory |
/// | `conformance.determinism` | a second instance given the same input gives the same output |
/// | `conformance.lifecycle.shutdown` | the root context's teardown callbacks run |
struct GenericConformance {
    let module: Module
    let inspection: PluginInspection
    let options: CheckOptions
    let plugin: PluginInfo

    var results: [CheckResult] = []
    var faults: [FaultEntry] = []
    var fuelPerRequest: UInt64?
    var peakMemoryPages = 0

    /// Why the remaining checks cannot run (set once the main VM failed or did not start).
    var blocked: String?

    init(module: Module, inspection: PluginInspection, options: CheckOptions, plugin: PluginInfo) {
        self.module = module
        self.inspection = inspection
        self.options = options
        self.plugin = plugin
    }

    static let httpCallbacks = ["proxy_on_context_create", "proxy_on_request_headers", "proxy_on_request_body", "proxy_on_request_trailers",
                                "proxy_on_response_headers", "proxy_on_response_body", "proxy_on_response_trailers"]
    static let teardownCallbacks = ["proxy_on_done", "proxy_on_log", "proxy_on_delete"]
    static let tcpCallbacks = ["proxy_on_new_connection", "proxy_on_downstream_data", "proxy_on_upstream_data",
                               "proxy_on_downstream_connection_close", "proxy_on_upstream_connection_close"]

    /// The action values Envoy defines per callback (cpp-host's FilterHeadersStatus,
    /// FilterDataStatus, FilterTrailersStatus, FilterStatus): 0 Continue and 1 Pause (stop
    /// iteration) everywhere, plus the cpp-sdk extensions for headers (2 ContinueAndEndStream,
    /// 3 StopAllIterationAndBuffer, 4 StopAllIterationAndWatermark) and bodies
    /// (2 StopIterationAndWatermark, 3 StopIterationNoBuffer).
    static let validActions: [String: ClosedRange<UInt32>] = [
        "proxy_on_request_headers": 0...4, "proxy_on_response_headers": 0...4,
        "proxy_on_request_body": 0...3, "proxy_on_response_body": 0...3,
        "proxy_on_request_trailers": 0...1, "proxy_on_response_trailers": 0...1,
        "proxy_on_new_connection": 0...1, "proxy_on_downstream_data": 0...1, "proxy_on_upstream_data": 0...1,
    ]

    // MARK: Running

    /// Runs the checks on `vm` (loaded, not started; `host` is its host). `loadFuel` is the
    /// fuel `_initialize` used.
    mutating func run(vm: PluginVM, host: MockHost) {
        lifecycle(vm: vm, host: host)
        var exchange: ExchangeRecord?
        if options.mayContain("conformance.http") || options.mayContain("conformance.determinism") {
            exchange = http(vm: vm)
        }
        tcp(vm: vm)
        pointers(vm: vm)
        leak(vm: vm)
        determinism(reference: exchange, vm: vm)
        shutdown(vm: vm)
        peakMemoryPages = max(peakMemoryPages, vm.peakMemoryPages)
    }

    /// Adds a result if the check is selected; runs `body` timed.
    mutating func check(_ id: String, _ body: (inout GenericConformance) -> CheckResult) {
        guard options.selects(id) else { return }
        if let blocked {
            results.append(.skipped(id, blocked))
            return
        }
        let start = ContinuousClock.now
        var result = body(&self)
        result.durationMs = (ContinuousClock.now - start).milliseconds
        results.append(result)
    }

    /// Records a dump of `failure` for check `id` and returns its text path.
    mutating func dump(_ id: String, _ failure: VMFailure, vm: PluginVM?, summary: String, streamSaw: String) -> String? {
        let report = TrapDump.report(plugin: plugin, checkID: id, summary: summary, failure: failure, module: module, vm: vm,
                                     policy: options.failurePolicy, limits: options.limits, streamSaw: streamSaw)
        let name = TrapDump.fileName(id)
        let entry = FaultEntry(id: id, trap: TrapSummary(failure.trap, callback: failure.callback), verdict: "contained trap",
                               report: report, dumpName: report == nil ? nil : name)
        faults.append(entry)
        return entry.textDumpPath
    }

    func exported(_ name: String) -> Bool { inspection.exportsFunction(name) }

    // MARK: Lifecycle

    mutating func lifecycle(vm: PluginVM, host: MockHost) {
        check("conformance.lifecycle.initialize") { me in
            let started = vm.trace.compactMap { event -> String? in
                if case .callback(let name, _, _, let fuel) = event, ["_initialize", "main", "_start"].contains(name) { return "\(name) (fuel \(fuel))" }
                return nil
            }
            return .passed("conformance.lifecycle.initialize", started.isEmpty
                ? "no _initialize or _start exported: nothing to run before the root context"
                : "ran \(started.joined(separator: ", then ")) without trapping")
        }
        let start = ContinuousClock.now
        var startError: PluginStartError?
        do { try vm.start() } catch { startError = error }
        let startMs = (ContinuousClock.now - start).milliseconds
        let failure = vm.failures.first
        let vmConfig = describeConfiguration(options.vmConfiguration)
        let pluginConfig = describeConfiguration(vm.configuration.pluginConfiguration)

        func outcome(_ callback: String, _ id: String, refused: Bool, accepted: String, refusal: String) -> (inout GenericConformance) -> CheckResult {
            return { me in
                if let failure, failure.callback == callback {
                    let path = me.dump(id, failure, vm: vm, summary: "\(callback) trapped while the plugin started", streamSaw: "no stream: the plugin did not start")
                    return CheckResult(id: id, status: .failed, message: "\(callback) trapped: \(failure.trap.message)",
                                       details: failure.trap.backtrace.prefix(8).map { "  \($0)" }, dump: path)
                }
                if refused {
                    return .failed(id, refusal, details: me.errorLogs(vm))
                }
                return .passed(id, me.exported(callback) ? accepted : "\(callback) not exported (the host treats that as success)")
            }
        }
        check("conformance.lifecycle.root_context", outcome("proxy_on_context_create", "conformance.lifecycle.root_context", refused: false,
                                                            accepted: "proxy_on_context_create(root, 0) ran", refusal: ""))
        if failure?.callback == "proxy_on_context_create" { blocked = "the plugin did not start (its root context trapped)" }
        var refusedVMStart = false, refusedConfigure = false
        if case .vmStartRefused? = startError { refusedVMStart = true }
        if case .configureRefused? = startError { refusedConfigure = true }
        check("conformance.lifecycle.vm_start", outcome("proxy_on_vm_start", "conformance.lifecycle.vm_start", refused: refusedVMStart,
                                                        accepted: "proxy_on_vm_start accepted the VM configuration (\(vmConfig))",
                                                        refusal: "proxy_on_vm_start returned false: the plugin refused its VM configuration (\(vmConfig))"))
        if blocked == nil, startError != nil, failure?.callback == "proxy_on_vm_start" || refusedVMStart {
            blocked = "the plugin did not start (proxy_on_vm_start failed)"
        }
        check("conformance.lifecycle.configure", outcome("proxy_on_configure", "conformance.lifecycle.configure", refused: refusedConfigure,
                                                         accepted: "proxy_on_configure accepted the plugin configuration (\(pluginConfig))",
                                                         refusal: "proxy_on_configure returned false: the plugin refused its configuration (\(pluginConfig))"))
        if blocked == nil, startError != nil { blocked = "the plugin did not start (proxy_on_configure failed)" }
        if let index = results.firstIndex(where: { $0.id == "conformance.lifecycle.root_context" }) { results[index].durationMs = startMs }

        check("conformance.lifecycle.tick") { me in
            guard me.exported("proxy_on_tick") else { return .skipped("conformance.lifecycle.tick", "proxy_on_tick not exported") }
            let traceStart = vm.trace.count
            let failuresStart = vm.failures.count
            host.advanceClock(milliseconds: 1_000)
            ExchangeDriver.answerCallouts(vm)
            let ticks = vm.trace.dropFirst(traceStart).filter { if case .callback("proxy_on_tick", _, _, _) = $0 { return true }; return false }.count
            if vm.failures.count > failuresStart {
                let f = vm.failures[failuresStart]
                me.blocked = "the VM failed in proxy_on_tick (conformance.lifecycle.tick)"
                let path = me.dump("conformance.lifecycle.tick", f, vm: vm, summary: "a timer tick trapped", streamSaw: "no stream")
                return CheckResult(id: "conformance.lifecycle.tick", status: .failed, message: "\(f.callback) trapped: \(f.trap.message)", dump: path)
            }
            return .passed("conformance.lifecycle.tick", ticks == 0 ? "no timer set: no tick in one second" : "\(ticks) tick\(ticks == 1 ? "" : "s") in one second, no trap")
        }
    }

    // MARK: Helpers

    func errorLogs(_ vm: PluginVM) -> [String] {
        vm.logs.filter { $0.level >= .warn }.suffix(5).map { "log \($0)" }
    }
}

/// The first index where two arrays differ (the shorter one's count when one is a prefix).
func firstDifference(_ a: [String], _ b: [String]) -> Int {
    Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? min(a.count, b.count)
}

/// A configuration for messages: its size and, when short and printable, its text.
func describeConfiguration(_ bytes: [UInt8]) -> String {
    if bytes.isEmpty { return "empty" }
    let text = String(decoding: bytes, as: UTF8.self)
    let printable = bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F || $0 == 0x0A || $0 == 0x09 }
    if printable && bytes.count <= 80 { return "\(bytes.count) bytes: \(text.replacingOccurrences(of: "\n", with: " "))" }
    return "\(bytes.count) bytes"
}
