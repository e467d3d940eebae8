import FaultPlugins
import Foundation
import Interpreter
import MockHost

/// `proxy-wasm-check inspect PLUGIN.wasm`: what a plugin declares (ABI, allocator, imports,
/// exports, memory, sizes), checked against the ABI tables, without running any of it.
public enum InspectCommand: Subcommand {
    public static let name = "inspect"
    public static let summary = "Show a plugin's ABI, allocator, imports, exports, memory and sizes"

    public static let usage = """
        USAGE: proxy-wasm-check inspect PLUGIN.wasm [--link-all-abi-versions] [--json]

        Decodes and validates PLUGIN.wasm and prints, without running any of its code: size and
        SHA-256, the SDK that probably built it, the proxy-wasm ABI version it declares, the
        allocator the host will use, its imports (each checked against the host's ABI tables:
        ✓ provided, ✗ unknown or mis-typed, with the signature the host expects), the callbacks
        it exports (✓ with the ABI's signature, ✗ otherwise), its other exports, memory, tables
        and custom sections, and the problems that would stop a host from loading it.

        OPTIONS
          --link-all-abi-versions  accept the host functions of every ABI version (as check does)
          --json                   print one JSON object instead of text
          -h, --help               print this help

        EXIT STATUS
          0  inspected; a host would load it
          1  inspected; it has problems a host would refuse it for (listed)
          2  bad usage, a file that cannot be read, or not a valid WebAssembly module
        """

    static let parser = ArgumentParser(commandName: name, options: [.flag("json"), .flag("link-all-abi-versions")])

    public static func main(arguments: [String], console: Console) -> Int32 {
        do throws(CommandError) {
            let parsed = try parser.parse(arguments)
            if parsed.helpRequested {
                console.writeOutput(usage + "\n")
                return ExitStatus.success
            }
            guard let path = parsed.positionals.first else { throw parser.usageError("missing PLUGIN.wasm") }
            guard parsed.positionals.count == 1 else { throw parser.usageError("inspect takes one plugin") }
            let bytes = try ModuleFile.read(path: path)
            var options = CheckOptions()
            options.linksHostFunctionsOfEveryABIVersion = parsed.isSet("link-all-abi-versions")
            let module: Module
            do {
                // Eager: inspect reports the size of the whole translated code.
                module = try Module(bytes: bytes, limits: options.limits, translation: .eager)
            } catch {
                throw CommandError("\(path): \(PluginChecker.describeModuleError(error, bytes: bytes))")
            }
            let inspection = PluginInspection(module: module)
            let problems = LoadChecks.checks(inspection, options: options, decodeMs: 0).filter { $0.status == .failed }
            let file = URL(fileURLWithPath: path).lastPathComponent
            let sha = SHA256.hexDigest(bytes)
            if parsed.isSet("json") {
                console.print(json(inspection, file: file, sha256: sha, problems: problems).serialized(pretty: true))
            } else {
                for line in text(inspection, file: file, sha256: sha, problems: problems) { console.print(line) }
            }
            return problems.isEmpty ? ExitStatus.success : ExitStatus.checkFailed
        } catch {
            console.printError(error.description)
            return ExitStatus.usageError
        }
    }

    static func abiText(_ i: PluginInspection) -> String {
        switch i.abi {
        case .declared(let v): return "\(v) (\(v.marker))"
        case .missing: return "none declared (no proxy_abi_version_* export)"
        case .unknown(let name): return "unknown (\(name))"
        }
    }

    static func mark(_ status: ImportStatus, linkAll: Bool) -> String {
        status == .provided ? "✓" : (status == .otherABIVersionsOnly && linkAll ? "~" : "✗")
    }

    static func note(_ status: ImportStatus, version: ABIVersion) -> String {
        switch status {
        case .provided: return ""
        case .otherABIVersionsOnly: return "  (only for other ABI versions than \(version))"
        case .unknown: return "  (the host does not provide it)"
        case .mistyped(let expected): return "  (the host provides \(expected))"
        case .notAFunction: return "  (hosts provide functions only)"
        }
    }

