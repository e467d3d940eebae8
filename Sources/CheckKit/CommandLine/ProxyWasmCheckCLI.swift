/// The `proxy-wasm-check` command line: dispatches to subcommands.
///
/// Conventions shared by every subcommand:
/// - `proxy-wasm-check` with no arguments prints the usage on standard error, exit status 2.
/// - `proxy-wasm-check --help` (`-h`, `help`) prints it on standard output, exit status 0;
///   `proxy-wasm-check help <subcommand>` and `<subcommand> --help` print a subcommand's help.
/// - An unknown subcommand or option prints one `error: ...` line on standard error,
///   exit status 2 (see `ExitStatus`).
public enum ProxyWasmCheckCLI {
    /// The subcommands, in the order the usage lists them.
    public static var subcommands: [any Subcommand.Type] { [RunCommand.self] }

    /// The top-level usage text.
    public static var usage: String {
        let width = subcommands.map { $0.name.count }.max() ?? 0
        let list = subcommands.map {
            "  " + $0.name + String(repeating: " ", count: width - $0.name.count + 3) + $0.summary
        }
        return """
            USAGE: proxy-wasm-check <subcommand> [arguments]

            Proves that a proxy-wasm plugin behaves correctly and that its failures stay inside the
            WebAssembly sandbox. The engine is the tool's own WebAssembly interpreter.

            SUBCOMMANDS
            \(list.joined(separator: "\n"))

            'proxy-wasm-check help <subcommand>' or 'proxy-wasm-check <subcommand> --help' prints a
            subcommand's help. Exit status: 0 success, 1 the guest trapped, 2 bad usage or input.
            """
    }

    /// Runs the tool with `arguments` (without the program name) on the process's console.
    public static func main(arguments: [String]) -> Int32 {
        main(arguments: arguments, console: .standard)
    }

    /// Runs the tool with `arguments` (without the program name), writing to `console`;
    /// returns the exit status.
    public static func main(arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.writeError(usage + "\n")
            return ExitStatus.usageError
        }
        if first == "-h" || first == "--help" || first == "help" {
            guard first == "help", arguments.count > 1 else {
                console.writeOutput(usage + "\n")
                return ExitStatus.success
            }
            guard let command = subcommand(named: arguments[1]) else { return unknownSubcommand(arguments[1], console) }
            console.writeOutput(command.usage + "\n")
            return ExitStatus.success
        }
        if first.hasPrefix("-") {
            console.printError(CommandError("unknown option '\(first)' (see 'proxy-wasm-check --help')").description)
            return ExitStatus.usageError
        }
        guard let command = subcommand(named: first) else { return unknownSubcommand(first, console) }
        return command.main(arguments: Array(arguments.dropFirst()), console: console)
    }

    static func subcommand(named name: String) -> (any Subcommand.Type)? {
        subcommands.first { $0.name == name }
    }

    private static func unknownSubcommand(_ name: String, _ console: Console) -> Int32 {
        let names = subcommands.map { $0.name }.joined(separator: ", ")
        console.printError(CommandError("unknown subcommand '\(name)' (available: \(names))").description)
        return ExitStatus.usageError
    }
}
