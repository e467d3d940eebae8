import Foundation

/// Per-request latencies of one configuration in one round, summarised.
public struct LatencySummary: Sendable {
    /// Percentiles and mean of the per-request latency, in microseconds.
    public var p50: Double
    public var p90: Double
    public var p99: Double
    public var mean: Double

    /// From latencies in nanoseconds (nearest-rank percentiles). Sorts `nanoseconds`.
    init(nanoseconds: inout [UInt64]) {
        nanoseconds.sort()
        func percentile(_ p: Double) -> Double {
            guard !nanoseconds.isEmpty else { return .nan }
            let rank = Int((p * Double(nanoseconds.count)).rounded(.up))
            return Double(nanoseconds[min(max(rank, 1), nanoseconds.count) - 1]) / 1_000
        }
        p50 = percentile(0.50)
        p90 = percentile(0.90)
        p99 = percentile(0.99)
        let total = nanoseconds.reduce(0.0) { $0 + Double($1) }
        mean = nanoseconds.isEmpty ? .nan : total / Double(nanoseconds.count) / 1_000
    }
}

/// Monotonic nanoseconds (cheap enough to read around every request).
@inline(__always)
func benchNanoseconds() -> UInt64 {
    DispatchTime.now().uptimeNanoseconds
}

extension Statistics {
    /// The median of a non-empty series, nan when empty.
    static func medianOrNaN(_ values: [Double]) -> Double { median(values.filter { !$0.isNaN }) ?? .nan }
}
