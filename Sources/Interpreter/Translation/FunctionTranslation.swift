/// Translates every function body of a module (`FunctionTranslator`), in body order.
enum FunctionTranslation {
    /// The translated code of all defined functions, as consecutive runs of functions.
    /// Throws the error of the lowest-indexed invalid body.
    static func translateAll(_ structure: ModuleStructure, context: ModuleContext,
                             bytes: UnsafeBufferPointer<UInt8>) throws(ModuleError) -> [TranslatedCode] {
        var output = TranslatedCode()
        try translate(structure, functions: 0..<structure.bodies.count, context: context, bytes: bytes, into: &output)
        return [output]
    }

    /// Translates the defined functions `functions` (indices into the code section).
    static func translate(_ structure: ModuleStructure, functions: Range<Int>, context: ModuleContext,
                          bytes: UnsafeBufferPointer<UInt8>, into output: inout TranslatedCode) throws(ModuleError) {
        let limits = context.limits
        var translator = FunctionTranslator(context: context, bytes: bytes)
        for i in functions {
            let body = structure.bodies[i]
            let functionIndex = structure.importedFunctionCount + i
            let type = structure.types[structure.functionTypeIndices[i]]
            if type.parameters.count + body.localCount > limits.maxLocalsPerFunction {
                throw ModuleError(.limitExceeded, "function \(functionIndex) has \(type.parameters.count + body.localCount) locals (limit \(limits.maxLocalsPerFunction))", offset: body.offset)
            }
            try translator.translate(body, type: type, into: &output)
        }
    }
}
