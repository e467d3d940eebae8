import Foundation

/// The neutral description of a value type, shared by both engines' adapters (each adapter
/// file imports only its own engine, so their `ValueType`s never meet).
enum ValueKind: String {
    case i32, i64, f32, f64, v128, funcref, externref
}

/// A function import of a module: where it comes from and its signature.
struct FunctionImport {
    var module: String
    var name: String
    var parameters: [ValueKind]
    var results: [ValueKind]
}

/// A failure the benchmark reports as one line (bad input, a wrong checksum...).
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Monotonic nanoseconds.
@inline(__always)
func monotonicNanoseconds() -> UInt64 {
    DispatchTime.now().uptimeNanoseconds
}

/// Milliseconds `body` takes.
@inline(__always)
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = monotonicNanoseconds()
    try body()
    return Double(monotonicNanoseconds() - start) / 1e6
}

/// Median and minimum of a series of measurements.
struct Sample {
    var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var min: Double { values.min() ?? .nan }
}

/// The geometric mean of positive ratios (nan when empty).
func geometricMean(_ values: [Double]) -> Double {
    let usable = values.filter { $0 > 0 && $0.isFinite }
    guard !usable.isEmpty else { return .nan }
    return exp(usable.map { log($0) }.reduce(0, +) / Double(usable.count))
}

/// Writes a progress line to standard error.
func progress(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// A number for tables: 3 significant-ish decimals for small values, fewer for large ones.
func format(_ value: Double, decimals: Int? = nil) -> String {
    guard value.isFinite else { return "-" }
    let d = decimals ?? (value >= 100 ? 1 : value >= 10 ? 2 : 3)
    return String(format: "%.\(d)f", value)
}

/// A ratio for tables: two decimals.
func formatRatio(_ value: Double) -> String {
    value.isFinite ? String(format: "%.2f", value) : "-"
}

/// The `Benchmarks/` folder: two levels up from this file's folder.
var benchmarksDirectory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// The root of the proxy-wasm-check package (the parent of `Benchmarks/`).
var packageRoot: URL { benchmarksDirectory.deletingLastPathComponent() }

/// The bytes of a file, or a clear error.
func readBytes(_ url: URL) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: url.path) else {
        throw BenchError("cannot read \(url.path)")
    }
    return [UInt8](data)
}
