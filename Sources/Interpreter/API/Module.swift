#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The type of an importable or exportable entity.
public enum ExternalType: Hashable, Sendable, CustomStringConvertible {
    case function(FunctionType)
    case table(TableType)
    case memory(MemoryType)
    case global(GlobalType)

    public var kind: ExternalKind {
        switch self {
        case .function: return .function
        case .table: return .table
        case .memory: return .memory
        case .global: return .global
        }
    }

    public var description: String {
        switch self {
        case .function(let f): return "func \(f)"
        case .table(let t): return "table \(t.elementType) \(t.limits.min)..\(t.limits.max.map(String.init) ?? "")"
        case .memory(let m): return "memory \(m.limits.min)..\(m.limits.max.map(String.init) ?? "") pages"
        case .global(let g): return "global \(g.isMutable ? "mut " : "")\(g.valueType)"
        }
    }
}

/// One import a module requires.
public struct ImportDescriptor: Hashable, Sendable {
    public var module: String
    public var name: String
    public var type: ExternalType
}

/// One export a module provides.
public struct ExportDescriptor: Hashable, Sendable {
    public var name: String
    public var type: ExternalType
    /// Index in the export's index space (functions include imports).
    public var index: Int
}

/// When a module's function bodies are lowered to the engine's register IR. Either way
/// every body is validated when the `Module` is created.
public enum TranslationMode: Sendable {
    /// Each function on its first call (the default): loading costs decoding and
    /// validation only, and code that never runs is never translated.
    case lazy
    /// Every function when the module is created (for inspecting the translated code, and
    /// to take the whole translation cost up front).
    case eager
}

/// A decoded and fully validated WebAssembly module, ready to instantiate any number of
/// times.
///
/// Creating a `Module` decodes every section and validates every function body (whether or
/// not it will ever be called); errors say what is wrong and at which byte offset. Bodies
/// are lowered to the engine's register IR on their first call, or at once with
/// `TranslationMode.eager`. Lazy translation updates the module, so a `Module` and its
/// instances are used from one thread at a time, like a `Store` (the type is not
/// `Sendable`).
public final class Module {
    let structure: ModuleStructure
    let context: ModuleContext
    let limits: EngineLimits
    let compiled: UnsafeMutablePointer<CompiledFunction>
    let definedFunctionCount: Int
    /// The memory `compiled` points into (eager translation).
    private let code: [TranslatedCode]
    /// Translation on first call (lazy translation), else nil.
    private let lazy: LazyTranslation?
    let dataBuffer: UnsafeMutablePointer<UInt8>
    /// (start, count) in `dataBuffer` of each data segment.
    let dataRanges: [(start: Int, count: Int)]

    /// Imports in declaration order.
    public let imports: [ImportDescriptor]
    /// Exports in declaration order.
    public let exports: [ExportDescriptor]
    /// Names from the custom `name` section (decoded on first use: loading does not pay
    /// for the names of thousands of functions that may never appear in a backtrace).
    public private(set) lazy var names: NameSection = structure.nameSection.map { range in
        bytes.withUnsafeBufferPointer { buffer in
            var reader = ByteReader(bytes: buffer, position: range.lowerBound, end: range.upperBound)
            return NameSectionDecoder.decode(&reader)
        }
    } ?? NameSection()
    /// Names of the custom sections, in order.
    public let customSectionNames: [String]
    /// Size of the module's binary in bytes.
    public let byteCount: Int
    /// How the module's bodies are translated.
    public let translationMode: TranslationMode
    /// Number of instructions of the code translated so far (all functions with
    /// `TranslationMode.eager`; see `translateAll()`).
    public var translatedInstructionCount: Int {
        eagerInstructionCount + (lazy?.instructionCount ?? 0)
    }
    /// Number of defined functions translated so far.
    public var translatedFunctionCount: Int {
        lazy?.translatedCount ?? definedFunctionCount
    }
    private let eagerInstructionCount: Int
    let functionExportNames: [Int: String]
    /// The module's binary, as given to `init` (shares the caller's storage; used by the
    /// disassembler for fault reports).
    let bytes: [UInt8]

    /// Decodes and validates a module, and translates it now (`.eager`) or function by
    /// function on first call (`.lazy`).
    public init(bytes: [UInt8], limits: EngineLimits = .default, translation: TranslationMode = .lazy) throws(ModuleError) {
        let built: Result<Parts, ModuleError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(ModuleError) {
                return .success(try Module.build(buffer: buffer, limits: limits, translation: translation))
            } catch {
                return .failure(error)
            }
        }
        let parts: Parts
        switch built {
        case .success(let p): parts = p
        case .failure(let e): throw e
        }
        self.limits = limits
        structure = parts.structure
        context = parts.context
        compiled = parts.compiled
        definedFunctionCount = parts.definedFunctionCount
        code = parts.code
        lazy = parts.lazy
        translationMode = translation
        dataBuffer = parts.dataBuffer
        dataRanges = parts.dataRanges
        byteCount = bytes.count
        self.bytes = bytes
        eagerInstructionCount = parts.translatedInstructionCount
        customSectionNames = structure.customSections.map(\.name)

