import FaultPlugins
import Interpreter

/// The fault catalogue as tables, generated from `FaultCatalogue` (never written by hand):
/// Markdown for the README, aligned text for a terminal.
public enum CatalogueTable {
    /// The expected containment, with the limits the entry runs under when they differ from
    /// the catalogue's defaults, and a note when it runs with a plugin configuration.
    public static func expectation(_ entry: FaultPlugin) -> String {
        var expected = entry.expected.description
        let d = FaultPlugin.defaultLimits
        var changes: [String] = []
        if entry.limits.fuel != d.fuel { changes.append("fuel \(entry.limits.fuel.map { grouped(Int(clamping: $0)) } ?? "unlimited")") }
        if entry.limits.deadline != d.deadline { changes.append("deadline \(entry.limits.deadline.map { formatMs($0.milliseconds) } ?? "none")") }
        if entry.limits.maxMemoryPages != d.maxMemoryPages { changes.append("\(entry.limits.maxMemoryPages)-page memory cap") }
        if entry.limits.maxCallDepth != d.maxCallDepth { changes.append("\(entry.limits.maxCallDepth) frames") }
        if !changes.isEmpty { expected += " (limits: \(changes.joined(separator: ", ")))" }
        if !entry.pluginConfiguration.isEmpty { expected += " (with a plugin configuration)" }
        return expected
    }

    /// A Markdown table: id, category, trigger, what it does, expected containment; then
    /// one line counting the entries per category.
    public static func markdown(_ entries: [FaultPlugin] = FaultCatalogue.all) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var lines = ["| id | category | trigger | what it does | expected containment |", "|---|---|---|---|---|"]
        for e in entries {
            lines.append("| `\(e.id)` | \(e.category.rawValue) | \(cell(e.trigger.rawValue)) | \(cell(e.summary)) | \(cell(expectation(e))) |")
        }
        lines.append("")
        lines.append(countLine(entries))
        return lines.joined(separator: "\n") + "\n"
    }

    /// "86 entries: memory 13, cpu 10, ..."
    public static func countLine(_ entries: [FaultPlugin]) -> String {
        let counts = FaultCategory.allCases.compactMap { c -> String? in
            let n = entries.filter { $0.category == c }.count
            return n == 0 ? nil : "\(c.rawValue) \(n)"
        }
        return "\(entries.count) entries: \(counts.joined(separator: ", "))."
    }

    /// Aligned text, one entry per line under a heading per category.
    public static func text(_ entries: [FaultPlugin] = FaultCatalogue.all) -> String {
        let idWidth = entries.map(\.id.count).max() ?? 0
        let triggerWidth = entries.map(\.trigger.rawValue.count).max() ?? 0
        var lines: [String] = []
        for category in FaultCategory.allCases {
            let group = entries.filter { $0.category == category }
            guard !group.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append("\(category.rawValue.uppercased()) (\(group.count))")
            for e in group {
                lines.append("  " + pad(e.id, idWidth) + "  " + pad(e.trigger.rawValue, triggerWidth) + "  " + expectation(e))
                lines.append("  " + String(repeating: " ", count: idWidth + triggerWidth + 4) + e.summary)
            }
        }
        lines.append("")
        lines.append(countLine(entries))
        return lines.joined(separator: "\n") + "\n"
    }

    static func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
}
