import Foundation
import XCTest
@testable import Interpreter

/// `FunctionValidation` (validate only) accepts and rejects exactly what
/// `FunctionTranslation` (validate and translate) does, with the same error: kind, offset
/// and message. Checked on every spec-test module, on many thousands of seeded mutants of
/// spec modules and fixtures (mutated inside function bodies, where validation happens,
/// and anywhere), under default and under tight limits, and on hand-made modules.
final class FunctionValidatorTests: XCTestCase {
    // MARK: Comparing the two passes

    /// The verdicts of both passes on one module, or nil when decoding or module-level
    /// validation already rejects it (the function passes never run).
    struct Verdicts {
        var translator: ModuleError?
        var validator: ModuleError?
        var agree: Bool {
            translator?.kind == validator?.kind && translator?.offset == validator?.offset
                && translator?.message == validator?.message
        }
    }

    /// Both passes over `bytes`, sequentially (one run) unless `parallel`: then with the
    /// partitions `Module` would use (`translateAll` / `validateAll`).
    static func verdicts(_ bytes: [UInt8], limits: EngineLimits = .default, parallel: Bool = false) -> Verdicts? {
        bytes.withUnsafeBufferPointer { buffer -> Verdicts? in
            guard let structure = try? ModuleDecoder.decode(buffer, limits: limits),
                  let context = try? ModuleValidator(module: structure, limits: limits).validate() else { return nil }
            var verdicts = Verdicts()
            let all = [0..<structure.bodies.count]
            do throws(ModuleError) {
                if parallel {
                    _ = try FunctionTranslation.translateAll(structure, context: context, bytes: buffer)
                } else {
                    _ = try FunctionTranslation.translate(structure, runs: all, context: context, bytes: buffer)
                }
            } catch {
                verdicts.translator = error
            }
            do throws(ModuleError) {
                if parallel {
                    try FunctionValidation.validateAll(structure, context: context, bytes: buffer)
                } else {
                    try FunctionValidation.validate(structure, runs: all, context: context, bytes: buffer)
                }
            } catch {
                verdicts.validator = error
            }
            return verdicts
        }
    }

    static func describe(_ error: ModuleError?) -> String { error.map { "\($0)" } ?? "accepted" }

    /// Outcome counts of a batch of comparisons.
    struct Tally: CustomStringConvertible {
        var compared = 0, accepted = 0, invalid = 0, malformed = 0, limit = 0, notReached = 0
        var disagreements: [String] = []

        mutating func add(_ verdicts: Verdicts?, label: @autoclosure () -> String) {
            guard let verdicts else { notReached += 1; return }
            compared += 1
            if !verdicts.agree {
                disagreements.append("\(label()): translator \(FunctionValidatorTests.describe(verdicts.translator)), validator \(FunctionValidatorTests.describe(verdicts.validator))")
            }
            switch verdicts.translator?.kind {
            case nil: accepted += 1
            case .invalid: invalid += 1
            case .malformed: malformed += 1
            case .limitExceeded: limit += 1
            }
        }

        mutating func merge(_ other: Tally) {
            compared += other.compared; accepted += other.accepted; invalid += other.invalid
            malformed += other.malformed; limit += other.limit; notReached += other.notReached
            disagreements += other.disagreements
        }

        var description: String {
            "\(compared) compared (\(accepted) accepted, \(invalid) invalid, \(malformed) malformed, \(limit) limit exceeded), \(notReached) rejected before the function passes, \(disagreements.count) disagreements"
        }
    }

