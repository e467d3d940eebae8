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

/// A decoded, fully validated and translated WebAssembly module, ready to instantiate any
/// number of times.
///
/// Creating a `Module` decodes every section, validates every function body (whether or
/// not it will ever be called) and lowers the code to the engine's register IR. Errors say
/// what is wrong and at which byte offset.
public final class Module {
    let structure: ModuleStructure
    let context: ModuleContext
    let limits: EngineLimits
    let compiled: UnsafeMutablePointer<CompiledFunction>
    let definedFunctionCount: Int
    /// The memory `compiled` points into.
    private let code: [TranslatedCode]
    let dataBuffer: UnsafeMutablePointer<UInt8>
    /// (start, count) in `dataBuffer` of each data segment.
    let dataRanges: [(start: Int, count: Int)]

    /// Imports in declaration order.
    public let imports: [ImportDescriptor]
    /// Exports in declaration order.
    public let exports: [ExportDescriptor]
    /// Names from the custom `name` section.
    public let names: NameSection
    /// Names of the custom sections, in order.
    public let customSectionNames: [String]
    /// Size of the module's binary in bytes.
    public let byteCount: Int
    /// Number of instructions of the translated code (all functions).
    public let translatedInstructionCount: Int
    let functionExportNames: [Int: String]
    /// The module's binary, as given to `init` (shares the caller's storage; used by the
    /// disassembler for fault reports).
    let bytes: [UInt8]

    /// Decodes, validates and translates a module.
    public init(bytes: [UInt8], limits: EngineLimits = .default) throws(ModuleError) {
        let built: Result<Parts, ModuleError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(ModuleError) {
                return .success(try Module.build(buffer: buffer, limits: limits))
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
        dataBuffer = parts.dataBuffer
        dataRanges = parts.dataRanges
        byteCount = bytes.count
        self.bytes = bytes
        translatedInstructionCount = parts.translatedInstructionCount
        names = structure.names
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
        var dataBuffer: UnsafeMutablePointer<UInt8>
        var dataRanges: [(start: Int, count: Int)]
        var translatedInstructionCount: Int
    }

    private static func build(buffer: UnsafeBufferPointer<UInt8>, limits: EngineLimits) throws(ModuleError) -> Parts {
        let structure = try ModuleDecoder.decode(buffer, limits: limits)
        let context = try ModuleValidator(module: structure, limits: limits).validate()

        // Translate every body (full validation before any instantiation).
        let translated = try FunctionTranslation.translateAll(structure, context: context, bytes: buffer)
        let totalCode = translated.reduce(0) { $0 + $1.code.count }
        let definedFunctionCount = structure.bodies.count
        let compiled = UnsafeMutablePointer<CompiledFunction>.allocate(capacity: Swift.max(definedFunctionCount, 1))
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
        BranchFolding.foldCalls(UnsafeMutableBufferPointer(start: compiled, count: definedFunctionCount))

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
                     code: translated, dataBuffer: dataBuffer,
                     dataRanges: dataRanges, translatedInstructionCount: totalCode)
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
