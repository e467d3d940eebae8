import XCTest
import Interpreter

/// Pins the paired memory accesses formed by `Superinstructions`: the first access takes
/// effect before the second is checked, and an out-of-bounds second access traps at its
/// own operator. Also pins the other fused patterns (results, fuel, trap points).
final class SuperinstructionTests: XCTestCase {
    /// The body of `store2(a, v, b)`: `i32.store a v; i32.store b v` (two adjacent stores).
    private static let store2Code: [UInt8] = [0x20, 0x00, 0x20, 0x01, 0x36, 0x02, 0x00, 0x20, 0x02, 0x20, 0x01, 0x36, 0x02, 0x00, 0x0B]

    /// One page of memory; `store2` and `load(a) = i32.load a`.
    private static func module() -> [UInt8] {
        func uleb(_ v: Int) -> [UInt8] { LEB128.unsigned(v) }
        func vector(_ items: [[UInt8]]) -> [UInt8] { uleb(items.count) + items.flatMap { $0 } }
        func section(_ id: UInt8, _ payload: [UInt8]) -> [UInt8] { [id] + uleb(payload.count) + payload }
        func body(_ code: [UInt8]) -> [UInt8] { uleb(code.count + 1) + [0x00] + code }
        var out: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
        out += section(1, vector([[0x60, 0x03, 0x7F, 0x7F, 0x7F, 0x00], [0x60, 0x01, 0x7F, 0x01, 0x7F]]))
        out += section(3, vector([[0x00], [0x01]]))
        out += section(5, vector([[0x00, 0x01]]))
        out += section(7, vector([[0x06] + Array("store2".utf8) + [0x00, 0x00], [0x04] + Array("load".utf8) + [0x00, 0x01]]))
        out += section(10, vector([body(store2Code), body([0x20, 0x00, 0x28, 0x02, 0x00, 0x0B])]))
        return out
    }

