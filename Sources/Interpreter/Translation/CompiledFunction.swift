/// A defined function as calls see it, in module-owned memory that never moves: its
/// translated code, or, until its first call when translation is lazy, a one-instruction
/// stub that translates it (`LazyTranslation`).
///
/// The fields a call reads come first, so they share a cache line.
struct CompiledFunction {
    /// Slots every frame has beyond its temporaries, so entry can zero a small fixed number
    /// of local slots unconditionally (no loop, no call) even when it has fewer locals.
    static let zeroedPadding = 4

    /// Where calls enter: `code`, or just after its first instruction when that is the
    /// entry block's `fuel` instruction, whose cost the call charges itself (`entryCost`).
    var entry: UnsafeMutablePointer<Instruction>
    /// Fuel a call charges on entry (the skipped `fuel` instruction's cost, else 0).
    var entryCost: Int64
    /// Slots the frame needs from its frame pointer (params/results, locals, temporaries).
    var frameSize: Int
    /// First slot of the declared (non-parameter) locals, which are zeroed on entry.
    var localsStart: Int
    var localsCount: Int
    var code: UnsafeMutablePointer<Instruction>
    /// Module byte offset of the Wasm operator each instruction came from (for backtraces).
    var wasmOffsets: UnsafeMutablePointer<Int32>
    var codeCount: Int
    /// Index in the module's function index space (imports included).
    var functionIndex: Int
    var typeIndex: Int
    var parameterCount: Int
    var resultCount: Int

    /// A translated function; calls enter past its entry `fuel` instruction, if any, and
    /// charge that block themselves (the cost model is unchanged: the entry block is paid
    /// once per call).
    init(code: UnsafeMutablePointer<Instruction>, wasmOffsets: UnsafeMutablePointer<Int32>, codeCount: Int,
         frameSize: Int, localsStart: Int, localsCount: Int,
         functionIndex: Int, typeIndex: Int, parameterCount: Int, resultCount: Int) {
        if codeCount > 0, code[0].op == .fuel, code[0].a >= 0 {
            entry = code + 1
            entryCost = Int64(code[0].a)
        } else {
            entry = code
            entryCost = 0
        }
        self.code = code
        self.wasmOffsets = wasmOffsets
        self.codeCount = codeCount
        self.frameSize = frameSize
        self.localsStart = localsStart
        self.localsCount = localsCount
        self.functionIndex = functionIndex
        self.typeIndex = typeIndex
        self.parameterCount = parameterCount
        self.resultCount = resultCount
    }
}
