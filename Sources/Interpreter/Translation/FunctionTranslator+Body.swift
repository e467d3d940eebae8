/// The instruction-by-instruction part of `FunctionTranslator`: decode one operator, check
/// its types, emit its IR.
extension FunctionTranslator {
    /// Validates and translates one function body, whose declared locals are `locals`
    /// (`ModuleStructure.locals(of:)`), then appends its code (branch fuel already folded,
    /// see `BranchFolding.fold`) to `output`.
    mutating func translate<Sink: TranslatedCodeSink>(_ body: ModuleStructure.FunctionBody, locals: ArraySlice<ModuleStructure.LocalGroup>,
                                                     type: FunctionType, into output: Sink) throws(ModuleError) {
        begin(body, locals: locals, type: type)
        controls.append(ControlFrame(kind: .function, blockType: .empty, height: 0, unreachable: false, dead: false, loopStart: -1, pendingBranches: -1, elseJump: -1))
        syncTop()
        currentOffset = reader.position
        beginFuelBlock()
        loop: while true {
            guard !reader.isAtEnd else {
                throw ModuleError(.malformed, controls.isEmpty ? "section size mismatch" : "unexpected end of section or function", offset: reader.position)
            }
            currentOffset = reader.position
            let opcode = reader.bytes[reader.position]
            reader.position += 1
            // The most frequent operators are translated here, without a call into the big
            // switch of `translateOperator` (which handles them the same way).
            switch opcode {
            case 0x20: try translateLocalGet()
            case 0x21: try translateLocalSet()
            case 0x22: try translateLocalTee()
            case 0x41: try pushConstant(.i32, bits: UInt64(UInt32(bitPattern: try reader.readS32())))
            default:
                if let numeric = numeric[Int(opcode)] {
                    try translateNumeric(numeric)
                } else if try translateOperator(opcode) {
                    break loop
                }
            }
        }
        guard reader.isAtEnd else {
            throw ModuleError(.malformed, "section size mismatch (operators after the function's final end)", offset: reader.position)
        }
        BranchFolding.fold(code.elements)
        let localsCount = localTypes.count - paramCount + 1  // declared locals and the zero slot
        output.append(code: UnsafeBufferPointer(code.elements), wasmOffsets: UnsafeBufferPointer(wasmOffsets.elements),
                      frameSize: tempBase + maxHeight + CompiledFunction.zeroedPadding, localsStart: resultArea, localsCount: localsCount)
    }

    // MARK: Helpers for operand kinds

    @inline(__always)
    mutating func readLocalIndex() throws(ModuleError) -> Int {
        let index = try reader.readIndex()
        guard index < localTypes.count else { throw invalid("unknown local \(index)") }
        return index
    }

    mutating func readGlobalIndex() throws(ModuleError) -> Int {
        let index = try reader.readIndex()
        guard index < context.globals.count else { throw invalid("unknown global \(index)") }
        return index
    }

    mutating func readTableIndex() throws(ModuleError) -> Int {
        let index = try reader.readIndex()
        guard index < context.tables.count else { throw invalid("unknown table \(index)") }
        return index
    }

    mutating func requireMemory() throws(ModuleError) {
        guard !context.memories.isEmpty else { throw invalid("unknown memory 0") }
    }

    mutating func readZeroByte() throws(ModuleError) {
        let b = try reader.readByte()
        guard b == 0 else { throw malformed("zero byte expected") }
    }

    /// Reads a memarg and returns its offset; checks alignment against `naturalAlignment` (log2).
    mutating func readMemoryArgument(naturalAlignment: UInt32) throws(ModuleError) -> UInt32 {
        let alignOffset = reader.position
        let align = try reader.readU32()
        let offset = try reader.readU32()
        // Flags of 32 or more would select another memory (multi-memory): not in 2.0.
        guard align < 32 else { throw ModuleError(.malformed, "malformed memop flags", offset: alignOffset) }
        try requireMemory()
        guard align <= naturalAlignment else { throw invalid("alignment must not be larger than natural") }
        return offset
    }

    // MARK: Generic shapes

    mutating func translateUnary(_ op: Op, operand: ValueType, result: ValueType) throws(ModuleError) {
        let x = try pop(operand)
        let depth = stack.count
        chargeFuel()
        if isDead { try pushTemp(result); return }
        let a = slot(of: x, depth: depth)
        emitProducer(Instruction(op, r: tempSlot(depth), a: a))
        try pushTemp(result)
    }

