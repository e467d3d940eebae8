import Foundation
import Interpreter

extension RunReport {
    /// The report as one JSON object on one line, keys sorted:
    ///
    /// ```
    /// {"calls":1,"fuelUsed":5,"loadMs":0.25,"medianMs":0.001,"minMs":0.001,
    ///  "results":[{"bits":"0x0000002a","type":"i32","value":"42"}],"trap":null}
    /// ```
    ///
    /// - `results`: one object per result: `type` (`i32`, `i64`, `f32`, `f64`, `funcref`,
    ///   `externref`), `value` (a string, exactly as in text output: signed decimal for
    ///   integers, shortest round-trip decimal / `inf` / `nan:0x...` for floats, `null` or a
    ///   number for references) and, for numeric types, `bits` (the exact bit pattern, `0x`
    ///   and 8 or 16 hex digits). Empty after a trap.
    /// - `trap`: null, or `kind` (stable identifier such as `out_of_fuel`), `message`,
    ///   `phase` (`instantiation` or `invocation`), `backtrace` (innermost first:
    ///   `index` = function index, `name`, `offset` = byte offset in the module) and
    ///   `memoryAccess` (null, or `address`, `length`, `memorySize` of an out-of-bounds access).
    /// - `loadMs`: decode + validate + translate + instantiate, in ms.
    /// - `medianMs`, `minMs`: per call, in ms; null when no call was made.
    /// - `fuelUsed`: fuel used by the last call (by the start function if instantiation trapped).
    /// - `calls`: number of calls made (fewer than `--repeat` when a call trapped).
    public func jsonText() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs cannot fail.
        let data = (try? encoder.encode(JSONReport(self))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// The JSON shape of a `RunReport` (nulls written explicitly so every key is always present).
private struct JSONReport: Encodable {
    struct Result: Encodable {
        var type: String
        var value: String
        var bits: String?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
            try c.encode(value, forKey: .value)
            try c.encodeIfPresent(bits, forKey: .bits)
        }
        enum CodingKeys: String, CodingKey { case type, value, bits }
    }
    struct Frame: Encodable {
        var index: Int
        var name: String
        var offset: Int
    }
    struct MemoryAccess: Encodable {
        var address: UInt64
        var length: UInt64
        var memorySize: UInt64
    }
    struct TrapInfo: Encodable {
        var kind: String
        var message: String
        var phase: String
        var backtrace: [Frame]
        var memoryAccess: MemoryAccess?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(message, forKey: .message)
            try c.encode(phase, forKey: .phase)
            try c.encode(backtrace, forKey: .backtrace)
            try c.encode(memoryAccess, forKey: .memoryAccess)
        }
        enum CodingKeys: String, CodingKey { case kind, message, phase, backtrace, memoryAccess }
    }

    var results: [Result]
    var trap: TrapInfo?
    var loadMs: Double
    var medianMs: Double?
    var minMs: Double?
    var fuelUsed: UInt64
    var calls: Int

    init(_ report: RunReport) {
        results = report.results.map {
            Result(type: $0.type.description, value: ValueFormatter.valueText($0), bits: ValueFormatter.bitsText($0))
        }
        trap = report.trap.map { trap in
            TrapInfo(kind: trap.kind.identifier, message: trap.message,
                     phase: (report.trapPhase ?? .invocation).rawValue,
                     backtrace: trap.backtrace.map { Frame(index: $0.functionIndex, name: $0.name, offset: $0.offset) },
                     memoryAccess: trap.memoryAccess.map { MemoryAccess(address: $0.address, length: $0.length, memorySize: $0.memorySize) })
        }
        loadMs = roundedMilliseconds(report.loadMilliseconds)
        medianMs = report.medianMilliseconds.map(roundedMilliseconds)
        minMs = report.minimumMilliseconds.map(roundedMilliseconds)
        fuelUsed = report.fuelUsed
        calls = report.callTimes.count
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(results, forKey: .results)
        try c.encode(trap, forKey: .trap)
        try c.encode(loadMs, forKey: .loadMs)
        try c.encode(medianMs, forKey: .medianMs)
        try c.encode(minMs, forKey: .minMs)
        try c.encode(fuelUsed, forKey: .fuelUsed)
        try c.encode(calls, forKey: .calls)
    }
    enum CodingKeys: String, CodingKey { case results, trap, loadMs, medianMs, minMs, fuelUsed, calls }
}
