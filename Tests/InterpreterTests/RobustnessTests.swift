import Foundation
import XCTest
import Interpreter

/// Decoding must never crash: truncated, mutated and hand-crafted hostile modules either
/// throw `ModuleError` or yield a `Module` that instantiates (with stub imports) and runs
/// under small limits, trapping at worst.
///
/// The inputs are the repository's two plugin fixtures and a few non-trivial spec-test
/// modules from `.build/spectest` (converted by scripts/convert-spec-tests.sh; those parts
/// are skipped, saying so, when the directory is absent). Work is spread over all cores
/// to stay within ~10 s in debug builds.
final class RobustnessTests: XCTestCase {
    static let specModules = [
        "br_table/br_table.0.wasm", "call_indirect/call_indirect.0.wasm", "names/names.2.wasm",
        "memory_copy/memory_copy.96.wasm", "global/global.0.wasm", "imports/imports.1.wasm", "elem/elem.0.wasm",
        "table_copy/table_copy.50.wasm", "ref_func/ref_func.1.wasm", "conversions/conversions.0.wasm",
        "unwind/unwind.0.wasm", "left-to-right/left-to-right.0.wasm",
    ]
    static let fixtures = ["fixtures/header_filter/header_filter.wasm", "fixtures/abi_exerciser/abi_exerciser.wasm"]

    /// Limits for running arbitrary modules cheaply.
    static let limits: EngineLimits = {
        var l = EngineLimits()
        l.fuel = 10_000
        l.maxMemoryPages = 256
        l.maxTableElements = 100_000
        l.maxCallDepth = 1_000
        l.maxValueStackBytes = 1 << 20
        return l
    }()

    static var specDirectory: URL {
        if let dir = ProcessInfo.processInfo.environment["SPECTEST_JSON_DIR"] { return URL(fileURLWithPath: dir) }
        return TestModules.packageRoot.appendingPathComponent(".build/spectest")
    }

    private func load(_ path: String, in base: URL) -> [UInt8]? {
        (try? Data(contentsOf: base.appendingPathComponent(path))).map { [UInt8]($0) }
    }

    private func fixtureInputs() throws -> [(String, [UInt8])] {
        try Self.fixtures.map { path in
            guard let bytes = load(path, in: TestModules.packageRoot) else { throw TestSupportError("missing fixture \(path)") }
            return (path, bytes)
        }
    }

    private func specInputs() throws -> [(String, [UInt8])] {
        let inputs = Self.specModules.compactMap { path in load(path, in: Self.specDirectory).map { (path, $0) } }
        if inputs.isEmpty {
            throw XCTSkip("spec-test modules not found in \(Self.specDirectory.path): run scripts/convert-spec-tests.sh")
        }
        return inputs
    }

    // MARK: The check

    enum Outcome: Hashable { case rejected, instantiationFailed, instantiated }

