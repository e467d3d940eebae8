import XCTest
import Interpreter

/// Lazy translation (`TranslationMode.lazy`, the default) on `Modules/lazy.wat`: functions
/// are translated on their first call, however they are entered, and behave exactly as
/// eagerly translated code does: same results, same fuel, same traps and backtraces.
final class LazyTranslationTests: XCTestCase {
    private func instance(_ mode: TranslationMode, limits: EngineLimits = .default) throws -> (Module, Store, Instance) {
        let module = try Module(bytes: TestModules.bytes("lazy"), limits: limits, translation: mode)
        let store = Store(limits: limits)
        return (module, store, try store.instantiate(module))
    }

    func testOnlyCalledFunctionsAreTranslated() throws {
        let (module, _, instance) = try instance(.lazy)
        XCTAssertEqual(module.translatedFunctionCount, 0)
        XCTAssertEqual(module.translatedInstructionCount, 0)
        XCTAssertEqual(try instance.invoke("direct", [.i32(21)]), [.i32(42)])
        XCTAssertEqual(module.translatedFunctionCount, 2, "direct and the $double it calls")
        let instructions = module.translatedInstructionCount
        XCTAssertGreaterThan(instructions, 0)
        XCTAssertEqual(try instance.invoke("direct", [.i32(1000)]), [.i32(2000)])
        XCTAssertEqual(module.translatedFunctionCount, 2, "a second call translates nothing")
        XCTAssertEqual(module.translatedInstructionCount, instructions)
    }

    func testIndirectFirstCallsAndTrapsInUntranslatedFunctions() throws {
        let (module, _, instance) = try instance(.lazy)
        XCTAssertEqual(try instance.invoke("indirect", [.i32(5), .i32(0)]), [.i32(10)])
        XCTAssertEqual(module.translatedFunctionCount, 2)
        let trap = assertTraps(.unreachable) { try instance.invoke("indirect", [.i32(5), .i32(1)]) }
        XCTAssertEqual(trap?.backtrace.map(\.name), ["boom", "indirect"])
        XCTAssertEqual(module.translatedFunctionCount, 3)
    }

    func testFirstActivationsZeroTheirLocals() throws {
        for mode in [TranslationMode.lazy, .eager] {
            let (_, _, instance) = try instance(mode)
            XCTAssertEqual(try instance.invoke("locals_zeroed", [.i32(0)]), [.i32(0)], "\(mode)")
            XCTAssertEqual(try instance.invoke("locals_zeroed", [.i32(50)]), [.i32(0)], "\(mode)")
        }
        let (_, _, fresh) = try instance(.lazy)
        XCTAssertEqual(try fresh.invoke("locals_zeroed", [.i32(50)]), [.i32(0)], "the translating call is recursive")
    }

    func testResultsAndFuelMatchEagerTranslation() throws {
        let calls: [(String, [Value])] = [("fact", [.i64(20)]), ("direct", [.i32(7)]), ("indirect", [.i32(3), .i32(0)]),
                                          ("locals_zeroed", [.i32(30)]), ("fact", [.i64(5)])]
        let (_, lazyStore, lazy) = try instance(.lazy)
        let (_, eagerStore, eager) = try instance(.eager)
        for (name, arguments) in calls {
            let expected = try eager.invoke(name, arguments)
            XCTAssertEqual(try lazy.invoke(name, arguments), expected, name)
            XCTAssertEqual(lazyStore.lastFuelUsed, eagerStore.lastFuelUsed, "\(name): translating on first call costs no fuel")
            XCTAssertGreaterThan(lazyStore.lastFuelUsed, 0)
        }
        XCTAssertEqual(try lazy.invoke("fact", [.i64(20)]), [.i64(2_432_902_008_176_640_000)])
    }

