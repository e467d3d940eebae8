import Interpreter

/// Stack faults: unbounded recursion (direct, with large frames, mutual through
/// `call_indirect`), and deep but bounded recursion that must be allowed.
enum StackFaults {
    static let entries: [FaultPlugin] = [
        FaultPlugin(
            id: "stack.unbounded_recursion", category: .stack,
            summary: "A function that calls itself with no base case, from proxy_on_request_headers.",
            trigger: .requestHeaders,
            expected: .trap(.callStackExhausted, callback: "proxy_on_request_headers", frame: "fault_recurse")),
        FaultPlugin(
            id: "stack.large_frames", category: .stack,
            summary: "Unbounded recursion of a function with 1,000 i64 locals (8 KB frames): the value stack runs out first.",
            trigger: .requestBody,
            expected: .trap(.callStackExhausted, callback: "proxy_on_request_body", frame: "fault_recurse_big")),
        FaultPlugin(
            id: "stack.mutual_indirect", category: .stack,
            summary: "Two functions calling each other forever through call_indirect, from proxy_on_response_headers.",
            trigger: .responseHeaders,
            expected: .trap(.callStackExhausted, callback: "proxy_on_response_headers", frame: "fault_ping")),
        FaultPlugin(
            id: "stack.recursion_vm_start", category: .stack,
            summary: "Unbounded recursion in proxy_on_vm_start: the plugin never starts.",
            trigger: .vmStart,
            expected: .trap(.callStackExhausted, callback: "proxy_on_vm_start", frame: "fault_recurse")),
        FaultPlugin(
            id: "stack.deep_but_bounded", category: .stack,
            summary: "Recursion 1,500 calls deep (the limit is 2,000 frames) and back out, in proxy_on_request_headers.",
            trigger: .requestHeaders,
            expected: .completes),
    ]
}
