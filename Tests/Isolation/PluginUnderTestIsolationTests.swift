import CheckKit
import FaultPlugins
import Foundation
import MockHost
import XCTest

/// The isolation runs of `proxy-wasm-check` on the plugin under test (PROXY_WASM_PLUGIN, or
/// the bundled header filter): every host function it imports answering each error status,
/// adversarial requests, and resource pressure, each next to a healthy header filter. A run
/// may be handled or end in a contained trap; host-visible damage fails the test. The fault
/// dumps of the runs that trapped go to .build/reports/<plugin>/faults/.
final class PluginUnderTestIsolationTests: XCTestCase {
    func testNoInjectedFaultCausesHostVisibleDamage() throws {
        let plugin = try PluginUnderTest.fromEnvironment()
        var configuration = PluginConfiguration()
        configuration.pluginConfiguration = plugin.options.pluginConfiguration
        configuration.vmConfiguration = plugin.options.vmConfiguration
        configuration.rootID = plugin.options.rootID
        let runner = InjectionRunner(plugin: try plugin.bytes(), configuration: configuration,
                                     healthyPlugin: try BundledPlugin.headerFilterBytes())
        let started = Date()
        let runs = runner.all()
        XCTAssertFalse(runs.isEmpty)

        let faults = plugin.reportFolder.appendingPathComponent("faults")
        try FileManager.default.createDirectory(at: faults, withIntermediateDirectories: true)
        var traps: [String] = []
        var handled = 0
        for run in runs {
            if let error = run.observation.loadError, case .startFailed = error {} else if let error = run.observation.loadError {
                XCTFail("\(run.id): the plugin did not load: \(error)")
                continue
            }
            switch run.classification {
            case .handled:
                handled += 1
            case .containedTrap:
                let trap = run.observation.trap
                traps.append("\(run.id): \(trap?.message ?? "trap") in \(run.observation.failedCallback ?? "?")")
                try runner.report(run, file: plugin.file).write(to: faults, name: "isolation.\(run.id)")
            case .hostVisibleDamage(let detail):
                try runner.report(run, file: plugin.file).write(to: faults, name: "isolation.\(run.id)")
                XCTFail("\(run.id) (\(run.summary)): HOST-VISIBLE DAMAGE: \(detail); dump in \(faults.path)")
            }
        }
        print("\(plugin.file): \(runs.count) injection runs in \(String(format: "%.2f", Date().timeIntervalSince(started))) s: \(handled) handled, \(traps.count) contained trap\(traps.count == 1 ? "" : "s")")
        for trap in traps { print("  contained: \(trap)") }
    }
}
