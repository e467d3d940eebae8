/// The translated code of consecutive defined functions in one buffer: what
/// `FunctionTranslator` appends each function to, and what `Module` copies into the code
/// memory it owns.
struct TranslatedCode {
    /// Where one function's code sits in `code`, and its frame layout.
    struct Function {
        var codeStart: Int
        var codeCount: Int
        /// Slots the frame needs from its frame pointer (see `CompiledFunction.frameSize`).
        var frameSize: Int
        var localsStart: Int
        var localsCount: Int
    }

    var code: [Instruction] = []
    /// Module byte offset of the Wasm operator each instruction came from.
    var wasmOffsets: [Int32] = []
    var functions: [Function] = []

    mutating func append(code: [Instruction], wasmOffsets: [Int32], frameSize: Int, localsStart: Int, localsCount: Int) {
        functions.append(Function(codeStart: self.code.count, codeCount: code.count, frameSize: frameSize,
                                  localsStart: localsStart, localsCount: localsCount))
        self.code.append(contentsOf: code)
        self.wasmOffsets.append(contentsOf: wasmOffsets)
    }
}
