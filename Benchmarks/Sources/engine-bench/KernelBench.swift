import Foundation

/// One line of Kernels/expected.tsv.
struct KernelSpec {
    var name: String
    var defaultN: UInt32
    var checksum: Int64

    static func load() throws -> [KernelSpec] {
        let url = benchmarksDirectory.appendingPathComponent("Kernels/expected.tsv")
        let text = String(decoding: try readBytes(url), as: UTF8.self)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            let f = line.split(separator: "\t").map(String.init)
            guard f.count >= 4, let n = UInt32(f[2]), let c = Int64(f[3]) else { throw BenchError("bad line in expected.tsv: \(line)") }
            return KernelSpec(name: f[0], defaultN: n, checksum: c)
        }
    }

    var url: URL { benchmarksDirectory.appendingPathComponent("Kernels/wasm/\(name).wasm") }
}

/// The timings of one kernel in every configuration.
struct KernelResult {
    var spec: KernelSpec
    var samples: [Configuration: Sample] = [:]
    var fuel: [Configuration: UInt64] = [:]
    /// Checksum problems (configuration: what it returned); empty when all agree with expected.tsv.
    var mismatches: [String] = []

    func median(_ c: Configuration) -> Double { samples[c]?.median ?? .nan }

    /// Ours (fuel on) / WasmKit default: the headline ratio (< 1: ours faster).
    var ratio: Double { median(.ours) / median(.wasmKit) }
    /// Ours (fuel on) / WasmKit with fuel metering.
    var ratioVsFuel: Double { median(.ours) / median(.wasmKitFuel) }
    /// What fuel metering costs us: fuel on / fuel off.
    var fuelCost: Double { median(.ours) / median(.oursNoFuel) }
    /// What fuel metering costs WasmKit.
    var wasmKitFuelCost: Double { median(.wasmKitFuel) / median(.wasmKit) }
}

/// Times `run(default_n)` of each kernel in the four configurations, interleaved: each
/// round calls every configuration once (starting with a different one each round), after
/// one untimed warm-up call each (WasmKit compiles lazily on the first call).
enum KernelBench {
    static func run(_ options: Options) throws -> [KernelResult] {
        var specs = try KernelSpec.load()
        if !options.kernels.isEmpty {
            let unknown = options.kernels.filter { k in !specs.contains { $0.name == k } }
            if !unknown.isEmpty { throw BenchError("unknown kernel(s): \(unknown.joined(separator: ", ")) (known: \(specs.map(\.name).joined(separator: ", ")))") }
            specs = specs.filter { options.kernels.contains($0.name) }
        }
        var results: [KernelResult] = []
        for spec in specs {
            let bytes = try readBytes(spec.url)
            var result = KernelResult(spec: spec)
            var instances: [(Configuration, KernelInstance)] = []
            for c in Configuration.allCases {
                let instance = try c.instantiate(bytes)
                if instance.defaultN != spec.defaultN {
                    result.mismatches.append("\(c.label): default_n() = \(instance.defaultN), expected \(spec.defaultN)")
                }
                // Warm-up, and the checksum check on both engines.
                let checksum = try instance.run(spec.defaultN)
                if checksum != spec.checksum { result.mismatches.append("\(c.label): checksum \(checksum), expected \(spec.checksum)") }
                if let fuel = instance.lastFuel() {
                    result.fuel[c] = fuel
                    if let budget = instance.fuelBudget, fuel >= budget / 2 {
                        throw BenchError("\(spec.name): \(c.label) used \(fuel) fuel of a \(budget) budget: raise the budget")
                    }
                }
                instances.append((c, instance))
            }
            for round in 0..<options.rounds {
                for (c, instance) in rotated(instances, by: round) {
                    var checksum: Int64 = 0
                    let ms = try milliseconds { checksum = try instance.run(spec.defaultN) }
                    if checksum != spec.checksum { result.mismatches.append("\(c.label): round \(round + 1): checksum \(checksum)") }
                    result.samples[c, default: Sample()].add(ms)
                }
            }
            progress("engine-bench: \(spec.name): ours \(format(result.median(.ours))) ms, WasmKit \(format(result.median(.wasmKit))) ms, ratio \(formatRatio(result.ratio))"
                     + (result.mismatches.isEmpty ? "" : "  CHECKSUM MISMATCH: \(result.mismatches.joined(separator: "; "))"))
            results.append(result)
        }
        return results
    }
}
