import Foundation
import XCTest
import Interpreter

/// The disassembler behind fault reports: exact WAT text for each instruction family,
/// offsets that match the bytes, the context around a trapping instruction, and no
/// `unknown` entries on real plugin binaries.
final class DisassemblerTests: XCTestCase {
    // MARK: A hand-assembled module

    /// One expected instruction: its bytes, its text and its depth.
    private struct Expected {
        var bytes: [UInt8]
        var text: String
        var depth: Int
        init(_ bytes: [UInt8], _ text: String, depth: Int = 0) {
            self.bytes = bytes
            self.text = text
            self.depth = depth
        }
    }

    private static func uleb(_ value: Int) -> [UInt8] { LEB128.unsigned(value) }

    private static func name(_ s: String) -> [UInt8] { uleb(s.utf8.count) + Array(s.utf8) }
    private static func vector(_ items: [[UInt8]]) -> [UInt8] { uleb(items.count) + items.flatMap { $0 } }
    private static func section(_ id: UInt8, _ payload: [UInt8]) -> [UInt8] { [id] + uleb(payload.count) + payload }

    private static let i32Zero: [UInt8] = [0x41, 0x00]
    private static let drop = Expected([0x1A], "drop")
    private static func zero(_ depth: Int = 0) -> Expected { Expected(i32Zero, "i32.const 0", depth: depth) }
    private static func localGet(_ i: UInt8) -> Expected { Expected([0x20, i], "local.get \(i)") }

    /// Function 1 `div` (i32, i32) -> i32: divides, so it traps on a zero divisor.
    private static let divCode: [Expected] = [
        localGet(0), localGet(1), Expected([0x6D], "i32.div_s"), Expected([0x0B], "end"),
    ]

