import Interpreter

/// Builds the tiny modules `ImportProbe` loads into a MockHost: a proxy-wasm plugin with
/// nothing but an ABI marker, an allocator, a memory and the imports to ask about.
enum ProbeModule {
    /// A module declaring `abiMarker` that imports each (module, name, type) as a function.
    static func bytes(abiMarker: String, imports: [(module: String, name: String, type: FunctionType)]) -> [UInt8] {
        var types: [[UInt8]] = [functionType(FunctionType()), functionType(FunctionType(parameters: [.i32], results: [.i32]))]
        var importEntries: [[UInt8]] = []
        for (k, imp) in imports.enumerated() {
            types.append(functionType(imp.type))
            importEntries.append(name(imp.module) + name(imp.name) + [0x00] + uleb(UInt64(k + 2)))
        }
        let marker = UInt64(imports.count), malloc = marker + 1
        var out: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
        out += section(1, vector(types))
        if !importEntries.isEmpty { out += section(2, vector(importEntries)) }
        out += section(3, vector([[0x00], [0x01]]))
        out += section(5, vector([[0x00, 0x01]]))
        out += section(7, vector([
            name(abiMarker) + [0x00] + uleb(marker),
            name("malloc") + [0x00] + uleb(malloc),
            name("memory") + [0x02, 0x00],
        ]))
        // () -> (): end.  (i32) -> i32: i32.const 16, end.
        out += section(10, vector([[0x02, 0x00, 0x0B], [0x04, 0x00, 0x41, 0x10, 0x0B]]))
        return out
    }

    static func uleb(_ value: UInt64) -> [UInt8] { LEB128.unsigned(value) }

    static func name(_ s: String) -> [UInt8] { uleb(UInt64(s.utf8.count)) + Array(s.utf8) }

    static func section(_ id: UInt8, _ content: [UInt8]) -> [UInt8] { [id] + uleb(UInt64(content.count)) + content }

    static func vector(_ items: [[UInt8]]) -> [UInt8] { uleb(UInt64(items.count)) + items.flatMap { $0 } }

    static func functionType(_ t: FunctionType) -> [UInt8] {
        [0x60] + uleb(UInt64(t.parameters.count)) + t.parameters.map(\.rawValue)
            + uleb(UInt64(t.results.count)) + t.results.map(\.rawValue)
    }
}
