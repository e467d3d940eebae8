import Foundation

/// Where a command writes its output: standard output and standard error as two sinks.
///
/// The tool itself uses `Console.standard`; tests inject a `CapturingConsole` to read what a
/// command printed without spawning a process.
public struct Console {
    /// Writes text (already newline-terminated where needed) to standard output.
    public var writeOutput: (String) -> Void
    /// Writes text (already newline-terminated where needed) to standard error.
    public var writeError: (String) -> Void

    /// A console writing to the given sinks.
    public init(writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
        self.writeOutput = writeOutput
        self.writeError = writeError
    }

    /// The process's real standard output and standard error (unbuffered writes).
    public static var standard: Console {
        Console(
            writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) })
    }

    /// Writes one line to standard output.
    public func print(_ line: String) { writeOutput(line + "\n") }

    /// Writes one line to standard error.
    public func printError(_ line: String) { writeError(line + "\n") }
}

/// A console that keeps everything written to it, for tests and embedding.
public final class CapturingConsole {
    /// Everything written to standard output so far.
    public private(set) var output = ""
    /// Everything written to standard error so far.
    public private(set) var error = ""

    public init() {}

    /// A `Console` whose sinks append to `output` and `error`.
    public var console: Console {
        Console(writeOutput: { [unowned self] in self.output += $0 },
                writeError: { [unowned self] in self.error += $0 })
    }

    /// `output` split into lines (without a trailing empty line).
    public var outputLines: [String] { CapturingConsole.lines(output) }
    /// `error` split into lines (without a trailing empty line).
    public var errorLines: [String] { CapturingConsole.lines(error) }

    private static func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