    mutating func translateBinary(_ op: Op, operand: ValueType, result: ValueType) throws(ModuleError) {
        var y = try pop(operand)
        var x = try pop(operand)
        let depth = stack.count
        chargeFuel()
        if isDead { try pushTemp(result); return }
        if (op == .f32Add || op == .f64Add), let fused = fuseMultiplyAdd(op, x: x, y: y, depth: depth) {
            emitProducer(fused)
            try pushTemp(result)
            return
        }
        var op = op
        var xDepth = depth, yDepth = depth + 1
        if x.kind == .constant, y.kind != .constant, let swapped = OpcodeInfo.swappedForm[op] {
            swap(&x, &y)
            swap(&xDepth, &yDepth)
            op = swapped
        }
        if op == .i32Add || op == .i32Sub, y.kind == .constant,
           let fused = fuseMultiplyAddImmediate(x: x, xDepth: xDepth, addend: op == .i32Add ? y.payload : 0 &- y.payload, depth: depth) {
            emitProducer(fused)
            try pushTemp(result)
            return
        }
        if y.kind == .constant, let immediateOp = OpcodeInfo.immediateForm[op] {
            let fits: Bool
            if operand == .i64 {
                let v = Int64(bitPattern: y.payload)
                fits = v >= Int64(Int32.min) && v <= Int64(Int32.max)
            } else {
                fits = true
            }
            if fits {
                let a = slot(of: x, depth: xDepth)
                emitProducer(Instruction(immediateOp, r: tempSlot(depth), a: a, b: Int32(truncatingIfNeeded: Int64(bitPattern: y.payload))))
                try pushTemp(result)
                return
            }
        }
        let a = slot(of: x, depth: xDepth)
        let b = slot(of: y, depth: yDepth)
        emitProducer(Instruction(op, r: tempSlot(depth), a: a, b: b))
        try pushTemp(result)
    }

    /// `a * b + c` where the multiply is the instruction just emitted and its result is used
    /// only by this add: one instruction (still two roundings).
    mutating func fuseMultiplyAdd(_ op: Op, x: Operand, y: Operand, depth: Int) -> Instruction? {
        guard lastProducer >= 0, lastProducer == code.count - 1 else { return nil }
        let producer = code[lastProducer]
        let multiply: Op = op == .f32Add ? .f32Mul : .f64Mul
        guard producer.op == multiply else { return nil }
        let left: Bool
        let other: Operand
        let otherDepth: Int
        if y.kind == .temp && producer.r == tempSlot(depth + 1) && x.kind != .constant {
            left = false; other = x; otherDepth = depth
        } else if x.kind == .temp && producer.r == tempSlot(depth) && y.kind != .constant {
            left = true; other = y; otherDepth = depth + 1
        } else {
            return nil
        }
        let c = other.kind == .local ? Int32(other.payload) : tempSlot(otherDepth)
        guard c >= 0, c <= Int32(UInt16.max) else { return nil }
        code.removeLast()
        wasmOffsets.removeLast()
        lastProducer = -1
        let fusedOp: Op = op == .f32Add ? (left ? .f32MulAddL : .f32MulAddR) : (left ? .f64MulAddL : .f64MulAddR)
        return Instruction(fusedOp, r: tempSlot(depth), a: producer.a, b: producer.b, aux: UInt16(c))
    }

    /// `x * c1 + c2` (i32) where the multiply is the `i32MulImm` just emitted and its result
    /// is used only by this add (or subtract, `addend` then the negated constant): one
    /// instruction, `x`'s slot in `aux` (when it fits).
    mutating func fuseMultiplyAddImmediate(x: Operand, xDepth: Int, addend: UInt64, depth: Int) -> Instruction? {
        guard x.kind == .temp, lastProducer >= 0, lastProducer == code.count - 1 else { return nil }
        let producer = code[lastProducer]
        guard producer.op == .i32MulImm, producer.r == tempSlot(xDepth),
              producer.a >= 0, producer.a <= Int32(UInt16.max) else { return nil }
        code.removeLast()
        wasmOffsets.removeLast()
        lastProducer = -1
        return Instruction(.i32MulImmAddImm, r: tempSlot(depth), a: producer.b,
                           b: Int32(truncatingIfNeeded: addend), aux: UInt16(producer.a))
    }

    mutating func translateLoad(_ op: Op, result: ValueType, naturalAlignment: UInt32) throws(ModuleError) {
        var offset = try readMemoryArgument(naturalAlignment: naturalAlignment)
        let address = try pop(.i32)
        let depth = stack.count
        chargeFuel()
        if isDead { try pushTemp(result); return }
        if op == .i32Load, let (a, shift) = scaledAddressSlot(address, depth: depth) {
            emitProducer(Instruction(.i32LoadScaled, r: tempSlot(depth), a: a, b: Int32(bitPattern: offset), aux: shift))
        } else {
            let (a, displacement) = addressSlot(address, depth: depth, offset: &offset)
            emitProducer(Instruction(op, r: tempSlot(depth), a: a, b: Int32(bitPattern: offset), aux: displacement))
        }
        try pushTemp(result)
    }

    /// For an `i32` access whose address is `x << k` computed by the instruction just
    /// emitted (and used only here): drops that shift and returns `x`'s slot and `k` for a
    /// scaled-index access, which computes the same 32-bit wrapped shift before adding its
    /// offset.
    mutating func scaledAddressSlot(_ address: Operand, depth: Int) -> (Int32, UInt16)? {
        guard address.kind == .temp, lastProducer >= 0, lastProducer == code.count - 1 else { return nil }
        let producer = code[lastProducer]
        guard producer.op == .i32ShlImm, producer.r == tempSlot(depth) else { return nil }
        code.removeLast()
        wasmOffsets.removeLast()
        lastProducer = -1
        return (producer.a, UInt16(producer.b & 31))
    }

