/// Module-level validation (everything except function bodies, which the translator
/// checks): index spaces, limits, constant expressions, exports, the start function.
struct ModuleValidator {
    let module: ModuleStructure
    let limits: EngineLimits

    func invalid(_ message: String, _ offset: Int = 0) -> ModuleError {
        ModuleError(.invalid, message, offset: offset)
    }

    /// Validates and returns the context function bodies are checked against.
    func validate() throws(ModuleError) -> ModuleContext {
        var functionTypeIndices: [Int] = []
        var tables: [TableType] = []
        var memories: [MemoryType] = []
        var globals: [GlobalType] = []
        for imp in module.imports {
            switch imp.descriptor {
            case .function(let t):
                guard t < module.types.count else { throw invalid("unknown type \(t)") }
                functionTypeIndices.append(t)
            case .table(let t):
                try checkTableType(t)
                tables.append(t)
            case .memory(let m):
                try checkMemoryType(m)
                memories.append(m)
            case .global(let g):
                globals.append(g)
            }
        }
        for t in module.functionTypeIndices {
            guard t < module.types.count else { throw invalid("unknown type \(t)") }
            functionTypeIndices.append(t)
        }
        for t in module.tables {
            try checkTableType(t)
            tables.append(t)
        }
        if tables.count > limits.maxTables {
            throw ModuleError(.limitExceeded, "too many tables (\(tables.count), limit \(limits.maxTables))", offset: 0)
        }
        for m in module.memories {
            try checkMemoryType(m)
            memories.append(m)
        }
        guard memories.count <= 1 else { throw invalid("multiple memories") }
        if functionTypeIndices.count > limits.maxEntities {
            throw ModuleError(.limitExceeded, "too many functions (\(functionTypeIndices.count), limit \(limits.maxEntities))", offset: 0)
        }

        // Constant expressions may only read imported globals.
        let importedGlobals = globals
        let functionCount = functionTypeIndices.count
        var references = FunctionIndexSet(count: functionCount)

        func check(_ expression: ConstantExpression, _ expected: ValueType) throws(ModuleError) {
            let actual: ValueType
            switch expression {
            case .i32: actual = .i32
            case .i64: actual = .i64
            case .f32: actual = .f32
            case .f64: actual = .f64
            case .refNull(let t): actual = t
            case .refFunc(let f):
                guard f < functionCount else { throw invalid("unknown function \(f)") }
                references.insert(f)
                actual = .funcref
            case .globalGet(let g):
                guard g < importedGlobals.count else { throw invalid("unknown global \(g)") }
                guard !importedGlobals[g].isMutable else { throw invalid("constant expression required") }
                actual = importedGlobals[g].valueType
            }
            guard actual == expected else { throw invalid("type mismatch (constant expression of type \(actual), expected \(expected))") }
        }

        for g in module.globals {
            try check(g.initializer, g.type.valueType)
            globals.append(g.type)
        }

        var elementTypes: [ValueType] = []
        for segment in module.elements {
            for entry in segment.entries { try check(entry, segment.type) }
            if case .active(let tableIndex, let offset) = segment.mode {
                guard tableIndex < tables.count else { throw invalid("unknown table \(tableIndex)", segment.offset) }
                try check(offset, .i32)
                guard tables[tableIndex].elementType == segment.type else { throw invalid("type mismatch (element segment type)", segment.offset) }
            }
            elementTypes.append(segment.type)
        }
        for segment in module.data {
            if case .active(let memoryIndex, let offset) = segment.mode {
                guard memoryIndex < memories.count else { throw invalid("unknown memory \(memoryIndex)", segment.offset) }
                try check(offset, .i32)
            }
        }

        var exportNames = Set<ExactName>()
        for export in module.exports {
            guard exportNames.insert(ExactName(export.name)).inserted else { throw invalid("duplicate export name") }
            switch export.kind {
            case .function:
                guard export.index < functionCount else { throw invalid("unknown function \(export.index)") }
                references.insert(export.index)
            case .table:
                guard export.index < tables.count else { throw invalid("unknown table \(export.index)") }
            case .memory:
                guard export.index < memories.count else { throw invalid("unknown memory \(export.index)") }
            case .global:
                guard export.index < globals.count else { throw invalid("unknown global \(export.index)") }
            }
        }

        if let start = module.start {
            guard start < functionCount else { throw invalid("unknown function \(start)") }
            let t = module.types[functionTypeIndices[start]]
            guard t.parameters.isEmpty && t.results.isEmpty else { throw invalid("start function must have type [] -> []") }
        }

        return ModuleContext(types: module.types, functionTypeIndices: functionTypeIndices,
                             importedFunctionCount: module.importedFunctionCount, tables: tables,
                             memories: memories, globals: globals, importedGlobalCount: module.importedGlobalCount,
                             elementTypes: elementTypes, dataCount: module.dataCount, dataSegmentCount: module.data.count,
                             declaredReferences: references, limits: limits)
    }

    func checkTableType(_ t: TableType) throws(ModuleError) {
        if let max = t.limits.max, t.limits.min > max {
            throw invalid("size minimum must not be greater than maximum")
        }
    }

    func checkMemoryType(_ m: MemoryType) throws(ModuleError) {
        guard m.limits.min <= 65_536 else { throw invalid("memory size must be at most 65536 pages (4GiB)") }
        if let max = m.limits.max {
            guard max <= 65_536 else { throw invalid("memory size must be at most 65536 pages (4GiB)") }
            guard m.limits.min <= max else { throw invalid("size minimum must not be greater than maximum") }
        }
    }
}
