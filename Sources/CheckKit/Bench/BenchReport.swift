import Foundation
import Interpreter

/// The configurations `bench` compares.
public enum BenchConfiguration: String, CaseIterable, Sendable {
    /// (a) The exchange through the MockHost with no filter.
    case noFilter = "no-filter"
    /// (b) The same with a native Swift filter doing the plugin's work.
    case native
    /// (c) The same with the Wasm plugin.
    case wasm

    public var label: String {
        switch self {
        case .noFilter: return "(a) no filter"
        case .native: return "(b) native Swift filter"
        case .wasm: return "(c) Wasm plugin"
        }
    }

    var shortLabel: String {
        switch self {
        case .noFilter: return "(a)"
        case .native: return "(b)"
        case .wasm: return "(c)"
        }
    }
}

/// One configuration in one round.
public struct RoundMeasurement: Sendable {
    /// Per-request latency over the round's requests, in microseconds.
    public var latency: LatencySummary
    /// Requests divided by the round's wall-clock time (requests back to back, one thread).
    public var requestsPerSecond: Double
    public var fuelPerRequest: Double
    public var hostCallsPerRequest: Double
    public var callbacksPerRequest: Double
}

/// One configuration over all rounds: each figure is the median of its rounds.
public struct ConfigurationResult: Sendable {
    public var id: BenchConfiguration
    public var rounds: [RoundMeasurement]

    private func median(_ f: (RoundMeasurement) -> Double) -> Double { Statistics.medianOrNaN(rounds.map(f)) }
    public var p50: Double { median(\.latency.p50) }
    public var p90: Double { median(\.latency.p90) }
    public var p99: Double { median(\.latency.p99) }
    public var mean: Double { median(\.latency.mean) }
    public var requestsPerSecond: Double { median(\.requestsPerSecond) }
    public var fuelPerRequest: Double { median(\.fuelPerRequest) }
    public var hostCallsPerRequest: Double { median(\.hostCallsPerRequest) }
    public var callbacksPerRequest: Double { median(\.callbacksPerRequest) }
}

/// How much slower (c) is than another configuration, from side-by-side rounds: the median
/// over rounds of each round's ratio.
public struct Overhead: Sendable {
    /// p50(c) / p50(other), p99 likewise.
    public var p50: Double
    public var p99: Double
    /// Time per request: requests per second of the other / of (c).
    public var throughput: Double
}

/// What `bench` measured.
public struct BenchReport: Sendable {
    public var file: String
    public var path: String
    public var bytes: Int
    public var sha256: String
    public var requests: Int
    public var rounds: Int
    public var warmupRequests: Int
    public var limits: EngineLimits
    /// What each request drives.
    public var workload = ""
    /// Cases of the expectations file that passed before timing (nil: no file).
    public var expectationsPassed: Int?
    public var configurations: [ConfigurationResult] = []
    /// Why (b) did not run, when it did not.
    public var nativeSkipped: String?
    /// Whether (b) forwarded exactly the request headers (c) forwarded.
    public var nativeAgrees: Bool?
    public var hostCall: HostCallMeasurement?
    public var hostCallSkipped: String?
    public var environment = BenchEnvironment.current()

    init(file: String, path: String, bytes: Int, sha256: String, requests: Int, rounds: Int, warmupRequests: Int, limits: EngineLimits) {
        self.file = file
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
        self.requests = requests
        self.rounds = rounds
        self.warmupRequests = warmupRequests
        self.limits = limits
    }

    public func configuration(_ id: BenchConfiguration) -> ConfigurationResult? { configurations.first { $0.id == id } }