    /// The slot of a memory access's address. When the address is `x + k` computed by the
    /// instruction just emitted (and used only here), that add is dropped and `k` (a 16-bit
    /// signed displacement) goes into the access's `aux`: the access computes the same
    /// 32-bit wrapped sum, `x + k`, before adding its offset.
    mutating func addressSlot(_ address: Operand, depth: Int, offset: inout UInt32) -> (Int32, UInt16) {
        // A constant address c: the zero slot as base and c folded into the offset, when the
        // sum still fits (the access computes the same c + offset either way).
        if address.kind == .constant {
            let c = UInt64(UInt32(truncatingIfNeeded: address.payload))
            if c + UInt64(offset) <= UInt64(UInt32.max) {
                offset = UInt32(c + UInt64(offset))
                return (Int32(zeroSlot), 0)
            }
        }
        if address.kind == .temp, lastProducer >= 0, lastProducer == code.count - 1 {
            let producer = code[lastProducer]
            if producer.op == .i32AddImm, producer.r == tempSlot(depth),
               producer.b >= Int32(Int16.min), producer.b <= Int32(Int16.max) {
                code.removeLast()
                wasmOffsets.removeLast()
                lastProducer = -1
                return (producer.a, UInt16(bitPattern: Int16(producer.b)))
            }
        }
        return (slot(of: address, depth: depth), 0)
    }

    mutating func translateStore(_ op: Op, value valueType: ValueType, naturalAlignment: UInt32) throws(ModuleError) {
        var offset = try readMemoryArgument(naturalAlignment: naturalAlignment)
        let value = try pop(valueType)
        let address = try pop(.i32)
        let depth = stack.count
        chargeFuel()
        if isDead { return }
        if value.kind == .constant {
            let bits = value.payload
            var immediateOp: Op?
            switch op {
            case .i32Store8, .i64Store8: immediateOp = .storeImm8
            case .i32Store16, .i64Store16: immediateOp = .storeImm16
            case .i32Store, .i64Store32: immediateOp = .storeImm32
            case .i64Store:
                let v = Int64(bitPattern: bits)
                if v >= Int64(Int32.min) && v <= Int64(Int32.max) { immediateOp = .storeImm64 }
            default: break
            }
            if let immediateOp {
                let (a, displacement) = addressSlot(address, depth: depth, offset: &offset)
                emit(Instruction(immediateOp, r: Int32(truncatingIfNeeded: bits), a: a, b: Int32(bitPattern: offset), aux: displacement))
                return
            }
        }
        // The value first: a fused address must come from the instruction just emitted.
        let v = slot(of: value, depth: depth + 1)
        if op == .i32Store, let (a, shift) = scaledAddressSlot(address, depth: depth) {
            emit(Instruction(.i32StoreScaled, r: v, a: a, b: Int32(bitPattern: offset), aux: shift))
            return
        }
        let (a, displacement) = addressSlot(address, depth: depth, offset: &offset)
        emit(Instruction(op, r: v, a: a, b: Int32(bitPattern: offset), aux: displacement))
    }

    /// A reinterpretation: same bits, new type; no code.
    mutating func translateReinterpret(from: ValueType, to: ValueType) throws(ModuleError) {
        var x = try pop(from)
        chargeFuel()
        x.type = to
        if x.kind == .local { localReferences[Int(x.payload)] += 1; lowestLocalReference = min(lowestLocalReference, stack.count) }
        stack.append(x)
        // A fused local.set must not retarget a producer through a retyped operand: fine,
        // the operand is the same slot.
    }

    /// Pushes a constant operand (no code).
    mutating func pushConstant(_ type: ValueType, bits: UInt64) throws(ModuleError) {
        chargeFuel()
        try push(type, kind: .constant, payload: bits)
    }

    // MARK: The operator switch

