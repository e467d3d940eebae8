import Interpreter

extension RunReport {
    /// The report as text lines:
    ///
    /// ```
    /// i32:42                      one line per result (see `ValueFormatter`), or
    /// trap: unreachable           the trap message, then its backtrace,
    /// 0: 0x2e - fail              innermost frame first: index, byte offset, function name
    /// ```
    ///
    /// With `timings`, four more lines follow:
    ///
    /// ```
    /// load: 0.412 ms (decode, validate, translate, instantiate)
    /// median: 13.500 ms per call (5 calls)
    /// min: 13.211 ms per call
    /// fuel: 77500000 per call
    /// ```
    public func textLines(timings: Bool) -> [String] {
        var lines: [String] = []
        if let trap {
            lines.append("trap: \(trap.message)")
            if !trap.backtrace.isEmpty { lines.append(contentsOf: trap.formattedBacktrace.split(separator: "\n").map(String.init)) }
        } else {
            lines.append(contentsOf: results.map(ValueFormatter.line))
        }
        guard timings else { return lines }
        lines.append("load: \(formatMilliseconds(loadMilliseconds)) ms (decode, validate, translate, instantiate)")
        if let median = medianMilliseconds, let minimum = minimumMilliseconds {
            let calls = callTimes.count
            lines.append("median: \(formatMilliseconds(median)) ms per call (\(calls) call\(calls == 1 ? "" : "s"))")
            lines.append("min: \(formatMilliseconds(minimum)) ms per call")
        } else {
            lines.append("median: - (no call made)")
            lines.append("min: - (no call made)")
        }
        if let low = callFuel.min(), let high = callFuel.max(), low != high {
            lines.append("fuel: \(low)..\(high) per call (varies; last call \(fuelUsed))")
        } else {
            lines.append("fuel: \(fuelUsed) per call")
        }
        return lines
    }
}
