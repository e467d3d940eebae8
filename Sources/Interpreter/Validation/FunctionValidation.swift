import Dispatch

/// Validates every function body of a module (`FunctionValidator`), without translating:
/// in one run of functions, or, when the code section is large, in runs validated in
/// parallel (the partition of `FunctionTranslation`). It accepts and rejects exactly what
/// `FunctionTranslation.translateAll` does, with the same error: that of the lowest-indexed
/// invalid body.
enum FunctionValidation {
    /// Code sections smaller than this are validated on the calling thread. Validation
    /// allocates next to nothing, so parallel runs pay off sooner than for translation
    /// (measured on two cores: 146 KB of Rust plugin code, 0.33 ms on one thread, 0.22 ms in
    /// two runs; at 32 KiB the gain is lost in the cost of waking a thread).
    static let minimumParallelCodeBytes = 64 << 10

    static func validateAll(_ structure: ModuleStructure, context: ModuleContext,
                            bytes: UnsafeBufferPointer<UInt8>) throws(ModuleError) {
        let runs = partition(structure.bodies, processors: FunctionTranslation.processorCount)
        try validate(structure, runs: runs, context: context, bytes: bytes)
    }

    /// Runs of consecutive functions: `FunctionTranslation.partition`, one run below
    /// `minimumParallelCodeBytes`.
    static func partition(_ bodies: [ModuleStructure.FunctionBody], processors: Int,
                          minimumParallelBytes: Int = minimumParallelCodeBytes) -> [Range<Int>] {
        FunctionTranslation.partition(bodies, processors: processors, minimumParallelBytes: minimumParallelBytes)
    }

    /// Validates each run (in parallel when there are several); throws the error of the
    /// lowest-indexed invalid function.
    static func validate(_ structure: ModuleStructure, runs: [Range<Int>], context: ModuleContext,
                         bytes: UnsafeBufferPointer<UInt8>) throws(ModuleError) {
        if runs.count <= 1 {
            try validate(structure, functions: runs.first ?? 0..<0, context: context, bytes: bytes)
            return
        }
        let errors = UnsafeMutablePointer<ModuleError?>.allocate(capacity: runs.count)
        // Each iteration initialises only its own element.
        DispatchQueue.concurrentPerform(iterations: runs.count) { k in
            do throws(ModuleError) {
                try validate(structure, functions: runs[k], context: context, bytes: bytes)
                (errors + k).initialize(to: nil)
            } catch {
                (errors + k).initialize(to: error)
            }
        }
        defer {
            errors.deinitialize(count: runs.count)
            errors.deallocate()
        }
        for k in 0..<runs.count {
            if let error = errors[k] { throw error }  // runs before k are valid
        }
    }

    /// Validates the defined functions `functions` (indices into the code section), in
    /// order, with the translator's per-function locals limit.
    static func validate(_ structure: ModuleStructure, functions: Range<Int>, context: ModuleContext,
                         bytes: UnsafeBufferPointer<UInt8>) throws(ModuleError) {
        let limits = context.limits
        var validator = FunctionValidator(context: context, bytes: bytes)
        for i in functions {
            let body = structure.bodies[i]
            let functionIndex = structure.importedFunctionCount + i
            let type = structure.types[structure.functionTypeIndices[i]]
            try checkLocalCount(body, type: type, functionIndex: functionIndex, limits: limits)
            try validator.validate(body, locals: structure.locals(of: body), type: type)
        }
    }

    /// The engine's limit on a function's parameters and declared locals together, checked
    /// before its body is validated or translated (whose buffers then grow by a bounded
    /// amount).
    static func checkLocalCount(_ body: ModuleStructure.FunctionBody, type: FunctionType, functionIndex: Int,
                                limits: EngineLimits) throws(ModuleError) {
        if type.parameters.count + body.localCount > limits.maxLocalsPerFunction {
            throw ModuleError(.limitExceeded, "function \(functionIndex) has \(type.parameters.count + body.localCount) locals (limit \(limits.maxLocalsPerFunction))", offset: body.offset)
        }
    }
}
