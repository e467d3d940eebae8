import XCTest
import Interpreter

/// Pins the deterministic fuel cost model documented on `FuelCostModel`, using
/// `Modules/fuel.wat` (each export's expected cost is written next to it there).
final class FuelTests: XCTestCase {
    private func instantiate(fuel: UInt64? = 1_000_000, metering: Bool = true) throws -> (Store, Instance) {
        var limits = EngineLimits()
        limits.fuel = fuel
        limits.fuelMetering = metering
        let module = try TestModules.module("fuel", limits: limits)
        let store = Store(limits: limits)
        var imports = Imports()
        imports.define(module: "host", name: "id", HostFunction(type: FunctionType(parameters: [.i32], results: [.i32])) { _, args in args })
        return (store, try store.instantiate(module, imports: imports))
    }

    /// Invokes and returns (results, fuel used).
    private func run(_ instance: Instance, _ name: String, _ args: [Value] = []) throws -> ([Value], UInt64) {
        let results = try instance.invoke(name, args)
        return (results, instance.store.lastFuelUsed)
    }

    private func fuelOf(_ instance: Instance, _ name: String, _ args: [Value] = [], file: StaticString = #filePath, line: UInt = #line) -> UInt64? {
        do {
            _ = try instance.invoke(name, args)
            return instance.store.lastFuelUsed
        } catch {
            XCTFail("\(name)\(args) failed: \(error)", file: file, line: line)
            return nil
        }
    }

    func testFreeOperatorsCostNothing() throws {
        let (store, instance) = try instantiate()
        XCTAssertEqual(fuelOf(instance, "free"), 0)
        // A budget of zero is enough for code made only of free operators.
        store.limits.fuel = 0
        XCTAssertNoThrow(try instance.invoke("free"))
        XCTAssertEqual(store.lastFuelUsed, 0)
    }

    func testStraightLineCodeCostsOnePerCostedOperator() throws {
        let (_, instance) = try instantiate()
        let (results, used) = try run(instance, "straight")
        XCTAssertEqual(results, [.i32(3)])
        XCTAssertEqual(used, 4, "3 consts + i32.add; nop/block/drop/end are free")
        XCTAssertEqual(fuelOf(instance, "square", [.i32(9)]), 3, "local.get counts 1")
        XCTAssertEqual(try instance.invoke("square", [.i32(9)]), [.i32(81)])
        XCTAssertEqual(fuelOf(instance, "table_size"), 1)
        XCTAssertEqual(fuelOf(instance, "load8", [.i32(0)]), 2)
    }

    func testLoopCostsIterationsTimesBodyPlusPrologue() throws {
        let (_, instance) = try instantiate()
        for n: UInt32 in [1, 2, 10, 100, 1000, 12345] {
            let (results, used) = try run(instance, "loop", [.i32(n)])
            XCTAssertEqual(results, [.i32(n)])
            XCTAssertEqual(used, 3 + 7 * UInt64(n), "loop(\(n))")
        }
        // n = 0 still runs the body once.
        XCTAssertEqual(fuelOf(instance, "loop", [.i32(0)]), 10)
    }

    func testBranchIfTakenAndNotTaken() throws {
        let (_, instance) = try instantiate()
        XCTAssertEqual(try run(instance, "br_if", [.i32(1)]).0, [.i32(11)])
        XCTAssertEqual(fuelOf(instance, "br_if", [.i32(1)]), 5, "taken: const, local.get, br_if + const, add")
        XCTAssertEqual(try run(instance, "br_if", [.i32(0)]).0, [.i32(22)])
        XCTAssertEqual(fuelOf(instance, "br_if", [.i32(0)]), 8, "not taken: 3 + const, const, add + const, add")
    }

    func testIfElseAndBranchTable() throws {
        let (_, instance) = try instantiate()
        XCTAssertEqual(try run(instance, "if_else", [.i32(1)]).0, [.i32(101)])
        XCTAssertEqual(fuelOf(instance, "if_else", [.i32(1)]), 5)
        XCTAssertEqual(try run(instance, "if_else", [.i32(0)]).0, [.i32(105)])
        XCTAssertEqual(fuelOf(instance, "if_else", [.i32(0)]), 7)
        XCTAssertEqual(try run(instance, "br_table", [.i32(1)]).0, [.i32(5)])
        XCTAssertEqual(fuelOf(instance, "br_table", [.i32(1)]), 5)
        for index: UInt32 in [0, 2, 99] {
            XCTAssertEqual(try run(instance, "br_table", [.i32(index)]).0, [.i32(3)])
            XCTAssertEqual(fuelOf(instance, "br_table", [.i32(index)]), 3)
        }
    }