    /// Function 2 `everything` () -> (): at least one instruction of every family.
    /// Locals: 0, 1 i32; 2 i64; 3 f32; 4 f64.
    private static let everythingCode: [Expected] = [
        // Control.
        Expected([0x01], "nop"),
        Expected([0x02, 0x7F], "block (result i32)"),
        Expected([0x41, 0x7F], "i32.const -1", depth: 1),
        Expected([0x0B], "end"),
        drop,
        Expected([0x03, 0x40], "loop"),
        Expected([0x20, 0x00], "local.get 0", depth: 1),
        Expected([0x0D, 0x00], "br_if 0", depth: 1),
        Expected([0x0B], "end"),
        localGet(0),
        Expected([0x04, 0x40], "if"),
        Expected([0x01], "nop", depth: 1),
        Expected([0x05], "else"),
        Expected([0x01], "nop", depth: 1),
        Expected([0x0B], "end"),
        Expected([0x41, 0x05], "i32.const 5"),
        Expected([0x02, 0x01], "block (type 1) (param i32) (result i32)"),
        Expected([0x0B], "end"),
        drop,
        Expected([0x02, 0x40], "block"),
        Expected([0x02, 0x40], "block", depth: 1),
        Expected([0x20, 0x00], "local.get 0", depth: 2),
        Expected([0x0E, 0x02, 0x00, 0x01, 0x00], "br_table 0 1 0", depth: 2),
        Expected([0x0B], "end", depth: 1),
        Expected([0x0C, 0x00], "br 0", depth: 1),
        Expected([0x0B], "end"),
        // Calls.
        Expected([0x41, 0x07], "i32.const 7"),
        Expected([0x10, 0x00], "call 0 <env.log>"),
        drop,
        Expected([0x41, 0x01], "i32.const 1"),
        Expected([0x41, 0x02], "i32.const 2"),
        Expected([0x10, 0x01], "call 1 <div>"),
        drop,
        Expected([0x10, 0x03], "call 3 <boom>"),
        Expected([0x41, 0x03], "i32.const 3"), zero(),
        Expected([0x11, 0x01, 0x00], "call_indirect (type 1)"),
        drop,
        Expected([0x41, 0x03], "i32.const 3"), zero(),
        Expected([0x11, 0x01, 0x01], "call_indirect 1 (type 1)"),
        drop,
        // Parametric.
        Expected([0x41, 0x01], "i32.const 1"), Expected([0x41, 0x02], "i32.const 2"), localGet(0),
        Expected([0x1B], "select"),
        drop,
        Expected([0x42, 0x01], "i64.const 1"), Expected([0x42, 0x02], "i64.const 2"), localGet(0),
        Expected([0x1C, 0x01, 0x7E], "select (result i64)"),
        drop,
        // Variables.
        localGet(1),
        Expected([0x21, 0x01], "local.set 1"),
        localGet(1),
        Expected([0x22, 0x00], "local.tee 0"),
        drop,
        Expected([0x23, 0x00], "global.get 0"),
        Expected([0x24, 0x00], "global.set 0"),
        // Tables.
        zero(),
        Expected([0x25, 0x00], "table.get 0"),
        drop,
        zero(),
        Expected([0xD0, 0x70], "ref.null func"),
        Expected([0x26, 0x01], "table.set 1"),
        // Memory.
        localGet(0),
        Expected([0x28, 0x02, 0x08], "i32.load offset=8 align=4"),
        drop,
        localGet(0),
        Expected([0x31, 0x00, 0x00], "i64.load8_u align=1"),
        drop,
        localGet(0),
        Expected([0x2B, 0x03, 0xC0, 0x84, 0x3D], "f64.load offset=1000000 align=8"),
        drop,
        localGet(0), localGet(2),
        Expected([0x3E, 0x01, 0x10], "i64.store32 offset=16 align=2"),
        Expected([0x3F, 0x00], "memory.size"),
        Expected([0x40, 0x00], "memory.grow"),
        drop,
        // Constants.
        Expected([0x41, 0x80, 0x80, 0x80, 0x80, 0x78], "i32.const -2147483648"),
        drop,
        Expected([0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F], "i64.const -9223372036854775808"),
        drop,
        Expected([0x43, 0x00, 0x00, 0x40, 0x40], "f32.const 0x1.8p+1"),
        drop,
        Expected([0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x40], "f64.const 0x1.8p+1"),
        drop,
        Expected([0x44, 0x9A, 0x99, 0x99, 0x99, 0x99, 0x99, 0xB9, 0x3F], "f64.const 0x1.999999999999ap-4"),
        drop,
        Expected([0x43, 0x01, 0x00, 0x00, 0x00], "f32.const 0x0.000002p-126"),
        drop,
        Expected([0x43, 0x00, 0x00, 0x00, 0x80], "f32.const -0x0p+0"),
        drop,
        Expected([0x43, 0x00, 0x00, 0x80, 0xFF], "f32.const -inf"),
        drop,
        Expected([0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xF8, 0x7F], "f64.const nan"),
        drop,
        Expected([0x43, 0x00, 0x00, 0xA0, 0x7F], "f32.const nan:0x200000"),
        drop,
        // Numeric.
        localGet(0), localGet(0), Expected([0x6A], "i32.add"), drop,
        localGet(2), Expected([0x50], "i64.eqz"), drop,
        localGet(3), Expected([0x91], "f32.sqrt"), drop,
        localGet(4), localGet(4), Expected([0xA6], "f64.copysign"), drop,
        localGet(2), Expected([0xA7], "i32.wrap_i64"), drop,
        localGet(0), Expected([0xAD], "i64.extend_i32_u"), drop,
        localGet(3), Expected([0xBC], "i32.reinterpret_f32"), drop,
        localGet(4), Expected([0xB6], "f32.demote_f64"), drop,
        // Sign extension.
        localGet(0), Expected([0xC0], "i32.extend8_s"), drop,
        localGet(2), Expected([0xC4], "i64.extend32_s"), drop,
        // Saturating truncation.
        localGet(3), Expected([0xFC, 0x00], "i32.trunc_sat_f32_s"), drop,
        localGet(4), Expected([0xFC, 0x07], "i64.trunc_sat_f64_u"), drop,
        // Bulk memory and tables.
        zero(), zero(), zero(), Expected([0xFC, 0x08, 0x00, 0x00], "memory.init 0"),
        Expected([0xFC, 0x09, 0x00], "data.drop 0"),
        zero(), zero(), zero(), Expected([0xFC, 0x0A, 0x00, 0x00], "memory.copy"),
        zero(), zero(), zero(), Expected([0xFC, 0x0B, 0x00], "memory.fill"),
        zero(), zero(), zero(), Expected([0xFC, 0x0C, 0x00, 0x01], "table.init 1 0"),
        Expected([0xFC, 0x0D, 0x00], "elem.drop 0"),
        zero(), zero(), zero(), Expected([0xFC, 0x0E, 0x01, 0x00], "table.copy 1 0"),
        Expected([0xD0, 0x70], "ref.null func"), Expected([0x41, 0x01], "i32.const 1"),
        Expected([0xFC, 0x0F, 0x00], "table.grow 0"), drop,
        Expected([0xFC, 0x10, 0x01], "table.size 1"), drop,
        zero(), Expected([0xD0, 0x70], "ref.null func"), zero(),
        Expected([0xFC, 0x11, 0x00], "table.fill 0"),
        // Reference types.
        Expected([0xD0, 0x6F], "ref.null extern"),
        Expected([0xD1], "ref.is_null"),
        drop,
        Expected([0xD2, 0x01], "ref.func 1"),
        drop,
        Expected([0x0F], "return"),
        Expected([0x0B], "end"),
    ]

