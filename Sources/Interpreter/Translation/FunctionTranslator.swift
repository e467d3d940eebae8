/// Validates one function body and lowers it to register IR, in a single pass.
///
/// Validation is the spec's algorithm (an operand type stack and a control stack, with the
/// polymorphic stack after unconditional branches). Lowering tracks, for every operand, where
/// its value lives: in its canonical temporary slot, still in a local (`local.get` emits no
/// code), or as a constant (emitted as an immediate or materialised on use).
///
/// Frame layout of a function (slots relative to the frame pointer):
/// `[params/results: max(p, r)] [declared locals] [zero] [temporaries: maxStackHeight] [padding]`.
/// The operand at stack depth `d` has its canonical slot at `tempBase + d`. A call's
/// arguments sit in the caller's canonical slots, which become the callee's parameters.
///
/// Nothing here recurses: control nesting is an explicit stack bounded by
/// `EngineLimits.maxControlDepth`.
struct FunctionTranslator: ~Copyable {
    enum OperandKind: UInt8 { case temp, local, constant }

    struct Operand {
        /// nil: unknown (popped from the polymorphic stack of unreachable code).
        var type: ValueType?
        var kind: OperandKind
        /// The local's slot, or the constant's bits.
        var payload: UInt64
    }

    enum FrameKind: UInt8 { case function, block, loop, `if`, `else` }

    struct ControlFrame {
        var kind: FrameKind
        var blockType: BlockType
        /// Operand stack height at entry, below the block's parameters.
        var height: Int
        var unreachable: Bool
        /// Code emission is off for the whole frame (it sits in dead code).
        var dead: Bool
        /// Loop: index of the first instruction (the branch target).
        var loopStart: Int
        /// Head of the chain of forward branches to patch at `end` (-1: none).
        var pendingBranches: Int
        /// If: index of the `brIfNot` that skips the then-arm (-1: none).
        var elseJump: Int
    }

    enum BlockType {
        case empty
        case value(ValueType)
        case typeIndex(Int)
    }

    let context: ModuleContext
    /// The module's binary (`rebind(to:)` points it at the same bytes at a new address).
    private(set) var bytes: UnsafeBufferPointer<UInt8>
    /// `OpcodeInfo.numeric`, held here so the per-operator lookup is a plain memory read.
    var numeric = TrivialBuffer<OpcodeInfo.Numeric?>(capacity: 256)
    /// `[t]` for each value type `t`, by raw value from `singleTypesBase` (block results
    /// without an allocation per block).
    let singleTypes: [[ValueType]] = (singleTypesBase...0x7F).map { raw in ValueType(rawValue: UInt8(raw)).map { [$0] } ?? [] }
    static let singleTypesBase = Int(ValueType.externref.rawValue)
    var reader: ByteReader
    var type = FunctionType()

    // Locals
    var localTypes = TrivialBuffer<ValueType>()
    var paramCount = 0
    /// Slots reserved at the frame start for parameters or results.
    var resultArea = 0
    /// A slot that always holds 0, right after the declared locals (zeroed with them on
    /// entry, never written, below the temporaries so no callee frame overlaps it): constant
    /// zero operands and constant addresses read it instead of materialising a constant.
    var zeroSlot = 0
    var tempBase = 1
    /// Number of `Operand`s on the stack that refer to each local.
    var localReferences = TrivialBuffer<Int32>()
    /// Lowest stack depth that may hold a local reference.
    var lowestLocalReference = Int.max

    // Stacks
    var stack = TrivialBuffer<Operand>()
    var controls = TrivialBuffer<ControlFrame>()
    // The innermost frame's facts read for nearly every operator, kept in step with
    // `controls` by `syncTop()`.
    /// Code emission is off: the innermost frame is unreachable or dead.
    var isDead = false
    var topHeight = 0
    var topUnreachable = false
    var maxHeight = 0

    // Output of the current function
    var code = TrivialBuffer<Instruction>()
    var wasmOffsets = TrivialBuffer<Int32>()
    var currentOffset = 0
    /// Index of the instruction that last produced the top-of-stack temporary, if it may be
    /// retargeted to write a local directly (`local.set` fusion).
    var lastProducer = -1
    var fuelInstruction = -1
    /// Instructions emitted since the last control transfer (see `maxStraightRun`).
    var straightRun = 0
    /// The next instruction emitted is the extension word of the last one.
    var extensionPending = false

