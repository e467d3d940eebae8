/// Decodes the sections of a binary module into a `ModuleStructure`.
///
/// Follows the binary format of WebAssembly 2.0: every section in its order, the spec's
/// malformed-module errors, and no allocation from a declared count before that count has
/// been checked against the bytes that remain and against `EngineLimits`.
struct ModuleDecoder {
    var reader: ByteReader
    let limits: EngineLimits
    var module = ModuleStructure()

    init(bytes: UnsafeBufferPointer<UInt8>, limits: EngineLimits) {
        self.reader = ByteReader(bytes: bytes)
        self.limits = limits
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, limits: EngineLimits) throws(ModuleError) -> ModuleStructure {
        var decoder = ModuleDecoder(bytes: bytes, limits: limits)
        try decoder.decodeModule()
        return decoder.module
    }

    /// The order in which non-custom sections must appear (data count sits between
    /// element and code).
    private static func orderRank(_ id: UInt8) -> Int {
        switch id {
        case 1: return 1   // type
        case 2: return 2   // import
        case 3: return 3   // function
        case 4: return 4   // table
        case 5: return 5   // memory
        case 6: return 6   // global
        case 7: return 7   // export
        case 8: return 8   // start
        case 9: return 9   // element
        case 12: return 10 // data count
        case 10: return 11 // code
        case 11: return 12 // data
        default: return 0
        }
    }

    mutating func decodeModule() throws(ModuleError) {
        if reader.bytes.count > limits.maxModuleBytes {
            throw ModuleError(.limitExceeded, "module is \(reader.bytes.count) bytes, limit \(limits.maxModuleBytes)", offset: 0)
        }
        guard reader.remaining >= 4,
              reader.bytes[0] == 0x00, reader.bytes[1] == 0x61, reader.bytes[2] == 0x73, reader.bytes[3] == 0x6D
        else { throw ModuleError(.malformed, "magic header not detected", offset: 0) }
        reader.position = 4
        guard reader.remaining >= 4 else { throw ModuleError(.malformed, "unexpected end", offset: 4) }
        let version = try reader.readFixedU32()
        guard version == 1 else { throw ModuleError(.malformed, "unknown binary version", offset: 4) }

        var lastRank = 0
        var sawFunctionSection = false
        var sawCodeSection = false
        while !reader.isAtEnd {
            let idOffset = reader.position
            let id = try reader.readByte()
            guard id <= 12 else { throw ModuleError(.malformed, "malformed section id", offset: idOffset) }
            let size = try reader.readIndex()
            guard size <= reader.remaining else {
                throw ModuleError(.malformed, "section size mismatch: unexpected end", offset: idOffset)
            }
            let sectionEnd = reader.position + size
            if id != 0 {
                let rank = Self.orderRank(id)
                guard rank > lastRank else {
                    throw ModuleError(.malformed, "unexpected content after last section (section \(id) out of order)", offset: idOffset)
                }
                lastRank = rank
            }
            var section = ByteReader(bytes: reader.bytes, position: reader.position, end: sectionEnd)
            switch id {
            case 0: try decodeCustomSection(&section)
            case 1: try decodeTypeSection(&section)
            case 2: try decodeImportSection(&section)
            case 3: try decodeFunctionSection(&section); sawFunctionSection = true
            case 4: try decodeTableSection(&section)
            case 5: try decodeMemorySection(&section)
            case 6: try decodeGlobalSection(&section)
            case 7: try decodeExportSection(&section)
            case 8: module.start = try section.readIndex()
            case 9: try decodeElementSection(&section)
            case 10: try decodeCodeSection(&section); sawCodeSection = true
            case 11: try decodeDataSection(&section)
            case 12: module.dataCount = try section.readIndex()
            default: break
            }
            if section.position != sectionEnd {
                throw ModuleError(.malformed, "section size mismatch", offset: section.position)
            }
            reader.position = sectionEnd
        }
        _ = sawFunctionSection
        if module.functionTypeIndices.count != module.bodies.count {
            throw ModuleError(.malformed, "function and code section have inconsistent lengths", offset: reader.position)
        }
        _ = sawCodeSection
        if let dataCount = module.dataCount, dataCount != module.data.count {
            throw ModuleError(.malformed, "data count and data section have inconsistent lengths", offset: reader.position)
        }
    }

    // MARK: Sections

