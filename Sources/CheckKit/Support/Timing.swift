import Foundation

extension Duration {
    /// The duration in milliseconds, as a floating-point number.
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }
}

/// Measures how long `body` takes on the continuous clock.
@inline(__always)
func measure<T>(_ body: () throws -> T) rethrows -> (value: T, duration: Duration) {
    let start = ContinuousClock.now
    let value = try body()
    return (value, ContinuousClock.now - start)
}

/// Simple statistics over per-call measurements.
enum Statistics {
    /// The median (mean of the two middle values for an even count); nil when empty.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// Milliseconds for people: 3 decimals from 1 ms up, 6 below (so sub-microsecond calls
/// do not print as zero).
func formatMilliseconds(_ ms: Double) -> String {
    String(format: ms >= 1 ? "%.3f" : "%.6f", ms)
}

/// Milliseconds for JSON: rounded to the nanosecond.
func roundedMilliseconds(_ ms: Double) -> Double {
    (ms * 1_000_000).rounded() / 1_000_000
}
