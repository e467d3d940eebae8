import XCTest
import Interpreter

/// Pins the bound behind the executor's native-stack safety: between two control transfers
/// (which count against a chain's budget) the translated code runs at most
/// `maxStraightRun` (32) other instructions, whatever the length of a basic block, and the
/// empty `fuel` instructions that enforce it charge nothing.
final class StraightRunTests: XCTestCase {
    private static let maxStraightRun = 32

    /// Functions 0, 1, 2: `(i32) -> i32` adding 1 to the parameter 1, 2 and 300 times in one
    /// basic block (each addition translates to one instruction).
    private static func module() -> [UInt8] {
        func uleb(_ v: Int) -> [UInt8] { LEB128.unsigned(v) }
        func vector(_ items: [[UInt8]]) -> [UInt8] { uleb(items.count) + items.flatMap { $0 } }
        func section(_ id: UInt8, _ payload: [UInt8]) -> [UInt8] { [id] + uleb(payload.count) + payload }
        func body(_ additions: Int) -> [UInt8] {
            let increment: [UInt8] = [0x20, 0x00, 0x41, 0x01, 0x6A, 0x21, 0x00]  // local.get 0, i32.const 1, i32.add, local.set 0
            let content: [UInt8] = [0x00] + Array([[UInt8]](repeating: increment, count: additions).joined()) + [0x20, 0x00, 0x0B]
            return uleb(content.count) + content
        }
        var out: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
        out += section(1, vector([[0x60, 0x01, 0x7F, 0x01, 0x7F]]))
        out += section(3, vector([[0x00], [0x00], [0x00]]))
        out += section(7, vector([[0x02] + Array("f1".utf8) + [0x00, 0x00], [0x02] + Array("f2".utf8) + [0x00, 0x01],
                                  [0x04] + Array("f300".utf8) + [0x00, 0x02]]))
        out += section(10, vector([body(1), body(2), body(300)]))
        return out
    }

    /// The longest run of instructions without a control transfer in a function's listing.
    private func longestStraightRun(_ module: Module, _ functionIndex: Int) throws -> Int {
        let listing = try XCTUnwrap(module.translatedCode(functionIndex: functionIndex))
        let transfers: Set<String> = ["fuel", "br", "brTable", "ret", "unreachable", "call", "callImport", "callIndirect"]
        var longest = 0, run = 0
        for line in listing.split(separator: "\n").dropFirst() {
            let op = String(line.split(separator: " ")[1])
            if transfers.contains(op) || op.hasPrefix("brIf") { run = 0 } else { run += 1; longest = max(longest, run) }
        }
        return longest
    }

    func testLongBasicBlocksAreSplitWithoutChangingResultsOrFuel() throws {
        for metering in [true, false] {
            var limits = EngineLimits()
            limits.fuelMetering = metering
            limits.fuel = 1_000_000
            let module = try Module(bytes: Self.module(), limits: limits)
            XCTAssertEqual(try longestStraightRun(module, 2), Self.maxStraightRun, "metering \(metering)")
            let store = Store(limits: limits)
            let instance = try store.instantiate(module, imports: Imports())
            var used: [UInt64] = []
            for (name, additions) in [("f1", 1), ("f2", 2), ("f300", 300)] {
                XCTAssertEqual(try instance.invoke(name, [.i32(5)]), [.i32(5 + UInt32(additions))], name)
                used.append(store.lastFuelUsed)
            }
            if metering {
                let perAddition = used[1] - used[0]
                XCTAssertGreaterThan(perAddition, 0)
                XCTAssertEqual(used[2], used[0] + 299 * perAddition, "the inserted fuel instructions charge nothing")
            }
        }
    }
}
