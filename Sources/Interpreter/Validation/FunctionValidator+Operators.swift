/// The operator-by-operator part of `FunctionValidator`: decode one operator, check its
/// types. Each case mirrors the same case of `FunctionTranslator.translateOperator`, check
/// for check, so that the first error is the translator's first error.
extension FunctionValidator {
    /// Operator shapes of the 256-entry table (`shapeTable`): bits 0-7 the shape, 8-15 the
    /// operand (or value) type, 16-23 the result type, 24-31 the natural alignment (log2).
    enum Shape: UInt8 {
        case other = 0, unary, binary, load, store, localGet, localSet, localTee, i32Const, reinterpret
    }

    static let shapeTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256)
        func entry(_ shape: Shape, _ a: ValueType? = nil, _ b: ValueType? = nil, align: UInt32 = 0) -> UInt32 {
            UInt32(shape.rawValue) | UInt32(a?.rawValue ?? 0) << 8 | UInt32(b?.rawValue ?? 0) << 16 | align << 24
        }
        for (byte, n) in OpcodeInfo.numeric.enumerated() {
            guard let n else { continue }
            table[byte] = entry(n.isBinary ? .binary : .unary, n.operand, n.result)
        }
        table[0x20] = entry(.localGet)
        table[0x21] = entry(.localSet)
        table[0x22] = entry(.localTee)
        table[0x41] = entry(.i32Const)
        let loads: [(Int, ValueType, UInt32)] = [
            (0x28, .i32, 2), (0x29, .i64, 3), (0x2A, .f32, 2), (0x2B, .f64, 3), (0x2C, .i32, 0), (0x2D, .i32, 0),
            (0x2E, .i32, 1), (0x2F, .i32, 1), (0x30, .i64, 0), (0x31, .i64, 0), (0x32, .i64, 1), (0x33, .i64, 1),
            (0x34, .i64, 2), (0x35, .i64, 2),
        ]
        for (byte, result, align) in loads { table[byte] = entry(.load, nil, result, align: align) }
        let stores: [(Int, ValueType, UInt32)] = [
            (0x36, .i32, 2), (0x37, .i64, 3), (0x38, .f32, 2), (0x39, .f64, 3), (0x3A, .i32, 0), (0x3B, .i32, 1),
            (0x3C, .i64, 0), (0x3D, .i64, 1), (0x3E, .i64, 2),
        ]
        for (byte, value, align) in stores { table[byte] = entry(.store, value, nil, align: align) }
        table[0xBC] = entry(.reinterpret, .f32, .i32)
        table[0xBD] = entry(.reinterpret, .f64, .i64)
        table[0xBE] = entry(.reinterpret, .i32, .f32)
        table[0xBF] = entry(.reinterpret, .i64, .f64)
        return table
    }()

    /// Resets the per-function state. Parameters and locals together were checked against
    /// `EngineLimits.maxLocalsPerFunction` by the caller (`FunctionValidation`), and the
    /// declared locals by the decoder, so `localTypes` grows by a bounded amount.
    mutating func begin(_ body: ModuleStructure.FunctionBody, type: FunctionType) {
        reader = ByteReader(bytes: bytes, position: body.codeStart, end: body.codeEnd)
        localTypes.removeAll()
        for t in type.parameters { localTypes.append(t.rawValue) }
        for group in body.locals {
            localTypes.append(repeating: group.type.rawValue, count: group.count)
        }
        functionResults.removeAll()
        for t in type.results { functionResults.append(t.rawValue) }
        stack.count = 0
        controls.removeAll()
        currentOffset = body.codeStart
    }

    /// Validates one function body of type `type`, as `FunctionTranslator.translate` would.
    mutating func validate(_ body: ModuleStructure.FunctionBody, type: FunctionType) throws(ModuleError) {
        begin(body, type: type)
        let results = TypeList(base: UnsafePointer(functionResults.base), count: functionResults.count)
        controls.append(Frame(kind: .function, unreachable: false, height: 0, params: emptyList, results: results))
        syncTop()
        loop: while true {
            guard reader.position < reader.end else {
                throw ModuleError(.malformed, "unexpected end of section or function", offset: reader.position)
            }
            currentOffset = reader.position
            let opcode = reader.bytes[reader.position]
            reader.position += 1
            // The frequent operators are checked here, without a call; the others (and the
            // uncommon forms of these) in `validateOperator`, which handles them all.
            switch opcode {
            case 0x20: // local.get
                let index = try readLocalIndex()
                try push(localTypes.base[index])
            case 0x21: // local.set
                let index = try readLocalIndex()
                try pop(localTypes.base[index])
            case 0x22: // local.tee
                let index = try readLocalIndex()
                let t = localTypes.base[index]
                try pop(t)
                try push(t)
            case 0x41: // i32.const
                _ = try reader.readSigned(bits: 32)
                try push(ValueType.i32.rawValue)
            case 0x28...0x35: // loads
                let shape = shapes.base[Int(opcode)]
                try readMemoryArgument(naturalAlignment: shape >> 24)
                try pop(ValueType.i32.rawValue)
                try push(UInt8(truncatingIfNeeded: shape >> 16))
            case 0x36...0x3E: // stores
                let shape = shapes.base[Int(opcode)]
                try readMemoryArgument(naturalAlignment: shape >> 24)
                try pop(UInt8(truncatingIfNeeded: shape >> 8))
                try pop(ValueType.i32.rawValue)
            case 0x45...0xBB, 0xC0...0xC4: // numeric
                let shape = shapes.base[Int(opcode)]
                let a = UInt8(truncatingIfNeeded: shape >> 8)
                let b = UInt8(truncatingIfNeeded: shape >> 16)
                let n = stack.count
                if UInt8(truncatingIfNeeded: shape) == Shape.binary.rawValue {
                    if n >= topHeight + 2 && stack.base[n - 1] == a && stack.base[n - 2] == a {
                        stack.count = n - 1
                        stack.base[n - 2] = b
                        if n - 1 > maxOperandStackHeight { throw stackLimit() }
                    } else {
                        try pop(a)
                        try pop(a)
                        try push(b)
                    }
                } else if n > topHeight && stack.base[n - 1] == a {
                    stack.base[n - 1] = b
                    if n > maxOperandStackHeight { throw stackLimit() }
                } else {
                    try pop(a)
                    try push(b)
                }
            case 0x1A: // drop
                _ = try popAny()
            case 0x23: // global.get
                let index = try reader.readIndex()
                guard index < globals.count else { throw unknown("global", index) }
                try push(UInt8(truncatingIfNeeded: globals.base[index]))
            case 0x02, 0x03: // block, loop
                // The common block types (none or one value type) without a call.
                let byte = reader.position < reader.end ? reader.bytes[reader.position] : 0
                if byte == 0x40 || (0x7C...0x7F).contains(byte) || byte == 0x70 || byte == 0x6F {
                    reader.position += 1
                    try pushControl(opcode == 0x02 ? .block : .loop, (emptyList, byte == 0x40 ? emptyList : singleList(byte)))
                } else {
                    _ = try validateOperator(opcode)
                }
            case 0x0B: // end
                // The common case: a block or loop whose results (none or one) are exactly
                // on the stack.
                let frame = controls.base[controls.count - 1]
                let results = frame.results
                let n = stack.count
                if frame.kind == .block || frame.kind == .loop || frame.kind == .else,
                   (results.count == 0 && n == frame.height) || (results.count == 1 && n == frame.height + 1 && stack.base[frame.height] == results[0]) {
                    controls.removeLast()
                    let outer = controls.base[controls.count - 1]
                    topHeight = outer.height
                    topUnreachable = outer.unreachable
                    if results.count > 0 && n > maxOperandStackHeight { throw stackLimit() }
                } else if try validateEnd() {
                    break loop
                }
            case 0x0D: // br_if
                let depth = try reader.readIndex()
                guard depth < controls.count else { throw invalid("unknown label") }
                try pop(ValueType.i32.rawValue)
                let types = controls.base[controls.count - 1 - depth].label
                if topUnreachable {
                    try pop(types)
                    try push(types)
                } else {
                    try checkLabelOperands(types)
                }
            case 0x0C: // br
                let depth = try reader.readIndex()
                guard depth < controls.count else { throw invalid("unknown label") }
                try checkLabelOperands(controls.base[controls.count - 1 - depth].label)
                setUnreachable()
            case 0x10: // call
                let index = try reader.readIndex()
                guard index < functionTypes.count, functionTypes.base[index] >= 0 else { throw unknown("function", index) }
                let typeIndex = Int(functionTypes.base[index])
                try validateCall(params: paramList(typeIndex), results: resultList(typeIndex))
            default:
                if try validateOperator(opcode) { break loop }
            }
        }
        guard reader.position >= reader.end else {
            throw ModuleError(.malformed, "section size mismatch (operators after the function's final end)", offset: reader.position)
        }
    }

    // MARK: Immediates

    @inline(__always)
    mutating func readLocalIndex() throws(ModuleError) -> Int {
        let index = try reader.readIndex()
        guard index < localTypes.count else { throw unknown("local", index) }
        return index
    }

    mutating func readGlobalIndex() throws(ModuleError) -> Int {
        let index = try reader.readIndex()
        guard index < globals.count else { throw unknown("global", index) }
        return index
    }

    mutating func readTableIndex() throws(ModuleError) -> Int {
        let index = try reader.readIndex()
        guard index < tableTypes.count else { throw unknown("table", index) }
        return index
    }

    mutating func requireMemory() throws(ModuleError) {
        guard hasMemory else { throw invalid("unknown memory 0") }
    }

    mutating func readZeroByte() throws(ModuleError) {
        let b = try reader.readByte()
        guard b == 0 else { throw malformed("zero byte expected") }
    }

    /// Reads a memarg; checks its flags and alignment against `naturalAlignment` (log2).
    @inline(__always)
    mutating func readMemoryArgument(naturalAlignment: UInt32) throws(ModuleError) {
        let alignOffset = reader.position
        let align = try reader.readU32()
        _ = try reader.readU32()
        guard align < 32 else { throw ModuleError(.malformed, "malformed memop flags", offset: alignOffset) }
        guard hasMemory else { throw invalid("unknown memory 0") }
        guard align <= naturalAlignment else { throw invalid("alignment must not be larger than natural") }
    }

    /// Reads a block type: its parameters and results.
    mutating func readBlockType() throws(ModuleError) -> (params: TypeList, results: TypeList) {
        guard let byte = reader.peekByte() else { throw malformed(reader.endMessage) }
        if byte == 0x40 {
            reader.position += 1
            return (emptyList, emptyList)
        }
        if let t = ValueType(rawValue: byte), t != .v128 {
            reader.position += 1
            return (emptyList, singleList(byte))
        }
        let index = try reader.readSigned(bits: 33)
        guard index >= 0 else { throw malformed("malformed block type") }
        guard index < Int64(signatures.count) else { throw invalid("unknown type") }
        return (paramList(Int(index)), resultList(Int(index)))
    }

    // MARK: Blocks

    /// Type-checks a block's parameters on top of the stack; in unreachable code they are
    /// popped and pushed back with their types (`FunctionTranslator.checkBlockParameters`).
    @inline(__always)
    mutating func checkBlockParameters(_ params: TypeList) throws(ModuleError) {
        guard params.count > 0 else { return }
        if topUnreachable {
            try pop(params)
            try push(params)
        } else {
            try checkLabelOperands(params)
        }
    }

    @inline(__always)
    mutating func pushControl(_ kind: FrameKind, _ blockType: (params: TypeList, results: TypeList)) throws(ModuleError) {
        // `controls` holds the function frame too: nesting depth = controls.count - 1.
        guard controls.count <= maxControlDepth else {
            throw ModuleError(.limitExceeded, "control nesting deeper than \(maxControlDepth)", offset: currentOffset)
        }
        let height = stack.count - blockType.params.count
        controls.append(Frame(kind: kind, unreachable: false, height: height, params: blockType.params, results: blockType.results))
        topHeight = height
        topUnreachable = false
    }

    /// `end`; returns true at the function's final `end`.
    mutating func validateEnd() throws(ModuleError) -> Bool {
        let i = controls.count - 1
        let frame = controls.base[i]
        if frame.kind == .function {
            try checkFrameEnd(frame.results)
            controls.removeLast()
            return true
        }
        if frame.kind == .if {
            // An if without else: the false path passes the parameters through unchanged.
            guard frame.params.equals(frame.results) else {
                throw invalid("type mismatch (if without else must have matching parameters and results)")
            }
        }
        // The common case first: exactly the results, with their types, on the stack.
        let results = frame.results
        if results.count == 1 && stack.count == frame.height + 1 {
            let actual = stack.base[frame.height]
            if actual != results[0] && actual != 0 { throw mismatch(expected: results[0], found: actual) }
        } else if !(results.count == 0 && stack.count == frame.height) {
            try checkFrameEnd(results)
        }
        stack.count = frame.height
        controls.removeLast()
        syncTop()
        try push(results)
        return false
    }

    // MARK: The operator switch

    /// Validates one operator other than the table's shapes (though it handles those too,
    /// as the translator's switch does). Returns true after the function's final `end`.
    mutating func validateOperator(_ opcode: UInt8) throws(ModuleError) -> Bool {
        let i32 = ValueType.i32.rawValue
        switch opcode {
        // MARK: Control
        case 0x00: // unreachable
            setUnreachable()
        case 0x01: // nop
            break
        case 0x02: // block
            let bt = try readBlockType()
            try checkBlockParameters(bt.params)
            try pushControl(.block, bt)
        case 0x03: // loop
            let bt = try readBlockType()
            try checkBlockParameters(bt.params)
            try pushControl(.loop, bt)
        case 0x04: // if
            let bt = try readBlockType()
            try pop(i32)
            try checkBlockParameters(bt.params)
            try pushControl(.if, bt)
        case 0x05: // else
            let i = controls.count - 1
            let frame = controls.base[i]
            guard frame.kind == .if else { throw invalid("else without matching if") }
            try checkFrameEnd(frame.results)
            stack.count = frame.height
            try push(frame.params)
            controls.base[i].kind = .else
            controls.base[i].unreachable = false
            topUnreachable = false
        case 0x0B: // end
            return try validateEnd()
        case 0x0C: // br
            let depth = try reader.readIndex()
            guard depth < controls.count else { throw invalid("unknown label") }
            try checkLabelOperands(controls.base[controls.count - 1 - depth].label)
            setUnreachable()
        case 0x0D: // br_if
            let depth = try reader.readIndex()
            guard depth < controls.count else { throw invalid("unknown label") }
            try pop(i32)
            let types = controls.base[controls.count - 1 - depth].label
            if topUnreachable {
                // Polymorphic stack: pop and push back the label types.
                try pop(types)
                try push(types)
            } else {
                try checkLabelOperands(types)
            }
        case 0x0E: // br_table
            try validateBranchTable()
        case 0x0F: // return
            try checkLabelOperands(controls.base[0].results)
            setUnreachable()
        case 0x10: // call
            let index = try reader.readIndex()
            guard index < functionTypes.count, functionTypes.base[index] >= 0 else { throw invalid("unknown function \(index)") }
            let typeIndex = Int(functionTypes.base[index])
            try validateCall(params: paramList(typeIndex), results: resultList(typeIndex))
        case 0x11: // call_indirect
            let typeIndex = try reader.readIndex()
            let tableIndex = try reader.readIndex()
            guard tableIndex < tableTypes.count else { throw invalid("unknown table \(tableIndex)") }
            guard typeIndex < signatures.count else { throw invalid("unknown type \(typeIndex)") }
            let elementType = tableTypes.base[tableIndex]
            guard elementType == ValueType.funcref.rawValue else {
                throw invalid("type mismatch (call_indirect on a table of \(Self.typeName(elementType)))")
            }
            try pop(i32)
            try validateCall(params: paramList(typeIndex), results: resultList(typeIndex))

        // MARK: Parametric
        case 0x1A: // drop
            _ = try popAny()
        case 0x1B: // select
            try validateSelect(annotated: 0)
        case 0x1C: // select t*
            let count = try reader.readIndex()
            guard count == 1 else { throw invalid("invalid result arity") }
            let t = try reader.readValueType()
            try validateSelect(annotated: t.rawValue)

        // MARK: Variables
        case 0x20: // local.get
            let index = try readLocalIndex()
            try push(localTypes.base[index])
        case 0x21: // local.set
            let index = try readLocalIndex()
            try pop(localTypes.base[index])
        case 0x22: // local.tee
            let index = try readLocalIndex()
            let t = localTypes.base[index]
            try pop(t)
            try push(t)
        case 0x23: // global.get
            let index = try readGlobalIndex()
            try push(UInt8(truncatingIfNeeded: globals.base[index]))
        case 0x24: // global.set
            let index = try readGlobalIndex()
            let global = globals.base[index]
            guard global & 0x100 != 0 else { throw invalid("global is immutable") }
            try pop(UInt8(truncatingIfNeeded: global))
        case 0x25: // table.get
            let table = try readTableIndex()
            try pop(i32)
            try push(tableTypes.base[table])
        case 0x26: // table.set
            let table = try readTableIndex()
            try pop(tableTypes.base[table])
            try pop(i32)

        // MARK: Memory
        case 0x28...0x3E:
            let shape = shapes.base[Int(opcode)]
            try readMemoryArgument(naturalAlignment: shape >> 24)
            if UInt8(truncatingIfNeeded: shape) == Shape.load.rawValue {
                try pop(i32)
                try push(UInt8(truncatingIfNeeded: shape >> 16))
            } else {
                try pop(UInt8(truncatingIfNeeded: shape >> 8))
                try pop(i32)
            }
        case 0x3F: // memory.size
            try readZeroByte()
            try requireMemory()
            try push(i32)
        case 0x40: // memory.grow
            try readZeroByte()
            try requireMemory()
            try pop(i32)
            try push(i32)

        // MARK: Constants
        case 0x41:
            _ = try reader.readSigned(bits: 32)
            try push(i32)
        case 0x42:
            _ = try reader.readSigned(bits: 64)
            try push(ValueType.i64.rawValue)
        case 0x43:
            try reader.skip(4)
            try push(ValueType.f32.rawValue)
        case 0x44:
            try reader.skip(8)
            try push(ValueType.f64.rawValue)

        // MARK: References
        case 0xD0: // ref.null
            let t = try reader.readReferenceType()
            try push(t.rawValue)
        case 0xD1: // ref.is_null
            let t = try popAny()
            if t != 0 && t != ValueType.funcref.rawValue && t != ValueType.externref.rawValue {
                throw invalid("type mismatch (ref.is_null on \(Self.typeName(t)))")
            }
            try push(i32)
        case 0xD2: // ref.func
            let index = try reader.readIndex()
            guard index < context.functionTypeIndices.count else { throw invalid("unknown function \(index)") }
            guard context.declaredReferences.contains(index) else { throw invalid("undeclared function reference") }
            try push(ValueType.funcref.rawValue)

        case 0xFC:
            try validatePrefixed()

        default:
            let shape = shapes.base[Int(opcode)]
            let a = UInt8(truncatingIfNeeded: shape >> 8)
            let b = UInt8(truncatingIfNeeded: shape >> 16)
            switch UInt8(truncatingIfNeeded: shape) {
            case Shape.unary.rawValue:
                try pop(a)
                try push(b)
            case Shape.binary.rawValue:
                try pop(a)
                try pop(a)
                try push(b)
            case Shape.reinterpret.rawValue:
                try pop(a)
                stack.append(b)
            default:
                throw malformed("illegal opcode 0x\(String(opcode, radix: 16))")
            }
        }
        return false
    }

    // MARK: Branch tables, calls, select

    mutating func validateBranchTable() throws(ModuleError) {
        let count = try reader.readCount(minElementSize: 1, limit: context.limits.maxSegmentEntries, what: "br_table targets")
        depths.removeAll()
        for _ in 0...count {
            let d = try reader.readIndex()
            guard d < controls.count else { throw invalid("unknown label") }
            depths.append(d)
        }
        try pop(ValueType.i32.rawValue)
        let top = controls.count - 1
        let arity = controls.base[top - depths.base[count]].label.count
        for k in 0...count {
            let types = controls.base[top - depths.base[k]].label
            guard types.count == arity else { throw invalid("type mismatch (br_table targets of different arity)") }
            try checkLabelOperands(types)
        }
        setUnreachable()
    }

    /// A call: checks the arguments on top of the stack, pops them, pushes the results.
    @inline(__always)
    mutating func validateCall(params: TypeList, results: TypeList) throws(ModuleError) {
        let available = stack.count - topHeight
        if params.count <= available {
            for k in 0..<params.count {
                let t = params[params.count - 1 - k]
                let actual = stack.base[stack.count - 1 - k]
                if actual != 0 && actual != t { throw argumentMismatch(params: params, k: k, actual: actual) }
            }
            stack.count -= params.count
        } else {
            for k in 0..<params.count {
                let t = params[params.count - 1 - k]
                if k < available {
                    let actual = stack.base[stack.count - 1 - k]
                    if actual != 0 && actual != t { throw argumentMismatch(params: params, k: k, actual: actual) }
                } else if !topUnreachable {
                    throw invalid("type mismatch (missing argument)")
                }
            }
            stack.count = topHeight
        }
        try push(results)
    }

    @inline(never)
    func argumentMismatch(params: TypeList, k: Int, actual: UInt8) -> ModuleError {
        let t = params[params.count - 1 - k]
        return invalid("type mismatch (argument \(params.count - 1 - k): expected \(Self.typeName(t)), found \(Self.typeName(actual)))")
    }

    /// `select` (annotated: 0) or `select t` (annotated: t's raw value).
    mutating func validateSelect(annotated: UInt8) throws(ModuleError) {
        try pop(ValueType.i32.rawValue)
        if annotated != 0 {
            try pop(annotated)
            try pop(annotated)
            try push(annotated)
            return
        }
        let y = try popAny()
        let x = try popAny()
        if Self.isReference(x) || Self.isReference(y) {
            throw invalid("type mismatch (select without type on references)")
        }
        if x != 0 && y != 0 && x != y {
            throw invalid("type mismatch (select operands \(Self.typeName(x)) and \(Self.typeName(y)))")
        }
        try push(x != 0 ? x : y)
    }

    @inline(__always)
    static func isReference(_ raw: UInt8) -> Bool {
        raw == ValueType.funcref.rawValue || raw == ValueType.externref.rawValue
    }

    // MARK: 0xFC prefix

    mutating func validatePrefixed() throws(ModuleError) {
        let i32 = ValueType.i32.rawValue
        let sub = try reader.readU32()
        switch sub {
        case 0...7:
            let n = OpcodeInfo.saturatingTruncations[Int(sub)]
            try pop(n.operand.rawValue)
            try push(n.result.rawValue)
        case 8: // memory.init
            let segment = try reader.readIndex()
            try readZeroByte()
            try requireMemory()
            try checkDataSegment(segment)
            try popThree(i32, i32, i32)
        case 9: // data.drop
            let segment = try reader.readIndex()
            try checkDataSegment(segment)
        case 10: // memory.copy
            try readZeroByte()
            try readZeroByte()
            try requireMemory()
            try popThree(i32, i32, i32)
        case 11: // memory.fill
            try readZeroByte()
            try requireMemory()
            try popThree(i32, i32, i32)
        case 12: // table.init
            let segment = try reader.readIndex()
            let table = try readTableIndex()
            guard segment < context.elementTypes.count else { throw invalid("unknown elem segment \(segment)") }
            guard context.elementTypes[segment].rawValue == tableTypes.base[table] else { throw invalid("type mismatch (table.init element type)") }
            try popThree(i32, i32, i32)
        case 13: // elem.drop
            let segment = try reader.readIndex()
            guard segment < context.elementTypes.count else { throw invalid("unknown elem segment \(segment)") }
        case 14: // table.copy
            let destination = try readTableIndex()
            let source = try readTableIndex()
            guard tableTypes.base[destination] == tableTypes.base[source] else { throw invalid("type mismatch (table.copy element types)") }
            try popThree(i32, i32, i32)
        case 15: // table.grow
            let table = try readTableIndex()
            try pop(i32)
            try pop(tableTypes.base[table])
            try push(i32)
        case 16: // table.size
            _ = try readTableIndex()
            try push(i32)
        case 17: // table.fill
            let table = try readTableIndex()
            try popThree(i32, tableTypes.base[table], i32)
        default:
            throw malformed("illegal opcode 0xfc \(sub)")
        }
    }

    /// Pops three operands of types `x`, `y`, `z` (z on top).
    mutating func popThree(_ x: UInt8, _ y: UInt8, _ z: UInt8) throws(ModuleError) {
        try pop(z)
        try pop(y)
        try pop(x)
    }

    /// `memory.init` and `data.drop` need the data count section; an index that is out of
    /// range anyway is reported as invalid, as the reference interpreter does.
    mutating func checkDataSegment(_ segment: Int) throws(ModuleError) {
        guard let dataCount = context.dataCount else {
            guard segment < context.dataSegmentCount else { throw invalid("unknown data segment \(segment)") }
            throw malformed("data count section required")
        }
        guard segment < dataCount else { throw invalid("unknown data segment \(segment)") }
    }
}
