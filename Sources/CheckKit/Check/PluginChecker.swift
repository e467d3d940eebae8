import FaultPlugins
import Foundation
import Interpreter
import MockHost

/// Checks one plugin: load and inspect, generic conformance, the expectations file's
/// cases, isolation. The library form of `proxy-wasm-check check`, for tests:
///
/// ```swift
/// let report = try PluginChecker(options: CheckOptions()).check(path: "plugin.wasm")
/// for check in report.failedChecks { XCTFail("\(check.id): \(check.message)") }
/// ```
public struct PluginChecker {
    public var options: CheckOptions
    /// The expectations file's cases to run (`expect.<name>` checks), if any.
    public var expectations: Expectations?
    /// Receives one line per phase as the check goes (the command prints them on stderr).
    public var progress: (String) -> Void

    public init(options: CheckOptions = CheckOptions(), expectations: Expectations? = nil, progress: @escaping (String) -> Void = { _ in }) {
        self.options = options
        self.expectations = expectations
        self.progress = progress
    }

    /// Checks the plugin file at `path`. A file that cannot be read (missing, a directory,
    /// unreadable) is a `CommandError`; a file that is not a loadable plugin gives a report
    /// whose `loadError` says why.
    public func check(path: String) throws(CommandError) -> PluginReport {
        let bytes = try ModuleFile.read(path: path)
        return check(bytes: bytes, file: URL(fileURLWithPath: path).lastPathComponent, path: path)
    }

    /// Checks a plugin given as bytes; `file` names it in reports.
    public func check(bytes: [UInt8], file: String, path: String? = nil) -> PluginReport {
        let started = ContinuousClock.now
        var report = PluginReport(plugin: PluginInfo(file: file, path: path ?? file, sha256: SHA256.hexDigest(bytes), sizeBytes: bytes.count,
                                                     abiVersion: nil, allocator: nil, sdk: "unknown (the module did not decode)"),
                                  options: options)
        report.expectationsPath = expectations?.path
        runAll(bytes: bytes, file: file, report: &report)
        report.performance.totalMs = (ContinuousClock.now - started).milliseconds
        return report
    }

    private func runAll(bytes: [UInt8], file: String, report: inout PluginReport) {
        // Load and inspect.
        let decodeStart = ContinuousClock.now
        let module: Module
        do {
            module = try Module(bytes: bytes, limits: options.limits)
        } catch {
            let reason = PluginChecker.describeModuleError(error, bytes: bytes)
            report.checks.append(.failed("load.module", reason))
            report.loadError = reason
            return
        }
        let decodeMs = (ContinuousClock.now - decodeStart).milliseconds
        let inspection = PluginInspection(module: module)
        report.plugin.abiVersion = inspection.abi.version?.rawValue
        report.plugin.allocator = inspection.allocator
        report.plugin.sdk = inspection.sdk
        var load = LoadChecks.checks(inspection, options: options, decodeMs: decodeMs)

        var vm: PluginVM?
        var host: MockHost?
        var startTrap: (function: String, trap: Trap)?
        if !load.contains(where: { $0.status == .failed }) {
            let h = options.makeHost()
            let instantiateStart = ContinuousClock.now
            do {
                vm = try h.loadPlugin(module, configuration: options.pluginConfiguration(name: file))
                host = h
            } catch {
                if case .startFailed(let function, let trap) = error { startTrap = (function, trap) } else {
                    load.append(.failed("load.instantiate", "\(error)"))
                }
            }
            let instantiateMs = (ContinuousClock.now - instantiateStart).milliseconds
            report.performance.loadMs = decodeMs + instantiateMs
            if !load.contains(where: { $0.id == "load.instantiate" }) {
                var r = CheckResult.passed("load.instantiate", startTrap == nil
                    ? "linked against the host's ABI \(inspection.tableVersion) functions and instantiated (decode + validate + translate + instantiate: \(formatMs(decodeMs + instantiateMs)))"
                    : "linked and instantiated; its start code (\(startTrap!.function)) then trapped: see conformance.lifecycle.initialize")
                r.durationMs = instantiateMs
                load.append(r)
            }
        }
        report.checks += load.filter { options.selects($0.id) || $0.status == .failed }
        if let failed = load.first(where: { $0.status == .failed }) {
            report.loadError = failed.message
            return
        }
        let callbacks = inspection.callbacks.filter(\.isWellTyped).count
        let trapped = startTrap.map { " (then \($0.function) trapped: \($0.trap.message))" } ?? ""
        progress("\(file): loaded in \(formatMs(report.performance.loadMs ?? decodeMs))\(trapped): ABI \(inspection.tableVersion), allocator \(inspection.allocator ?? "-"), \(module.imports.count) imports, \(callbacks) callbacks, \(inspection.sdk)")

        // Generic conformance.
        var peak: Int?
        if options.mayContain("conformance") {
            let start = ContinuousClock.now
            let before = report.checks.count
            if let vm, let host {
                var generic = GenericConformance(module: module, inspection: inspection, options: options, plugin: report.plugin)
                generic.run(vm: vm, host: host)
                report.checks += generic.results
                report.faults += generic.faults
                report.performance.fuelPerRequest = generic.fuelPerRequest
                peak = generic.peakMemoryPages
            } else if let startTrap {
                report.checks += initializeFailure(startTrap, module: module, report: &report)
            }
            progress("\(file): conformance: \(summary(report.checks[before...])) in \(formatMs((ContinuousClock.now - start).milliseconds))")
        }

        // Specific conformance: the expectations file.
        if let expectations, options.mayContain("expect") {
            let start = ContinuousClock.now
            var runner = ExpectationRunner(module: module, options: options, plugin: report.plugin, expectations: expectations)
            runner.run()
            report.checks += runner.results
            report.faults += runner.faults
            if peak == nil, runner.peakMemoryPages > 0 { peak = runner.peakMemoryPages }
            progress("\(file): expect: \(runner.results.count) case\(runner.results.count == 1 ? "" : "s") from \(expectations.path): \(summary(runner.results[...])) in \(formatMs((ContinuousClock.now - start).milliseconds))")
        }
        report.performance.peakMemoryPages = peak

        // Isolation.
        if options.mayContain("isolation") {
            let start = ContinuousClock.now
            var isolation = IsolationChecks(bytes: bytes, options: options, plugin: report.plugin)
            isolation.run(inspection: inspection) { progress("\(file): isolation: \($0)") }
            report.checks += isolation.results
            report.faults += isolation.faults
            let traps = isolation.faults.filter { $0.verdict == "contained trap" }.count
            progress("\(file): isolation: \(summary(isolation.results[...])) (\(traps) contained trap\(traps == 1 ? "" : "s")) in \(formatMs((ContinuousClock.now - start).milliseconds))")
        }
    }

