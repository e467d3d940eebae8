import Foundation

/// The plugin a test run checks, chosen by the environment, so that
/// `PROXY_WASM_PLUGIN=/path/plugin.wasm swift test` checks any plugin:
///
/// | variable | meaning |
/// |---|---|
/// | `PROXY_WASM_PLUGIN` | the plugin; unset: the bundled header filter (with its expect.json) |
/// | `PROXY_WASM_EXPECT` | its expectations file (docs/expect-schema.md) |
/// | `PROXY_WASM_PLUGIN_CONFIG` | its plugin configuration: a file, or JSON text |
/// | `PROXY_WASM_VM_CONFIG` | its VM configuration: a file, or text |
/// | `PROXY_WASM_ROOT_ID` | its root id |
/// | `PROXY_WASM_LINK_ALL_ABI_VERSIONS` | `1`: link the host functions of every ABI version |
///
/// Relative paths are relative to the current directory (the package root under `swift test`).
public struct PluginUnderTest {
    /// The plugin file.
    public var path: String
    /// The expectations file, if any.
    public var expectationsPath: String?
    /// The options the checks run with (configuration, root id...).
    public var options: CheckOptions
    /// Whether this is the bundled header filter (no `PROXY_WASM_PLUGIN`).
    public var isBundled: Bool

    /// The file name (`header_filter.wasm`).
    public var file: String { URL(fileURLWithPath: path).lastPathComponent }

    /// Where a test writes this plugin's reports: `.build/reports/<name>/` under the
    /// current directory (as `proxy-wasm-check` does by default).
    public var reportFolder: URL { ReportWriter.defaultDirectory.appendingPathComponent(ReportWriter.folderName(file)) }

    /// The plugin under test, from `environment`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(CommandError) -> PluginUnderTest {
        func value(_ name: String) -> String? {
            guard let v = environment[name], !v.isEmpty else { return nil }
            return v
        }
        var options = CheckOptions()
        if let v = value("PROXY_WASM_PLUGIN_CONFIG") { options.pluginConfiguration = try CheckCommand.configuration(v, option: "plugin-config (PROXY_WASM_PLUGIN_CONFIG)") }
        if let v = value("PROXY_WASM_VM_CONFIG") { options.vmConfiguration = try CheckCommand.configuration(v, option: "vm-config (PROXY_WASM_VM_CONFIG)") }
        if let v = value("PROXY_WASM_ROOT_ID") { options.rootID = v }
        options.linksHostFunctionsOfEveryABIVersion = value("PROXY_WASM_LINK_ALL_ABI_VERSIONS") == "1"
        if let plugin = value("PROXY_WASM_PLUGIN") {
            return PluginUnderTest(path: plugin, expectationsPath: value("PROXY_WASM_EXPECT"), options: options, isBundled: false)
        }
        _ = try BundledPlugin.headerFilterBytes()
        let expect = value("PROXY_WASM_EXPECT")
            ?? (FileManager.default.fileExists(atPath: BundledPlugin.headerFilterExpectationsURL.path) ? BundledPlugin.headerFilterExpectationsURL.path : nil)
        return PluginUnderTest(path: BundledPlugin.headerFilterURL.path, expectationsPath: expect, options: options, isBundled: true)
    }

    /// The plugin's bytes.
    public func bytes() throws(CommandError) -> [UInt8] { try ModuleFile.read(path: path) }

    /// The expectations, if a file is set.
    public func expectations() throws(CommandError) -> Expectations? {
        try expectationsPath.map { path throws(CommandError) in try Expectations.load(path: path) }
    }

    /// Runs the checks `only` selects (ids or prefixes; empty: all) on the plugin.
    public func check(only: [String] = [], progress: @escaping (String) -> Void = { _ in }) throws(CommandError) -> PluginReport {
        var options = self.options
        options.only = only
        return try PluginChecker(options: options, expectations: try expectations(), progress: progress).check(path: path)
    }
}
