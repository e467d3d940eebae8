import WasmKit

/// Adapter for WasmKit 0.4.2. The only file of the benchmark that imports it.
enum WasmKitEngine {
    /// Fuel budget per call when metering: the same 10 billion as our engine's default.
    static let fuelBudget: UInt64 = 10_000_000_000

    /// A kernel instantiated for timing: `Engine()` (WasmKit's defaults: lazy compilation,
    /// no fuel metering) or `EngineConfiguration(fuelMetering: true)` with a fresh
    /// `store.fuel` budget before every call.
    static func kernel(_ bytes: [UInt8], fuelMetering: Bool) throws -> KernelInstance {
        let module = try parseWasm(bytes: bytes)
        let engine = fuelMetering ? Engine(configuration: EngineConfiguration(fuelMetering: true)) : Engine()
        let store = Store(engine: engine)
        let instance = try module.instantiate(store: store)
        guard let run = instance.exports[function: "run"], let defaultN = instance.exports[function: "default_n"] else {
            throw BenchError("the kernel does not export run and default_n")
        }
        guard case .i32(let n)? = try defaultN([]).first else { throw BenchError("default_n did not return an i32") }
        return KernelInstance(
            defaultN: n,
            run: { n in
                if fuelMetering { store.fuel = Fuel(remaining: fuelBudget) }
                guard case .i64(let v)? = try run([.i32(n)]).first else { throw BenchError("run did not return an i64") }
                return Int64(bitPattern: v)
            },
            lastFuel: { fuelMetering ? fuelBudget - (store.fuel?.remaining ?? fuelBudget) : nil },
            fuelBudget: fuelMetering ? fuelBudget : nil)
    }

    static func type(_ kind: ValueKind) -> ValueType {
        switch kind {
        case .i32: return .i32
        case .i64: return .i64
        case .f32: return .f32
        case .f64: return .f64
        case .v128: return .v128
        case .funcref: return .ref(.funcRef)
        case .externref: return .ref(.externRef)
        }
    }

    static func zero(_ kind: ValueKind) -> Value {
        switch kind {
        case .i64: return .i64(0)
        case .f32: return .f32(0)
        case .f64: return .f64(0)
        default: return .i32(0)
        }
    }

    static func stubImports(_ imports: [FunctionImport], store: Store) -> Imports {
        var result = Imports()
        for imp in imports {
            let zeros = imp.results.map(zero)
            let f = Function(store: store, type: FunctionType(parameters: imp.parameters.map(type), results: imp.results.map(type))) { _, _ in zeros }
            result.define(module: imp.module, name: imp.name, f)
        }
        return result
    }

    /// One load: `parseWasm(bytes:)` (decode; function bodies are not looked at yet) and,
    /// separately, `Store` + stub imports + `module.instantiate` (validate the module,
    /// allocate memories and tables, apply segments, then, in eager compilation mode, validate
    /// and compile every function body; in lazy mode, WasmKit's default, bodies are validated
    /// and compiled on first call).
    static func load(_ bytes: [UInt8], imports: [FunctionImport], eager: Bool) throws -> (parseMs: Double, instantiateMs: Double, instance: LoadedInstance) {
        let engine = Engine(configuration: EngineConfiguration(compilationMode: eager ? .eager : .lazy))
        var module: Module!
        let parseMs = try milliseconds { module = try parseWasm(bytes: bytes) }
        var instance: Instance!
        let instantiateMs = try milliseconds {
            let store = Store(engine: engine)
            instance = try module.instantiate(store: store, imports: stubImports(imports, store: store))
        }
        let loaded = LoadedInstance(functionCount: nil, run: instance.exports[function: "run"].map { f in
            { n in
                guard case .i64(let v)? = try f([.i32(n)]).first else { throw BenchError("run did not return an i64") }
                return Int64(bitPattern: v)
            }
        })
        return (parseMs, instantiateMs, loaded)
    }

    /// The host-call loop module with a trivial `env.proxy_get_log_level` (answers 0): a raw
    /// host function (parameter and result buffers) or one working on `Value` arrays.
    static func hostCallLoop(_ bytes: [UInt8], valueArrays: Bool) throws -> HostCallLoop {
        let module = try parseWasm(bytes: bytes)
        let store = Store(engine: Engine())
        let host = valueArrays
            ? Function(store: store, type: FunctionType(parameters: [.i32], results: [.i32])) { _, _ in [.i32(0)] }
            : Function(store: store, parameters: [.i32], results: [.i32], raw: { _, _, results in results[0] = .i32(0) })
        var imports = Imports()
        imports.define(module: "env", name: "proxy_get_log_level", host)
        let instance = try module.instantiate(store: store, imports: imports)
        guard let withCalls = instance.exports[function: "proxy_on_request_body"],
              let baseline = instance.exports[function: "proxy_on_response_body"] else {
            throw BenchError("host_call_loop.wasm lacks proxy_on_request_body/proxy_on_response_body")
        }
        return HostCallLoop(
            withHostCalls: { count in _ = try withCalls([.i32(1), .i32(count), .i32(0)]) },
            baseline: { count in _ = try baseline([.i32(1), .i32(count), .i32(0)]) })
    }
}