    /// The checks when `_initialize`/`_start`/the start function trapped.
    private func initializeFailure(_ failure: (function: String, trap: Trap), module: Module, report: inout PluginReport) -> [CheckResult] {
        var results: [CheckResult] = []
        let id = "conformance.lifecycle.initialize"
        if options.selects(id) {
            let dump = TrapDump.report(plugin: report.plugin, checkID: id, summary: "the plugin's start code (\(failure.function)) trapped",
                                       callback: failure.function, trap: failure.trap, lastHostCalls: [], fuelUsed: 0, module: module,
                                       peakMemoryPages: 0, policy: options.failurePolicy, limits: options.limits,
                                       streamSaw: "no stream: the plugin did not start")
            let entry = FaultEntry(id: id, trap: TrapSummary(failure.trap, callback: failure.function), verdict: "contained trap",
                                   report: dump, dumpName: dump == nil ? nil : TrapDump.fileName(id))
            report.faults.append(entry)
            results.append(CheckResult(id: id, status: .failed, message: "\(failure.function) trapped: \(failure.trap.message)",
                                       details: failure.trap.backtrace.prefix(8).map { "  \($0)" }, dump: entry.textDumpPath))
        }
        for other in ["conformance.lifecycle.root_context", "conformance.lifecycle.vm_start", "conformance.lifecycle.configure"] where options.selects(other) {
            results.append(.skipped(other, "the plugin's start code trapped (conformance.lifecycle.initialize)"))
        }
        return results
    }

    private func summary(_ checks: ArraySlice<CheckResult>) -> String {
        let failed = checks.filter { $0.status == .failed }.count
        let skipped = checks.filter { $0.status == .skipped }.count
        var s = "\(checks.count - failed - skipped)/\(checks.count - skipped) passed"
        if failed > 0 { s += ", \(failed) FAILED" }
        if skipped > 0 { s += ", \(skipped) skipped" }
        return s
    }

    /// One line saying why `bytes` are not a module.
    static func describeModuleError(_ error: ModuleError, bytes: [UInt8]) -> String {
        if bytes.isEmpty { return "the file is empty: not a WebAssembly module" }
        let magic: [UInt8] = [0x00, 0x61, 0x73, 0x6D]
        if !bytes.starts(with: magic) && !magic.starts(with: bytes) {
            let text = String(decoding: bytes.prefix(256), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("(module") || text.hasPrefix(";;") || text.hasPrefix("(;") {
                return "not a WebAssembly binary: this is WebAssembly text (WAT); compile it first, e.g. wat2wasm plugin.wat -o plugin.wasm"
            }
            let head = bytes.prefix(4).map { String(format: "%02x", $0) }.joined(separator: " ")
            var guess = ""
            if bytes.starts(with: [0x7F, 0x45, 0x4C, 0x46]) { guess = ": an ELF executable or library, not a Wasm module" }
            else if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { guess = ": a zip archive" }
            else if bytes.starts(with: [0x1F, 0x8B]) { guess = ": a gzip file" }
            return "not a WebAssembly binary: it does not start with the magic bytes 00 61 73 6d ('\\0asm') but \(head)\(guess)"
        }
        if error.kind == .malformed, error.message.contains("unexpected end") || error.message.contains("length out of bounds") || bytes.count < 8 {
            return "truncated WebAssembly module (\(bytes.count) bytes): \(error)"
        }
        return "invalid WebAssembly module: \(error)"
    }
}

/// "12.3 ms", "1.4 s".
func formatMs(_ ms: Double) -> String {
    ms < 1_000 ? String(format: "%.1f ms", ms) : String(format: "%.2f s", ms / 1_000)
}
