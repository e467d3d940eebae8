/// Translation of each defined function on its first call (`TranslationMode.lazy`).
///
/// Every body is validated when the module is created (`FunctionValidation`); what waits
/// is only the lowering to register IR, about nine tenths of the cost of loading. Until a
/// function is first called its `CompiledFunction` enters a one-instruction stub
/// (`Op.lazyEntry`), whose handler translates the body into the module's `CodeArena`,
/// replaces the stub with the function's real entry and frame, and continues into the new
/// code; later calls, direct, indirect or from the host, go straight to the translated code.
///
/// A `Module` is used from one thread at a time (it is not `Sendable`), so translation
/// takes no lock.
final class LazyTranslation {
    private var translator: FunctionTranslator
    private let arena = CodeArena()
    private let structure: ModuleStructure
    /// One `lazyEntry` instruction per defined function (`a`: its index among them).
    private let stubs: UnsafeMutablePointer<Instruction>
    /// The module offset each stub reports in a backtrace: its body's first operator.
    private let stubOffsets: UnsafeMutablePointer<Int32>
    private let count: Int
    /// Functions translated so far.
    private(set) var translatedCount = 0
    /// Instructions translated so far.
    var instructionCount: Int { arena.instructionCount }

    init(structure: ModuleStructure, context: ModuleContext, bytes: UnsafeBufferPointer<UInt8>) {
        self.structure = structure
        translator = FunctionTranslator(context: context, bytes: bytes)
        count = structure.bodies.count
        stubs = .allocate(capacity: Swift.max(count, 1))
        stubOffsets = .allocate(capacity: Swift.max(count, 1))
        for i in 0..<count {
            (stubs + i).initialize(to: Instruction(.lazyEntry, a: Int32(truncatingIfNeeded: i)))
            (stubOffsets + i).initialize(to: Int32(truncatingIfNeeded: structure.bodies[i].codeStart))
        }
        HandlerTable.link(stubs, count: count)
    }

    deinit {
        stubs.deallocate()
        stubOffsets.deallocate()
    }

    /// Defined function `i` before translation: it enters its stub, with a frame just large
    /// enough for its parameters and results and the slots every entry zeroes.
    func stub(_ i: Int) -> CompiledFunction {
        let type = structure.types[structure.functionTypeIndices[i]]
        let resultArea = Swift.max(type.parameters.count, type.results.count)
        return CompiledFunction(
            code: stubs + i, wasmOffsets: stubOffsets + i, codeCount: 1,
            frameSize: resultArea + CompiledFunction.zeroedPadding, localsStart: resultArea, localsCount: 0,
            functionIndex: structure.importedFunctionCount + i, typeIndex: structure.functionTypeIndices[i],
            parameterCount: type.parameters.count, resultCount: type.results.count)
    }

    /// Whether `function` (defined function `i`) still enters its stub.
    func isStub(_ function: UnsafeMutablePointer<CompiledFunction>, _ i: Int) -> Bool {
        function.pointee.code == stubs + i
    }

    /// Translates defined function `i` (nothing to do when it already is) and makes
    /// `function`, its entry in the module's table, enter the new code. `bytes` is the
    /// module's binary. An error here means the validator accepted a body the translator
    /// rejects: an engine bug, reported to the caller (who raises a trap), never a crash.
    func translate(_ i: Int, bytes: UnsafeBufferPointer<UInt8>,
                   into function: UnsafeMutablePointer<CompiledFunction>) -> ModuleError? {
        guard i >= 0, i < count else { return ModuleError(.invalid, "no defined function \(i)", offset: 0) }
        guard isStub(function, i) else { return nil }
        let body = structure.bodies[i]
        let type = structure.types[structure.functionTypeIndices[i]]
        translator.rebind(to: bytes)
        do throws(ModuleError) {
            try translator.translate(body, locals: structure.locals(of: body), type: type, into: arena)
        } catch {
            return error
        }
        guard let placed = arena.last else {
            return ModuleError(.invalid, "function \(structure.importedFunctionCount + i) produced no code", offset: body.offset)
        }
        function.pointee = CompiledFunction(
            code: placed.code, wasmOffsets: placed.wasmOffsets, codeCount: placed.codeCount,
            frameSize: placed.frameSize, localsStart: placed.localsStart, localsCount: placed.localsCount,
            functionIndex: function.pointee.functionIndex, typeIndex: function.pointee.typeIndex,
            parameterCount: function.pointee.parameterCount, resultCount: function.pointee.resultCount)
        translatedCount += 1
        return nil
    }
}
