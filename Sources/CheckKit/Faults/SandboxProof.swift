import FaultPlugins
import Foundation
import MockHost

/// The sandbox's proof: every catalogue entry run through `FaultRunner` against this tool's
/// own engine and host, next to a healthy header filter. One check per entry
/// (`sandbox.<id>`), passed when its containment holds; every run has a fault dump.
public struct SandboxProof {
    public var entries: [FaultPlugin]
    public var policy: FailurePolicy = .failClosed
    /// Also prove recovery (a fresh instance behaves the same: runs each entry twice).
    public var proveRecovery = true
    public var progress: (String) -> Void = { _ in }

    public init(entries: [FaultPlugin] = FaultCatalogue.all) {
        self.entries = entries
    }

    /// Runs the entries; the report's "plugin" is the catalogue itself.
    public func run() throws(CommandError) -> PluginReport {
        let healthy = try BundledPlugin.headerFilterBytes()
        let started = ContinuousClock.now
        var all: [UInt8] = []
        for e in entries { all += (try? e.moduleBytes()) ?? [] }
        var options = CheckOptions()
        options.failurePolicy = policy
        options.limits = FaultPlugin.defaultLimits
        var report = PluginReport(plugin: PluginInfo(file: "fault-catalogue", path: "Sources/FaultPlugins (fixtures/faults)",
                                                     sha256: SHA256.hexDigest(all), sizeBytes: all.count, abiVersion: nil, allocator: nil,
                                                     sdk: "WAT and Swift-built modules (\(entries.count) entries)"),
                                  options: options)
        let runner = FaultRunner(healthyPlugin: healthy)
        for (k, entry) in entries.enumerated() {
            let start = ContinuousClock.now
            let run = runner.run(entry, policy: policy, proveRecovery: proveRecovery)
            let ms = (ContinuousClock.now - start).milliseconds
            let id = "sandbox.\(entry.id)"
            let outcome = run.checks.first { $0.property == "outcome" }?.detail ?? ""
            let failed = run.failedChecks.map(\.description)
            let dump = FaultReport.make(run: run)
            let name = TrapDump.fileName(entry.id)
            let trap = run.observation.trap.map { TrapSummary($0, callback: run.observation.failedCallback) }
            report.faults.append(FaultEntry(id: id, trap: trap, verdict: run.contained ? "contained" : "NOT contained", report: dump, dumpName: name))
            report.checks.append(CheckResult(id: id, status: run.contained ? .passed : .failed,
                                             message: run.contained ? "contained: \(outcome)" : "NOT contained: \(failed.joined(separator: "; "))",
                                             details: ["expected: \(CatalogueTable.expectation(entry))"] + run.checks.map(\.description),
                                             durationMs: ms, dump: "faults/\(name).txt"))
            progress("[\(k + 1)/\(entries.count)] \(entry.id): \(run.contained ? "contained" : "NOT CONTAINED") (\(formatMs(ms)))")
        }
        report.performance.totalMs = (ContinuousClock.now - started).milliseconds
        return report
    }

    /// The sandbox badge: `sandbox | 86/86 contained`, or `2 not contained` in red.
    public static func badge(_ report: PluginReport) -> Badge {
        let total = report.passedCount + report.failedCount
        if report.failedCount > 0 { return Badge(label: "sandbox", message: "\(report.failedCount) not contained", color: Badge.red) }
        return Badge(label: "sandbox", message: "\(report.passedCount)/\(total) contained", color: total == 0 ? Badge.grey : Badge.green)
    }
}