    /// Translates one operator. Returns true after the function's final `end`.
    mutating func translateOperator(_ opcode: UInt8) throws(ModuleError) -> Bool {
        switch opcode {
        // MARK: Control
        case 0x00: // unreachable
            if !isDead { emit(Instruction(.unreachable)) }
            setUnreachable()
        case 0x01: // nop
            break
        case 0x02: // block
            let bt = try readBlockType()
            try checkBlockParameters(bt)
            try enterBlock(.block, bt)
        case 0x03: // loop
            let bt = try readBlockType()
            try checkBlockParameters(bt)
            try enterBlock(.loop, bt)
        case 0x04: // if
            let bt = try readBlockType()
            let condition = try pop(.i32)
            let conditionDepth = stack.count
            chargeFuel()
            try checkBlockParameters(bt)
            var conditionSlot: Int32 = 0
            if !isDead {
                // The condition may be a constant or local: give it a slot before params move.
                conditionSlot = slotForCondition(condition, depth: conditionDepth)
            }
            try enterBlockPrologue(bt)
            try pushControl(.if, bt)
            if !isDead {
                let jump = emitConditionalBranch(conditionSlot: conditionSlot, whenZero: true)
                controls[controls.count - 1].elseJump = jump
                beginFuelBlock()
            }
        case 0x05: // else
            let i = controls.count - 1
            guard controls[i].kind == .if else { throw invalid("else without matching if") }
            let results = blockResults(controls[i].blockType)
            try checkFrameEnd(results)
            let frame = controls[i]
            if !isDead {
                // End of the then-arm: results into place, jump to the end.
                let arity = results.count
                emitBranchMoves(arity: arity, targetHeight: frame.height)
                let jump = emit(Instruction(.br, a: -1))
                addPendingBranch(frameIndex: i, instruction: jump)
            }
            // Restore the operand stack to the block's parameters.
            while stack.count > frame.height {
                let operand = stack.removeLast()
                if operand.kind == .local { localReferences[Int(operand.payload)] -= 1 }
            }
            for t in blockParameters(frame.blockType) { try pushTemp(t) }
            controls[i].kind = .else
            controls[i].unreachable = false
            syncTop()
            lastProducer = -1
            let label = beginFuelBlock()
            if frame.elseJump >= 0 {
                code[frame.elseJump].branchOffset = Int32(label - frame.elseJump)
                controls[i].elseJump = -1
            }
        case 0x0B: // end
            return try translateEnd()
        case 0x0C: // br
            let depth = try reader.readIndex()
            guard depth < controls.count else { throw invalid("unknown label") }
            chargeFuel()
            try translateBranch(depth: depth)
            setUnreachable()
        case 0x0D: // br_if
            let depth = try reader.readIndex()
            guard depth < controls.count else { throw invalid("unknown label") }
            let condition = try pop(.i32)
            chargeFuel()
            try translateBranchIf(depth: depth, condition: condition, conditionDepth: stack.count)
        case 0x0E: // br_table
            try translateBranchTable()
        case 0x0F: // return
            try checkLabelOperands(type.results)
            if !isDead { emitReturn() }
            setUnreachable()
        case 0x10: // call
            let index = try reader.readIndex()
            guard let calleeType = context.functionType(index) else { throw invalid("unknown function \(index)") }
            chargeFuel()
            let imported = index < context.importedFunctionCount
            try translateCall(calleeType, instruction: imported
                ? Instruction(.callImport, a: Int32(index))
                : Instruction(.call, a: Int32(index - context.importedFunctionCount)))
        case 0x11: // call_indirect
            let typeIndex = try reader.readIndex()
            let tableIndex = try reader.readIndex()
            guard tableIndex < context.tables.count else { throw invalid("unknown table \(tableIndex)") }
            guard typeIndex < context.types.count else { throw invalid("unknown type \(typeIndex)") }
            guard context.tables[tableIndex].elementType == .funcref else { throw invalid("type mismatch (call_indirect on a table of \(context.tables[tableIndex].elementType))") }
            let index = try pop(.i32)
            let indexDepth = stack.count
            chargeFuel()
            var indexSlot: Int32 = 0
            if !isDead { indexSlot = slot(of: index, depth: indexDepth) }
            try translateCall(context.types[typeIndex], instruction: Instruction(.callIndirect, r: indexSlot, a: Int32(typeIndex), aux: UInt16(tableIndex)))

        // MARK: Parametric
        case 0x1A: // drop
            _ = try popAny()
        case 0x1B: // select
            try translateSelect(annotated: nil)
        case 0x1C: // select t*
            let count = try reader.readIndex()
            guard count == 1 else { throw invalid("invalid result arity") }
            let t = try reader.readValueType()
            try translateSelect(annotated: t)

        // MARK: Variables
        case 0x20: // local.get
            try translateLocalGet()
        case 0x21: // local.set
            try translateLocalSet()
        case 0x22: // local.tee
            try translateLocalTee()
        case 0x23: // global.get
            let index = try readGlobalIndex()
            chargeFuel()
            let depth = stack.count
            if !isDead { emitProducer(Instruction(.globalGet, r: tempSlot(depth), a: Int32(index))) }
            try pushTemp(context.globals[index].valueType)
        case 0x24: // global.set
            let index = try readGlobalIndex()
            guard context.globals[index].isMutable else { throw invalid("global is immutable") }
            let value = try pop(context.globals[index].valueType)
            chargeFuel()
            if !isDead {
                let s = slot(of: value, depth: stack.count)
                emit(Instruction(.globalSet, r: s, a: Int32(index)))
            }
        case 0x25: // table.get
            let table = try readTableIndex()
            let index = try pop(.i32)
            let depth = stack.count
            chargeFuel()
            if !isDead {
                let a = slot(of: index, depth: depth)
                emitProducer(Instruction(.tableGet, r: tempSlot(depth), a: a, aux: UInt16(table)))
            }
            try pushTemp(context.tables[table].elementType)
        case 0x26: // table.set
            let table = try readTableIndex()
            let value = try pop(context.tables[table].elementType)
            let index = try pop(.i32)
            let depth = stack.count
            chargeFuel()
            if !isDead {
                let a = slot(of: index, depth: depth)
                let v = slot(of: value, depth: depth + 1)
                emit(Instruction(.tableSet, r: v, a: a, aux: UInt16(table)))
            }

        // MARK: Memory
        case 0x28: try translateLoad(.i32Load, result: .i32, naturalAlignment: 2)
        case 0x29: try translateLoad(.i64Load, result: .i64, naturalAlignment: 3)
        case 0x2A: try translateLoad(.i32Load, result: .f32, naturalAlignment: 2)
        case 0x2B: try translateLoad(.i64Load, result: .f64, naturalAlignment: 3)
        case 0x2C: try translateLoad(.i32Load8S, result: .i32, naturalAlignment: 0)
        case 0x2D: try translateLoad(.i32Load8U, result: .i32, naturalAlignment: 0)
        case 0x2E: try translateLoad(.i32Load16S, result: .i32, naturalAlignment: 1)
        case 0x2F: try translateLoad(.i32Load16U, result: .i32, naturalAlignment: 1)
        case 0x30: try translateLoad(.i64Load8S, result: .i64, naturalAlignment: 0)
        case 0x31: try translateLoad(.i64Load8U, result: .i64, naturalAlignment: 0)
        case 0x32: try translateLoad(.i64Load16S, result: .i64, naturalAlignment: 1)
        case 0x33: try translateLoad(.i64Load16U, result: .i64, naturalAlignment: 1)
        case 0x34: try translateLoad(.i64Load32S, result: .i64, naturalAlignment: 2)
        case 0x35: try translateLoad(.i64Load32U, result: .i64, naturalAlignment: 2)
        case 0x36: try translateStore(.i32Store, value: .i32, naturalAlignment: 2)
        case 0x37: try translateStore(.i64Store, value: .i64, naturalAlignment: 3)
        case 0x38: try translateStore(.i32Store, value: .f32, naturalAlignment: 2)
        case 0x39: try translateStore(.i64Store, value: .f64, naturalAlignment: 3)
        case 0x3A: try translateStore(.i32Store8, value: .i32, naturalAlignment: 0)
        case 0x3B: try translateStore(.i32Store16, value: .i32, naturalAlignment: 1)
        case 0x3C: try translateStore(.i64Store8, value: .i64, naturalAlignment: 0)
        case 0x3D: try translateStore(.i64Store16, value: .i64, naturalAlignment: 1)
        case 0x3E: try translateStore(.i64Store32, value: .i64, naturalAlignment: 2)
        case 0x3F: // memory.size
            try readZeroByte()
            try requireMemory()
            chargeFuel()
            if !isDead { emitProducer(Instruction(.memorySize, r: tempSlot(stack.count))) }
            try pushTemp(.i32)
        case 0x40: // memory.grow
            try readZeroByte()
            try requireMemory()
            try translateUnary(.memoryGrow, operand: .i32, result: .i32)

        // MARK: Constants
        case 0x41: try pushConstant(.i32, bits: UInt64(UInt32(bitPattern: try reader.readS32())))
        case 0x42: try pushConstant(.i64, bits: UInt64(bitPattern: try reader.readS64()))
        case 0x43: try pushConstant(.f32, bits: UInt64(try reader.readFixedU32()))
        case 0x44: try pushConstant(.f64, bits: try reader.readFixedU64())

        // MARK: Reinterpretations (no code)
        case 0xBC: try translateReinterpret(from: .f32, to: .i32)
        case 0xBD: try translateReinterpret(from: .f64, to: .i64)
        case 0xBE: try translateReinterpret(from: .i32, to: .f32)
        case 0xBF: try translateReinterpret(from: .i64, to: .f64)

        // MARK: References
        case 0xD0: // ref.null
            let t = try reader.readReferenceType()
            try pushConstant(t, bits: 0)
        case 0xD1: // ref.is_null
            let x = try popAny()
            if let t = x.type, !t.isReference { throw invalid("type mismatch (ref.is_null on \(t))") }
            let depth = stack.count
            chargeFuel()
            if !isDead {
                let a = slot(of: x, depth: depth)
                emitProducer(Instruction(.refIsNull, r: tempSlot(depth), a: a))
            }
            try pushTemp(.i32)
        case 0xD2: // ref.func
            let index = try reader.readIndex()
            guard index < context.functionTypeIndices.count else { throw invalid("unknown function \(index)") }
            guard context.declaredReferences.contains(index) else { throw invalid("undeclared function reference") }
            chargeFuel()
            if !isDead { emitProducer(Instruction(.refFunc, r: tempSlot(stack.count), a: Int32(index))) }
            try pushTemp(.funcref)

        case 0xFC:
            try translatePrefixed()

        default:
            if let numeric = numeric[Int(opcode)] {
                try translateNumeric(numeric)
            } else {
                throw malformed("illegal opcode 0x\(String(opcode, radix: 16))")
            }
        }
        return false
    }

