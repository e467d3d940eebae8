/// Why a module was rejected by the decoder or the validator.
public struct ModuleError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The bytes do not follow the binary format (the spec's "malformed").
        case malformed
        /// Well-formed, but not valid (the spec's "invalid": types do not check, bad indices...).
        case invalid
        /// Rejected by one of the engine's limits for hostile modules.
        case limitExceeded = "limit exceeded"
    }

    public var kind: Kind
    /// What is wrong, in the spec's wording where the spec has one.
    public var message: String
    /// Byte offset in the module where the problem was found.
    public var offset: Int

    public init(_ kind: Kind, _ message: String, offset: Int) {
        self.kind = kind
        self.message = message
        self.offset = offset
    }

    public var description: String {
        "\(kind.rawValue) module: \(message) (at byte offset 0x\(String(offset, radix: 16)))"
    }
}

/// Why a module could not be instantiated: an import could not be linked, or a limit
/// (memory pages, table elements) forbids its minimum size.
public struct InstantiationError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case unknownImport = "unknown import"
        case incompatibleImportType = "incompatible import type"
        case resourceLimit = "resource limit exceeded"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
