import Foundation

/// The `proxy-wasm-check` command line: dispatches to subcommands.
///
/// Conventions shared by every subcommand:
/// - `check` is the default: `proxy-wasm-check` with no arguments checks the bundled header
///   filter, and a first argument that is an option or a plugin file (a name ending in
///   `.wasm`, or an existing path) means `check` with those arguments.
/// - `proxy-wasm-check --help` (`-h`, `help`) prints it on standard output, exit status 0;
///   `proxy-wasm-check help <subcommand>` and `<subcommand> --help` print a subcommand's help.
/// - An unknown subcommand or option prints one `error: ...` line on standard error,
///   exit status 2 (see `ExitStatus`).
public enum ProxyWasmCheckCLI {
    /// The subcommands, in the order the usage lists them.
    public static var subcommands: [any Subcommand.Type] { [CheckCommand.self, InspectCommand.self, FaultsCommand.self, RunCommand.self, BenchCommand.self] }

    /// The top-level usage text.
    public static var usage: String {
        let width = subcommands.map { $0.name.count }.max() ?? 0
        let list = subcommands.map {
            "  " + $0.name + String(repeating: " ", count: width - $0.name.count + 3) + $0.summary
        }
        return """
            USAGE: proxy-wasm-check <subcommand> [arguments]
                   proxy-wasm-check [PLUGIN.wasm...] [check options]    (check is the default)

            Proves that a proxy-wasm plugin behaves correctly and that its failures stay inside the
            WebAssembly sandbox. The engine is the tool's own WebAssembly interpreter. With no
            arguments it checks the bundled header filter.

            SUBCOMMANDS
            \(list.joined(separator: "\n"))

            'proxy-wasm-check help <subcommand>' or 'proxy-wasm-check <subcommand> --help' prints a
            subcommand's help. Exit status: 0 success, 1 a check failed (run: the guest trapped;
            bench: the plugin trapped or missed its expectations), 2 bad usage or input (check: a
            plugin that cannot be loaded).
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
            return CheckCommand.main(arguments: [], console: console)
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
        if first.hasPrefix("-") || (subcommand(named: first) == nil && looksLikePlugin(first)) {
            return CheckCommand.main(arguments: arguments, console: console)
        }
        guard let command = subcommand(named: first) else { return unknownSubcommand(first, console) }
        return command.main(arguments: Array(arguments.dropFirst()), console: console)
    }

    /// Whether a first argument names a plugin rather than a subcommand: it ends with
    /// `.wasm`, contains a `/`, or exists.
    static func looksLikePlugin(_ argument: String) -> Bool {
        argument.hasSuffix(".wasm") || argument.contains("/") || FileManager.default.fileExists(atPath: argument)
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
