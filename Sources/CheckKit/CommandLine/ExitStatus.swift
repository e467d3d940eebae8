/// The exit statuses of `proxy-wasm-check`, shared by every subcommand.
public enum ExitStatus {
    /// The command did what was asked (for `run`: the function returned normally).
    public static let success: Int32 = 0
    /// The guest misbehaved: for `run`, the function (or the module's start function) trapped.
    public static let trap: Int32 = 1
    /// For `check` (and `faults --run`): the plugin loaded, but at least one check failed.
    public static let checkFailed: Int32 = 1
    /// The command could not do its job: bad usage, unreadable file, invalid module,
    /// unknown export, bad argument, an import nothing provides; for `check`, a plugin
    /// that cannot be loaded.
    public static let usageError: Int32 = 2
}
