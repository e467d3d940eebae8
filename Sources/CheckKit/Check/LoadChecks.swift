import Interpreter
import MockHost

/// The `load.*` checks, from a `PluginInspection` (nothing of the plugin runs):
///
/// | id | what it proves |
/// |---|---|
/// | `load.module` | the file is a valid WebAssembly module (decoded, every function body validated) |
/// | `load.abi` | it declares a proxy-wasm ABI version the host knows |
/// | `load.exports` | every callback it exports has the ABI's signature (all mis-typed ones named) |
/// | `load.allocator` | it exports `malloc` or `proxy_on_memory_allocate` as (i32) -> i32 |
/// | `load.imports` | every import is a host function of its ABI version, with the right signature (all others named) |
/// | `load.memory` | it exports its memory as `memory`, within the memory cap; its tables |
/// | `load.instantiate` | it links and instantiates in the host (`PluginChecker` adds it) |
enum LoadChecks {
    static func checks(_ inspection: PluginInspection, options: CheckOptions, decodeMs: Double) -> [CheckResult] {
        let module = inspection.module
        var results: [CheckResult] = []

        let custom = module.customSectionNames.isEmpty ? "no custom sections" : "custom sections: \(module.customSectionNames.joined(separator: ", "))"
        var moduleCheck = CheckResult.passed("load.module",
            "valid WebAssembly module: \(grouped(module.byteCount)) bytes, \(inspection.definedFunctionCount) functions + \(module.importedFunctionCount) imported; \(custom) (decoded and every function validated in \(formatMs(decodeMs)); each function is translated on its first call)")
        moduleCheck.durationMs = decodeMs
        results.append(moduleCheck)

        switch inspection.abi {
        case .declared(let v):
            results.append(.passed("load.abi", "proxy-wasm ABI \(v) (exports \(v.marker))"))
        case .missing:
            results.append(.failed("load.abi", "no proxy_abi_version_* function export: the host cannot tell which proxy-wasm ABI the plugin speaks (an SDK exports it; without one, export an empty function such as proxy_abi_version_0_2_1)"))
        case .unknown(let name):
            results.append(.failed("load.abi", "unknown proxy-wasm ABI version: exports \(name) (the host knows \(ABIVersion.allCases.map(\.marker).joined(separator: ", ")))"))
        }

        let mistyped = inspection.mistypedExports
        let callbacks = inspection.callbacks.filter(\.isWellTyped).map(\.name)
        let exportDetails = inspection.knownExports.map { e in
            "\(e.isWellTyped ? "✓" : "✗") \(e.name) \(e.actual.map(\.description) ?? "(not a function)")" + (e.isWellTyped ? "" : ", ABI \(inspection.tableVersion) wants \(e.expected)")
        } + inspection.unknownCallbackExports.map { "? \($0): not in the ABI \(inspection.tableVersion) tables, never called" }
        if !mistyped.isEmpty {
            let list = mistyped.map { "\($0.name) is \($0.actual.map(\.description) ?? "not a function"), ABI \(inspection.tableVersion) wants \($0.expected)" }
            results.append(.failed("load.exports", "\(mistyped.count) export\(mistyped.count == 1 ? "" : "s") with the wrong signature: \(list.joined(separator: "; "))", details: exportDetails))
        } else {
            var message = callbacks.isEmpty ? "no callbacks exported"
                : "\(callbacks.count) callback\(callbacks.count == 1 ? "" : "s") with the ABI \(inspection.tableVersion) signatures: \(callbacks.map { $0.replacingOccurrences(of: "proxy_on_", with: "") }.joined(separator: ", "))"
            if !inspection.unknownCallbackExports.isEmpty {
                message += "; not in the ABI tables, so never called: \(inspection.unknownCallbackExports.joined(separator: ", "))"
            }
            results.append(.passed("load.exports", message, details: exportDetails))
        }

        let allocatorType = FunctionType(parameters: [.i32], results: [.i32])
        if let allocator = inspection.allocator {
            let other = allocator == "malloc" ? "proxy_on_memory_allocate" : "malloc"
            let also = module.exportedFunctionType(other) == allocatorType ? " (also exports \(other))" : ""
            results.append(.passed("load.allocator", "the host allocates through \(allocator) \(allocatorType)\(also)"))
        } else {
            let wrong = ["malloc", "proxy_on_memory_allocate"].compactMap { name in module.exportedFunctionType(name).map { "\(name) is \($0)" } }
            results.append(.failed("load.allocator", "no allocator: neither malloc nor proxy_on_memory_allocate is exported as \(allocatorType)" + (wrong.isEmpty ? "" : " (\(wrong.joined(separator: ", ")))") + "; the host cannot hand the plugin any data"))
        }

        results.append(importsCheck(inspection, options: options))

        let cap = options.limits.maxMemoryPages
        let tables = module.tableTypes.map { "table \($0.elementType) \($0.limits.min)..\($0.limits.max.map(String.init) ?? "")" }
        let tableText = tables.isEmpty ? "no table" : tables.joined(separator: ", ")
        if let memory = inspection.exportedMemory {
            let limits = memory.limits
            let text = "exports 'memory': \(limits.min) pages initially (\(grouped(Int(limits.min) * 64)) KiB), maximum \(limits.max.map { "\($0) pages" } ?? "none"); cap \(cap) pages; \(tableText)"
            results.append(limits.min > cap ? .failed("load.memory", "its memory needs \(limits.min) pages initially, more than the cap of \(cap) pages (--max-memory-pages)") : .passed("load.memory", text))
        } else if module.memoryTypes.isEmpty {
            results.append(.failed("load.memory", "the module has no memory: a proxy-wasm plugin exports its memory as 'memory'"))
        } else {
            results.append(.failed("load.memory", "the module does not export its memory as 'memory' (the host reads and writes the plugin's data there)"))
        }
        return results
    }

