/// A name compared byte for byte.
///
/// Swift's `String` equality uses Unicode canonical equivalence ("Å" precomposed equals
/// "A" + combining ring), but WebAssembly names are equal only when their UTF-8 bytes
/// are: every import/export lookup goes through this key.
struct ExactName: Hashable {
    let bytes: [UInt8]
    init(_ s: String) { bytes = Array(s.utf8) }
}