    mutating func decodeCustomSection(_ r: inout ByteReader) throws(ModuleError) {
        let start = r.position
        let name = try r.readName()
        module.customSections.append((name, r.position..<r.end))
        if name == "name" { module.nameSection = r.position..<r.end }
        _ = start
        r.position = r.end
    }

    mutating func decodeTypeSection(_ r: inout ByteReader) throws(ModuleError) {
        let count = try r.readCount(minElementSize: 3, limit: limits.maxEntities, what: "types")
        module.types.reserveCapacity(count)
        for _ in 0..<count {
            let formOffset = r.position
            let form = try r.readByte()
            guard form == 0x60 else { throw ModuleError(.malformed, "integer representation too long (malformed function type 0x\(String(form, radix: 16)))", offset: formOffset) }
            let paramCount = try r.readCount(limit: limits.maxParametersOrResults, what: "parameters")
            var params: [ValueType] = []
            params.reserveCapacity(paramCount)
            for _ in 0..<paramCount { params.append(try r.readValueType()) }
            let resultCount = try r.readCount(limit: limits.maxParametersOrResults, what: "results")
            var results: [ValueType] = []
            results.reserveCapacity(resultCount)
            for _ in 0..<resultCount { results.append(try r.readValueType()) }
            module.types.append(FunctionType(parameters: params, results: results))
        }
    }

    mutating func readLimits(_ r: inout ByteReader, what: String) throws(ModuleError) -> Limits {
        let flagOffset = r.position
        let flags = try r.readByte()
        switch flags {
        case 0x00:
            return Limits(min: try r.readUnsigned(bits: 32))
        case 0x01:
            let min = try r.readUnsigned(bits: 32)
            let max = try r.readUnsigned(bits: 32)
            return Limits(min: min, max: max)
        default:
            throw ModuleError(.malformed, "integer too large (malformed \(what) limits flags)", offset: flagOffset)
        }
    }

    mutating func readTableType(_ r: inout ByteReader) throws(ModuleError) -> TableType {
        let elementType = try r.readReferenceType()
        let limits = try readLimits(&r, what: "table")
        return TableType(elementType: elementType, limits: limits)
    }

    mutating func readGlobalType(_ r: inout ByteReader) throws(ModuleError) -> GlobalType {
        let valueType = try r.readValueType()
        let mutOffset = r.position
        let mutability = try r.readByte()
        guard mutability <= 1 else { throw ModuleError(.malformed, "malformed mutability", offset: mutOffset) }
        return GlobalType(valueType: valueType, isMutable: mutability == 1)
    }

    mutating func decodeImportSection(_ r: inout ByteReader) throws(ModuleError) {
        let count = try r.readCount(minElementSize: 4, limit: limits.maxEntities, what: "imports")
        module.imports.reserveCapacity(count)
        for _ in 0..<count {
            let moduleName = try r.readName()
            let name = try r.readName()
            let kindOffset = r.position
            let kind = try r.readByte()
            let descriptor: ModuleStructure.ImportDescriptor
            switch kind {
            case 0x00:
                descriptor = .function(typeIndex: try r.readIndex())
                module.importedFunctionCount += 1
            case 0x01:
                descriptor = .table(try readTableType(&r))
                module.importedTableCount += 1
            case 0x02:
                descriptor = .memory(MemoryType(limits: try readLimits(&r, what: "memory")))
                module.importedMemoryCount += 1
            case 0x03:
                descriptor = .global(try readGlobalType(&r))
                module.importedGlobalCount += 1
            default:
                throw ModuleError(.malformed, "malformed import kind", offset: kindOffset)
            }
            module.imports.append(.init(module: moduleName, name: name, descriptor: descriptor))
        }
    }

    mutating func decodeFunctionSection(_ r: inout ByteReader) throws(ModuleError) {
        let count = try r.readCount(limit: limits.maxEntities, what: "functions")
        module.functionTypeIndices.reserveCapacity(count)
        for _ in 0..<count { module.functionTypeIndices.append(try r.readIndex()) }
    }

    mutating func decodeTableSection(_ r: inout ByteReader) throws(ModuleError) {
        let count = try r.readCount(minElementSize: 3, limit: limits.maxEntities, what: "tables")
        for _ in 0..<count { module.tables.append(try readTableType(&r)) }
    }

    mutating func decodeMemorySection(_ r: inout ByteReader) throws(ModuleError) {
        let count = try r.readCount(minElementSize: 2, limit: limits.maxEntities, what: "memories")
        for _ in 0..<count { module.memories.append(MemoryType(limits: try readLimits(&r, what: "memory"))) }
    }

