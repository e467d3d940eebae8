import Foundation

/// Everything one run measured.
struct BenchReport {
    var machine: MachineInfo
    var rounds: Int
    var kernels: [KernelResult]
    var loads: [LoadResult]
    var hostCalls: [HostCallResult]
    var hostCallCount: UInt32

    var geomeanRatio: Double { geometricMean(kernels.map(\.ratio)) }
    var geomeanRatioVsFuel: Double { geometricMean(kernels.map(\.ratioVsFuel)) }
    var geomeanFuelCost: Double { geometricMean(kernels.map(\.fuelCost)) }
    var geomeanWasmKitFuelCost: Double { geometricMean(kernels.map(\.wasmKitFuelCost)) }
    var worstRatio: Double { kernels.map(\.ratio).max() ?? .nan }
    var mismatches: [String] { kernels.flatMap { k in k.mismatches.map { "\(k.spec.name): \($0)" } }
        + loads.filter { $0.runAgrees == false }.map { "\($0.module.name): run(1) differs between the engines" } }

    // MARK: Text

    var text: String {
        var out: [String] = []
        out.append("# engine-bench: our engine vs WasmKit 0.4.2, same process")
        out.append("")
        out.append("machine: \(machine.line)")
        out.append("each figure: median of \(rounds) rounds (min in parentheses), configurations interleaved round by round")
        if !kernels.isEmpty {
            out.append("")
            out.append("## Execution: run(default_n), ms per call")
            out.append("")
            out.append("| kernel | ours ms | ours no-fuel ms | WasmKit ms | WasmKit+fuel ms | ratio | ratio vs WK+fuel | fuel cost |")
            out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
            for k in kernels {
                func cell(_ c: Configuration) -> String {
                    guard let s = k.samples[c] else { return "-" }
                    return "\(format(s.median)) (\(format(s.min)))"
                }
                out.append("| \(k.spec.name) | \(cell(.ours)) | \(cell(.oursNoFuel)) | \(cell(.wasmKit)) | \(cell(.wasmKitFuel)) | "
                           + "\(formatRatio(k.ratio)) | \(formatRatio(k.ratioVsFuel)) | \(formatRatio(k.fuelCost)) |")
            }
            out.append("| **geometric mean** | | | | | **\(formatRatio(geomeanRatio))** | **\(formatRatio(geomeanRatioVsFuel))** | **\(formatRatio(geomeanFuelCost))** |")
            out.append("")
            out.append("ratio = ours / WasmKit (below 1: ours faster); fuel cost = ours / ours no-fuel. "
                       + "Worst kernel ratio \(formatRatio(worstRatio)) (goal: geometric mean <= 1.00, every kernel <= 1.50). "
                       + "WasmKit's own fuel cost: \(formatRatio(geomeanWasmKitFuelCost)) (geometric mean).")
        }
        if !loads.isEmpty {
            out.append("")
            out.append("## Load: decode + validate (+ translate) + instantiate, ms")
            out.append("")
            out.append("| module | bytes | functions | ours lazy: Module() | ours lazy total | WasmKit lazy total | ratio lazy | ours eager: Module() | ours eager: instantiate | ours eager total | WasmKit: parseWasm | WasmKit: instantiate (eager compile) | WasmKit eager total | ratio eager |")
            out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
            for l in loads {
                func cell(_ s: Sample) -> String { "\(format(s.median)) (\(format(s.min)))" }
                out.append("| \(l.module.name)\(l.runAgrees == true ? " ✓" : l.runAgrees == false ? " ✗" : "") | \(l.bytes) | \(l.functions.map(String.init) ?? "-") | "
                           + "\(cell(l.oursLazyModule)) | \(cell(l.oursLazyTotal)) | \(cell(l.wasmKitLazyTotal)) | \(formatRatio(l.lazyRatio)) | "
                           + "\(cell(l.oursModule)) | \(cell(l.oursInstantiate)) | \(cell(l.oursTotal)) | \(cell(l.wasmKitParse)) | "
                           + "\(cell(l.wasmKitInstantiate)) | \(cell(l.wasmKitTotal)) | \(formatRatio(l.ratio)) |")
            }
            out.append("")
            out.append("Lazy (each engine's default): ours Module(bytes:limits:) decodes and validates every function body, translating each on "
                       + "its first call; WasmKit (compilationMode: .lazy) decodes at parseWasm and validates + compiles each body on its first "
                       + "call, so its lazy load does not look at function bodies at all. Eager: ours Module(bytes:limits:translation: .eager) "
                       + "decodes, validates and translates every function; WasmKit (compilationMode: .eager): parseWasm decodes; instantiate "
                       + "validates, allocates, applies segments and validates + compiles every function body. Instantiate is Store + stub "
                       + "imports + instantiate. ✓: run(1) gives the same result on both engines and in both of our modes.")
        }
        if !hostCalls.isEmpty {
            out.append("")
            out.append("## Host call round trip, ns per call (\(hostCallCount) calls per callback, baseline loop subtracted)")
            out.append("")
            out.append("| host function | ours ns | WasmKit ns | ratio |")
            out.append("| --- | ---: | ---: | ---: |")
            for h in hostCalls {
                out.append("| \(h.label) | \(format(h.oursNs, decimals: 1)) | \(format(h.wasmKitNs, decimals: 1)) | \(formatRatio(h.ratio)) |")
            }
        }
        if !mismatches.isEmpty {
            out.append("")
            out.append("CHECKSUM PROBLEMS:")
            out += mismatches.map { "  " + $0 }
        }
        return out.joined(separator: "\n")
    }