    /// Compares `count` modules made by `make` on all cores; fails with the first
    /// disagreements.
    @discardableResult
    func compareAll(_ label: String, count: Int, file: StaticString = #filePath, line: UInt = #line,
                    _ make: @escaping @Sendable (Int) -> (bytes: [UInt8], limits: EngineLimits)) -> Tally {
        let lock = NSLock()
        var total = Tally()
        let chunks = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount * 4))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var local = Tally()
            var i = chunk
            while i < count {
                let input = make(i)
                local.add(Self.verdicts(input.bytes, limits: input.limits), label: "\(label) #\(i)")
                i += chunks
            }
            lock.lock()
            total.merge(local)
            lock.unlock()
        }
        for d in total.disagreements.sorted().prefix(10) { XCTFail(d, file: file, line: line) }
        print("FunctionValidatorTests \(label): \(total)")
        return total
    }

    // MARK: Inputs

    static var specDirectory: URL { RobustnessTests.specDirectory }

    /// Every spec-test module (path, bytes), sorted by path.
    static let specModules: [(String, [UInt8])] = {
        let base = specDirectory
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var result: [(String, [UInt8])] = []
        for case let url as URL in enumerator where url.pathExtension == "wasm" {
            guard let data = try? Data(contentsOf: url) else { continue }
            result.append((String(url.path.dropFirst(base.path.count)), [UInt8](data)))
        }
        return result.sorted { $0.0 < $1.0 }
    }()

    func specInputs() throws -> [(String, [UInt8])] {
        let modules = Self.specModules
        if modules.isEmpty {
            throw XCTSkip("spec-test modules not found in \(Self.specDirectory.path): run scripts/convert-spec-tests.sh")
        }
        return modules
    }

    static let fixtures: [(String, [UInt8])] = {
        ["fixtures/header_filter/header_filter.wasm", "fixtures/abi_exerciser/abi_exerciser.wasm"].compactMap { path in
            (try? Data(contentsOf: TestModules.packageRoot.appendingPathComponent(path))).map { (path, [UInt8]($0)) }
        }
    }()

    /// The code ranges of `bytes`' function bodies, if it decodes.
    static func bodyRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let structure = try? ModuleDecoder.decode(buffer, limits: .default) else { return [] }
            return structure.bodies.filter { $0.codeEnd > $0.codeStart }.map { $0.codeStart..<$0.codeEnd }
        }
    }

    // MARK: Unmodified modules

    func testEverySpecModule() throws {
        let modules = try specInputs()
        let tally = compareAll("spec modules", count: modules.count) { i in (modules[i].1, .default) }
        XCTAssertGreaterThan(tally.compared, 1000)
        XCTAssertGreaterThan(tally.invalid, 100, "the spec's assert_invalid modules reach the function passes")
    }

    func testFixturesAndLargeModulesInParallelRuns() throws {
        var inputs = Self.fixtures
        for name in ["large_module", "edge_policy"] {
            let url = TestModules.packageRoot.appendingPathComponent("Benchmarks/LoadModules/\(name).wasm")
            if let data = try? Data(contentsOf: url) { inputs.append((name, [UInt8](data))) }
        }
        XCTAssertFalse(inputs.isEmpty)
        for (path, bytes) in inputs {
            for parallel in [false, true] {
                let verdicts = try XCTUnwrap(Self.verdicts(bytes, parallel: parallel), path)
                XCTAssertNil(verdicts.translator, path)
                XCTAssertNil(verdicts.validator, path)
            }
        }
    }

    /// Invalid functions among many runs: the lowest-indexed one's error, from both.
    func testLowestIndexedErrorInParallelRuns() throws {
        func filler(_ count: Int) -> (type: ([ValueType], [ValueType]), body: [UInt8]) {
            var code: [UInt8] = []
            for k in 0..<count { code += [0x41] + WasmBytes.sleb(Int64(k * 37)) + [0x1A] }
            code += [0x20, 0x00, 0x20, 0x01, 0x6A]
            return (([.i32, .i32], [.i32]), WasmBytes.body(locals: [(2, .i64)], code: code))
        }
        let bad: (type: ([ValueType], [ValueType]), body: [UInt8]) = (([], [.i32]), WasmBytes.body(code: [0x42, 0x00]))
        let worse: (type: ([ValueType], [ValueType]), body: [UInt8]) = (([], []), WasmBytes.body(code: [0xFF]))
        for replacements in [[150: bad], [30: worse, 170: bad], [199: worse], [0: bad, 1: worse]] {
            let functions = (0..<200).map { i in replacements[i] ?? filler(400 + i % 7) }
            let bytes = WasmBytes.module(functions: functions)
            let parallel = try XCTUnwrap(Self.verdicts(bytes, parallel: true))
            XCTAssertNotNil(parallel.validator)
            XCTAssertTrue(parallel.agree, "\(Self.describe(parallel.translator)) vs \(Self.describe(parallel.validator))")
            let sequential = try XCTUnwrap(Self.verdicts(bytes))
            XCTAssertEqual(sequential.validator, parallel.validator)
        }
        XCTAssertGreaterThan(FunctionValidation.partition(WasmBytes.module(functions: (0..<200).map { _ in filler(400) }).withUnsafeBufferPointer { b in
            (try? ModuleDecoder.decode(b, limits: .default))?.bodies ?? [] }, processors: 2).count, 1, "the module is large enough for parallel runs")
    }

    // MARK: Mutants

    /// Bytes worth planting in code: control operators, prefixes, immediates' extremes.
    static let interestingBytes: [UInt8] = [
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11, 0x1A, 0x1B, 0x1C, 0x20, 0x21,
        0x22, 0x23, 0x24, 0x25, 0x26, 0x28, 0x36, 0x3F, 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x50, 0x6A, 0x7C, 0xA7,
        0xBC, 0xBF, 0xD0, 0xD1, 0xD2, 0xFC, 0xFD, 0x06, 0x7F, 0x7E, 0x7B, 0x70, 0x6F, 0x80, 0xFF, 0x08, 0x09, 0x0A,
        0x11, 0x10, 0xC5,
    ]

    /// One seeded mutation of `bytes`, mostly inside a function body (sizes unchanged, so
    /// the mutant still decodes and reaches the function passes).
    static func mutate(_ source: [UInt8], bodies: [Range<Int>], rng: inout SplitMix64) -> [UInt8] {
        var bytes = source
        func random(_ n: Int) -> Int { Int(rng.next() % UInt64(max(n, 1))) }
        func byte() -> UInt8 { rng.next() % 3 == 0 ? UInt8(truncatingIfNeeded: rng.next()) : interestingBytes[random(interestingBytes.count)] }
        let mutations = 1 + random(3)
        for _ in 0..<mutations {
            guard !bodies.isEmpty, rng.next() % 8 != 0 else {
                // Anywhere: a byte changed, or the module truncated.
                if rng.next() % 4 == 0 {
                    bytes.removeLast(random(min(bytes.count, 64)))
                } else if !bytes.isEmpty {
                    let p = random(bytes.count)
                    bytes[p] = bytes[p] &+ UInt8(1 + random(255))
                }
                continue
            }
            let body = bodies[random(bodies.count)]
            guard body.upperBound <= bytes.count else { continue }
            let p = body.lowerBound + random(body.count)
            switch rng.next() % 6 {
            case 0: bytes[p] = byte()
            case 1: bytes[p] = bytes[p] &+ UInt8(1 + random(255))
            case 2: bytes[p] ^= UInt8(1) << UInt8(random(8))
            case 3:
                // Insert at p, delete elsewhere in the body: the size stays.
                let q = body.lowerBound + random(body.count)
                bytes.remove(at: q)
                bytes.insert(byte(), at: p)
            case 4:
                // Delete at p, insert elsewhere in the body.
                let q = body.lowerBound + random(body.count)
                bytes.remove(at: p)
                bytes.insert(byte(), at: q)
            default:
                // An early end.
                bytes[p] = 0x0B
            }
        }
        return bytes
    }

    /// Tight limits, so that the engine limits are reached at many places.
    static func tightLimits(_ rng: inout SplitMix64) -> EngineLimits {
        var limits = EngineLimits()
        limits.maxOperandStackHeight = 1 + Int(rng.next() % 12)
        limits.maxControlDepth = Int(rng.next() % 6)
        limits.maxLocalsPerFunction = Int(rng.next() % 12)
        limits.maxSegmentEntries = Int(rng.next() % 5)
        return limits
    }

    /// Spec modules that reach the function passes and have code, as mutation sources.
    static let mutationSources: [(bytes: [UInt8], bodies: [Range<Int>])] = {
        specModules.compactMap { (_, bytes) in
            guard bytes.count <= 16 << 10, let v = verdicts(bytes), v.translator == nil else { return nil }
            let bodies = bodyRanges(bytes)
            return bodies.isEmpty ? nil : (bytes, bodies)
        }
    }()

    func testSeededMutantsOfSpecModules() throws {
        _ = try specInputs()
        let sources = Self.mutationSources
        XCTAssertGreaterThan(sources.count, 500)
        let count = 30_000
        let tally = compareAll("spec mutants", count: count) { i in
            var rng = SplitMix64(seed: 0xF00D_0000 &+ UInt64(i))
            let source = sources[Int(rng.next() % UInt64(sources.count))]
            let bytes = Self.mutate(source.bytes, bodies: source.bodies, rng: &rng)
            return (bytes, i % 4 == 3 ? Self.tightLimits(&rng) : .default)
        }
        XCTAssertGreaterThan(tally.compared, count / 2)
        XCTAssertGreaterThan(tally.accepted, 1000)
        XCTAssertGreaterThan(tally.invalid, 1000)
        XCTAssertGreaterThan(tally.malformed, 300)
        XCTAssertGreaterThan(tally.limit, 300)
    }

    func testSeededMutantsOfFixtures() throws {
        let fixtures = Self.fixtures.map { (bytes: $0.1, bodies: Self.bodyRanges($0.1)) }
        XCTAssertFalse(fixtures.isEmpty)
        let count = 200
        let tally = compareAll("fixture mutants", count: count) { i in
            var rng = SplitMix64(seed: 0xF1C5_0000 &+ UInt64(i))
            let source = fixtures[i % fixtures.count]
            let bytes = Self.mutate(source.bytes, bodies: source.bodies, rng: &rng)
            return (bytes, i % 4 == 3 ? Self.tightLimits(&rng) : .default)
        }
        XCTAssertGreaterThan(tally.compared, count / 2)
    }

    /// `bytes` with the code of function body `index` replaced by `code` (locals kept),
    /// body and section sizes re-encoded; nil if the sections do not parse.
    static func replacingCode(_ bytes: [UInt8], body index: Int, with code: [UInt8]) -> [UInt8]? {
        func uleb(_ p: inout Int) -> Int? {
            var result = 0, shift = 0
            while p < bytes.count, shift < 35 {
                let b = bytes[p]; p += 1
                result |= Int(b & 0x7F) << shift
                if b < 0x80 { return result }
                shift += 7
            }
            return nil
        }
        var p = 8
        while p < bytes.count {
            let sectionStart = p
            let id = bytes[p]; p += 1
            guard let size = uleb(&p), p + size <= bytes.count else { return nil }
            let payloadStart = p
            p += size
            guard id == 10 else { continue }
            var q = payloadStart
            guard let count = uleb(&q), index < count else { return nil }
            var payload = WasmBytes.uleb(UInt64(count))
            for k in 0..<count {
                guard let bodySize = uleb(&q), q + bodySize <= p else { return nil }
                var content = Array(bytes[q..<(q + bodySize)])
                if k == index {
                    // The locals: a vector of (count, type) pairs.
                    var r = q
                    guard let groups = uleb(&r) else { return nil }
                    for _ in 0..<groups { guard uleb(&r) != nil else { return nil }; r += 1 }
                    guard r <= q + bodySize else { return nil }
                    content = Array(bytes[q..<r]) + code
                }
                payload += WasmBytes.uleb(UInt64(content.count)) + content
                q += bodySize
            }
            return Array(bytes[0..<sectionStart]) + WasmBytes.section(10, payload) + Array(bytes[p...])
        }
        return nil
    }

    /// Every prefix of the code of every function of a few spec modules with much control
    /// flow (sizes fixed up): "unexpected end" at every place; and the code followed by
    /// extra operators after the final end.
    func testTruncatedAndExtendedBodies() throws {
        let wanted = ["/br_table/br_table.0.wasm", "/block/block.0.wasm", "/loop/loop.0.wasm", "/if/if.0.wasm",
                      "/select/select.0.wasm", "/call_indirect/call_indirect.0.wasm", "/memory_copy/memory_copy.0.wasm"]
        let modules = try specInputs().filter { wanted.contains($0.0) }
        var inputs: [[UInt8]] = []
        for (_, bytes) in modules {
            for (k, range) in Self.bodyRanges(bytes).enumerated().prefix(40) {
                let code = Array(bytes[range])
                for cut in stride(from: 0, to: code.count, by: max(1, code.count / 12)) {
                    if let m = Self.replacingCode(bytes, body: k, with: Array(code[0..<cut])) { inputs.append(m) }
                }
                if let m = Self.replacingCode(bytes, body: k, with: code + [0x01]) { inputs.append(m) }
                if let m = Self.replacingCode(bytes, body: k, with: code + [0x0B]) { inputs.append(m) }
            }
        }
        // Every third one (each mutant re-validates the module's other functions too).
        let frozen = stride(from: 0, to: inputs.count, by: 3).map { inputs[$0] }
        let tally = compareAll("truncated and extended bodies", count: frozen.count) { i in (frozen[i], .default) }
        XCTAssertGreaterThan(tally.malformed, 300)
    }

    /// Insertions and deletions of bytes inside a body, its size fixed up.
    func testSeededInsertionsAndDeletions() throws {
        _ = try specInputs()
        let sources = Self.mutationSources
        let count = 10_000
        compareAll("insertions and deletions", count: count) { i in
            var rng = SplitMix64(seed: 0xD1E7_0000 &+ UInt64(i))
            let source = sources[Int(rng.next() % UInt64(sources.count))]
            let k = Int(rng.next() % UInt64(source.bodies.count))
            var code = Array(source.bytes[source.bodies[k]])
            for _ in 0..<(1 + rng.next() % 3) {
                let p = Int(rng.next() % UInt64(code.count + 1))
                if rng.next() % 2 == 0 || code.isEmpty {
                    let b = rng.next() % 2 == 0 ? Self.interestingBytes[Int(rng.next() % UInt64(Self.interestingBytes.count))] : UInt8(truncatingIfNeeded: rng.next())
                    code.insert(b, at: p)
                } else {
                    code.remove(at: min(p, code.count - 1))
                }
            }
            let bytes = Self.replacingCode(source.bytes, body: k, with: code) ?? source.bytes
            return (bytes, i % 4 == 3 ? Self.tightLimits(&rng) : .default)
        }
    }

    // MARK: Hand-made modules

    /// Both passes on a one-function module `(func (param params) (result results) code end)`.
    func check(_ code: [UInt8], params: [ValueType] = [], results: [ValueType] = [], locals: [(UInt64, ValueType)] = [],
               limits: EngineLimits = .default, exportAll: Bool = true, expect kind: ModuleError.Kind?, _ message: String? = nil,
               file: StaticString = #filePath, line: UInt = #line) {
        let bytes = WasmBytes.module(functions: [(type: (params, results), body: WasmBytes.body(locals: locals, code: code))], exportAll: exportAll)
        guard let verdicts = Self.verdicts(bytes, limits: limits) else { return XCTFail("rejected before the function passes", file: file, line: line) }
        XCTAssertTrue(verdicts.agree, "translator \(Self.describe(verdicts.translator)), validator \(Self.describe(verdicts.validator))", file: file, line: line)
        XCTAssertEqual(verdicts.validator?.kind, kind, Self.describe(verdicts.validator), file: file, line: line)
        if let message { XCTAssertEqual(verdicts.validator?.message, message, file: file, line: line) }
    }

    func testPolymorphicStack() {
        // unreachable then i32.add with nothing on the stack: fine; result i32.
        check([0x00, 0x6A], results: [.i32], expect: nil)
        // unreachable, f32 const, i32.add: the known operand must match.
        check([0x00, 0x43, 0, 0, 0, 0, 0x6A], results: [.i32], expect: .invalid, "type mismatch (expected i32, found f32)")
        // br then values of any type remaining below are gone.
        check([0x02, 0x7F, 0x42, 0x00, 0x41, 0x00, 0x0C, 0x00, 0x0B], results: [.i32], expect: nil)
        check([0x02, 0x7F, 0x0C, 0x00, 0x0B], results: [.i32], expect: .invalid, "type mismatch (missing branch operand)")
        // Unknown operands from the polymorphic stack in select, ref.is_null, reinterpret.
        check([0x00, 0x1B, 0x1A], expect: nil)
        check([0x00, 0xD1, 0x1A], expect: nil)
        check([0x00, 0xBC, 0x1A], expect: nil)
        check([0x00, 0x42, 0x00, 0x41, 0x00, 0x1B], results: [.i64], expect: nil)
        check([0x00, 0x42, 0x00, 0x1B], results: [.i64], expect: .invalid, "type mismatch (expected i32, found i64)")
        // Values left over at the end, in unreachable code too.
        check([0x00, 0x41, 0x00, 0x41, 0x00], results: [.i32], expect: .invalid, "type mismatch (values remaining on stack at end of block)")
        // else/end matching.
        check([0x05], expect: .invalid, "else without matching if")
        check([0x41, 0x00, 0x04, 0x7F, 0x41, 0x00, 0x0B, 0x1A], expect: .invalid)
        check([0x41, 0x00, 0x04, 0x40, 0x05, 0x05, 0x0B], expect: .invalid, "else without matching if")
        // Operators after the final end.
        check([0x0B, 0x01], expect: .malformed)
    }

    func testBranchTables() {
        // br_table with targets of different arities.
        check([0x02, 0x7F, 0x02, 0x40, 0x41, 0x00, 0x0E, 0x01, 0x00, 0x01, 0x0B, 0x41, 0x00, 0x0B, 0x1A], expect: .invalid,
              "type mismatch (br_table targets of different arity)")
        // Same arity, different types, with an i32 operand present.
        check([0x02, 0x7F, 0x02, 0x7E, 0x41, 0x00, 0x41, 0x00, 0x0E, 0x01, 0x00, 0x01, 0x0B, 0x1A, 0x41, 0x00, 0x0B, 0x1A], expect: .invalid)
        // ... and in unreachable code, where the operand is unknown: fine.
        check([0x02, 0x7F, 0x02, 0x7E, 0x00, 0x41, 0x00, 0x0E, 0x01, 0x00, 0x01, 0x0B, 0x1A, 0x41, 0x00, 0x0B, 0x1A], expect: nil)
        // Unknown label.
        check([0x41, 0x00, 0x0E, 0x01, 0x00, 0x05], expect: .invalid, "unknown label")
        // Too many targets for the limit.
        var limits = EngineLimits()
        limits.maxSegmentEntries = 1
        check([0x41, 0x00, 0x0E, 0x02, 0x00, 0x00, 0x00], limits: limits, expect: .limitExceeded)
    }

    func testTypedSelectAndBlockParameters() {
        // select t on references; untyped select on references is invalid.
        check([0xD0, 0x70, 0xD0, 0x70, 0x41, 0x01, 0x1C, 0x01, 0x70, 0x1A], expect: nil)
        check([0xD0, 0x70, 0xD0, 0x70, 0x41, 0x01, 0x1B, 0x1A], expect: .invalid, "type mismatch (select without type on references)")
        check([0x41, 0x00, 0x41, 0x00, 0x41, 0x01, 0x1C, 0x02, 0x7F, 0x7F, 0x1A], expect: .invalid, "invalid result arity")
        check([0x41, 0x00, 0x41, 0x00, 0x41, 0x01, 0x1C, 0x01, 0x7B, 0x1A], expect: .malformed)
        // Block types by type index: (func (param i32 i32) (result i32)) is type 0 of the
        // module... use the function's own type: params i32 i32, result i32.
        check([0x20, 0x00, 0x20, 0x01, 0x02, 0x00, 0x6A, 0x0B], params: [.i32, .i32], results: [.i32], expect: nil)
        check([0x20, 0x00, 0x02, 0x00, 0x6A, 0x0B], params: [.i32, .i32], results: [.i32], expect: .invalid,
              "type mismatch (missing branch operand)")
        check([0x20, 0x00, 0x20, 0x01, 0x03, 0x00, 0x6A, 0x0B], params: [.i32, .i32], results: [.i32], expect: nil)
        check([0x20, 0x00, 0x20, 0x01, 0x20, 0x00, 0x04, 0x00, 0x6A, 0x05, 0x6B, 0x0B], params: [.i32, .i32], results: [.i32], expect: nil)
        // An if with params and no else: parameters must equal results.
        check([0x20, 0x00, 0x20, 0x01, 0x20, 0x00, 0x04, 0x00, 0x6A, 0x0B], params: [.i32, .i32], results: [.i32], expect: .invalid)
        check([0x02, 0x05, 0x0B], expect: .invalid, "unknown type")
        check([0x02, 0x7B, 0x0B], expect: .malformed, "malformed block type")
        // Block parameters in unreachable code.
        check([0x00, 0x02, 0x00, 0x6A, 0x0B], params: [.i32, .i32], results: [.i32], expect: nil)
    }

    func testLimits() {
        var limits = EngineLimits()
        limits.maxOperandStackHeight = 3
        check([0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0x1A, 0x1A, 0x1A], limits: limits, expect: nil)
        check([0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00], limits: limits, expect: .limitExceeded)
        // Reinterpretations on the polymorphic stack grow it without the check; the next
        // push is checked.
        let three: [UInt8] = [0x41, 0x00, 0x41, 0x00, 0x41, 0x00]
        check(three + [0x02, 0x40, 0x00, 0xBC, 0x1A, 0x0B, 0x1A, 0x1A, 0x1A], limits: limits, expect: nil)
        check(three + [0x02, 0x40, 0x00, 0xBC, 0x45, 0x1A, 0x0B, 0x1A, 0x1A, 0x1A], limits: limits, expect: .limitExceeded)
        check(three + [0x02, 0x40, 0x00, 0xBE, 0xBC, 0x41, 0x00, 0x6A, 0x1A, 0x0B, 0x1A, 0x1A, 0x1A], limits: limits, expect: .limitExceeded)
        // A block entered above the limit (after such a reinterpretation), ended without results.
        check(three + [0x02, 0x40, 0x00, 0xBC, 0x02, 0x40, 0x0B, 0x1A, 0x0B, 0x1A, 0x1A, 0x1A], limits: limits, expect: nil)
        check(three + [0x02, 0x40, 0x00, 0xBC, 0x02, 0x7F, 0x00, 0x0B, 0x1A, 0x0B, 0x1A, 0x1A, 0x1A], limits: limits, expect: .limitExceeded)
        // Above the limit, operators that pop then push (general path) or only pop.
        check(three + [0x02, 0x40, 0x00, 0xBC, 0x21, 0x00, 0x0B, 0x1A, 0x1A, 0x1A], locals: [(1, .i32)], limits: limits, expect: nil)
        check(three + [0x02, 0x40, 0x00, 0xBC, 0x22, 0x00, 0x1A, 0x0B, 0x1A, 0x1A, 0x1A], locals: [(1, .i32)], limits: limits, expect: .limitExceeded)
        check(three + [0x02, 0x40, 0x00, 0xBC, 0x28, 0x02, 0x00, 0x1A, 0x0B, 0x1A, 0x1A, 0x1A], limits: limits, expect: .invalid)  // no memory
        check(three + [0x02, 0x40, 0x00, 0xBC, 0x1A, 0x41, 0x00, 0x1A, 0x0B, 0x1A, 0x1A, 0x1A], limits: limits, expect: .limitExceeded)
        limits = EngineLimits()
        limits.maxControlDepth = 2
        check([0x02, 0x40, 0x02, 0x40, 0x0B, 0x0B], limits: limits, expect: nil)
        check([0x02, 0x40, 0x02, 0x40, 0x02, 0x40, 0x0B, 0x0B, 0x0B], limits: limits, expect: .limitExceeded)
        limits = EngineLimits()
        limits.maxLocalsPerFunction = 4
        check([], params: [.i32, .i32], locals: [(2, .i64)], limits: limits, expect: nil)
        check([], params: [.i32, .i32, .i32], locals: [(2, .i64)], limits: limits, expect: .limitExceeded)
    }

    /// LEB128 immediates at the main loop's fast-path boundaries: five-byte encodings with
    /// each kind of fifth byte, and with or without eight readable bytes after the start of
    /// the immediate (the one-load decoder's condition). Both passes agree on each.
    func testImmediateEncodingsAtFastPathBoundaries() {
        let fifths: [UInt8] = [0x00, 0x01, 0x07, 0x08, 0x0F, 0x10, 0x40, 0x77, 0x78, 0x7F, 0x80, 0xFF]
        var codes: [[UInt8]] = []
        for f in fifths {
            for five in [[0x80, 0x80, 0x80, 0x80, f], [0xFF, 0xFF, 0xFF, 0xFF, f], [0x81, 0x80, 0x80, 0x80, f]] as [[UInt8]] {
                codes.append([0x41] + five + [0x1A])  // i32.const
                codes.append([0x42] + five + [0x1A])  // i64.const
                codes.append([0x20] + five + [0x1A])  // local.get
                codes.append([0x41, 0x00, 0x21] + five)  // local.set
                codes.append([0x41, 0x00, 0x28, 0x02] + five + [0x1A])  // i32.load offset (no memory)
                codes.append([0x02, 0x40, 0x0C] + five + [0x0B])  // br
                codes.append([0x02, 0x40, 0x41, 0x00, 0x0D] + five + [0x0B])  // br_if
                codes.append([0x02, 0x40, 0x41, 0x00, 0x0E, 0x01, 0x00] + five + [0x0B])  // br_table
                codes.append([0x10] + five)  // call
            }
        }
        var compared = 0
        for code in codes {
            for tail in [[], [0x01], [0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01]] as [[UInt8]] {
                for cut in [0, 1, 2] where cut <= code.count {
                    let body = WasmBytes.body(locals: [(1, .i32)], code: Array(code.dropLast(cut)) + tail)
                    let bytes = WasmBytes.module(functions: [(type: ([], []), body: body)])
                    guard let verdicts = Self.verdicts(bytes) else { continue }
                    compared += 1
                    XCTAssertTrue(verdicts.agree, "\(code) + \(tail) cut \(cut): translator \(Self.describe(verdicts.translator)), validator \(Self.describe(verdicts.validator))")
                }
            }
        }
        XCTAssertGreaterThan(compared, 1000)
    }

    func testMemoryAndDataRules() {
        // No memory: loads are invalid; flags of 32 or more are malformed first.
        check([0x41, 0x00, 0x28, 0x02, 0x00, 0x1A], expect: .invalid, "unknown memory 0")
        check([0x41, 0x00, 0x28, 0x20, 0x00, 0x1A], expect: .malformed, "malformed memop flags")
        check([0x3F, 0x01, 0x1A], expect: .malformed, "zero byte expected")
        // memory.init without a data count section.
        check([0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xFC, 0x08, 0x00, 0x00], expect: .invalid)
        check([0xFC, 0x12], expect: .malformed, "illegal opcode 0xfc 18")
        check([0xFD, 0x00], expect: .malformed, "illegal opcode 0xfd")
        check([0xD2, 0x00, 0x1A], exportAll: false, expect: .invalid, "undeclared function reference")
        check([0xD2, 0x00, 0x1A], expect: nil)
        check([0xD2, 0x01, 0x1A], expect: .invalid, "unknown function 1")
    }
}