    static func importsCheck(_ inspection: PluginInspection, options: CheckOptions) -> CheckResult {
        let imports = inspection.imports
        let version = inspection.tableVersion
        let details = imports.map { imp -> String in
            let mark: String
            switch imp.status {
            case .provided: mark = "✓"
            case .otherABIVersionsOnly: mark = options.linksHostFunctionsOfEveryABIVersion ? "~" : "✗"
            default: mark = "✗"
            }
            var line = "\(mark) \(imp.qualifiedName) \(imp.type)"
            switch imp.status {
            case .provided: break
            case .otherABIVersionsOnly: line += ": only for other ABI versions than \(version)"
            case .unknown: line += ": the host does not provide it"
            case .mistyped(let expected): line += ": the host provides \(expected)"
            case .notAFunction: line += ": proxy-wasm hosts provide functions only"
            }
            return line
        }
        let unknown = imports.filter { $0.status == .unknown || $0.status == .notAFunction }
        let mistyped = imports.compactMap { imp -> String? in
            if case .mistyped(let expected) = imp.status { return "\(imp.qualifiedName) is \(imp.type), the host provides \(expected)" }
            return nil
        }
        let otherVersions = imports.filter { $0.status == .otherABIVersionsOnly }
        var problems: [String] = []
        if !unknown.isEmpty {
            problems.append("\(unknown.count) import\(unknown.count == 1 ? "" : "s") the host does not provide: \(unknown.map { "\($0.qualifiedName) (\($0.type))" }.joined(separator: ", "))")
        }
        if !mistyped.isEmpty { problems.append("\(mistyped.count) with the wrong signature: \(mistyped.joined(separator: "; "))") }
        let otherText = "\(otherVersions.count) import\(otherVersions.count == 1 ? "" : "s") the host provides only for ABI versions other than \(version) (Envoy links \(otherVersions.count == 1 ? "it" : "them") only for those): \(otherVersions.map(\.qualifiedName).joined(separator: ", "))"
        if !otherVersions.isEmpty && !options.linksHostFunctionsOfEveryABIVersion {
            problems.append(otherText + "; --link-all-abi-versions links them anyway")
        }
        if !problems.isEmpty { return .failed("load.imports", problems.joined(separator: "; "), details: details) }
        let modules = Dictionary(grouping: imports, by: \.module).keys.sorted()
        var message = imports.isEmpty ? "imports nothing"
            : "\(imports.count) host function\(imports.count == 1 ? "" : "s") (\(modules.joined(separator: ", "))), all provided for ABI \(version) with the right signatures"
        if !otherVersions.isEmpty { message += "; linked because of --link-all-abi-versions: " + otherText }
        return .passed("load.imports", message, details: details)
    }
}

/// 61748 → "61,748".
func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (k, c) in digits.enumerated() {
        if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (n < 0 ? "-" : "") + out
}
