import FaultPlugins
import Foundation
import MockHost

/// The bundled header filter (fixtures/header_filter) written in Swift: configuration (b) of
/// `bench`, the "equivalent native filter" of the original experiment.
///
/// It does per request what the plugin does: formats the log line
/// `adding header <name>: <value>` at INFO into a log bounded as a VM's log is, and adds the
/// configured header (default `X-Wasm-Processed: Yes`) to the request headers. It runs in
/// front of the same MockHost stream as the other configurations, so the difference from
/// configuration (a) is the filter's own work and nothing else.
final class NativeHeaderFilter {
    /// SHA-256 of fixtures/header_filter/header_filter.wasm (checked by BenchCommandTests).
    static let headerFilterSHA256 = "8958837053dad5c5fbf7823a40b83ea53c83c94d521e1fa540dcfec8d6a4926d"

    let header: String
    let value: String
    private let limits = HostLimits()
    private(set) var logs: [(level: LogLevel, message: String)] = []
    private(set) var droppedLogs = 0
    private var logBytes = 0

    /// The filter for a plugin configuration, parsed as the plugin does: empty or whitespace
    /// means the defaults; otherwise a JSON object whose optional "header" (non-empty) and
    /// "value" are strings. Nil when the plugin would refuse the configuration.
    init?(configuration: [UInt8]) {
        var header = "X-Wasm-Processed", value = "Yes"
        if !configuration.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(configuration)) as? [String: Any] else { return nil }
            if let h = object["header"] {
                guard let s = h as? String, !s.isEmpty else { return nil }
                header = s
            }
            if let v = object["value"] {
                guard let s = v as? String else { return nil }
                value = s
            }
        }
        self.header = header
        self.value = value
    }

    /// `proxy_on_request_headers`, natively.
    func onRequestHeaders(_ headers: inout HeaderMap) {
        log(.info, "adding header \(header): \(value)")
        headers.add(header, value)
    }

    /// Keeps a log line, within the bounds a `PluginVM` keeps its log in.
    private func log(_ level: LogLevel, _ message: String) {
        if logs.count >= limits.maxLogEntries || logBytes + message.utf8.count > limits.maxLogBytes {
            droppedLogs += 1
            return
        }
        logBytes += message.utf8.count
        logs.append((level, message))
    }

    /// Whether `bytes` is the header filter: its known SHA-256, or the same bytes as the
    /// bundled fixture (a rebuilt fixture).
    static func isHeaderFilter(_ bytes: [UInt8]) -> Bool {
        if SHA256.hexDigest(bytes) == headerFilterSHA256 { return true }
        guard let bundled = try? BundledPlugin.headerFilterBytes() else { return false }
        return bundled == bytes
    }
}
