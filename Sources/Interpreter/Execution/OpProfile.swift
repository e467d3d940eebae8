#if PROFILE_OPS
/// Dynamic instruction and instruction-pair counts, for tuning the translator. Compiled in
/// only with `-Xswiftc -DPROFILE_OPS`; never in normal builds.
public enum OpProfile {
    nonisolated(unsafe) static var counts = [Int](repeating: 0, count: 1024)
    nonisolated(unsafe) static var pairs = [Int](repeating: 0, count: 1024 * 1024)
    nonisolated(unsafe) static var previous = 0

    @inline(__always)
    static func record(_ op: Op) {
        let o = Int(op.rawValue)
        counts[o] += 1
        pairs[previous * 1024 + o] += 1
        previous = o
    }

    /// The most frequent instructions and pairs, as text.
    public static func report(top: Int = 25) -> String {
        let total = counts.reduce(0, +)
        var lines = ["\(total) instructions"]
        func percent(_ c: Int) -> String {
            let tenths = c * 1000 / max(total, 1)
            return "\(tenths / 10).\(tenths % 10)%"
        }
        func name(_ o: Int) -> String {
            guard let op = Op(rawValue: UInt16(o)) else { return "?" }
            return "\(op)"
        }
        let sortedCounts: [(offset: Int, element: Int)] = counts.enumerated().sorted { $0.element > $1.element }
        for (o, c) in sortedCounts.prefix(top) where c > 0 {
            lines.append("  \(percent(c))  \(name(o))")
        }
        lines.append("pairs:")
        let sortedPairs: [(offset: Int, element: Int)] = pairs.enumerated().sorted { $0.element > $1.element }
        for (k, c) in sortedPairs.prefix(top) where c > 0 {
            lines.append("  \(percent(c))  \(name(k / 1024)) → \(name(k % 1024))")
        }
        return lines.joined(separator: "\n")
    }

    public static func reset() {
        counts = [Int](repeating: 0, count: 1024)
        pairs = [Int](repeating: 0, count: 1024 * 1024)
    }
}
#endif
