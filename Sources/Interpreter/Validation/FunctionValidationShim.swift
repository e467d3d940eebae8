// TEMPORARY until the standalone validator lands.
enum FunctionValidation {
    static func validateAll(_ structure: ModuleStructure, context: ModuleContext, bytes: UnsafeBufferPointer<UInt8>) throws(ModuleError) {
        _ = try FunctionTranslation.translateAll(structure, context: context, bytes: bytes)
    }
}
