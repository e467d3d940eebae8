import Interpreter
/// Byte-level and structure-aware mutations of module binaries: bit flips, interesting
/// bytes, truncation, splicing, LEB128 edge values, huge counts and sizes, section
/// shuffles and opcode substitutions in code bodies.
struct Mutator {
    let corpus: [[UInt8]]

    static let header: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]

    /// Edge LEB128 encodings (overlong, maximal, overflowing, unterminated, signed edges).
    static let lebEdges: [[UInt8]] = [
        [0x00], [0x7F], [0x80, 0x00], [0x80, 0x80, 0x80, 0x80, 0x00], [0x80, 0x80, 0x80, 0x80, 0x80, 0x00],
        [0xFF, 0xFF, 0xFF, 0xFF, 0x0F], [0xFF, 0xFF, 0xFF, 0xFF, 0x1F], [0xFF, 0xFF, 0xFF, 0xFF, 0x7F],
        [0xFF, 0xFF, 0xFF, 0xFF, 0x07], [0x80, 0x80, 0x80, 0x80, 0x10], [0x80], [0xFF],
        [0x40], [0x41], [0xC0, 0x00], [0xFF, 0x00], [0x80, 0x80, 0x80, 0x80, 0x78], [0xFF, 0xFF, 0xFF, 0xFF, 0x77],
        [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F],
        [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00], [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F],
        [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00],
    ]

    /// Counts and sizes that break naive allocation or arithmetic.
    static let hugeValues: [UInt64] = [
        0xFFFF_FFFF, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFE, 1 << 20, 1 << 24, 1 << 28, 65_536, 65_537, 10_000_000, 1_000_001, 50_001,
    ]

    static let interestingBytes: [UInt8] = [0x00, 0x01, 0x7F, 0x80, 0xFF, 0x40, 0x41, 0x0B, 0x0F, 0x10, 0x11, 0x60, 0x70, 0x6F, 0xFC, 0xFD, 0xFE]

    /// Opcodes (single byte) an engine must decode; substituting them keeps a body decodable
    /// more often than random bytes, so more inputs reach the validator and the executor.
    static let opcodes: [UInt8] = Array(0x00...0x11) + [0x1A, 0x1B, 0x1C, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26]
        + Array(0x28...0xC4) + [0xD0, 0xD1, 0xD2, 0xFC]

    static let fcSubOpcodes: [UInt8] = Array(0...17)

    /// A section: its id and where its header, payload and end are.
    struct Section {
        var id: UInt8
        var start: Int
        var payload: Int
        var end: Int
    }

    /// Sections of a (possibly broken) binary, as far as they can be framed.
    static func sections(_ b: [UInt8]) -> [Section] {
        var out: [Section] = []
        var p = 8
        guard b.count >= 8 else { return out }
        while p < b.count && out.count < 64 {
            let id = b[p]
            var q = p + 1
            var size: UInt64 = 0
            var shift: UInt64 = 0
            var ok = false
            while q < b.count && shift < 35 {
                let byte = b[q]
                size |= UInt64(byte & 0x7F) << shift
                q += 1
                shift += 7
                if byte & 0x80 == 0 { ok = true; break }
            }
            guard ok, size <= UInt64(b.count - q) else { break }
            out.append(Section(id: id, start: p, payload: q, end: q + Int(size)))
            p = q + Int(size)
        }
        return out
    }

    static func leb(_ v: UInt64) -> [UInt8] { LEB128.unsigned(v) }

    /// Length of the LEB128 starting at `p` (capped at 10; 1 when unterminated at the end).
    static func lebLength(_ b: [UInt8], at p: Int) -> Int {
        var q = p
        while q < b.count && q - p < 10 {
            if b[q] & 0x80 == 0 { return q - p + 1 }
            q += 1
        }
        return max(1, q - p)
    }

    /// A new input: a corpus entry (or a synthetic one) with 1–8 mutations.
    func generate(_ r: inout FuzzRandom) -> [UInt8] {
        var input: [UInt8]
        if corpus.isEmpty || r.chance(1, in: 50) {
            input = Mutator.header + r.bytes(r.smallSize(max: 512))
        } else {
            input = r.pick(corpus)
        }
        // Some unmodified corpus entries keep the executor busy on valid code.
        if r.chance(1, in: 12) { return input }
        let rounds = r.chance(7, in: 10) ? 1 : (r.chance(2, in: 3) ? 2 + r.below(2) : 4 + r.below(5))
        // Half the inputs get only mutations that tend to keep the framing (opcodes,
        // immediates, single bits inside the code), so they reach the validator and executor.
        let gentle = r.chance(1, in: 2)
        for _ in 0..<rounds {
            if gentle {
                for _ in 0..<4 where apply(r.pick([0, 13, 14, 15]), &input, &r) { break }
            } else {
                mutate(&input, &r)
            }
        }
        if input.count > 4 << 20 { input.removeLast(input.count - (4 << 20)) }
        return input
    }

    func mutate(_ b: inout [UInt8], _ r: inout FuzzRandom) {
        for _ in 0..<4 where apply(r.below(17), &b, &r) { return }
        b.insert(r.byte(), at: r.below(b.count + 1))
    }

    /// Applies mutation `kind`; false when it does not apply to this input.
    private func apply(_ kind: Int, _ b: inout [UInt8], _ r: inout FuzzRandom) -> Bool {
        let n = b.count
        switch kind {
        case 0, 1: // bit flips (inside the code section half the time)
            guard n > 0 else { return false }
            let code = Mutator.sections(b).first(where: { $0.id == 10 && $0.end > $0.payload })
            for _ in 0..<(1 + r.below(4)) {
                let i = code != nil && r.chance(1, in: 2) ? code!.payload + r.below(code!.end - code!.payload) : r.below(n)
                b[i] ^= 1 << UInt8(r.below(8))
            }
        case 2: // interesting byte
            guard n > 0 else { return false }
            b[r.below(n)] = r.chance(1, in: 2) ? r.pick(Mutator.interestingBytes) : r.byte()
        case 3: // truncation
            guard n > 0 else { return false }
            b.removeLast(n - r.below(n))
        case 4: // splice with another input
            guard let other = corpus.isEmpty ? nil : r.pick(corpus), !other.isEmpty, n > 0 else { return false }
            let cut = r.below(n + 1)
            let from = r.below(other.count)
            b = Array(b[..<cut]) + Array(other[from..<min(other.count, from + r.smallSize(max: other.count))])
                + (r.chance(1, in: 2) ? Array(b[cut...]) : [])
        case 5: // insert random bytes
            let at = r.below(n + 1)
            b.insert(contentsOf: r.bytes(1 + r.smallSize(max: 64)), at: at)
        case 6: // delete or duplicate a range
            guard n > 0 else { return false }
            let start = r.below(n)
            let end = min(n, start + 1 + r.smallSize(max: n))
            if r.chance(1, in: 2) { b.removeSubrange(start..<end) } else { b.insert(contentsOf: b[start..<end], at: r.below(n + 1)) }
        case 7, 8: // LEB128 edge value in place of a LEB (or any byte)
            guard n > 0 else { return false }
            let at = r.chance(3, in: 4) ? lebPosition(b, &r) : r.below(n)
            let length = Mutator.lebLength(b, at: at)
            b.replaceSubrange(at..<min(n, at + length), with: r.pick(Mutator.lebEdges))
        case 9, 10: // huge count / size
            guard n > 8 else { return false }
            let secs = Mutator.sections(b)
            guard let s = secs.isEmpty ? nil : r.pick(secs) else { return false }
            let value = r.chance(3, in: 4) ? r.pick(Mutator.hugeValues) : UInt64(r.below(1 << 16))
            if r.chance(1, in: 2) || s.payload >= s.end {
                // The section size itself.
                b.replaceSubrange((s.start + 1)..<s.payload, with: Mutator.leb(value))
            } else {
                // The vector count at the start of the payload (or of a nested vector).
                let at = r.chance(3, in: 4) ? s.payload : s.payload + r.below(s.end - s.payload)
                b.replaceSubrange(at..<min(b.count, at + Mutator.lebLength(b, at: at)), with: Mutator.leb(value))
            }
        case 11: // section shuffle: drop, duplicate, swap, change id
            let secs = Mutator.sections(b)
            guard secs.count >= 1 else { return false }
            let s = r.pick(secs)
            switch r.below(4) {
            case 0: b.removeSubrange(s.start..<s.end)
            case 1: b.insert(contentsOf: b[s.start..<s.end], at: r.chance(1, in: 2) ? s.end : r.pick(secs).start)
            case 2:
                let t = r.pick(secs)
                guard t.start != s.start else { break }
                let (a, c) = s.start < t.start ? (s, t) : (t, s)
                b = Array(b[..<a.start]) + Array(b[c.start..<c.end]) + Array(b[a.end..<c.start]) + Array(b[a.start..<a.end]) + Array(b[c.end...])
            default: b[s.start] = UInt8(r.below(14))
            }
        case 12: // splice a section of another input
            guard let other = corpus.isEmpty ? nil : r.pick(corpus) else { return false }
            let theirs = Mutator.sections(other)
            guard let t = theirs.isEmpty ? nil : r.pick(theirs) else { return false }
            let mine = Mutator.sections(b)
            let at = mine.isEmpty ? min(8, n) : (r.chance(1, in: 2) ? r.pick(mine).start : r.pick(mine).end)
            if r.chance(1, in: 2), let m = mine.first(where: { $0.id == t.id }) {
                b.replaceSubrange(m.start..<m.end, with: other[t.start..<t.end])
            } else {
                b.insert(contentsOf: other[t.start..<t.end], at: at)
            }
        case 13, 14: // opcode substitution / insertion in the code section
            guard let code = Mutator.sections(b).first(where: { $0.id == 10 }), code.end - code.payload > 4 else { return false }
            let at = code.payload + 1 + r.below(code.end - code.payload - 1)
            var op = [r.pick(Mutator.opcodes)]
            if op[0] == 0xFC { op.append(r.pick(Mutator.fcSubOpcodes)) }
            if r.chance(1, in: 2) {
                b.replaceSubrange(at..<at + 1, with: op)
            } else {
                b.insert(contentsOf: op, at: at)
            }
            // Inserting shifts the body and section sizes: fix the section size half the time.
            if b.count != n && r.chance(1, in: 2) { fixSectionSize(&b, code, delta: b.count - n) }
        case 15: // small arithmetic on a byte (immediates, indices, alignments), mostly in code
            guard n > 0 else { return false }
            let code = Mutator.sections(b).first(where: { $0.id == 10 && $0.end > $0.payload })
            let i = code != nil && r.chance(3, in: 4) ? code!.payload + r.below(code!.end - code!.payload) : r.below(n)
            b[i] = r.chance(1, in: 2) ? b[i] &+ UInt8(1 + r.below(4)) : b[i] &- UInt8(1 + r.below(4))
        default: // random tail or fresh random body
            guard n > 8 else {
                b = Mutator.header + r.bytes(r.smallSize(max: 256))
                return true
            }
            b.removeLast(n - 8 - r.below(n - 8))
            b += r.bytes(r.smallSize(max: 128))
        }
        return true
    }

    /// A position likely to hold a LEB128: a section size or count, or anywhere.
    private func lebPosition(_ b: [UInt8], _ r: inout FuzzRandom) -> Int {
        let secs = Mutator.sections(b)
        if let s = secs.isEmpty ? nil : r.pick(secs), r.chance(1, in: 2) {
            return r.chance(1, in: 2) ? s.start + 1 : min(s.payload, b.count - 1)
        }
        return r.below(b.count)
    }

    /// Rewrites a section's size after its payload changed by `delta` bytes.
    private func fixSectionSize(_ b: inout [UInt8], _ s: Section, delta: Int) {
        let newSize = s.end - s.payload + delta
        guard newSize >= 0 else { return }
        b.replaceSubrange((s.start + 1)..<s.payload, with: Mutator.leb(UInt64(newSize)))
    }
}
