import XCTest
import Interpreter

/// Trap kinds, their messages, and backtraces (names and byte offsets) for
/// `Modules/traps.wat`. The offsets below were read from
/// `wasm-objdump -d Tests/InterpreterTests/Modules/traps.wasm`.
final class TrapTests: XCTestCase {
    /// What the host imports of traps.wat do.
    private var failWith: Error = HostFunctionError("boom")

    private func instantiate(limits: EngineLimits = .default) throws -> Instance {
        let module = try TestModules.module("traps", limits: limits)
        let store = Store(limits: limits)
        var imports = Imports()
        imports.define(module: "host", name: "fail", HostFunction(type: FunctionType()) { [unowned self] (_: Caller, _: [Value]) throws -> [Value] in
            throw self.failWith
        })
        imports.define(module: "host", name: "reenter", HostFunction(type: FunctionType(parameters: [.i32], results: [.i32])) { caller, args in
            guard let instance = caller.instance else { throw HostFunctionError("no caller instance") }
            return try instance.invoke("reentered", args)
        })
        return try store.instantiate(module, imports: imports)
    }

    private func frames(_ trap: Trap?) -> [String] {
        (trap?.backtrace ?? []).map { "0x\(String($0.offset, radix: 16)) \($0.functionIndex) \($0.name)" }
    }

    // MARK: Kinds and messages

    func testEachTrapKindAndItsMessage() throws {
        let instance = try instantiate()
        let cases: [(String, [Value], TrapKind, String, String)] = [
            ("unreachable", [], .unreachable, "unreachable", "0x148 4 do_unreachable"),
            ("div_by_zero", [], .integerDivideByZero, "integer divide by zero", "0x150 5 div_by_zero"),
            ("rem_by_zero", [], .integerDivideByZero, "integer divide by zero", "0x158 6 rem_by_zero"),
            ("div_overflow", [], .integerOverflow, "integer overflow", "0x164 7 div_overflow"),
            ("trunc_overflow", [], .integerOverflow, "integer overflow", "0x16d 8 trunc_overflow"),
            ("trunc_nan", [], .invalidConversionToInteger, "invalid conversion to integer", "0x17a 9 trunc_nan"),
            ("load", [.i32(65_530)], .outOfBoundsMemoryAccess, "out of bounds memory access", "0x180 10 load"),
            ("store64", [.i32(65_529)], .outOfBoundsMemoryAccess, "out of bounds memory access", "0x18a 11 store64"),
            ("table_get", [.i32(4)], .outOfBoundsTableAccess, "out of bounds table access", "0x192 12 table_get"),
            ("call_slot", [.i32(4)], .undefinedElement, "undefined element", "0x199 13 call_slot"),
            ("call_slot", [.i32(2)], .uninitializedElement, "uninitialized element", "0x199 13 call_slot"),
            ("call_slot", [.i32(1)], .indirectCallTypeMismatch, "indirect call type mismatch", "0x199 13 call_slot"),
            ("recurse", [], .callStackExhausted, "call stack exhausted", "0x19f 14 recurse"),
        ]
        for (name, args, kind, message, frame) in cases {
            let trap = assertTraps(kind, name) { try instance.invoke(name, args) }
            XCTAssertEqual(trap?.message, message, name)
            XCTAssertEqual(trap?.kind.message, message, name)
            XCTAssertEqual(trap?.kind.description, message, name)
            XCTAssertEqual(frames(trap).first, frame, name)
            XCTAssertEqual(trap?.backtrace.first?.moduleName, "traps", name)
            if kind != .outOfBoundsMemoryAccess { XCTAssertNil(trap?.memoryAccess, name) }
        }
        // The non-trapping paths of the same functions.
        XCTAssertEqual(try instance.invoke("call_slot", [.i32(0)]), [.i32(1)])
        XCTAssertEqual(try instance.invoke("load", [.i32(65_524)]), [.i32(0)])
    }

    func testTrapKindIdentifiersAndMessages() {
        let expected: [(TrapKind, String, String)] = [
            (.unreachable, "unreachable", "unreachable"),
            (.integerDivideByZero, "integer_divide_by_zero", "integer divide by zero"),
            (.integerOverflow, "integer_overflow", "integer overflow"),
            (.invalidConversionToInteger, "invalid_conversion_to_integer", "invalid conversion to integer"),
            (.outOfBoundsMemoryAccess, "out_of_bounds_memory_access", "out of bounds memory access"),
            (.outOfBoundsTableAccess, "out_of_bounds_table_access", "out of bounds table access"),
            (.undefinedElement, "undefined_element", "undefined element"),
            (.uninitializedElement, "uninitialized_element", "uninitialized element"),
            (.indirectCallTypeMismatch, "indirect_call_type_mismatch", "indirect call type mismatch"),
            (.callStackExhausted, "call_stack_exhausted", "call stack exhausted"),
            (.outOfFuel, "out_of_fuel", "out of fuel"),
            (.deadlineExceeded, "deadline_exceeded", "deadline exceeded"),
            (.hostError("x"), "host_error", "host error: x"),
        ]
        for (kind, identifier, message) in expected {
            XCTAssertEqual(kind.identifier, identifier)
            XCTAssertEqual(kind.message, message)
        }
        XCTAssertEqual(Trap(.unreachable).description, "trap: unreachable")
        XCTAssertEqual(Trap(.unreachable).formattedBacktrace, "")
    }

