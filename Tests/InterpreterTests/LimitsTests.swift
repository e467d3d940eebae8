import Foundation
import XCTest
import Interpreter

/// Pins `EngineLimits`: deadline, call depth, value stack, memory and table caps, the
/// hostile-module limits of the decoder/validator, and host re-entrancy. Every limit must
/// end in a clear error or trap, never in a crash or a huge allocation.
final class LimitsTests: XCTestCase {
    /// Instantiates `Modules/limits.wat`; `reenter` is the host function it imports.
    private func instantiateLimits(_ limits: EngineLimits, reenter: HostFunction? = nil) throws -> (Store, Instance) {
        let module = try TestModules.module("limits", limits: limits)
        let store = Store(limits: limits)
        var imports = Imports()
        imports.define(module: "host", name: "reenter", reenter ?? HostFunction(type: FunctionType(parameters: [.i32], results: [.i32])) { _, _ in [.i32(0)] })
        return (store, try store.instantiate(module, imports: imports))
    }

    private func limits(_ configure: (inout EngineLimits) -> Void) -> EngineLimits {
        var l = EngineLimits()
        configure(&l)
        return l
    }

    // MARK: Deadline

    func testDeadlineStopsAnInfiniteLoopWithUnlimitedFuel() throws {
        let (store, instance) = try instantiateLimits(limits { $0.fuel = nil; $0.deadline = .milliseconds(50) })
        for _ in 0..<2 {
            let start = ContinuousClock.now
            let trap = assertTraps(.deadlineExceeded) { try instance.invoke("spin") }
            let elapsed = ContinuousClock.now - start
            XCTAssertEqual(trap?.message, "deadline exceeded")
            XCTAssertEqual(trap?.backtrace.first?.name, "spin")
            XCTAssertGreaterThanOrEqual(elapsed, .milliseconds(50), "the deadline is not hit early")
            XCTAssertLessThan(elapsed, .milliseconds(900), "the deadline is hit in well under a second")
            XCTAssertGreaterThan(store.lastFuelUsed, 0)
        }
        // The store stays usable, and a short invocation is unaffected by the deadline.
        XCTAssertEqual(try instance.invoke("size"), [.i32(1)])
    }

    func testDeadlineWithSmallCheckInterval() throws {
        let (_, instance) = try instantiateLimits(limits { $0.fuel = nil; $0.deadline = .milliseconds(20); $0.deadlineCheckInterval = 1 })
        let start = ContinuousClock.now
        assertTraps(.deadlineExceeded) { try instance.invoke("spin") }
        XCTAssertLessThan(ContinuousClock.now - start, .milliseconds(900))
    }

    func testFuelStillAppliesWithADeadline() throws {
        let (store, instance) = try instantiateLimits(limits { $0.fuel = 100_000; $0.deadline = .seconds(30) })
        assertTraps(.outOfFuel) { try instance.invoke("spin") }
        XCTAssertEqual(store.lastFuelUsed, 100_000)
    }

    // MARK: Call depth and value stack

    func testInfiniteRecursionExhaustsTheCallStack() throws {
        let (_, instance) = try instantiateLimits(.default)
        let trap = assertTraps(.callStackExhausted) { try instance.invoke("recurse") }
        XCTAssertEqual(trap?.message, "call stack exhausted")
        XCTAssertEqual(trap?.backtrace.count, Trap.maxFrames, "backtraces are capped")
        XCTAssertTrue(trap?.backtrace.allSatisfy { $0.name == "recurse" } ?? false)
        // Still usable afterwards.
        XCTAssertEqual(try instance.invoke("depth", [.i32(1000)]), [.i32(1000)])
    }

    func testMaxCallDepthIsRespected() throws {
        let (_, instance) = try instantiateLimits(limits { $0.maxCallDepth = 100 })
        XCTAssertEqual(try instance.invoke("depth", [.i32(100)]), [.i32(100)], "100 nested calls are allowed")
        assertTraps(.callStackExhausted) { try instance.invoke("depth", [.i32(101)]) }
        assertTraps(.callStackExhausted) { try instance.invoke("recurse") }
        let (_, deep) = try instantiateLimits(limits { $0.maxCallDepth = 5000 })
        XCTAssertEqual(try deep.invoke("depth", [.i32(5000)]), [.i32(5000)])
        assertTraps(.callStackExhausted) { try deep.invoke("depth", [.i32(5001)]) }
    }

