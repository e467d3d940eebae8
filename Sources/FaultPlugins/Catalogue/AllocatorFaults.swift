import Interpreter
import MockHost

/// Allocator faults: the guest allocator the host calls to hand data over returns nothing,
/// a pointer outside memory or into the plugin's own data, traps, loops, recurses, or makes
/// host calls it may not make.
enum AllocatorFaults {
    /// A non-empty plugin configuration, so that proxy_on_configure has something to read.
    static let configuration = Array(#"{"fault": "allocator"}"#.utf8)

    static let entries: [FaultPlugin] = [
        FaultPlugin(
            id: "allocator.returns_zero", category: .allocator,
            summary: "malloc returns 0; proxy_on_configure reads the plugin configuration.",
            trigger: .allocator,
            expected: .hostStatuses(["proxy_get_buffer_bytes": .invalidMemoryAccess]),
            pluginConfiguration: configuration),
        FaultPlugin(
            id: "allocator.returns_out_of_bounds", category: .allocator,
            summary: "malloc returns 0xFFFFFF00; proxy_on_request_headers reads :path.",
            trigger: .allocator,
            expected: .hostStatuses(["proxy_get_header_map_value": .invalidMemoryAccess])),
        FaultPlugin(
            id: "allocator.returns_straddling", category: .allocator,
            summary: "malloc returns a block starting 4 bytes before the end of memory; the host needs 5 bytes for :path.",
            trigger: .allocator,
            expected: .hostStatuses(["proxy_get_header_map_value": .invalidMemoryAccess])),
        FaultPlugin(
            id: "allocator.returns_data_pointer", category: .allocator,
            summary: "malloc returns the address of the plugin's own static data; the host writes the configuration over it.",
            trigger: .allocator,
            expected: .hostStatuses(["proxy_get_buffer_bytes": .ok]),
            pluginConfiguration: configuration),
        FaultPlugin(
            id: "allocator.traps", category: .allocator,
            summary: "malloc executes unreachable while the host returns :path to proxy_on_request_headers.",
            trigger: .allocator,
            expected: .trap(.unreachable, callback: "proxy_on_request_headers", frame: "fault_malloc_unreachable")),
        FaultPlugin(
            id: "allocator.loops", category: .allocator,
            summary: "malloc loops forever while the host returns the request headers to proxy_on_request_headers.",
            trigger: .allocator,
            expected: .trap(.outOfFuel, callback: "proxy_on_request_headers", frame: "fault_malloc_spin")),
        FaultPlugin(
            id: "allocator.recursion", category: .allocator,
            summary: "malloc recurses without end while the host returns the plugin configuration to proxy_on_configure.",
            trigger: .allocator,
            expected: .trap(.callStackExhausted, callback: "proxy_on_configure", frame: "fault_malloc_recurse"),
            pluginConfiguration: configuration),
        FaultPlugin(
            id: "allocator.calls_restricted_host", category: .allocator,
            summary: "malloc calls proxy_get_header_map_value, which the host forbids while it runs the allocator.",
            trigger: .allocator,
            expected: .trap(.hostError("restricted_callback"), callback: "proxy_on_request_headers", frame: "fault_malloc_restricted")),
        FaultPlugin(
            id: "allocator.calls_proxy_done", category: .allocator,
            summary: "malloc calls proxy_done() (cpp-host's bad_malloc.rs), which the host forbids while it runs the allocator.",
            trigger: .allocator,
            expected: .trap(.hostError("restricted_callback"), callback: "proxy_on_request_headers", frame: "fault_malloc_done")),
        FaultPlugin(
            id: "allocator.logs_allowed", category: .allocator,
            summary: "malloc logs with proxy_log, which the host allows while it runs the allocator.",
            trigger: .allocator,
            expected: .hostStatuses(["proxy_log": .ok, "proxy_get_header_map_value": .ok])),
    ]
}
