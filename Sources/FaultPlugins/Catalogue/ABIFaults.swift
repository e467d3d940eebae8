import Interpreter

/// ABI faults: plugins that break the proxy-wasm contract itself (markers, allocator,
/// callback and import signatures, memory export, restricted calls at start).
enum ABIFaults {
    static let entries: [FaultPlugin] = [
        FaultPlugin(
            id: "abi.missing_marker", category: .abi,
            summary: "A complete plugin without any proxy_abi_version_* export.",
            trigger: .load,
            expected: .loadFailure(.missingABIVersion)),
        FaultPlugin(
            id: "abi.unknown_version", category: .abi,
            summary: "Exports proxy_abi_version_0_3_0, a version that does not exist.",
            trigger: .load,
            expected: .loadFailure(.unknownABIVersion)),
        FaultPlugin(
            id: "abi.marker_not_a_function", category: .abi,
            summary: "Exports proxy_abi_version_0_2_1 as a global instead of a function.",
            trigger: .load,
            expected: .loadFailure(.missingABIVersion)),
        FaultPlugin(
            id: "abi.missing_allocator", category: .abi,
            summary: "Exports neither malloc nor proxy_on_memory_allocate.",
            trigger: .load,
            expected: .loadFailure(.missingAllocator)),
        FaultPlugin(
            id: "abi.bad_callback_signature", category: .abi,
            summary: "A 0.2.1 plugin exporting proxy_on_request_headers with the 0.1.0 signature (i32, i32) -> i32.",
            trigger: .load,
            expected: .loadFailure(.badCallbackSignature)),
        FaultPlugin(
            id: "abi.unknown_import", category: .abi,
            summary: "Imports env.proxy_does_not_exist.",
            trigger: .load,
            expected: .loadFailure(.unknownImport)),
        FaultPlugin(
            id: "abi.import_signature_mismatch", category: .abi,
            summary: "Imports proxy_log with two parameters instead of three.",
            trigger: .load,
            expected: .loadFailure(.importSignatureMismatch)),
        FaultPlugin(
            id: "abi.missing_memory", category: .abi,
            summary: "Exports its memory as \"heap\" instead of \"memory\".",
            trigger: .load,
            expected: .loadFailure(.missingMemory)),
        FaultPlugin(
            id: "abi.restricted_call_in_initialize", category: .abi,
            summary: "_initialize calls proxy_get_header_map_value, which the host forbids during start.",
            trigger: .initialize,
            expected: .trap(.hostError("restricted_callback"), callback: "_initialize", frame: "fault_initialize_hostcall")),
        FaultPlugin(
            id: "abi.log_in_initialize", category: .abi,
            summary: "_initialize logs with proxy_log, which the host allows during start.",
            trigger: .initialize,
            expected: .completes),
    ]
}
