import Interpreter

/// Traps: every trap kind a plugin can raise itself (SDK panics become `unreachable`),
/// with named frames so the backtrace can be checked.
enum TrapFaults {
    static let entries: [FaultPlugin] = [
        FaultPlugin(
            id: "traps.unreachable_panic", category: .traps,
            summary: "An SDK-style panic: logs \"panicked at ...\" at CRITICAL, then executes unreachable, in proxy_on_request_headers.",
            trigger: .requestHeaders,
            expected: .trap(.unreachable, callback: "proxy_on_request_headers", frame: "fault_panic")),
        FaultPlugin(
            id: "traps.unreachable_deep", category: .traps,
            summary: "unreachable five calls deep (fault_one .. fault_five) in proxy_on_request_body, like cpp-host's trap.rs.",
            trigger: .requestBody,
            expected: .trap(.unreachable, callback: "proxy_on_request_body", frame: "fault_five")),
        FaultPlugin(
            id: "traps.unreachable_vm_start", category: .traps,
            summary: "A panic (unreachable) in proxy_on_vm_start: the plugin never starts.",
            trigger: .vmStart,
            expected: .trap(.unreachable, callback: "proxy_on_vm_start", frame: "fault_panic")),
        FaultPlugin(
            id: "traps.unreachable_context_create", category: .traps,
            summary: "A panic (unreachable) in proxy_on_context_create for stream contexts.",
            trigger: .contextCreate,
            expected: .trap(.unreachable, callback: "proxy_on_context_create", frame: "fault_panic")),
        FaultPlugin(
            id: "traps.unreachable_http_call_response", category: .traps,
            summary: "Starts an HTTP callout from proxy_on_request_headers; proxy_on_http_call_response panics (unreachable) on the answer.",
            trigger: .httpCallResponse,
            expected: .trap(.unreachable, callback: "proxy_on_http_call_response", frame: "fault_panic")),
        FaultPlugin(
            id: "traps.divide_by_zero", category: .traps,
            summary: "i32.div_u by a divisor computed to be zero, in proxy_on_request_body.",
            trigger: .requestBody,
            expected: .trap(.integerDivideByZero, callback: "proxy_on_request_body", frame: "fault_divide")),
        FaultPlugin(
            id: "traps.remainder_by_zero", category: .traps,
            summary: "i64.rem_s by zero in proxy_on_response_headers.",
            trigger: .responseHeaders,
            expected: .trap(.integerDivideByZero, callback: "proxy_on_response_headers", frame: "fault_remainder")),
        FaultPlugin(
            id: "traps.integer_overflow", category: .traps,
            summary: "i32.div_s of INT32_MIN by -1 in proxy_on_response_headers.",
            trigger: .responseHeaders,
            expected: .trap(.integerOverflow, callback: "proxy_on_response_headers", frame: "fault_overflow")),
        FaultPlugin(
            id: "traps.invalid_conversion", category: .traps,
            summary: "i32.trunc_f32_s of NaN in proxy_on_request_headers.",
            trigger: .requestHeaders,
            expected: .trap(.invalidConversionToInteger, callback: "proxy_on_request_headers", frame: "fault_truncate")),
        FaultPlugin(
            id: "traps.conversion_overflow", category: .traps,
            summary: "i32.trunc_f64_u of 1e10 (finite, but beyond u32) in proxy_on_request_headers.",
            trigger: .requestHeaders,
            expected: .trap(.integerOverflow, callback: "proxy_on_request_headers", frame: "fault_truncate")),
        FaultPlugin(
            id: "traps.call_indirect_null", category: .traps,
            summary: "call_indirect through a null table slot (a call through a null function pointer).",
            trigger: .requestHeaders,
            expected: .trap(.uninitializedElement, callback: "proxy_on_request_headers", frame: "fault_call_null")),
        FaultPlugin(
            id: "traps.call_indirect_type_mismatch", category: .traps,
            summary: "call_indirect of an (i32) -> i32 function with the type () -> ().",
            trigger: .requestHeaders,
            expected: .trap(.indirectCallTypeMismatch, callback: "proxy_on_request_headers", frame: "fault_call_wrong_type")),
        FaultPlugin(
            id: "traps.call_indirect_out_of_table", category: .traps,
            summary: "call_indirect of slot 1000 in a 4-slot table, in proxy_on_request_body.",
            trigger: .requestBody,
            expected: .trap(.undefinedElement, callback: "proxy_on_request_body", frame: "fault_call_beyond")),
        FaultPlugin(
            id: "traps.table_get_oob", category: .traps,
            summary: "table.get of slot 7 in a 4-slot table.",
            trigger: .requestHeaders,
            expected: .trap(.outOfBoundsTableAccess, callback: "proxy_on_request_headers", frame: "fault_table_get")),
    ]
}
