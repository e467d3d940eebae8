import Foundation
import MockHost

struct ExpectationError: Error {
    var `where`: String
    var message: String
}

/// The expectations file's reader: strict (unknown keys are errors, so typos do not
/// silently check nothing).
struct ExpectationsParser {
    let path: String

    func fail(_ at: String, _ message: String) -> ExpectationError { ExpectationError(where: at, message: message) }

    func object(_ value: Any, _ at: String, keys: Set<String>) throws -> [String: Any] {
        guard let object = value as? [String: Any] else { throw fail(at, "expected an object") }
        if let unknown = object.keys.sorted().first(where: { !keys.contains($0) }) {
            throw fail(at, "unknown key '\(unknown)' (known: \(keys.sorted().joined(separator: ", ")))")
        }
        return object
    }

    func string(_ value: Any, _ at: String) throws -> String {
        guard let s = value as? String else { throw fail(at, "expected a string") }
        return s
    }

    /// JSONSerialization gives `true`/`false` as a boolean NSNumber (`__NSCFBoolean` on
    /// Darwin and Linux), numbers as other NSNumbers; `as? Bool` cannot tell them apart.
    static func isBoolean(_ value: Any) -> Bool {
        value is NSNumber && String(describing: type(of: value)).contains("Boolean")
    }

    func bool(_ value: Any, _ at: String) throws -> Bool {
        guard ExpectationsParser.isBoolean(value), let n = value as? NSNumber else { throw fail(at, "expected true or false") }
        return n.boolValue
    }

    func integer(_ value: Any, _ at: String, range: ClosedRange<Int64>) throws -> Int64 {
        guard !ExpectationsParser.isBoolean(value), let n = value as? NSNumber, let i = Int64(exactly: n.doubleValue), range.contains(i) else {
            throw fail(at, "expected an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return i
    }

    func file(_ root: Any) throws -> Expectations {
        let o = try object(root, "top level", keys: ["plugin", "description", "configuration", "vmConfiguration", "cases"])
        guard let list = o["cases"] as? [Any], !list.isEmpty else { throw fail("cases", "expected a non-empty array of cases") }
        var cases: [Expectations.Case] = []
        var names = Set<String>()
        for (k, item) in list.enumerated() {
            let c = try testCase(item, "cases[\(k)]")
            guard names.insert(c.name).inserted else { throw fail("cases[\(k)].name", "'\(c.name)' is used twice") }
            cases.append(c)
        }
        return Expectations(path: path, pluginConfiguration: try o["configuration"].map { try configuration($0, "configuration") },
                            vmConfiguration: try o["vmConfiguration"].map { try configuration($0, "vmConfiguration") },
                            cases: cases)
    }

    /// A configuration: a string is used as is; any other JSON value is serialized.
    func configuration(_ value: Any, _ at: String) throws -> [UInt8] {
        if let s = value as? String { return Array(s.utf8) }
        guard JSONSerialization.isValidJSONObject(value) else { throw fail(at, "expected a string or a JSON object or array") }
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        return [UInt8](data)
    }

    func testCase(_ value: Any, _ at: String) throws -> Expectations.Case {
        let o = try object(value, at, keys: ["name", "description", "configuration", "vmConfiguration", "request", "response", "expect"])
        guard let nameValue = o["name"] else { throw fail("\(at)", "missing 'name'") }
        let name = try string(nameValue, "\(at).name")
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }) else {
            throw fail("\(at).name", "'\(name)' must be non-empty letters, digits, '_', '-' or '.' (it becomes the check id expect.<name>)")
        }
        let here = "cases[\(name)]"
        var input = ExchangeInput(requestHeaders: HeaderMap([(":method", "GET"), (":scheme", "https"), (":path", "/"), (":authority", "example.com")]))
        if let r = o["request"] {
            let request = try object(r, "\(here).request", keys: ["headers", "body", "trailers"])
            if let h = request["headers"] { input.requestHeaders = try headers(h, "\(here).request.headers") }
            if let b = request["body"] { input.requestBody = try body(b, "\(here).request.body") }
            if let t = request["trailers"] { input.requestTrailers = try headers(t, "\(here).request.trailers") }
        }
        if let r = o["response"] {
            let response = try object(r, "\(here).response", keys: ["headers", "body", "trailers"])
            input.responseHeaders = try response["headers"].map { try headers($0, "\(here).response.headers") } ?? HeaderMap([(":status", "200")])
            if let b = response["body"] { input.responseBody = try body(b, "\(here).response.body") }
            if let t = response["trailers"] { input.responseTrailers = try headers(t, "\(here).response.trailers") }
        }
        let expect = try o["expect"].map { try outcome($0, "\(here).expect") } ?? Expectations.Outcome()
        return Expectations.Case(name: name, description: try o["description"].map { try string($0, "\(here).description") },
                                 pluginConfiguration: try o["configuration"].map { try configuration($0, "\(here).configuration") },
                                 vmConfiguration: try o["vmConfiguration"].map { try configuration($0, "\(here).vmConfiguration") },
                                 input: input, expect: expect)
    }

