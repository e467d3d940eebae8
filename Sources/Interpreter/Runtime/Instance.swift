/// An export as an instance record keeps it (see `InstanceRecord.exports`).
enum ExportEntry {
    case function(address: Int)
    case table(TableInstance)
    case memory(MemoryInstance)
    case global(GlobalInstance)
}

/// The store-owned state of one instance.
final class InstanceRecord {
    let module: Module
    let context: UnsafeMutablePointer<InstanceContext>
    var functionAddresses: [Int]
    var memories: [MemoryInstance]
    var tables: [TableInstance]
    var globals: [GlobalInstance]
    /// Exports by name. Functions are kept as store addresses, not `Function` values: a
    /// `Function` holds its store strongly, and the store holds this record, so keeping one
    /// here would be a reference cycle that never frees the store (found by the sanitizer run
    /// of the fuzzing issue: every store with an exported function leaked).
    var exports: [ExactName: ExportEntry] = [:]
    var exportOrder: [String] = []
    /// Per-instance copies of the element segments' references (dropped ⇒ count 0).
    private var elementStorage: [UnsafeMutablePointer<UInt64>] = []

    private init(module: Module, context: UnsafeMutablePointer<InstanceContext>, functionAddresses: [Int],
                 memories: [MemoryInstance], tables: [TableInstance], globals: [GlobalInstance]) {
        self.module = module
        self.context = context
        self.functionAddresses = functionAddresses
        self.memories = memories
        self.tables = tables
        self.globals = globals
    }

    deinit {
        let c = context.pointee
        c.globals.deallocate()
        c.tables.deallocate()
        c.functions.deallocate()
        c.typeIDs.deallocate()
        c.dataSegments.deallocate()
        c.elementSegments.deallocate()
        for p in elementStorage { p.deallocate() }
        context.deallocate()
    }

