/// An ordered header multimap as Envoy stores it: keys lower-cased, insertion order kept,
/// duplicates allowed. Keys and values are bytes (headers need not be UTF-8).
public struct HeaderMap: Equatable, Sendable, CustomStringConvertible, ExpressibleByDictionaryLiteral {
    public struct Entry: Equatable, Sendable {
        public var key: [UInt8]
        public var value: [UInt8]
        public var keyString: String { String(decoding: key, as: UTF8.self) }
        public var valueString: String { String(decoding: value, as: UTF8.self) }
    }

    public private(set) var entries: [Entry] = []
    /// Total bytes of keys and values, kept up to date on every change.
    public private(set) var byteSize = 0

    public init() {}

    /// From (name, value) pairs; names are lower-cased.
    public init(_ pairs: [(String, String)]) {
        for (k, v) in pairs { add(k, v) }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    static func lowercased(_ key: [UInt8]) -> [UInt8] {
        key.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
    }

    /// The first value for `key` (case-insensitive), as Envoy's `get` returns.
    public func value(_ key: String) -> String? {
        value(bytes: Array(key.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    public func value(bytes key: [UInt8]) -> [UInt8]? {
        let k = HeaderMap.lowercased(key)
        return entries.first { $0.key == k }?.value
    }

    /// All values for `key`.
    public func values(_ key: String) -> [String] {
        let k = HeaderMap.lowercased(Array(key.utf8))
        return entries.filter { $0.key == k }.map(\.valueString)
    }

    public mutating func add(_ key: String, _ value: String) {
        add(bytes: Array(key.utf8), Array(value.utf8))
    }

    public mutating func add(bytes key: [UInt8], _ value: [UInt8]) {
        entries.append(Entry(key: HeaderMap.lowercased(key), value: value))
        byteSize += key.count + value.count
    }

    /// Replaces the first value of `key` and removes the others; adds it when absent.
    public mutating func replace(bytes key: [UInt8], _ value: [UInt8]) {
        let k = HeaderMap.lowercased(key)
        if let first = entries.firstIndex(where: { $0.key == k }) {
            byteSize += value.count - entries[first].value.count
            entries[first].value = value
            if entries[(first + 1)...].contains(where: { $0.key == k }) {
                var kept: [Entry] = Array(entries[...first])
                for e in entries[(first + 1)...] {
                    if e.key == k { byteSize -= e.key.count + e.value.count } else { kept.append(e) }
                }
                entries = kept
            }
        } else {
            entries.append(Entry(key: k, value: value))
            byteSize += k.count + value.count
        }
    }

    public mutating func replace(_ key: String, _ value: String) {
        replace(bytes: Array(key.utf8), Array(value.utf8))
    }

    /// Removes every entry of `key`.
    public mutating func remove(bytes key: [UInt8]) {
        let k = HeaderMap.lowercased(key)
        entries.removeAll {
            if $0.key == k { byteSize -= $0.key.count + $0.value.count; return true }
            return false
        }
    }

    public mutating func remove(_ key: String) { remove(bytes: Array(key.utf8)) }

    /// Total bytes of keys and values (what Envoy's `proxy_get_header_map_size` reports).

    public var pairs: [(String, String)] { entries.map { ($0.keyString, $0.valueString) } }

    public var description: String {
        entries.map { "\($0.keyString): \($0.valueString)" }.joined(separator: "\n")
    }

    public static func == (a: HeaderMap, b: HeaderMap) -> Bool { a.entries == b.entries }
}

/// The proxy-wasm "pairs" serialization of a header map, with Envoy's limits.
///
/// Layout (little-endian): u32 pair count; per pair u32 key length and u32 value length;
/// then per pair the key bytes, NUL, the value bytes, NUL.
public enum PairsSerialization {
    /// Envoy's limits (`proxy-wasm-cpp-host` limits.h): 1 MiB and 1024 pairs.
    public static let maxBytes = 1 << 20
    public static let maxPairs = 1024

    public static func serialize(_ map: HeaderMap) -> [UInt8] {
        serialize(map.entries.map { ($0.key, $0.value) })
    }

    public static func serialize(_ pairs: [([UInt8], [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4 + pairs.count * 10 + pairs.reduce(0) { $0 + $1.0.count + $1.1.count })
        appendU32(&out, UInt32(truncatingIfNeeded: pairs.count))
        for (k, v) in pairs {
            appendU32(&out, UInt32(truncatingIfNeeded: k.count))
            appendU32(&out, UInt32(truncatingIfNeeded: v.count))
        }
        for (k, v) in pairs {
            out.append(contentsOf: k); out.append(0)
            out.append(contentsOf: v); out.append(0)
        }
        return out
    }

    /// Parses a pairs buffer. Returns nil when it is malformed or beyond Envoy's limits
    /// (Envoy then silently uses an empty map). An empty buffer is an empty map.
    public static func deserialize(_ bytes: [UInt8]) -> [([UInt8], [UInt8])]? {
        if bytes.isEmpty { return [] }
        guard bytes.count <= maxBytes, bytes.count >= 4 else { return nil }
        let count = Int(readU32(bytes, 0))
        guard count <= maxPairs else { return nil }
        // Header of lengths must fit before reading any of them.
        let headerEnd = 4 + count * 8
        guard headerEnd <= bytes.count else { return nil }
        var position = headerEnd
        var pairs: [([UInt8], [UInt8])] = []
        pairs.reserveCapacity(count)
        for i in 0..<count {
            let keyLength = Int(readU32(bytes, 4 + i * 8))
            let valueLength = Int(readU32(bytes, 8 + i * 8))
            // Key, NUL, value, NUL must all fit (lengths are checked before slicing).
            guard keyLength <= bytes.count, valueLength <= bytes.count,
                  position + keyLength + 1 + valueLength + 1 <= bytes.count else { return nil }
            let key = Array(bytes[position..<position + keyLength])
            position += keyLength
            guard bytes[position] == 0 else { return nil }
            position += 1
            let value = Array(bytes[position..<position + valueLength])
            position += valueLength
            guard bytes[position] == 0 else { return nil }
            position += 1
            pairs.append((key, value))
        }
        guard position == bytes.count else { return nil }
        return pairs
    }

    static func appendU32(_ out: inout [UInt8], _ v: UInt32) {
        out.append(UInt8(truncatingIfNeeded: v))
        out.append(UInt8(truncatingIfNeeded: v >> 8))
        out.append(UInt8(truncatingIfNeeded: v >> 16))
        out.append(UInt8(truncatingIfNeeded: v >> 24))
    }

    static func readU32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }
}
