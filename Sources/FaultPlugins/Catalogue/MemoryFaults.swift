import Interpreter

/// Memory faults: out-of-bounds accesses of every shape (plain, offset wrapping, straddling,
/// bulk operations, segments) and memory bombs against the page cap.
enum MemoryFaults {
    static let entries: [FaultPlugin] = [
        FaultPlugin(
            id: "memory.oob_load", category: .memory,
            summary: "Loads an i32 from 0xFFFFFFF0, far beyond its 128 KiB memory, in proxy_on_request_headers.",
            trigger: .requestHeaders,
            expected: .trap(.outOfBoundsMemoryAccess, callback: "proxy_on_request_headers", frame: "fault_oob_load")),
        FaultPlugin(
            id: "memory.oob_store", category: .memory,
            summary: "Stores an i32 at the first address past the end of memory in proxy_on_request_headers.",
            trigger: .requestHeaders,
            expected: .trap(.outOfBoundsMemoryAccess, callback: "proxy_on_request_headers", frame: "fault_oob_store")),
        FaultPlugin(
            id: "memory.deadbeef_store", category: .memory,
            summary: "Writes through the pointer 0xDEADBEEF, as Envoy's test_panic_cpp.cc does, in proxy_on_request_headers.",
            trigger: .requestHeaders,
            expected: .trap(.outOfBoundsMemoryAccess, callback: "proxy_on_request_headers", frame: "fault_deadbeef")),
        FaultPlugin(
            id: "memory.offset_wrap", category: .memory,
            summary: "Loads with address 16 and static offset 0xFFFFFFFF: the effective address 2^32+15 must not wrap to 15.",
            trigger: .requestBody,
            expected: .trap(.outOfBoundsMemoryAccess, callback: "proxy_on_request_body", frame: "fault_offset_wrap")),
        FaultPlugin(
            id: "memory.straddle_end", category: .memory,
            summary: "An 8-byte store 4 bytes before the end of memory: half inside, half outside.",
            trigger: .responseHeaders,
            expected: .trap(.outOfBoundsMemoryAccess, callback: "proxy_on_response_headers", frame: "fault_straddle")),
        FaultPlugin(
            id: "memory.copy_oob", category: .memory,
            summary: "memory.copy of 4 KiB whose source starts 2 KiB before the end of memory.",
            trigger: .requestBody,
            expected: .trap(.outOfBoundsMemoryAccess, callback: "proxy_on_request_body", frame: "fault_copy")),
        FaultPlugin(
            id: "memory.fill_oob", category: .memory,
            summary: "memory.fill of 100 bytes starting 10 bytes before the end of memory.",
            trigger: .responseHeaders,
            expected: .trap(.outOfBoundsMemoryAccess, callback: "proxy_on_response_headers", frame: "fault_fill")),
        FaultPlugin(
            id: "memory.init_oob", category: .memory,
            summary: "memory.init copies 64 bytes out of a 16-byte passive data segment.",
            trigger: .requestHeaders,
            expected: .trap(.outOfBoundsMemoryAccess, callback: "proxy_on_request_headers", frame: "fault_init")),
        FaultPlugin(
            id: "memory.data_segment_oob", category: .memory,
            summary: "An active data segment at 2 MiB in a 128 KiB memory: instantiation traps before any code runs.",
            trigger: .load,
            expected: .loadFailure(.instantiationFailed)),
        FaultPlugin(
            id: "memory.initial_over_cap", category: .memory,
            summary: "Declares 32 pages of initial memory and is run with a 16-page cap: the memory cannot be created.",
            trigger: .load,
            expected: .loadFailure(.instantiationFailed),
            limits: catalogueLimits { $0.maxMemoryPages = 16 }),
        FaultPlugin(
            id: "memory.grow_bomb", category: .memory,
            summary: "Grows memory one page at a time in proxy_on_configure until memory.grow returns -1, under a 64-page cap.",
            trigger: .configure,
            expected: .memoryCapped(pages: 64),
            limits: catalogueLimits { $0.maxMemoryPages = 64 }),
        FaultPlugin(
            id: "memory.grow_bomb_stream", category: .memory,
            summary: "Grows memory by 16 pages, then by 1, until refused, on every request, then writes its last byte; 128-page cap.",
            trigger: .requestHeaders,
            expected: .memoryCapped(pages: 128),
            limits: catalogueLimits { $0.maxMemoryPages = 128 }),
        FaultPlugin(
            id: "memory.grow_huge_delta", category: .memory,
            summary: "Asks memory.grow for 65,536 pages and for 0xFFFFFFFF pages; both must return -1 and the plugin carries on.",
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
