import Interpreter

/// Adapter for this package's engine (`Interpreter`). The only file of the benchmark that
/// imports it, so its `Module`, `Store`, `Value`... never clash with WasmKit's.
enum OurEngine {
    /// The measured configuration: `EngineLimits` defaults (fuel metering on, every limit
    /// on, a 10-billion fuel budget per call: far more than any kernel uses, checked after
    /// each warm-up call). `fuelMetering: false` is the same with metering compiled out.
    static func limits(fuelMetering: Bool) -> EngineLimits {
        var limits = EngineLimits()
        limits.fuelMetering = fuelMetering
        return limits
    }

    /// A kernel module instantiated for timing `run(n)`.
    static func kernel(_ bytes: [UInt8], fuelMetering: Bool) throws -> KernelInstance {
        let limits = limits(fuelMetering: fuelMetering)
        let module = try Module(bytes: bytes, limits: limits)
        let store = Store(limits: limits)
        let instance = try store.instantiate(module)
        guard let run = instance.function("run"), let defaultN = instance.function("default_n") else {
            throw BenchError("the kernel does not export run and default_n")
        }
        guard case .i32(let n)? = try defaultN.invoke([]).first else { throw BenchError("default_n did not return an i32") }
        return KernelInstance(
            defaultN: n,
            run: { n in
                guard case .i64(let v)? = try run.invoke([.i32(n)]).first else { throw BenchError("run did not return an i64") }
                return Int64(bitPattern: v)
            },
            lastFuel: { fuelMetering ? store.lastFuelUsed : nil },
            fuelBudget: limits.fuel)
    }

    /// The module's function imports (any other kind of import is an error: the load
    /// modules import functions only).
    static func functionImports(_ bytes: [UInt8]) throws -> [FunctionImport] {
        let module = try Module(bytes: bytes)
        return try module.imports.map { imp in
            guard case .function(let type) = imp.type else {
                throw BenchError("import \(imp.module).\(imp.name) is not a function; the load benchmark stubs functions only")
            }
            return FunctionImport(module: imp.module, name: imp.name, parameters: type.parameters.map(kind), results: type.results.map(kind))
        }
    }

    static func kind(_ type: ValueType) -> ValueKind {
        switch type {
        case .i32: return .i32
        case .i64: return .i64
        case .f32: return .f32
        case .f64: return .f64
        case .v128: return .v128
        case .funcref: return .funcref
        case .externref: return .externref
        }
    }

    static func type(_ kind: ValueKind) -> ValueType {
        switch kind {
        case .i32: return .i32
        case .i64: return .i64
        case .f32: return .f32
        case .f64: return .f64
        case .v128: return .v128
        case .funcref: return .funcref
        case .externref: return .externref
        }
    }

    /// Host functions answering zero for every import.
    static func stubImports(_ imports: [FunctionImport]) -> Imports {
        var result = Imports()
        for imp in imports {
            let type = FunctionType(parameters: imp.parameters.map(type), results: imp.results.map(type))
            let count = imp.results.count
            result.define(module: imp.module, name: imp.name, HostFunction(type: type, raw: { _, slots in
                for k in 0..<count { slots[k] = 0 }
            }))
        }
        return result
    }

    /// One load: `Module(bytes:limits:translation:)` (decode + validate every function, and
    /// with `.eager` translate every function; `.lazy` translates each on its first call) and,
    /// separately, `Store(limits:)` + stub imports + `store.instantiate` (memories, tables,
    /// globals, data and element segments; there is no start function in these modules).
    static func load(_ bytes: [UInt8], imports: [FunctionImport], translation: TranslationMode) throws -> (moduleMs: Double, instantiateMs: Double, instance: LoadedInstance) {
        let limits = EngineLimits()
        var module: Module!
        let moduleMs = try milliseconds { module = try Module(bytes: bytes, limits: limits, translation: translation) }
        var instance: Instance!
        let instantiateMs = try milliseconds {
            let store = Store(limits: limits)
            instance = try store.instantiate(module, imports: stubImports(imports))
        }
        let loaded = LoadedInstance(functionCount: module.functionCount - module.importedFunctionCount, run: instance.function("run").map { f in
            { n in
                guard case .i64(let v)? = try f.invoke([.i32(n)]).first else { throw BenchError("run did not return an i64") }
                return Int64(bitPattern: v)
            }
        })
        return (moduleMs, instantiateMs, loaded)
    }

    /// The host-call loop module (fixtures/test_plugins/host_call_loop.wasm) with a trivial
    /// `env.proxy_get_log_level` (answers 0, touches nothing): a raw host function (argument
    /// and result slots) or one working on `Value` arrays. Returns functions timing
    /// `count` iterations with the host call and without it (the baseline loop).
    static func hostCallLoop(_ bytes: [UInt8], valueArrays: Bool) throws -> HostCallLoop {
        let limits = EngineLimits()
        let module = try Module(bytes: bytes, limits: limits)
        let store = Store(limits: limits)
        var imports = Imports()
        let type = FunctionType(parameters: [.i32], results: [.i32])
        let host = valueArrays
            ? HostFunction(type: type) { _, _ in [.i32(0)] }
            : HostFunction(type: type, raw: { _, slots in slots[0] = 0 })
        imports.define(module: "env", name: "proxy_get_log_level", host)
        let instance = try store.instantiate(module, imports: imports)
        guard let withCalls = instance.function("proxy_on_request_body"), let baseline = instance.function("proxy_on_response_body") else {
            throw BenchError("host_call_loop.wasm lacks proxy_on_request_body/proxy_on_response_body")
        }
        return HostCallLoop(
            withHostCalls: { count in _ = try withCalls.invoke([.i32(1), .i32(count), .i32(0)]) },
            baseline: { count in _ = try baseline.invoke([.i32(1), .i32(count), .i32(0)]) })
    }
}
