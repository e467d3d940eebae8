import Foundation
import Interpreter
import MockHost

/// `proxy-wasm-check [check] [PLUGIN.wasm...] [options]`: the main job. Checks each plugin
/// (load and inspect, generic conformance, the expectations file, isolation) and writes its
/// report.json, badge.svg, junit.xml and fault dumps.
public enum CheckCommand: Subcommand {
    public static let name = "check"
    public static let summary = "Check plugins: ABI, conformance, expectations, isolation; write reports and a badge (the default)"

    public static let usage = """
        USAGE: proxy-wasm-check [check] [PLUGIN.wasm...] [options]

        Checks each proxy-wasm plugin in a MockHost (this tool's own engine and host) and writes,
        per plugin, OUT/<name>/report.json, badge.svg, junit.xml and faults/. With no plugin it
        checks the bundled header filter (fixtures/header_filter/header_filter.wasm) against its
        expectations (fixtures/header_filter/expect.json). 'check' may be left out.

        For each plugin, with a progress line per phase on standard error:
          load         decode and validate; ABI version, allocator, exports and imports against the
                       ABI tables (every unknown or mis-typed one named), memory and tables
          conformance  what every correct plugin does: _initialize, root context, vm_start and
                       configure accept the configuration, a standard HTTP exchange through every
                       exported callback with valid actions, teardown, no invalid pointer passed to
                       the host, a well-formed stream, no memory growth over 1,000 streams, the same
                       output for the same input, TCP callbacks where exported
          expect       the cases of --expect FILE (docs/expect-schema.md)
          isolation    host calls answering each error status, adversarial requests, resource
                       pressure: each must be handled or a contained trap, never host-visible damage

        OPTIONS
          --plugin-config FILE|JSON  plugin configuration (proxy_on_configure): the contents of FILE,
                                     or the text itself (a value starting with { [ or " is text)
          --vm-config FILE|TEXT      VM configuration (proxy_on_vm_start), likewise
          --root-id ID               the plugin's root id (default: empty)
          --expect FILE              expectations file: exchanges and their expected outcomes
          --failure-policy POLICY    closed (default), open or reload: what the host does when the
                                     plugin traps (Envoy's failure_policy)
          --fuel N                   fuel per callback (default 100000000, or "unlimited")
          --max-memory-pages N       memory cap in 64 KiB pages (default 16384, 1 GiB as Envoy)
          --deadline-ms N            wall-clock limit per callback in ms (default 5000; 0: none)
          --only ID[,ID...]          run only these checks: ids or prefixes such as load, isolation,
                                     conformance.leak, isolation.host-call, expect.<case> (repeatable)
          --link-all-abi-versions    link the host functions of every ABI version (for test plugins
                                     such as fixtures/abi_exerciser that import v0.1.0-only functions
                                     in a 0.2.x module; Envoy would not load them)
          --out DIR                  where the reports go, one folder per plugin named after its file
                                     (default: .build/reports)
          --quiet                    print only each plugin's verdict line; no progress
          --verbose                  print every check with its details
          --json                     print report.json on standard output (an array for several plugins)
          -h, --help                 print this help

        CHECK IDS
          load.module load.abi load.exports load.allocator load.imports load.memory load.instantiate
          conformance.lifecycle.initialize .root_context .vm_start .configure .tick
          conformance.http.exchange .actions .teardown .well_formed
          conformance.tcp conformance.pointers conformance.leak conformance.determinism
          conformance.lifecycle.shutdown
          expect.<case>              one per case of the expectations file
          isolation.host-call.<function>=<STATUS>  isolation.adversarial.<input>  isolation.pressure.<limit>

        EXIT STATUS
          0  every check of every plugin passed
          1  some check failed (the report says which; traps have a fault dump in faults/)
          2  bad usage, a file that cannot be read, or a plugin that cannot be loaded (not a module,
             truncated, no ABI version, unknown imports...): one "error: ..." line on standard error
        """

    static let parser = ArgumentParser(commandName: name, options: [
        .value("plugin-config"), .value("vm-config"), .value("root-id"), .value("expect"), .value("failure-policy"),
        .value("fuel"), .value("max-memory-pages"), .value("deadline-ms"), .flag("link-all-abi-versions"),
        .value("out"), .flag("quiet"), .flag("verbose"), .flag("json"),
    ])

    /// Everything `check` was asked to do.
    struct Request {
        var plugins: [String] = []
        var options = CheckOptions()
        var expectationsPath: String?
        /// True when no plugin was given: the bundled header filter.
        var bundled = false
        var outDirectory = ReportWriter.defaultDirectory
        var detail = ReportText.Detail.normal
        var json = false
    }

    public static func main(arguments: [String], console: Console) -> Int32 {
        let request: Request
        do throws(CommandError) {
            guard let parsed = try parseRequest(arguments) else {
                console.writeOutput(usage + "\n")
                return ExitStatus.success
            }
            request = parsed
        } catch {
            console.printError(error.description)
            return ExitStatus.usageError
        }
        return run(request, console: console)
    }

