/// One option a command accepts: `--name`, optionally `-x`, either a flag or taking a value.
public struct OptionSpec: Equatable {
    /// The long name, without the leading `--`.
    public var name: String
    /// A one-letter alias used as `-x`, if any.
    public var shortName: Character?
    /// Whether the option takes a value (`--fuel N`, `--fuel=N`) or is a flag (`--json`).
    public var takesValue: Bool

    public init(name: String, shortName: Character? = nil, takesValue: Bool) {
        self.name = name
        self.shortName = shortName
        self.takesValue = takesValue
    }

    /// A flag such as `--json`.
    public static func flag(_ name: String, short: Character? = nil) -> OptionSpec {
        OptionSpec(name: name, shortName: short, takesValue: false)
    }

    /// An option with a value such as `--fuel N`.
    public static func value(_ name: String, short: Character? = nil) -> OptionSpec {
        OptionSpec(name: name, shortName: short, takesValue: true)
    }
}

/// The result of parsing a command's arguments.
public struct ParsedArguments: Equatable {
    /// Non-option arguments, in order.
    public var positionals: [String] = []
    /// Values of options that take one, by long name.
    public var values: [String: String] = [:]
    /// Flags that were given, by long name.
    public var flags: Set<String> = []
    /// Whether `-h` or `--help` appeared (before any `--`); parsing stops there.
    public var helpRequested = false

    public init() {}

    /// The value of option `name`, if given.
    public func value(_ name: String) -> String? { values[name] }

    /// Whether flag `name` was given.
    public func isSet(_ name: String) -> Bool { flags.contains(name) }
}

/// A small hand-written command-line parser shared by all subcommands.
///
/// Rules:
/// - `--name value` and `--name=value` for options with a value; `--name` for flags.
/// - `-x` for options with a one-letter alias; `-h` and `--help` are always accepted.
/// - Options and positional arguments may come in any order; `--` ends option parsing.
/// - A token that starts with `-` but reads as a number (`-1`, `-0x10`, `-.5`, `-nan`,
///   `-inf`, ...) is a positional argument, so negative numbers need no `--`.
/// - Unknown options, missing values, values given to flags and repeated options are errors.
public struct ArgumentParser {
    /// The command name used in error messages (`run`).
    public var commandName: String
    /// The options the command accepts (besides `-h`/`--help`).
    public var options: [OptionSpec]

    public init(commandName: String, options: [OptionSpec]) {
        self.commandName = commandName
        self.options = options
    }

    /// Parses `arguments` (those after the subcommand name).
    public func parse(_ arguments: [String]) throws(CommandError) -> ParsedArguments {
        var result = ParsedArguments()
        if arguments.prefix(while: { $0 != "--" }).contains(where: { $0 == "-h" || $0 == "--help" }) {
            result.helpRequested = true
            return result
        }
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if optionsEnded || !ArgumentParser.isOptionLike(token) {
                result.positionals.append(token)
                continue
            }
            if token == "--" {
                optionsEnded = true
                continue
            }
            var inlineValue: String?
            let spec: OptionSpec
            if token.hasPrefix("--") {
                var name = String(token.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let found = options.first(where: { $0.name == name }) else {
                    throw usageError("unknown option '--\(name)'")
                }
                spec = found
            } else {
                let letters = token.dropFirst()
                guard letters.count == 1, let found = options.first(where: { $0.shortName == letters.first }) else {
                    throw usageError("unknown option '\(token)'")
                }
                spec = found
            }
            let display = "--\(spec.name)"
            if result.values[spec.name] != nil || result.flags.contains(spec.name) {
                throw usageError("option \(display) given more than once")
            }
            if spec.takesValue {
                if let inlineValue {
                    result.values[spec.name] = inlineValue
                } else {
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                        throw usageError("option \(display) needs a value")
                    }
                    result.values[spec.name] = arguments[index]
                    index += 1
                }
            } else {
                guard inlineValue == nil else { throw usageError("option \(display) takes no value") }
                result.flags.insert(spec.name)
            }
        }
        return result
    }

    /// An error about usage, pointing at the command's help.
    public func usageError(_ message: String) -> CommandError {
        CommandError("\(message) (see 'proxy-wasm-check \(commandName) --help')")
    }

    /// Whether `token` is an option (or `--`) rather than a positional argument.
    static func isOptionLike(_ token: String) -> Bool {
        guard token.hasPrefix("-"), token != "-" else { return false }
        if token.hasPrefix("--") { return true }
        let rest = token.dropFirst().lowercased()
        if let first = rest.first, first.isASCII, first.isNumber || first == "." { return false }
        if rest.hasPrefix("nan") || rest.hasPrefix("inf") { return false }
        return true
    }
}