    func testTrapsAndBacktracesMatchEagerTranslation() throws {
        for (name, arguments) in [("trap_chain", [Value]()), ("deep", [.i32(0)])] {
            let (_, _, lazy) = try instance(.lazy)
            let (_, _, eager) = try instance(.eager)
            var lazyTrap: Trap?
            var eagerTrap: Trap?
            XCTAssertThrowsError(try lazy.invoke(name, arguments)) { lazyTrap = $0 as? Trap }
            XCTAssertThrowsError(try eager.invoke(name, arguments)) { eagerTrap = $0 as? Trap }
            XCTAssertNotNil(lazyTrap, name)
            XCTAssertEqual(lazyTrap?.kind, eagerTrap?.kind, name)
            XCTAssertEqual(lazyTrap?.backtrace, eagerTrap?.backtrace, name)
        }
        let (_, _, lazy) = try instance(.lazy)
        let trap = assertTraps(.integerDivideByZero) { try lazy.invoke("trap_chain") }
        XCTAssertEqual(trap?.backtrace.map(\.name), ["inner", "trap_chain"])
    }

    func testStackExhaustionOnFirstCallsIsATrap() throws {
        var limits = EngineLimits.default
        limits.maxValueStackBytes = 64 << 10
        let (module, _, instance) = try instance(.lazy, limits: limits)
        assertTraps(.callStackExhausted) { try instance.invoke("deep", [.i32(0)]) }
        XCTAssertEqual(module.translatedFunctionCount, 1)
        // The instance stays usable.
        XCTAssertEqual(try instance.invoke("direct", [.i32(1)]), [.i32(2)])
    }

    func testFrameTooLargeForTheStackOnFirstCall() throws {
        // f0 calls f1, whose 20,000 locals do not fit in a 64 KiB value stack; the stub's
        // small frame does, so the real frame is checked after translation.
        let bytes = WasmBytes.module(functions: [
            (type: ([], [.i32]), body: WasmBytes.body(code: [0x10, 0x01])),
            (type: ([], [.i32]), body: WasmBytes.body(locals: [(20_000, .i64)], code: [0x41, 0x07])),
        ])
        var limits = EngineLimits.default
        limits.maxValueStackBytes = 64 << 10
        func instance(_ mode: TranslationMode) throws -> Instance {
            try Store(limits: limits).instantiate(try Module(bytes: bytes, limits: limits, translation: mode))
        }
        // Lazy, first call through f0: reported in the callee, at its first operator, then
        // its caller. Later calls see the real frame size at the call, as eager code does.
        let lazy = try instance(.lazy)
        XCTAssertEqual(assertTraps(.callStackExhausted) { try lazy.invoke("f0") }?.backtrace.map(\.name), ["f1", "f0"])
        XCTAssertEqual(assertTraps(.callStackExhausted) { try lazy.invoke("f0") }?.backtrace.map(\.name), ["f0"])
        // Lazy, first call from the host.
        let direct = try instance(.lazy)
        XCTAssertEqual(assertTraps(.callStackExhausted) { try direct.invoke("f1") }?.backtrace.map(\.name), ["f1"])
        XCTAssertEqual(assertTraps(.callStackExhausted) { try direct.invoke("f1") }?.backtrace.map(\.name), [])
        // Eager: at the call (or before entering, from the host).
        let eager = try instance(.eager)
        XCTAssertEqual(assertTraps(.callStackExhausted) { try eager.invoke("f0") }?.backtrace.map(\.name), ["f0"])
        XCTAssertEqual(assertTraps(.callStackExhausted) { try eager.invoke("f1") }?.backtrace.map(\.name), [])
        // A store with room runs it.
        let roomy = try Store().instantiate(try Module(bytes: bytes))
        XCTAssertEqual(try roomy.invoke("f0"), [.i32(7)])
    }

    func testTranslatedCodeDumpTranslatesOnDemand() throws {
        let module = try Module(bytes: TestModules.bytes("lazy"))
        let dump = try XCTUnwrap(module.translatedCode(functionIndex: 0))
        XCTAssertTrue(dump.contains("func[0] double"), dump)
        XCTAssertEqual(module.translatedFunctionCount, 1)
        XCTAssertNil(module.translateAll())
        XCTAssertEqual(module.translatedFunctionCount, module.functionCount)
    }
}