    /// Links imports and allocates the instance's own objects (no guest code runs here).
    static func create(module: Module, imports: Imports, store: Store) throws -> InstanceRecord {
        let ctx = module.context
        let limits = store.limits
        var functionAddresses: [Int] = []
        var memories: [MemoryInstance] = []
        var tables: [TableInstance] = []
        var globals: [GlobalInstance] = []
        functionAddresses.reserveCapacity(ctx.functionTypeIndices.count)

        // 1. Imports, type-checked.
        for imp in module.structure.imports {
            guard let external = imports.lookup(module: imp.module, name: imp.name) else {
                throw InstantiationError(.unknownImport, "unknown import \(imp.module).\(imp.name)")
            }
            let what = "\(imp.module).\(imp.name)"
            switch (imp.descriptor, external) {
            case (.function(let t), .function(let f)):
                guard f.store === store else { throw InstantiationError(.incompatibleImportType, "function \(what) belongs to another store") }
                guard store.functionType(address: f.address) == ctx.types[t] else {
                    throw InstantiationError(.incompatibleImportType, "incompatible import type for \(what): expected \(ctx.types[t]), got \(store.functionType(address: f.address))")
                }
                functionAddresses.append(f.address)
            case (.function(let t), .hostFunction(let h)):
                guard h.type == ctx.types[t] else {
                    throw InstantiationError(.incompatibleImportType, "incompatible import type for \(what): expected \(ctx.types[t]), got \(h.type)")
                }
                functionAddresses.append(store.add(h).address)
            case (.table(let t), .table(let table)):
                guard table.adopt(by: store) else {
                    throw InstantiationError(.incompatibleImportType, "table \(what) belongs to another store")
                }
                let actual = TableType(elementType: table.type.elementType, limits: Limits(min: UInt64(table.count), max: table.type.limits.max))
                guard actual.elementType == t.elementType, actual.limits.isSubtype(of: t.limits) else {
                    throw InstantiationError(.incompatibleImportType, "incompatible import type for \(what)")
                }
                tables.append(table)
            case (.memory(let m), .memory(let memory)):
                let actual = Limits(min: UInt64(memory.pageCount), max: memory.type.limits.max)
                guard actual.isSubtype(of: m.limits) else {
                    throw InstantiationError(.incompatibleImportType, "incompatible import type for \(what)")
                }
                memories.append(memory)
            case (.global(let g), .global(let global)):
                guard global.adopt(by: store) else {
                    throw InstantiationError(.incompatibleImportType, "global \(what) belongs to another store")
                }
                guard global.type == g else {
                    throw InstantiationError(.incompatibleImportType, "incompatible import type for \(what)")
                }
                globals.append(global)
            default:
                throw InstantiationError(.incompatibleImportType, "incompatible import type for \(what): expected a \(importKindName(imp.descriptor))")
            }
        }

        // 2. Own memories and tables.
        for m in module.structure.memories {
            memories.append(try MemoryInstance(type: m, maxPages: limits.maxMemoryPages))
        }
        for t in module.structure.tables {
            let table = try TableInstance(type: t, maxElements: limits.maxTableElements)
            _ = table.adopt(by: store)
            tables.append(table)
        }

        // 3. The context, with the instance's function addresses registered in the store.
        let context = UnsafeMutablePointer<InstanceContext>.allocate(capacity: 1)
        let typeIDs = UnsafeMutablePointer<Int32>.allocate(capacity: max(ctx.types.count, 1))
        for (i, t) in ctx.types.enumerated() { typeIDs[i] = store.canonicalTypeID(t) }
        let instanceIndex = store.instances.count
        for i in 0..<module.definedFunctionCount {
            let compiled = module.compiled + i
            let address = store.addFunction(StoreFunction(typeID: typeIDs[compiled.pointee.typeIndex], hostIndex: -1, compiled: compiled, context: context))
            functionAddresses.append(address)
        }
        let functionsPtr = UnsafeMutablePointer<Int>.allocate(capacity: max(functionAddresses.count, 1))
        for (i, a) in functionAddresses.enumerated() { functionsPtr[i] = a }

        // 4. Globals: imported ones, then own ones from their initialisers.
        for g in module.structure.globals {
            let value = evaluate(g.initializer, globals: globals, functions: functionAddresses)
            let global = GlobalInstance(type: g.type, value: .zero(g.type.valueType))
            _ = global.adopt(by: store)
            global.cell[0] = value.slot  // a ref.func initialiser: an address of this store
            globals.append(global)
        }
        let globalsPtr = UnsafeMutablePointer<UnsafeMutablePointer<UInt64>>.allocate(capacity: max(globals.count, 1))
        for (i, g) in globals.enumerated() { globalsPtr[i] = g.cell }
        let tablesPtr = UnsafeMutablePointer<UnsafeMutablePointer<TableStorage>>.allocate(capacity: max(tables.count, 1))
        for (i, t) in tables.enumerated() { tablesPtr[i] = t.storage }

        let dataCount = module.dataRanges.count
        let dataPtr = UnsafeMutablePointer<SegmentView<UInt8>>.allocate(capacity: max(dataCount, 1))
        for (i, r) in module.dataRanges.enumerated() {
            dataPtr[i] = SegmentView(base: module.dataBuffer + r.start, count: r.count)
        }
        let elementCount = module.structure.elements.count
        let elementPtr = UnsafeMutablePointer<SegmentView<UInt64>>.allocate(capacity: max(elementCount, 1))

        context.initialize(to: InstanceContext(
            memory: memories.first?.storage, globals: globalsPtr, tables: tablesPtr, functions: functionsPtr,
            typeIDs: typeIDs, compiled: module.compiled, dataSegments: dataPtr, elementSegments: elementPtr,
            instanceIndex: instanceIndex, module: Unmanaged.passUnretained(module)))

        let record = InstanceRecord(module: module, context: context, functionAddresses: functionAddresses,
                                    memories: memories, tables: tables, globals: globals)
        // 5. Element segments evaluated to references.
        for (i, segment) in module.structure.elements.enumerated() {
            let storage = UnsafeMutablePointer<UInt64>.allocate(capacity: max(segment.entries.count, 1))
            for (k, e) in segment.entries.enumerated() {
                storage[k] = evaluate(e, globals: globals, functions: functionAddresses).slot
            }
            record.elementStorage.append(storage)
            elementPtr[i] = SegmentView(base: storage, count: segment.entries.count)
        }
        // 6. Exports.
        for e in module.structure.exports {
            let external: ExportEntry
            switch e.kind {
            case .function: external = .function(address: functionAddresses[e.index])
            case .table: external = .table(tables[e.index])
            case .memory: external = .memory(memories[e.index])
            case .global: external = .global(globals[e.index])
            }
            record.exports[ExactName(e.name)] = external
            record.exportOrder.append(e.name)
        }
        return record
    }

    private static func importKindName(_ d: ModuleStructure.ImportDescriptor) -> String {
        switch d {
        case .function: return "function"
        case .table: return "table"
        case .memory: return "memory"
        case .global: return "global"
        }
    }

    static func evaluate(_ e: ConstantExpression, globals: [GlobalInstance], functions: [Int]) -> Value {
        switch e {
        case .i32(let v): return .i32(v)
        case .i64(let v): return .i64(v)
        case .f32(let v): return .f32(v)
        case .f64(let v): return .f64(v)
        case .refNull(let t): return t == .funcref ? .funcref(nil) : .externref(nil)
        case .refFunc(let f): return .funcref(functions[f])
        case .globalGet(let g): return globals[g].value
        }
    }

