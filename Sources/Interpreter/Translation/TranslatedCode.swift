/// Where `FunctionTranslator` puts each function it translates: `TranslatedCode` (eager
/// translation, consecutive functions in one buffer) or `CodeArena` (lazy translation).
protocol TranslatedCodeSink: AnyObject {
    func append(code: UnsafeBufferPointer<Instruction>, wasmOffsets: UnsafeBufferPointer<Int32>,
                frameSize: Int, localsStart: Int, localsCount: Int)
}

/// The translated code of consecutive defined functions in one buffer: what
/// `FunctionTranslator` appends each function to when a module is translated eagerly.
/// `Module` keeps it as the code memory its `CompiledFunction`s point into (it never
/// changes after translation).
final class TranslatedCode: TranslatedCodeSink {
    /// Where one function's code sits in `code`, and its frame layout.
    struct Function {
        var codeStart: Int
        var codeCount: Int
        /// Slots the frame needs from its frame pointer (see `CompiledFunction.frameSize`).
        var frameSize: Int
        var localsStart: Int
        var localsCount: Int
    }

    private(set) var code: TrivialBuffer<Instruction>
    /// Module byte offset of the Wasm operator each instruction came from.
    private(set) var wasmOffsets: TrivialBuffer<Int32>
    private(set) var functions: [Function] = []

    /// An empty buffer expecting about `expectedInstructions` instructions.
    init(expectedInstructions: Int) {
        code = TrivialBuffer(capacity: expectedInstructions)
        wasmOffsets = TrivialBuffer(capacity: expectedInstructions)
    }

    func append(code: UnsafeBufferPointer<Instruction>, wasmOffsets: UnsafeBufferPointer<Int32>,
                frameSize: Int, localsStart: Int, localsCount: Int) {
        functions.append(Function(codeStart: self.code.count, codeCount: code.count, frameSize: frameSize,
                                  localsStart: localsStart, localsCount: localsCount))
        self.code.append(contentsOf: code)
        self.wasmOffsets.append(contentsOf: wasmOffsets)
    }
}
