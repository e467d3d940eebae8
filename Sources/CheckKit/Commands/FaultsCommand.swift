import FaultPlugins
import Foundation
import MockHost

/// `proxy-wasm-check faults [--markdown | --run]`: the fault catalogue as a table, or run
/// against the host itself (the sandbox's proof) with its own report and badge.
public enum FaultsCommand: Subcommand {
    public static let name = "faults"
    public static let summary = "List the fault catalogue, or run it against the host (the sandbox's proof)"

    public static let usage = """
        USAGE: proxy-wasm-check faults [--markdown]
               proxy-wasm-check faults --run [--only ID[,ID...]] [--failure-policy POLICY]
                                       [--no-recovery] [--out DIR] [--quiet | --verbose] [--json]

        Without --run, prints the catalogue of deliberately broken plugins (generated from the
        FaultPlugins library): id, trigger, expected containment and what each one does.
        --markdown prints it as the Markdown table the README embeds.

        With --run, runs every entry (or those --only selects: ids or prefixes such as memory,
        cpu.loop_tick) in this tool's own engine and host next to a healthy header filter, and
        proves each one contained: the exact expected outcome, the host and its bystanders
        untouched, the failure policy applied, the limits respected, a fresh instance behaving
        the same. Writes OUT/sandbox/report.json, badge.svg ("sandbox | N/N contained"),
        junit.xml and faults/ (a dump per entry).

        OPTIONS
          --markdown                 the catalogue as a Markdown table
          --run                      run the catalogue against the host
          --only ID[,ID...]          entries to run: catalogue ids or prefixes (repeatable)
          --failure-policy POLICY    closed (default), open or reload
          --no-recovery              skip the second, fresh-instance run of each entry (faster)
          --out DIR                  where the reports go (default: .build/reports); they land in DIR/sandbox
          --quiet, --verbose, --json as for check
          -h, --help                 print this help

        EXIT STATUS
          0  listed, or every entry run was contained
          1  an entry was not contained
          2  bad usage (or the bundled header filter, the healthy neighbour, is missing)
        """

    static let parser = ArgumentParser(commandName: name, options: [
        .flag("markdown"), .flag("run"), .value("failure-policy"), .flag("no-recovery"),
        .value("out"), .flag("quiet"), .flag("verbose"), .flag("json"),
    ])

    public static func main(arguments: [String], console: Console) -> Int32 {
        do throws(CommandError) {
            // --only: repeatable, comma-separated (shared with check).
            var rest: [String] = []
            var only: [String] = []
            var k = 0
            while k < arguments.count {
                let token = arguments[k]
                k += 1
                if token == "--only" {
                    guard k < arguments.count, !arguments[k].hasPrefix("--") else { throw parser.usageError("option --only needs a value") }
                    only += arguments[k].split(separator: ",").map(String.init)
                    k += 1
                } else if token.hasPrefix("--only=") {
                    only += token.dropFirst(7).split(separator: ",").map(String.init)
                } else {
                    rest.append(token)
                }
            }
            let parsed = try parser.parse(rest)
            if parsed.helpRequested {
                console.writeOutput(usage + "\n")
                return ExitStatus.success
            }
            guard parsed.positionals.isEmpty else { throw parser.usageError("unexpected argument '\(parsed.positionals[0])'") }
            var selection = CheckOptions()
            selection.only = only
            let entries = FaultCatalogue.all.filter { selection.selects($0.id) || selection.selects("sandbox.\($0.id)") }
            if !only.isEmpty && entries.isEmpty { throw parser.usageError("--only selects no catalogue entry (ids look like memory.oob_load)") }
            guard parsed.isSet("run") else {
                if parsed.isSet("markdown") { console.writeOutput(CatalogueTable.markdown(entries)) } else { console.writeOutput(CatalogueTable.text(entries)) }
                return ExitStatus.success
            }
            if parsed.isSet("markdown") { throw parser.usageError("--markdown lists the catalogue; it cannot be combined with --run") }
            if parsed.isSet("quiet") && parsed.isSet("verbose") { throw parser.usageError("--quiet and --verbose cannot be combined") }
            var proof = SandboxProof(entries: entries)
            if let v = parsed.value("failure-policy") {
                guard let policy = FailurePolicy(rawValue: v.hasPrefix("fail-") ? String(v.dropFirst(5)) : v) else {
                    throw parser.usageError("invalid value '\(v)' for --failure-policy: expected closed, open or reload")
                }
                proof.policy = policy
            }
            proof.proveRecovery = !parsed.isSet("no-recovery")
            let quiet = parsed.isSet("quiet")
            proof.progress = { if !quiet { console.printError($0) } }
            let report = try proof.run()
            let out = parsed.value("out").map { URL(fileURLWithPath: $0).standardizedFileURL } ?? ReportWriter.defaultDirectory
            let folder = out.appendingPathComponent("sandbox")
            try ReportWriter.write(report, to: folder, badge: SandboxProof.badge(report))
            if parsed.isSet("json") {
                console.writeOutput(report.jsonText)
            } else {
                let detail: ReportText.Detail = quiet ? .quiet : parsed.isSet("verbose") ? .verbose : .normal
                var lines = ReportText.lines(report, detail: detail, folder: CheckCommand.displayPath(folder))
                let badge = SandboxProof.badge(report)
                lines[0] = "sandbox: \(report.failedCount == 0 ? "every fault contained" : "NOT CONTAINED"), \(badge.message) (\(report.checks.count) catalogue entries, fail-\(proof.policy.rawValue))"
                for line in lines { console.print(line) }
            }
            return report.failedCount == 0 ? ExitStatus.success : ExitStatus.checkFailed
        } catch {
            console.printError(error.description)
            return ExitStatus.usageError
        }
    }
}