    mutating func decodeGlobalSection(_ r: inout ByteReader) throws(ModuleError) {
        let count = try r.readCount(minElementSize: 3, limit: limits.maxEntities, what: "globals")
        module.globals.reserveCapacity(count)
        for _ in 0..<count {
            let type = try readGlobalType(&r)
            let initializer = try readConstantExpression(&r)
            module.globals.append(.init(type: type, initializer: initializer))
        }
    }

    mutating func decodeExportSection(_ r: inout ByteReader) throws(ModuleError) {
        let count = try r.readCount(minElementSize: 3, limit: limits.maxEntities, what: "exports")
        module.exports.reserveCapacity(count)
        for _ in 0..<count {
            let name = try r.readName()
            let kindOffset = r.position
            let kindByte = try r.readByte()
            guard let kind = ExternalKind(rawValue: kindByte) else {
                throw ModuleError(.malformed, "malformed export kind", offset: kindOffset)
            }
            let index = try r.readIndex()
            module.exports.append(.init(name: name, kind: kind, index: index))
        }
    }

    mutating func decodeElementSection(_ r: inout ByteReader) throws(ModuleError) {
        let count = try r.readCount(minElementSize: 2, limit: limits.maxEntities, what: "element segments")
        module.elements.reserveCapacity(count)
        for _ in 0..<count {
            let segmentOffset = r.position
            let flags = try r.readU32()
            guard flags <= 7 else { throw ModuleError(.malformed, "malformed elements segment kind", offset: segmentOffset) }
            let isPassiveOrDeclarative = flags & 1 != 0
            let hasTableIndex = flags & 2 != 0
            let usesExpressions = flags & 4 != 0
            var mode: ModuleStructure.SegmentMode
            if !isPassiveOrDeclarative {
                let tableIndex = hasTableIndex ? try r.readIndex() : 0
                let offset = try readConstantExpression(&r)
                mode = .active(index: tableIndex, offset: offset)
            } else {
                mode = hasTableIndex ? .declarative : .passive
            }
            var type = ValueType.funcref
            // Flags 0 and 4 have no element kind/type byte; the others do.
            if flags & 3 != 0 {
                if usesExpressions {
                    type = try r.readReferenceType()
                } else {
                    let kindOffset = r.position
                    let kind = try r.readByte()
                    guard kind == 0x00 else { throw ModuleError(.malformed, "malformed elements segment kind", offset: kindOffset) }
                }
            }
            let entryCount = try r.readCount(limit: limits.maxSegmentEntries, what: "segment entries")
            var entries: [ConstantExpression] = []
            entries.reserveCapacity(entryCount)
            for _ in 0..<entryCount {
                if usesExpressions {
                    entries.append(try readConstantExpression(&r))
                } else {
                    entries.append(.refFunc(try r.readIndex()))
                }
            }
            module.elements.append(.init(type: type, mode: mode, entries: entries, offset: segmentOffset))
        }
    }

    mutating func decodeCodeSection(_ r: inout ByteReader) throws(ModuleError) {
        let count = try r.readCount(minElementSize: 2, limit: limits.maxEntities, what: "function bodies")
        module.bodies.reserveCapacity(count)
        for _ in 0..<count {
            let bodyOffset = r.position
            let size = try r.readIndex()
            guard size <= r.remaining else { throw ModuleError(.malformed, "unexpected end of section or function", offset: bodyOffset) }
            if size > limits.maxFunctionBodyBytes {
                throw ModuleError(.limitExceeded, "function body of \(size) bytes (limit \(limits.maxFunctionBodyBytes))", offset: bodyOffset)
            }
            let bodyEnd = r.position + size
            var body = ByteReader(bytes: r.bytes, position: r.position, end: bodyEnd)
            let groupCount = try body.readCount(minElementSize: 2, limit: Int(UInt32.max), what: "local declarations")
            let firstGroup = module.localGroups.count
            var total: UInt64 = 0
            for _ in 0..<groupCount {
                let countOffset = body.position
                let n = try body.readUnsigned(bits: 32)
                total += n
                guard total <= UInt64(UInt32.max) else { throw ModuleError(.malformed, "too many locals", offset: countOffset) }
                let type = try body.readValueType()
                module.localGroups.append(.init(count: Int(n), type: type))
            }
            if total > UInt64(limits.maxLocalsPerFunction) {
                throw ModuleError(.limitExceeded, "function declares \(total) locals (limit \(limits.maxLocalsPerFunction))", offset: bodyOffset)
            }
            module.bodies.append(.init(localGroups: firstGroup..<module.localGroups.count, localCount: Int(total),
                                       codeStart: body.position, codeEnd: bodyEnd, offset: bodyOffset))
            r.position = bodyEnd
        }
    }

