import Interpreter
import CheckKit
import Foundation
import XCTest

/// Tests of `proxy-wasm-check run`, driven through `ProxyWasmCheckCLI.main` with a capturing
/// console; the modules are hand-assembled below, so no external tool is needed.
final class RunCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("RunCommandTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: Results

    func testAddPrintsResult() throws {
        let path = try write(TestModules.arithmetic().bytes)
        let run = cli(["run", path, "add", "40", "2"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.out, ["i32:42"])
        XCTAssertEqual(run.err, [])
    }

    func testIntegerArgumentsAcceptSignedUnsignedAndHex() throws {
        let path = try write(TestModules.arithmetic().bytes)
        XCTAssertEqual(cli(["run", path, "add", "-1", "0"]).out, ["i32:-1"])
        XCTAssertEqual(cli(["run", path, "add", "4294967295", "0"]).out, ["i32:-1"])
        XCTAssertEqual(cli(["run", path, "add", "0x7fffffff", "1"]).out, ["i32:-2147483648"])
        XCTAssertEqual(cli(["run", path, "add", "-0x10", "0xFF"]).out, ["i32:239"])
        XCTAssertEqual(cli(["run", path, "add", "i32:1_000", "+5"]).out, ["i32:1005"])
        XCTAssertEqual(cli(["run", path, "id_i64", "-9223372036854775808"]).out, ["i64:-9223372036854775808"])
        XCTAssertEqual(cli(["run", path, "id_i64", "18446744073709551615"]).out, ["i64:-1"])
        XCTAssertEqual(cli(["run", path, "id_i64", "0x8000000000000000"]).out, ["i64:-9223372036854775808"])
    }

    func testFloatArgumentsAreBitExact() throws {
        let path = try write(TestModules.arithmetic().bytes)
        XCTAssertEqual(cli(["run", path, "id_f32", "0.1"]).out, ["f32:0.1"])
        XCTAssertEqual(bits(path, "id_f32", "0.1"), "0x3dcccccd")
        XCTAssertEqual(bits(path, "id_f32", "-0"), "0x80000000")
        XCTAssertEqual(bits(path, "id_f32", "1e-45"), "0x00000001")
        XCTAssertEqual(bits(path, "id_f32", "0x1.8p1"), "0x40400000")
        XCTAssertEqual(bits(path, "id_f32", "-inf"), "0xff800000")
        XCTAssertEqual(bits(path, "id_f32", "nan"), "0x7fc00000")
        XCTAssertEqual(bits(path, "id_f32", "-nan"), "0xffc00000")
        XCTAssertEqual(bits(path, "id_f32", "nan:0x200000"), "0x7fa00000")
        XCTAssertEqual(bits(path, "id_f32", "-nan:0x1"), "0xff800001")
        XCTAssertEqual(bits(path, "id_f64", "0.1"), "0x3fb999999999999a")
        XCTAssertEqual(bits(path, "id_f64", "-2.5e-3"), "0xbf647ae147ae147b")
        XCTAssertEqual(bits(path, "id_f64", "inf"), "0x7ff0000000000000")
        XCTAssertEqual(bits(path, "id_f64", "nan:0x1"), "0x7ff0000000000001")
        XCTAssertEqual(bits(path, "id_f64", "4.9406564584124654e-324"), "0x0000000000000001")
    }

    func testNaNResultsPrintPayloadAndBits() throws {
        let path = try write(TestModules.arithmetic().bytes)
        XCTAssertEqual(cli(["run", path, "id_f32", "nan"]).out, ["f32:nan (bits 0x7fc00000)"])
        XCTAssertEqual(cli(["run", path, "id_f32", "-nan:0x200000"]).out, ["f32:-nan:0x200000 (bits 0xffa00000)"])
        XCTAssertEqual(cli(["run", path, "id_f64", "nan:0x1"]).out, ["f64:nan:0x1 (bits 0x7ff0000000000001)"])
        XCTAssertEqual(cli(["run", path, "id_f64", "-inf"]).out, ["f64:-inf"])
        // What is printed reads back to the same bits.
        XCTAssertEqual(cli(["run", path, "id_f32", "f32:-nan:0x200000"]).out, ["f32:-nan:0x200000 (bits 0xffa00000)"])
    }

    func testFunctionWithoutResultsPrintsNothing() throws {
        let path = try write(TestModules.arithmetic().bytes)
        let run = cli(["run", path, "nothing"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.out, [])
        XCTAssertEqual(run.err, [])
    }

    func testSpectestImportsAreProvided() throws {
        let path = try write(TestModules.importing(module: "spectest", name: "print_i32").bytes)
        let run = cli(["run", path, "call_import", "7"])
        XCTAssertEqual(run.status, 0, run.err.joined())
        XCTAssertEqual(run.out, ["i32:7"])
    }

    // MARK: Traps

    func testUnreachableTrapPrintsMessageAndBacktrace() throws {
        let module = TestModules.trapping()
        let path = try write(module.bytes)
        let run = cli(["run", path, "outer"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.err, [])
        XCTAssertEqual(run.out, [
            "trap: unreachable",
            "0: 0x\(String(module.codeOffsets[0], radix: 16)) - boom",
            "1: 0x\(String(module.codeOffsets[1], radix: 16)) - outer",
        ])
    }

    func testTrapAsJSON() throws {
        let module = TestModules.trapping()
        let path = try write(module.bytes)
        let run = cli(["run", path, "boom", "--json"])
        XCTAssertEqual(run.status, 1)
        let object = try json(run)
        XCTAssertEqual((object["results"] as? [Any])?.count, 0)
        let trap = try XCTUnwrap(object["trap"] as? [String: Any])
        XCTAssertEqual(trap["kind"] as? String, "unreachable")
        XCTAssertEqual(trap["message"] as? String, "unreachable")
        XCTAssertEqual(trap["phase"] as? String, "invocation")
        XCTAssertTrue(trap["memoryAccess"] is NSNull)
        let frames = try XCTUnwrap(trap["backtrace"] as? [[String: Any]])
        XCTAssertEqual(frames.count, 1)
        XCTAssertEqual(frames.first?["name"] as? String, "boom")
        XCTAssertEqual(frames.first?["index"] as? Int, 0)
        XCTAssertEqual(frames.first?["offset"] as? Int, module.codeOffsets[0])
    }

    func testInfiniteLoopRunsOutOfFuel() throws {
        let path = try write(TestModules.trapping().bytes)
        let text = cli(["run", path, "spin", "--fuel", "1000"])
        XCTAssertEqual(text.status, 1)
        XCTAssertEqual(text.out.first, "trap: out of fuel")
        XCTAssertEqual(text.out.dropFirst().first.map { $0.hasSuffix(" - spin") }, true)

        let run = cli(["run", path, "spin", "--fuel=1000", "--json"])
        XCTAssertEqual(run.status, 1)
        let object = try json(run)
        let trap = try XCTUnwrap(object["trap"] as? [String: Any])
        XCTAssertEqual(trap["kind"] as? String, "out_of_fuel")
        let fuel = try XCTUnwrap(object["fuelUsed"] as? Int)
        XCTAssertGreaterThan(fuel, 900)
        XCTAssertLessThanOrEqual(fuel, 1000)
    }

    func testOutOfBoundsLoadReportsTheAccess() throws {
        let path = try write(TestModules.memory(pages: 1).bytes)
        XCTAssertEqual(cli(["run", path, "load", "65532"]).out, ["i32:0"])
        let run = cli(["run", path, "load", "65533", "--json"])
        XCTAssertEqual(run.status, 1)
        let trap = try XCTUnwrap(try json(run)["trap"] as? [String: Any])
        XCTAssertEqual(trap["kind"] as? String, "out_of_bounds_memory_access")
        let access = try XCTUnwrap(trap["memoryAccess"] as? [String: Any])
        XCTAssertEqual(access["address"] as? Int, 65533)
        XCTAssertEqual(access["length"] as? Int, 4)
        XCTAssertEqual(access["memorySize"] as? Int, 65536)
    }

    func testStartFunctionTrapIsReportedAsInstantiationTrap() throws {
        let path = try write(TestModules.trapping(startTraps: true).bytes)
        let text = cli(["run", path, "outer"])
        XCTAssertEqual(text.status, 1)
        XCTAssertEqual(text.out.first, "trap: unreachable")
        let run = cli(["run", path, "outer", "--json"])
        let object = try json(run)
        XCTAssertEqual((object["trap"] as? [String: Any])?["phase"] as? String, "instantiation")
        XCTAssertTrue(object["medianMs"] is NSNull)
        XCTAssertEqual(object["calls"] as? Int, 0)
    }

    // MARK: JSON and --repeat

    func testJSONHasAllKeysAndExactValues() throws {
        let path = try write(TestModules.arithmetic().bytes)
        let run = cli(["run", path, "id_f64", "nan:0x8", "--json"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.out.count, 1, "exactly one line of JSON")
        let object = try json(run)
        XCTAssertEqual(Set(object.keys), ["results", "trap", "loadMs", "medianMs", "minMs", "fuelUsed", "calls"])
        XCTAssertTrue(object["trap"] is NSNull)
        XCTAssertNotNil(object["loadMs"] as? Double)
        XCTAssertNotNil(object["medianMs"] as? Double)
        XCTAssertNotNil(object["minMs"] as? Double)
        XCTAssertNotNil(object["fuelUsed"] as? Int)
        XCTAssertEqual(object["calls"] as? Int, 1)
        let results = try XCTUnwrap(object["results"] as? [[String: String]])
        XCTAssertEqual(results, [["type": "f64", "value": "nan:0x8", "bits": "0x7ff0000000000008"]])

        let add = try json(cli(["run", path, "add", "-2", "1", "--json"]))
        XCTAssertEqual(add["results"] as? [[String: String]], [["type": "i32", "value": "-1", "bits": "0xffffffff"]])
    }

    func testRepeatPrintsTimingsAndFuel() throws {
        let path = try write(TestModules.arithmetic().bytes)
        let run = cli(["run", path, "add", "1", "2", "--repeat", "5"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.out.count, 5, run.out.joined(separator: "\n"))
        XCTAssertEqual(run.out[0], "i32:3")
        XCTAssertTrue(run.out[1].hasPrefix("load: "), run.out[1])
        XCTAssertTrue(run.out[2].hasPrefix("median: ") && run.out[2].hasSuffix(" ms per call (5 calls)"), run.out[2])
        XCTAssertTrue(run.out[3].hasPrefix("min: ") && run.out[3].hasSuffix(" ms per call"), run.out[3])
        XCTAssertTrue(run.out[4].hasPrefix("fuel: ") && run.out[4].hasSuffix(" per call"), run.out[4])

        let object = try json(cli(["run", path, "add", "1", "2", "--repeat", "5", "--json"]))
        XCTAssertEqual(object["calls"] as? Int, 5)
        let median = try XCTUnwrap(object["medianMs"] as? Double)
        let minimum = try XCTUnwrap(object["minMs"] as? Double)
        XCTAssertLessThanOrEqual(minimum, median)
    }

    func testRepeatStopsAtFirstTrap() throws {
        let path = try write(TestModules.trapping().bytes)
        let object = try json(cli(["run", path, "boom", "--repeat", "3", "--json"]))
        XCTAssertEqual(object["calls"] as? Int, 1)
        XCTAssertNotNil(object["trap"] as? [String: Any])
    }

    // MARK: Bad input: one `error:` line, exit status 2

    func testMissingFile() {
        expectError(["run", directory.appendingPathComponent("nope.wasm").path, "f"], containing: "no such file")
    }

    func testDirectory() {
        expectError(["run", directory.path, "f"], containing: "is a directory")
    }

    func testUnreadableFile() throws {
        try XCTSkipIf(getuid() == 0, "root can read any file")
        let path = try write(TestModules.arithmetic().bytes)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        expectError(["run", path, "add", "1", "2"], containing: "permission denied")
    }

    func testGarbageBytes() throws {
        let path = try write(Array("this is not wasm".utf8))
        expectError(["run", path, "f"], containing: "malformed module")
    }

    func testEmptyFile() throws {
        let path = try write([])
        expectError(["run", path, "f"], containing: "malformed module")
    }

    func testTruncatedModule() throws {
        let bytes = TestModules.arithmetic().bytes
        let path = try write(Array(bytes.dropLast(3)))
        expectError(["run", path, "add", "1", "2"], containing: "malformed module")
    }

    func testInvalidModule() throws {
        // (func (result i32)) with an empty body: type mismatch.
        var module = WasmBuilder()
        let type = module.addType([], [0x7F])
        module.addFunction(type: type, body: [0x0B], export: "bad")
        let path = try write(module.bytes)
        expectError(["run", path, "bad"], containing: "invalid module")
    }

    func testUnknownExport() throws {
        let path = try write(TestModules.arithmetic().bytes)
        expectError(["run", path, "nope"], containing: "no exported function named 'nope'")
    }

    func testExportThatIsNotAFunction() throws {
        let path = try write(TestModules.memory(pages: 1).bytes)
        expectError(["run", path, "memory"], containing: "'memory' is a memory")
    }

    func testWrongArgumentCount() throws {
        let path = try write(TestModules.arithmetic().bytes)
        expectError(["run", path, "add", "1"], containing: "takes 2 arguments (i32, i32), got 1")
        expectError(["run", path, "add", "1", "2", "3"], containing: "got 3")
    }

    func testUnparsableArguments() throws {
        let path = try write(TestModules.arithmetic().bytes)
        expectError(["run", path, "add", "abc", "1"], containing: "argument 1 of 'add': 'abc' is not a valid i32")
        expectError(["run", path, "add", "1", "4294967296"], containing: "argument 2")
        expectError(["run", path, "add", "-2147483649", "1"], containing: "not a valid i32")
        expectError(["run", path, "add", "1.5", "1"], containing: "not a valid i32")
        expectError(["run", path, "add", "f32:1", "1"], containing: "not a valid i32")
        expectError(["run", path, "id_i64", "18446744073709551616"], containing: "not a valid i64")
        expectError(["run", path, "id_f32", "1e39"], containing: "out of range for f32")
        expectError(["run", path, "id_f32", "nan:0x800000"], containing: "payload")
        expectError(["run", path, "id_f32", "nan:0x0"], containing: "payload")
        expectError(["run", path, "id_f64", "nan(1)"], containing: "not a valid f64")
        expectError(["run", path, "id_f64", " 1"], containing: "not a valid f64")
        expectError(["run", path, "id_f64", ""], containing: "not a valid f64")
    }

    func testImportNothingProvides() throws {
        let path = try write(TestModules.importing(module: "env", name: "proxy_log").bytes)
        expectError(["run", path, "call_import", "1"], containing: "env.proxy_log")
    }

    func testMemoryOverTheLimit() throws {
        let path = try write(TestModules.memory(pages: 3).bytes)
        XCTAssertEqual(cli(["run", path, "load", "0", "--max-memory-pages", "3"]).status, 0)
        expectError(["run", path, "load", "0", "--max-memory-pages", "2"], containing: "exceeds the limit")
    }

    func testBadOptionValues() throws {
        let path = try write(TestModules.arithmetic().bytes)
        expectError(["run", path, "add", "1", "2", "--fuel", "lots"], containing: "invalid value 'lots' for --fuel")
        expectError(["run", path, "add", "1", "2", "--fuel", "-5"], containing: "--fuel")
        expectError(["run", path, "add", "1", "2", "--repeat", "0"], containing: "--repeat")
        expectError(["run", path, "add", "1", "2", "--max-memory-pages", "65537"], containing: "--max-memory-pages")
        expectError(["run", path, "add", "1", "2", "--repeat"], containing: "--repeat needs a value")
        expectError(["run", path, "add", "1", "2", "--json=yes"], containing: "--json takes no value")
        expectError(["run", path, "add", "1", "2", "--json", "--json"], containing: "more than once")
    }

    func testUnknownOptions() throws {
        let path = try write(TestModules.arithmetic().bytes)
        expectError(["run", path, "add", "1", "2", "--speed"], containing: "unknown option '--speed'")
        expectError(["run", path, "add", "1", "2", "-x"], containing: "unknown option '-x'")
        // An option first means `check` (the default subcommand) with that option.
        expectError(["--frobnicate"], containing: "unknown option '--frobnicate' (see 'proxy-wasm-check check --help')")
    }

    func testMissingPositionals() {
        expectError(["run"], containing: "missing MODULE.wasm and FUNC")
        expectError(["run", "m.wasm"], containing: "missing FUNC")
    }

    func testUnknownSubcommand() {
        expectError(["frobnicate"], containing: "unknown subcommand 'frobnicate'")
        expectError(["help", "frobnicate"], containing: "unknown subcommand")
    }

    // MARK: Options and help

    func testFuelUnlimitedAndOptionsBeforePositionals() throws {
        let path = try write(TestModules.arithmetic().bytes)
        let run = cli(["run", "--fuel", "unlimited", "--json", path, "add", "-3", "--", "-4"])
        XCTAssertEqual(run.status, 0, run.err.joined())
        XCTAssertEqual((try json(run)["results"] as? [[String: String]])?.first?["value"], "-7")
    }

    func testHelp() {
        for arguments in [["--help"], ["-h"], ["help"]] {
            let run = cli(arguments)
            XCTAssertEqual(run.status, 0)
            XCTAssertEqual(run.out.first, "USAGE: proxy-wasm-check <subcommand> [arguments]")
            XCTAssertTrue(run.out.contains { $0.hasPrefix("  run ") })
            XCTAssertEqual(run.err, [])
        }
        for arguments in [["run", "--help"], ["run", "m.wasm", "-h"], ["help", "run"]] {
            let run = cli(arguments)
            XCTAssertEqual(run.status, 0)
            XCTAssertEqual(run.out.first?.hasPrefix("USAGE: proxy-wasm-check run MODULE.wasm FUNC"), true)
            XCTAssertTrue(run.out.contains { $0.contains("--repeat N") })
        }
    }

    // MARK: Helpers

    private struct Outcome {
        var status: Int32
        var out: [String]
        var err: [String]
        var stdout: String
    }

    private func cli(_ arguments: [String]) -> Outcome {
        let capture = CapturingConsole()
        let status = ProxyWasmCheckCLI.main(arguments: arguments, console: capture.console)
        return Outcome(status: status, out: capture.outputLines, err: capture.errorLines, stdout: capture.output)
    }

    private func expectError(_ arguments: [String], containing text: String, file: StaticString = #filePath, line: UInt = #line) {
        let run = cli(arguments)
        XCTAssertEqual(run.status, 2, "exit status for \(arguments)", file: file, line: line)
        XCTAssertEqual(run.out, [], "nothing on stdout for \(arguments)", file: file, line: line)
        XCTAssertEqual(run.err.count, 1, "one line on stderr for \(arguments): \(run.err)", file: file, line: line)
        XCTAssertEqual(run.err.first?.hasPrefix("error: "), true, "\(run.err)", file: file, line: line)
        XCTAssertEqual(run.err.first?.contains(text), true, "expected '\(text)' in \(run.err)", file: file, line: line)
    }

    private func json(_ run: Outcome, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        return try XCTUnwrap(object as? [String: Any], "not a JSON object: \(run.stdout)", file: file, line: line)
    }

    /// The `bits` of the single result of `function(argument)`.
    private func bits(_ path: String, _ function: String, _ argument: String) -> String? {
        let run = cli(["run", path, function, argument, "--json"])
        let object = try? json(run)
        return (object?["results"] as? [[String: String]])?.first?["bits"]
    }

    private func write(_ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent("\(UUID().uuidString).wasm")
        try Data(bytes).write(to: url)
        return url.path
    }
}

// MARK: - Test modules

/// The modules the tests run, assembled by `WasmBuilder`.
private enum TestModules {
    static let i32: UInt8 = 0x7F, i64: UInt8 = 0x7E, f32: UInt8 = 0x7D, f64: UInt8 = 0x7C

    /// add(i32, i32) -> i32, id_i64, id_f32, id_f64 (identity) and nothing() -> ().
    static func arithmetic() -> WasmBuilder {
        var m = WasmBuilder()
        let binary = m.addType([i32, i32], [i32])
        m.addFunction(type: binary, body: [0x20, 0x00, 0x20, 0x01, 0x6A, 0x0B], export: "add")
        for (type, name) in [(i64, "id_i64"), (f32, "id_f32"), (f64, "id_f64")] {
            m.addFunction(type: m.addType([type], [type]), body: [0x20, 0x00, 0x0B], export: name)
        }
        m.addFunction(type: m.addType([], []), body: [0x0B], export: "nothing")
        return m
    }

    /// boom() traps with `unreachable`; outer() calls boom; spin() loops forever.
    /// With `startTraps`, boom is also the start function.
    static func trapping(startTraps: Bool = false) -> WasmBuilder {
        var m = WasmBuilder()
        let void = m.addType([], [])
        m.addFunction(type: void, body: [0x00, 0x0B], export: "boom")              // unreachable
        m.addFunction(type: void, body: [0x10, 0x00, 0x0B], export: "outer")       // call 0
        m.addFunction(type: void, body: [0x03, 0x40, 0x0C, 0x00, 0x0B, 0x0B], export: "spin") // loop br 0 end
        if startTraps { m.start = 0 }
        return m
    }

    /// A memory of `pages` pages (exported as "memory") and load(i32) -> i32 (i32.load).
    static func memory(pages: UInt32) -> WasmBuilder {
        var m = WasmBuilder()
        m.memoryPages = pages
        m.addFunction(type: m.addType([i32], [i32]), body: [0x20, 0x00, 0x28, 0x02, 0x00, 0x0B], export: "load")
        return m
    }

    /// Imports `module.name : (i32) -> ()`; call_import(x) calls it with x and returns x.
    static func importing(module: String, name: String) -> WasmBuilder {
        var m = WasmBuilder()
        let sink = m.addType([i32], [])
        m.imports.append((module, name, sink))
        m.addFunction(type: m.addType([i32], [i32]),
                      body: [0x20, 0x00, 0x10, 0x00, 0x20, 0x00, 0x0B], export: "call_import")
        return m
    }
}

/// A tiny WebAssembly binary writer: types, function imports, functions, one memory,
/// exports and a start function; enough for the tests.
private struct WasmBuilder {
    var types: [(params: [UInt8], results: [UInt8])] = []
    var imports: [(module: String, name: String, type: Int)] = []
    var functions: [(type: Int, body: [UInt8])] = []
    var exports: [(name: String, kind: UInt8, index: Int)] = []
    var memoryPages: UInt32?
    var start: Int?

    mutating func addType(_ params: [UInt8], _ results: [UInt8]) -> Int {
        types.append((params, results))
        return types.count - 1
    }

    /// Adds a function without locals (body = instructions ending in `end`).
    mutating func addFunction(type: Int, body: [UInt8], export name: String?) {
        functions.append((type, body))
        if let name { exports.append((name, 0x00, imports.count + functions.count - 1)) }
    }

    /// The module's bytes.
    var bytes: [UInt8] { assemble().bytes }

    /// Byte offset in the module of each defined function's first instruction.
    var codeOffsets: [Int] { assemble().codeOffsets }

    private func assemble() -> (bytes: [UInt8], codeOffsets: [Int]) {
        var out: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
        func section(_ id: UInt8, _ content: [UInt8]) {
            out.append(id)
            out += Self.uleb(content.count)
            out += content
        }
        func vector(_ items: [[UInt8]]) -> [UInt8] { Self.uleb(items.count) + items.flatMap { $0 } }
        func name(_ s: String) -> [UInt8] { Self.uleb(s.utf8.count) + Array(s.utf8) }

        section(1, vector(types.map { [0x60] + vector($0.params.map { [$0] }) + vector($0.results.map { [$0] }) }))
        if !imports.isEmpty {
            section(2, vector(imports.map { name($0.module) + name($0.name) + [0x00] + Self.uleb($0.type) }))
        }
        section(3, vector(functions.map { Self.uleb($0.type) }))
        if let memoryPages {
            section(5, vector([[0x00] + Self.uleb(Int(memoryPages))]))
        }
        var allExports = exports
        if memoryPages != nil { allExports.append(("memory", 0x02, 0)) }
        section(7, vector(allExports.map { name($0.name) + [$0.kind] + Self.uleb($0.index) }))
        if let start { section(8, Self.uleb(start)) }

        // Code section: each entry is size, local-declaration count (0), body.
        let entries = functions.map { [0x00] + $0.body }
        var content = Self.uleb(entries.count)
        var relativeOffsets: [Int] = []
        for entry in entries {
            content += Self.uleb(entry.count)
            relativeOffsets.append(content.count + 1)   // skip the local-declaration count
            content += entry
        }
        out.append(10)
        out += Self.uleb(content.count)
        let base = out.count
        out += content
        return (out, relativeOffsets.map { base + $0 })
    }

    static func uleb(_ value: Int) -> [UInt8] { LEB128.unsigned(value) }
}