    // MARK: The most frequent operators (also dispatched straight from `translate`)

    @inline(__always)
    mutating func translateLocalGet() throws(ModuleError) {
        let index = try readLocalIndex()
        chargeFuel()
        let s = localSlot(index)
        try push(localTypes[index], kind: .local, payload: UInt64(s))
        localReferences[s] += 1
        lowestLocalReference = min(lowestLocalReference, stack.count - 1)
    }

    @inline(__always)
    mutating func translateLocalSet() throws(ModuleError) {
        let index = try readLocalIndex()
        let value = try pop(localTypes[index])
        chargeFuel()
        if !isDead { setLocal(slot: localSlot(index), value: value, valueDepth: stack.count) }
    }

    @inline(__always)
    mutating func translateLocalTee() throws(ModuleError) {
        let index = try readLocalIndex()
        let value = try pop(localTypes[index])
        chargeFuel()
        let s = localSlot(index)
        if isDead {
            try pushTemp(localTypes[index])
        } else {
            let depth = stack.count
            setLocal(slot: s, value: value, valueDepth: depth)
            try push(localTypes[index], kind: .local, payload: UInt64(s))
            localReferences[s] += 1
            lowestLocalReference = min(lowestLocalReference, depth)
        }
    }

    @inline(__always)
    mutating func translateNumeric(_ numeric: OpcodeInfo.Numeric) throws(ModuleError) {
        if numeric.isBinary {
            try translateBinary(numeric.op, operand: numeric.operand, result: numeric.result)
        } else {
            try translateUnary(numeric.op, operand: numeric.operand, result: numeric.result)
        }
    }

