import Foundation
import Interpreter

/// report.json (schema: docs/report-schema.md). Keys come in a fixed order; every key is
/// always present (null when unknown).
extension PluginReport {
    /// The version of the report's schema; bumped when a key changes meaning or goes away.
    public static let schemaVersion = 1

    /// The report as a JSON value.
    public var json: JSONValue {
        .object([
            ("schemaVersion", .int(PluginReport.schemaVersion)),
            ("tool", .string("proxy-wasm-check")),
            ("plugin", .object([
                ("file", .string(plugin.file)),
                ("path", .string(plugin.path)),
                ("sha256", .string(plugin.sha256)),
                ("sizeBytes", .int(plugin.sizeBytes)),
                ("abiVersion", .string(plugin.abiVersion)),
                ("allocator", .string(plugin.allocator)),
                ("sdk", .string(plugin.sdk)),
            ])),
            ("passed", .bool(passed)),
            ("loadError", .string(loadError)),
            ("summary", .object([
                ("total", .int(checks.count)),
                ("passed", .int(passedCount)),
                ("failed", .int(failedCount)),
                ("skipped", .int(skippedCount)),
            ])),
            ("checks", .array(checks.map { c in
                .object([
                    ("id", .string(c.id)),
                    ("category", .string(c.category)),
                    ("status", .string(c.status.rawValue)),
                    ("message", .string(c.message)),
                    ("durationMs", .milliseconds(c.durationMs)),
                    ("details", .array(c.details.prefix(60).map { .string($0) })),
                    ("dump", .string(c.dump)),
                ])
            })),
            ("faults", .array(faults.map { f in
                .object([
                    ("id", .string(f.id)),
                    ("trap", f.trap.map { t in .object([("kind", .string(t.kind)), ("message", .string(t.message)), ("callback", .string(t.callback))]) } ?? .null),
                    ("verdict", .string(f.verdict)),
                    ("dump", .string(f.dumpPath)),
                    ("textDump", .string(f.textDumpPath)),
                ])
            })),
            ("performance", .object([
                ("loadMs", performance.loadMs.map { .milliseconds($0) } ?? .null),
                ("fuelPerRequest", performance.fuelPerRequest.map { .int($0) } ?? .null),
                ("peakMemoryPages", performance.peakMemoryPages.map { .int($0) } ?? .null),
                ("totalMs", .milliseconds(performance.totalMs)),
            ])),
            ("options", .object([
                ("pluginConfiguration", .string(options.pluginConfiguration.isEmpty ? nil : String(decoding: options.pluginConfiguration, as: UTF8.self))),
                ("vmConfiguration", .string(options.vmConfiguration.isEmpty ? nil : String(decoding: options.vmConfiguration, as: UTF8.self))),
                ("rootId", .string(options.rootID)),
                ("failurePolicy", .string(options.failurePolicy.rawValue)),
                ("fuel", options.limits.fuel.map { .int($0) } ?? .null),
                ("deadlineMs", options.limits.deadline.map { .milliseconds($0.milliseconds) } ?? .null),
                ("maxMemoryPages", .int(options.limits.maxMemoryPages)),
                ("only", .array(options.only.map { .string($0) })),
                ("expect", .string(expectationsPath)),
                ("linkAllABIVersions", .bool(options.linksHostFunctionsOfEveryABIVersion)),
            ])),
        ])
    }

    /// report.json's text (pretty-printed, ending with a newline).
    public var jsonText: String { json.serialized(pretty: true) + "\n" }
}