    func testCallsChargeCallerAndCallee() throws {
        let (_, instance) = try instantiate()
        XCTAssertEqual(try run(instance, "call").0, [.i32(12)])
        XCTAssertEqual(fuelOf(instance, "call"), 7)
        XCTAssertEqual(try run(instance, "call_indirect").0, [.i32(6)])
        XCTAssertEqual(fuelOf(instance, "call_indirect"), 6)
        XCTAssertEqual(try run(instance, "call_host").0, [.i32(7)])
        XCTAssertEqual(fuelOf(instance, "call_host"), 2, "a host function costs nothing beyond its call")
    }

    func testBulkMemoryChargesOnePerStarted64Bytes() throws {
        let (_, instance) = try instantiate()
        let cases: [(UInt32, UInt64)] = [(0, 4), (1, 5), (63, 5), (64, 5), (65, 6), (128, 6), (129, 7), (65_000, 4 + 1016)]
        for (n, expected) in cases {
            XCTAssertEqual(fuelOf(instance, "fill", [.i32(0), .i32(n)]), expected, "memory.fill of \(n)")
            XCTAssertEqual(fuelOf(instance, "copy", [.i32(100), .i32(min(n, 65_000))]), expected, "memory.copy of \(n)")
        }
        for (n, expected) in [(UInt32(0), UInt64(4)), (1, 5), (64, 5), (65, 6), (200, 8)] {
            XCTAssertEqual(fuelOf(instance, "init", [.i32(0), .i32(n)]), expected, "memory.init of \(n)")
        }
        XCTAssertEqual(FuelCostModel.bulkUnits(bytes: 0), 0)
        XCTAssertEqual(FuelCostModel.bulkUnits(bytes: 64), 1)
        XCTAssertEqual(FuelCostModel.bulkUnits(bytes: 65), 2)
        XCTAssertEqual(FuelCostModel.bulkUnits(bytes: UInt64.max), UInt64.max / 64 + 1)
    }

