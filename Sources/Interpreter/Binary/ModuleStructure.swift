/// The decoded, not yet validated, contents of a module: what each section declares.
/// Function bodies are kept as byte ranges; the validator/translator decodes their code.
struct ModuleStructure {
    struct Import {
        var module: String
        var name: String
        var descriptor: ImportDescriptor
    }

    enum ImportDescriptor {
        case function(typeIndex: Int)
        case table(TableType)
        case memory(MemoryType)
        case global(GlobalType)
    }

    struct Global {
        var type: GlobalType
        var initializer: ConstantExpression
    }

    struct Export {
        var name: String
        var kind: ExternalKind
        var index: Int
    }

    enum SegmentMode {
        case passive
        case active(index: Int, offset: ConstantExpression)
        case declarative
    }

    struct ElementSegment {
        var type: ValueType
        var mode: SegmentMode
        /// Each entry is a constant expression producing a reference.
        var entries: [ConstantExpression]
        var offset: Int
    }

    struct DataSegment {
        var mode: SegmentMode
        var bytes: [UInt8]
        var offset: Int
    }

    /// `count` declared locals of type `type` (one entry of a body's locals declarations).
    struct LocalGroup {
        var count: Int
        var type: ValueType
    }

    /// A function body: where its instructions are, and which entries of `localGroups` hold
    /// its declared locals. A plain value (no array of its own), so decoding a code section
    /// allocates once for all bodies' locals, and copying a body retains nothing.
    struct FunctionBody {
        /// The body's declared locals (parameters excluded): a range of `localGroups`.
        var localGroups: Range<Int>
        /// The number of declared locals (the groups' counts summed).
        var localCount: Int
        /// Byte range of the instruction sequence (after the locals declarations).
        var codeStart: Int
        var codeEnd: Int
        /// Offset of the body's size field, for error messages.
        var offset: Int
    }

    var types: [FunctionType] = []
    var imports: [Import] = []
    /// Type index of each function defined in this module (not imported).
    var functionTypeIndices: [Int] = []
    var tables: [TableType] = []
    var memories: [MemoryType] = []
    var globals: [Global] = []
    var exports: [Export] = []
    var start: Int?
    var elements: [ElementSegment] = []
    var dataCount: Int?
    var bodies: [FunctionBody] = []
    /// The declared locals of every body, in code-section order (`FunctionBody.localGroups`).
    var localGroups: [LocalGroup] = []
    var data: [DataSegment] = []
    var customSections: [(name: String, range: Range<Int>)] = []
    /// Byte range of the payload of the (last) custom `name` section, decoded when first
    /// needed (`Module.names`).
    var nameSection: Range<Int>?

    // Derived counts, including imports.
    var importedFunctionCount = 0
    var importedTableCount = 0
    var importedMemoryCount = 0
    var importedGlobalCount = 0

    /// The declared locals of `body` (parameters excluded), in declaration order.
    func locals(of body: FunctionBody) -> ArraySlice<LocalGroup> {
        localGroups[body.localGroups]
    }
}

/// A constant expression (WebAssembly 2.0: a single constant instruction, `ref.null`,
/// `ref.func` or `global.get`), as used by global initialisers and segment offsets.
enum ConstantExpression: Hashable {
    case i32(UInt32)
    case i64(UInt64)
    case f32(UInt32)
    case f64(UInt64)
    case refNull(ValueType)
    case refFunc(Int)
    case globalGet(Int)
}

/// The custom `name` section: module, function and local names, kept for backtraces.
public struct NameSection: Sendable {
    public var moduleName: String?
    public var functionNames: [Int: String] = [:]
    public var localNames: [Int: [Int: String]] = [:]
    public init() {}
}