    /// A function with 40,000 locals and a counter: each frame takes ~40,000 slots, so the
    /// 16 MiB value stack (2 Mi slots) runs out after ~52 frames, long before the call depth.
    private func manyLocalsModule(locals: UInt64) -> [UInt8] {
        var m = WasmBytes.header
        m += WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [])]))
        m += WasmBytes.section(3, WasmBytes.vector([[0x00]]))
        m += WasmBytes.section(6, WasmBytes.vector([[ValueType.i32.rawValue, 0x01, 0x41, 0x00, 0x0B]]))
        m += WasmBytes.section(7, WasmBytes.vector([WasmBytes.name("f") + [0x00, 0x00], WasmBytes.name("calls") + [0x03, 0x00]]))
        // global.get 0; i32.const 1; i32.add; global.set 0; call 0
        let code: [UInt8] = [0x23, 0x00, 0x41, 0x01, 0x6A, 0x24, 0x00, 0x10, 0x00]
        m += WasmBytes.section(10, WasmBytes.vector([WasmBytes.body(locals: [(locals, .i64)], code: code)]))
        return m
    }

    func testValueStackExhaustionWithManyLocals() throws {
        let module = try Module(bytes: manyLocalsModule(locals: 40_000))
        let store = Store()
        let instance = try store.instantiate(module)
        let trap = assertTraps(.callStackExhausted) { try instance.invoke("f") }
        guard case .i32(let calls)? = instance.global("calls")?.value else { return XCTFail("no counter") }
        // 2,097,152 slots / 40,000 per frame.
        XCTAssertEqual(calls, 52, "the value stack, not the call depth, ran out")
        XCTAssertEqual(trap?.backtrace.count, 52, "one frame per activation")
        XCTAssertEqual(trap?.backtrace.first?.name, "f")

        // A smaller value stack runs out sooner.
        let small = Store(limits: limits { $0.maxValueStackBytes = 1 << 20 })
        let smallInstance = try small.instantiate(module)
        assertTraps(.callStackExhausted) { try smallInstance.invoke("f") }
        XCTAssertEqual(smallInstance.global("calls")?.value, .i32(3), "131,072 slots / 40,000")
        // A frame larger than the whole stack cannot even start.
        let tiny = Store(limits: limits { $0.maxValueStackBytes = 8 * 1024 })
        let tinyInstance = try tiny.instantiate(module)
        assertTraps(.callStackExhausted) { try tinyInstance.invoke("f") }
        XCTAssertEqual(tinyInstance.global("calls")?.value, .i32(0))
    }

    // MARK: Memory and table caps

    func testMemoryCap() throws {
        let (_, instance) = try instantiateLimits(limits { $0.maxMemoryPages = 10 })
        XCTAssertEqual(try instance.invoke("grow", [.i32(10)]), [.int32(-1)], "1 + 10 pages > cap")
        XCTAssertEqual(try instance.invoke("size"), [.i32(1)])
        XCTAssertEqual(try instance.invoke("grow", [.i32(9)]), [.i32(1)], "exactly reaching the cap succeeds")
        XCTAssertEqual(try instance.invoke("size"), [.i32(10)])
        XCTAssertNoThrow(try instance.invoke("poke_last"))
        XCTAssertEqual(try instance.memory?.view.loadUInt8(address: 10 * 65_536 - 1), 0x5A)
        XCTAssertEqual(try instance.invoke("grow", [.i32(1)]), [.int32(-1)])
        XCTAssertEqual(try instance.invoke("grow", [.i32(0xFFFF_FFFF)]), [.int32(-1)])
        XCTAssertEqual(try instance.invoke("grow", [.i32(0)]), [.i32(10)])
        XCTAssertEqual(instance.memory?.maxPages, 10)
        XCTAssertNil(instance.memory?.grow(pages: 1), "the embedder API obeys the cap too")
        XCTAssertEqual(instance.memory?.pageCount, 10)
    }

    func testModuleWhoseMinimumMemoryExceedsTheCapDoesNotInstantiate() throws {
        let l = limits { $0.maxMemoryPages = 10 }
        let module = try TestModules.module("memory_min11", limits: l)
        let store = Store(limits: l)
        let error = assertThrows(InstantiationError.self) { try store.instantiate(module) }
        XCTAssertEqual(error?.kind, .resourceLimit)
        XCTAssertEqual(error?.message, "memory minimum of 11 pages exceeds the limit of 10 pages")
        XCTAssertEqual(error?.description, "resource limit exceeded: memory minimum of 11 pages exceeds the limit of 10 pages")
        // With a cap of 11 it instantiates.
        let roomy = Store(limits: limits { $0.maxMemoryPages = 11 })
        XCTAssertEqual(try roomy.instantiate(module).memory?.pageCount, 11)
    }

    func testTableCap() throws {
        let (_, instance) = try instantiateLimits(limits { $0.maxTableElements = 100 })
        XCTAssertEqual(try instance.invoke("table_grow", [.i32(100)]), [.int32(-1)])
        XCTAssertEqual(try instance.invoke("table_grow", [.i32(99)]), [.i32(1)], "exactly reaching the cap succeeds")
        XCTAssertEqual(try instance.invoke("table_size"), [.i32(100)])
        XCTAssertEqual(try instance.invoke("table_grow", [.i32(1)]), [.int32(-1)])
        XCTAssertEqual(try instance.invoke("table_grow", [.i32(0xFFFF_FFFF)]), [.int32(-1)])
        XCTAssertEqual(instance.table("table")?.count, 100)

        let l = limits { $0.maxTableElements = 100 }
        let big = try TestModules.module("table_min101", limits: l)
        let error = assertThrows(InstantiationError.self) { try Store(limits: l).instantiate(big) }
        XCTAssertEqual(error?.kind, .resourceLimit)
        XCTAssertEqual(error?.message, "table minimum of 101 elements exceeds the limit of 100")
        XCTAssertNoThrow(try Store(limits: limits { $0.maxTableElements = 101 }).instantiate(big))
    }

    // MARK: Hostile modules

    private func assertModuleError(_ bytes: [UInt8], _ kind: ModuleError.Kind, _ fragment: String, limits: EngineLimits = .default,
                                   file: StaticString = #filePath, line: UInt = #line) {
        do {
            _ = try Module(bytes: bytes, limits: limits)
            XCTFail("module accepted, expected \(kind) '\(fragment)'", file: file, line: line)
        } catch {
            XCTAssertEqual(error.kind, kind, "\(error)", file: file, line: line)
            XCTAssertTrue(error.message.contains(fragment), "message '\(error.message)' lacks '\(fragment)'", file: file, line: line)
        }
    }

    func testMaxEntities() throws {
        let l = limits { $0.maxEntities = 10 }
        let nop = (type: ([ValueType](), [ValueType]()), body: WasmBytes.body(code: []))
        XCTAssertNoThrow(try Module(bytes: WasmBytes.module(functions: Array(repeating: nop, count: 10)), limits: l))
        // 11 types (one per function) are already too many.
        assertModuleError(WasmBytes.module(functions: Array(repeating: nop, count: 11)), .limitExceeded, "too many types (11, limit 10)", limits: l)
        // One type, 11 functions.
        var m = WasmBytes.header
        m += WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [])]))
        m += WasmBytes.section(3, WasmBytes.vector(Array(repeating: [0x00], count: 11)))
        m += WasmBytes.section(10, WasmBytes.vector(Array(repeating: WasmBytes.body(code: []), count: 11)))
        assertModuleError(m, .limitExceeded, "too many functions (11, limit 10)", limits: l)
        // 6 imported + 5 defined functions: the validator counts the whole index space.
        var n = WasmBytes.header
        n += WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [])]))
        n += WasmBytes.section(2, WasmBytes.vector((0..<6).map { WasmBytes.name("m") + WasmBytes.name("f\($0)") + [0x00, 0x00] }))
        n += WasmBytes.section(3, WasmBytes.vector(Array(repeating: [0x00], count: 5)))
        n += WasmBytes.section(10, WasmBytes.vector(Array(repeating: WasmBytes.body(code: []), count: 5)))
        assertModuleError(n, .limitExceeded, "too many functions (11, limit 10)", limits: l)
    }

    func testMaxLocalsPerFunction() throws {
        func module(params: [ValueType], locals: UInt64) -> [UInt8] {
            WasmBytes.module(functions: [(type: (params, []), body: WasmBytes.body(locals: [(locals, .i32)], code: []))])
        }
        XCTAssertNoThrow(try Module(bytes: module(params: [], locals: 50_000)))
        assertModuleError(module(params: [], locals: 50_001), .limitExceeded, "50001 locals (limit 50000)")
        assertModuleError(module(params: [.i32], locals: 50_000), .limitExceeded, "has 50001 locals (limit 50000)")
        let l = limits { $0.maxLocalsPerFunction = 8 }
        XCTAssertNoThrow(try Module(bytes: module(params: [.i32, .i32], locals: 6), limits: l))
        assertModuleError(module(params: [.i32, .i32], locals: 7), .limitExceeded, "locals (limit 8)", limits: l)
    }

    /// `depth` nested `block`s in one function, as bytes.
    private func nestedBlocks(_ depth: Int) -> [UInt8] {
        var code: [UInt8] = []
        code.reserveCapacity(depth * 3)
        for _ in 0..<depth { code += [0x02, 0x40] }
        code += [UInt8](repeating: 0x0B, count: depth)
        return WasmBytes.module(functions: [(type: ([], []), body: WasmBytes.body(code: code))])
    }

    func testMaxControlDepthWith100000NestedBlocks() throws {
        let start = ContinuousClock.now
        assertModuleError(nestedBlocks(100_000), .limitExceeded, "control nesting deeper than 16384")
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(5))
        // Well below the limit, deep nesting is fine (and runs).
        let ok = try Module(bytes: nestedBlocks(10_000))
        XCTAssertNoThrow(try Store().instantiate(ok).invoke("f0"))
        let l = limits { $0.maxControlDepth = 100 }
        assertModuleError(nestedBlocks(1000), .limitExceeded, "control nesting deeper than 100", limits: l)
    }

    func testMaxOperandStackHeightAndParameters() throws {
        // 70,000 i32.const without consuming them.
        var code: [UInt8] = []
        for _ in 0..<70_000 { code += [0x41, 0x00] }
        for _ in 0..<70_000 { code += [0x1A] }
        assertModuleError(WasmBytes.module(functions: [(type: ([], []), body: WasmBytes.body(code: code))]),
                          .limitExceeded, "operand stack deeper than 65536")
        let manyParams = WasmBytes.module(functions: [(type: (Array(repeating: .i32, count: 1001), []), body: WasmBytes.body(code: []))])
        assertModuleError(manyParams, .limitExceeded, "too many parameters (1001, limit 1000)")
        let manyResults = [0x60, 0x00] + WasmBytes.uleb(1001) + [UInt8](repeating: 0x7F, count: 1001)
        assertModuleError(WasmBytes.header + WasmBytes.section(1, WasmBytes.vector([manyResults])), .limitExceeded, "too many results (1001, limit 1000)")
    }

    func testModuleAndBodySizeLimits() throws {
        let bytes = WasmBytes.module(functions: [(type: ([], []), body: WasmBytes.body(code: [UInt8](repeating: 0x01, count: 100)))])
        assertModuleError(bytes, .limitExceeded, "limit 50", limits: limits { $0.maxModuleBytes = 50 })
        assertModuleError(bytes, .limitExceeded, "function body of 102 bytes (limit 64)", limits: limits { $0.maxFunctionBodyBytes = 64 })
        XCTAssertNoThrow(try Module(bytes: bytes))
    }

    func testMaxTablesAndSegmentEntries() throws {
        // 101 tables (reference types allow several).
        var m = WasmBytes.header
        m += WasmBytes.section(4, WasmBytes.vector(Array(repeating: [0x70, 0x00, 0x00], count: 101)))
        assertModuleError(m, .limitExceeded, "too many tables (101, limit 100)")
        // A br_table with 11 targets against a limit of 10.
        let code: [UInt8] = [0x02, 0x40, 0x41, 0x00, 0x0E] + WasmBytes.uleb(11) + [UInt8](repeating: 0x00, count: 12) + [0x0B]
        let bytes = WasmBytes.module(functions: [(type: ([], []), body: WasmBytes.body(code: code))])
        XCTAssertNoThrow(try Module(bytes: bytes))
        assertModuleError(bytes, .limitExceeded, "too many br_table targets (11, limit 10)", limits: limits { $0.maxSegmentEntries = 10 })
    }

    func testHugeDeclaredCountsAreMalformedWithoutAllocating() throws {
        let huge = WasmBytes.uleb(0xFFFF_FFFF)  // 5 bytes
        let start = ContinuousClock.now
        for id: UInt8 in [1, 2, 3, 4, 5, 6, 7, 9, 10, 11] {
            let bytes = WasmBytes.header + WasmBytes.section(id, huge)
            assertModuleError(bytes, .malformed, "unexpected end")
        }
        // A function section declaring 2^32-1 functions followed by a few bytes.
        let functions = WasmBytes.header + WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [])]))
            + WasmBytes.section(3, huge + [0x00, 0x00, 0x00])
        assertModuleError(functions, .malformed, "unexpected end")
        // A body declaring 2^32-1 local groups.
        let groups = WasmBytes.header + WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [])]))
            + WasmBytes.section(3, WasmBytes.vector([[0x00]]))
            + WasmBytes.section(10, WasmBytes.vector([WasmBytes.uleb(7) + huge + [0x7F, 0x0B]]))
        assertModuleError(groups, .malformed, "unexpected end")
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(1))
    }

    func testHugeLocalCounts() throws {
        func module(_ groups: [[UInt8]]) -> [UInt8] {
            let content = WasmBytes.uleb(UInt64(groups.count)) + groups.flatMap { $0 } + [0x0B]
            return WasmBytes.header + WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [])]))
                + WasmBytes.section(3, WasmBytes.vector([[0x00]]))
                + WasmBytes.section(10, WasmBytes.vector([WasmBytes.uleb(UInt64(content.count)) + content]))
        }
        let start = ContinuousClock.now
        // 2^32-1 + 2 locals: more than the format allows.
        assertModuleError(module([WasmBytes.uleb(0xFFFF_FFFF) + [0x7F], WasmBytes.uleb(2) + [0x7E]]), .malformed, "too many locals")
        // A local count that does not fit in 32 bits.
        assertModuleError(module([[0x80, 0x80, 0x80, 0x80, 0x10, 0x7F]]), .malformed, "integer too large")
        // Exactly 2^32-1 locals is well-formed, and rejected by maxLocalsPerFunction (no allocation).
        assertModuleError(module([WasmBytes.uleb(0xFFFF_FFFF) + [0x7F]]), .limitExceeded, "4294967295 locals (limit 50000)")
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(1), "no allocation proportional to the declared count")
    }

    // MARK: Host re-entrancy

    /// A host function that calls `reenter_guest(n - 1)` while n > 0 (or always, when
    /// `unbounded`), returning 1 + the guest's result.
    private func reentering(unbounded: Bool = false) -> HostFunction {
        HostFunction(type: FunctionType(parameters: [.i32], results: [.i32])) { caller, args in
            guard case .i32(let n) = args[0] else { throw HostFunctionError("bad argument") }
            if n == 0 && !unbounded { return [.i32(0)] }
            guard let instance = caller.instance else { throw HostFunctionError("no caller instance") }
            let r = try instance.invoke("reenter_guest", [.i32(unbounded ? n : n - 1)])
            guard case .i32(let v) = r[0] else { throw HostFunctionError("bad result") }
            return [.i32(v + 1)]
        }
    }

    func testHostFunctionCallsBackIntoTheInstance() throws {
        let (store, instance) = try instantiateLimits(.default, reenter: reentering())
        XCTAssertEqual(try instance.invoke("reenter_guest", [.i32(10)]), [.i32(10)])
        XCTAssertEqual(instance.global("calls")?.value, .i32(11))
        XCTAssertFalse(store.isExecuting)
        // Fuel is shared across re-entry: 11 guest activations of 6 units each.
        XCTAssertEqual(store.lastFuelUsed, 66)
    }

    func testUnboundedHostReentryTrapsInsteadOfCrashing() throws {
        let (store, instance) = try instantiateLimits(.default, reenter: reentering(unbounded: true))
        let trap = assertTraps(.callStackExhausted) { try instance.invoke("reenter_guest", [.i32(1)]) }
        XCTAssertNotNil(trap)
        guard case .i32(let calls)? = instance.global("calls")?.value else { return XCTFail("no counter") }
        XCTAssertEqual(calls, 65, "the outermost invocation plus maxHostReentrancy (64) nested ones")
        XCTAssertFalse(store.isExecuting)
        // The store is usable afterwards.
        XCTAssertEqual(try instance.invoke("depth", [.i32(3)]), [.i32(3)])
    }

    func testReentryCountsTowardsTheCallDepth() throws {
        let (_, instance) = try instantiateLimits(limits { $0.maxCallDepth = 20; $0.maxHostReentrancy = 1000 },
                                                  reenter: reentering(unbounded: true))
        assertTraps(.callStackExhausted) { try instance.invoke("reenter_guest", [.i32(1)]) }
        // Each guest-to-host call is one nested call; the host's call back into the guest
        // continues at the same depth.
        XCTAssertEqual(instance.global("calls")?.value, .i32(20))
    }

    func testInstantiationIsRefusedWhileExecuting() throws {
        let other = try TestModules.module("memory_min11")
        var seen: Error?
        let host = HostFunction(type: FunctionType(parameters: [.i32], results: [.i32])) { caller, _ in
            do { _ = try caller.store.instantiate(other) } catch { seen = error }
            return [.i32(0)]
        }
        let (_, instance) = try instantiateLimits(.default, reenter: host)
        XCTAssertEqual(try instance.invoke("reenter_guest", [.i32(0)]), [.i32(0)])
        let error = try XCTUnwrap(seen as? InstantiationError)
        XCTAssertEqual(error.kind, .resourceLimit)
        XCTAssertEqual(error.message, "cannot instantiate while the store is executing")
    }

    // MARK: Known engine bugs (these tests fail until the engine is fixed)

    /// `maxControlDepth` is documented as the maximum nesting of blocks, loops and ifs, but
    /// the function's own frame is counted too (FunctionTranslator.pushControl:
    /// `controls.count < maxControlDepth`): 16,384 nested blocks are rejected as
    /// "deeper than 16384", and with a limit of 1 a single block is rejected.
    func testRegression_maxControlDepthCountsTheFunctionFrame() throws {
        XCTAssertNoThrow(try Module(bytes: nestedBlocks(16_384)), "exactly 16,384 nested blocks")
        XCTAssertNoThrow(try Module(bytes: nestedBlocks(1), limits: limits { $0.maxControlDepth = 1 }), "one block with a limit of 1")
        assertModuleError(nestedBlocks(16_385), .limitExceeded, "control nesting deeper than 16384")
    }

    /// `maxHostReentrancy` = N allows only N - 1 re-entries (Invocation.swift,
    /// `reentrancy >= limits.maxHostReentrancy` where `reentrancy` counts the outermost
    /// invocation too): limits 0 and 1 both forbid any re-entry.
    func testRegression_maxHostReentrancyAllowsOneFewer() throws {
        for n in [1, 2, 5] {
            let (_, instance) = try instantiateLimits(limits { $0.maxHostReentrancy = n }, reenter: reentering(unbounded: true))
            assertTraps(.callStackExhausted) { try instance.invoke("reenter_guest", [.i32(1)]) }
            XCTAssertEqual(instance.global("calls")?.value, .i32(UInt32(n + 1)), "outermost + \(n) re-entries with maxHostReentrancy = \(n)")
        }
    }

    /// Host re-entry recurses on the native stack (Executor.run -> callHost -> Store.invoke
    /// -> Executor.run ...), about 27 KB per level in a debug build and 1-2 KB in release,
    /// and nothing bounds it but `maxHostReentrancy`: with 10,000 allowed re-entries the
    /// process dies of a stack overflow instead of trapping (in debug builds from ~300
    /// levels on an 8 MiB stack; with the default 64, on threads of 1 MiB or less).
    func testRegression_deepHostReentryOverflowsTheNativeStack() throws {
        let scenario = "deep-reentry"
        if ChildProcess.isChild(scenario) {
            ChildProcess.announceStart()
            let (_, instance) = try instantiateLimits(limits { $0.maxHostReentrancy = 10_000; $0.maxCallDepth = 30_000 },
                                                      reenter: reentering(unbounded: true))
            do {
                _ = try instance.invoke("reenter_guest", [.i32(1)])
                print("CHILD-RESULT: returned")
            } catch {
                print("CHILD-RESULT: \(error)")
            }
            return
        }
        let outcome = try ChildProcess.run(testClass: "LimitsTests", method: #function.replacingOccurrences(of: "()", with: ""), scenario: scenario)
        XCTAssertTrue(outcome.output.contains(ChildProcess.startMarker), "the child did not run the scenario:\n\(outcome.output.suffix(2000))")
        XCTAssertFalse(outcome.crashed, "the process died of signal \(outcome.status) in deep host re-entry")
        XCTAssertTrue(outcome.output.contains("CHILD-RESULT: trap:"), "expected a trap; output:\n\(outcome.output.suffix(2000))")
    }
}