    mutating func decodeDataSection(_ r: inout ByteReader) throws(ModuleError) {
        let count = try r.readCount(minElementSize: 1, limit: limits.maxEntities, what: "data segments")
        module.data.reserveCapacity(count)
        for _ in 0..<count {
            let segmentOffset = r.position
            let flags = try r.readU32()
            let mode: ModuleStructure.SegmentMode
            switch flags {
            case 0: mode = .active(index: 0, offset: try readConstantExpression(&r))
            case 1: mode = .passive
            case 2:
                let memoryIndex = try r.readIndex()
                mode = .active(index: memoryIndex, offset: try readConstantExpression(&r))
            default:
                throw ModuleError(.malformed, "malformed data segment kind", offset: segmentOffset)
            }
            let length = try r.readIndex()
            let bytes = try r.readBytes(length)
            module.data.append(.init(mode: mode, bytes: bytes, offset: segmentOffset))
        }
    }

    // MARK: Constant expressions

    /// Reads `instr end`. Anything but exactly one constant instruction is invalid
    /// (WebAssembly 2.0 has no extended constant expressions).
    mutating func readConstantExpression(_ r: inout ByteReader) throws(ModuleError) -> ConstantExpression {
        var result: ConstantExpression?
        var count = 0
        while true {
            let opOffset = r.position
            let op = try r.readByte()
            let value: ConstantExpression
            switch op {
            case 0x0B:
                guard count == 1, let result else {
                    throw ModuleError(.invalid, "type mismatch (constant expression must produce exactly one value)", offset: opOffset)
                }
                return result
            case 0x41: value = .i32(UInt32(bitPattern: try r.readS32()))
            case 0x42: value = .i64(UInt64(bitPattern: try r.readS64()))
            case 0x43: value = .f32(try r.readFixedU32())
            case 0x44: value = .f64(try r.readFixedU64())
            case 0xD0: value = .refNull(try r.readReferenceType())
            case 0xD2: value = .refFunc(try r.readIndex())
            case 0x23: value = .globalGet(try r.readIndex())
            default:
                if OpcodeInfo.isKnownOpcode(op) {
                    throw ModuleError(.invalid, "constant expression required", offset: opOffset)
                }
                throw ModuleError(.malformed, "illegal opcode 0x\(String(op, radix: 16))", offset: opOffset)
            }
            count += 1
            if count > 1 {
                throw ModuleError(.invalid, "type mismatch (constant expression must produce exactly one value)", offset: opOffset)
            }
            result = value
        }
    }
}

/// Decodes the `name` custom section leniently: a malformed name section is ignored
/// (custom sections never make a module invalid), keeping whatever parsed.
enum NameSectionDecoder {
    static func decode(_ r: inout ByteReader) -> NameSection {
        var names = NameSection()
        while !r.isAtEnd {
            guard let id = try? r.readByte(), let size = try? r.readIndex(), size <= r.remaining else { return names }
            var sub = ByteReader(bytes: r.bytes, position: r.position, end: r.position + size)
            r.position += size
            switch id {
            case 0:
                names.moduleName = try? sub.readName()
            case 1:
                guard let count = try? sub.readCount(limit: Int(UInt32.max), what: "names") else { continue }
                for _ in 0..<count {
                    guard let index = try? sub.readIndex(), let name = try? sub.readName() else { break }
                    names.functionNames[index] = name
                }
            case 2:
                guard let count = try? sub.readCount(limit: Int(UInt32.max), what: "names") else { continue }
                outer: for _ in 0..<count {
                    guard let function = try? sub.readIndex(),
                          let localCount = try? sub.readCount(limit: Int(UInt32.max), what: "names") else { break }
                    var map: [Int: String] = [:]
                    for _ in 0..<localCount {
                        guard let index = try? sub.readIndex(), let name = try? sub.readName() else { break outer }
                        map[index] = name
                    }
                    names.localNames[function] = map
                }
            default:
                continue
            }
        }
        return names
    }
}
