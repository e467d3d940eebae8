/// Every bound the engine enforces, in one configuration value.
///
/// The defaults are chosen to accept real plugins (large Rust and Go modules) while keeping a
/// hostile module's cost bounded. Each limit, when hit, is a clear error or trap, never a crash.
public struct EngineLimits: Hashable, Sendable {
    // MARK: Per invocation

    /// Fuel per invocation (see `FuelCostModel`); `nil` means unlimited. Running out is the
    /// `outOfFuel` trap. Default: 10 billion units (a wall-clock backstop in practice).
    public var fuel: UInt64? = 10_000_000_000
    /// Wall-clock budget per invocation, checked every `deadlineCheckInterval` fuel units;
    /// `nil` means none. Exceeding it is the `deadlineExceeded` trap. Default: none.
    public var deadline: Duration? = nil
    /// Fuel units between two wall-clock checks. Default: 65,536.
    public var deadlineCheckInterval: UInt64 = 65_536
    /// Maximum number of nested Wasm calls (across host re-entry). Default: 10,000.
    public var maxCallDepth: Int = 10_000
    /// Size of the value stack holding all frames' locals and operands, in bytes.
    /// Default: 16 MiB (2 Mi slots).
    public var maxValueStackBytes: Int = 16 << 20
    /// Maximum nesting of host→guest re-entry (a host function calling back into Wasm).
    /// Default: 64.
    public var maxHostReentrancy: Int = 64

    // MARK: Memories and tables

    /// Maximum linear-memory size in 64 KiB pages: `memory.grow` beyond it returns -1, and a
    /// module whose minimum exceeds it does not instantiate. Default: 16,384 (1 GiB, as Envoy).
    public var maxMemoryPages: UInt64 = 16_384
    /// Maximum number of elements of any table. Default: 10,000,000.
    public var maxTableElements: UInt64 = 10_000_000

    // MARK: Module structure (hostile-module limits)

    /// Maximum module size in bytes. Default: 256 MiB.
    public var maxModuleBytes: Int = 256 << 20
    /// Maximum number of types, functions, globals, imports, exports, segments (each). Default: 1,000,000.
    public var maxEntities: Int = 1_000_000
    /// Maximum number of tables. Default: 100.
    public var maxTables: Int = 100
    /// Maximum number of locals (parameters included) of one function. Default: 50,000.
    public var maxLocalsPerFunction: Int = 50_000
    /// Maximum number of parameters or results of one function type. Default: 1,000.
    public var maxParametersOrResults: Int = 1_000
    /// Maximum nesting depth of blocks, loops and ifs in one function. Default: 16,384.
    public var maxControlDepth: Int = 16_384
    /// Maximum size of one function body in bytes. Default: 16 MiB.
    public var maxFunctionBodyBytes: Int = 16 << 20
    /// Maximum operand-stack height of one function (in values). Default: 65,536.
    public var maxOperandStackHeight: Int = 65_536
    /// Maximum number of entries of one element segment or `br_table`. Default: 1,000,000.
    public var maxSegmentEntries: Int = 1_000_000

    // MARK: Fuel metering

    /// Whether translated code charges fuel at all. Turning it off makes `fuel` and `deadline`
    /// ineffective; it exists to measure the cost of metering. Default: on.
    public var fuelMetering: Bool = true

    public init() {}

    /// The defaults described above.
    public static let `default` = EngineLimits()
}