    /// Headers: `[["name", "value"], ...]` (order and duplicates kept) or `{"name": "value"}`.
    func pairs(_ value: Any, _ at: String) throws -> [(String, String)] {
        if let object = value as? [String: Any] {
            return try object.keys.sorted().map { ($0, try string(object[$0]!, "\(at).\($0)")) }
        }
        guard let list = value as? [Any] else { throw fail(at, "expected [[name, value], ...] or {name: value}") }
        return try list.enumerated().map { k, item in
            guard let pair = item as? [Any], pair.count == 2 else { throw fail("\(at)[\(k)]", "expected [name, value]") }
            return (try string(pair[0], "\(at)[\(k)][0]"), try string(pair[1], "\(at)[\(k)][1]"))
        }
    }

    func headers(_ value: Any, _ at: String) throws -> HeaderMap { HeaderMap(try pairs(value, at)) }

    func names(_ value: Any, _ at: String) throws -> [String] {
        guard let list = value as? [Any] else { throw fail(at, "expected an array of header names") }
        return try list.enumerated().map { try string($0.element, "\(at)[\($0.offset)]").lowercased() }
    }

    /// A body: a string (one chunk) or an array of strings (chunks).
    func body(_ value: Any, _ at: String) throws -> [[UInt8]] {
        if let s = value as? String { return s.isEmpty ? [] : [Array(s.utf8)] }
        guard let list = value as? [Any] else { throw fail(at, "expected a string or an array of strings (chunks)") }
        return try list.enumerated().map { Array(try string($0.element, "\(at)[\($0.offset)]").utf8) }
    }

    func headerExpectation(_ value: Any, _ at: String) throws -> Expectations.HeaderExpectation {
        let o = try object(value, at, keys: ["added", "removed", "changed", "contains", "absent", "equals", "unchanged", "nothingElse"])
        var e = Expectations.HeaderExpectation()
        func lower(_ p: [(String, String)]) -> [(String, String)] { p.map { ($0.0.lowercased(), $0.1) } }
        if let v = o["added"] { e.added = lower(try pairs(v, "\(at).added")) }
        if let v = o["removed"] { e.removed = try names(v, "\(at).removed") }
        if let v = o["changed"] { e.changed = lower(try pairs(v, "\(at).changed")) }
        if let v = o["contains"] { e.contains = lower(try pairs(v, "\(at).contains")) }
        if let v = o["absent"] { e.absent = try names(v, "\(at).absent") }
        if let v = o["equals"] { e.equals = lower(try pairs(v, "\(at).equals")) }
        if let v = o["unchanged"] { e.unchanged = try bool(v, "\(at).unchanged") }
        if let v = o["nothingElse"] { e.nothingElse = try bool(v, "\(at).nothingElse") }
        return e
    }

    func level(_ value: Any, _ at: String) throws -> LogLevel {
        let s = try string(value, at)
        guard let l = LogLevel.allCases.first(where: { $0.description == s.lowercased() }) else {
            throw fail(at, "'\(s)' is not a log level (\(LogLevel.allCases.map(\.description).joined(separator: ", ")))")
        }
        return l
    }

    func logs(_ value: Any, _ at: String) throws -> [Expectations.LogExpectation] {
        guard let list = value as? [Any] else { throw fail(at, "expected an array of {level, contains | equals}") }
        return try list.enumerated().map { k, item in
            let o = try object(item, "\(at)[\(k)]", keys: ["level", "contains", "equals"])
            return Expectations.LogExpectation(level: try o["level"].map { try level($0, "\(at)[\(k)].level") },
                                               contains: try o["contains"].map { try string($0, "\(at)[\(k)].contains") },
                                               equals: try o["equals"].map { try string($0, "\(at)[\(k)].equals") })
        }
    }

