/// A failure that stops a command before it can produce a result: bad usage or bad input.
///
/// The CLI prints it as one line, `error: <message>`, on standard error and exits with
/// `ExitStatus.usageError`.
public struct CommandError: Error, Equatable, CustomStringConvertible {
    /// What went wrong, without the `error: ` prefix; a single line.
    public var message: String

    public init(_ message: String) {
        // Keep the promise of one line even when a message embeds foreign text.
        self.message = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    public var description: String { "error: \(message)" }
}
