import FaultPlugins
import Foundation
import Interpreter
import MockHost

/// The checks over time: memory over 1,000 streams, the same output from a second
/// instance, and the root context's shutdown.
extension GenericConformance {
    // MARK: Leak

    mutating func leak(vm: PluginVM) {
        let streams = options.leakStreams
        check("conformance.leak") { me in
            let warmup = min(100, streams / 10)
            let failuresStart = vm.failures.count
            vm.tracing = false
            defer { vm.tracing = true }
            var samples: [(Int, Int)] = []
            var undeleted = 0
            for k in 1...max(streams, 1) {
                let stream = ExchangeDriver.drive(.standard, on: vm).stream
                if stream.state != .finished { undeleted += 1 }
                if vm.failures.count > failuresStart {
                    let f = vm.failures[failuresStart]
                    me.blocked = "the VM failed during the leak check (conformance.leak)"
                    let path = me.dump("conformance.leak", f, vm: vm, summary: "stream #\(k) of the leak check: \(f.callback) trapped", streamSaw: "the stream was failed by the policy")
                    return CheckResult(id: "conformance.leak", status: .failed, message: "stream #\(k) of \(streams): \(f.callback) trapped: \(f.trap.message)", dump: path)
                }
                if k == warmup || k == streams / 2 || k == streams { samples.append((k, vm.memoryPages)) }
            }
            me.peakMemoryPages = max(me.peakMemoryPages, vm.peakMemoryPages)
            let baseline = samples.first?.1 ?? vm.memoryPages
            let final = samples.last?.1 ?? vm.memoryPages
            let trail = samples.map { "\($0.1) pages after \($0.0) streams" }.joined(separator: ", ")
            let growth = final - baseline
            let cap = Int(clamping: vm.configuration.limits.maxMemoryPages)
            if vm.peakMemoryPages >= cap {
                return .failed("conformance.leak", "memory grew to the cap of \(cap) pages (\(grouped(cap * 64)) KiB): only the cap stopped its growth; \(trail)")
            }
            if undeleted > 0 {
                return .failed("conformance.leak", "\(undeleted) of \(streams) stream contexts were never deleted (proxy_on_done returned false and proxy_done never came): the host holds them forever; memory: \(trail)")
            }
            if growth > 1 {
                return .failed("conformance.leak", "memory grew by \(growth) pages (\(growth * 64) KiB) from stream \(warmup) to stream \(streams): \(trail); about \(growth * 65_536 / max(streams - warmup, 1)) bytes per stream are never freed")
            }
            return .passed("conformance.leak", "\(streams) streams, memory stable: \(trail)" + (growth == 1 ? " (one page of growth tolerated)" : ""))
        }
    }

    // MARK: Determinism

    mutating func determinism(reference: ExchangeRecord?, vm: PluginVM) {
        check("conformance.determinism") { me in
            guard let reference else { return .skipped("conformance.determinism", "the standard exchange did not run") }
            let host = me.options.makeHost()
            let second: PluginVM
            do {
                second = try host.loadPlugin(me.module, configuration: vm.configuration)
                try second.start()
            } catch {
                return .failed("conformance.determinism", "a second instance behaved differently while starting: \(error)")
            }
            if me.exported("proxy_on_tick") {
                host.advanceClock(milliseconds: 1_000)
                ExchangeDriver.answerCallouts(second)
            }
            let again = ExchangeDriver.run(.standard, on: second)
            me.peakMemoryPages = max(me.peakMemoryPages, second.peakMemoryPages)
            if let difference = GenericConformance.difference(reference, again) {
                return .failed("conformance.determinism", "a second instance given the same input differs: \(difference)")
            }
            return .passed("conformance.determinism", "a second instance given the same input gave the same headers, bodies, actions, logs and host calls")
        }
    }

    /// The first difference between two exchanges' outputs, or nil.
    static func difference(_ a: ExchangeRecord, _ b: ExchangeRecord) -> String? {
        func maps(_ name: String, _ x: HeaderMap, _ y: HeaderMap) -> String? {
            x == y ? nil : "\(name): [\(x.pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", "))] vs [\(y.pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", "))]"
        }
        if let d = maps("request headers", a.stream.requestHeaders, b.stream.requestHeaders) { return d }
        if let d = maps("request trailers", a.stream.requestTrailers, b.stream.requestTrailers) { return d }
        if let d = maps("response headers", a.stream.responseHeaders, b.stream.responseHeaders) { return d }
        if let d = maps("response trailers", a.stream.responseTrailers, b.stream.responseTrailers) { return d }
        if a.stream.requestBody != b.stream.requestBody { return "request body: \(a.stream.requestBody.count) vs \(b.stream.requestBody.count) bytes" }
        if a.stream.responseBody != b.stream.responseBody { return "response body: \(a.stream.responseBody.count) vs \(b.stream.responseBody.count) bytes" }
        if a.localResponse != b.localResponse { return "local reply: \(a.localResponse.map { "\($0.statusCode)" } ?? "none") vs \(b.localResponse.map { "\($0.statusCode)" } ?? "none")" }
        let actionsA = a.actions.map { "\($0.callback)=\($0.action)" }, actionsB = b.actions.map { "\($0.callback)=\($0.action)" }
        if actionsA != actionsB { return "actions: \(actionsA.joined(separator: ", ")) vs \(actionsB.joined(separator: ", "))" }
        let logsA = a.logs.map(\.description), logsB = b.logs.map(\.description)
        if logsA != logsB {
            let k = firstDifference(logsA, logsB)
            return "log line \(k + 1): '\(k < logsA.count ? logsA[k] : "(none)")' vs '\(k < logsB.count ? logsB[k] : "(none)")'"
        }
        let callsA = a.hostCalls.map { "\($0.name)->\($0.status)" }, callsB = b.hostCalls.map { "\($0.name)->\($0.status)" }
        if callsA != callsB {
            let k = firstDifference(callsA, callsB)
            return "host call \(k + 1): \(k < callsA.count ? callsA[k] : "(none)") vs \(k < callsB.count ? callsB[k] : "(none)")"
        }
        return nil
    }

    // MARK: Shutdown

    mutating func shutdown(vm: PluginVM) {
        check("conformance.lifecycle.shutdown") { me in
            let traceStart = vm.trace.count
            let failuresStart = vm.failures.count
            vm.shutdown()
            let ran = vm.trace.dropFirst(traceStart).compactMap { event -> String? in
                if case .callback(let name, _, _, _) = event { return name }
                return nil
            }
            if vm.failures.count > failuresStart {
                let f = vm.failures[failuresStart]
                let path = me.dump("conformance.lifecycle.shutdown", f, vm: vm, summary: "shutdown: \(f.callback) trapped", streamSaw: "no stream")
                return CheckResult(id: "conformance.lifecycle.shutdown", status: .failed, message: "\(f.callback) trapped during shutdown: \(f.trap.message)", dump: path)
            }
            let exported = GenericConformance.teardownCallbacks.filter { me.exported($0) }
            let missing = exported.filter { !ran.contains($0) }
            if !missing.isEmpty, ran.contains("proxy_on_done") {
                return .passed("conformance.lifecycle.shutdown", "proxy_on_done returned false for the root context: the plugin finishes later with proxy_done")
            }
            return .passed("conformance.lifecycle.shutdown", exported.isEmpty ? "no teardown callback exported" : "\(uniqued(ran).joined(separator: ", ")) ran for the root context")
        }
    }
}
