/// Validates function bodies without translating them: the same checks as
/// `FunctionTranslator`, in the same order, with the same errors (kind, message, offset),
/// but tracking only the operand types.
///
/// The type stack holds `ValueType` raw values, 0 for an operand of unknown type (popped
/// from the polymorphic stack of unreachable code). Its height follows the translator's
/// operand stack exactly, push for push, so the engine's operand-stack limit fires at the
/// same operator. Type lists (function signatures, block types) are spans of one flat pool
/// built once per validator, so nothing is retained or allocated per operator.
///
/// Nothing here recurses: control nesting is an explicit stack bounded by
/// `EngineLimits.maxControlDepth`.
struct FunctionValidator: ~Copyable {
    /// A list of value types (raw values) in `pool` or `functionResults`.
    struct TypeList {
        var base: UnsafePointer<UInt8>
        var count: Int

        @inline(__always)
        subscript(k: Int) -> UInt8 { base[k] }

        @inline(__always)
        func equals(_ other: TypeList) -> Bool {
            guard count == other.count else { return false }
            for k in 0..<count where base[k] != other.base[k] { return false }
            return true
        }
    }

    /// `FunctionTranslator.FrameKind`.
    enum FrameKind: UInt8 { case function, block, loop, `if`, `else` }

    struct Frame {
        var kind: FrameKind
        var unreachable: Bool
        /// Operand stack height at entry, below the block's parameters.
        var height: Int
        var params: TypeList
        var results: TypeList

        /// The types a branch to this frame carries.
        @inline(__always)
        var label: TypeList { kind == .loop ? params : results }
    }

    /// A function type as two spans of `pool`.
    struct Signature {
        var params: Int
        var paramCount: Int
        var results: Int
        var resultCount: Int
    }

    let context: ModuleContext
    let bytes: UnsafeBufferPointer<UInt8>
    var reader: ByteReader
    /// Offset of the operator being validated (where its errors are reported).
    var currentOffset = 0

    // Module facts, flattened once per validator.
    /// `singleTypeCount` single types (for `[t]` block results), then every type's
    /// parameters and results.
    var pool = TrivialBuffer<UInt8>(capacity: 64)
    var signatures = TrivialBuffer<Signature>()
    /// Type index of every function (imports first), -1 where it is out of range.
    var functionTypes = TrivialBuffer<Int32>()
    /// Raw value type of each global, plus 0x100 when it is mutable.
    var globals = TrivialBuffer<UInt16>()
    /// Raw element type of each table.
    var tableTypes = TrivialBuffer<UInt8>()
    var shapes = TrivialBuffer<OpShape>(capacity: 256)
    let hasMemory: Bool
    let maxOperandStackHeight: Int
    let maxControlDepth: Int

    // Per-function state.
    var localTypes = TrivialBuffer<UInt8>()
    var functionResults = TrivialBuffer<UInt8>()
    var stack = TypeStack()
    var controls = TrivialBuffer<Frame>()
    /// The innermost frame's height and unreachability, kept in step with `controls`.
    var topHeight = 0
    var topUnreachable = false
    /// br_table targets (reused).
    var depths = TrivialBuffer<Int>()

    static let singleTypeRaw: [UInt8] = [0x7F, 0x7E, 0x7D, 0x7C, 0x70, 0x6F]

