import Interpreter

/// How a host function reports failure to the guest, and when it may be called.
struct HostFunctionSpec {
    enum Family {
        /// `proxy_*`: INVALID_MEMORY_ACCESS (6) on a bad pointer.
        case proxy
        /// WASI: EFAULT (21) on a bad pointer.
        case wasi
        /// `env` helpers (Emscripten shims).
        case other
    }

    let module: String
    let name: String
    let type: FunctionType
    let family: Family
    /// Allowed while `_initialize`/`_start`/`main` runs.
    let allowedDuringStart: Bool
    /// Allowed while the host runs the guest allocator.
    let allowedDuringAllocation: Bool
    /// Returns the i32 status (nil for functions without a result).
    let handler: (HostCall) throws -> UInt32?
}

/// Builds the full list of host functions this host provides.
enum HostFunctionTable {
    static func t(_ params: [ValueType], _ results: [ValueType] = [.i32]) -> FunctionType {
        FunctionType(parameters: params, results: results)
    }

    static func i32s(_ n: Int) -> [ValueType] { Array(repeating: .i32, count: n) }

    /// Every `proxy_*` host function (module `env`).
    static func proxy(_ name: String, _ params: [ValueType], allowedDuringStart: Bool = false,
                      allowedDuringAllocation: Bool = false, _ handler: @escaping (HostCall) throws -> UInt32?) -> HostFunctionSpec {
        HostFunctionSpec(module: "env", name: name, type: t(params), family: .proxy, allowedDuringStart: allowedDuringStart,
                         allowedDuringAllocation: allowedDuringAllocation, handler: handler)
    }

    /// All specs, for an ABI version. Each family lives in HostFunctions/<Family>.swift,
    /// next to the host state it works on.
    static func all(for version: ABIVersion) -> [HostFunctionSpec] {
        var specs: [HostFunctionSpec] = []
        specs += LoggingFunctions.specs(for: version)
        specs += HeaderMapFunctions.specs(for: version)
        specs += BufferFunctions.specs(for: version)
        specs += StreamFunctions.specs(for: version)
        specs += TimeFunctions.specs(for: version)
        specs += HTTPCalloutFunctions.specs(for: version)
        specs += GRPCFunctions.specs(for: version)
        specs += SharedDataFunctions.specs(for: version)
        specs += SharedQueueFunctions.specs(for: version)
        specs += MetricFunctions.specs(for: version)
        specs += PropertyFunctions.specs(for: version)
        specs += ForeignFunctionFunctions.specs(for: version)
        specs += WASIFunctions.specs(for: version)
        specs += EmscriptenFunctions.specs(for: version)
        return specs
    }
}