    func testOutOfBoundsBulkOperationChargesOnlyItsOneUnit() throws {
        let (store, instance) = try instantiate()
        let memory = try XCTUnwrap(instance.memory)
        // Destination past the end, and a length that would cost 2^26 units if charged.
        let t1 = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("fill", [.i32(65_530), .i32(100)]) }
        XCTAssertEqual(store.lastFuelUsed, 4)
        XCTAssertEqual(t1?.memoryAccess, MemoryAccessError(address: 65_530, length: 100, memorySize: 65_536))
        XCTAssertEqual(try memory.view.loadUInt8(address: 65_535), 0, "nothing written by a trapping fill")
        assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("fill", [.i32(0), .i32(0xFFFF_FFFF)]) }
        XCTAssertEqual(store.lastFuelUsed, 4)
        assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("copy", [.i32(65_000), .i32(1000)]) }
        XCTAssertEqual(store.lastFuelUsed, 4)
        assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("init", [.i32(0), .i32(201)]) }
        XCTAssertEqual(store.lastFuelUsed, 4)
        // After data.drop, any non-empty init is out of bounds.
        XCTAssertEqual(fuelOf(instance, "drop_data"), 1)
        assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("init", [.i32(0), .i32(1)]) }
        XCTAssertEqual(store.lastFuelUsed, 4)
        XCTAssertEqual(fuelOf(instance, "init", [.i32(0), .i32(0)]), 4)
    }

    func testTableOperationsChargeOnePerStarted8Elements() throws {
        let (store, instance) = try instantiate()
        for (n, expected) in [(UInt32(0), UInt64(4)), (1, 5), (8, 5), (9, 6), (16, 6)] {
            XCTAssertEqual(fuelOf(instance, "table_fill", [.i32(0), .i32(n)]), expected, "table.fill of \(n)")
            XCTAssertEqual(fuelOf(instance, "table_copy", [.i32(0), .i32(n)]), expected, "table.copy of \(n)")
            XCTAssertEqual(fuelOf(instance, "table_init", [.i32(0), .i32(n)]), expected, "table.init of \(n)")
        }
        // Out of bounds: only the operator's own unit.
        assertTraps(.outOfBoundsTableAccess) { try instance.invoke("table_fill", [.i32(10), .i32(7)]) }
        XCTAssertEqual(store.lastFuelUsed, 4)
        assertTraps(.outOfBoundsTableAccess) { try instance.invoke("table_copy", [.i32(0), .i32(17)]) }
        XCTAssertEqual(store.lastFuelUsed, 4)
        assertTraps(.outOfBoundsTableAccess) { try instance.invoke("table_init", [.i32(0), .i32(17)]) }
        XCTAssertEqual(store.lastFuelUsed, 4)
        // table.grow: 3 + ceil(n/8) when it succeeds (16 -> 33 elements, max 64).
        XCTAssertEqual(try run(instance, "table_grow", [.i32(17)]).0, [.i32(16)])
        XCTAssertEqual(store.lastFuelUsed, 3 + 3)
        XCTAssertEqual(try run(instance, "table_grow", [.i32(0)]).0, [.i32(33)])
        XCTAssertEqual(store.lastFuelUsed, 3)
        // A failing table.grow returns -1 and costs only its 1 (+ its 2 operands).
        XCTAssertEqual(try run(instance, "table_grow", [.i32(32)]).0, [.int32(-1)])
        XCTAssertEqual(store.lastFuelUsed, 3)
        XCTAssertEqual(try run(instance, "table_grow", [.i32(0xFFFF_FFFF)]).0, [.int32(-1)])
        XCTAssertEqual(store.lastFuelUsed, 3)
        XCTAssertEqual(try run(instance, "table_size").0, [.i32(33)])
        // Exactly reaching the maximum succeeds.
        XCTAssertEqual(try run(instance, "table_grow", [.i32(31)]).0, [.i32(33)])
        XCTAssertEqual(store.lastFuelUsed, 3 + 4)
        XCTAssertEqual(FuelCostModel.tableUnits(elements: 0), 0)
        XCTAssertEqual(FuelCostModel.tableUnits(elements: 8), 1)
        XCTAssertEqual(FuelCostModel.tableUnits(elements: 9), 2)
    }

    func testTableGrowFailureAgainstEngineLimitChargesOnlyOne() throws {
        var limits = EngineLimits()
        limits.maxTableElements = 20
        let module = try TestModules.module("fuel", limits: limits)
        let store = Store(limits: limits)
        let instance = try store.instantiate(module, imports: stubImports(for: module, store: store))
        XCTAssertEqual(try instance.invoke("table_grow", [.i32(5)]), [.int32(-1)], "16 + 5 > maxTableElements 20")
        XCTAssertEqual(store.lastFuelUsed, 3)
        XCTAssertEqual(try instance.invoke("table_grow", [.i32(4)]), [.i32(16)])
        XCTAssertEqual(store.lastFuelUsed, 3 + 1)
    }

    func testExactBudgetSucceedsAndOneLessTraps() throws {
        let cases: [(String, [Value], UInt64)] = [
            ("straight", [], 4), ("loop", [.i32(100)], 703), ("call", [], 7), ("call_indirect", [], 6),
            ("br_if", [.i32(0)], 8), ("if_else", [.i32(0)], 7), ("fill", [.i32(0), .i32(640)], 14),
            ("table_fill", [.i32(0), .i32(16)], 6),
        ]
        for (name, args, need) in cases {
            let (store, instance) = try instantiate(fuel: need)
            XCTAssertNoThrow(try instance.invoke(name, args), "\(name) with exactly \(need)")
            XCTAssertEqual(store.lastFuelUsed, need, name)
            XCTAssertEqual(store.fuelRemaining, 0, name)
            store.limits.fuel = need - 1
            let trap = assertTraps(.outOfFuel, name) { try instance.invoke(name, args) }
            XCTAssertEqual(trap?.message, "out of fuel")
            XCTAssertLessThan(store.lastFuelUsed, need, name)
        }
    }

    func testOutOfFuelStopsBeforeTheUnpaidWork() throws {
        // fill(0, 640) needs 4 for its block + 10 for the bytes: with 13, the block is paid
        // and the fill is not executed.
        let (store, instance) = try instantiate(fuel: 13)
        assertTraps(.outOfFuel) { try instance.invoke("fill", [.i32(0), .i32(640)]) }
        XCTAssertEqual(store.lastFuelUsed, 4)
        XCTAssertEqual(try instance.memory!.view.read(address: 0, length: 640), [UInt8](repeating: 0, count: 640))
        // A block that cannot be paid is not started: nothing is used.
        store.limits.fuel = 3
        assertTraps(.outOfFuel) { try instance.invoke("straight") }
        XCTAssertEqual(store.lastFuelUsed, 0)
        // loop(100) with 100 units: prologue block (2) and 14 iterations (98) are paid.
        store.limits.fuel = 100
        assertTraps(.outOfFuel) { try instance.invoke("loop", [.i32(100)]) }
        XCTAssertEqual(store.lastFuelUsed, 100)
    }

    func testStoreIsReusableAndEachInvocationGetsAFreshBudget() throws {
        let (store, instance) = try instantiate(fuel: 50)
        assertTraps(.outOfFuel) { try instance.invoke("loop", [.i32(100)]) }
        // loop(6) needs 45: it fits a fresh budget of 50 each time, though two need 90.
        for _ in 0..<3 {
            XCTAssertEqual(try instance.invoke("loop", [.i32(6)]), [.i32(6)])
            XCTAssertEqual(store.lastFuelUsed, 45)
            XCTAssertEqual(store.fuelRemaining, 5)
        }
        assertTraps(.outOfFuel) { try instance.invoke("loop", [.i32(7)]) }
        XCTAssertEqual(try instance.invoke("loop", [.i32(6)]), [.i32(6)])
        // Limits may change between invocations.
        store.limits.fuel = nil
        XCTAssertEqual(try instance.invoke("loop", [.i32(100_000)]), [.i32(100_000)])
        XCTAssertEqual(store.lastFuelUsed, 700_003)
    }

    func testLastFuelUsedAfterSuccessAndAfterTrap() throws {
        let (store, instance) = try instantiate()
        XCTAssertEqual(store.lastFuelUsed, 0, "nothing ran yet")
        XCTAssertEqual(try instance.invoke("div", [.i32(2)]), [.i32(6)])
        XCTAssertEqual(store.lastFuelUsed, 5)
        assertTraps(.integerDivideByZero) { try instance.invoke("div", [.i32(0)]) }
        XCTAssertEqual(store.lastFuelUsed, 5, "a trap charges the rest of its basic block")
        // An invocation that cannot start leaves the previous value.
        XCTAssertThrowsError(try instance.invoke("div", []))
        XCTAssertEqual(store.lastFuelUsed, 5)
        _ = try instance.invoke("loop", [.i32(10)])
        XCTAssertEqual(store.lastFuelUsed, 73)
    }

    func testFuelUsedIsDeterministic() throws {
        func workload() throws -> [UInt64] {
            let (store, instance) = try instantiate()
            var used: [UInt64] = []
            for (name, args) in [("loop", [Value.i32(777)]), ("call", []), ("fill", [.i32(3), .i32(1000)]),
                                 ("table_grow", [.i32(9)]), ("br_table", [.i32(1)]), ("call_host", [])] {
                _ = try instance.invoke(name, args)
                used.append(store.lastFuelUsed)
            }
            _ = try? instance.invoke("div", [.i32(0)])
            used.append(store.lastFuelUsed)
            return used
        }
        let first = try workload()
        XCTAssertEqual(first, [5442, 7, 20, 5, 5, 2, 5])
        for _ in 0..<5 { XCTAssertEqual(try workload(), first) }
    }

    func testMeteringOffChargesNothing() throws {
        let (store, instance) = try instantiate(fuel: 1, metering: false)
        XCTAssertEqual(try instance.invoke("loop", [.i32(1000)]), [.i32(1000)])
        XCTAssertEqual(store.lastFuelUsed, 0)
    }

    // MARK: Known engine bugs (these tests fail until the engine is fixed)

    /// The doc promises "a completed invocation has used exactly one unit per executed
    /// costed operator", but operators after the `end` of a block whose end is unreachable
    /// (it returns or branches elsewhere, and nothing branches to its end) are charged to
    /// the preceding basic block: the translator (FunctionTranslator+Body.swift,
    /// `translateEnd`) starts a new fuel block only at joins and keeps charging the dead
    /// code to the current one. Found by differential fuzzing against wasmtime's fuel.
    func testRegression_deadCodeAfterABlockIsCharged() throws {
        let (_, instance) = try instantiate()
        XCTAssertEqual(try run(instance, "dead_tail").0, [.i32(1)])
        XCTAssertEqual(fuelOf(instance, "dead_tail"), 1, "only i32.const 1 runs")
        // In a loop the overcharge repeats on every iteration.
        XCTAssertEqual(try run(instance, "loop_dead_tail", [.i32(100)]).0, [.i32(100)])
        XCTAssertEqual(fuelOf(instance, "loop_dead_tail", [.i32(100)]), 905, "9 per iteration + 5")
    }
}