    /// A validator for the function bodies of one module. It keeps its buffers from one
    /// function to the next, so validating a module allocates almost nothing.
    init(context: ModuleContext, bytes: UnsafeBufferPointer<UInt8>) {
        self.context = context
        self.bytes = bytes
        self.reader = ByteReader(bytes: bytes, position: 0, end: 0)
        hasMemory = !context.memories.isEmpty
        maxOperandStackHeight = context.limits.maxOperandStackHeight
        maxControlDepth = context.limits.maxControlDepth
        for raw in Self.singleTypeRaw { pool.append(raw) }
        for type in context.types {
            let params = pool.count
            for t in type.parameters { pool.append(t.rawValue) }
            let results = pool.count
            for t in type.results { pool.append(t.rawValue) }
            signatures.append(Signature(params: params, paramCount: type.parameters.count, results: results, resultCount: type.results.count))
        }
        for t in context.functionTypeIndices {
            functionTypes.append(t >= 0 && t < context.types.count ? Int32(truncatingIfNeeded: t) : -1)
        }
        for g in context.globals { globals.append(UInt16(g.valueType.rawValue) | (g.isMutable ? 0x100 : 0)) }
        for t in context.tables { tableTypes.append(t.elementType.rawValue) }
        Self.shapeTable.withUnsafeBufferPointer { shapes.append(contentsOf: $0) }
    }

    // MARK: Type lists

    @inline(__always)
    func list(_ start: Int, _ count: Int) -> TypeList {
        TypeList(base: UnsafePointer(pool.base + start), count: count)
    }

    @inline(__always)
    func paramList(_ typeIndex: Int) -> TypeList {
        let s = signatures.base[typeIndex]
        return list(s.params, s.paramCount)
    }

    @inline(__always)
    func resultList(_ typeIndex: Int) -> TypeList {
        let s = signatures.base[typeIndex]
        return list(s.results, s.resultCount)
    }

    var emptyList: TypeList { TypeList(base: UnsafePointer(pool.base), count: 0) }

    /// `[t]` for a value type's raw value (one of `singleTypeRaw`).
    @inline(__always)
    func singleList(_ raw: UInt8) -> TypeList {
        let index: Int
        switch raw {
        case 0x7F: index = 0
        case 0x7E: index = 1
        case 0x7D: index = 2
        case 0x7C: index = 3
        case 0x70: index = 4
        default: index = 5
        }
        return TypeList(base: UnsafePointer(pool.base + index), count: 1)
    }

    // MARK: Errors (out of line: the hot paths only branch to them)

    @inline(never)
    func invalid(_ message: String) -> ModuleError {
        ModuleError(.invalid, message, offset: currentOffset)
    }

    @inline(never)
    func malformed(_ message: String) -> ModuleError {
        ModuleError(.malformed, message, offset: currentOffset)
    }

    static func typeName(_ raw: UInt8) -> String {
        ValueType(rawValue: raw)?.description ?? "unknown"
    }

    @inline(never)
    func mismatch(expected: UInt8, found: UInt8) -> ModuleError {
        invalid("type mismatch (expected \(Self.typeName(expected)), found \(Self.typeName(found)))")
    }

    /// "unknown local 3" and the like.
    @inline(never)
    func unknown(_ what: StaticString, _ index: Int) -> ModuleError {
        invalid("unknown \(what) \(index)")
    }

    @inline(never)
    func underflow() -> ModuleError {
        invalid("type mismatch (operand stack underflow)")
    }

    @inline(never)
    func stackLimit() -> ModuleError {
        ModuleError(.limitExceeded, "operand stack deeper than \(maxOperandStackHeight)", offset: currentOffset)
    }

    // MARK: Operand stack

    /// Pushes one operand, with the translator's operand-stack limit.
    @inline(__always)
    mutating func push(_ type: UInt8) throws(ModuleError) {
        stack.append(type)
        if stack.count > maxOperandStackHeight { throw stackLimit() }
    }

    /// Pushes every type of `types` (the limit checked once: nothing else can fail between
    /// the translator's pushes of the same list, and its error is the same).
    @inline(__always)
    mutating func push(_ types: TypeList) throws(ModuleError) {
        guard types.count > 0 else { return }
        stack.append(types)
        if stack.count > maxOperandStackHeight { throw stackLimit() }
    }

    /// Pops any operand; 0 when it comes from the polymorphic stack.
    @inline(__always)
    mutating func popAny() throws(ModuleError) -> UInt8 {
        if stack.count == topHeight {
            if topUnreachable { return 0 }
            throw underflow()
        }
        return stack.removeLastUnchecked()
    }