    /// Function 3 `boom` () -> ().
    private static let boomCode: [Expected] = [Expected([0x00], "unreachable"), Expected([0x0B], "end")]

    /// The module: import `env.log` (function 0), then `div`, `everything`, `boom`.
    /// Returns its bytes and the offset of each defined function's first instruction.
    private static func buildModule() -> (bytes: [UInt8], codeStarts: [Int]) {
        var out: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
        out += section(1, vector([
            [0x60, 0x00, 0x00],                    // 0: () -> ()
            [0x60, 0x01, 0x7F, 0x01, 0x7F],        // 1: (i32) -> i32
            [0x60, 0x02, 0x7F, 0x7F, 0x01, 0x7F],  // 2: (i32, i32) -> i32
        ]))
        out += section(2, vector([name("env") + name("log") + [0x00, 0x01]]))
        out += section(3, vector([[0x02], [0x00], [0x00]]))
        out += section(4, vector([[0x70, 0x00, 0x01], [0x70, 0x00, 0x01]]))
        out += section(5, vector([[0x00, 0x01]]))
        out += section(6, vector([[0x7F, 0x01, 0x41, 0x00, 0x0B]]))
        out += section(7, vector([name("div") + [0x00, 0x01], name("everything") + [0x00, 0x02]]))
        out += section(9, vector([[0x01, 0x00, 0x01, 0x01]]))  // passive funcref segment: function 1
        out += section(12, [0x01])

        let bodies: [(locals: [UInt8], code: [Expected])] = [
            ([0x00], divCode),
            ([0x04, 0x02, 0x7F, 0x01, 0x7E, 0x01, 0x7D, 0x01, 0x7C], everythingCode),
            ([0x00], boomCode),
        ]
        var payload = uleb(bodies.count)
        var relativeStarts: [Int] = []
        for body in bodies {
            let code = body.code.flatMap(\.bytes)
            let content = body.locals + code
            payload += uleb(content.count)
            relativeStarts.append(payload.count + body.locals.count)
            payload += content
        }
        let codeSectionHeader = [UInt8(10)] + uleb(payload.count)
        let payloadStart = out.count + codeSectionHeader.count
        out += codeSectionHeader + payload

        out += section(11, vector([[0x01, 0x02, 0xAB, 0xCD]]))  // passive data segment
        let functionNames = vector([uleb(3) + name("boom")])
        out += section(0, name("name") + [0x01] + uleb(functionNames.count) + functionNames)
        return (out, relativeStarts.map { payloadStart + $0 })
    }