    // MARK: JSON

    var json: JSON {
        func sample(_ s: Sample?) -> JSON {
            guard let s else { return .null }
            return .object([("medianMs", .double(s.median)), ("minMs", .double(s.min)), ("runsMs", .array(s.values.map { .double($0) }))])
        }
        let kernelsJSON: [JSON] = kernels.map { k in
            .object([
                ("kernel", .string(k.spec.name)), ("n", .int(Int64(k.spec.defaultN))), ("checksum", .string(String(k.spec.checksum))),
                ("checksumOK", .bool(k.mismatches.isEmpty)),
                ("configurations", .object(Configuration.allCases.map { c in (c.rawValue, sample(k.samples[c])) })),
                ("fuelPerCall", .object(Configuration.allCases.compactMap { c in k.fuel[c].map { (c.rawValue, .int(Int64(clamping: $0))) } })),
                ("ratio", .double(k.ratio)), ("ratioVsWasmKitFuel", .double(k.ratioVsFuel)),
                ("fuelCost", .double(k.fuelCost)), ("wasmKitFuelCost", .double(k.wasmKitFuelCost)),
            ])
        }
        let loadsJSON: [JSON] = loads.map { l in
            .object([
                ("module", .string(l.module.name)), ("note", .string(l.module.note)), ("bytes", .int(Int64(l.bytes))),
                ("functions", l.functions.map { .int(Int64($0)) } ?? .null),
                ("oursModule", sample(l.oursModule)), ("oursInstantiate", sample(l.oursInstantiate)), ("oursTotal", sample(l.oursTotal)),
                ("wasmKitParse", sample(l.wasmKitParse)), ("wasmKitInstantiate", sample(l.wasmKitInstantiate)), ("wasmKitTotal", sample(l.wasmKitTotal)),
                ("ratio", .double(l.ratio)),
                ("oursLazyModule", sample(l.oursLazyModule)), ("oursLazyTotal", sample(l.oursLazyTotal)),
                ("wasmKitLazyTotal", sample(l.wasmKitLazyTotal)), ("lazyRatio", .double(l.lazyRatio)), ("runAgrees", l.runAgrees.map { .bool($0) } ?? .null),
            ])
        }
        let hostJSON: [JSON] = hostCalls.map { h in
            .object([("hostFunction", .string(h.label)), ("oursNs", .double(h.oursNs, decimals: 2)),
                     ("wasmKitNs", .double(h.wasmKitNs, decimals: 2)), ("ratio", .double(h.ratio))])
        }
        return .object([
            ("machine", machine.json), ("rounds", .int(Int64(rounds))),
            ("kernels", .array(kernelsJSON)),
            ("summary", .object([("geomeanRatio", .double(geomeanRatio)), ("geomeanRatioVsWasmKitFuel", .double(geomeanRatioVsFuel)),
                                 ("geomeanFuelCost", .double(geomeanFuelCost)), ("geomeanWasmKitFuelCost", .double(geomeanWasmKitFuelCost)),
                                 ("worstRatio", .double(worstRatio))])),
            ("load", .array(loadsJSON)),
            ("hostCall", .object([("callsPerCallback", .int(Int64(hostCallCount))), ("results", .array(hostJSON))])),
            ("problems", .array(mismatches.map { .string($0) })),
        ])
    }
}
