import Foundation
import XCTest
import Interpreter

/// Shared helpers of the InterpreterTests target: loading the committed test modules,
/// stub imports, trap assertions and a tiny binary-module builder for hostile inputs.
enum TestModules {
    /// The directory of the `.wat` sources and committed `.wasm` builds in the repository.
    static var sourceDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Modules")
    }

    /// The package root (for fixtures and `.build/spectest`).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The bytes of `Modules/<name>.wasm`, from the test bundle's resources.
    static func bytes(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "wasm", subdirectory: "Modules") else {
            throw TestSupportError("test module \(name).wasm is not in the bundle (run scripts/build-test-modules.sh)")
        }
        return [UInt8](try Data(contentsOf: url))
    }

    /// Decodes, validates and translates `Modules/<name>.wasm`.
    static func module(_ name: String, limits: EngineLimits = .default) throws -> Module {
        try Module(bytes: bytes(name), limits: limits)
    }

    /// Names of the `.wat` sources in the bundle (without extension), sorted.
    static func watNames() throws -> [String] {
        guard let dir = Bundle.module.url(forResource: "Modules", withExtension: nil) else {
            throw TestSupportError("Modules folder not in the bundle")
        }
        return try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".wat") }.map { String($0.dropLast(4)) }.sorted()
    }
}

struct TestSupportError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// Imports satisfying every import of `module` with a harmless stand-in: functions that
/// return zeros, fresh memories/tables of the minimum size, globals holding zero.
func stubImports(for module: Module, store: Store) -> Imports {
    var imports = Imports()
    for imp in module.imports {
        switch imp.type {
        case .function(let type):
            imports.define(module: imp.module, name: imp.name, HostFunction(type: type, raw: { _, slots in
                for k in 0..<type.results.count { slots[k] = 0 }
            }))
        case .memory(let m):
            if let memory = try? MemoryInstance(type: m, maxPages: store.limits.maxMemoryPages) {
                imports.define(module: imp.module, name: imp.name, memory)
            }
        case .table(let t):
            if let table = try? TableInstance(type: t, maxElements: store.limits.maxTableElements) {
                imports.define(module: imp.module, name: imp.name, table)
            }
        case .global(let g):
            imports.define(module: imp.module, name: imp.name, GlobalInstance(type: g, value: .zero(g.valueType)))
        }
    }
    return imports
}

/// Runs `body`, which must throw a `Trap` of kind `kind`; returns the trap.
@discardableResult
func assertTraps<T>(_ kind: TrapKind, _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line,
                    _ body: () throws -> T) -> Trap? {
    do {
        let value = try body()
        XCTFail("expected trap '\(kind)', got \(value) \(message())", file: file, line: line)
        return nil
    } catch let trap as Trap {
        XCTAssertEqual(trap.kind, kind, "\(message()) (trap: \(trap))", file: file, line: line)
        return trap
    } catch {
        XCTFail("expected trap '\(kind)', got error \(error) \(message())", file: file, line: line)
        return nil
    }
}

/// Runs `body`, which must throw an error of type `E`; returns it.
@discardableResult
func assertThrows<E: Error, T>(_ errorType: E.Type, _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line,
                               _ body: () throws -> T) -> E? {
    do {
        let value = try body()
        XCTFail("expected \(E.self), got \(value) \(message())", file: file, line: line)
        return nil
    } catch let error as E {
        return error
    } catch {
        XCTFail("expected \(E.self), got \(type(of: error)): \(error) \(message())", file: file, line: line)
        return nil
    }
}

/// Minimal WebAssembly binary writer for modules too large or too hostile to keep as files.
enum WasmBytes {
    static let header: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]

    static func uleb(_ value: UInt64) -> [UInt8] { LEB128.unsigned(value) }

    static func sleb(_ value: Int64) -> [UInt8] { LEB128.signed(value) }

    static func section(_ id: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [id] + uleb(UInt64(payload.count)) + payload
    }

    static func vector(_ items: [[UInt8]]) -> [UInt8] {
        uleb(UInt64(items.count)) + items.flatMap { $0 }
    }

    static func name(_ s: String) -> [UInt8] {
        let b = Array(s.utf8)
        return uleb(UInt64(b.count)) + b
    }

    /// A function type `(params) -> (results)`.
    static func functionType(_ params: [ValueType], _ results: [ValueType]) -> [UInt8] {
        [0x60] + vector(params.map { [$0.rawValue] }) + vector(results.map { [$0.rawValue] })
    }

    /// A function body: local groups `(count, type)` and code (without the final `end`).
    static func body(locals: [(UInt64, ValueType)] = [], code: [UInt8]) -> [UInt8] {
        let content = uleb(UInt64(locals.count)) + locals.flatMap { uleb($0.0) + [$0.1.rawValue] } + code + [0x0B]
        return uleb(UInt64(content.count)) + content
    }

    /// A module of one type per function, the functions in order, each exported as `f<i>`.
    static func module(functions: [(type: ([ValueType], [ValueType]), body: [UInt8])], exportAll: Bool = true) -> [UInt8] {
        var out = header
        out += section(1, vector(functions.map { functionType($0.type.0, $0.type.1) }))
        out += section(3, vector(functions.indices.map { uleb(UInt64($0)) }))
        if exportAll {
            out += section(7, vector(functions.indices.map { name("f\($0)") + [0x00] + uleb(UInt64($0)) }))
        }
        out += section(10, vector(functions.map { $0.body }))
        return out
    }
}

/// Runs one test method of this test binary in a child process, for scenarios that crash
/// the process when an engine bug is present: the parent survives and reports the crash.
///
/// The child runs the same method with `INTERPRETER_TESTS_CHILD` set to `scenario`; the
/// method then executes the scenario in-process (see `ChildProcess.isChild`). Linux only
/// (the test binary is a plain executable there); elsewhere the caller skips.
enum ChildProcess {
    static let variable = "INTERPRETER_TESTS_CHILD"
    static let startMarker = "CHILD-START"

    /// Written unbuffered, so that it is seen even when the child then crashes.
    static func announceStart() {
        FileHandle.standardError.write(Data((startMarker + "\n").utf8))
    }

    /// Whether this process is the child running `scenario`.
    static func isChild(_ scenario: String) -> Bool {
        ProcessInfo.processInfo.environment[variable] == scenario
    }

    struct Outcome {
        /// Exit status, or signal number when `crashed`.
        var status: Int32
        var crashed: Bool
        var output: String
    }

    /// Runs `InterpreterTests.<testClass>/<method>` with the scenario variable set.
    static func run(testClass: String, method: String, scenario: String) throws -> Outcome {
        #if os(Linux)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["InterpreterTests.\(testClass)/\(method)"]
        var environment = ProcessInfo.processInfo.environment
        environment[variable] = scenario
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
                       output: String(decoding: data, as: UTF8.self))
        #else
        throw XCTSkip("child-process crash tests run on Linux only")
        #endif
    }
}