    // MARK: Blocks

    /// Type-checks a block's parameters on top of the stack. They stay where they are; in
    /// unreachable code missing ones are supplied as unknown-origin operands of the right type.
    mutating func checkBlockParameters(_ bt: BlockType) throws(ModuleError) {
        let params = blockParameters(bt)
        guard !params.isEmpty else { return }
        if controls[controls.count - 1].unreachable {
            try pop(types: params)
            for t in params { try pushTemp(t) }
        } else {
            try checkLabelOperands(params)
        }
    }

    /// Gives a branch condition a slot; constants are materialised at their depth.
    mutating func slotForCondition(_ condition: Operand, depth: Int) -> Int32 {
        slot(of: condition, depth: depth)
    }

    /// Before a block starts: values must not depend on locals a branch-local `local.set`
    /// could change, and the block's parameters must sit in their canonical slots.
    mutating func enterBlockPrologue(_ bt: BlockType) throws(ModuleError) {
        guard !isDead else { return }
        materializeLocalReferences()
        let params = blockParameters(bt).count
        let base = stack.count - params
        if params > 0 && base >= controls[controls.count - 1].height {
            for depth in base..<stack.count { materialize(depth: depth) }
        }
    }

    mutating func enterBlock(_ kind: FrameKind, _ bt: BlockType) throws(ModuleError) {
        try enterBlockPrologue(bt)
        try pushControl(kind, bt)
        lastProducer = -1
        if kind == .loop {
            beginFuelBlock()
            let i = controls.count - 1
            controls[i].loopStart = fuelInstruction >= 0 ? fuelInstruction : code.count
        }
    }

    mutating func translateEnd() throws(ModuleError) -> Bool {
        let i = controls.count - 1
        let frame = controls[i]
        let results = blockResults(frame.blockType)
        if frame.kind == .function {
            try checkFrameEnd(type.results)
            if !isDead { emitReturn() }
            // Forward branches to the function label were emitted as returns: nothing to patch.
            controls.removeLast()
            syncTop()
            return true
        }
        if frame.kind == .if {
            // An if without else: the false path passes the parameters through unchanged.
            let params = blockParameters(frame.blockType)
            guard params == results else { throw invalid("type mismatch (if without else must have matching parameters and results)") }
        }
        try checkFrameEnd(results)
        let live = !isDead
        if live {
            // Results into their canonical slots.
            for depth in frame.height..<stack.count { materialize(depth: depth) }
        }
        // Pop the frame's operands and push its results as temporaries.
        while stack.count > frame.height {
            let operand = stack.removeLast()
            if operand.kind == .local { localReferences[Int(operand.payload)] -= 1 }
        }
        controls.removeLast()
        syncTop()
        if frame.unreachable && frame.elseJump < 0 && frame.pendingBranches < 0 {
            // Nothing reaches the code after this `end`: give it its own (never entered)
            // block so its operators are not charged to the block before.
            lastProducer = -1
            beginFuelBlock()
        } else if frame.elseJump >= 0 || frame.pendingBranches >= 0 {
            // A join: the next basic block starts here and branches land on it.
            lastProducer = -1
            let label = beginFuelBlock()
            if frame.elseJump >= 0 { code[frame.elseJump].branchOffset = Int32(label - frame.elseJump) }
            if frame.pendingBranches >= 0 { patchPendingBranches(frame.pendingBranches, to: label) }
        }
        for t in results { try pushTemp(t) }
        return false
    }

    // MARK: Branches

    mutating func translateBranch(depth: Int) throws(ModuleError) {
        let targetIndex = controls.count - 1 - depth
        let target = controls[targetIndex]
        let types = target.kind == .function ? type.results : labelTypes(target)
        try checkLabelOperands(types)
        guard !isDead else { return }
        if target.kind == .function {
            emitReturn()
            return
        }
        emitBranchMoves(arity: types.count, targetHeight: target.height)
        emitJump(to: targetIndex)
    }

    /// Emits `br` to the label of frame `targetIndex` (moves already done).
    mutating func emitJump(to targetIndex: Int) {
        let target = controls[targetIndex]
        if target.kind == .loop {
            let index = code.count
            emit(Instruction(.br, a: Int32(target.loopStart - index)))
        } else {
            let index = emit(Instruction(.br, a: -1))
            addPendingBranch(frameIndex: targetIndex, instruction: index)
        }
    }