    func outcome(_ value: Any, _ at: String) throws -> Expectations.Outcome {
        let o = try object(value, at, keys: ["configure", "requestHeaders", "requestTrailers", "responseHeaders", "responseTrailers",
                                             "requestBody", "responseBody", "localResponse", "actions", "logs", "absentLogs",
                                             "maxLogLevel", "metrics", "trap"])
        var e = Expectations.Outcome()
        if let v = o["configure"] {
            let s = try string(v, "\(at).configure")
            guard s == "accepted" || s == "refused" else { throw fail("\(at).configure", "expected \"accepted\" or \"refused\"") }
            e.configureAccepted = s == "accepted"
        }
        if let v = o["requestHeaders"] { e.requestHeaders = try headerExpectation(v, "\(at).requestHeaders") }
        if let v = o["requestTrailers"] { e.requestTrailers = try headerExpectation(v, "\(at).requestTrailers") }
        if let v = o["responseHeaders"] { e.responseHeaders = try headerExpectation(v, "\(at).responseHeaders") }
        if let v = o["responseTrailers"] { e.responseTrailers = try headerExpectation(v, "\(at).responseTrailers") }
        if let v = o["requestBody"] { e.requestBody = try string(v, "\(at).requestBody") }
        if let v = o["responseBody"] { e.responseBody = try string(v, "\(at).responseBody") }
        if let v = o["localResponse"] {
            if v is NSNull {
                e.localResponse = .some(nil)
            } else {
                let l = try object(v, "\(at).localResponse", keys: ["status", "body", "bodyContains", "details", "headers"])
                e.localResponse = .some(Expectations.LocalResponseExpectation(
                    status: try l["status"].map { UInt32(try integer($0, "\(at).localResponse.status", range: 100...599)) },
                    body: try l["body"].map { try string($0, "\(at).localResponse.body") },
                    bodyContains: try l["bodyContains"].map { try string($0, "\(at).localResponse.bodyContains") },
                    details: try l["details"].map { try string($0, "\(at).localResponse.details") },
                    headers: try l["headers"].map { try headerExpectation($0, "\(at).localResponse.headers") }))
            }
        }
        if let v = o["actions"] {
            let a = try object(v, "\(at).actions", keys: Set(Expectations.phases.map(\.key)))
            for phase in Expectations.phases {
                guard let raw = a[phase.key] else { continue }
                let value: UInt32
                if let s = raw as? String {
                    switch s.lowercased() {
                    case "continue": value = 0
                    case "pause", "stop", "stopiteration": value = 1
                    default: throw fail("\(at).actions.\(phase.key)", "expected \"continue\", \"pause\" or a number")
                    }
                } else {
                    value = UInt32(try integer(raw, "\(at).actions.\(phase.key)", range: 0...Int64(UInt32.max)))
                }
                e.actions.append((phase.key, phase.callback, value))
            }
        }
        if let v = o["logs"] { e.logs = try logs(v, "\(at).logs") }
        if let v = o["absentLogs"] { e.absentLogs = try logs(v, "\(at).absentLogs") }
        if let v = o["maxLogLevel"] { e.maxLogLevel = try level(v, "\(at).maxLogLevel") }
        if let v = o["metrics"] {
            guard let list = v as? [Any] else { throw fail("\(at).metrics", "expected an array of {name, value | atLeast}") }
            e.metrics = try list.enumerated().map { k, item in
                let m = try object(item, "\(at).metrics[\(k)]", keys: ["name", "value", "atLeast"])
                guard let n = m["name"] else { throw fail("\(at).metrics[\(k)]", "missing 'name'") }
                return Expectations.MetricExpectation(
                    name: try string(n, "\(at).metrics[\(k)].name"),
                    value: try m["value"].map { UInt64(try integer($0, "\(at).metrics[\(k)].value", range: 0...Int64.max)) },
                    atLeast: try m["atLeast"].map { UInt64(try integer($0, "\(at).metrics[\(k)].atLeast", range: 0...Int64.max)) })
            }
        }
        if let v = o["trap"] { e.traps = try bool(v, "\(at).trap") }
        return e
    }
}
