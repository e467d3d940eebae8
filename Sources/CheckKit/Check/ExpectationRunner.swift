import FaultPlugins
import Foundation
import Interpreter
import MockHost

/// Runs the cases of an expectations file, each in a fresh VM of the plugin: check id
/// `expect.<name>`, passed when every expectation of the case holds.
struct ExpectationRunner {
    let module: Module
    let options: CheckOptions
    let plugin: PluginInfo
    let expectations: Expectations

    private(set) var results: [CheckResult] = []
    private(set) var faults: [FaultEntry] = []
    private(set) var peakMemoryPages = 0

    init(module: Module, options: CheckOptions, plugin: PluginInfo, expectations: Expectations) {
        self.module = module
        self.options = options
        self.plugin = plugin
        self.expectations = expectations
    }

    mutating func run() {
        for c in expectations.cases {
            let id = "expect.\(c.name)"
            guard options.selects(id) else { continue }
            let start = ContinuousClock.now
            var result = run(c, id: id)
            result.durationMs = (ContinuousClock.now - start).milliseconds
            results.append(result)
        }
    }

    private mutating func run(_ c: Expectations.Case, id: String) -> CheckResult {
        let pluginConfiguration = c.pluginConfiguration ?? expectations.pluginConfiguration ?? options.pluginConfiguration
        let vmConfiguration = c.vmConfiguration ?? expectations.vmConfiguration ?? options.vmConfiguration
        let host = options.makeHost()
        let configuration = options.pluginConfiguration(pluginConfiguration, vmConfiguration: vmConfiguration)
        let vm: PluginVM
        do {
            vm = try host.loadPlugin(module, configuration: configuration)
        } catch {
            return .failed(id, "the plugin did not load: \(error)")
        }
        defer { peakMemoryPages = max(peakMemoryPages, vm.peakMemoryPages) }
        var startError: PluginStartError?
        do { try vm.start() } catch { startError = error }
        let e = c.expect
        var problems: [String] = []
        var dumpPath: String?
        func noteTrap(_ failure: VMFailure, streamSaw: String) {
            if e.traps { return }
            problems.append("\(failure.callback) trapped: \(failure.trap.message)")
            let report = TrapDump.report(plugin: plugin, checkID: id, summary: "expectation case '\(c.name)': \(failure.callback) trapped",
                                         failure: failure, module: module, vm: vm, policy: options.failurePolicy,
                                         limits: options.limits, streamSaw: streamSaw)
            let entry = FaultEntry(id: id, trap: TrapSummary(failure.trap, callback: failure.callback), verdict: "contained trap",
                                   report: report, dumpName: report == nil ? nil : TrapDump.fileName(id))
            faults.append(entry)
            dumpPath = entry.textDumpPath
        }
        var summary: [String] = []
        if !e.configureAccepted {
            switch startError {
            case .vmStartRefused?, .configureRefused?:
                summary.append("configuration refused (\(describeConfiguration(pluginConfiguration)))")
            case .failed(let callback, let trap)?:
                if let f = vm.failures.first { noteTrap(f, streamSaw: "no stream: the plugin did not start") } else { problems.append("\(callback) trapped: \(trap.message)") }
            case nil:
                problems.append("expected the configuration to be refused, but the plugin accepted it (\(describeConfiguration(pluginConfiguration)))")
            }
            checkLogs(e, vm: vm, problems: &problems, summary: &summary)
            checkMetrics(e, host: host, problems: &problems)
            return finish(id, c, problems: problems, summary: summary, dump: dumpPath, details: logLines(vm))
        }
        if let startError {
            if let f = vm.failures.first { noteTrap(f, streamSaw: "no stream: the plugin did not start") } else {
                problems.append("the plugin did not start: \(startError)")
            }
            return finish(id, c, problems: problems, summary: summary, dump: dumpPath, details: logLines(vm))
        }
        let record = ExchangeDriver.run(c.input, on: vm)
        if let failure = record.failure { noteTrap(failure, streamSaw: describeLocalReply(record)) }
        if e.traps && record.failure == nil { problems.append("expected a trap, but the exchange completed") }
        let stream = record.stream
        check(e.requestHeaders, "request headers", input: c.input.requestHeaders, output: stream.requestHeaders, problems: &problems, summary: &summary)
        check(e.requestTrailers, "request trailers", input: c.input.requestTrailers ?? HeaderMap(), output: stream.requestTrailers, problems: &problems, summary: &summary)
        check(e.responseHeaders, "response headers", input: c.input.responseHeaders ?? HeaderMap(), output: stream.responseHeaders, problems: &problems, summary: &summary)
        check(e.responseTrailers, "response trailers", input: c.input.responseTrailers ?? HeaderMap(), output: stream.responseTrailers, problems: &problems, summary: &summary)
        if let body = e.requestBody {
            let actual = String(decoding: stream.requestBody, as: UTF8.self)
            if actual != body { problems.append("request body passed on: '\(clip(actual))', expected '\(clip(body))'") } else { summary.append("request body as expected") }
        }
        if let body = e.responseBody {
            let actual = String(decoding: stream.responseBody, as: UTF8.self)
            if actual != body { problems.append("response body passed on: '\(clip(actual))', expected '\(clip(body))'") } else { summary.append("response body as expected") }
        }
        if let expected = e.localResponse {
            checkLocalResponse(expected, record.localResponse, problems: &problems, summary: &summary)
        }
        for action in e.actions {
            guard let actual = stream.lastAction(action.callback) else {
                problems.append("\(action.callback) was never called (expected action \(action.value))")
                continue
            }
            let raw = GenericConformance.raw(actual)
            if raw != action.value { problems.append("\(action.callback) returned \(actual) (\(raw)), expected \(action.value)") }
        }
        if !e.actions.isEmpty { summary.append("actions as expected") }
        checkLogs(e, vm: vm, problems: &problems, summary: &summary)
        checkMetrics(e, host: host, problems: &problems)
        return finish(id, c, problems: problems, summary: summary, dump: dumpPath,
                      details: describeMaps(record) + logLines(vm))
    }