    /// The overhead of (c) against `other`, if both ran.
    public func overhead(against other: BenchConfiguration) -> Overhead? {
        guard let wasm = configuration(.wasm), let base = configuration(other), wasm.rounds.count == base.rounds.count else { return nil }
        let pairs = zip(wasm.rounds, base.rounds)
        return Overhead(p50: Statistics.medianOrNaN(pairs.map { $0.latency.p50 / $1.latency.p50 }),
                        p99: Statistics.medianOrNaN(pairs.map { $0.latency.p99 / $1.latency.p99 }),
                        throughput: Statistics.medianOrNaN(pairs.map { $1.requestsPerSecond / $0.requestsPerSecond }))
    }

    // MARK: Text

    public var textLines: [String] {
        var lines: [String] = []
        lines.append("bench: \(file) (\(bytes) bytes, sha256 \(sha256.prefix(16))…): \(requests) requests × \(rounds) rounds per configuration")
        lines.append("workload: \(workload)")
        if let passed = expectationsPassed { lines.append("expectations: all \(passed) cases passed before timing") }
        let fuel = limits.fuelMetering ? (limits.fuel.map { "fuel metering on (\($0) per callback)" } ?? "fuel metering on (unlimited)") : "fuel metering off"
        lines.append("engine: \(fuel), tracing off; each figure is the median of \(rounds) rounds, each on a fresh VM after \(warmupRequests) warm-up requests")
        lines.append("")
        let header = ["configuration", "p50 µs", "p90 µs", "p99 µs", "requests/s", "fuel/request", "host calls/request", "callbacks/request"]
        var rows: [[String]] = [header]
        for c in configurations {
            rows.append([c.id.label, formatMicroseconds(c.p50), formatMicroseconds(c.p90), formatMicroseconds(c.p99),
                         String(format: "%.0f", c.requestsPerSecond), String(format: "%.0f", c.fuelPerRequest),
                         String(format: "%.1f", c.hostCallsPerRequest), String(format: "%.1f", c.callbacksPerRequest)])
        }
        if let skipped = nativeSkipped { rows.append([BenchConfiguration.native.label, "skipped: \(skipped)", "", "", "", "", "", ""]) }
        lines += BenchReport.table(rows)
        lines.append("")
        if let o = overhead(against: .noFilter) {
            lines.append("overhead of (c) vs (a) no filter:      p50 ×\(BenchReport.ratio(o.p50)), p99 ×\(BenchReport.ratio(o.p99)), time per request ×\(BenchReport.ratio(o.throughput))")
        }
        if let o = overhead(against: .native) {
            lines.append("overhead of (c) vs (b) native filter:  p50 ×\(BenchReport.ratio(o.p50)), p99 ×\(BenchReport.ratio(o.p99)), time per request ×\(BenchReport.ratio(o.throughput))"
                         + (nativeAgrees == false ? " (WARNING: the native filter's output differs from the plugin's)" : ""))
        }
        if let h = hostCall {
            lines.append(String(format: "host call round trip: %.1f ns through the MockHost (proxy_get_log_level), %.1f ns in the engine alone (raw host function); MockHost dispatch %.1f ns (%d calls per callback)",
                                h.mockHostNanoseconds, h.engineNanoseconds, h.dispatchNanoseconds, h.calls))
        } else if let skipped = hostCallSkipped {
            lines.append("host call round trip: skipped (\(skipped))")
        }
        lines.append("machine: \(environment.line)")
        if environment.build == "debug" { lines.append("note: a debug build; build with 'swift build -c release' for representative figures") }
        return lines
    }

    static func ratio(_ r: Double) -> String { r.isFinite ? String(format: "%.2f", r) : "-" }

