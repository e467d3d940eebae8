import Interpreter
import MockHost

/// How the host answers one import of a plugin.
public enum ImportStatus: Sendable, Equatable {
    /// The host provides it, with this signature, for the plugin's ABI version.
    case provided
    /// The host provides it only for other ABI versions (the v0.1.0-only functions in a
    /// 0.2.x module): Envoy does not link it.
    case otherABIVersionsOnly
    /// No host function of that name.
    case unknown
    /// The host provides it with another signature.
    case mistyped(expected: String)
    /// Not a function import (a memory, table or global): proxy-wasm hosts provide functions only.
    case notAFunction

    /// Whether the plugin links in a host with (or without) the functions of every ABI version.
    public func links(everyABIVersion: Bool) -> Bool {
        self == .provided || (everyABIVersion && self == .otherABIVersionsOnly)
    }
}

/// Asks MockHost itself which of a plugin's imports it provides, by loading tiny probe
/// modules (`ProbeModule`): the answer is the host's own tables, not a copy of them.
enum ImportProbe {
    /// The status of every import of `module`, for ABI `abi` (the plugin's marker).
    static func statuses(_ module: Module, abi: ABIVersion) -> [ImportStatus] {
        let functions = module.imports.compactMap { imp -> (module: String, name: String, type: FunctionType)? in
            if case .function(let t) = imp.type { return (imp.module, imp.name, t) }
            return nil
        }
        // Common case: one probe with everything links.
        let allLink = functions.count == module.imports.count && probe(abi: abi, functions, everyVersion: false) == nil
        return module.imports.map { imp in
            guard case .function(let type) = imp.type else { return .notAFunction }
            if allLink { return .provided }
            switch probe(abi: abi, [(imp.module, imp.name, type)], everyVersion: false) {
            case nil: return .provided
            case .importSignatureMismatch(_, _, let expected, _)?: return .mistyped(expected: expected)
            default:
                if probe(abi: abi, [(imp.module, imp.name, type)], everyVersion: true) == nil { return .otherABIVersionsOnly }
                if case .importSignatureMismatch(_, _, let expected, _)? = probe(abi: abi, [(imp.module, imp.name, type)], everyVersion: true) {
                    return .mistyped(expected: expected)
                }
                return .unknown
            }
        }
    }

    /// Loads a probe module; nil when it loads.
    static func probe(abi: ABIVersion, _ imports: [(module: String, name: String, type: FunctionType)], everyVersion: Bool) -> PluginLoadError? {
        let host = MockHost()
        host.linksHostFunctionsOfEveryABIVersion = everyVersion
        var configuration = PluginConfiguration()
        configuration.limits.maxValueStackBytes = 64 << 10
        configuration.limits.maxMemoryPages = 1
        do {
            _ = try host.loadPlugin(ProbeModule.bytes(abiMarker: abi.marker, imports: imports), configuration: configuration)
            return nil
        } catch {
            return error
        }
    }
}
