#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory for functions translated one at a time (lazy translation): code is appended to
/// chunks that never move, since calls and return addresses point into it. A function
/// larger than a chunk gets a chunk of its own.
final class CodeArena: TranslatedCodeSink {
    /// Instructions per ordinary chunk (384 KiB of code and 64 KiB of offsets).
    static let chunkInstructions = 1 << 14

    private struct Chunk {
        var code: UnsafeMutablePointer<Instruction>
        var wasmOffsets: UnsafeMutablePointer<Int32>
        var capacity: Int
    }

    private var chunks: [Chunk] = []
    /// Instructions used in the last chunk.
    private var used = 0
    /// Instructions appended in all.
    private(set) var instructionCount = 0
    /// Where `append` put a function, and its frame layout.
    struct Placement {
        var code: UnsafeMutablePointer<Instruction>
        var wasmOffsets: UnsafeMutablePointer<Int32>
        var codeCount: Int
        var frameSize: Int
        var localsStart: Int
        var localsCount: Int
    }

    /// The function `append` placed last.
    private(set) var last: Placement?

    init() {}

    deinit {
        for chunk in chunks {
            free(chunk.code)
            free(chunk.wasmOffsets)
        }
    }

    /// Copies one translated function into the arena and links its handlers.
    func append(code: UnsafeBufferPointer<Instruction>, wasmOffsets: UnsafeBufferPointer<Int32>,
                frameSize: Int, localsStart: Int, localsCount: Int) {
        let count = code.count
        if chunks.isEmpty || chunks[chunks.count - 1].capacity - used < count {
            let capacity = max(count, Self.chunkInstructions)
            // Sizes come from a translated body (bounded by `maxFunctionBodyBytes`).
            guard let rawCode = malloc(capacity * MemoryLayout<Instruction>.stride),
                  let rawOffsets = malloc(capacity * MemoryLayout<Int32>.stride) else {
                fatalError("out of memory (\(capacity) translated instructions)")
            }
            let chunk = Chunk(code: rawCode.bindMemory(to: Instruction.self, capacity: capacity),
                              wasmOffsets: rawOffsets.bindMemory(to: Int32.self, capacity: capacity),
                              capacity: capacity)
            chunks.append(chunk)
            used = 0
        }
        let chunk = chunks[chunks.count - 1]
        let destination = chunk.code + used
        let offsets = chunk.wasmOffsets + used
        // Both element types are trivial: initialising is a copy of the bytes.
        if let base = code.baseAddress { destination.initialize(from: base, count: count) }
        if let base = wasmOffsets.baseAddress { offsets.initialize(from: base, count: min(count, wasmOffsets.count)) }
        HandlerTable.link(destination, count: count)
        last = Placement(code: destination, wasmOffsets: offsets, codeCount: count, frameSize: frameSize,
                         localsStart: localsStart, localsCount: localsCount)
        used += count
        instructionCount += count
    }
}
