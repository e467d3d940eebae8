import Foundation

/// junit.xml: one `<testsuite>` per category (`load`, `conformance`, `expect`, `isolation`),
/// one `<testcase>` per check (a `<failure>` or `<skipped>` child when it did not pass), so
/// CI systems show the checks natively.
public enum JUnit {
    /// The JUnit XML of one or more plugins' reports.
    public static func xml(_ reports: [PluginReport], suiteName: String = "proxy-wasm-check") -> String {
        let all = reports.flatMap(\.checks)
        let failures = all.filter { $0.status == .failed }.count + reports.filter { $0.loadError != nil && $0.checks.allSatisfy { $0.status != .failed } }.count
        let time = reports.map(\.performance.totalMs).reduce(0, +) / 1_000
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(XMLText.escape(suiteName))\" tests=\"\(all.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(all.filter { $0.status == .skipped }.count)\" time=\"\(seconds(time * 1_000))\">\n"
        for report in reports {
            let plugin = report.plugin.file
            var categories: [String] = []
            for c in report.checks where !categories.contains(c.category) { categories.append(c.category) }
            for category in categories {
                let checks = report.checks.filter { $0.category == category }
                let suite = "\(plugin): \(category)"
                out += "  <testsuite name=\"\(XMLText.escape(suite))\" tests=\"\(checks.count)\" failures=\"\(checks.filter { $0.status == .failed }.count)\" errors=\"0\" skipped=\"\(checks.filter { $0.status == .skipped }.count)\" time=\"\(seconds(checks.map(\.durationMs).reduce(0, +)))\">\n"
                for c in checks {
                    let open = "    <testcase classname=\"\(XMLText.escape("\(plugin).\(category)"))\" name=\"\(XMLText.escape(c.id))\" time=\"\(seconds(c.durationMs))\""
                    var body = ""
                    switch c.status {
                    case .passed: break
                    case .failed:
                        let text = ([c.message] + c.details + (c.dump.map { ["fault dump: \($0)"] } ?? [])).joined(separator: "\n")
                        body += "      <failure message=\"\(XMLText.escape(c.message))\" type=\"\(XMLText.escape(c.id))\">\(XMLText.escape(text, attribute: false))</failure>\n"
                    case .skipped:
                        body += "      <skipped message=\"\(XMLText.escape(c.message))\"/>\n"
                    }
                    if c.status == .passed {
                        body += "      <system-out>\(XMLText.escape(([c.message] + c.details.prefix(20)).joined(separator: "\n"), attribute: false))</system-out>\n"
                    }
                    out += body.isEmpty ? open + "/>\n" : open + ">\n" + body + "    </testcase>\n"
                }
                out += "  </testsuite>\n"
            }
            if let error = report.loadError, report.checks.allSatisfy({ $0.status != .failed }) {
                out += "  <testsuite name=\"\(XMLText.escape("\(plugin): load"))\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"0.000\">\n"
                out += "    <testcase classname=\"\(XMLText.escape("\(plugin).load"))\" name=\"load\" time=\"0.000\">\n"
                out += "      <failure message=\"\(XMLText.escape(error))\" type=\"load\">\(XMLText.escape(error, attribute: false))</failure>\n    </testcase>\n  </testsuite>\n"
            }
        }
        out += "</testsuites>\n"
        return out
    }

    static func seconds(_ ms: Double) -> String { String(format: "%.3f", ms / 1_000) }
}
