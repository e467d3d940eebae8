/// The operator-by-operator part of `FunctionValidator`: decode one operator, check its
/// types. Each case mirrors the same case of `FunctionTranslator.translateOperator`, check
/// for check, so that the first error is the translator's first error.
extension FunctionValidator {
    /// What the main loop does with an opcode: one case per fast path (`general`: none), and
    /// the shapes `validateOperator` looks up (`unary`, `binary`, `load`, `store`,
    /// `reinterpret`). Dense, so that the main loop's switch is one jump table.
    enum Shape: UInt8 {
        case general = 0, unary, binary, load, store, reinterpret
        case localGet, localSet, localTee, globalGet, i32Const, i64Const, f32Const, f64Const
        case drop, select, nop, unreachable, block, loop, `if`, `else`, end, br, brIf, brTable, call
    }

    /// An entry of the 256-entry opcode table (`shapeTable`).
    struct OpShape {
        var shape: Shape
        /// The operand (or stored value) type.
        var a: UInt8
        /// The result type.
        var b: UInt8
        /// A memory access's natural alignment (log2).
        var align: UInt8
    }

    static let shapeTable: [OpShape] = {
        var table = [OpShape](repeating: OpShape(shape: .general, a: 0, b: 0, align: 0), count: 256)
        func entry(_ shape: Shape, _ a: ValueType? = nil, _ b: ValueType? = nil, align: UInt8 = 0) -> OpShape {
            OpShape(shape: shape, a: a?.rawValue ?? 0, b: b?.rawValue ?? 0, align: align)
        }
        for (byte, n) in OpcodeInfo.numeric.enumerated() {
            guard let n else { continue }
            table[byte] = entry(n.isBinary ? .binary : .unary, n.operand, n.result)
        }
        let simple: [(Int, Shape)] = [
            (0x00, .unreachable), (0x01, .nop), (0x02, .block), (0x03, .loop), (0x04, .if), (0x05, .else),
            (0x0B, .end), (0x0C, .br), (0x0D, .brIf), (0x0E, .brTable), (0x10, .call), (0x1A, .drop), (0x1B, .select),
            (0x20, .localGet), (0x21, .localSet), (0x22, .localTee), (0x23, .globalGet),
            (0x41, .i32Const), (0x42, .i64Const), (0x43, .f32Const), (0x44, .f64Const),
        ]
        for (byte, shape) in simple { table[byte] = entry(shape) }
        let loads: [(Int, ValueType, UInt8)] = [
            (0x28, .i32, 2), (0x29, .i64, 3), (0x2A, .f32, 2), (0x2B, .f64, 3), (0x2C, .i32, 0), (0x2D, .i32, 0),
            (0x2E, .i32, 1), (0x2F, .i32, 1), (0x30, .i64, 0), (0x31, .i64, 0), (0x32, .i64, 1), (0x33, .i64, 1),
            (0x34, .i64, 2), (0x35, .i64, 2),
        ]
        for (byte, result, align) in loads { table[byte] = entry(.load, nil, result, align: align) }
        let stores: [(Int, ValueType, UInt8)] = [
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
    mutating func begin(_ body: ModuleStructure.FunctionBody, locals: ArraySlice<ModuleStructure.LocalGroup>, type: FunctionType) {
        reader = ByteReader(bytes: bytes, position: body.codeStart, end: body.codeEnd)
        localTypes.removeAll()
        for t in type.parameters { localTypes.append(t.rawValue) }
        for group in locals {
            localTypes.append(repeating: group.type.rawValue, count: group.count)
        }
        functionResults.removeAll()
        for t in type.results { functionResults.append(t.rawValue) }
        stack.count = 0
        controls.removeAll()
        currentOffset = body.codeStart
    }

    /// Validates one function body of type `type`, whose declared locals are `locals`
    /// (`ModuleStructure.locals(of:)`), as `FunctionTranslator.translate` would.
    ///
    /// The main loop keeps the hot state in locals, as pointers: `ip` the next byte to read
    /// (before `ie`, the body's end), and into the type stack (base `sb`, `self.stack`'s): `sp`
    /// its top (`sb + height`), `fp` the innermost frame's height (`sb + topHeight`), and `lp`
    /// the push limit, the lower of the operand-stack limit and the stack's capacity. Each
    /// frequent operator has a fast path that checks everything it needs and commits only
    /// when every check passes: it accepts a subset of what the general path accepts, and
    /// leaves the same state. Anything else (other operators, unusual immediates, operands of
    /// unknown type, a full stack, every error) takes the general path, `validateOperator`,
    /// with the state written back to `self` and read again after; it decodes the operator
    /// again from its first immediate, and throws the translator's error if there is one.
    ///
    /// Invariants of the fast paths: `sb <= fp <= sp <= lp <= sb + stack.capacity` (a frame's
    /// height is a past stack height), so `sp[-1]` is in bounds when `sp > fp`, `sp[0]` when
    /// `sp < lp`, and a pop followed by a push never needs a check; `ip < ie <= code +
    /// bytes.count` at the top of the loop, so the dispatch reads `ip[0]` unchecked (`ip <
    /// ie` is checked on entry and after the general path, and every fast path but that of
    /// the final `end`, which leaves the loop, commits only when it leaves `ip` before
    /// `ie`; the general path takes any other operator that ends at `ie`, and then reports
    /// the missing end). No
    /// fast path pushes beyond `lp`; the general path may leave the stack above the
    /// operand-stack limit, and then the general path takes every operator until the stack
    /// is back within `lp`. The fast paths keep `topUnreachable` (and the frames) up to
    /// date in `self`; `stack.count`, `topHeight` and `reader.position` are written back
    /// before the general path.
    mutating func validate(_ body: ModuleStructure.FunctionBody, locals: ArraySlice<ModuleStructure.LocalGroup>,
                           type: FunctionType) throws(ModuleError) {
        begin(body, locals: locals, type: type)
        let results = TypeList(base: UnsafePointer(functionResults.base), count: functionResults.count)
        controls.append(Frame(kind: .function, unreachable: false, height: 0, params: emptyList, results: results))
        syncTop()
        guard let code = bytes.baseAddress else {
            // An empty buffer: `end` is 0, nothing to read (the loop's own first error).
            throw ModuleError(.malformed, "unexpected end of section or function", offset: reader.position)
        }
        let ie = code + reader.end  // reader.end <= bytes.count (the decoder's body bounds)
        let i32 = ValueType.i32.rawValue
        let localBase = UnsafePointer(localTypes.base)
        let localCount = localTypes.count
        let shapeBase = UnsafePointer(shapes.base)  // 256 entries

        var ip = code + reader.position
        var sp = stack.base + stack.count
        var fp = stack.base + topHeight
        var lp = stack.base + min(max(maxOperandStackHeight, 0), stack.capacity)  // >= sp (0 here)
        guard ip < ie else {
            throw ModuleError(.malformed, "unexpected end of section or function", offset: ip - code)
        }
        loop: while true {
            // ip < ie: checked on entry and after the general path, and every fast path
            // moves `ip` only to an address before `ie` (so the dispatch needs no check).
            let opcode = ip[0]  // ip < ie
            let q = ip + 1  // <= ie
            dispatch: switch shapeBase[Int(opcode)].shape {  // opcode < 256 entries
            case .localGet:
                let (index, next) = Self.u32(q, ie)
                if let next, next < ie, index < localCount && sp < lp {
                    sp[0] = localBase[index]  // sp < lp; 0 <= index < localCount
                    sp += 1
                    ip = next
                    continue loop
                }
            case .localSet:
                let (index, next) = Self.u32(q, ie)
                if let next, next < ie, index < localCount && sp > fp && sp[-1] == localBase[index] {  // sp > fp; index < localCount
                    sp -= 1
                    ip = next
                    continue loop
                }
            case .localTee:
                let (index, next) = Self.u32(q, ie)
                if let next, next < ie, index < localCount && sp > fp && sp[-1] == localBase[index] {  // sp > fp; index < localCount
                    ip = next
                    continue loop
                }
            case .i32Const:
                if let next = Self.skipSigned32(q, ie), next < ie, sp < lp {
                    sp[0] = i32  // sp < lp
                    sp += 1
                    ip = next
                    continue loop
                }
            case .i64Const:
                if let next = Self.skipSigned64(q, ie), next < ie, sp < lp {
                    sp[0] = ValueType.i64.rawValue  // sp < lp
                    sp += 1
                    ip = next
                    continue loop
                }
            case .f32Const:
                if ie - q > 4 && sp < lp {
                    sp[0] = ValueType.f32.rawValue  // sp < lp
                    sp += 1
                    ip = q + 4
                    continue loop
                }
            case .f64Const:
                if ie - q > 8 && sp < lp {
                    sp[0] = ValueType.f64.rawValue  // sp < lp
                    sp += 1
                    ip = q + 8
                    continue loop
                }
            case .load:
                // A one-byte alignment (valid ones are at most 3), then the offset.
                if q < ie, let next = Self.skipUnsigned32(q + 1, ie), next < ie {
                    let op = shapeBase[Int(opcode)]  // opcode < 256 entries
                    if q[0] <= op.align && hasMemory && sp > fp && sp[-1] == i32 {  // q < ie; sp > fp
                        sp[-1] = op.b  // sp > fp
                        ip = next
                        continue loop
                    }
                }
            case .store:
                if q < ie, let next = Self.skipUnsigned32(q + 1, ie), next < ie {
                    let op = shapeBase[Int(opcode)]  // opcode < 256 entries
                    if q[0] <= op.align && hasMemory && sp - fp >= 2 && sp[-1] == op.a && sp[-2] == i32 {  // q < ie; sp - 2 >= fp
                        sp -= 2
                        ip = next
                        continue loop
                    }
                }
            case .binary:
                let op = shapeBase[Int(opcode)]  // opcode < 256 entries
                if q < ie && sp - fp >= 2 && UnsafeRawPointer(sp - 2).loadUnaligned(as: UInt16.self) == UInt16(op.a) &* 0x0101 {  // sp - 2 >= fp
                    sp -= 1
                    sp[-1] = op.b  // sp - 1 >= fp
                    ip = q
                    continue loop
                }
            case .unary:
                let op = shapeBase[Int(opcode)]  // opcode < 256 entries
                if q < ie && sp > fp && sp[-1] == op.a {  // sp > fp
                    sp[-1] = op.b  // sp > fp
                    ip = q
                    continue loop
                }
            case .drop:
                if q < ie && sp > fp {
                    sp -= 1
                    ip = q
                    continue loop
                }
            case .select:
                if q < ie && sp - fp >= 3 && sp[-1] == i32 {  // sp - 3 >= fp
                    let x = sp[-3]  // sp - 3 >= fp
                    if x == sp[-2] && x != 0 && !Self.isReference(x) {  // sp - 2 >= fp
                        sp -= 2  // x stays below, as the result
                        ip = q
                        continue loop
                    }
                }
            case .globalGet:
                let (index, next) = Self.u32(q, ie)
                if let next, next < ie, index < globals.count && sp < lp {
                    sp[0] = UInt8(truncatingIfNeeded: globals.base[index])  // sp < lp; 0 <= index < count
                    sp += 1
                    ip = next
                    continue loop
                }
            case .nop:
                if q < ie {
                    ip = q
                    continue loop
                }
            case .unreachable:
                if q < ie {
                    sp = fp
                    controls.base[controls.count - 1].unreachable = true  // the loop runs with at least the function frame
                    topUnreachable = true
                    ip = q
                    continue loop
                }
            case .block, .loop, .if:
                // Block types none or one value type, no parameters.
                if ie - q >= 2 && controls.count <= maxControlDepth {
                    let byte = q[0]  // q < ie
                    let single = (0x7C...0x7F).contains(byte) || byte == 0x70 || byte == 0x6F
                    if byte == 0x40 || single {
                        let kind: FrameKind
                        switch opcode {
                        case 0x02: kind = .block
                        case 0x03: kind = .loop
                        default:
                            guard sp > fp && sp[-1] == i32 else { break dispatch }  // sp > fp
                            sp -= 1
                            kind = .if
                        }
                        let empty = emptyList
                        controls.append(Frame(kind: kind, unreachable: false, height: sp - stack.base, params: empty,
                                              results: single ? singleList(byte) : empty))
                        fp = sp
                        topUnreachable = false
                        ip = q + 1
                        continue loop
                    }
                }
            case .else:
                // An if without parameters, its results (none or one) exactly on the stack.
                let i = controls.count - 1  // >= 0: at least the function frame
                let frame = controls.base[i]
                let results = frame.results
                if q < ie && frame.kind == .if && frame.params.count == 0
                    && ((results.count == 0 && sp == fp) || (results.count == 1 && sp - fp == 1 && fp[0] == results[0])) {  // fp < sp
                    sp = fp
                    controls.base[i].kind = .else
                    controls.base[i].unreachable = false
                    topUnreachable = false
                    ip = q
                    continue loop
                }
            case .end:
                // A block, loop, else (or if without else and results), its results (none or
                // one) exactly on the stack.
                let i = controls.count - 1  // >= 0: at least the function frame
                let frame = controls.base[i]
                let results = frame.results
                if q < ie && frame.kind != .function && (frame.kind != .if || (frame.params.count == 0 && results.count == 0))
                    && ((results.count == 0 && sp == fp)
                        || (results.count == 1 && sp - fp == 1 && fp[0] == results[0])) {  // fp < sp
                    controls.removeLast()
                    let outer = controls.base[i - 1]  // i >= 1: the function frame (at 0) is below
                    fp = stack.base + outer.height
                    topUnreachable = outer.unreachable
                    ip = q
                    continue loop
                }
                if frame.kind == .function
                    && ((results.count == 0 && sp == fp) || (results.count == 1 && sp - fp == 1 && fp[0] == results[0])) {  // fp < sp
                    // The function's final end.
                    controls.removeLast()
                    reader.position = q - code
                    break loop
                }
            case .br, .brIf:
                // Labels of no or one value.
                let (depth, next) = Self.u32(q, ie)
                if let next, next < ie, depth < controls.count {
                    let label = controls.base[controls.count - 1 - depth].label  // 0 <= count - 1 - depth < count
                    if opcode == 0x0C {
                        if label.count == 0 || (label.count == 1 && sp > fp && sp[-1] == label[0]) {  // sp > fp
                            sp = fp
                            controls.base[controls.count - 1].unreachable = true  // count >= 1
                            topUnreachable = true
                            ip = next
                            continue loop
                        }
                    } else if !topUnreachable && sp > fp && sp[-1] == i32  // sp > fp
                        && (label.count == 0 || (label.count == 1 && sp - fp >= 2 && sp[-2] == label[0])) {  // sp - 2 >= fp
                        sp -= 1
                        ip = next
                        continue loop
                    }
                }
            case .brTable:
                if let next = Self.branchTable(q, ie, sp: sp, fp: fp, controls: controls.base, depthCount: controls.count,
                                               maxTargets: context.limits.maxSegmentEntries), next < ie {
                    sp = fp
                    controls.base[controls.count - 1].unreachable = true  // count >= 1
                    topUnreachable = true
                    ip = next
                    continue loop
                }
            case .call:
                // Arguments of exactly their types on the stack.
                let (index, next) = Self.u32(q, ie)
                if let next, next < ie, index < functionTypes.count {
                    let typeIndex = Int(functionTypes.base[index])  // 0 <= index < count
                    if typeIndex >= 0 {
                        let s = signatures.base[typeIndex]  // functionTypes holds -1 for indices out of range
                        let bottom = sp - s.paramCount
                        if bottom >= fp && bottom + s.resultCount <= lp
                            && Self.same(bottom, pool.base + s.params, s.paramCount) {  // fp <= bottom <= sp; the span is in the pool
                            // bottom + resultCount <= lp; the span is in the pool
                            bottom.update(from: pool.base + s.results, count: s.resultCount)
                            sp = bottom + s.resultCount
                            ip = next
                            continue loop
                        }
                    }
                }
            case .general, .reinterpret:
                break
            }
            // The general path, from the operator's first immediate (`q - 1`: the operator).
            currentOffset = q - 1 - code
            reader.position = q - code
            stack.count = sp - stack.base
            topHeight = fp - stack.base
            if try validateOperator(opcode) { break loop }
            ip = code + reader.position
            sp = stack.base + stack.count
            fp = stack.base + topHeight
            lp = stack.base + min(max(maxOperandStackHeight, 0), stack.capacity)
            guard ip < ie else {
                throw ModuleError(.malformed, "unexpected end of section or function", offset: ip - code)
            }
            while sp > lp {
                // Above the operand-stack limit: the general path takes the next operator too.
                let opcode = ip[0]  // ip < ie
                currentOffset = ip - code
                reader.position = ip + 1 - code
                stack.count = sp - stack.base
                topHeight = fp - stack.base
                if try validateOperator(opcode) { break loop }
                ip = code + reader.position
                sp = stack.base + stack.count
                fp = stack.base + topHeight
                guard ip < ie else {
                    throw ModuleError(.malformed, "unexpected end of section or function", offset: ip - code)
                }
            }
        }
        guard reader.position >= reader.end else {
            throw ModuleError(.malformed, "section size mismatch (operators after the function's final end)", offset: reader.position)
        }
    }

    /// The fast path of `br_table` (out of line: the main loop stays small): targets whose
    /// labels have no or one value (all the same arity, as the default's), one i32
    /// condition on top, the label's value of exactly its type below it. The address after
    /// the operator, or nil (the general path then takes it). The caller then marks the rest
    /// of the block unreachable.
    @inline(never)
    static func branchTable(_ q: UnsafePointer<UInt8>, _ ie: UnsafePointer<UInt8>, sp: UnsafeMutablePointer<UInt8>,
                            fp: UnsafeMutablePointer<UInt8>, controls: UnsafeMutablePointer<Frame>, depthCount: Int,
                            maxTargets: Int) -> UnsafePointer<UInt8>? {
        let (count, first) = u32(q, ie)
        guard let first, count <= ie - first && count <= maxTargets && depthCount >= 1
                && sp > fp && sp[-1] == ValueType.i32.rawValue else { return nil }  // sp > fp
        let innermost = controls + (depthCount - 1)  // depthCount >= 1
        let operand: UInt8 = sp - fp >= 2 ? sp[-2] : 0  // sp - 2 >= fp; 0: none
        var k = first
        var arity = -1
        var remaining = count + 1  // count <= ie - first: no overflow
        while remaining > 0 {
            let (depth, next) = u32(k, ie)
            guard let next, depth < depthCount else { return nil }
            let label = (innermost - depth).pointee.label  // 0 <= depthCount - 1 - depth < depthCount
            if label.count == 0 {
                guard arity <= 0 else { return nil }
                arity = 0
            } else {
                guard label.count == 1 && arity != 0 && operand != 0 && operand == label[0] else { return nil }
                arity = 1
            }
            k = next
            remaining -= 1
        }
        return k
    }

    /// A u32 LEB128 at `p` (an index, a count, an offset): its value and the address after
    /// it; `next` is nil unless it is a valid encoding (one to five bytes, the fifth with no
    /// bits beyond 32) wholly before `end`, as `ByteReader.readUnsignedShort` accepts it.
    /// The general path then decodes it again, and reports its error if it has one.
    @inline(__always)
    static func u32(_ p: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> (value: Int, next: UnsafePointer<UInt8>?) {
        if p < end && p[0] < 0x80 { return (Int(p[0]), p + 1) }  // p < end
        var value = 0
        var k = p
        var shift = 0
        while shift <= 28 && k < end {
            let b = k[0]  // p <= k < end
            k += 1
            value |= Int(b & 0x7F) &<< shift
            if b < 0x80 { return shift < 28 || b < 0x10 ? (value, k) : (0, nil) }
            shift &+= 7
        }
        return (0, nil)
    }

    /// The length of the LEB128 integer that starts in the eight bytes of `word` (read
    /// little-endian): 1 to 8, or 9 when none of them ends it.
    @inline(__always)
    static func lebLength(_ word: UInt64) -> Int {
        // The first byte without its continuation bit; trailingZeroBitCount is 64 if none.
        (~word & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3 &+ 1
    }

    /// The address after a u32 LEB128 at `p` (a memory offset), or nil unless it is a valid
    /// encoding (as `u32`'s) wholly before `end`.
    @inline(__always)
    static func skipUnsigned32(_ p: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        if p < end && p[0] < 0x80 { return p + 1 }  // p < end
        if end - p >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))  // p + 8 <= end
            let n = lebLength(word)
            if n < 5 { return p + n }
            // The fifth byte (n 5) has no bits beyond 32.
            return n == 5 && (word &>> 32) & 0xFF < 0x10 ? p + 5 : nil
        }
        return u32(p, end).next
    }

    /// The address after a signed 32-bit LEB128 at `p` (`i32.const`), or nil unless it is a
    /// valid encoding wholly before `end`: one to five bytes, the fifth's bits beyond 32 all
    /// equal to the sign bit (0x00...0x07 or 0x78...0x7F).
    @inline(__always)
    static func skipSigned32(_ p: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        if p < end && p[0] < 0x80 { return p + 1 }  // p < end
        if end - p >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))  // p + 8 <= end
            let n = lebLength(word)
            if n < 5 { return p + n }
            // The fifth byte (n 5, below 0x80): 0x00...0x07 or 0x78...0x7F map to 0x00...0x0F.
            return n == 5 && ((word &>> 32) &+ 8) & 0x7F < 0x10 ? p + 5 : nil
        }
        var k = p
        var n = 0
        while n < 5 && k < end {
            let b = k[0]  // p <= k < end
            k += 1
            if b < 0x80 { return n < 4 || b < 0x08 || b >= 0x78 ? k : nil }
            n &+= 1
        }
        return nil
    }

    /// The address after a signed 64-bit LEB128 of one to nine bytes (63 bits: any such
    /// encoding is valid) at `p` (`i64.const`), or nil (longer, or past `end`).
    @inline(__always)
    static func skipSigned64(_ p: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        var k = p
        var n = 0
        while n < 9 && k < end {
            let b = k[0]  // p <= k < end
            k += 1
            if b < 0x80 { return k }
            n &+= 1
        }
        return nil
    }

    /// Whether `count` types at `a` and `b` are equal (the caller checks both spans).
    @inline(__always)
    static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for k in 0..<count where a[k] != b[k] { return false }  // 0 <= k < count
        return true
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
            let op = shapes.base[Int(opcode)]  // opcode < 256
            try readMemoryArgument(naturalAlignment: UInt32(op.align))
            if op.shape == .load {
                try pop(i32)
                try push(op.b)
            } else {
                try pop(op.a)
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
            let op = shapes.base[Int(opcode)]  // opcode < 256
            switch op.shape {
            case .unary:
                try pop(op.a)
                try push(op.b)
            case .binary:
                try pop(op.a)
                try pop(op.a)
                try push(op.b)
            case .reinterpret:
                try pop(op.a)
                stack.append(op.b)
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