    /// A plain-text table: first column left-aligned, others right-aligned.
    static func table(_ rows: [[String]]) -> [String] {
        let widths = (0..<rows[0].count).map { k in rows.map { $0[k].count }.max() ?? 0 }
        return rows.enumerated().flatMap { (i, row) -> [String] in
            let line = row.enumerated().map { (k, cell) -> String in
                let pad = String(repeating: " ", count: widths[k] - cell.count)
                return k == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
            let trimmed = String(line.reversed().drop(while: { $0 == " " }).reversed())
            return i == 0 ? [trimmed, String(repeating: "-", count: trimmed.count)] : [trimmed]
        }
    }

    // MARK: JSON

    public var json: JSONValue {
        func number(_ v: Double, _ decimals: Double = 1000) -> JSONValue { v.isFinite ? .double((v * decimals).rounded() / decimals) : .null }
        func overheadJSON(_ o: Overhead?) -> JSONValue {
            guard let o else { return .null }
            return .object([("p50", number(o.p50)), ("p99", number(o.p99)), ("timePerRequest", number(o.throughput))])
        }
        let configs: [JSONValue] = configurations.map { c in
            .object([
                ("id", .string(c.id.rawValue)), ("label", .string(c.id.label)),
                ("p50Us", number(c.p50)), ("p90Us", number(c.p90)), ("p99Us", number(c.p99)), ("meanUs", number(c.mean)),
                ("requestsPerSecond", number(c.requestsPerSecond, 1)), ("fuelPerRequest", number(c.fuelPerRequest, 1)),
                ("hostCallsPerRequest", number(c.hostCallsPerRequest, 100)), ("callbacksPerRequest", number(c.callbacksPerRequest, 100)),
                ("rounds", .array(c.rounds.map { r in
                    .object([("p50Us", number(r.latency.p50)), ("p90Us", number(r.latency.p90)), ("p99Us", number(r.latency.p99)),
                             ("meanUs", number(r.latency.mean)), ("requestsPerSecond", number(r.requestsPerSecond, 1))])
                })),
            ])
        }
        let host: JSONValue = hostCall.map { h in
            .object([("calls", .int(h.calls)), ("mockHostNs", number(h.mockHostNanoseconds, 10)),
                     ("engineNs", number(h.engineNanoseconds, 10)), ("dispatchNs", number(h.dispatchNanoseconds, 10))])
        } ?? .null
        return .object([
            ("plugin", .object([("file", .string(file)), ("path", .string(path)), ("bytes", .int(bytes)), ("sha256", .string(sha256))])),
            ("requests", .int(requests)), ("rounds", .int(rounds)), ("warmupRequests", .int(warmupRequests)),
            ("workload", .string(workload)), ("expectationsPassed", expectationsPassed.map { .int($0) } ?? .null),
            ("fuelMetering", .bool(limits.fuelMetering)), ("fuelPerCallback", limits.fuel.map { .int($0) } ?? .null),
            ("configurations", .array(configs)),
            ("nativeSkipped", .string(nativeSkipped)), ("nativeAgrees", nativeAgrees.map { .bool($0) } ?? .null),
            ("overhead", .object([("vsNoFilter", overheadJSON(overhead(against: .noFilter))), ("vsNative", overheadJSON(overhead(against: .native)))])),
            ("hostCall", host), ("hostCallSkipped", .string(hostCallSkipped)),
            ("machine", environment.json),
        ])
    }
}

/// Where the benchmark ran.
public struct BenchEnvironment: Sendable {
    public var system: String
    public var cpu: String
    public var cores: Int
    /// "release" or "debug".
    public var build: String
    public var date: String

    static func current() -> BenchEnvironment {
        var cpu = "unknown CPU"
        if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            cpu = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        #if DEBUG
        let build = "debug"
        #else
        let build = "release"
        #endif
        return BenchEnvironment(system: ProcessInfo.processInfo.operatingSystemVersionString, cpu: cpu,
                                cores: ProcessInfo.processInfo.activeProcessorCount, build: build,
                                date: ISO8601DateFormatter().string(from: Date()))
    }

    var line: String { "\(system); \(cpu), \(cores) cores; \(build) build; \(date)" }

    var json: JSONValue {
        .object([("system", .string(system)), ("cpu", .string(cpu)), ("cores", .int(cores)), ("build", .string(build)), ("date", .string(date))])
    }
}