    private func expectListing(_ module: Module, _ functionIndex: Int, _ expected: [Expected], codeStart: Int,
                               file: StaticString = #filePath, line: UInt = #line) {
        guard let listing = module.disassemble(functionIndex: functionIndex) else {
            return XCTFail("no listing for function \(functionIndex)", file: file, line: line)
        }
        XCTAssertEqual(listing.count, expected.count, "instruction count of function \(functionIndex)", file: file, line: line)
        var offset = codeStart
        for (k, (got, want)) in zip(listing, expected).enumerated() {
            XCTAssertEqual(got.text, want.text, "text of instruction \(k)", file: file, line: line)
            XCTAssertEqual(got.offset, offset, "offset of instruction \(k) (\(want.text))", file: file, line: line)
            XCTAssertEqual(got.depth, want.depth, "depth of instruction \(k) (\(want.text))", file: file, line: line)
            offset += want.bytes.count
        }
        XCTAssertEqual(module.functionBodyRange(functionIndex), codeStart..<offset, file: file, line: line)
    }

    func testEveryInstructionFamilyHasExactTextAndOffsets() throws {
        let (bytes, codeStarts) = Self.buildModule()
        let module = try Module(bytes: bytes)
        XCTAssertEqual(module.functionName(3), "boom")
        expectListing(module, 1, Self.divCode, codeStart: codeStarts[0])
        expectListing(module, 2, Self.everythingCode, codeStart: codeStarts[1])
        expectListing(module, 3, Self.boomCode, codeStart: codeStarts[2])
        // The offsets point at the opcode bytes themselves.
        for instruction in module.disassemble(functionIndex: 2) ?? [] where instruction.text == "i32.div_s" {
            XCTAssertEqual(bytes[instruction.offset], 0x6D)
        }
        if let load = module.disassemble(functionIndex: 2)?.first(where: { $0.text.hasPrefix("i32.load") }) {
            XCTAssertEqual(Array(bytes[load.offset..<load.offset + 3]), [0x28, 0x02, 0x08])
        } else {
            XCTFail("no i32.load")
        }
    }

    func testImportedAndOutOfRangeFunctionsHaveNoListing() throws {
        let module = try Module(bytes: Self.buildModule().bytes)
        XCTAssertNil(module.disassemble(functionIndex: 0), "imported")
        XCTAssertNil(module.disassemble(functionIndex: 4))
        XCTAssertNil(module.disassemble(functionIndex: -1))
        XCTAssertNil(module.disassemble(functionIndex: Int.max))
        XCTAssertNil(module.functionBodyRange(0))
        XCTAssertNil(module.functionBodyRange(4))
        XCTAssertNil(module.instructionContext(at: 0), "the header is in no function")
        XCTAssertNil(module.instructionContext(at: -5))
        XCTAssertNil(module.instructionContext(at: module.byteCount + 100))
        XCTAssertEqual(module.localsDeclaration(functionIndex: 2), "(local i32 i32 i64 f32 f64)")
        XCTAssertEqual(module.localsDeclaration(functionIndex: 1), "")
        XCTAssertNil(module.localsDeclaration(functionIndex: 0))
    }