    mutating func translateBranchIf(depth: Int, condition: Operand, conditionDepth: Int) throws(ModuleError) {
        let targetIndex = controls.count - 1 - depth
        let target = controls[targetIndex]
        let types = target.kind == .function ? type.results : labelTypes(target)
        if controls[controls.count - 1].unreachable {
            // Polymorphic stack: pop and push back the label types.
            try pop(types: types)
            for t in types { try pushTemp(t) }
            return
        }
        try checkLabelOperands(types)
        guard !isDead else { return }
        let conditionSlot = slot(of: condition, depth: conditionDepth)
        let arity = types.count
        let targetHeight = target.height
        if target.kind != .function && target.kind != .loop && branchNeedsNoMoves(arity: arity, targetHeight: targetHeight) {
            let index = emitConditionalBranch(conditionSlot: conditionSlot, whenZero: false)
            addPendingBranch(frameIndex: targetIndex, instruction: index)
            lastProducer = -1
            beginFuelBlock()
        } else if target.kind == .loop && branchNeedsNoMoves(arity: arity, targetHeight: targetHeight) {
            let index = emitConditionalBranch(conditionSlot: conditionSlot, whenZero: false)
            code[index].branchOffset = Int32(target.loopStart - index)
            lastProducer = -1
            beginFuelBlock()
        } else {
            let skip = emitConditionalBranch(conditionSlot: conditionSlot, whenZero: true)
            if target.kind == .function {
                emitReturn()
            } else {
                emitBranchMoves(arity: arity, targetHeight: targetHeight)
                emitJump(to: targetIndex)
            }
            lastProducer = -1
            let label = beginFuelBlock()
            code[skip].branchOffset = Int32(label - skip)
        }
    }

    mutating func translateBranchTable() throws(ModuleError) {
        let count = try reader.readCount(minElementSize: 1, limit: context.limits.maxSegmentEntries, what: "br_table targets")
        var depths: [Int] = []
        depths.reserveCapacity(count + 1)
        for _ in 0...count {
            let d = try reader.readIndex()
            guard d < controls.count else { throw invalid("unknown label") }
            depths.append(d)
        }
        let index = try pop(.i32)
        let indexDepth = stack.count
        chargeFuel()
        let defaultFrame = controls[controls.count - 1 - depths[count]]
        let arity = defaultFrame.kind == .function ? type.results.count : labelArity(defaultFrame)
        for d in depths {
            let frame = controls[controls.count - 1 - d]
            let types = frame.kind == .function ? type.results : labelTypes(frame)
            guard types.count == arity else { throw invalid("type mismatch (br_table targets of different arity)") }
            try checkLabelOperands(types)
        }
        if !isDead {
            let indexSlot = slot(of: index, depth: indexDepth)
            let tableStart = emit(Instruction(.brTable, r: indexSlot, b: Int32(depths.count)))
            // One `br` entry per target; entries needing moves go through a stub.
            var stubs: [(entry: Int, depth: Int)] = []
            for d in depths {
                let targetIndex = controls.count - 1 - d
                let target = controls[targetIndex]
                if target.kind != .function && branchNeedsNoMoves(arity: arity, targetHeight: target.height) {
                    emitJump(to: targetIndex)
                } else {
                    let entry = emit(Instruction(.br, a: 0))
                    stubs.append((entry, d))
                }
            }
            _ = tableStart
            for stub in stubs {
                code[stub.entry].a = Int32(code.count - stub.entry)
                let targetIndex = controls.count - 1 - stub.depth
                let target = controls[targetIndex]
                if target.kind == .function {
                    emitReturn()
                } else {
                    emitBranchMoves(arity: arity, targetHeight: target.height)
                    emitJump(to: targetIndex)
                }
            }
        }
        setUnreachable()
    }

    // MARK: Calls

    /// A call: arguments into their canonical slots, which start the callee's frame
    /// (`instruction.b` is set to that slot).
    mutating func translateCall(_ calleeType: FunctionType, instruction: Instruction) throws(ModuleError) {
        let params = calleeType.parameters
        // Type-check the arguments (top of stack).
        let frame = controls[controls.count - 1]
        let available = stack.count - frame.height
        for (k, t) in params.reversed().enumerated() {
            if k < available {
                if let actual = stack[stack.count - 1 - k].type, actual != t {
                    throw invalid("type mismatch (argument \(params.count - 1 - k): expected \(t), found \(actual))")
                }
            } else if !frame.unreachable {
                throw invalid("type mismatch (missing argument)")
            }
        }
        if isDead {
            try pop(types: params)
            for t in calleeType.results { try pushTemp(t) }
            return
        }
        let base = stack.count - params.count
        for depth in base..<stack.count { materialize(depth: depth) }
        var call = instruction
        call.b = tempSlot(base)
        emit(call)
        try pop(types: params)
        for t in calleeType.results { try pushTemp(t) }
        lastProducer = -1
    }

    // MARK: select

    mutating func translateSelect(annotated: ValueType?) throws(ModuleError) {
        let condition = try pop(.i32)
        var y: Operand
        var x: Operand
        if let t = annotated {
            y = try pop(t)
            x = try pop(t)
        } else {
            y = try popAny()
            x = try popAny()
            if let tx = x.type, tx.isReference { throw invalid("type mismatch (select without type on references)") }
            if let ty = y.type, ty.isReference { throw invalid("type mismatch (select without type on references)") }
            if let tx = x.type, let ty = y.type, tx != ty { throw invalid("type mismatch (select operands \(tx) and \(ty))") }
        }
        let resultType = annotated ?? x.type ?? y.type
        let depth = stack.count
        chargeFuel()
        if isDead { try pushTemp(resultType); return }
        let a = slot(of: x, depth: depth)
        let b = slot(of: y, depth: depth + 1)
        let c = slot(of: condition, depth: depth + 2)
        if c >= 0 && c <= Int32(UInt16.max) {
            emitProducer(Instruction(.select, r: tempSlot(depth), a: a, b: b, aux: UInt16(c)))
        } else {
            emit(Instruction(.selectWide, r: tempSlot(depth), a: a, b: b))
            emit(Instruction(.selectWide, r: c))
            lastProducer = -1
        }
        try pushTemp(resultType)
    }