    /// Decodes `bytes`; if accepted, instantiates with stub imports and calls every exported
    /// function (up to 16) with zero arguments. Returns the outcome, or a failure text.
    static func exercise(_ bytes: [UInt8]) -> Result<Outcome, Failure> {
        let module: Module
        do {
            module = try Module(bytes: bytes, limits: limits)
        } catch {
            if error.message.isEmpty { return .failure(Failure("ModuleError without a message: \(error)")) }
            return .success(.rejected)
        }
        // Every body translated (not only the ones that run): the translator must accept
        // whatever the validator accepted.
        if let error = module.translateAll() {
            return .failure(Failure("the translator rejects a body the validator accepted: \(error)"))
        }
        let store = Store(limits: limits)
        let instance: Instance
        do {
            instance = try store.instantiate(module, imports: stubImports(for: module, store: store))
        } catch is InstantiationError {
            return .success(.instantiationFailed)
        } catch is Trap {
            return .success(.instantiationFailed)
        } catch {
            return .failure(Failure("instantiate threw \(type(of: error)): \(error)"))
        }
        var called = 0
        for export in module.exports where called < 16 {
            guard case .function(let signature) = export.type else { continue }
            called += 1
            do {
                let results = try instance.invoke(export.name, signature.parameters.map(Value.zero))
                if results.map(\.type) != signature.results { return .failure(Failure("\(export.name) returned \(results) for \(signature)")) }
            } catch is Trap {
                continue
            } catch {
                return .failure(Failure("invoking \(export.name) threw \(type(of: error)): \(error)"))
            }
        }
        if store.isExecuting { return .failure(Failure("store still executing")) }
        return .success(.instantiated)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    /// Runs `exercise` on `count` inputs made by `make`, on all cores; fails the test with
    /// the first few failures. Returns the outcome counts.
    @discardableResult
    private func exerciseAll(_ label: String, count: Int, file: StaticString = #filePath, line: UInt = #line,
                             _ make: @escaping @Sendable (Int) -> [UInt8]) -> [Outcome: Int] {
        let lock = NSLock()
        var failures: [String] = []
        var counts: [Outcome: Int] = [:]
        let chunks = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount * 4))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var local: [Outcome: Int] = [:]
            var localFailures: [String] = []
            var i = chunk
            while i < count {
                switch Self.exercise(make(i)) {
                case .success(let o): local[o, default: 0] += 1
                case .failure(let f): localFailures.append("\(label) #\(i): \(f)")
                }
                i += chunks
            }
            lock.lock()
            for (k, v) in local { counts[k, default: 0] += v }
            failures += localFailures
            lock.unlock()
        }
        for f in failures.sorted().prefix(10) { XCTFail(f, file: file, line: line) }
        XCTAssertEqual(counts.values.reduce(0, +) + failures.count, count, label, file: file, line: line)
        return counts
    }

    // MARK: Unmodified inputs

    func testInputsInstantiateAndRun() throws {
        for (path, bytes) in try fixtureInputs() {
            XCTAssertEqual(try Self.exercise(bytes).get(), .instantiated, path)
        }
        for (path, bytes) in try specInputs() {
            XCTAssertEqual(try Self.exercise(bytes).get(), .instantiated, path)
        }
    }

    // MARK: Truncation

    /// Every prefix of the fixtures' first 4 KB, then every 61st byte to the end (every
    /// prefix of the whole files is the fuzz campaign's job: copying each prefix costs
    /// O(n²) here).
    func testPrefixesOfTheFixtures() throws {
        for (path, bytes) in try fixtureInputs() {
            let lengths = Array(0..<min(bytes.count, 4096)) + Array(stride(from: 4096, to: bytes.count, by: 61))
            let counts = exerciseAll(path, count: lengths.count) { Array(bytes[0..<lengths[$0]]) }
            // A proper prefix is only accepted when it ends on a section boundary after the
            // code section (dropping trailing data or custom sections).
            XCTAssertGreaterThan(counts[.rejected, default: 0], lengths.count - 8, path)
        }
    }

    func testEveryPrefixOfSpecModules() throws {
        for (path, bytes) in try specInputs() {
            let counts = exerciseAll(path, count: bytes.count) { Array(bytes[0..<$0]) }
            XCTAssertGreaterThan(counts[.rejected, default: 0], 0, path)
        }
    }

    // MARK: Mutation

    /// 10,000 seeded single-byte mutations: 50 of each fixture, the rest spread over the
    /// spec modules of at most 4 KB (each mutant is fully decoded, validated and translated
    /// when it can be, which costs ~12 ms for a fixture and ~0.3 ms for a small spec module
    /// in a debug build).
    func testSeededSingleByteMutations() throws {
        let fixtures = try fixtureInputs()
        let spec = (try? specInputs()) ?? []
        var inputs: [[UInt8]] = []
        var plan: [(input: Int, count: Int)] = []
        for (_, bytes) in fixtures {
            plan.append((inputs.count, 50))
            inputs.append(bytes)
        }
        let rest = 10_000 - 50 * fixtures.count
        let small = spec.filter { $0.1.count <= 4096 }
        let sources = small.isEmpty ? fixtures : small
        for (k, (_, bytes)) in sources.enumerated() {
            plan.append((inputs.count, rest / sources.count + (k < rest % sources.count ? 1 : 0)))
            inputs.append(bytes)
        }
        var jobs: [(input: Int, seed: UInt64)] = []
        for (input, count) in plan {
            for n in 0..<count { jobs.append((input, UInt64(input) << 32 | UInt64(n))) }
        }
        XCTAssertEqual(jobs.count, 10_000)
        let frozenInputs = inputs
        let frozenJobs = jobs
        let counts = exerciseAll("mutation", count: frozenJobs.count) { i in
            var rng = SplitMix64(seed: 0x5EED_0000 &+ frozenJobs[i].seed)
            var bytes = frozenInputs[frozenJobs[i].input]
            let position = Int(rng.next() % UInt64(bytes.count))
            let delta = UInt8(1 + rng.next() % 255)
            bytes[position] = bytes[position] &+ delta
            return bytes
        }
        // Both outcomes occur: the mutations are not all caught by the same check.
        XCTAssertGreaterThan(counts[.rejected, default: 0], 1000)
        XCTAssertGreaterThan(counts[.instantiated, default: 0], 500)
        if spec.isEmpty { throw XCTSkip("spec-test modules not found: mutated the fixtures only") }
    }

    // MARK: Hand-crafted inputs

    private func expect(_ bytes: [UInt8], _ kind: ModuleError.Kind, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        do {
            _ = try Module(bytes: bytes)
            XCTFail("accepted, expected \(kind): \(message)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.kind, kind, "\(error)", file: file, line: line)
            XCTAssertEqual(error.message, message, "\(error)", file: file, line: line)
        }
    }

    private func typeSection(count: [UInt8]) -> [UInt8] {
        WasmBytes.header + [0x01] + WasmBytes.uleb(UInt64(count.count + 3)) + count + [0x60, 0x00, 0x00]
    }

    /// A module whose only function is `(func (result i32) <code>)`.
    private func function(_ code: [UInt8], result: ValueType = .i32) -> [UInt8] {
        WasmBytes.module(functions: [(type: ([], [result]), body: WasmBytes.body(code: code))])
    }

    func testLEB128EdgeCases() throws {
        // Counts (u32): 1 in the maximum 5 bytes is fine, in 6 bytes too long.
        XCTAssertNoThrow(try Module(bytes: typeSection(count: [0x81, 0x80, 0x80, 0x80, 0x00])))
        expect(typeSection(count: [0x81, 0x80, 0x80, 0x80, 0x80, 0x00]), .malformed, "integer representation too long")
        // 5-byte u32 with bits above bit 31.
        expect(typeSection(count: [0x81, 0x80, 0x80, 0x80, 0x10]), .malformed, "integer too large")
        expect(typeSection(count: [0xFF, 0xFF, 0xFF, 0xFF, 0x7F]), .malformed, "integer too large")
        // 2^32-1 itself is a valid u32 (and then far more types than bytes).
        expect(typeSection(count: [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]), .malformed, "unexpected end")
        // A section size of 6 bytes.
        expect(WasmBytes.header + [0x01, 0x83, 0x80, 0x80, 0x80, 0x80, 0x00, 0x01, 0x60, 0x00, 0x00], .malformed, "integer representation too long")
        // Truncated LEB at the end of the module.
        expect(WasmBytes.header + [0x01, 0x80], .malformed, "unexpected end")

        // i32.const (s32): the unused bits of the 5th byte must repeat the sign bit.
        XCTAssertEqual(try run(function([0x41, 0xFF, 0xFF, 0xFF, 0xFF, 0x07])), .int32(Int32.max))
        XCTAssertEqual(try run(function([0x41, 0x80, 0x80, 0x80, 0x80, 0x78])), .int32(Int32.min))
        XCTAssertEqual(try run(function([0x41, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F])), .int32(-1))
        XCTAssertEqual(try run(function([0x41, 0x80, 0x80, 0x80, 0x80, 0x00])), .int32(0), "overlong zero")
        expect(function([0x41, 0x80, 0x80, 0x80, 0x80, 0x70]), .malformed, "integer too large")
        expect(function([0x41, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]), .malformed, "integer too large")
        expect(function([0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]), .malformed, "integer representation too long")
        // i64.const (s64): 10 bytes at most, the 10th holding only the sign.
        XCTAssertEqual(try run(function([0x42] + [UInt8](repeating: 0xFF, count: 9) + [0x7F], result: .i64)), .int64(-1))
        XCTAssertEqual(try run(function([0x42] + [UInt8](repeating: 0x80, count: 9) + [0x7F], result: .i64)), .int64(Int64.min))
        XCTAssertEqual(try run(function([0x42] + [UInt8](repeating: 0xFF, count: 9) + [0x00], result: .i64)), .int64(Int64.max))
        expect(function([0x42] + [UInt8](repeating: 0x80, count: 9) + [0x01], result: .i64), .malformed, "integer too large")
        expect(function([0x42] + [UInt8](repeating: 0xFF, count: 9) + [0x7E], result: .i64), .malformed, "integer too large")
        expect(function([0x42] + [UInt8](repeating: 0x80, count: 10) + [0x00], result: .i64), .malformed, "integer representation too long")
        // A memarg offset beyond 32 bits.
        let memory = WasmBytes.header
            + WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [.i32])]))
            + WasmBytes.section(3, WasmBytes.vector([[0x00]]))
            + WasmBytes.section(5, WasmBytes.vector([[0x00, 0x01]]))
        let load = { (offset: [UInt8]) in
            memory + WasmBytes.section(10, WasmBytes.vector([WasmBytes.body(code: [0x41, 0x00, 0x28, 0x02] + offset)]))
        }
        XCTAssertNoThrow(try Module(bytes: load([0xFF, 0xFF, 0xFF, 0xFF, 0x0F])))
        expect(load([0x80, 0x80, 0x80, 0x80, 0x10]), .malformed, "integer too large")
        expect(load([0x80, 0x80, 0x80, 0x80, 0x80, 0x00]), .malformed, "integer representation too long")
    }

    private func run(_ bytes: [UInt8]) throws -> Value? {
        let module = try Module(bytes: bytes)
        return try Store().instantiate(module).invoke("f0").first
    }

    func testHugeDeclaredCountsAndSizes() throws {
        let huge = WasmBytes.uleb(0xFFFF_FFFF)
        let start = ContinuousClock.now
        // Data count of 2^32-1 without data: inconsistent.
        expect(WasmBytes.header + WasmBytes.section(12, huge), .malformed, "data count and data section have inconsistent lengths")
        // A data segment claiming 2^32-1 bytes.
        let memory = WasmBytes.section(5, WasmBytes.vector([[0x00, 0x01]]))
        expect(WasmBytes.header + memory + WasmBytes.section(11, [0x01, 0x01] + huge + [0x00]), .malformed, "unexpected end")
        // An element segment with 2^32-1 entries.
        let table = WasmBytes.section(4, WasmBytes.vector([[0x70, 0x00, 0x01]]))
        expect(WasmBytes.header + table + WasmBytes.section(9, [0x01, 0x01, 0x00] + huge + [0x00]), .malformed, "unexpected end")
        // A br_table with 2^32-1 targets.
        expect(function([0x41, 0x00, 0x0E] + huge + [0x00, 0x00]), .malformed, "unexpected end")
        expect(function([0x41, 0x00, 0x0E] + huge + [0x00, 0x00]) + WasmBytes.section(0, WasmBytes.name("after")),
               .malformed, "unexpected end of section or function")
        // A type with 2^32-1 parameters.
        expect(WasmBytes.header + WasmBytes.section(1, [0x01, 0x60] + huge + [0x7F]), .malformed, "unexpected end")
        // A name of 2^32-1 bytes.
        expect(WasmBytes.header + WasmBytes.section(0, huge + [0x61]), .malformed, "unexpected end")
        // A section claiming 2^32-1 bytes.
        expect(WasmBytes.header + [0x01] + huge, .malformed, "section size mismatch: unexpected end")
        // Memory and table limits at the format's extremes.
        expect(WasmBytes.header + WasmBytes.section(5, [0x01, 0x00] + huge), .invalid, "memory size must be at most 65536 pages (4GiB)")
        XCTAssertNoThrow(try Module(bytes: WasmBytes.header + WasmBytes.section(4, [0x01, 0x70, 0x00] + huge)))
        let bigTable = try Module(bytes: WasmBytes.header + WasmBytes.section(4, [0x01, 0x70, 0x00] + huge))
        let error = assertThrows(InstantiationError.self) { try Store().instantiate(bigTable) }
        XCTAssertEqual(error?.kind, .resourceLimit)
        // A lenient name section with absurd counts is ignored, not fatal.
        let names = WasmBytes.name("name") + [0x01] + WasmBytes.uleb(UInt64(huge.count + 1)) + huge + [0x00]
        XCTAssertNoThrow(try Module(bytes: WasmBytes.header + WasmBytes.section(0, names)))
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(2), "no allocation proportional to a declared count")
    }

    func testInvalidUTF8Names() throws {
        let invalid: [[UInt8]] = [
            [0xFF], [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x61, 0xC3], [0xE2, 0x82],
        ]
        for bytes in invalid {
            let name = WasmBytes.uleb(UInt64(bytes.count)) + bytes
            // Custom section name.
            expect(WasmBytes.header + WasmBytes.section(0, name), .malformed, "malformed UTF-8 encoding")
            // Import module and field names.
            let type = WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [])]))
            expect(WasmBytes.header + type + WasmBytes.section(2, [0x01] + name + WasmBytes.name("f") + [0x00, 0x00]), .malformed, "malformed UTF-8 encoding")
            expect(WasmBytes.header + type + WasmBytes.section(2, [0x01] + WasmBytes.name("m") + name + [0x00, 0x00]), .malformed, "malformed UTF-8 encoding")
            // Export name.
            let one = WasmBytes.section(3, WasmBytes.vector([[0x00]]))
            let code = WasmBytes.section(10, WasmBytes.vector([WasmBytes.body(code: [])]))
            expect(WasmBytes.header + type + one + WasmBytes.section(7, [0x01] + name + [0x00, 0x00]) + code, .malformed, "malformed UTF-8 encoding")
            // Inside the name section: ignored (custom sections never invalidate a module).
            let names = WasmBytes.name("name") + [0x01] + WasmBytes.uleb(UInt64(name.count + 2)) + [0x01, 0x00] + name
            let module = try Module(bytes: WasmBytes.header + type + one + code + WasmBytes.section(0, names))
            XCTAssertNil(module.names.functionNames[0])
        }
        // Valid multi-byte names are accepted and kept byte for byte.
        let valid = "\u{E9}\u{20AC}\u{1F600}\u{10FFFF}"
        let type = WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [])]))
        let one = WasmBytes.section(3, WasmBytes.vector([[0x00]]))
        let code = WasmBytes.section(10, WasmBytes.vector([WasmBytes.body(code: [])]))
        let module = try Module(bytes: WasmBytes.header + type + one + WasmBytes.section(7, [0x01] + WasmBytes.name(valid) + [0x00, 0x00]) + code)
        XCTAssertEqual(module.exports.first?.name, valid)
        XCTAssertNotNil(try Store().instantiate(module).function(valid))
    }
}

/// A small seeded generator (SplitMix64), so every run mutates the same bytes.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
