import FaultPlugins
import Foundation
import Interpreter
import MockHost

/// The stream checks: the standard HTTP exchange (exchange, actions, teardown,
/// well-formedness), the TCP connection, and the host calls' pointers.
extension GenericConformance {
    // MARK: HTTP

    mutating func http(vm: PluginVM) -> ExchangeRecord? {
        guard blocked == nil else {
            for id in ["conformance.http.exchange", "conformance.http.actions", "conformance.http.teardown", "conformance.http.well_formed"] {
                check(id) { _ in .skipped(id, "") }
            }
            return nil
        }
        let start = ContinuousClock.now
        let record = ExchangeDriver.run(.standard, on: vm)
        let exchangeMs = (ContinuousClock.now - start).milliseconds
        fuelPerRequest = record.fuel
        var exchangeDump: String?
        if let failure = record.failure {
            exchangeDump = dump("conformance.http.exchange", failure, vm: vm, summary: "the standard HTTP exchange: \(failure.callback) trapped",
                                streamSaw: describeStream(record))
        }
        check("conformance.http.exchange") { me in
            var result = me.exchangeResult(record)
            result.dump = exchangeDump
            return result
        }
        if let index = results.firstIndex(where: { $0.id == "conformance.http.exchange" }) { results[index].durationMs = exchangeMs }
        check("conformance.http.actions") { _ in
            var invalid: [String] = []
            for (callback, action) in record.actions {
                guard let range = GenericConformance.validActions[callback] else { continue }
                let raw = GenericConformance.raw(action)
                if !range.contains(raw) { invalid.append("\(callback) returned \(raw) (valid: \(range.lowerBound)...\(range.upperBound))") }
            }
            if !invalid.isEmpty { return .failed("conformance.http.actions", "invalid action\(invalid.count == 1 ? "" : "s"): \(invalid.joined(separator: "; "))") }
            if record.actions.isEmpty { return .passed("conformance.http.actions", "no HTTP stream callback returned an action (none exported, or none reached)") }
            let shown = record.actions.map { "\($0.callback.replacingOccurrences(of: "proxy_on_", with: "")) \($0.action)" }
            return .passed("conformance.http.actions", "valid actions: \(shown.joined(separator: ", "))")
        }
        check("conformance.http.teardown") { me in
            if record.failure != nil {
                return .skipped("conformance.http.teardown", "the plugin trapped during the exchange (teardown callbacks are skipped after a failure, as in Envoy)")
            }
            let exported = GenericConformance.teardownCallbacks.filter { me.exported($0) }
            let missing = exported.filter { !record.invoked.contains($0) }
            switch record.stream.state {
            case .finished:
                guard missing.isEmpty else { return .failed("conformance.http.teardown", "not called: \(missing.joined(separator: ", "))") }
                return .passed("conformance.http.teardown", exported.isEmpty ? "no teardown callback exported; the context was deleted"
                    : "\(exported.joined(separator: ", ")) ran; the context was deleted")
            case .waitingForDone:
                return .failed("conformance.http.teardown", "proxy_on_done returned false and the plugin never called proxy_done: the stream context is never deleted")
            case .open:
                return .failed("conformance.http.teardown", "the stream context is still open after the exchange")
            }
        }
        check("conformance.http.well_formed") { _ in
            let problems = StreamValidation.problems(record, sentResponse: true)
            guard problems.isEmpty else {
                return .failed("conformance.http.well_formed", "\(problems.count) problem\(problems.count == 1 ? "" : "s"): \(problems.prefix(3).joined(separator: "; "))", details: problems)
            }
            return .passed("conformance.http.well_formed", "header names and values valid, pseudo-headers present and not duplicated (request \(record.stream.requestHeaders.count) headers, response \(record.stream.responseHeaders.count))")
        }
        if record.failure != nil { blocked = "the VM failed in the standard exchange (conformance.http.exchange)" }
        return record
    }