    // MARK: local.set / local.tee

    mutating func setLocal(slot target: Int, value: Operand, valueDepth: Int) {
        let targetSlot = Int32(target)
        let hasReferences = localReferences[target] > 0
        if value.kind == .temp && !hasReferences && lastProducer >= 0 && lastProducer == code.count - 1
            && code[lastProducer].r == tempSlot(valueDepth) {
            code[lastProducer].r = targetSlot
            lastProducer = -1
            return
        }
        preserveLocal(slot: target)
        switch value.kind {
        case .temp:
            emit(Instruction(.copy, r: targetSlot, a: tempSlot(valueDepth)))
        case .local:
            if Int32(value.payload) != targetSlot { emit(Instruction(.copy, r: targetSlot, a: Int32(value.payload))) }
        case .constant:
            emitConstant(value.payload, type: value.type, into: targetSlot)
        }
        lastProducer = -1
    }

    // MARK: 0xFC prefix

    mutating func translatePrefixed() throws(ModuleError) {
        let sub = try reader.readU32()
        switch sub {
        case 0...7:
            let n = OpcodeInfo.saturatingTruncations[Int(sub)]
            try translateUnary(n.op, operand: n.operand, result: n.result)
        case 8: // memory.init
            let segment = try reader.readIndex()
            try readZeroByte()
            try requireMemory()
            try checkDataSegment(segment)
            try translateBulk(.memoryInit, types: (.i32, .i32, .i32), extensionA: Int32(segment))
        case 9: // data.drop
            let segment = try reader.readIndex()
            try checkDataSegment(segment)
            chargeFuel()
            if !isDead { emit(Instruction(.dataDrop, a: Int32(segment))) }
        case 10: // memory.copy
            try readZeroByte()
            try readZeroByte()
            try requireMemory()
            try translateBulk(.memoryCopy, types: (.i32, .i32, .i32))
        case 11: // memory.fill
            try readZeroByte()
            try requireMemory()
            try translateBulk(.memoryFill, types: (.i32, .i32, .i32))
        case 12: // table.init
            let segment = try reader.readIndex()
            let table = try readTableIndex()
            guard segment < context.elementTypes.count else { throw invalid("unknown elem segment \(segment)") }
            guard context.elementTypes[segment] == context.tables[table].elementType else { throw invalid("type mismatch (table.init element type)") }
            try translateBulk(.tableInit, types: (.i32, .i32, .i32), aux: UInt16(table), extensionA: Int32(segment))
        case 13: // elem.drop
            let segment = try reader.readIndex()
            guard segment < context.elementTypes.count else { throw invalid("unknown elem segment \(segment)") }
            chargeFuel()
            if !isDead { emit(Instruction(.elemDrop, a: Int32(segment))) }
        case 14: // table.copy
            let destination = try readTableIndex()
            let source = try readTableIndex()
            guard context.tables[destination].elementType == context.tables[source].elementType else { throw invalid("type mismatch (table.copy element types)") }
            try translateBulk(.tableCopy, types: (.i32, .i32, .i32), aux: UInt16(destination), extensionA: Int32(source))
        case 15: // table.grow
            let table = try readTableIndex()
            let count = try pop(.i32)
            let initial = try pop(context.tables[table].elementType)
            let depth = stack.count
            chargeFuel()
            if !isDead {
                let a = slot(of: initial, depth: depth)
                let b = slot(of: count, depth: depth + 1)
                emitProducer(Instruction(.tableGrow, r: tempSlot(depth), a: a, b: b, aux: UInt16(table)))
            }
            try pushTemp(.i32)
        case 16: // table.size
            let table = try readTableIndex()
            chargeFuel()
            if !isDead { emitProducer(Instruction(.tableSize, r: tempSlot(stack.count), aux: UInt16(table))) }
            try pushTemp(.i32)
        case 17: // table.fill
            let table = try readTableIndex()
            let elementType = context.tables[table].elementType
            try translateBulk(.tableFill, types: (.i32, elementType, .i32), aux: UInt16(table))
        default:
            throw malformed("illegal opcode 0xfc \(sub)")
        }
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

    /// A three-operand bulk operation (no result): fields r, a, b = operands 1, 2, 3.
    mutating func translateBulk(_ op: Op, types: (ValueType, ValueType, ValueType), aux: UInt16 = 0, extensionA: Int32? = nil) throws(ModuleError) {
        let z = try pop(types.2)
        let y = try pop(types.1)
        let x = try pop(types.0)
        let depth = stack.count
        chargeFuel()
        if isDead { return }
        let r = slot(of: x, depth: depth)
        let a = slot(of: y, depth: depth + 1)
        let b = slot(of: z, depth: depth + 2)
        emit(Instruction(op, r: r, a: a, b: b, aux: aux))
        if let extensionA { emit(Instruction(op, a: extensionA)) }
    }
}
