/// One subcommand of `proxy-wasm-check` (`run`, later `check`, `inspect`, `faults`, `bench`).
public protocol Subcommand {
    /// The word that selects the subcommand on the command line.
    static var name: String { get }
    /// One line for the top-level usage text.
    static var summary: String { get }
    /// The subcommand's full help text (printed by `<name> --help`).
    static var usage: String { get }
    /// Runs the subcommand with the arguments that follow its name; returns the exit status.
    static func main(arguments: [String], console: Console) -> Int32
}