    @inline(__always)
    mutating func pop(_ expected: UInt8) throws(ModuleError) {
        if stack.count == topHeight {
            if topUnreachable { return }
            throw underflow()
        }
        let t = stack.removeLastUnchecked()
        if t != expected && t != 0 { throw mismatch(expected: expected, found: t) }
    }

    /// Pops `types` (last one on top), checking each, as the translator's `pop(types:)`.
    mutating func pop(_ types: TypeList) throws(ModuleError) {
        var k = types.count
        while k > 0 {
            k -= 1
            try pop(types[k])
        }
    }

    /// Marks the rest of the current block unreachable.
    @inline(__always)
    mutating func setUnreachable() {
        stack.count = topHeight
        controls.base[controls.count - 1].unreachable = true
        topUnreachable = true
    }

    @inline(__always)
    mutating func syncTop() {
        if controls.count == 0 {
            topHeight = 0
            topUnreachable = false
        } else {
            let frame = controls.base[controls.count - 1]
            topHeight = frame.height
            topUnreachable = frame.unreachable
        }
    }

    /// Checks that the operand stack holds exactly `types` above the innermost frame's
    /// height (`FunctionTranslator.checkFrameEnd`).
    mutating func checkFrameEnd(_ types: TypeList) throws(ModuleError) {
        let height = topHeight
        if stack.count > height + types.count {
            throw invalid("type mismatch (values remaining on stack at end of block)")
        }
        for k in 0..<types.count {
            let index = stack.count - 1 - k
            let expected = types[types.count - 1 - k]
            if index >= height {
                let actual = stack.base[index]
                if actual != 0 && actual != expected { throw mismatch(expected: expected, found: actual) }
            } else if !topUnreachable {
                throw invalid("type mismatch (missing block result)")
            }
        }
    }

    /// Checks the label operands on top of the stack without popping them
    /// (`FunctionTranslator.checkLabelOperands`).
    @inline(__always)
    mutating func checkLabelOperands(_ types: TypeList) throws(ModuleError) {
        let available = stack.count - topHeight
        if types.count == 1 && available >= 1 {
            // The common case: one operand, present.
            let actual = stack.base[stack.count - 1]
            if actual != types[0] && actual != 0 { throw mismatch(expected: types[0], found: actual) }
            return
        }
        guard types.count > 0 else { return }
        try checkLabelOperandsGeneral(types)
    }

    mutating func checkLabelOperandsGeneral(_ types: TypeList) throws(ModuleError) {
        let available = stack.count - topHeight
        for k in 0..<types.count {
            let t = types[types.count - 1 - k]
            if k < available {
                let actual = stack.base[stack.count - 1 - k]
                if actual != 0 && actual != t { throw mismatch(expected: t, found: actual) }
            } else if !topUnreachable {
                throw invalid("type mismatch (missing branch operand)")
            }
        }
    }
}

/// The validator's operand type stack: raw value types in `malloc` memory. Callers check
/// the height before they read or pop (against the innermost frame's height).
struct TypeStack: ~Copyable {
    var base: UnsafeMutablePointer<UInt8>
    var count = 0
    var capacity = 256

    init() {
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    mutating func append(_ t: UInt8) {
        if count == capacity { grow(minimum: count + 1) }
        base[count] = t
        count += 1
    }

    @inline(__always)
    mutating func append(_ types: FunctionValidator.TypeList) {
        if types.count > capacity - count { grow(minimum: count + types.count) }
        (base + count).initialize(from: types.base, count: types.count)
        count += types.count
    }

    /// Removes the top element; the caller has checked `count > 0`.
    @inline(__always)
    mutating func removeLastUnchecked() -> UInt8 {
        count -= 1
        return base[count]
    }

    @inline(never)
    mutating func grow(minimum: Int) {
        let (doubled, overflow) = capacity.multipliedReportingOverflow(by: 2)
        let newCapacity = overflow ? minimum : max(doubled, minimum)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        fresh.initialize(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = newCapacity
    }
}
