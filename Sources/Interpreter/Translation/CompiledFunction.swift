/// A defined function after translation, in module-owned memory that never moves.
struct CompiledFunction {
    /// Slots every frame has beyond its temporaries, so entry can zero a small fixed number
    /// of local slots unconditionally (no loop, no call) even when it has fewer locals.
    static let zeroedPadding = 4

    var code: UnsafeMutablePointer<Instruction>
    /// Module byte offset of the Wasm operator each instruction came from (for backtraces).
    var wasmOffsets: UnsafeMutablePointer<Int32>
    var codeCount: Int
    /// Slots the frame needs from its frame pointer (params/results, locals, temporaries).
    var frameSize: Int
    /// First slot of the declared (non-parameter) locals, which are zeroed on entry.
    var localsStart: Int
    var localsCount: Int
    /// Index in the module's function index space (imports included).
    var functionIndex: Int
    var typeIndex: Int
    var parameterCount: Int
    var resultCount: Int
}