    func testContextAroundADivisionByZero() throws {
        let (bytes, codeStarts) = Self.buildModule()
        let module = try Module(bytes: bytes)
        let store = Store()
        var imports = Imports()
        imports.define(module: "env", name: "log", HostFunction(type: FunctionType(parameters: [.i32], results: [.i32])) { _, args in args })
        let instance = try store.instantiate(module, imports: imports)
        XCTAssertEqual(try instance.invoke("div", [.int32(7), .int32(2)]), [.int32(3)])
        let trap: Trap
        do {
            let results = try instance.invoke("div", [.int32(1), .int32(0)])
            return XCTFail("expected a trap, got \(results)")
        } catch let t as Trap {
            trap = t
        }
        XCTAssertEqual(trap.kind, .integerDivideByZero)
        guard let frame = trap.backtrace.first else { return XCTFail("no backtrace") }
        XCTAssertEqual(frame.offset, codeStarts[0] + 4, "the div_s opcode")

        guard let context = module.instructionContext(at: frame.offset) else { return XCTFail("no context") }
        XCTAssertEqual(context.function, 1)
        XCTAssertEqual(context.instructions[context.faultingIndex].text, "i32.div_s")
        XCTAssertEqual(context.instructions[context.faultingIndex].offset, frame.offset)
        XCTAssertEqual(context.instructions.map(\.text), ["local.get 0", "local.get 1", "i32.div_s", "end"])
        XCTAssertEqual(context.faultingIndex, 2)

        // Radius is clipped at both ends; an offset inside the immediates picks its instruction.
        let narrow = try XCTUnwrap(module.instructionContext(at: frame.offset, radius: 0))
        XCTAssertEqual(narrow.instructions.map(\.text), ["i32.div_s"])
        XCTAssertEqual(narrow.faultingIndex, 0)
        let inside = try XCTUnwrap(module.instructionContext(at: codeStarts[0] + 1, radius: 1))
        XCTAssertEqual(inside.instructions.map(\.text), ["local.get 0", "local.get 1"])
        XCTAssertEqual(inside.faultingIndex, 0)
        let huge = try XCTUnwrap(module.instructionContext(at: frame.offset, radius: Int.max))
        XCTAssertEqual(huge.instructions.count, 4)
        let negative = try XCTUnwrap(module.instructionContext(at: frame.offset, radius: -3))
        XCTAssertEqual(negative.instructions.map(\.text), ["i32.div_s"])

        // In a bigger function: three neighbours on each side.
        guard let listing = module.disassemble(functionIndex: 2),
              let sqrt = listing.firstIndex(where: { $0.text == "f32.sqrt" }) else { return XCTFail("no f32.sqrt") }
        let around = try XCTUnwrap(module.instructionContext(at: listing[sqrt].offset))
        XCTAssertEqual(around.function, 2)
        XCTAssertEqual(around.instructions, Array(listing[(sqrt - 3)...(sqrt + 3)]))
        XCTAssertEqual(around.faultingIndex, 3)
    }

    // MARK: Real plugin binaries

    private static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    private func checkFixture(_ relativePath: String) throws {
        let url = Self.packageRoot.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("\(relativePath) is not in the checkout")
        }
        let module = try Module(bytes: [UInt8](try Data(contentsOf: url)))
        XCTAssertNil(module.disassemble(functionIndex: module.importedFunctionCount - 1))
        var total = 0
        for index in module.importedFunctionCount..<module.functionCount {
            guard let listing = module.disassemble(functionIndex: index), let range = module.functionBodyRange(index) else {
                XCTFail("\(relativePath): no listing for function \(index)")
                continue
            }
            total += listing.count
            let unknown = listing.filter { $0.text.contains("unknown") }
            XCTAssertTrue(unknown.isEmpty, "\(relativePath) function \(index): \(unknown.prefix(3))")
            XCTAssertEqual(listing.last?.text, "end", "\(relativePath) function \(index) ends with its end")
            XCTAssertEqual(listing.last?.depth, 0)
            XCTAssertEqual(listing.first?.offset, range.lowerBound)
            XCTAssertEqual(listing.last?.offset, range.upperBound - 1, "\(relativePath) function \(index): the final end is the body's last byte")
            XCTAssertTrue(zip(listing, listing.dropFirst()).allSatisfy { $0.offset < $1.offset }, "offsets ascend")
            XCTAssertTrue(listing.allSatisfy { $0.depth >= 0 })
            // Every instruction's context finds it again.
            if let middle = listing.dropFirst(listing.count / 2).first,
               let context = module.instructionContext(at: middle.offset) {
                XCTAssertEqual(context.function, index)
                XCTAssertEqual(context.instructions[context.faultingIndex], middle)
            } else {
                XCTFail("\(relativePath) function \(index): no context")
            }
        }
        XCTAssertGreaterThan(total, 100, "\(relativePath) has real code")
    }

    func testAbiExerciserDisassemblesWithoutUnknowns() throws {
        try checkFixture("fixtures/abi_exerciser/abi_exerciser.wasm")
    }

    func testHeaderFilterDisassemblesWithoutUnknowns() throws {
        try checkFixture("fixtures/header_filter/header_filter.wasm")
    }
}
