import Foundation

extension FaultReport {
    /// The report as readable text.
    public var text: String {
        var lines: [String] = []
        lines.append("FAULT REPORT — \(fault.id) [\(fault.category)]")
        lines.append("verdict: \(verdict.summary)")
        lines.append("")
        lines.append("plugin:    \(plugin.file)")
        lines.append("sha256:    \(plugin.sha256)")
        lines.append("ABI:       \(plugin.abiVersion ?? "-")    allocator: \(plugin.allocator ?? "-")    SDK: \(plugin.sdk)")
        lines.append("fault:     \(fault.summary)")
        lines.append("expected:  \(fault.expected)")
        if let callback { lines.append("callback:  \(callback)") }
        if let refusal { lines.append("refusal:   \(refusal)") }
        if let trap {
            lines.append("trap:      \(trap.message) (\(trap.kind))")
            lines.append("backtrace:")
            for f in trap.backtrace { lines.append(String(format: "  %2d: 0x%x - %@", f.index, f.offset, f.name)) }
        }
        if !instructions.isEmpty {
            lines.append("faulting instruction:")
            for i in instructions {
                lines.append("  \(i.faulting ? "▶" : " ") 0x\(String(i.offset, radix: 16)): \(i.text)")
            }
        }
        if let m = memoryFault {
            lines.append("memory access: address 0x\(String(m.address, radix: 16)), size \(m.accessSize), memory size \(m.memorySize) bytes")
        }
        if !lastHostCalls.isEmpty {
            lines.append("last host calls:")
            for c in lastHostCalls { lines.append("  \(c.function)(\(c.arguments)) -> \(c.status)") }
        }
        lines.append("fuel:      \(fuel.used) used of \(fuel.limit.map(String.init) ?? "unlimited")")
        lines.append("memory:    \(memoryPages.used) pages of \(memoryPages.limit.map(String.init) ?? "-") allowed")
        lines.append("policy:    fail-\(policy.applied); the stream saw: \(policy.streamSaw)")
        lines.append("checks:")
        for c in verdict.checks { lines.append("  \(c)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as pretty-printed JSON.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// Writes `<name>.json` and `<name>.txt` into `directory` (created if needed).
    public func write(to directory: URL, name: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try json().write(to: directory.appendingPathComponent("\(name).json"))
        try Data(text.utf8).write(to: directory.appendingPathComponent("\(name).txt"))
    }
}