    private func finish(_ id: String, _ c: Expectations.Case, problems: [String], summary: [String], dump: String?, details: [String]) -> CheckResult {
        let title = c.description.map { "\($0): " } ?? ""
        if problems.isEmpty {
            return CheckResult(id: id, status: .passed, message: title + (summary.isEmpty ? "as expected" : summary.joined(separator: "; ")), details: details)
        }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
        return CheckResult(id: id, status: .failed, message: title + problems[0] + more, details: problems + details, dump: dump)
    }

    // MARK: Headers

    /// Checks one header expectation; `input` is what the plugin was given.
    private func check(_ expectation: Expectations.HeaderExpectation?, _ what: String, input: HeaderMap, output: HeaderMap,
                       problems: inout [String], summary: inout [String]) {
        guard let e = expectation else { return }
        let before = input.pairs, after = output.pairs
        func show(_ pairs: [(String, String)]) -> String { "[" + pairs.map { "\($0.0): \(clip($0.1))" }.joined(separator: ", ") + "]" }
        var added = multisetDifference(after, before), removedPairs = multisetDifference(before, after)
        var local: [String] = []
        for (name, value) in e.added {
            if let k = added.firstIndex(where: { $0.0 == name && $0.1 == value }) { added.remove(at: k) } else {
                local.append("\(what): \(name): \(value) was not added (now: \(show(output.pairs.filter { $0.0 == name })))")
            }
        }
        for name in e.removed {
            if input.value(name) == nil { local.append("\(what): \(name) cannot be removed: it was not in the input") }
            else if output.value(name) != nil { local.append("\(what): \(name) was not removed") }
        }
        for (name, value) in e.changed {
            let old = input.value(name), new = output.values(name)
            if old == nil { local.append("\(what): \(name) cannot change: it was not in the input") }
            else if new != [value] { local.append("\(what): \(name) is \(show(new.map { (name, $0) })), expected \(value)") }
        }
        for (name, value) in e.contains where !after.contains(where: { $0.0 == name && $0.1 == value }) {
            local.append("\(what): no \(name): \(value) (now: \(show(output.pairs.filter { $0.0 == name })))")
        }
        for name in e.absent where output.value(name) != nil {
            local.append("\(what): \(name) is present (\(clip(output.value(name) ?? "")))")
        }
        if let equals = e.equals, !same(after, equals) {
            local.append("\(what): \(show(after)), expected exactly \(show(equals))")
        }
        if e.unchanged, !same(after, before) {
            local.append("\(what) changed: \(show(after)), expected them unchanged \(show(before))")
        }
        if e.nothingElse {
            let touched = Set(e.added.map(\.0) + e.removed + e.changed.map(\.0))
            let othersBefore = before.filter { !touched.contains($0.0) }, othersAfter = after.filter { !touched.contains($0.0) }
            if !same(othersBefore, othersAfter) {
                local.append("\(what): other headers changed (order, duplicates or values): \(show(othersAfter)), expected \(show(othersBefore))")
            }
            for name in Set(e.added.map(\.0)) {
                let expected = input.values(name) + e.added.filter { $0.0 == name }.map(\.1)
                if output.values(name) != expected { local.append("\(what): \(name) is \(output.values(name)), expected \(expected)") }
            }
            removedPairs.removeAll { touched.contains($0.0) }
            if !removedPairs.isEmpty { local.append("\(what): also removed \(show(removedPairs))") }
        }
        problems += local
        if local.isEmpty {
            let plus = multisetDifference(after, before).map { "+\($0.0): \($0.1)" }
            let minus = multisetDifference(before, after).map { "-\($0.0): \($0.1)" }
            let diff = (plus + minus).joined(separator: ", ")
            summary.append("\(what) " + (diff.isEmpty ? "unchanged" : diff))
        }
    }

