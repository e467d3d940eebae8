/// A small, fast, seedable generator (SplitMix64). Every campaign is reproducible from its
/// seed: the same seed and options give the same inputs on every platform.
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for sub-task `index` of a campaign seeded with `seed`.
    static func derived(seed: UInt64, index: UInt64) -> FuzzRandom {
        var r = FuzzRandom(seed: seed ^ (index &* 0x9E37_79B9_7F4A_7C15))
        _ = r.next()
        return r
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<n` (n > 0).
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next() % UInt64(n))
    }

    /// True with probability `numerator / denominator`.
    mutating func chance(_ numerator: Int, in denominator: Int) -> Bool { below(denominator) < numerator }

    mutating func byte() -> UInt8 { UInt8(truncatingIfNeeded: next()) }

    mutating func u32() -> UInt32 { UInt32(truncatingIfNeeded: next()) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    mutating func bytes(_ count: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(count)
        while out.count < count {
            var v = next()
            for _ in 0..<min(8, count - out.count) {
                out.append(UInt8(truncatingIfNeeded: v))
                v >>= 8
            }
        }
        return out
    }

    /// A size biased towards small values: mostly < 16, sometimes up to `max`.
    mutating func smallSize(max: Int) -> Int {
        switch below(8) {
        case 0..<5: return below(Swift.min(16, max + 1))
        case 5, 6: return below(Swift.min(256, max + 1))
        default: return below(max + 1)
        }
    }
}
