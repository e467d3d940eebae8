import FaultPlugins
import Foundation
import MockHost

/// The isolation checks: the fault-injection runs of `InjectionRunner` (host calls
/// answering each non-OK status, adversarial input, resource pressure) against the plugin,
/// each next to a healthy header-filter VM. Check id `isolation.<run id>`; passed when the
/// run was handled or its trap stayed contained, failed on host-visible damage.
struct IsolationChecks {
    let bytes: [UInt8]
    let options: CheckOptions
    let plugin: PluginInfo

    private(set) var results: [CheckResult] = []
    private(set) var faults: [FaultEntry] = []

    init(bytes: [UInt8], options: CheckOptions, plugin: PluginInfo) {
        self.bytes = bytes
        self.options = options
        self.plugin = plugin
    }

    /// The three families, in order, as selected by `options.only`.
    var families: [(group: String, name: String)] {
        [("isolation.host-call", "host-call faults"), ("isolation.adversarial", "adversarial input"), ("isolation.pressure", "resource pressure")]
            .filter { options.mayContain($0.0) }
    }

    mutating func run(inspection: PluginInspection, progress: (String) -> Void = { _ in }) {
        // A plugin that imports host functions of other ABI versions loads only where every
        // version's functions are linked (--link-all-abi-versions).
        let foreign = inspection.imports.filter { $0.status == .otherABIVersionsOnly }
        if !foreign.isEmpty && !options.linksHostFunctionsOfEveryABIVersion {
            results.append(.skipped("isolation", "the plugin imports \(foreign.count) host functions of other ABI versions than \(inspection.tableVersion) (\(foreign.prefix(4).map(\.qualifiedName).joined(separator: ", "))): run with --link-all-abi-versions"))
            progress("skipped: the plugin imports host functions of other ABI versions")
            return
        }
        let healthy: [UInt8]
        do {
            healthy = try BundledPlugin.headerFilterBytes()
        } catch {
            if options.selects("isolation") || options.only.isEmpty {
                results.append(.skipped("isolation", "the isolation runs need the bundled header filter as the healthy neighbour: \(error.message)"))
            }
            return
        }
        var runner = InjectionRunner(plugin: bytes, configuration: options.pluginConfiguration(name: plugin.file), healthyPlugin: healthy)
        runner.linksHostFunctionsOfEveryABIVersion = options.linksHostFunctionsOfEveryABIVersion
        for family in families {
            let start = ContinuousClock.now
            let runs: [InjectionRunner.Run]
            switch family.group {
            case "isolation.host-call": runs = runner.hostCallFaults()
            case "isolation.adversarial": runs = runner.adversarialInputs()
            default: runs = runner.resourcePressure()
            }
            var count = 0
            for run in runs {
                let id = "isolation.\(run.id)"
                guard options.selects(id) else { continue }
                count += 1
                results.append(result(run, id: id, runner: runner))
            }
            progress("\(family.name): \(count) run\(count == 1 ? "" : "s") in \(formatSeconds((ContinuousClock.now - start).milliseconds))")
        }
    }

    private mutating func result(_ run: InjectionRunner.Run, id: String, runner: InjectionRunner) -> CheckResult {
        let o = run.observation
        let durationMs = o.durationSeconds * 1_000
        if let error = o.loadError, !error.isStartTrap {
            var r = CheckResult.skipped(id, "the injection runner could not load the plugin: \(error)")
            r.durationMs = durationMs
            return r
        }
        let trap = o.trap.map { TrapSummary($0, callback: o.failedCallback) }
        var status = CheckStatus.passed
        var message: String
        switch run.classification {
        case .handled:
            message = "handled: \(run.summary)"
            if let e = o.startError { message += " (the plugin did not start: \(e))" }
            else if let local = o.firstStream?.localResponse { message += " (local reply \(local.statusCode))" }
        case .containedTrap:
            message = "contained trap: \(trap?.description ?? "trap") when \(run.summary)"
        case .hostVisibleDamage(let detail):
            status = .failed
            message = "HOST-VISIBLE DAMAGE when \(run.summary): \(detail)"
        }
        var entry = FaultEntry(id: id, trap: trap, verdict: run.classification.label.lowercased(), report: nil, dumpName: nil)
        if trap != nil || status == .failed {
            entry.report = runner.report(run, file: plugin.file)
            entry.dumpName = TrapDump.fileName(id)
        }
        faults.append(entry)
        return CheckResult(id: id, status: status, message: message, details: run.checks.map(\.description),
                           durationMs: durationMs, dump: entry.textDumpPath)
    }
}

/// "12 ms", "1.4 s".
func formatSeconds(_ ms: Double) -> String {
    ms < 1_000 ? String(format: "%.0f ms", ms) : String(format: "%.1f s", ms / 1_000)
}

extension PluginLoadError {
    /// Whether the plugin loaded but its start code (`_initialize`, `_start`, the start
    /// function) trapped: a contained trap, not a plugin the host refuses.
    var isStartTrap: Bool {
        if case .startFailed = self { return true }
        return false
    }
}
