import Interpreter

/// Everything `proxy-wasm-check run` was asked to do, after option parsing.
public struct RunRequest: Equatable {
    /// Path of the module file.
    public var modulePath: String
    /// Name of the exported function to invoke.
    public var functionName: String
    /// The function's arguments as text, parsed against its parameter types.
    public var arguments: [String]
    /// Engine limits (fuel per call, memory cap, ...).
    public var limits: EngineLimits
    /// How many times to invoke the function on the same instance.
    public var repeatCount: Int
    /// Whether timings were asked for (`--repeat` given).
    public var reportTimings: Bool
    /// Whether to print one JSON object instead of text.
    public var json: Bool

    public init(modulePath: String, functionName: String, arguments: [String] = [],
                limits: EngineLimits = .default, repeatCount: Int = 1,
                reportTimings: Bool = false, json: Bool = false) {
        self.modulePath = modulePath
        self.functionName = functionName
        self.arguments = arguments
        self.limits = limits
        self.repeatCount = repeatCount
        self.reportTimings = reportTimings
        self.json = json
    }
}
