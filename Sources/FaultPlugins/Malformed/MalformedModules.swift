import Interpreter
/// Broken module binaries, built byte by byte (no WAT tool can write them).
///
/// Each starts from `validPlugin()`, a minimal but loadable proxy-wasm 0.2.1 plugin, and
/// breaks one thing. Every module is small: counts and sizes that claim to be huge are
/// written as LEB128 numbers, never backed by a huge array (the nested-blocks module, about
/// 200 KB, is the largest).
public enum MalformedModules {
    // MARK: Encoding helpers

    /// Unsigned LEB128, minimal length.
    static func leb(_ value: UInt64) -> [UInt8] { LEB128.unsigned(value) }

    static func leb(_ value: Int) -> [UInt8] { leb(UInt64(value)) }

    /// A name: its length, then its bytes.
    static func name(_ s: String) -> [UInt8] { leb(s.utf8.count) + Array(s.utf8) }

    /// A section: id, size, content.
    static func section(_ id: UInt8, _ content: [UInt8]) -> [UInt8] { [id] + leb(content.count) + content }

    /// A vector: count, then the items.
    static func vector(_ items: [[UInt8]]) -> [UInt8] { leb(items.count) + items.flatMap { $0 } }

    static let header: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]

    static let i32: UInt8 = 0x7F
    static func functionType(_ params: Int, _ results: Int) -> [UInt8] {
        [0x60] + leb(params) + Array(repeating: i32, count: params) + leb(results) + Array(repeating: i32, count: results)
    }

    /// A function body: its size, then locals and code.
    static func body(_ localsAndCode: [UInt8]) -> [UInt8] { leb(localsAndCode.count) + localsAndCode }

    static let end: UInt8 = 0x0B

    // MARK: The valid plugin

    /// Types: 0 = () -> (), 1 = (i32) -> i32, 2 = (i32, i32) -> i32.
    static var typeSection: [UInt8] {
        section(1, vector([functionType(0, 0), functionType(1, 1), functionType(2, 1)]))
    }

    /// Functions: the ABI marker, malloc, proxy_on_vm_start, proxy_on_configure.
    static var functionSection: [UInt8] { section(3, vector([[0], [1], [2], [2]])) }

    /// One memory of 2 pages.
    static var memorySection: [UInt8] { section(5, vector([[0x00, 0x02]])) }

    static func exportSection(markerName: [UInt8] = name("proxy_abi_version_0_2_1")) -> [UInt8] {
        section(7, vector([
            name("memory") + [0x02, 0x00],
            markerName + [0x00, 0x00],
            name("malloc") + [0x00, 0x01],
            name("proxy_on_vm_start") + [0x00, 0x02],
            name("proxy_on_configure") + [0x00, 0x03],
        ]))
    }

    static var codeSection: [UInt8] {
        section(10, vector([
            body([0x00, end]),                               // marker: nothing
            body([0x00, 0x41, 0x80, 0x80, 0x04, end]),       // malloc: i32.const 65536
            body([0x00, 0x41, 0x01, end]),                   // proxy_on_vm_start: i32.const 1
            body([0x00, 0x41, 0x01, end]),                   // proxy_on_configure: i32.const 1
        ]))
    }

    /// A minimal, loadable proxy-wasm 0.2.1 plugin (the base the others break).
    public static func validPlugin() -> [UInt8] {
        header + typeSection + functionSection + memorySection + exportSection() + codeSection
    }

    // MARK: Broken modules

    /// The valid plugin cut in half (a download or copy that stopped).
    public static func truncated() -> [UInt8] {
        let bytes = validPlugin()
        return Array(bytes.prefix(bytes.count / 2))
    }

    /// The magic number `\0asm` with one byte wrong (`\0asn`).
    public static func badMagic() -> [UInt8] {
        var bytes = validPlugin()
        bytes[3] = 0x6E
        return bytes
    }

    /// Binary format version 2 instead of 1.
    public static func wrongVersion() -> [UInt8] {
        var bytes = validPlugin()
        bytes[4] = 0x02
        return bytes
    }

    /// The export section (7) before the function section (3): sections must come in order.
    public static func sectionsOutOfOrder() -> [UInt8] {
        header + typeSection + exportSection() + functionSection + memorySection + codeSection
    }

    /// The type section's count (3) written as a 6-byte LEB128 number: a u32 takes at most 5.
    public static func overlongLEB128() -> [UInt8] {
        let count: [UInt8] = [0x83, 0x80, 0x80, 0x80, 0x80, 0x00]
        let types = section(1, count + functionType(0, 0) + functionType(1, 1) + functionType(2, 1))
        return header + types + functionSection + memorySection + exportSection() + codeSection
    }

    /// A function section claiming 2^32 - 1 functions (followed by 4 bytes).
    public static func functionCountMax() -> [UInt8] {
        let functions = section(3, leb(UInt64(UInt32.max)) + [0, 1, 2, 2])
        return header + typeSection + functions + memorySection + exportSection() + codeSection
    }

    /// A function body declaring 2^32 - 1 i32 locals in one group.
    public static func localsMax() -> [UInt8] {
        header + typeSection + functionSection + memorySection + exportSection() + section(10, vector([
            body([0x01] + leb(UInt64(UInt32.max)) + [i32, end]),
            body([0x00, 0x41, 0x80, 0x80, 0x04, end]),
            body([0x00, 0x41, 0x01, end]),
            body([0x00, 0x41, 0x01, end]),
        ]))
    }

    /// A function body whose two local groups of 2^31 each add up to 2^32 locals: beyond
    /// what the format can express.
    public static func localsOverflow() -> [UInt8] {
        header + typeSection + functionSection + memorySection + exportSection() + section(10, vector([
            body([0x02] + leb(UInt64(1) << 31) + [i32] + leb(UInt64(1) << 31) + [i32, end]),
            body([0x00, 0x41, 0x80, 0x80, 0x04, end]),
            body([0x00, 0x41, 0x01, end]),
            body([0x00, 0x41, 0x01, end]),
        ]))
    }

    /// proxy_on_configure nests 100,000 empty blocks (`block ... end`): far beyond the
    /// engine's control-depth limit (16,384), which keeps validation's stacks bounded.
    public static func nestedBlocks(depth: Int = 100_000) -> [UInt8] {
        var code: [UInt8] = [0x00]
        code.reserveCapacity(3 * depth + 8)
        for _ in 0..<depth { code += [0x02, 0x40] }
        code += Array(repeating: end, count: depth)
        code += [0x41, 0x01, end]
        return header + typeSection + functionSection + memorySection + exportSection() + section(10, vector([
            body([0x00, end]),
            body([0x00, 0x41, 0x80, 0x80, 0x04, end]),
            body([0x00, 0x41, 0x01, end]),
            body(code),
        ]))
    }

    /// The ABI marker's export name contains invalid UTF-8 (`proxy_abi_version_0_2_1` with
    /// its last byte replaced by 0xFF, plus an unfinished two-byte sequence).
    public static func invalidUTF8Name() -> [UInt8] {
        var bad = Array("proxy_abi_version_0_2_".utf8)
        bad += [0xFF, 0xC3]
        return header + typeSection + functionSection + memorySection + exportSection(markerName: leb(bad.count) + bad) + codeSection
    }

    /// The memory section claims 0xFFFF bytes, far past the end of the module.
    public static func sectionSizePastEnd() -> [UInt8] {
        header + typeSection + functionSection + [0x05] + leb(0xFFFF) + vector([[0x00, 0x02]])
    }

    /// A function body whose size runs past the end of the code section.
    public static func bodySizePastEnd() -> [UInt8] {
        let bodies: [UInt8] = leb(4) + body([0x00, end]) + leb(1000) + [0x00, 0x41, 0x80, 0x80, 0x04, end]
            + body([0x00, 0x41, 0x01, end]) + body([0x00, 0x41, 0x01, end])
        return header + typeSection + functionSection + memorySection + exportSection() + section(10, bodies)
    }
}
