/// Why execution stopped abnormally. The spec's trap messages are kept word for word.
public enum TrapKind: Hashable, Sendable, CustomStringConvertible {
    case unreachable
    case integerDivideByZero
    case integerOverflow
    case invalidConversionToInteger
    case outOfBoundsMemoryAccess
    case outOfBoundsTableAccess
    case undefinedElement
    case uninitializedElement
    case indirectCallTypeMismatch
    case callStackExhausted
    /// The invocation's fuel budget ran out.
    case outOfFuel
    /// The invocation's wall-clock deadline passed.
    case deadlineExceeded
    /// A host function failed (threw); the message says which and why.
    case hostError(String)
    /// The engine could not go on (a function that passed validation failed to translate
    /// on its first call): an engine bug, contained like a trap and reported.
    case internalError(String)

    /// The spec's message text (or ours for the engine's own kinds).
    public var message: String {
        switch self {
        case .unreachable: return "unreachable"
        case .integerDivideByZero: return "integer divide by zero"
        case .integerOverflow: return "integer overflow"
        case .invalidConversionToInteger: return "invalid conversion to integer"
        case .outOfBoundsMemoryAccess: return "out of bounds memory access"
        case .outOfBoundsTableAccess: return "out of bounds table access"
        case .undefinedElement: return "undefined element"
        case .uninitializedElement: return "uninitialized element"
        case .indirectCallTypeMismatch: return "indirect call type mismatch"
        case .callStackExhausted: return "call stack exhausted"
        case .outOfFuel: return "out of fuel"
        case .deadlineExceeded: return "deadline exceeded"
        case .hostError(let m): return "host error: \(m)"
        case .internalError(let m): return "internal engine error: \(m)"
        }
    }

    /// A stable identifier for reports (`out_of_bounds_memory_access`, ...).
    public var identifier: String {
        switch self {
        case .unreachable: return "unreachable"
        case .integerDivideByZero: return "integer_divide_by_zero"
        case .integerOverflow: return "integer_overflow"
        case .invalidConversionToInteger: return "invalid_conversion_to_integer"
        case .outOfBoundsMemoryAccess: return "out_of_bounds_memory_access"
        case .outOfBoundsTableAccess: return "out_of_bounds_table_access"
        case .undefinedElement: return "undefined_element"
        case .uninitializedElement: return "uninitialized_element"
        case .indirectCallTypeMismatch: return "indirect_call_type_mismatch"
        case .callStackExhausted: return "call_stack_exhausted"
        case .outOfFuel: return "out_of_fuel"
        case .deadlineExceeded: return "deadline_exceeded"
        case .hostError: return "host_error"
        case .internalError: return "internal_error"
        }
    }

    public var description: String { message }
}

/// One frame of a trap's backtrace, innermost first.
public struct BacktraceFrame: Hashable, Sendable, CustomStringConvertible {
    /// Function index in its module's function index space (imports included).
    public var functionIndex: Int
    /// Name from the `name` section, else the export name, else `func[N]`.
    public var name: String
    /// Byte offset in the module of the trapping (innermost frame) or calling instruction.
    public var offset: Int
    /// The module's name (from its `name` section), if any.
    public var moduleName: String?

    public var description: String { "0x\(String(offset, radix: 16)) - \(name)" }
}

/// A trap: its kind and where it happened.
public struct Trap: Error, Hashable, Sendable, CustomStringConvertible {
    public var kind: TrapKind
    /// Innermost frame first. At most `Trap.maxFrames` frames are kept.
    public var backtrace: [BacktraceFrame]
    /// For out-of-bounds memory accesses: the effective address, access size and memory size.
    public var memoryAccess: MemoryAccessError?

    public static let maxFrames = 64

    public init(_ kind: TrapKind, backtrace: [BacktraceFrame] = [], memoryAccess: MemoryAccessError? = nil) {
        self.kind = kind
        self.backtrace = backtrace
        self.memoryAccess = memoryAccess
    }

    public var message: String { kind.message }

    /// The backtrace as V8/Envoy print it: `0: 0x1a2b - name`, one frame per line.
    public var formattedBacktrace: String {
        backtrace.enumerated().map { "\($0.offset): \($0.element)" }.joined(separator: "\n")
    }

    public var description: String {
        backtrace.isEmpty ? "trap: \(message)" : "trap: \(message)\n\(formattedBacktrace)"
    }
}
