import Interpreter
import MockHost

/// The bystanders of a containment proof: a healthy header-filter VM in the same host, a
/// stream of that VM left open, and a shared-data entry. After a fault, all must be exactly
/// as before and the host's buffers under their caps.
struct IsolationHarness {
    let host: MockHost
    let healthy: PluginVM?
    let bystander: HTTPStream?
    let bystanderHeaders: HeaderMap?
    let healthyHeader: (String, String)
    var checks: [ContainmentCheck] = []

    init(host: MockHost, healthy module: Module?, healthyHeader: (String, String)) {
        self.host = host
        self.healthyHeader = healthyHeader
        var vm: PluginVM?
        if let module, let loaded = try? host.loadPlugin(module, configuration: PluginConfiguration()) {
            if (try? loaded.start()) != nil { vm = loaded }
        }
        healthy = vm
        bystander = vm?.openHTTPStream()
        bystander?.sendRequestHeaders([":method": "GET", ":path": "/bystander", "x-bystander": "1"], endOfStream: false)
        bystanderHeaders = bystander?.requestHeaders
        host.setSharedData("bystander", Array("untouched".utf8))
        let works = healthy.map { IsolationHarness.exchangeWorks($0, healthyHeader) } ?? false
        checks.append(ContainmentCheck(property: "isolation", passed: works,
                                       detail: "healthy header-filter VM adds \(healthyHeader.0) before the fault"))
    }

    static func exchangeWorks(_ vm: PluginVM, _ header: (String, String)) -> Bool {
        let stream = vm.openHTTPStream()
        let action = stream.sendRequestHeaders([":method": "GET", ":path": "/healthy", ":authority": "example.com"], endOfStream: true)
        defer { stream.complete() }
        return action == .continue && stream.requestHeaders.value(header.0) == header.1 && stream.localResponse == nil
    }

    /// The isolation checks after the fault.
    mutating func verify() -> [ContainmentCheck] {
        let works = healthy.map { IsolationHarness.exchangeWorks($0, healthyHeader) } ?? false
        checks.append(ContainmentCheck(property: "isolation", passed: works,
                                       detail: "healthy header-filter VM adds \(healthyHeader.0) after the fault"))
        let same = bystanderHeaders != nil && bystander?.requestHeaders == bystanderHeaders
        checks.append(ContainmentCheck(property: "isolation", passed: same,
                                       detail: "a bystander stream's request headers are unchanged"))
        let shared = host.sharedDataValue("bystander") == "untouched"
        checks.append(ContainmentCheck(property: "isolation", passed: shared,
                                       detail: "the host's shared data entry 'bystander' is unchanged"))
        checks.append(IsolationHarness.checkCaps(host))
        bystander?.complete()
        return checks
    }

    static func checkCaps(_ host: MockHost) -> ContainmentCheck {
        let l = host.limits
        var problems: [String] = []
        for vm in host.vms {
            if vm.logs.count > l.maxLogEntries { problems.append("\(vm.logs.count) log entries") }
            if vm.trace.count > l.maxTraceEvents { problems.append("\(vm.trace.count) trace events") }
        }
        if host.sharedData.count > l.maxSharedDataEntries { problems.append("\(host.sharedData.count) shared data keys") }
        if host.queues.count > l.maxQueues { problems.append("\(host.queues.count) queues") }
        if host.queues.values.contains(where: { $0.items.count > l.maxQueueItems }) { problems.append("a queue beyond \(l.maxQueueItems) items") }
        if host.metrics.count > l.maxMetrics { problems.append("\(host.metrics.count) metrics") }
        return ContainmentCheck(property: "isolation", passed: problems.isEmpty,
                                detail: problems.isEmpty ? "every host-side buffer stayed under its cap" : "host buffers beyond their caps: \(problems.joined(separator: ", "))")
    }
}
