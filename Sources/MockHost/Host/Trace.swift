import Interpreter

/// One recorded step of a VM's life: a callback into the plugin or a host call out of it.
public enum TraceEvent: Sendable, CustomStringConvertible {
    /// A callback: its export name, arguments, result (nil for void or a trap), fuel used.
    case callback(name: String, arguments: [UInt64], result: UInt64?, fuelUsed: UInt64)
    /// A host call: function name, decoded arguments, returned status (or errno).
    case hostCall(name: String, arguments: String, status: UInt32)
    /// The VM failed (trap or limit) in a callback.
    case failure(callback: String, trap: Trap)
    /// A skipped callback (VM failed) or other host-side note.
    case note(String)

    public var description: String {
        switch self {
        case .callback(let n, let a, let r, let f):
            return "→ \(n)(\(a.map(String.init).joined(separator: ", ")))\(r.map { " = \($0)" } ?? "") [fuel \(f)]"
        case .hostCall(let n, let a, let s):
            return "  ← \(n)(\(a)) -> \(s)"
        case .failure(let c, let t):
            return "✗ \(c) failed: \(t.message)"
        case .note(let s):
            return "  · \(s)"
        }
    }

    /// The callback or host function name, if any.
    public var name: String? {
        switch self {
        case .callback(let n, _, _, _), .hostCall(let n, _, _): return n
        case .failure(let c, _): return c
        case .note: return nil
        }
    }
}

/// A log line written by the plugin (`proxy_log`, or WASI `fd_write` to stdout/stderr).
public struct LogEntry: Sendable, CustomStringConvertible {
    public var level: LogLevel
    public var message: String
    public var description: String { "[\(level)] \(message)" }
}