    /// Checks every plugin of `request`; returns the worst exit status.
    static func run(_ request: Request, console: Console) -> Int32 {
        var expectations: Expectations?
        do throws(CommandError) {
            if let path = request.expectationsPath { expectations = try Expectations.load(path: path) }
        } catch {
            console.printError(error.description)
            return ExitStatus.usageError
        }
        let quiet = request.detail == .quiet
        let checker = PluginChecker(options: request.options, expectations: expectations,
                                    progress: { line in if !quiet { console.printError(line) } })
        var status = ExitStatus.success
        var reports: [PluginReport] = []
        var folders = Set<String>()
        for path in request.plugins {
            let report: PluginReport
            do throws(CommandError) {
                report = try checker.check(path: path)
            } catch {
                console.printError(error.description)
                status = max(status, ExitStatus.usageError)
                continue
            }
            var name = ReportWriter.folderName(report.plugin.file)
            if folders.contains(name) {
                var k = 2
                while folders.contains("\(name)-\(k)") { k += 1 }
                name = "\(name)-\(k)"
            }
            folders.insert(name)
            let folder = request.outDirectory.appendingPathComponent(name)
            var written = true
            do throws(CommandError) {
                try ReportWriter.write(report, to: folder)
            } catch {
                console.printError(error.description)
                status = max(status, ExitStatus.usageError)
                written = false
            }
            if let loadError = report.loadError {
                console.printError(CommandError("\(path): cannot be loaded: \(loadError)").description)
            }
            if !request.json && report.loadError == nil {
                for line in ReportText.lines(report, detail: request.detail, folder: written ? displayPath(folder) : nil) { console.print(line) }
            }
            reports.append(report)
            status = max(status, report.exitStatus)
        }
        if request.json {
            if reports.count == 1 { console.writeOutput(reports[0].jsonText) }
            else { console.print(JSONValue.array(reports.map(\.json)).serialized(pretty: true)) }
        }
        return status
    }

    /// `folder` relative to the current directory when inside it.
    static func displayPath(_ folder: URL) -> String { relativePath(folder.standardizedFileURL.path) }

    /// `path` relative to the current directory when inside it, else as is.
    static func relativePath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }

    /// The request described by `arguments`, or nil when help was asked for.
    static func parseRequest(_ arguments: [String]) throws(CommandError) -> Request? {
        // --only may be repeated and takes comma-separated lists: collect it before parsing.
        var rest: [String] = []
        var only: [String] = []
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if optionsEnded || token == "--" { optionsEnded = true; rest.append(token); continue }
            if token == "--only" {
                guard index < arguments.count, !arguments[index].hasPrefix("--") else { throw parser.usageError("option --only needs a value") }
                only += arguments[index].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                index += 1
            } else if token.hasPrefix("--only=") {
                only += token.dropFirst(7).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            } else {
                rest.append(token)
            }
        }
        let parsed = try parser.parse(rest)
        if parsed.helpRequested { return nil }
        var request = Request()
        request.options.only = only
        request.plugins = parsed.positionals
        if request.plugins.isEmpty {
            request.bundled = true
            guard BundledPlugin.isAvailable else { _ = try BundledPlugin.headerFilterBytes(); return nil }
            request.plugins = [relativePath(BundledPlugin.headerFilterURL.path)]
        }
        if let v = parsed.value("plugin-config") { request.options.pluginConfiguration = try configuration(v, option: "plugin-config") }
        if let v = parsed.value("vm-config") { request.options.vmConfiguration = try configuration(v, option: "vm-config") }
        if let v = parsed.value("root-id") { request.options.rootID = v }
        if let v = parsed.value("expect") {
            request.expectationsPath = v
        } else if request.bundled, FileManager.default.fileExists(atPath: BundledPlugin.headerFilterExpectationsURL.path) {
            request.expectationsPath = relativePath(BundledPlugin.headerFilterExpectationsURL.path)
        }
        if let v = parsed.value("failure-policy") {
            let name = v.hasPrefix("fail-") ? String(v.dropFirst(5)) : v
            guard let policy = FailurePolicy(rawValue: name) else {
                throw parser.usageError("invalid value '\(v)' for --failure-policy: expected closed, open or reload")
            }
            request.options.failurePolicy = policy
        }
        if let v = parsed.value("fuel") {
            request.options.limits.fuel = v == "unlimited" ? nil
                : try RunCommand.number(v, option: "fuel", range: 1...UInt64.max, expected: "a positive integer or 'unlimited'", parser: parser)
        }
        if let v = parsed.value("max-memory-pages") {
            request.options.limits.maxMemoryPages = try RunCommand.number(v, option: "max-memory-pages", range: 1...65_536,
                                                                          expected: "an integer from 1 to 65536", parser: parser)
        }
        if let v = parsed.value("deadline-ms") {
            let ms = try RunCommand.number(v, option: "deadline-ms", range: 0...86_400_000, expected: "an integer from 0 to 86400000", parser: parser)
            request.options.limits.deadline = ms == 0 ? nil : .milliseconds(Int64(ms))
        }
        request.options.linksHostFunctionsOfEveryABIVersion = parsed.isSet("link-all-abi-versions")
        if let v = parsed.value("out") {
            request.outDirectory = URL(fileURLWithPath: v, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        }
        if parsed.isSet("quiet") && parsed.isSet("verbose") { throw parser.usageError("--quiet and --verbose cannot be combined") }
        if parsed.isSet("quiet") { request.detail = .quiet }
        if parsed.isSet("verbose") { request.detail = .verbose }
        request.json = parsed.isSet("json")
        return request
    }

    /// A configuration option's bytes: text starting with `{`, `[` or `"` (JSON) is used as
    /// is; otherwise an existing file's contents; otherwise the text itself.
    static func configuration(_ value: String, option: String) throws(CommandError) -> [UInt8] {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") || trimmed.hasPrefix("\"") || value.isEmpty { return Array(value.utf8) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: value, isDirectory: &isDirectory) {
            do throws(CommandError) {
                return try ModuleFile.read(path: value)
            } catch {
                throw CommandError("--\(option): \(error.message)")
            }
        }
        if value.hasSuffix(".json") || value.contains("/") {
            throw CommandError("--\(option): cannot read '\(value)': no such file (give JSON text starting with '{' to pass it directly)")
        }
        return Array(value.utf8)
    }
}
