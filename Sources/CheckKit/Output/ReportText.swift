/// What `check` prints on standard output for a plugin: a verdict line, then (unless quiet)
/// the failed checks, or (verbose) every check with its details.
enum ReportText {
    enum Detail { case quiet, normal, verbose }

    /// The verdict line: `header_filter.wasm: PASSED, 41/41 checks (load 7, conformance 14, ...)`.
    static func verdict(_ r: PluginReport) -> String {
        if let error = r.loadError { return "\(r.plugin.file): NOT LOADABLE: \(error)" }
        var categories: [String] = []
        for c in r.checks where !categories.contains(c.category) { categories.append(c.category) }
        let list = categories.map { cat in "\(cat) \(r.checks.filter { $0.category == cat && $0.status != .skipped }.count)" }.joined(separator: ", ")
        let counts = list.isEmpty ? "none selected" : list
        let ran = r.passedCount + r.failedCount
        let skipped = r.skippedCount > 0 ? ", \(r.skippedCount) skipped" : ""
        if r.failedCount == 0 { return "\(r.plugin.file): PASSED, \(r.passedCount)/\(ran) checks (\(counts))\(skipped)" }
        return "\(r.plugin.file): FAILED, \(r.failedCount) of \(ran) checks failed (\(counts))\(skipped)"
    }

    static func lines(_ r: PluginReport, detail: Detail, folder: String?) -> [String] {
        var lines = [verdict(r)]
        guard detail != .quiet else { return lines }
        let shown = detail == .verbose ? r.checks : r.failedChecks
        for c in shown {
            let mark: String
            switch c.status {
            case .passed: mark = "✓"
            case .failed: mark = "✗"
            case .skipped: mark = "-"
            }
            var line = "  \(mark) \(c.id): \(c.message)"
            if detail == .verbose { line += " (\(formatMs(c.durationMs)))" }
            lines.append(line)
            if let dump = c.dump { lines.append("      fault dump: \(folder.map { "\($0)/" } ?? "")\(dump)") }
            if detail == .verbose || c.status == .failed {
                let details = detail == .verbose ? c.details : Array(c.details.prefix(6))
                for detail in details {
                    lines += detail.split(separator: "\n", omittingEmptySubsequences: false).map { "      \($0)" }
                }
            }
        }
        if detail == .verbose {
            let p = r.performance
            lines.append("  performance: load \(p.loadMs.map(formatMs) ?? "-"), \(p.fuelPerRequest.map { grouped(Int($0)) } ?? "-") fuel per request, peak memory \(p.peakMemoryPages.map { "\($0) pages" } ?? "-"), checked in \(formatMs(p.totalMs))")
        }
        if let folder { lines.append("  reports: \(folder)/ (report.json, badge.svg, junit.xml, faults/)") }
        return lines
    }
}