    func testSecondAccessOfAPairTrapsAtItsOwnOperatorAfterTheFirst() throws {
        let bytes = Self.module()
        let module = try Module(bytes: bytes)
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 0)).contains("i32StoreThenI32Store"))
        let instance = try Store().instantiate(module, imports: Imports())
        XCTAssertEqual(try instance.invoke("store2", [.i32(0), .i32(7), .i32(4)]), [])
        XCTAssertEqual(try instance.invoke("load", [.i32(4)]), [.i32(7)])

        let trap = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("store2", [.i32(8), .i32(9), .i32(65_533)]) }
        XCTAssertEqual(try instance.invoke("load", [.i32(8)]), [.i32(9)], "the first store took effect")
        XCTAssertEqual(trap?.memoryAccess, MemoryAccessError(address: 65_533, length: 4, memorySize: 65_536))
        let codeStart = try XCTUnwrap((0...(bytes.count - Self.store2Code.count)).first { Array(bytes[$0..<($0 + Self.store2Code.count)]) == Self.store2Code })
        XCTAssertEqual(trap?.backtrace.first?.offset, codeStart + 11, "the second i32.store")

        let first = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("store2", [.i32(65_536), .i32(5), .i32(12)]) }
        XCTAssertEqual(first?.backtrace.first?.offset, codeStart + 4, "the first i32.store")
        XCTAssertEqual(try instance.invoke("load", [.i32(12)]), [.i32(0)], "the second store did not run")
    }

    // MARK: Fused arithmetic, address and return patterns

    /// A module of `(type, body)` functions, each exported under its name, with one page of
    /// memory whose byte k holds k & 0xFF (an active data segment of 256 bytes at 0 and at
    /// 65,280). Returns the bytes and each body's code offset in them.
    private static func fusedModule(_ functions: [(name: String, params: [UInt8], results: [UInt8], code: [UInt8])]) -> (bytes: [UInt8], codeOffsets: [String: Int]) {
        func uleb(_ v: Int) -> [UInt8] { LEB128.unsigned(v) }
        func vector(_ items: [[UInt8]]) -> [UInt8] { uleb(items.count) + items.flatMap { $0 } }
        func section(_ id: UInt8, _ payload: [UInt8]) -> [UInt8] { [id] + uleb(payload.count) + payload }
        var out: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
        out += section(1, vector(functions.map { [0x60] + vector($0.params.map { [$0] }) + vector($0.results.map { [$0] }) }))
        out += section(3, vector(functions.indices.map { uleb($0) }))
        out += section(5, vector([[0x00, 0x01]]))
        out += section(7, vector(functions.enumerated().map { uleb($1.name.utf8.count) + Array($1.name.utf8) + [0x00] + uleb($0) }))
        // Code: each body is `size, 0 local groups, code`; record where each code starts.
        var payload = uleb(functions.count)
        var offsets: [Int] = []
        for f in functions {
            payload += uleb(f.code.count + 1) + [0x00]
            offsets.append(payload.count)
            payload += f.code
        }
        let codeSectionStart = out.count + 1 + uleb(payload.count).count
        out += section(10, payload)
        let ramp = (0..<256).map { UInt8($0) }
        out += section(11, vector([[0x00, 0x41, 0x00, 0x0B] + uleb(256) + ramp, [0x00, 0x41] + LEB128.signed(65_280) + [0x0B] + uleb(256) + ramp]))
        var codeOffsets: [String: Int] = [:]
        for (k, f) in functions.enumerated() { codeOffsets[f.name] = codeSectionStart + offsets[k] }
        return (out, codeOffsets)
    }

    private static func i32(_ v: Int64) -> [UInt8] { [0x41] + LEB128.signed(v) }
    private static func i64(_ v: Int64) -> [UInt8] { [0x42] + LEB128.signed(v) }

    private static let fused: (bytes: [UInt8], codeOffsets: [String: Int]) = fusedModule([
        // x * 1664525 + 1013904223
        ("lcg", [0x7F], [0x7F], [0x20, 0x00] + i32(1_664_525) + [0x6C] + i32(1_013_904_223) + [0x6A, 0x0B]),
        // x * -3 - 7
        ("lcg_sub", [0x7F], [0x7F], [0x20, 0x00] + i32(-3) + [0x6C] + i32(7) + [0x6B, 0x0B]),
        // 11 + x * 5 (constant on the left)
        ("lcg_left", [0x7F], [0x7F], i32(11) + [0x20, 0x00] + i32(5) + [0x6C, 0x6A, 0x0B]),
        // x = x * 69069 + 1; x (the sum goes straight to the local)
        ("lcg_local", [0x7F], [0x7F], [0x20, 0x00] + i32(69_069) + [0x6C] + i32(1) + [0x6A, 0x21, 0x00, 0x20, 0x00, 0x0B]),
        // x % 15, x % 0, 1000 - x, 1 << x
        ("rem15", [0x7F], [0x7F], [0x20, 0x00] + i32(15) + [0x70, 0x0B]),
        ("rem0", [0x7F], [0x7F], [0x20, 0x00] + i32(0) + [0x70, 0x0B]),
        ("sub_from", [0x7F], [0x7F], i32(1000) + [0x20, 0x00, 0x6B, 0x0B]),
        ("shl_from", [0x7F], [0x7F], i32(1) + [0x20, 0x00, 0x74, 0x0B]),
        // h = h * 0x100000001b3; h ^ (h >> 29)
        ("mix", [0x7E], [0x7E], [0x20, 0x00] + i64(0x1_0000_01B3) + [0x7E, 0x21, 0x00, 0x20, 0x00, 0x20, 0x00] + i64(29) + [0x88, 0x85, 0x0B]),
        // (a ^ b) * 16777619, b & (a >> 8)
        ("xor_mul", [0x7F, 0x7F], [0x7F], [0x20, 0x00, 0x20, 0x01, 0x73] + i32(16_777_619) + [0x6C, 0x0B]),
        ("shr_and", [0x7F, 0x7F], [0x7F], [0x20, 0x01, 0x20, 0x00] + i32(8) + [0x76, 0x71, 0x0B]),
        // load8_u(a + b) as i32 and i64, load8_u(a + 65,280) as i64
        ("load8", [0x7F, 0x7F], [0x7F], [0x20, 0x00, 0x20, 0x01, 0x6A, 0x2D, 0x00, 0x00, 0x0B]),
        ("load8_64", [0x7F, 0x7F], [0x7E], [0x20, 0x00, 0x20, 0x01, 0x6A, 0x31, 0x00, 0x00, 0x0B]),
        ("load8_64_imm", [0x7F], [0x7E], [0x20, 0x00] + i32(65_280) + [0x6A, 0x31, 0x00, 0x00, 0x0B]),
        // fib(n): block; br_if 0 (n < 2); n = fib(n - 1) + fib(n - 2); end; n. The sum goes to the
        // local and ends its block, just before the join that only returns it.
        ("fib", [0x7F], [0x7F], [0x02, 0x40, 0x20, 0x00] + i32(2) + [0x49, 0x0D, 0x00, 0x20, 0x00] + i32(-1) + [0x6A, 0x10, 0x0E]
            + [0x20, 0x00] + i32(-2) + [0x6A, 0x10, 0x0E, 0x6A, 0x21, 0x00, 0x0B, 0x20, 0x00, 0x0B]),
        // store(a + 100000, b + 7) (the sum is the stored value's): i32AddImm then i32Store
        ("store_sum", [0x7F, 0x7F], [], [0x20, 0x00, 0x20, 0x01] + i32(7) + [0x6A, 0x36, 0x02, 0x00, 0x0B]),
        // a > b ? a : b, and b & 255 ? a : 9 (a constant operand)
        ("max", [0x7F, 0x7F], [0x7F], [0x20, 0x00, 0x20, 0x01, 0x20, 0x00, 0x20, 0x01, 0x4A, 0x1B, 0x0B]),
        ("pick", [0x7F, 0x7F], [0x7F], [0x20, 0x00] + i32(9) + [0x20, 0x01] + i32(255) + [0x71, 0x1B, 0x0B]),
        // Scans: p += step; loop while load(p) < v (or > v); p. And i -= -1 while load(i * 4) > v; i.
        ("scan_lt", [0x7F, 0x7F, 0x7F], [0x7F], [0x03, 0x40, 0x20, 0x00, 0x20, 0x02, 0x6A, 0x22, 0x00, 0x28, 0x02, 0x00, 0x20, 0x01, 0x48, 0x0D, 0x00, 0x0B, 0x20, 0x00, 0x0B]),
        ("scan_gt", [0x7F, 0x7F, 0x7F], [0x7F], [0x03, 0x40, 0x20, 0x00, 0x20, 0x02, 0x6A, 0x22, 0x00, 0x28, 0x02, 0x00, 0x20, 0x01, 0x4A, 0x0D, 0x00, 0x0B, 0x20, 0x00, 0x0B]),
        ("scan_scaled", [0x7F, 0x7F], [0x7F], [0x03, 0x40, 0x20, 0x00] + i32(-1) + [0x6B, 0x22, 0x00] + i32(2) + [0x74, 0x28, 0x02, 0x00, 0x20, 0x01, 0x4A, 0x0D, 0x00, 0x0B, 0x20, 0x00, 0x0B]),
        // (x * 1664525 + 1013904223) >> 16; load8(p) | load8(p + 1) << 8 (i64); u64(a) | b
        ("lcg_shift", [0x7F], [0x7F], [0x20, 0x00] + i32(1_664_525) + [0x6C] + i32(1_013_904_223) + [0x6A] + i32(16) + [0x76, 0x0B]),
        ("bytes2", [0x7F], [0x7E], [0x20, 0x00, 0x31, 0x00, 0x00, 0x20, 0x00, 0x31, 0x00, 0x01] + i64(8) + [0x86, 0x84, 0x0B]),
        ("ext_or", [0x7F, 0x7E], [0x7E], [0x20, 0x00, 0xAD, 0x20, 0x01, 0x84, 0x0B]),
        // memory.fill(d, v >> 8, n); memory.copy(d, s + 1000, n)
        ("fill", [0x7F, 0x7F, 0x7F], [], [0x20, 0x00, 0x20, 0x01] + i32(8) + [0x76, 0x20, 0x02, 0xFC, 0x0B, 0x00, 0x0B]),
        ("copy", [0x7F, 0x7F, 0x7F], [], [0x20, 0x00, 0x20, 0x01] + i32(1000) + [0x6A, 0x20, 0x02, 0xFC, 0x0A, 0x00, 0x00, 0x0B]),
        // block; br_if 0 ((a | 1) >= b) (or (a << 1) < b); return 7; end; 9. And load((x + 2) << 2).
        ("or_branch", [0x7F, 0x7F], [0x7F], [0x02, 0x40, 0x20, 0x00] + i32(1) + [0x72, 0x20, 0x01, 0x4E, 0x0D, 0x00] + i32(7) + [0x0F, 0x0B] + i32(9) + [0x0B]),
        ("shl_branch", [0x7F, 0x7F], [0x7F], [0x02, 0x40, 0x20, 0x00] + i32(1) + [0x74, 0x20, 0x01, 0x48, 0x0D, 0x00] + i32(7) + [0x0F, 0x0B] + i32(9) + [0x0B]),
        ("load_scaled_imm", [0x7F], [0x7F], [0x20, 0x00] + i32(2) + [0x6A] + i32(2) + [0x74, 0x28, 0x02, 0x00, 0x0B]),
    ])

    private func fusedInstance(fuel: UInt64? = 1_000_000) throws -> (Module, Instance) {
        var limits = EngineLimits()
        limits.fuel = fuel
        let module = try Module(bytes: Self.fused.bytes, limits: limits)
        let store = Store(limits: limits)
        return (module, try store.instantiate(module, imports: Imports()))
    }

    /// The results of `name(args)` and the fuel it used.
    private func call(_ instance: Instance, _ name: String, _ args: [Value]) throws -> ([Value], UInt64) {
        let results = try instance.invoke(name, args)
        return (results, instance.store.lastFuelUsed)
    }

    /// Checks the results of `name(args)` and the fuel it used.
    private func expect(_ instance: Instance, _ name: String, _ args: [Value], _ results: [Value], fuel: UInt64,
                        file: StaticString = #filePath, line: UInt = #line) throws {
        let (actual, used) = try call(instance, name, args)
        XCTAssertEqual(actual, results, "\(name)\(args)", file: file, line: line)
        XCTAssertEqual(used, fuel, "\(name)\(args): fuel", file: file, line: line)
    }

    func testFusedMultiplyAddWrapsAndCostsItsOperators() throws {
        let (module, instance) = try fusedInstance()
        for (name, index) in [("lcg", 0), ("lcg_sub", 1), ("lcg_left", 2), ("lcg_local", 3)] {
            let code = try XCTUnwrap(module.translatedCode(functionIndex: index))
            XCTAssertTrue(code.contains("i32MulImmAddImm"), "\(name): \(code)")
            XCTAssertFalse(code.contains("i32MulImm "), "\(name): the multiply is gone")
        }
        for x: UInt32 in [0, 1, 7, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF] {
            XCTAssertEqual(try call(instance, "lcg", [.i32(x)]).0, [.i32(x &* 1_664_525 &+ 1_013_904_223)])
            XCTAssertEqual(try call(instance, "lcg_sub", [.i32(x)]).0, [.i32(x &* UInt32(bitPattern: -3) &- 7)])
            XCTAssertEqual(try call(instance, "lcg_left", [.i32(x)]).0, [.i32(11 &+ x &* 5)])
            XCTAssertEqual(try call(instance, "lcg_local", [.i32(x)]).0, [.i32(x &* 69_069 &+ 1)])
        }
        // Fuel counts the Wasm operators, fused or not.
        XCTAssertEqual(try call(instance, "lcg", [.i32(3)]).1, 5)
        XCTAssertEqual(try call(instance, "lcg_left", [.i32(3)]).1, 5)
        XCTAssertEqual(try call(instance, "lcg_local", [.i32(3)]).1, 7)
    }

    func testConstantOperandPairsAndTheRemainderByZeroTrap() throws {
        let (module, instance) = try fusedInstance()
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 4)).contains("const32ThenI32RemU"))
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 6)).contains("const32ThenI32Sub"))
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 7)).contains("const32ThenI32Shl"))
        XCTAssertEqual(try call(instance, "rem15", [.i32(UInt32.max)]).0, [.i32(UInt32.max % 15)])
        try expect(instance, "rem15", [.i32(44)], [.i32(14)], fuel: 3)
        try expect(instance, "sub_from", [.i32(1001)], [.i32(UInt32.max)], fuel: 3)
        try expect(instance, "shl_from", [.i32(33)], [.i32(2)], fuel: 3)
        let trap = assertTraps(.integerDivideByZero) { try instance.invoke("rem0", [.i32(5)]) }
        let start = try XCTUnwrap(Self.fused.codeOffsets["rem0"])
        XCTAssertEqual(trap?.backtrace.first?.offset, start + 4, "at the i32.rem_u")
    }

    func testI64MultiplyByWideConstantAndShiftXor() throws {
        let (module, instance) = try fusedInstance()
        let code = try XCTUnwrap(module.translatedCode(functionIndex: 8))
        XCTAssertTrue(code.contains("const64ThenI64Mul"), code)
        for h: UInt64 in [0, 1, 0xCBF2_9CE4_8422_2325, UInt64.max] {
            let m = h &* 0x1_0000_01B3
            XCTAssertEqual(try call(instance, "mix", [.i64(h)]).0, [.i64(m ^ (m >> 29))])
        }
        XCTAssertEqual(try call(instance, "mix", [.i64(1)]).1, 9)
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 9)).contains("i32XorThenMulImm"))
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 10)).contains("i32ShrUImmThenAnd"))
        try expect(instance, "xor_mul", [.i32(UInt32.max), .i32(0x0F0F)], [.i32((UInt32.max ^ 0x0F0F) &* 16_777_619)], fuel: 5)
        try expect(instance, "shr_and", [.i32(UInt32.max), .i32(0x7F00_00FF)], [.i32(0x7F00_00FF & 0x00FF_FFFF)], fuel: 5)
    }

    func testAddThenByteLoadTrapsAtTheLoad() throws {
        let (module, instance) = try fusedInstance()
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 11)).contains("i32AddThenI32Load8U"))
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 12)).contains("i32AddThenI64Load8U"))
        try expect(instance, "load8", [.i32(200), .i32(55)], [.i32(255)], fuel: 4)
        try expect(instance, "load8_64", [.i32(65_535), .i32(0)], [.i64(255)], fuel: 4)
        try expect(instance, "load8_64_imm", [.i32(3)], [.i64(3)], fuel: 4)
        // The sum wraps to 32 bits before the bounds check: -1 + 1 is address 0.
        XCTAssertEqual(try call(instance, "load8", [.i32(UInt32.max), .i32(1)]).0, [.i32(0)])

        for (name, args, address) in [("load8", [Value.i32(65_535), .i32(1)], UInt64(65_536)),
                                      ("load8_64", [.i32(UInt32.max), .i32(UInt32.max)], UInt64(0xFFFF_FFFE)),
                                      ("load8_64_imm", [.i32(256)], UInt64(65_536))] {
            let trap = assertTraps(.outOfBoundsMemoryAccess, name) { try instance.invoke(name, args) }
            XCTAssertEqual(trap?.memoryAccess, MemoryAccessError(address: address, length: 1, memorySize: 65_536), name)
            let start = try XCTUnwrap(Self.fused.codeOffsets[name])
            let loadOffset = name == "load8_64_imm" ? start + 2 + Self.i32(65_280).count + 1 : start + 5
            XCTAssertEqual(trap?.backtrace.first?.offset, loadOffset, "\(name): at the load")
        }
    }

    func testSumBeforeTheFinalReturnChargesAndTrapsAsBefore() throws {
        let (_, instance) = try fusedInstance()
        try expect(instance, "fib", [.i32(1)], [.i32(1)], fuel: 5)
        try expect(instance, "fib", [.i32(2)], [.i32(1)], fuel: 25)
        let (results, used) = try call(instance, "fib", [.i32(15)])
        XCTAssertEqual(results, [.i32(610)])
        // One unit short: the last charge is the outermost call's return block, after its sum.
        let (_, short) = try fusedInstance(fuel: used - 1)
        let trap = assertTraps(.outOfFuel) { try short.invoke("fib", [.i32(15)]) }
        XCTAssertEqual(trap?.backtrace.count, 1, "in the outermost call")
        let start = try XCTUnwrap(Self.fused.codeOffsets["fib"])
        XCTAssertEqual(trap?.backtrace.first?.offset, start + 26, "at the block's end, the join that only returns")
        let (_, exact) = try fusedInstance(fuel: used)
        XCTAssertEqual(try exact.invoke("fib", [.i32(15)]), [.i32(610)])
    }

    func testSumThenStoreAndConditionThenSelect() throws {
        let (module, instance) = try fusedInstance()
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 15)).contains("i32AddImmThenI32Store"))
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 17)).contains("const32ThenSelect"))
        try expect(instance, "store_sum", [.i32(8), .i32(UInt32.max)], [], fuel: 5)
        XCTAssertEqual(try call(instance, "load8", [.i32(8), .i32(0)]).0, [.i32(6)], "(-1 + 7) & 0xFF stored at 8")
        let trap = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("store_sum", [.i32(65_533), .i32(1)]) }
        XCTAssertEqual(trap?.memoryAccess, MemoryAccessError(address: 65_533, length: 4, memorySize: 65_536))
        let start = try XCTUnwrap(Self.fused.codeOffsets["store_sum"])
        XCTAssertEqual(trap?.backtrace.first?.offset, start + 7, "at the i32.store")
        try expect(instance, "max", [.i32(UInt32.max), .i32(3)], [.i32(3)], fuel: 6)
        try expect(instance, "max", [.i32(5), .i32(3)], [.i32(5)], fuel: 6)
        try expect(instance, "pick", [.i32(4), .i32(256)], [.i32(9)], fuel: 6)
        try expect(instance, "pick", [.i32(4), .i32(257)], [.i32(4)], fuel: 6)
    }

    func testLoadThenCompareAndBranchScansAndTrapsAtTheLoad() throws {
        let (_, instance) = try fusedInstance()
        // Words of the ramp: load(4k) = 0x(4k+3)(4k+2)(4k+1)(4k), negative from 128; zero after 256.
        try expect(instance, "scan_lt", [.i32(0), .i32(0x1312_1110), .i32(4)], [.i32(16)], fuel: 4 * 8 + 1)
        try expect(instance, "scan_gt", [.i32(100), .i32(0), .i32(4)], [.i32(128)], fuel: 7 * 8 + 1)
        try expect(instance, "scan_scaled", [.i32(UInt32.max), .i32(0)], [.i32(32)], fuel: 33 * 10 + 1)
        for name in ["scan_lt", "scan_scaled"] {
            let args: [Value] = name == "scan_lt" ? [.i32(65_500), .i32(UInt32(Int32.max)), .i32(4)] : [.i32(16_300), .i32(0x8000_0000)]
            let trap = assertTraps(.outOfBoundsMemoryAccess, name) { try instance.invoke(name, args) }
            XCTAssertEqual(trap?.memoryAccess?.memorySize, 65_536, name)
            let start = try XCTUnwrap(Self.fused.codeOffsets[name])
            XCTAssertEqual(trap?.backtrace.first?.offset, start + (name == "scan_lt" ? 9 : 12), "\(name): at the i32.load")
        }
    }

    func testGeneratorShiftByteAssemblyAndBulkOperands() throws {
        let (module, instance) = try fusedInstance()
        for (index, op) in [(21, "i32MulImmAddImmThenShrUImm"), (22, "i64ShlImmThenOr"), (23, "i64ExtendI32UThenOr")] {
            XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: index)).contains(op), op)
        }
        for x: UInt32 in [0, 1, 0xFFFF_FFFF] {
            try expect(instance, "lcg_shift", [.i32(x)], [.i32((x &* 1_664_525 &+ 1_013_904_223) >> 16)], fuel: 7)
        }
        try expect(instance, "bytes2", [.i32(0x41)], [.i64(0x4241)], fuel: 7)
        try expect(instance, "ext_or", [.i32(UInt32.max), .i64(0xF_0000_0000)], [.i64(0xF_FFFF_FFFF)], fuel: 4)

        let fillStart = try XCTUnwrap(Self.fused.codeOffsets["fill"])
        try expect(instance, "fill", [.i32(300), .i32(0xAB00), .i32(3)], [], fuel: 7)
        XCTAssertEqual(try call(instance, "load8", [.i32(302), .i32(0)]).0, [.i32(0xAB)])
        XCTAssertEqual(try call(instance, "load8", [.i32(303), .i32(0)]).0, [.i32(0)])
        let fillTrap = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("fill", [.i32(65_535), .i32(0), .i32(2)]) }
        XCTAssertEqual(fillTrap?.backtrace.first?.offset, fillStart + 9, "at the memory.fill")

        let copyStart = try XCTUnwrap(Self.fused.codeOffsets["copy"])
        try expect(instance, "copy", [.i32(400), .i32(UInt32(bitPattern: -1000) &+ 16), .i32(2)], [], fuel: 7)
        XCTAssertEqual(try call(instance, "load8", [.i32(401), .i32(0)]).0, [.i32(17)], "copied from 16 + 1 (the sum wraps)")
        let copyTrap = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("copy", [.i32(0), .i32(64_536), .i32(1)]) }
        XCTAssertEqual(copyTrap?.backtrace.first?.offset, copyStart + 10, "at the memory.copy")
    }

    func testChildIndexThenBranchOrScaledLoad() throws {
        let (module, instance) = try fusedInstance()
        XCTAssertTrue(try XCTUnwrap(module.translatedCode(functionIndex: 28)).contains("i32AddImmThenI32LoadScaled"))
        try expect(instance, "or_branch", [.i32(4), .i32(5)], [.i32(9)], fuel: 7)
        try expect(instance, "or_branch", [.i32(4), .i32(6)], [.i32(7)], fuel: 7)
        // 0x4000_0000 << 1 is negative: taken.
        try expect(instance, "shl_branch", [.i32(0x4000_0000), .i32(0)], [.i32(9)], fuel: 7)
        try expect(instance, "shl_branch", [.i32(1), .i32(0)], [.i32(7)], fuel: 7)
        try expect(instance, "load_scaled_imm", [.i32(0)], [.i32(0x0B0A_0908)], fuel: 6)
        try expect(instance, "load_scaled_imm", [.i32(0x3FFF_FFFE)], [.i32(0x0302_0100)], fuel: 6)
        let trap = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("load_scaled_imm", [.i32(16_383)]) }
        XCTAssertEqual(trap?.memoryAccess, MemoryAccessError(address: 65_540, length: 4, memorySize: 65_536))
        let start = try XCTUnwrap(Self.fused.codeOffsets["load_scaled_imm"])
        XCTAssertEqual(trap?.backtrace.first?.offset, start + 8, "at the i32.load")
    }
}
