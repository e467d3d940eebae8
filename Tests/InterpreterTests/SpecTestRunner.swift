import Foundation
import Interpreter

/// Runs one spec-test script converted by wast2json (`scripts/convert-spec-tests.sh`):
/// every command kind, with the `spectest` host module and `register`ed modules.
///
/// Each command counts once: passed, failed (with a reason) or skipped. Only assertions on
/// text-format modules are skipped (they test a text parser, which this engine lacks).
struct SpecTestRunner {
    struct Outcome {
        var passed = 0
        var failed = 0
        var skipped = 0
        var failures: [String] = []
    }

    let directory: URL
    let file: String
    let limits: EngineLimits

    init(json: URL, limits: EngineLimits = .default) {
        directory = json.deletingLastPathComponent()
        file = json.lastPathComponent
        self.limits = limits
    }

    func run() throws -> Outcome {
        // Foundation's JSON parser drops a raw U+FEFF (BOM) at the start of a string, and
        // names.wast exports a function named "\u{FEFF}": escape it before parsing.
        let raw = try [UInt8](Data(contentsOf: directory.appendingPathComponent(file)))
        var escaped: [UInt8] = []
        escaped.reserveCapacity(raw.count)
        var k = 0
        while k < raw.count {
            if k + 2 < raw.count && raw[k] == 0xEF && raw[k + 1] == 0xBB && raw[k + 2] == 0xBF {
                escaped.append(contentsOf: Array("\\ufeff".utf8))
                k += 3
            } else {
                escaped.append(raw[k])
                k += 1
            }
        }
        let data = Data(escaped)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let commands = root["commands"] as? [[String: Any]] else {
            throw RunnerError("\(file): not a wast2json file")
        }
        var state = State(store: Store(limits: limits))
        var outcome = Outcome()
        for command in commands {
            let line = command["line"] as? Int ?? 0
            switch execute(command, state: &state) {
            case .passed: outcome.passed += 1
            case .skipped: outcome.skipped += 1
            case .failed(let reason):
                outcome.failed += 1
                outcome.failures.append("\(file):\(line): \(command["type"] as? String ?? "?"): \(reason)")
            }
        }
        return outcome
    }

    struct RunnerError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    enum Result {
        case passed, skipped
        case failed(String)
    }

    struct State {
        var store: Store
        var current: Instance?
        var named: [String: Instance] = [:]
        var registered: [String: Instance] = [:]
    }

    func imports(_ state: State) -> Imports {
        var imports = SpecTestHost.imports(store: state.store)
        for (name, instance) in state.registered { imports.define(module: name, instance: instance) }
        return imports
    }

