import Interpreter

/// How a host function reports failure to the guest, and when it may be called.
///
/// A class, so each host call copies one reference rather than every field.
final class HostFunctionSpec {
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

    init(module: String, name: String, type: FunctionType, family: Family,
         allowedDuringStart: Bool, allowedDuringAllocation: Bool,
         handler: @escaping (HostCall) throws -> UInt32?) {
        self.module = module
        self.name = name
        self.type = type
        self.family = family
        self.allowedDuringStart = allowedDuringStart
        self.allowedDuringAllocation = allowedDuringAllocation
        self.handler = handler
    }
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
    ///
    /// Envoy links some functions for some versions only (the four v0.1.0-only ones;
    /// `proxy_continue_stream`/`proxy_close_stream` from 0.2.0; `proxy_get_log_level` from
    /// 0.2.1). With `linkingEveryVersion` the functions of every version are linked (each
    /// with its own semantics), for test plugins that import them all.
    static func all(for version: ABIVersion, linkingEveryVersion: Bool) -> [HostFunctionSpec] {
        var specs = all(for: version)
        guard linkingEveryVersion else { return specs }
        var names = Set(specs.map { $0.module + "\u{0}" + $0.name })
        for other in ABIVersion.allCases where other != version {
            for spec in all(for: other) where names.insert(spec.module + "\u{0}" + spec.name).inserted {
                specs.append(spec)
            }
        }
        return specs
    }

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