    /// Applies active segments (elements, then data), drops active and declarative ones, and
    /// runs the start function. Effects of segments applied before a trap remain, as the
    /// spec requires.
    func initialize(store: Store, instance: Instance) throws {
        let structure = module.structure
        for (i, segment) in structure.elements.enumerated() {
            switch segment.mode {
            case .active(let tableIndex, let offsetExpr):
                let offset = InstanceRecord.evaluate(offsetExpr, globals: globals, functions: functionAddresses)
                guard case .i32(let start) = offset else { continue }
                let view = context.pointee.elementSegments[i]
                let table = tables[tableIndex].storage
                let end = UInt64(start) + UInt64(view.count)
                guard end <= UInt64(table.pointee.count) else {
                    throw Trap(.outOfBoundsTableAccess)
                }
                if let base = view.base, view.count > 0 {
                    (table.pointee.elements + Int(start)).update(from: base, count: view.count)
                }
                context.pointee.elementSegments[i].count = 0
            case .declarative:
                context.pointee.elementSegments[i].count = 0
            case .passive:
                break
            }
        }
        for (i, segment) in structure.data.enumerated() {
            guard case .active(_, let offsetExpr) = segment.mode else { continue }
            let offset = InstanceRecord.evaluate(offsetExpr, globals: globals, functions: functionAddresses)
            guard case .i32(let start) = offset else { continue }
            let view = context.pointee.dataSegments[i]
            guard let memory = memories.first else { continue }
            let end = UInt64(start) + UInt64(view.count)
            guard end <= UInt64(memory.byteCount) else {
                throw Trap(.outOfBoundsMemoryAccess, memoryAccess: MemoryAccessError(address: UInt64(start), length: UInt64(view.count), memorySize: UInt64(memory.byteCount)))
            }
            if let base = view.base, view.count > 0 {
                (memory.storage.pointee.base + Int(start)).copyMemory(from: base, byteCount: view.count)
            }
            context.pointee.dataSegments[i].count = 0
        }
        if let start = structure.start {
            _ = try store.invoke(address: functionAddresses[start], arguments: [])
        }
    }
}

/// An instantiated module: a handle into its store.
public struct Instance {
    public let store: Store
    let index: Int

    var record: InstanceRecord { store.instances[index] }

    /// The module this is an instance of.
    public var module: Module { record.module }

    /// Export names in declaration order.
    public var exportNames: [String] { record.exportOrder }

    /// An export by name.
    public func export(_ name: String) -> External? {
        switch record.exports[ExactName(name)] {
        case .function(let address)?: return .function(Function(store: store, address: address))
        case .table(let t)?: return .table(t)
        case .memory(let m)?: return .memory(m)
        case .global(let g)?: return .global(g)
        case nil: return nil
        }
    }

    /// An exported function by name.
    public func function(_ name: String) -> Function? {
        if case .function(let address) = record.exports[ExactName(name)] { return Function(store: store, address: address) }
        return nil
    }

    /// An exported global by name.
    public func global(_ name: String) -> GlobalInstance? {
        if case .global(let g) = record.exports[ExactName(name)] { return g }
        return nil
    }

    /// An exported memory by name.
    public func exportedMemory(_ name: String) -> MemoryInstance? {
        if case .memory(let m) = record.exports[ExactName(name)] { return m }
        return nil
    }

    /// An exported table by name.
    public func table(_ name: String) -> TableInstance? {
        if case .table(let t) = record.exports[ExactName(name)] { return t }
        return nil
    }

    /// The instance's memory 0 (imported or own), if any.
    public var memory: MemoryInstance? { record.memories.first }

    /// Invokes an exported function by name.
    ///
    /// - Throws: `InvocationError` for an unknown export or bad arguments, `Trap` when the
    ///   function traps (the store stays usable).
    public func invoke(_ name: String, _ arguments: [Value] = []) throws -> [Value] {
        guard let f = function(name) else { throw InvocationError.unknownExport(name) }
        return try store.invoke(address: f.address, arguments: arguments)
    }
}

/// An invocation that could not start.
public enum InvocationError: Error, Hashable, CustomStringConvertible {
    case unknownExport(String)
    case argumentCount(expected: Int, got: Int)
    case argumentType(index: Int, expected: ValueType, got: ValueType)
    /// A funcref argument that is not a function of this store, or externref `UInt64.max`.
    case invalidReference(index: Int)

    public var description: String {
        switch self {
        case .unknownExport(let n): return "unknown export: no exported function named '\(n)'"
        case .argumentCount(let e, let g): return "wrong number of arguments: expected \(e), got \(g)"
        case .argumentType(let i, let e, let g): return "argument \(i) has type \(g), expected \(e)"
        case .invalidReference(let i): return "argument \(i) is not a valid reference for this store"
        }
    }
}