    func exchangeResult(_ record: ExchangeRecord) -> CheckResult {
        let id = "conformance.http.exchange"
        if let failure = record.failure {
            return .failed(id, "\(failure.callback) trapped: \(failure.trap.message)",
                           details: failure.trap.backtrace.prefix(8).map { "  \($0)" } + describeExchange(record))
        }
        let exported = GenericConformance.httpCallbacks.filter { self.exported($0) }
        let stopped = !record.undelivered.isEmpty
        let missing = exported.filter { !record.invoked.contains($0) }
        if !missing.isEmpty && !stopped {
            return .failed(id, "exported but never called: \(missing.joined(separator: ", "))", details: describeExchange(record))
        }
        var message = exported.isEmpty ? "no HTTP callbacks exported: the stream passed through untouched"
            : "ran through \(exported.count - missing.count) HTTP callback\(exported.count - missing.count == 1 ? "" : "s") without trapping (fuel \(record.fuel))"
        if let local = record.localResponse {
            message += "; the plugin answered with a local reply \(local.statusCode)" + (stopped ? " (not delivered: \(record.undelivered.joined(separator: ", ")))" : "")
        } else if record.stream.closed {
            message += "; the plugin closed the stream"
        }
        return .passed(id, message, details: describeExchange(record))
    }

    func describeExchange(_ record: ExchangeRecord) -> [String] {
        var lines = record.callbacks.map { "→ \($0.name)\($0.result.map { " = \($0)" } ?? "") [fuel \($0.fuel)]" }
        lines += record.logs.prefix(10).map { "log \($0)" }
        return lines
    }

    func describeStream(_ record: ExchangeRecord) -> String {
        if let local = record.localResponse { return "local reply \(local.statusCode) \(local.details) (\(record.stream.localResponseCount)×)" }
        return record.stream.failedByPolicy ? "the stream continued without the plugin" : "the stream was served normally"
    }

    static func raw(_ action: FilterAction) -> UInt32 {
        switch action {
        case .continue: return 0
        case .pause: return 1
        case .other(let v): return v
        }
    }

    // MARK: TCP

    mutating func tcp(vm: PluginVM) {
        check("conformance.tcp") { me in
            let exported = GenericConformance.tcpCallbacks.filter { me.exported($0) }
            guard !exported.isEmpty else { return .skipped("conformance.tcp", "the plugin exports no TCP callbacks") }
            let run = ExchangeDriver.runTCP(on: vm)
            if let failure = run.failure {
                me.blocked = "the VM failed on a TCP connection (conformance.tcp)"
                let path = me.dump("conformance.tcp", failure, vm: vm, summary: "a TCP connection: \(failure.callback) trapped", streamSaw: "the connection was stopped")
                return CheckResult(id: "conformance.tcp", status: .failed, message: "\(failure.callback) trapped: \(failure.trap.message)", dump: path)
            }
            var problems: [String] = []
            for (callback, action) in run.connection.actions {
                let raw = GenericConformance.raw(action)
                if let range = GenericConformance.validActions[callback], !range.contains(raw) { problems.append("\(callback) returned \(raw)") }
            }
            let missing = exported.filter { !run.callbacks.contains($0) }
            if !missing.isEmpty { problems.append("never called: \(missing.joined(separator: ", "))") }
            if !problems.isEmpty { return .failed("conformance.tcp", problems.joined(separator: "; ")) }
            return .passed("conformance.tcp", "a connection ran through \(exported.joined(separator: ", ")) (\(run.connection.downstreamData.count) bytes passed downstream, \(run.connection.upstreamData.count) upstream)")
        }
    }

    // MARK: Pointers

    mutating func pointers(vm: PluginVM) {
        let wasiModules: Set<String> = ["wasi_snapshot_preview1", "wasi_unstable"]
        let wasiNames = Set(inspection.imports.filter { wasiModules.contains($0.module) }.map(\.name))
        let savedBlocked = blocked
        blocked = nil   // the trace so far is worth scanning even after a failure
        check("conformance.pointers") { _ in
            var bad: [String: Int] = [:]
            var examples: [String] = []
            for event in vm.trace {
                guard case .hostCall(let name, let arguments, let status) = event else { continue }
                let isBad = wasiNames.contains(name) ? status == WASIErrno.fault.rawValue : (name.hasPrefix("proxy_") && status == ProxyStatus.invalidMemoryAccess.rawValue)
                guard isBad else { continue }
                bad[name, default: 0] += 1
                if examples.count < 10 { examples.append("\(name)(\(arguments)) -> \(status)") }
            }
            guard bad.isEmpty else {
                let list = bad.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value)×)" }.joined(separator: ", ")
                return .failed("conformance.pointers", "the host answered INVALID_MEMORY_ACCESS/EFAULT to: \(list) (a pointer or length outside the plugin's memory, or its allocator returned a bad block)", details: examples)
            }
            let calls = vm.trace.filter { if case .hostCall = $0 { return true }; return false }.count
            return .passed("conformance.pointers", "\(calls) host call\(calls == 1 ? "" : "s"), every pointer and length inside the plugin's memory")
        }
        blocked = savedBlocked
    }
}
