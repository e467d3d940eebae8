import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Translates every function body of a module (`FunctionTranslator`): in one run of
/// functions, or, when the code section is large, in runs translated in parallel. The result
/// is the same either way, and so is the error: that of the lowest-indexed invalid body.
enum FunctionTranslation {
    /// Code sections smaller than this are translated on the calling thread. Measured on
    /// two cores: below a few hundred KiB, parallel runs gain less than they cost, mostly
    /// in page faults (buffers made on worker threads come from their malloc arenas, which
    /// give memory back to the system when it is freed, so every load faults it in again).
    static let minimumParallelCodeBytes = 256 << 10
    /// Each run of functions translated in parallel holds at least this much code (except
    /// a last, smaller one).
    static let minimumRunCodeBytes = 8 << 10
    /// Runs per processor. One: more, smaller runs even out bodies of uneven cost, but
    /// fault in more fresh memory (eight runs on two cores: ten times the page faults).
    static let runsPerProcessor = 1

    /// The translated code of all defined functions, as consecutive runs of functions.
    static func translateAll(_ structure: ModuleStructure, context: ModuleContext,
                             bytes: UnsafeBufferPointer<UInt8>) throws(ModuleError) -> [TranslatedCode] {
        let runs = partition(structure.bodies, processors: processorCount)
        return try translate(structure, runs: runs, context: context, bytes: bytes)
    }

    /// Splits the code section into runs of consecutive functions of similar code size.
    /// One run when the code is smaller than `minimumParallelBytes` or there is a single
    /// processor.
    static func partition(_ bodies: [ModuleStructure.FunctionBody], processors: Int,
                          minimumParallelBytes: Int = minimumParallelCodeBytes) -> [Range<Int>] {
        let totalBytes = bodies.reduce(0) { $0 + ($1.codeEnd - $1.codeStart) }
        guard processors > 1, totalBytes >= minimumParallelBytes else { return [0..<bodies.count] }
        let runCount = min(totalBytes / minimumRunCodeBytes, processors * runsPerProcessor)
        let target = max(totalBytes / max(runCount, 1), minimumRunCodeBytes)
        var runs: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (i, body) in bodies.enumerated() {
            bytes += body.codeEnd - body.codeStart
            if bytes >= target {
                runs.append(start..<(i + 1))
                start = i + 1
                bytes = 0
            }
        }
        if start < bodies.count { runs.append(start..<bodies.count) }
        return runs
    }

    /// Translates each run (in parallel when there are several) and returns their code in
    /// order, or throws the error of the lowest-indexed invalid function.
    static func translate(_ structure: ModuleStructure, runs: [Range<Int>], context: ModuleContext,
                          bytes: UnsafeBufferPointer<UInt8>) throws(ModuleError) -> [TranslatedCode] {
        if runs.count <= 1 {
            let functions = runs.first ?? 0..<0
            let output = TranslatedCode(expectedInstructions: expectedInstructions(structure.bodies[functions]))
            try translate(structure, functions: functions, context: context, bytes: bytes, into: output)
            return [output]
        }
        let results = UnsafeMutablePointer<Result<TranslatedCode, ModuleError>>.allocate(capacity: runs.count)
        // Each iteration initialises only its own element.
        DispatchQueue.concurrentPerform(iterations: runs.count) { k in
            let output = TranslatedCode(expectedInstructions: expectedInstructions(structure.bodies[runs[k]]))
            do throws(ModuleError) {
                try translate(structure, functions: runs[k], context: context, bytes: bytes, into: output)
                (results + k).initialize(to: .success(output))
            } catch {
                (results + k).initialize(to: .failure(error))
            }
        }
        defer {
            results.deinitialize(count: runs.count)
            results.deallocate()
        }
        var outputs: [TranslatedCode] = []
        outputs.reserveCapacity(runs.count)
        for k in 0..<runs.count {
            switch results[k] {
            case .success(let output): outputs.append(output)
            case .failure(let error): throw error  // runs before k translated without error
            }
        }
        return outputs
    }

    /// Translates the defined functions `functions` (indices into the code section), in
    /// order, appending them to `output`, and links the handlers of `output`'s code (see
    /// `HandlerTable.link`; here so that runs link in parallel too).
    static func translate(_ structure: ModuleStructure, functions: Range<Int>, context: ModuleContext,
                          bytes: UnsafeBufferPointer<UInt8>, into output: TranslatedCode) throws(ModuleError) {
        let limits = context.limits
        var translator = FunctionTranslator(context: context, bytes: bytes)
        for i in functions {
            let body = structure.bodies[i]
            let functionIndex = structure.importedFunctionCount + i
            let type = structure.types[structure.functionTypeIndices[i]]
            try FunctionValidation.checkLocalCount(body, type: type, functionIndex: functionIndex, limits: limits)
            try translator.translate(body, locals: structure.locals(of: body), type: type, into: output)
        }
        HandlerTable.link(output.code.base, count: output.code.count)
    }

    /// A first guess at the instructions translated from `bodies` (about one per four bytes
    /// of code in compiled modules); the buffer grows if needed.
    static func expectedInstructions(_ bodies: ArraySlice<ModuleStructure.FunctionBody>) -> Int {
        bodies.reduce(0) { $0 + ($1.codeEnd - $1.codeStart) } / 4
    }

    /// Processors available to this process.
    static var processorCount: Int {
        max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1)
    }
}
