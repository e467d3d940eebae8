import Interpreter

/// CPU faults: infinite loops in every phase the host runs guest code (callbacks, module
/// start, `_initialize`, the allocator, timers), stopped by fuel or the deadline; and a long
/// finite loop that must not be stopped.
enum CPUFaults {
    static let entries: [FaultPlugin] = [
        FaultPlugin(
            id: "cpu.loop_request_headers", category: .cpu,
            summary: "An infinite loop in proxy_on_request_headers.",
            trigger: .requestHeaders,
            expected: .trap(.outOfFuel, callback: "proxy_on_request_headers", frame: "fault_spin")),
        FaultPlugin(
            id: "cpu.loop_vm_start", category: .cpu,
            summary: "An infinite loop in proxy_on_vm_start: the plugin never starts.",
            trigger: .vmStart,
            expected: .trap(.outOfFuel, callback: "proxy_on_vm_start", frame: "fault_spin")),
        FaultPlugin(
            id: "cpu.loop_configure", category: .cpu,
            summary: "An infinite loop in proxy_on_configure: the plugin never starts.",
            trigger: .configure,
            expected: .trap(.outOfFuel, callback: "proxy_on_configure", frame: "fault_spin")),
        FaultPlugin(
            id: "cpu.loop_context_create", category: .cpu,
            summary: "An infinite loop in proxy_on_context_create for stream contexts (the root context is created normally).",
            trigger: .contextCreate,
            expected: .trap(.outOfFuel, callback: "proxy_on_context_create", frame: "fault_spin")),
        FaultPlugin(
            id: "cpu.loop_initialize", category: .cpu,
            summary: "The reactor start function _initialize loops forever: the load fails.",
            trigger: .initialize,
            expected: .trap(.outOfFuel, callback: "_initialize", frame: "fault_spin")),
        FaultPlugin(
            id: "cpu.loop_start_function", category: .cpu,
            summary: "The module's start function (start section) loops forever during instantiation: the load fails.",
            trigger: .startFunction,
            expected: .trap(.outOfFuel, callback: "start function", frame: "fault_spin")),
        FaultPlugin(
            id: "cpu.loop_allocator", category: .cpu,
            summary: "malloc loops forever; the host calls it to return the plugin configuration read in proxy_on_configure.",
            trigger: .allocator,
            expected: .trap(.outOfFuel, callback: "proxy_on_configure", frame: "fault_malloc_spin"),
            pluginConfiguration: Array(#"{"fault": "allocator loop"}"#.utf8)),
        FaultPlugin(
            id: "cpu.loop_tick", category: .cpu,
            summary: "Sets a 100 ms tick period in proxy_on_configure; proxy_on_tick loops forever.",
            trigger: .tick,
            expected: .trap(.outOfFuel, callback: "proxy_on_tick", frame: "fault_spin")),
        FaultPlugin(
            id: "cpu.deadline_loop", category: .cpu,
            summary: "An infinite loop in proxy_on_request_headers with no fuel budget: only the 100 ms deadline stops it.",
            trigger: .requestHeaders,
            expected: .trap(.deadlineExceeded, callback: "proxy_on_request_headers", frame: "fault_spin"),
            limits: catalogueLimits {
                $0.fuel = nil
                $0.deadline = .milliseconds(100)
            }),
        FaultPlugin(
            id: "cpu.finite_loop", category: .cpu,
            summary: "60,000 loop iterations (about 300,000 of the 500,000 fuel units) in proxy_on_request_headers, then Continue.",
            trigger: .requestHeaders,
            expected: .completes),
    ]
}

/// The catalogue's default limits with some changes.
fileprivate func catalogueLimits(_ change: (inout EngineLimits) -> Void) -> EngineLimits {
    var limits = FaultPlugin.defaultLimits
    change(&limits)
    return limits
}