    func testOutOfBoundsMemoryAccessDetails() throws {
        let instance = try instantiate()
        // load offset=8 of 4 bytes at 65,530: effective address 65,538.
        var trap = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("load", [.i32(65_530)]) }
        XCTAssertEqual(trap?.memoryAccess, MemoryAccessError(address: 65_538, length: 4, memorySize: 65_536))
        XCTAssertEqual(trap?.memoryAccess?.description, "out of bounds memory access: [0x10002, +4) in a memory of 65536 bytes")
        // The first byte in bounds, the access not.
        trap = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("load", [.i32(65_525)]) }
        XCTAssertEqual(trap?.memoryAccess, MemoryAccessError(address: 65_533, length: 4, memorySize: 65_536))
        // 33-bit effective address: no wrap-around.
        trap = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("load", [.i32(0xFFFF_FFFF)]) }
        XCTAssertEqual(trap?.memoryAccess, MemoryAccessError(address: 0x1_0000_0007, length: 4, memorySize: 65_536))
        trap = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("store64", [.i32(65_529)]) }
        XCTAssertEqual(trap?.memoryAccess, MemoryAccessError(address: 65_529, length: 8, memorySize: 65_536))
        XCTAssertNoThrow(try instance.invoke("store64", [.i32(65_528)]))
    }

    // MARK: Backtraces

    func testBacktraceInnermostFirstWithCallSiteOffsets() throws {
        let instance = try instantiate()
        let trap = assertTraps(.outOfBoundsMemoryAccess) { try instance.invoke("outer", [.i32(70_000)]) }
        XCTAssertEqual(frames(trap), ["0x1a6 15 inner", "0x1ae 16 middle", "0x1b6 17 outer"])
        XCTAssertEqual(trap?.formattedBacktrace, "0: 0x1a6 - inner\n1: 0x1ae - middle\n2: 0x1b6 - outer")
        XCTAssertEqual(trap.map(String.init(describing:)),
                       "trap: out of bounds memory access\n0: 0x1a6 - inner\n1: 0x1ae - middle\n2: 0x1b6 - outer")
        XCTAssertEqual(trap?.backtrace.first?.description, "0x1a6 - inner")
    }

    func testBacktraceNamesFallBackToExportNameThenIndex() throws {
        let instance = try instantiate()
        let trap = assertTraps(.unreachable) { try instance.invoke("exported_only") }
        XCTAssertEqual(frames(trap), ["0x1c0 19 func[19]", "0x1bb 18 exported_only"])
        XCTAssertEqual(trap?.formattedBacktrace, "0: 0x1c0 - func[19]\n1: 0x1bb - exported_only")
        let module = instance.module
        XCTAssertEqual(module.functionName(0), "host_fail", "name section")
        XCTAssertEqual(module.functionName(18), "exported_only", "export name")
        XCTAssertEqual(module.functionName(19), "func[19]")
        XCTAssertEqual(module.names.moduleName, "traps")
    }

    func testImportNameFallbackWithoutNameSection() throws {
        // (import "env" "f" (func)) (func) (func (export "g")): no name section.
        var m = WasmBytes.header
        m += WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [])]))
        m += WasmBytes.section(2, WasmBytes.vector([WasmBytes.name("env") + WasmBytes.name("f") + [0x00, 0x00]]))
        m += WasmBytes.section(3, WasmBytes.vector([[0x00], [0x00]]))
        m += WasmBytes.section(7, WasmBytes.vector([WasmBytes.name("g") + [0x00, 0x02]]))
        m += WasmBytes.section(10, WasmBytes.vector([WasmBytes.body(code: [0x00]), WasmBytes.body(code: [0x10, 0x01])]))
        let module = try Module(bytes: m)
        XCTAssertEqual(module.functionName(0), "env.f")
        XCTAssertEqual(module.functionName(1), "func[1]")
        XCTAssertEqual(module.functionName(2), "g")
        XCTAssertNil(module.names.moduleName)
        let store = Store()
        let instance = try store.instantiate(module, imports: stubImports(for: module, store: store))
        let trap = assertTraps(.unreachable) { try instance.invoke("g") }
        XCTAssertEqual(trap?.formattedBacktrace, "0: 0x2a - func[1]\n1: 0x2e - g")
        XCTAssertNil(trap?.backtrace.first?.moduleName)
    }

    func testCallStackExhaustedBacktraceIsCapped() throws {
        let instance = try instantiate()
        let trap = assertTraps(.callStackExhausted) { try instance.invoke("recurse") }
        XCTAssertEqual(trap?.backtrace.count, Trap.maxFrames)
        XCTAssertEqual(Set(frames(trap)), ["0x19f 14 recurse"])
    }

    // MARK: Host functions

    func testHostFunctionErrorBecomesHostErrorTrap() throws {
        let instance = try instantiate()
        failWith = HostFunctionError("boom")
        var trap = assertTraps(.hostError("boom")) { try instance.invoke("call_host_fail") }
        XCTAssertEqual(trap?.message, "host error: boom")
        XCTAssertEqual(frames(trap), ["0x1c4 20 call_host_fail"])

        struct Custom: Error, CustomStringConvertible { var description: String { "custom failure" } }
        failWith = Custom()
        trap = assertTraps(.hostError("custom failure")) { try instance.invoke("call_host_fail") }

        // A thrown Trap passes through unchanged (kind and memory access).
        failWith = Trap(.unreachable)
        assertTraps(.unreachable) { try instance.invoke("call_host_fail") }

        // A MemoryAccessError keeps its details.
        let access = MemoryAccessError(address: 1 << 40, length: 16, memorySize: 65_536)
        failWith = access
        trap = assertTraps(.hostError(access.description)) { try instance.invoke("call_host_fail") }
        XCTAssertEqual(trap?.memoryAccess, access)

        // The instance stays usable.
        XCTAssertEqual(try instance.invoke("call_slot", [.i32(0)]), [.i32(1)])
    }

    func testTrapInsideHostReentryKeepsInnerAndOuterFrames() throws {
        let instance = try instantiate()
        let trap = assertTraps(.unreachable) { try instance.invoke("entry", [.i32(3)]) }
        XCTAssertEqual(frames(trap), ["0x1c9 21 deep", "0x1cd 22 reentered", "0x1d6 23 entry"])
        XCTAssertEqual(trap?.formattedBacktrace, "0: 0x1c9 - deep\n1: 0x1cd - reentered\n2: 0x1d6 - entry")
        XCTAssertFalse(instance.store.isExecuting)
    }

    func testHostFunctionReturningTheWrongValuesTraps() throws {
        let module = try TestModules.module("traps")
        let store = Store()
        var imports = Imports()
        imports.define(module: "host", name: "fail", HostFunction(type: FunctionType()) { _, _ in [] })
        imports.define(module: "host", name: "reenter", HostFunction(type: FunctionType(parameters: [.i32], results: [.i32])) { _, _ in [] })
        var instance = try store.instantiate(module, imports: imports)
        var trap = assertTraps(.hostError("host function returned 0 values, its type declares 1")) { try instance.invoke("entry", [.i32(1)]) }
        XCTAssertEqual(frames(trap), ["0x1d6 23 entry"])

        imports.define(module: "host", name: "reenter", HostFunction(type: FunctionType(parameters: [.i32], results: [.i32])) { _, _ in [.i64(1)] })
        instance = try store.instantiate(module, imports: imports)
        trap = assertTraps(.hostError("host function returned i64 for result 0 of type i32")) { try instance.invoke("entry", [.i32(1)]) }
        XCTAssertNotNil(trap)
    }

    // MARK: Traps during instantiation

    func testTrapsDuringInstantiation() throws {
        // (memory 1) (data (i32.const 65535) "ab"): out of bounds.
        var m = WasmBytes.header
        m += WasmBytes.section(5, WasmBytes.vector([[0x00, 0x01]]))
        m += WasmBytes.section(11, WasmBytes.vector([[0x00, 0x41] + WasmBytes.sleb(65_535) + [0x0B] + WasmBytes.name("ab")]))
        let data = try Module(bytes: m)
        let store = Store()
        let trap = assertTraps(.outOfBoundsMemoryAccess) { try store.instantiate(data) }
        XCTAssertEqual(trap?.memoryAccess, MemoryAccessError(address: 65_535, length: 2, memorySize: 65_536))

        // A start function that traps.
        var s = WasmBytes.header
        s += WasmBytes.section(1, WasmBytes.vector([WasmBytes.functionType([], [])]))
        s += WasmBytes.section(3, WasmBytes.vector([[0x00]]))
        s += WasmBytes.section(8, [0x00])
        s += WasmBytes.section(10, WasmBytes.vector([WasmBytes.body(code: [0x00])]))
        let start = try Module(bytes: s)
        XCTAssertTrue(start.hasStartFunction)
        let startTrap = assertTraps(.unreachable) { try store.instantiate(start) }
        XCTAssertEqual(startTrap?.formattedBacktrace, "0: 0x1a - func[0]")
        XCTAssertFalse(store.isExecuting)
    }
}
