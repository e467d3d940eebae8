/// Decodes the instructions of a function body one at a time, without validating or
/// translating them: the opcode, its immediates and its byte range. Used by the
/// disassembler (fault reports), so it never traps: every read is bounds-checked by
/// `ByteReader`, and anything it cannot decode is reported as an error, not guessed at.
///
/// Covers WebAssembly 2.0 without SIMD: MVP, sign extension, saturating truncation
/// (0xFC 0...7), bulk memory (0xFC 8...17), reference types and typed `select`.
struct InstructionDecoder {
    /// The block type of `block`, `loop` and `if`.
    enum BlockType: Hashable {
        case empty
        case value(ValueType)
        case typeIndex(Int)
    }

    /// The immediates of one instruction.
    enum Immediates: Hashable {
        case none
        case blockType(BlockType)
        /// A single index: label, function, local, global, table, element or data segment.
        case index(Int)
        /// `br_table`: the label vector and the default label.
        case branchTable(labels: [Int], defaultLabel: Int)
        case callIndirect(typeIndex: Int, tableIndex: Int)
        /// Typed `select` (0x1C).
        case valueTypes([ValueType])
        /// `align` is the log2 exponent as encoded.
        case memoryArgument(align: UInt32, offset: UInt32)
        case i32(Int32)
        case i64(Int64)
        /// Raw IEEE 754 bits.
        case f32(UInt32)
        case f64(UInt64)
        case referenceType(ValueType)
        /// `table.init` (element, table) and `table.copy` (destination, source).
        case indexPair(Int, Int)
    }

    /// One decoded instruction.
    struct Decoded: Hashable {
        /// Byte offset of the opcode in the module.
        var offset: Int
        /// Bytes the instruction occupies (opcode, prefix sub-opcode and immediates).
        var length: Int
        var opcode: UInt8
        /// The sub-opcode of a 0xFC-prefixed instruction.
        var subopcode: UInt32?
        var immediates: Immediates
    }

    /// Most `br_table` labels decoded (a validated module stays far below this; it only
    /// bounds the work on a damaged one).
    static let maxBranchTableLabels = 1 << 20
    /// Most value types of a typed `select` (2.0 allows exactly one).
    static let maxSelectTypes = 16

    private var reader: ByteReader

    /// A decoder of the bytes `range` of `bytes` (clamped to the buffer).
    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        let lower = Swift.min(Swift.max(range.lowerBound, 0), bytes.count)
        let upper = Swift.min(Swift.max(range.upperBound, lower), bytes.count)
        reader = ByteReader(bytes: bytes, position: lower, end: upper)
    }

    /// Offset of the next instruction.
    var position: Int { reader.position }
    var isAtEnd: Bool { reader.isAtEnd }

    /// Decodes the next instruction; throws when the bytes are not an instruction of
    /// WebAssembly 2.0 (or the range ends inside one). The position is then unspecified.
    mutating func next() throws(ModuleError) -> Decoded {
        let start = reader.position
        let opcode = try reader.readByte()
        var subopcode: UInt32?
        let immediates: Immediates
        switch opcode {
        case 0x00, 0x01, 0x05, 0x0B, 0x0F, 0x1A, 0x1B, 0xD1:
            immediates = .none
        case 0x02, 0x03, 0x04:
            immediates = .blockType(try readBlockType())
        case 0x0C, 0x0D, 0x10, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0xD2:
            immediates = .index(try reader.readIndex())
        case 0x0E:
            let count = try reader.readCount(minElementSize: 1, limit: Self.maxBranchTableLabels, what: "br_table labels")
            var labels: [Int] = []
            labels.reserveCapacity(count)
            for _ in 0..<count { labels.append(try reader.readIndex()) }
            immediates = .branchTable(labels: labels, defaultLabel: try reader.readIndex())
        case 0x11:
            let typeIndex = try reader.readIndex()
            let tableIndex = try reader.readIndex()
            immediates = .callIndirect(typeIndex: typeIndex, tableIndex: tableIndex)
        case 0x1C:
            let count = try reader.readCount(minElementSize: 1, limit: Self.maxSelectTypes, what: "select types")
            var types: [ValueType] = []
            for _ in 0..<count { types.append(try reader.readValueType()) }
            immediates = .valueTypes(types)
        case 0x28...0x3E:
            let align = try reader.readU32()
            let offset = try reader.readU32()
            immediates = .memoryArgument(align: align, offset: offset)
        case 0x3F, 0x40:
            try readZeroByte()
            immediates = .none
        case 0x41:
            immediates = .i32(try reader.readS32())
        case 0x42:
            immediates = .i64(try reader.readS64())
        case 0x43:
            immediates = .f32(try reader.readFixedU32())
        case 0x44:
            immediates = .f64(try reader.readFixedU64())
        case 0x45...0xC4:
            immediates = .none
        case 0xD0:
            immediates = .referenceType(try reader.readReferenceType())
        case 0xFC:
            let sub = try reader.readU32()
            subopcode = sub
            switch sub {
            case 0...7:
                immediates = .none
            case 8:  // memory.init dataidx 0x00
                let data = try reader.readIndex()
                try readZeroByte()
                immediates = .index(data)
            case 9:  // data.drop
                immediates = .index(try reader.readIndex())
            case 10:  // memory.copy 0x00 0x00
                try readZeroByte()
                try readZeroByte()
                immediates = .none
            case 11:  // memory.fill 0x00
                try readZeroByte()
                immediates = .none
            case 12:  // table.init elemidx tableidx
                let element = try reader.readIndex()
                let table = try reader.readIndex()
                immediates = .indexPair(element, table)
            case 13:  // elem.drop
                immediates = .index(try reader.readIndex())
            case 14:  // table.copy dst src
                let destination = try reader.readIndex()
                let source = try reader.readIndex()
                immediates = .indexPair(destination, source)
            case 15, 16, 17:  // table.grow / table.size / table.fill
                immediates = .index(try reader.readIndex())
            default:
                throw ModuleError(.malformed, "unknown operator 0xfc \(sub)", offset: start)
            }
        default:
            throw ModuleError(.malformed, "unknown operator 0x\(String(opcode, radix: 16))", offset: start)
        }
        return Decoded(offset: start, length: reader.position - start, opcode: opcode, subopcode: subopcode, immediates: immediates)
    }

    private mutating func readZeroByte() throws(ModuleError) {
        let at = reader.position
        guard try reader.readByte() == 0 else { throw ModuleError(.malformed, "zero byte expected", offset: at) }
    }

    private mutating func readBlockType() throws(ModuleError) -> BlockType {
        guard let b = reader.peekByte() else { throw reader.malformed(reader.endMessage) }
        if b == 0x40 {
            reader.position += 1
            return .empty
        }
        if let t = ValueType(rawValue: b), t != .v128 {
            reader.position += 1
            return .value(t)
        }
        let start = reader.position
        let index = try reader.readSigned(bits: 33)
        guard index >= 0, index <= Int64(UInt32.max) else { throw reader.malformed("malformed block type", at: start) }
        return .typeIndex(Int(index))
    }
}