        var imports: [ImportDescriptor] = []
        for imp in structure.imports {
            let type: ExternalType
            switch imp.descriptor {
            case .function(let t): type = .function(structure.types[t])
            case .table(let t): type = .table(t)
            case .memory(let m): type = .memory(m)
            case .global(let g): type = .global(g)
            }
            imports.append(ImportDescriptor(module: imp.module, name: imp.name, type: type))
        }
        self.imports = imports
        var exports: [ExportDescriptor] = []
        var functionExportNames: [Int: String] = [:]
        for exp in structure.exports {
            let type: ExternalType
            switch exp.kind {
            case .function:
                type = .function(context.types[context.functionTypeIndices[exp.index]])
                if functionExportNames[exp.index] == nil { functionExportNames[exp.index] = exp.name }
            case .table: type = .table(context.tables[exp.index])
            case .memory: type = .memory(context.memories[exp.index])
            case .global: type = .global(context.globals[exp.index])
            }
            exports.append(ExportDescriptor(name: exp.name, type: type, index: exp.index))
        }
        self.exports = exports
        self.functionExportNames = functionExportNames
    }

    /// Everything `init` computes from the bytes.
    private struct Parts {
        var structure: ModuleStructure
        var context: ModuleContext
        var compiled: UnsafeMutablePointer<CompiledFunction>
        var definedFunctionCount: Int
        var code: [TranslatedCode]
        var lazy: LazyTranslation?
        var dataBuffer: UnsafeMutablePointer<UInt8>
        var dataRanges: [(start: Int, count: Int)]
        var translatedInstructionCount: Int
    }

    private static func build(buffer: UnsafeBufferPointer<UInt8>, limits: EngineLimits,
                              translation: TranslationMode) throws(ModuleError) -> Parts {
        let structure = try ModuleDecoder.decode(buffer, limits: limits)
        let context = try ModuleValidator(module: structure, limits: limits).validate()
        let definedFunctionCount = structure.bodies.count
        var translated: [TranslatedCode] = []
        var lazy: LazyTranslation?
        switch translation {
        case .lazy:
            // Every body validated before any instantiation; each translated on its first call.
            try FunctionValidation.validateAll(structure, context: context, bytes: buffer)
            lazy = LazyTranslation(structure: structure, context: context, bytes: buffer)
        case .eager:
            // Translating validates every body too.
            translated = try FunctionTranslation.translateAll(structure, context: context, bytes: buffer)
        }
        let compiled = UnsafeMutablePointer<CompiledFunction>.allocate(capacity: Swift.max(definedFunctionCount, 1))
        if let lazy {
            for i in 0..<definedFunctionCount { (compiled + i).initialize(to: lazy.stub(i)) }
        }
        let totalCode = translated.reduce(0) { $0 + $1.code.count }
        var i = 0
        for run in translated {
            let code = run.code.base
            let offsets = run.wasmOffsets.base
            for f in run.functions {
                let typeIndex = structure.functionTypeIndices[i]
                let type = structure.types[typeIndex]
                (compiled + i).initialize(to: CompiledFunction(
                    code: code + f.codeStart, wasmOffsets: offsets + f.codeStart,
                    codeCount: f.codeCount, frameSize: f.frameSize, localsStart: f.localsStart, localsCount: f.localsCount,
                    functionIndex: structure.importedFunctionCount + i, typeIndex: typeIndex,
                    parameterCount: type.parameters.count, resultCount: type.results.count))
                i += 1
            }
        }

        var dataRanges: [(start: Int, count: Int)] = []
        let dataTotal = structure.data.reduce(0) { $0 + $1.bytes.count }
        let dataBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(dataTotal, 1))
        var dataPosition = 0
        for segment in structure.data {
            segment.bytes.withUnsafeBufferPointer { b in
                if let base = b.baseAddress { (dataBuffer + dataPosition).initialize(from: base, count: b.count) }
            }
            dataRanges.append((dataPosition, segment.bytes.count))
            dataPosition += segment.bytes.count
        }
        return Parts(structure: structure, context: context, compiled: compiled, definedFunctionCount: definedFunctionCount,
                     code: translated, lazy: lazy, dataBuffer: dataBuffer,
                     dataRanges: dataRanges, translatedInstructionCount: totalCode)
    }

    /// Translates defined function `defined` if it still waits for its first call; the
    /// error, should the translator reject a body the validator accepted (an engine bug).
    func translateLazily(_ defined: Int) -> ModuleError? {
        guard let lazy else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            lazy.translate(defined, bytes: buffer, into: compiled + defined)
        }
    }

    /// Translates every function not translated yet (lazy translation does the same on
    /// first calls); returns the first error, which a validated module never has.
    @discardableResult
    public func translateAll() -> ModuleError? {
        for i in 0..<definedFunctionCount {
            if let error = translateLazily(i) { return error }
        }
        return nil
    }

    deinit {
        compiled.deallocate()
        dataBuffer.deallocate()
    }

    /// The type of an exported function, or nil when there is no such function export.
    public func exportedFunctionType(_ name: String) -> FunctionType? {
        for e in exports where ExactName(e.name) == ExactName(name) {
            if case .function(let t) = e.type { return t }
        }
        return nil
    }

    /// The display name of function `index` for backtraces: name section, else export
    /// name, else import name, else `func[N]`.
    public func functionName(_ index: Int) -> String {
        if let n = names.functionNames[index] { return n }
        if let n = functionExportNames[index] { return n }
        if index < structure.importedFunctionCount {
            var k = 0
            for imp in structure.imports {
                if case .function = imp.descriptor {
                    if k == index { return "\(imp.module).\(imp.name)" }
                    k += 1
                }
            }
        }
        return "func[\(index)]"
    }

    /// Number of functions (imports included).
    public var functionCount: Int { context.functionTypeIndices.count }
    /// Number of imported functions.
    public var importedFunctionCount: Int { structure.importedFunctionCount }
    /// Declared memories (imported first).
    public var memoryTypes: [MemoryType] { context.memories }
    /// Declared tables (imported first).
    public var tableTypes: [TableType] { context.tables }
    /// Whether the module has a start function.
    public var hasStartFunction: Bool { structure.start != nil }
}
