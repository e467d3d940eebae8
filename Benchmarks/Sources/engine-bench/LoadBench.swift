import Foundation

/// A module whose load time is measured.
struct LoadModule {
    var name: String
    var url: URL
    var note: String

    /// The kernels, the bundled header filter, and the two modules of Benchmarks/LoadModules.
    static func all(kernels: [KernelSpec]) -> [LoadModule] {
        kernels.map { LoadModule(name: $0.name, url: $0.url, note: "kernel") } + [
            LoadModule(name: "header_filter", url: packageRoot.appendingPathComponent("fixtures/header_filter/header_filter.wasm"),
                       note: "Rust proxy-wasm plugin (fixtures/header_filter)"),
            LoadModule(name: "edge_policy", url: benchmarksDirectory.appendingPathComponent("LoadModules/edge_policy.wasm"),
                       note: "Rust proxy-wasm plugin (LoadModules/edge_policy)"),
            LoadModule(name: "large_module", url: benchmarksDirectory.appendingPathComponent("LoadModules/large_module.wasm"),
                       note: "generated C, clang -O1 (LoadModules/large_module)"),
        ]
    }
}

/// Load timings of one module on both engines.
struct LoadResult {
    var module: LoadModule
    var bytes: Int
    var functions: Int?
    // Eager translation (both engines translate every function body at load).
    var oursModule = Sample()
    var oursInstantiate = Sample()
    var oursTotal = Sample()
    var wasmKitParse = Sample()
    var wasmKitInstantiate = Sample()
    var wasmKitTotal = Sample()
    // Lazy translation (each engine's default): ours validates every body at load and
    // translates on first call; WasmKit validates and compiles a body on its first call.
    var oursLazyModule = Sample()
    var oursLazyTotal = Sample()
    var wasmKitLazyTotal = Sample()
    /// For modules exporting `run`: whether run(1) gives the same result on both engines
    /// (and in both of our translation modes).
    var runAgrees: Bool?

    /// Ours / WasmKit on the whole eager load (decode + validate + translate + instantiate).
    var ratio: Double { oursTotal.median / wasmKitTotal.median }
    /// Ours / WasmKit on the whole lazy load (each engine's default).
    var lazyRatio: Double { oursLazyTotal.median / wasmKitLazyTotal.median }
}

/// Loads each module `rounds` times on each engine, alternating engines.
enum LoadBench {
    static func run(_ options: Options, kernels: [KernelSpec]) throws -> [LoadResult] {
        var results: [LoadResult] = []
        for module in LoadModule.all(kernels: kernels) {
            let bytes = try readBytes(module.url)
            let imports = try OurEngine.functionImports(bytes)
            var result = LoadResult(module: module, bytes: bytes.count)
            // One untimed load each (page faults, lazy runtime setup); modules with a `run`
            // export (large_module) also check that both engines compute the same run(1).
            let oursWarm = try OurEngine.load(bytes, imports: imports, translation: .eager).instance
            let oursLazyWarm = try OurEngine.load(bytes, imports: imports, translation: .lazy).instance
            let wasmKitWarm = try WasmKitEngine.load(bytes, imports: imports, eager: true).instance
            _ = try WasmKitEngine.load(bytes, imports: imports, eager: false)
            result.functions = oursWarm.functionCount
            if module.note != "kernel", let a = oursWarm.run, let l = oursLazyWarm.run, let b = wasmKitWarm.run {
                let expected = try b(1)
                result.runAgrees = try a(1) == expected && l(1) == expected
            }
            for round in 0..<options.rounds {
                for engine in rotated(["ours", "wasmkit", "ours-lazy", "wasmkit-lazy"], by: round) {
                    switch engine {
                    case "ours":
                        let (m, i, _) = try OurEngine.load(bytes, imports: imports, translation: .eager)
                        result.oursModule.add(m)
                        result.oursInstantiate.add(i)
                        result.oursTotal.add(m + i)
                    case "ours-lazy":
                        let (m, i, _) = try OurEngine.load(bytes, imports: imports, translation: .lazy)
                        result.oursLazyModule.add(m)
                        result.oursLazyTotal.add(m + i)
                    case "wasmkit":
                        let (p, i, _) = try WasmKitEngine.load(bytes, imports: imports, eager: true)
                        result.wasmKitParse.add(p)
                        result.wasmKitInstantiate.add(i)
                        result.wasmKitTotal.add(p + i)
                    default:
                        let (p, i, _) = try WasmKitEngine.load(bytes, imports: imports, eager: false)
                        result.wasmKitLazyTotal.add(p + i)
                    }
                }
            }
            progress("engine-bench: load \(module.name) (\(bytes.count) bytes): eager: ours \(format(result.oursTotal.median)) ms, WasmKit \(format(result.wasmKitTotal.median)) ms; "
                     + "lazy: ours \(format(result.oursLazyTotal.median)) ms, WasmKit \(format(result.wasmKitLazyTotal.median)) ms"
                     + (result.runAgrees == false ? "  run(1) DIFFERS between engines or modes" : ""))
            results.append(result)
        }
        return results
    }
}