    /// A translator for the function bodies of one module. It keeps its buffers from one
    /// function to the next (`translate(_:type:into:)`), so translating a module allocates
    /// little beyond its output.
    init(context: ModuleContext, bytes: UnsafeBufferPointer<UInt8>) {
        self.context = context
        self.bytes = bytes
        self.reader = ByteReader(bytes: bytes, position: 0, end: 0)
        OpcodeInfo.numeric.withUnsafeBufferPointer { numeric.append(contentsOf: $0) }
    }

    /// Points the translator at `bytes`, the same module binary it was made for, possibly at
    /// another address (lazy translation borrows the module's byte array once per function).
    mutating func rebind(to bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Resets the per-function state for `body` of type `type`. Its parameters and locals
    /// together were checked against `EngineLimits.maxLocalsPerFunction`
    /// (`FunctionValidation.checkLocalCount`, called by `FunctionTranslation.translate`, and
    /// for lazy translation when the module was validated), so the buffers below grow by a
    /// bounded amount.
    mutating func begin(_ body: ModuleStructure.FunctionBody, locals: ArraySlice<ModuleStructure.LocalGroup>, type: FunctionType) {
        reader = ByteReader(bytes: bytes, position: body.codeStart, end: body.codeEnd)
        self.type = type
        localTypes.removeAll()
        type.parameters.withUnsafeBufferPointer { localTypes.append(contentsOf: $0) }
        for group in locals {
            localTypes.append(repeating: group.type, count: group.count)
        }
        paramCount = type.parameters.count
        resultArea = max(type.parameters.count, type.results.count)
        zeroSlot = resultArea + (localTypes.count - type.parameters.count)
        tempBase = zeroSlot + 1
        localReferences.removeAll()
        localReferences.append(repeating: 0, count: tempBase)
        lowestLocalReference = Int.max
        stack.removeAll()
        controls.removeAll()
        syncTop()
        maxHeight = 0
        code.removeAll()
        wasmOffsets.removeAll()
        // Most bodies need fewer instructions than bytes; the bytes are really there, so
        // this never reserves more than the module's own size.
        let estimate = min(body.codeEnd - body.codeStart, 1 << 16)
        code.reserveCapacity(estimate)
        wasmOffsets.reserveCapacity(estimate)
        currentOffset = body.codeStart
        lastProducer = -1
        fuelInstruction = -1
        straightRun = 0
        extensionPending = false
    }

    // MARK: Errors

    func invalid(_ message: String) -> ModuleError {
        ModuleError(.invalid, message, offset: currentOffset)
    }

    func malformed(_ message: String) -> ModuleError {
        ModuleError(.malformed, message, offset: currentOffset)
    }

    // MARK: Slots

    @inline(__always)
    func localSlot(_ index: Int) -> Int {
        index < paramCount ? index : index - paramCount + resultArea
    }

    @inline(__always)
    func tempSlot(_ depth: Int) -> Int32 { Int32(tempBase + depth) }

    /// Refreshes `isDead`, `topHeight` and `topUnreachable` after `controls` changed.
    @inline(__always)
    mutating func syncTop() {
        guard !controls.isEmpty else {
            isDead = false
            topHeight = 0
            topUnreachable = false
            return
        }
        let frame = controls[controls.count - 1]
        isDead = frame.unreachable || frame.dead
        topHeight = frame.height
        topUnreachable = frame.unreachable
    }

    // MARK: Emission

    /// Most instructions executed in a row without a control transfer (see `Executor`): a
    /// longer straight run gets an empty `fuel` instruction (which charges nothing).
    static let maxStraightRun = 32

    @inline(__always)
    @discardableResult
    mutating func emit(_ instruction: Instruction) -> Int {
        if extensionPending {
            extensionPending = false
        } else if instruction.op.transfersControl {
            straightRun = 0
        } else {
            if straightRun >= Self.maxStraightRun {
                code.append(Instruction(.fuel))
                wasmOffsets.append(Int32(truncatingIfNeeded: currentOffset))
                straightRun = 0
            }
            straightRun += 1
            extensionPending = instruction.op.hasExtensionWord
        }
        code.append(instruction)
        wasmOffsets.append(Int32(truncatingIfNeeded: currentOffset))
        return code.count - 1
    }

    /// Emits an instruction that reads its operands and then writes slot `r`: it may later be
    /// retargeted to write a local instead.
    @inline(__always)
    mutating func emitProducer(_ instruction: Instruction) {
        lastProducer = emit(instruction)
    }

    /// Starts a basic block: the fuel for its operators is charged on entry. Returns the
    /// block's first instruction (the target for branches to it). An empty fuel instruction
    /// that ends the code is reused rather than followed by another.
    @discardableResult
    mutating func beginFuelBlock() -> Int {
        guard context.limits.fuelMetering, !isDead else { fuelInstruction = -1; return code.count }
        if fuelInstruction >= 0 && fuelInstruction == code.count - 1 && code[fuelInstruction].a == 0 {
            return fuelInstruction
        }
        fuelInstruction = emit(Instruction(.fuel))
        return fuelInstruction
    }

    /// Charges one unit for an executed (non-free) operator in the current basic block.
    @inline(__always)
    mutating func chargeFuel() {
        if fuelInstruction >= 0 && !isDead { code[fuelInstruction].a &+= 1 }
    }

    // MARK: Operand stack (validation + value locations)

    @inline(__always)
    mutating func push(_ type: ValueType?, kind: OperandKind = .temp, payload: UInt64 = 0) throws(ModuleError) {
        stack.append(Operand(type: type, kind: kind, payload: payload))
        if stack.count > maxHeight {
            maxHeight = stack.count
            if maxHeight > context.limits.maxOperandStackHeight {
                throw ModuleError(.limitExceeded, "operand stack deeper than \(context.limits.maxOperandStackHeight)", offset: currentOffset)
            }
        }
    }

    @inline(__always)
    mutating func pushTemp(_ type: ValueType?) throws(ModuleError) {
        try push(type)
    }

    /// Pops any operand (type checked by the caller).
    @inline(__always)
    mutating func popAny() throws(ModuleError) -> Operand {
        if stack.count == topHeight {
            if topUnreachable { return Operand(type: nil, kind: .temp, payload: 0) }
            throw invalid("type mismatch (operand stack underflow)")
        }
        let operand = stack.removeLast()
        if operand.kind == .local {
            localReferences[Int(operand.payload)] -= 1
        }
        return operand
    }

    @inline(__always)
    mutating func pop(_ expected: ValueType) throws(ModuleError) -> Operand {
        let operand = try popAny()
        if let t = operand.type, t != expected {
            throw invalid("type mismatch (expected \(expected), found \(t))")
        }
        return operand
    }

    /// Pops the given types (last one on top), checking each.
    mutating func pop(types: [ValueType]) throws(ModuleError) {
        for t in types.reversed() { _ = try pop(t) }
    }

    // MARK: Value locations

    /// The slot holding the operand that was at `depth`; constants are first written into
    /// the canonical slot of that depth.
    @inline(__always)
    mutating func slot(of operand: Operand, depth: Int) -> Int32 {
        switch operand.kind {
        case .temp: return tempSlot(depth)
        case .local: return Int32(operand.payload)
        case .constant:
            if operand.payload == 0 { return Int32(zeroSlot) }
            emitConstant(operand.payload, type: operand.type, into: tempSlot(depth))
            return tempSlot(depth)
        }
    }

    mutating func emitConstant(_ bits: UInt64, type: ValueType?, into slot: Int32) {
        if bits >> 32 == 0 {
            emit(Instruction(.const32, r: slot, a: Int32(bitPattern: UInt32(bits))))
        } else {
            emit(Instruction(.const64, r: slot, a: Int32(bitPattern: UInt32(truncatingIfNeeded: bits)), b: Int32(bitPattern: UInt32(truncatingIfNeeded: bits >> 32))))
        }
    }

    /// Moves the operand at `depth` into its canonical slot (so it no longer depends on a
    /// local that may change, and so control flow can join).
    mutating func materialize(depth: Int) {
        let operand = stack[depth]
        switch operand.kind {
        case .temp: return
        case .local:
            emit(Instruction(.copy, r: tempSlot(depth), a: Int32(operand.payload)))
            localReferences[Int(operand.payload)] -= 1
        case .constant:
            emitConstant(operand.payload, type: operand.type, into: tempSlot(depth))
        }
        stack[depth].kind = .temp
        stack[depth].payload = 0
    }

    /// Materialises every operand that still refers to a local (before control flow splits,
    /// so that a later `local.set` on one path cannot change a value seen on another).
    mutating func materializeLocalReferences() {
        guard lowestLocalReference < stack.count else { lowestLocalReference = Int.max; return }
        for depth in lowestLocalReference..<stack.count where stack[depth].kind == .local {
            materialize(depth: depth)
        }
        lowestLocalReference = Int.max
    }

    /// Materialises the operands referring to local slot `slot`, before it is overwritten.
    mutating func preserveLocal(slot: Int) {
        var remaining = localReferences[slot]
        guard remaining > 0 else { return }
        var depth = stack.count - 1
        while remaining > 0 && depth >= 0 {
            if stack[depth].kind == .local && Int(stack[depth].payload) == slot {
                materialize(depth: depth)
                remaining -= 1
            }
            depth -= 1
        }
    }

    // MARK: Control stack

    @inline(__always)
    func blockParameters(_ blockType: BlockType) -> [ValueType] {
        if case .typeIndex(let i) = blockType { return context.types[i].parameters }
        return []
    }

    @inline(__always)
    func blockResults(_ blockType: BlockType) -> [ValueType] {
        switch blockType {
        case .empty: return []
        case .value(let t): return singleTypes[Int(t.rawValue) - Self.singleTypesBase]
        case .typeIndex(let i): return context.types[i].results
        }
    }

    @inline(__always)
    func labelTypes(_ frame: ControlFrame) -> [ValueType] {
        frame.kind == .loop ? blockParameters(frame.blockType) : blockResults(frame.blockType)
    }

    @inline(__always)
    func labelArity(_ frame: ControlFrame) -> Int {
        switch frame.kind {
        case .loop:
            if case .typeIndex(let i) = frame.blockType { return context.types[i].parameters.count }
            return 0
        default:
            switch frame.blockType {
            case .empty: return 0
            case .value: return 1
            case .typeIndex(let i): return context.types[i].results.count
            }
        }
    }

    mutating func readBlockType() throws(ModuleError) -> BlockType {
        guard let byte = reader.peekByte() else { throw malformed(reader.endMessage) }
        if byte == 0x40 { reader.position += 1; return .empty }
        if let t = ValueType(rawValue: byte), t != .v128 { reader.position += 1; return .value(t) }
        let index = try reader.readSigned(bits: 33)
        guard index >= 0 else { throw malformed("malformed block type") }
        guard index < Int64(context.types.count) else { throw invalid("unknown type") }
        return .typeIndex(Int(index))
    }

    mutating func pushControl(_ kind: FrameKind, _ blockType: BlockType) throws(ModuleError) {
        // `controls` holds the function frame too: nesting depth = controls.count - 1.
        guard controls.count <= context.limits.maxControlDepth else {
            throw ModuleError(.limitExceeded, "control nesting deeper than \(context.limits.maxControlDepth)", offset: currentOffset)
        }
        let params = blockParameters(blockType)
        let height = stack.count - params.count
        let dead = isDead
        controls.append(ControlFrame(kind: kind, blockType: blockType, height: height, unreachable: false, dead: dead, loopStart: -1, pendingBranches: -1, elseJump: -1))
        syncTop()
    }

    /// Marks the rest of the current block unreachable (after br, return, unreachable...).
    mutating func setUnreachable() {
        let i = controls.count - 1
        let height = controls[i].height
        while stack.count > height {
            let operand = stack.removeLast()
            if operand.kind == .local { localReferences[Int(operand.payload)] -= 1 }
        }
        controls[i].unreachable = true
        syncTop()
        lastProducer = -1
    }

    /// Resolves the forward-branch chain of `frame` to instruction `target`.
    mutating func patchPendingBranches(_ head: Int, to target: Int) {
        var index = head
        while index >= 0 {
            let next = Int(code[index].branchOffset)
            code[index].branchOffset = Int32(target - index)
            index = next
        }
    }

    /// Appends `index` (a branch instruction) to the frame's pending chain.
    mutating func addPendingBranch(frameIndex: Int, instruction index: Int) {
        code[index].branchOffset = Int32(controls[frameIndex].pendingBranches)
        controls[frameIndex].pendingBranches = index
    }

    /// Emits the moves that place the top `arity` operands into the canonical slots of a
    /// label whose operands start at depth `targetHeight`. Does not pop.
    mutating func emitBranchMoves(arity: Int, targetHeight: Int) {
        let sourceBase = stack.count - arity
        guard arity > 0 else { return }
        for k in 0..<arity {
            let operand = stack[sourceBase + k]
            let dest = tempSlot(targetHeight + k)
            switch operand.kind {
            case .temp:
                let src = tempSlot(sourceBase + k)
                if src != dest { emit(Instruction(.copy, r: dest, a: src)) }
            case .local:
                emit(Instruction(.copy, r: dest, a: Int32(operand.payload)))
            case .constant:
                emitConstant(operand.payload, type: operand.type, into: dest)
            }
        }
    }

    /// Whether the top `arity` operands already sit in the label's canonical slots.
    @inline(__always)
    func branchNeedsNoMoves(arity: Int, targetHeight: Int) -> Bool {
        if arity == 0 { return true }
        let sourceBase = stack.count - arity
        guard sourceBase == targetHeight else { return false }
        for k in 0..<arity where stack[sourceBase + k].kind != .temp { return false }
        return true
    }

    /// Emits a conditional branch on `conditionSlot` (taken when the condition is non-zero,
    /// or zero when `whenZero`), with offset 0 for now. When the condition was computed by
    /// the comparison just emitted, the two fuse into one compare-and-branch instruction.
    mutating func emitConditionalBranch(conditionSlot: Int32, whenZero: Bool) -> Int {
        if lastProducer >= 0 && lastProducer == code.count - 1 && code[lastProducer].r == conditionSlot
            && conditionSlot >= Int32(tempBase) {
            let producer = code[lastProducer]
            var fused: Instruction?
            switch producer.op {
            case .i32Eqz:
                fused = Instruction(whenZero ? .brIf : .brIfNot, r: producer.a, a: 0)
            case .i64Eqz:
                fused = Instruction(whenZero ? .brIfI64Nez : .brIfI64Eqz, a: producer.a)
            default:
                if let op = Op.fusedBranch(for: producer.op, negated: whenZero) {
                    fused = Instruction(op, r: 0, a: producer.a, b: producer.b)
                }
            }
            if let fused {
                code.removeLast()
                wasmOffsets.removeLast()
                lastProducer = -1
                return emit(fused)
            }
        }
        return emit(Instruction(whenZero ? .brIfNot : .brIf, r: conditionSlot, a: 0))
    }

    /// Emits the return sequence: results into slots 0..<n, then `ret`.
    mutating func emitReturn() {
        let results = type.results.count
        let sourceBase = stack.count - results
        // A result read from a local inside the result area could be overwritten by an
        // earlier move: copy such values out to their canonical slots first.
        for k in 0..<results {
            let operand = stack[sourceBase + k]
            if operand.kind == .local && Int(operand.payload) < results && Int(operand.payload) != k {
                materialize(depth: sourceBase + k)
            }
        }
        for k in 0..<results {
            let operand = stack[sourceBase + k]
            let dest = Int32(k)
            switch operand.kind {
            case .temp: emit(Instruction(.copy, r: dest, a: tempSlot(sourceBase + k)))
            case .local: if Int32(operand.payload) != dest { emit(Instruction(.copy, r: dest, a: Int32(operand.payload))) }
            case .constant: emitConstant(operand.payload, type: operand.type, into: dest)
            }
        }
        emit(Instruction(.ret))
    }

    /// Checks that the operand stack holds exactly `types` above the frame's height.
    /// Values are matched from the top of the stack, as the spec pops them; in unreachable
    /// code the missing bottom ones come from the polymorphic stack.
    mutating func checkFrameEnd(_ types: [ValueType]) throws(ModuleError) {
        let frame = controls[controls.count - 1]
        if stack.count > frame.height + types.count {
            throw invalid("type mismatch (values remaining on stack at end of block)")
        }
        for k in 0..<types.count {
            let index = stack.count - 1 - k
            let expected = types[types.count - 1 - k]
            if index >= frame.height {
                if let actual = stack[index].type, actual != expected {
                    throw invalid("type mismatch (expected \(expected), found \(actual))")
                }
            } else if !frame.unreachable {
                throw invalid("type mismatch (missing block result)")
            }
        }
    }

    /// Checks the label operands on top of the stack (for br, br_if, br_table) without
    /// popping them. In unreachable code missing operands are unknown.
    mutating func checkLabelOperands(_ types: [ValueType]) throws(ModuleError) {
        let frame = controls[controls.count - 1]
        let available = stack.count - frame.height
        for (k, t) in types.reversed().enumerated() {
            if k < available {
                if let actual = stack[stack.count - 1 - k].type, actual != t {
                    throw invalid("type mismatch (expected \(t), found \(actual))")
                }
            } else if !frame.unreachable {
                throw invalid("type mismatch (missing branch operand)")
            }
        }
    }
}