    static func text(_ i: PluginInspection, file: String, sha256: String, problems: [CheckResult]) -> [String] {
        let m = i.module
        var lines = [file]
        func row(_ k: String, _ v: String) { lines.append("  " + CatalogueTable.pad(k, 11) + v) }
        row("size", "\(grouped(m.byteCount)) bytes, sha256 \(sha256)")
        row("sdk", i.sdk)
        row("ABI", abiText(i))
        row("allocator", i.allocator.map { a in a + (["malloc", "proxy_on_memory_allocate"].filter { $0 != a && i.exportsFunction($0) }.map { " (also \($0))" }.first ?? "") } ?? "none")
        row("functions", "\(i.definedFunctionCount) defined + \(m.importedFunctionCount) imported; \(grouped(m.translatedInstructionCount)) instructions after translation")
        row("memory", i.exportedMemory.map { "exported as 'memory': \($0.limits.min) pages initially, maximum \($0.limits.max.map { "\($0) pages" } ?? "none")" }
            ?? (m.memoryTypes.isEmpty ? "none" : "not exported as 'memory'"))
        row("tables", m.tableTypes.isEmpty ? "none" : m.tableTypes.map { "\($0.elementType) \($0.limits.min)..\($0.limits.max.map(String.init) ?? "")" }.joined(separator: ", "))
        row("start", m.hasStartFunction ? "a start function (runs at instantiation)" : (["_initialize", "_start"].first { i.exportsFunction($0) }.map { "exports \($0)" } ?? "none"))
        row("custom", m.customSectionNames.isEmpty ? "no custom sections" : m.customSectionNames.joined(separator: ", "))
        let width = max((i.imports.map(\.qualifiedName.count) + i.knownExports.map(\.name.count) + i.otherExports.map(\.name.count)).max() ?? 0, 20)
        lines.append("IMPORTS (\(i.imports.count))")
        for imp in i.imports {
            lines.append("  \(mark(imp.status, linkAll: false)) " + CatalogueTable.pad(imp.qualifiedName, width) + "  \(imp.type)" + note(imp.status, version: i.tableVersion))
        }
        lines.append("CALLBACKS AND ABI EXPORTS (\(i.knownExports.count))")
        for e in i.knownExports {
            lines.append("  \(e.isWellTyped ? "✓" : "✗") " + CatalogueTable.pad(e.name, width) + "  \(e.actual.map(\.description) ?? "not a function")"
                + (e.isWellTyped ? "" : "  (ABI \(i.tableVersion) wants \(e.expected))"))
        }
        for name in i.unknownCallbackExports {
            lines.append("  ? " + CatalogueTable.pad(name, width) + "  not in the ABI tables: the host never calls it")
        }
        lines.append("OTHER EXPORTS (\(i.otherExports.count))")
        for e in i.otherExports { lines.append("    " + CatalogueTable.pad(e.name, width) + "  \(e.type)") }
        if problems.isEmpty {
            lines.append("no problems: a proxy-wasm host would load it")
        } else {
            lines.append("PROBLEMS (\(problems.count))")
            lines += problems.map { "  ✗ \($0.id): \($0.message)" }
        }
        return lines
    }

    static func json(_ i: PluginInspection, file: String, sha256: String, problems: [CheckResult]) -> JSONValue {
        let m = i.module
        func statusText(_ s: ImportStatus) -> String {
            switch s {
            case .provided: return "provided"
            case .otherABIVersionsOnly: return "other-abi-versions-only"
            case .unknown: return "unknown"
            case .mistyped: return "mistyped"
            case .notAFunction: return "not-a-function"
            }
        }
        return .object([
            ("file", .string(file)),
            ("sizeBytes", .int(m.byteCount)),
            ("sha256", .string(sha256)),
            ("sdk", .string(i.sdk)),
            ("abiVersion", .string(i.abi.version?.rawValue)),
            ("allocator", .string(i.allocator)),
            ("functions", .object([("defined", .int(i.definedFunctionCount)), ("imported", .int(m.importedFunctionCount)),
                                   ("translatedInstructions", .int(m.translatedInstructionCount))])),
            ("memory", i.exportedMemory.map { .object([("minPages", .int($0.limits.min)), ("maxPages", $0.limits.max.map { .int($0) } ?? .null)]) } ?? .null),
            ("tables", .array(m.tableTypes.map { .object([("element", .string("\($0.elementType)")), ("min", .int($0.limits.min)), ("max", $0.limits.max.map { .int($0) } ?? .null)]) })),
            ("customSections", .array(m.customSectionNames.map { .string($0) })),
            ("imports", .array(i.imports.map { imp in
                var members: [(String, JSONValue)] = [("module", .string(imp.module)), ("name", .string(imp.name)), ("type", .string("\(imp.type)")),
                                                      ("status", .string(statusText(imp.status)))]
                if case .mistyped(let expected) = imp.status { members.append(("expected", .string(expected))) }
                return .object(members)
            })),
            ("exports", .array(i.knownExports.map { e in
                .object([("name", .string(e.name)), ("type", .string(e.actual.map(\.description))), ("expected", .string(e.expected.description)),
                         ("wellTyped", .bool(e.isWellTyped))])
            })),
            ("unknownCallbackExports", .array(i.unknownCallbackExports.map { .string($0) })),
            ("otherExports", .array(i.otherExports.map { .object([("name", .string($0.name)), ("type", .string("\($0.type)"))]) })),
            ("problems", .array(problems.map { .object([("id", .string($0.id)), ("message", .string($0.message))]) })),
        ])
    }
}