    private func same(_ a: [(String, String)], _ b: [(String, String)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    /// `a` minus `b`, as multisets of pairs, in `a`'s order.
    private func multisetDifference(_ a: [(String, String)], _ b: [(String, String)]) -> [(String, String)] {
        var rest = b
        var out: [(String, String)] = []
        for pair in a {
            if let k = rest.firstIndex(where: { $0.0 == pair.0 && $0.1 == pair.1 }) { rest.remove(at: k) } else { out.append(pair) }
        }
        return out
    }

    // MARK: Local reply, logs, metrics

    private func checkLocalResponse(_ expected: Expectations.LocalResponseExpectation?, _ actual: LocalResponse?,
                                    problems: inout [String], summary: inout [String]) {
        guard let expected else {
            if let actual { problems.append("unexpected local reply \(actual.statusCode) \(actual.details)") } else { summary.append("no local reply") }
            return
        }
        guard let actual else { problems.append("no local reply was sent (expected \(expected.status.map(String.init) ?? "one"))"); return }
        var local: [String] = []
        if let status = expected.status, actual.statusCode != status { local.append("local reply status \(actual.statusCode), expected \(status)") }
        if let body = expected.body, actual.bodyString != body { local.append("local reply body '\(clip(actual.bodyString))', expected '\(clip(body))'") }
        if let part = expected.bodyContains, !actual.bodyString.contains(part) { local.append("local reply body '\(clip(actual.bodyString))' does not contain '\(part)'") }
        if let details = expected.details, actual.details != details { local.append("local reply details '\(actual.details)', expected '\(details)'") }
        if let headers = expected.headers {
            var sub: [String] = []
            check(headers, "local reply headers", input: HeaderMap(), output: actual.headers, problems: &local, summary: &sub)
        }
        problems += local
        if local.isEmpty { summary.append("local reply \(actual.statusCode)") }
    }

    private func checkLogs(_ e: Expectations.Outcome, vm: PluginVM, problems: inout [String], summary: inout [String]) {
        for expected in e.logs where !vm.logs.contains(where: expected.matches) {
            problems.append("no log line \(expected.description) (logged: \(vm.logs.prefix(5).map { "'\(clip($0.description))'" }.joined(separator: ", ")))")
        }
        if !e.logs.isEmpty { summary.append("logged " + e.logs.map(\.description).joined(separator: ", ")) }
        for unwanted in e.absentLogs {
            if let line = vm.logs.first(where: unwanted.matches) { problems.append("unexpected log line \(line)") }
        }
        if let max = e.maxLogLevel, let line = vm.logs.first(where: { $0.level > max }) {
            problems.append("a log line above \(max): \(line)")
        }
    }

    private func checkMetrics(_ e: Expectations.Outcome, host: MockHost, problems: inout [String]) {
        for m in e.metrics {
            guard let metric = host.metric(named: m.name) else { problems.append("no metric named '\(m.name)'"); continue }
            if let value = m.value, metric.value != value { problems.append("metric \(m.name) is \(metric.value), expected \(value)") }
            if let least = m.atLeast, metric.value < least { problems.append("metric \(m.name) is \(metric.value), expected at least \(least)") }
        }
    }

    private func describeMaps(_ record: ExchangeRecord) -> [String] {
        var lines = ["request headers out: " + record.stream.requestHeaders.pairs.map { "\($0.0): \(clip($0.1))" }.joined(separator: ", ")]
        if !record.stream.responseHeaders.isEmpty {
            lines.append("response headers out: " + record.stream.responseHeaders.pairs.map { "\($0.0): \(clip($0.1))" }.joined(separator: ", "))
        }
        if let local = record.localResponse { lines.append("local reply: \(local.statusCode) \(local.details) '\(clip(local.bodyString))'") }
        return lines
    }

    private func logLines(_ vm: PluginVM) -> [String] { vm.logs.prefix(10).map { "log \($0)" } }

    private func describeLocalReply(_ record: ExchangeRecord) -> String {
        if let local = record.localResponse { return "local reply \(local.statusCode) \(local.details)" }
        return "the stream continued without the plugin"
    }
}

/// Long values shortened for messages.
func clip(_ s: String, _ limit: Int = 80) -> String {
    let shown = s.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    return shown.count <= limit ? shown : String(shown.prefix(limit)) + "…(\(s.utf8.count) bytes)"
}
