import FaultPlugins
import Foundation
import Interpreter
import MockHost

/// The plugin-overhead experiment for any plugin: the same HTTP exchanges driven through the
/// MockHost (a) with no filter, (b) with a native Swift filter doing the plugin's work (the
/// header filter only), (c) with the Wasm plugin, timed per request.
///
/// Each round runs every configuration once, in a rotating order, each on a fresh VM: an
/// untimed warm-up, then `requests` timed exchanges (open stream → every phase → complete).
/// A round gives each configuration's latency percentiles and throughput, and the ratios of
/// (c) to (a) and (b) measured side by side; the report gives medians over rounds.
struct PluginBenchmark {
    let request: BenchRequest
    let progress: (String) -> Void

    /// One configuration, ready to run rounds.
    struct Subject {
        var id: BenchConfiguration
        /// Loads a fresh VM (not timed).
        var makeVM: () throws(CommandError) -> PluginVM
        /// Makes the native filter's per-round state, for (b).
        var makeFilter: (() -> ((inout HeaderMap) -> Void))?
    }

    /// Throws `CommandError` for bad input, `BenchFailure` when the plugin fails.
    func run() throws -> BenchReport {
        let bytes = try ModuleFile.read(path: request.pluginPath)
        let file = URL(fileURLWithPath: request.pluginPath).lastPathComponent
        let options = request.options
        let module: Module
        do {
            module = try Module(bytes: bytes, limits: options.limits)
        } catch {
            throw CommandError("\(request.pluginPath): \(PluginChecker.describeModuleError(error, bytes: bytes))")
        }
        var report = BenchReport(file: file, path: request.pluginPath, bytes: bytes.count, sha256: SHA256.hexDigest(bytes),
                                 requests: request.requests, rounds: request.rounds, warmupRequests: request.warmupRequests,
                                 limits: options.limits)

        // Expectations: they must hold before anything is timed; their exchanges are the workload.
        var pluginConfiguration = options.pluginConfiguration
        var vmConfiguration = options.vmConfiguration
        var workload = [ExchangeInput.standard]
        report.workload = "the standard exchange: request headers, a body in 2 chunks, trailers; response headers, a body in 2 chunks, trailers; then completion (on_done, on_log, on_delete)"
        if let path = request.expectationsPath {
            let expectations = try Expectations.load(path: path)
            if !request.pluginConfigurationGiven, let c = expectations.pluginConfiguration { pluginConfiguration = c }
            if !request.vmConfigurationGiven, let c = expectations.vmConfiguration { vmConfiguration = c }
            var checkOptions = options
            checkOptions.pluginConfiguration = pluginConfiguration
            checkOptions.vmConfiguration = vmConfiguration
            checkOptions.only = ["expect"]
            let started = benchNanoseconds()
            let checked = PluginChecker(options: checkOptions, expectations: expectations).check(bytes: bytes, file: file, path: request.pluginPath)
            if let loadError = checked.loadError { throw CommandError("\(request.pluginPath): cannot be loaded: \(loadError)") }
            let cases = checked.checks.filter { $0.id.hasPrefix("expect.") }
            let failed = cases.filter { $0.status == .failed }
            progress("bench: \(file): expect: \(cases.count - failed.count)/\(cases.count) cases of \(path) passed in \(formatMilliseconds(Double(benchNanoseconds() - started) / 1e6)) ms")
            if !failed.isEmpty {
                throw BenchFailure(message: "\(file) does not meet its expectations (\(path)); not benchmarking it: "
                                   + failed.map { "\($0.id): \($0.message)" }.joined(separator: "; "))
            }
            report.expectationsPassed = cases.count
            let usable = expectations.cases.filter { c in
                (c.pluginConfiguration == nil || c.pluginConfiguration == pluginConfiguration)
                    && (c.vmConfiguration == nil || c.vmConfiguration == vmConfiguration)
                    && c.expect.configureAccepted && !c.expect.traps
            }
            if usable.isEmpty {
                report.workload = "the standard exchange (no case of \(path) runs with the benchmark's configuration)"
            } else {
                workload = usable.map(\.input)
                report.workload = "the exchanges of \(usable.count) case\(usable.count == 1 ? "" : "s") of \(path), in turn: "
                    + usable.map(\.name).joined(separator: ", ")
            }
        }

        var configuration = options.pluginConfiguration(pluginConfiguration, vmConfiguration: vmConfiguration, name: file)
        configuration.limits = options.limits
        func load(_ module: Module, _ what: String) throws(CommandError) -> PluginVM {
            let vm: PluginVM
            do {
                vm = try options.makeHost().loadPlugin(module, configuration: configuration)
            } catch {
                throw CommandError("\(what): cannot be loaded: \(error)")
            }
            do { try vm.start() } catch {
                throw CommandError("\(what) did not start: \(error)")
            }
            vm.tracing = false
            return vm
        }

        // (a): a module with nothing but an ABI marker, an allocator and a memory: every
        // callback is "not exported", so the host does all its per-request work (stream and
        // header maps, phases, actions, teardown) and never enters Wasm.
        let marker = PluginVM.abiMarker(of: module) ?? "proxy_abi_version_0_2_1"
        let emptyModule: Module
        do {
            emptyModule = try Module(bytes: ProbeModule.bytes(abiMarker: marker, imports: []), limits: options.limits)
        } catch {
            throw CommandError("internal error: the no-filter module does not load: \(error)")
        }
        var subjects = [Subject(id: .noFilter, makeVM: { () throws(CommandError) in try load(emptyModule, "the no-filter module") }, makeFilter: nil)]

        // (b): only for the header filter.
        switch request.native {
        case .none:
            report.nativeSkipped = "--native none"
        case .auto where !NativeHeaderFilter.isHeaderFilter(bytes):
            report.nativeSkipped = "there is no native equivalent of this plugin (only of the bundled header filter; --native header-filter forces it)"
        case .auto, .headerFilter:
            guard NativeHeaderFilter(configuration: pluginConfiguration) != nil else {
                throw CommandError("the native header filter cannot use this plugin configuration (the header filter would refuse it)")
            }
            subjects.append(Subject(id: .native, makeVM: { () throws(CommandError) in try load(emptyModule, "the no-filter module") }, makeFilter: {
                let filter = NativeHeaderFilter(configuration: pluginConfiguration)!
                return { filter.onRequestHeaders(&$0) }
            }))
        }
        subjects.append(Subject(id: .wasm, makeVM: { () throws(CommandError) in try load(module, file) }, makeFilter: nil))

        // Sanity: one exchange each; the native filter must forward what the plugin forwards.
        var forwarded: [BenchConfiguration: HeaderMap] = [:]
        for subject in subjects {
            let vm = try subject.makeVM()
            let (stream, _) = ExchangeDriver.drive(workload[0], on: vm, requestHeadersFilter: subject.makeFilter?())
            if let failure = vm.failure {
                throw BenchFailure(message: "\(subject.id.label): \(failure.callback) trapped: \(failure.trap.message)")
            }
            forwarded[subject.id] = stream.requestHeaders
        }
        if let native = forwarded[.native], let wasm = forwarded[.wasm] {
            report.nativeAgrees = native == wasm
            if native != wasm {
                progress("bench: warning: the native filter forwards other request headers than the plugin: native \(native), plugin \(wasm)")
            }
        }

        // The rounds.
        var rounds: [BenchConfiguration: [RoundMeasurement]] = [:]
        var latencies = [UInt64](repeating: 0, count: request.requests)
        for round in 0..<request.rounds {
            let order = subjects.indices.map { subjects[($0 + round) % subjects.count] }
            for subject in order {
                let vm = try subject.makeVM()
                let filter = subject.makeFilter?()
                for k in 0..<request.warmupRequests {
                    ExchangeDriver.drive(workload[k % workload.count], on: vm, requestHeadersFilter: filter)
                }
                let fuel0 = vm.totalFuelUsed, calls0 = vm.hostCallCount, callbacks0 = vm.callbackCount
                let start = benchNanoseconds()
                for k in 0..<request.requests {
                    let t0 = benchNanoseconds()
                    ExchangeDriver.drive(workload[k % workload.count], on: vm, requestHeadersFilter: filter)
                    latencies[k] = benchNanoseconds() - t0
                }
                let elapsed = benchNanoseconds() - start
                if let failure = vm.failure {
                    throw BenchFailure(message: "\(subject.id.label): \(failure.callback) trapped during the benchmark: \(failure.trap.message)")
                }
                let n = Double(request.requests)
                rounds[subject.id, default: []].append(RoundMeasurement(
                    latency: LatencySummary(nanoseconds: &latencies),
                    requestsPerSecond: n / (Double(elapsed) / 1e9),
                    fuelPerRequest: Double(vm.totalFuelUsed - fuel0) / n,
                    hostCallsPerRequest: Double(vm.hostCallCount - calls0) / n,
                    callbacksPerRequest: Double(vm.callbackCount - callbacks0) / n))
            }
            let line = subjects.map { s in "\(s.id.shortLabel) p50 \(formatMicroseconds(rounds[s.id]!.last!.latency.p50)) µs" }.joined(separator: ", ")
            progress("bench: \(file): round \(round + 1)/\(request.rounds): \(line)")
        }
        report.configurations = subjects.map { ConfigurationResult(id: $0.id, rounds: rounds[$0.id] ?? []) }

        if request.hostCalls > 0 {
            report.hostCall = try HostCallProbe.measure(calls: request.hostCalls, rounds: max(request.rounds, 3), limits: options.limits)
            if report.hostCall == nil { report.hostCallSkipped = "\(HostCallProbe.moduleURL.path) not found" }
        } else {
            report.hostCallSkipped = "--host-calls 0"
        }
        return report
    }
}

/// The plugin failed during the benchmark (a trap, unmet expectations): exit status 1.
struct BenchFailure: Error {
    var message: String
}

extension PluginVM {
    /// The ABI marker a module exports (`proxy_abi_version_0_2_1`...), if any.
    static func abiMarker(of module: Module) -> String? {
        module.exports.first { e in
            if case .function = e.type { return e.name.hasPrefix("proxy_abi_version_") }
            return false
        }?.name
    }
}

/// Microseconds for people: 2 decimals below 100, 1 above.
func formatMicroseconds(_ us: Double) -> String {
    guard us.isFinite else { return "-" }
    return String(format: us >= 100 ? "%.1f" : "%.2f", us)
}
