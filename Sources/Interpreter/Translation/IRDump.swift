extension Module {
    /// The translated register IR of a defined function, one instruction per line (for
    /// diagnosing the translator; the format is not stable). Translates it if it was not yet.
    public func translatedCode(functionIndex: Int) -> String? {
        let defined = functionIndex - structure.importedFunctionCount
        guard defined >= 0, defined < definedFunctionCount else { return nil }
        if let error = translateLazily(defined) { return "func[\(functionIndex)]: \(error)" }
        let f = compiled[defined]
        var lines = ["func[\(functionIndex)] \(functionName(functionIndex)): frame \(f.frameSize) slots, locals \(f.localsStart)..<\(f.localsStart + f.localsCount)"]
        for k in 0..<f.codeCount {
            let i = f.code[k]
            lines.append("  \(k): \(i.op) r=\(i.r) a=\(i.a) b=\(i.b)\(i.aux != 0 ? " aux=\(i.aux)" : "")  @0x\(String(f.wasmOffsets[k], radix: 16))")
        }
        return lines.joined(separator: "\n")
    }
}