    func loadModule(_ command: [String: Any]) throws -> Module {
        guard let filename = command["filename"] as? String else { throw RunnerError("no filename") }
        let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(filename)))
        return try Module(bytes: bytes, limits: limits)
    }

    func execute(_ command: [String: Any], state: inout State) -> Result {
        let type = command["type"] as? String ?? ""
        if (command["module_type"] as? String) == "text" { return .skipped }
        switch type {
        case "module":
            do {
                let module = try loadModule(command)
                let instance = try state.store.instantiate(module, imports: imports(state))
                state.current = instance
                if let name = command["name"] as? String { state.named[name] = instance }
                return .passed
            } catch {
                return .failed("module failed to load: \(error)")
            }
        case "register":
            guard let as_ = command["as"] as? String else { return .failed("register without name") }
            let instance = (command["name"] as? String).flatMap { state.named[$0] } ?? state.current
            guard let instance else { return .failed("register: no module") }
            state.registered[as_] = instance
            return .passed
        case "action":
            switch perform(command["action"], state: state) {
            case .success: return .passed
            case .failure(let e): return .failed("action failed: \(e)")
            }
        case "assert_return":
            switch perform(command["action"], state: state) {
            case .failure(let e): return .failed("unexpected failure: \(e)")
            case .success(let values):
                let expected = command["expected"] as? [[String: Any]] ?? []
                guard values.count == expected.count else { return .failed("got \(values.count) results, expected \(expected.count)") }
                for (v, e) in zip(values, expected) where !matches(v, e) {
                    return .failed("got \(v), expected \(e["type"] ?? "?"):\(e["value"] ?? "?")")
                }
                return .passed
            }
        case "assert_trap", "assert_exhaustion":
            let text = command["text"] as? String ?? ""
            switch perform(command["action"], state: state) {
            case .success(let values): return .failed("expected trap '\(text)', got \(values)")
            case .failure(let error):
                guard let trap = error as? Trap else { return .failed("expected trap '\(text)', got error \(error)") }
                if type == "assert_exhaustion" && trap.kind != .callStackExhausted {
                    return .failed("expected exhaustion, got \(trap.message)")
                }
                guard trap.message.hasPrefix(text) || text.hasPrefix(trap.message) else {
                    return .failed("expected trap '\(text)', got '\(trap.message)'")
                }
                return .passed
            }
        case "assert_invalid", "assert_malformed":
            do {
                _ = try loadModule(command)
                return .failed("module was accepted, expected \(type == "assert_invalid" ? "invalid" : "malformed"): \(command["text"] ?? "")")
            } catch let error as ModuleError {
                // The spec separates decoding (malformed) from validation (invalid); so do we.
                let expected: ModuleError.Kind = type == "assert_invalid" ? .invalid : .malformed
                if error.kind != expected && error.kind != .limitExceeded {
                    return .failed("rejected as \(error.kind.rawValue), expected \(expected.rawValue) ('\(command["text"] ?? "")'): \(error)")
                }
                return .passed
            } catch {
                return .failed("unexpected error \(error)")
            }
        case "assert_unlinkable":
            do {
                let module = try loadModule(command)
                _ = try state.store.instantiate(module, imports: imports(state))
                return .failed("module linked, expected unlinkable: \(command["text"] ?? "")")
            } catch is InstantiationError {
                return .passed
            } catch {
                return .failed("expected a link error, got \(error)")
            }
        case "assert_uninstantiable":
            do {
                let module = try loadModule(command)
                _ = try state.store.instantiate(module, imports: imports(state))
                return .failed("module instantiated, expected a trap: \(command["text"] ?? "")")
            } catch is Trap {
                return .passed
            } catch {
                return .failed("expected a trap at instantiation, got \(error)")
            }
        default:
            return .failed("unknown command type \(type)")
        }
    }

    func perform(_ action: Any?, state: State) -> Swift.Result<[Value], Error> {
        guard let action = action as? [String: Any], let field = action["field"] as? String else {
            return .failure(RunnerError("malformed action"))
        }
        let instance = (action["module"] as? String).flatMap { state.named[$0] } ?? state.current
        guard let instance else { return .failure(RunnerError("no module for action")) }
        switch action["type"] as? String {
        case "invoke":
            let args = (action["args"] as? [[String: Any]] ?? []).compactMap(parseValue)
            do {
                return .success(try instance.invoke(field, args))
            } catch {
                return .failure(error)
            }
        case "get":
            guard let global = instance.global(field) else { return .failure(RunnerError("no global \(field)")) }
            return .success([global.value])
        default:
            return .failure(RunnerError("unknown action"))
        }
    }

    func parseValue(_ v: [String: Any]) -> Value? {
        let type = v["type"] as? String ?? ""
        let text = v["value"] as? String ?? ""
        switch type {
        case "i32": return UInt32(text).map(Value.i32)
        case "i64": return UInt64(text).map(Value.i64)
        case "f32": return UInt32(text).map(Value.f32)
        case "f64": return UInt64(text).map(Value.f64)
        case "funcref": return text == "null" ? .funcref(nil) : Int(text).map { .funcref($0) }
        case "externref": return text == "null" ? .externref(nil) : UInt64(text).map { .externref($0) }
        default: return nil
        }
    }

    func matches(_ value: Value, _ expected: [String: Any]) -> Bool {
        let type = expected["type"] as? String ?? ""
        let text = expected["value"] as? String ?? ""
        switch (value, type) {
        case (.i32(let x), "i32"): return UInt32(text) == x
        case (.i64(let x), "i64"): return UInt64(text) == x
        case (.f32(let x), "f32"):
            if text == "nan:canonical" { return x & 0x7FFF_FFFF == 0x7FC0_0000 }
            if text == "nan:arithmetic" { return x & 0x7FC0_0000 == 0x7FC0_0000 }
            return UInt32(text) == x
        case (.f64(let x), "f64"):
            if text == "nan:canonical" { return x & 0x7FFF_FFFF_FFFF_FFFF == 0x7FF8_0000_0000_0000 }
            if text == "nan:arithmetic" { return x & 0x7FF8_0000_0000_0000 == 0x7FF8_0000_0000_0000 }
            return UInt64(text) == x
        case (.funcref(let r), "funcref"):
            if text == "null" { return r == nil }
            return r != nil
        case (.externref(let r), "externref"):
            if text == "null" { return r == nil }
            return r == UInt64(text)
        default:
            return false
        }
    }
}
