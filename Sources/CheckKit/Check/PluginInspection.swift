import FaultPlugins
import Interpreter
import MockHost

/// What a plugin module declares, checked against the proxy-wasm ABI tables without
/// running any of its code: ABI version, allocator, callbacks, imports, memory.
///
/// `load.*` checks and the `inspect` command are built on it. Unlike the host's loader,
/// which stops at the first problem, it names every unknown or mis-typed export and import.
public struct PluginInspection {
    /// The ABI version a plugin declares with its `proxy_abi_version_*` export.
    public enum ABIDeclaration: Equatable {
        case declared(ABIVersion)
        /// No function export named `proxy_abi_version_*`.
        case missing
        /// A `proxy_abi_version_*` export of a version the host does not know.
        case unknown(String)

        public var version: ABIVersion? {
            if case .declared(let v) = self { return v }
            return nil
        }
    }

    /// An export the ABI tables know (a callback, the allocator, a start function).
    public struct KnownExport {
        public var name: String
        public var actual: FunctionType?
        public var expected: FunctionType
        /// Exported as a function with the expected signature.
        public var isWellTyped: Bool { actual == expected }
    }

    /// One import and the host's answer to it.
    public struct Import {
        public var module: String
        public var name: String
        public var type: ExternalType
        public var status: ImportStatus
        public var qualifiedName: String { "\(module).\(name)" }
    }

    public let module: Module
    public let abi: ABIDeclaration
    /// The ABI table used to check exports and imports (the declared version, else 0.2.1).
    public let tableVersion: ABIVersion
    /// Exports the ABI tables know, in export order.
    public let knownExports: [KnownExport]
    /// Exports named `proxy_on_*` the tables do not know: the host never calls them
    /// (often a typo, or an SDK's name from another ABI version).
    public let unknownCallbackExports: [String]
    /// Every other export (memory, globals, helpers).
    public let otherExports: [ExportDescriptor]
    /// The allocator the host will use (`malloc` first, as Envoy), if any is well typed.
    public let allocator: String?
    public let imports: [Import]
    /// The type of the memory exported as `memory`, if any.
    public let exportedMemory: MemoryType?
    /// A guess at the SDK that built the plugin.
    public let sdk: String

    public init(module: Module) {
        self.module = module
        var abi = ABIDeclaration.missing
        for e in module.exports where e.name.hasPrefix("proxy_abi_version_") {
            guard case .function = e.type else { continue }
            if let v = ABIVersion.allCases.first(where: { $0.marker == e.name }) { abi = .declared(v) } else { abi = .unknown(e.name) }
            break
        }
        self.abi = abi
        let version = abi.version ?? .v0_2_1
        tableVersion = version
        let table = CallbackSignatures.expected(for: version)
        var known: [KnownExport] = []
        var unknownCallbacks: [String] = []
        var others: [ExportDescriptor] = []
        var memory: MemoryType?
        for e in module.exports {
            if let expected = table[e.name] {
                var actual: FunctionType?
                if case .function(let t) = e.type { actual = t }
                known.append(KnownExport(name: e.name, actual: actual, expected: expected))
            } else if e.name.hasPrefix("proxy_on_") {
                unknownCallbacks.append(e.name)
            } else {
                if e.name == "memory", case .memory(let m) = e.type { memory = m }
                if !e.name.hasPrefix("proxy_abi_version_") || e.type.kind != .function { others.append(e) }
            }
        }
        knownExports = known
        unknownCallbackExports = unknownCallbacks
        otherExports = others
        exportedMemory = memory
        let allocatorType = FunctionType(parameters: [.i32], results: [.i32])
        allocator = ["malloc", "proxy_on_memory_allocate"].first { module.exportedFunctionType($0) == allocatorType }
        let statuses = ImportProbe.statuses(module, abi: version)
        imports = zip(module.imports, statuses).map { Import(module: $0.0.module, name: $0.0.name, type: $0.0.type, status: $0.1) }
        sdk = SDKDetection.guess(module)
    }

    /// The callbacks the plugin exports (known exports other than the allocator and the
    /// start functions), well typed or not.
    public var callbacks: [KnownExport] {
        knownExports.filter { !["malloc", "proxy_on_memory_allocate", "_initialize", "_start", "main"].contains($0.name) }
    }

    /// Known exports with the wrong signature (or not functions).
    public var mistypedExports: [KnownExport] { knownExports.filter { !$0.isWellTyped } }

    /// Whether the plugin exports the function `name`.
    public func exportsFunction(_ name: String) -> Bool { module.exportedFunctionType(name) != nil }

    /// Number of functions defined (not imported) by the module.
    public var definedFunctionCount: Int { module.functionCount - module.importedFunctionCount }
}
