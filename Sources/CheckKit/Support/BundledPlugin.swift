import Foundation

/// The plugin this package ships: the header filter in `fixtures/header_filter/`, and its
/// expectations file. Found from this source file's location, so it works for `swift run`
/// and `swift test` from a checkout of the package (or from a package that depends on it:
/// SwiftPM checks dependencies out with their fixtures); an installed binary whose
/// checkout is gone gets a clear error instead.
public enum BundledPlugin {
    /// The package's root directory: three levels up from this file
    /// (`Sources/CheckKit/Support/BundledPlugin.swift`).
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `fixtures/header_filter/header_filter.wasm` in the checkout.
    public static var headerFilterURL: URL {
        packageRoot.appendingPathComponent("fixtures/header_filter/header_filter.wasm")
    }

    /// `fixtures/header_filter/expect.json`: the header filter's expectations.
    public static var headerFilterExpectationsURL: URL {
        packageRoot.appendingPathComponent("fixtures/header_filter/expect.json")
    }

    /// Whether the checkout (and so the bundled plugin) is present.
    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: headerFilterURL.path)
    }

    /// The header filter's bytes, or a one-line error saying where it was looked for.
    public static func headerFilterBytes() throws(CommandError) -> [UInt8] {
        guard isAvailable, let data = try? Data(contentsOf: headerFilterURL) else {
            throw CommandError("the bundled header filter is not available: \(headerFilterURL.path) does not exist "
                + "(it is found from the package checkout this tool was built from; run the tool with "
                + "'swift run proxy-wasm-check' in a checkout, or give a plugin: 'proxy-wasm-check PLUGIN.wasm')")
        }
        return [UInt8](data)
    }
}
