import Interpreter
import MockHost

/// Host abuse: a plugin that feeds the host bad pointers, lengths, enums and ids, or tries to
/// make it hold unbounded state. The host must answer with statuses (as Envoy does), keep
/// its own memory bounded, and the plugin keeps running: none of these trap. Each plugin logs
/// every host call it made with the status it got (`<call> -> <status>`).
enum HostAbuseFaults {
    static let entries: [FaultPlugin] = [
        FaultPlugin(
            id: "host-abuse.pointer_past_end", category: .hostAbuse,
            summary: "Host calls with pointers past the end of memory (0xFFFFFFF0, and exactly the end).",
            trigger: .requestHeaders,
            expected: .hostStatuses([
                "proxy_log": .invalidMemoryAccess,
                "proxy_add_header_map_value": .invalidMemoryAccess,
                "proxy_get_header_map_value": .invalidMemoryAccess,
            ])),
        FaultPlugin(
            id: "host-abuse.pointer_wrap", category: .hostAbuse,
            summary: "(pointer, length) = (0xFFFFFFF0, 0x20): the end wraps past 2^32 to 0x10.",
            trigger: .requestHeaders,
            expected: .hostStatuses([
                "proxy_log": .invalidMemoryAccess,
                "proxy_remove_header_map_value": .invalidMemoryAccess,
                "proxy_set_header_map_pairs": .invalidMemoryAccess,
            ])),
        FaultPlugin(
            id: "host-abuse.length_max", category: .hostAbuse,
            summary: "Valid pointers with the length 0xFFFFFFFF: a log message, a header value, body bytes.",
            trigger: .requestBody,
            expected: .hostStatuses([
                "proxy_log": .invalidMemoryAccess,
                "proxy_add_header_map_value": .invalidMemoryAccess,
                "proxy_set_buffer_bytes": .invalidMemoryAccess,
            ])),
        FaultPlugin(
            id: "host-abuse.out_pointers_outside", category: .hostAbuse,
            summary: "Out-pointers for the host's results at 0xFFFFFFF0, 0xFFFFFFFF and straddling the end of memory.",
            trigger: .requestHeaders,
            expected: .hostStatuses([
                "proxy_get_header_map_value": .invalidMemoryAccess,
                "proxy_get_header_map_size": .invalidMemoryAccess,
                "proxy_get_log_level": .invalidMemoryAccess,
                "proxy_get_header_map_pairs": .invalidMemoryAccess,
            ])),
        FaultPlugin(
            id: "host-abuse.bad_enums", category: .hostAbuse,
            summary: "Enum arguments out of range: map type 8 and 0xFFFFFFFF, buffer type 9, log level 6.",
            trigger: .requestHeaders,
            expected: .hostStatuses([
                "proxy_get_header_map_size": .badArgument,
                "proxy_get_buffer_bytes": .badArgument,
                "proxy_log": .badArgument,
                "proxy_get_header_map_value": .badArgument,
            ])),
        FaultPlugin(
            id: "host-abuse.bad_enums_stream_metric", category: .hostAbuse,
            summary: "Stream type 4 to proxy_continue_stream and proxy_close_stream, metric type 3 to proxy_define_metric.",
            trigger: .requestHeaders,
            expected: .hostStatuses([
                "proxy_continue_stream": .badArgument,
                "proxy_close_stream": .badArgument,
                "proxy_define_metric": .badArgument,
            ])),
        FaultPlugin(
            id: "host-abuse.unknown_context", category: .hostAbuse,
            summary: "proxy_set_effective_context with context ids that do not exist (0x7FFFFFF0 and 0).",
            trigger: .requestHeaders,
            expected: .hostStatuses(["proxy_set_effective_context": .badArgument])),
        FaultPlugin(
            id: "host-abuse.continue_outside_stream", category: .hostAbuse,
            summary: "proxy_continue_stream and proxy_close_stream from proxy_on_configure, where there is no stream.",
            trigger: .configure,
            // As Envoy's Context::continueStream/closeStream: OK, and nothing happens.
            expected: .hostStatuses([
                "proxy_continue_stream": .ok,
                "proxy_close_stream": .ok,
            ])),
        FaultPlugin(
            id: "host-abuse.log_1gib_claim", category: .hostAbuse,
            summary: "proxy_log claiming a 1 GiB message (pointer 0, length 0x40000000) from a 1 MiB memory.",
            trigger: .requestHeaders,
            expected: .hostStatuses(["proxy_log": .invalidMemoryAccess])),
        FaultPlugin(
            id: "host-abuse.log_huge_in_memory", category: .hostAbuse,
            summary: "Grows memory to 17 MiB and logs all of it: valid, but above the host's 16 MiB cap on a guest value.",
            trigger: .requestHeaders,
            expected: .hostStatuses(["proxy_log": .ok]),
            limits: catalogueLimits { $0.maxMemoryPages = 320 }),
        FaultPlugin(
            id: "host-abuse.header_flood", category: .hostAbuse,
            summary: "Adds a request header 100,000 times (the issue's million, scaled down); the host caps a header map at 10,000 entries.",
            trigger: .requestHeaders,
            expected: .hostStatuses(["proxy_add_header_map_value": .badArgument]),
            limits: catalogueLimits { $0.fuel = 20_000_000 }),
        FaultPlugin(
            id: "host-abuse.header_bytes_flood", category: .hostAbuse,
            summary: "Adds a header with a 4 KiB value 10,000 times (40 MiB); the host caps a header map at 1 MiB.",
            trigger: .requestHeaders,
            expected: .hostStatuses(["proxy_add_header_map_value": .badArgument])),
        FaultPlugin(
            id: "host-abuse.malformed_pairs", category: .hostAbuse,
            summary: "proxy_set_header_map_pairs with four malformed pairs buffers (short, huge count, no NULs, trailing bytes).",
            trigger: .requestHeaders,
            expected: .hostStatuses(["proxy_set_header_map_pairs": .ok, "proxy_get_header_map_size": .ok])),
        FaultPlugin(
            id: "host-abuse.shared_data_flood", category: .hostAbuse,
            summary: "Stores 20,000 distinct shared-data keys, twice the host's 10,000-key cap.",
            trigger: .configure,
            expected: .hostStatuses(["proxy_set_shared_data": .internalFailure]),
            limits: catalogueLimits { $0.fuel = 20_000_000 }),
        FaultPlugin(
            id: "host-abuse.queue_flood", category: .hostAbuse,
            summary: "Registers 1,500 shared queues (cap 1,000) and enqueues 20,000 items into one (cap 10,000).",
            trigger: .configure,
            expected: .hostStatuses(["proxy_register_shared_queue": .internalFailure, "proxy_enqueue_shared_queue": .internalFailure]),
            limits: catalogueLimits { $0.fuel = 20_000_000 }),
        FaultPlugin(
            id: "host-abuse.metric_flood", category: .hostAbuse,
            summary: "Defines 20,000 distinct counters, twice the host's 10,000-metric cap.",
            trigger: .configure,
            expected: .hostStatuses(["proxy_define_metric": .internalFailure]),
            limits: catalogueLimits { $0.fuel = 20_000_000 }),
        FaultPlugin(
            id: "host-abuse.http_call_unknown_cluster", category: .hostAbuse,
            summary: "proxy_http_call to a cluster the host does not know, with well-formed headers.",
            trigger: .requestHeaders,
            expected: .hostStatuses(["proxy_http_call": .badArgument])),
        FaultPlugin(
            id: "host-abuse.http_call_flood", category: .hostAbuse,
            summary: "Starts 2,000 HTTP callouts without waiting for answers; the host allows 1,000 outstanding per VM.",
            trigger: .requestHeaders,
            expected: .hostStatuses(["proxy_http_call": .internalFailure])),
        FaultPlugin(
            id: "host-abuse.done_nothing_pending", category: .hostAbuse,
            summary: "proxy_done() from proxy_on_request_headers while no context waits for it.",
            trigger: .requestHeaders,
            expected: .hostStatuses(["proxy_done": .notFound])),
        FaultPlugin(
            id: "host-abuse.buffer_abuse", category: .hostAbuse,
            summary: "Replaces bytes in the middle of the request body, and reads the plugin configuration outside on_configure.",
            trigger: .requestBody,
            expected: .hostStatuses(["proxy_set_buffer_bytes": .badArgument, "proxy_get_buffer_bytes": .notFound])),
        FaultPlugin(
            id: "host-abuse.header_value_huge", category: .hostAbuse,
            summary: "Adds a header with a 2 MiB value, then one with a 2 MiB key; the host caps a header map at 1 MiB.",
            trigger: .requestHeaders,
            expected: .hostStatuses(["proxy_add_header_map_value": .badArgument])),
    ]
}

/// The catalogue's default limits with some changes.
fileprivate func catalogueLimits(_ change: (inout EngineLimits) -> Void) -> EngineLimits {
    var limits = FaultPlugin.defaultLimits
    change(&limits)
    return limits
}
