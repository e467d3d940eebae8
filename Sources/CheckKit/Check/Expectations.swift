import Foundation
import MockHost

/// A plugin's expectations file (`--expect FILE`, docs/expect-schema.md): exchanges to run
/// and what must come out of them.
public struct Expectations {
    /// What must hold of a header map after the plugin ran (compared with what went in).
    public struct HeaderExpectation {
        /// Pairs present in the output that were not in the input (as a multiset).
        public var added: [(String, String)] = []
        /// Names present in the input and absent from the output.
        public var removed: [String] = []
        /// Names whose (first) value in the output is this one, and was another before.
        public var changed: [(String, String)] = []
        /// Pairs that must be in the output (however they got there).
        public var contains: [(String, String)] = []
        /// Names that must not be in the output.
        public var absent: [String] = []
        /// The exact output, in order, duplicates included.
        public var equals: [(String, String)]?
        /// The output must equal the input.
        public var unchanged = false
        /// `added`, `removed` and `changed` are the only differences, and the other headers
        /// keep their order and duplicates.
        public var nothingElse = false
    }

    /// A log line that must (or must not) have been written.
    public struct LogExpectation {
        public var level: LogLevel?
        public var contains: String?
        public var equals: String?

        func matches(_ entry: LogEntry) -> Bool {
            (level == nil || entry.level == level) && (contains.map { entry.message.contains($0) } ?? true)
                && (equals.map { entry.message == $0 } ?? true)
        }

        var description: String {
            var parts: [String] = []
            if let level { parts.append("[\(level)]") }
            if let equals { parts.append("'\(equals)'") }
            if let contains { parts.append("containing '\(contains)'") }
            return parts.isEmpty ? "any log line" : parts.joined(separator: " ")
        }
    }

    /// A metric that must exist with a value.
    public struct MetricExpectation {
        public var name: String
        public var value: UInt64?
        public var atLeast: UInt64?
    }

    /// A local reply that must have been sent.
    public struct LocalResponseExpectation {
        public var status: UInt32?
        public var body: String?
        public var bodyContains: String?
        public var details: String?
        public var headers: HeaderExpectation?
    }

    /// Everything checked after a case ran.
    public struct Outcome {
        /// Whether `proxy_on_configure` (and `proxy_on_vm_start`) must accept (default) or refuse.
        public var configureAccepted = true
        public var requestHeaders: HeaderExpectation?
        public var requestTrailers: HeaderExpectation?
        public var responseHeaders: HeaderExpectation?
        public var responseTrailers: HeaderExpectation?
        public var requestBody: String?
        public var responseBody: String?
        /// `.some(nil)`: no local reply may be sent.
        public var localResponse: LocalResponseExpectation??
        /// Expected action per phase (`requestHeaders`... → raw value).
        public var actions: [(phase: String, callback: String, value: UInt32)] = []
        public var logs: [LogExpectation] = []
        public var absentLogs: [LogExpectation] = []
        /// No log line above this level.
        public var maxLogLevel: LogLevel?
        public var metrics: [MetricExpectation] = []
        /// Whether the plugin must trap (default false: a trap fails the case).
        public var traps = false
    }

    /// One exchange and its expected outcome.
    public struct Case {
        public var name: String
        public var description: String?
        public var pluginConfiguration: [UInt8]?
        public var vmConfiguration: [UInt8]?
        public var input: ExchangeInput
        public var expect: Outcome
    }

    /// The file it was read from.
    public var path: String
    public var pluginConfiguration: [UInt8]?
    public var vmConfiguration: [UInt8]?
    public var cases: [Case]

    /// Reads and validates an expectations file; a one-line error names the file and the
    /// offending key.
    public static func load(path: String) throws(CommandError) -> Expectations {
        let data: Data
        do {
            let bytes = try ModuleFile.read(path: path)
            data = Data(bytes)
        } catch {
            throw CommandError("expectations file: \(error.message)")
        }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw CommandError("expectations file \(path) is not valid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? error.localizedDescription)")
        }
        do {
            return try ExpectationsParser(path: path).file(root)
        } catch let error as ExpectationError {
            throw CommandError("expectations file \(path): \(error.where): \(error.message)")
        } catch {
            throw CommandError("expectations file \(path): \(error)")
        }
    }

    static let phases: [(key: String, callback: String)] = [
        ("requestHeaders", "proxy_on_request_headers"), ("requestBody", "proxy_on_request_body"),
        ("requestTrailers", "proxy_on_request_trailers"), ("responseHeaders", "proxy_on_response_headers"),
        ("responseBody", "proxy_on_response_body"), ("responseTrailers", "proxy_on_response_trailers"),
    ]
}
