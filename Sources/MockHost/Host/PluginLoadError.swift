import Interpreter

/// Why a plugin could not be loaded or started. Each names the culprit.
public enum PluginLoadError: Error, CustomStringConvertible {
    /// The bytes are not a valid module.
    case invalidModule(ModuleError)
    /// No `proxy_abi_version_*` export.
    case missingABIVersion
    /// A `proxy_abi_version_*` export of a version this host does not know.
    case unknownABIVersion(String)
    /// No exported memory named `memory`.
    case missingMemory
    /// Neither `malloc` nor `proxy_on_memory_allocate` is exported with type (i32) -> i32.
    case missingAllocator
    /// A known callback is exported with another signature.
    case badCallbackSignature(name: String, expected: FunctionType, actual: FunctionType)
    /// The module imports something the host does not provide.
    case unknownImport(module: String, name: String)
    /// The module imports a host function with another signature.
    case importSignatureMismatch(module: String, name: String, expected: String, actual: String)
    /// Instantiation failed (a limit, or a segment out of bounds).
    case instantiationFailed(String)
    /// `_initialize`, `main` or `_start` (or the start function) trapped.
    case startFailed(function: String, trap: Trap)

    public var description: String {
        switch self {
        case .invalidModule(let e): return "invalid module: \(e)"
        case .missingABIVersion: return "missing or unknown Proxy-Wasm ABI version: no proxy_abi_version_* export"
        case .unknownABIVersion(let n): return "unknown Proxy-Wasm ABI version: export \(n)"
        case .missingMemory: return "the module does not export its memory as 'memory'"
        case .missingAllocator: return "Wasm module is missing malloc function (neither malloc nor proxy_on_memory_allocate exported as (i32) -> i32)"
        case .badCallbackSignature(let n, let e, let a): return "bad function signature for: \(n), want: \(e) but the module exports: \(a)"
        case .unknownImport(let m, let n): return "unknown import \(m).\(n): the host does not provide it"
        case .importSignatureMismatch(let m, let n, let e, let a): return "import \(m).\(n) has signature \(a), the host provides \(e)"
        case .instantiationFailed(let m): return "instantiation failed: \(m)"
        case .startFailed(let f, let t): return "Function: \(f) failed: \(t.message)"
        }
    }
}
