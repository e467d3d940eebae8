import MockHost

/// The non-OK answers each host function may give (the spec's per-function status lists,
/// and WASI errnos), used to inject host-call faults into a plugin under test.
public enum HostCallFaults {
    static let ba = ProxyStatus.badArgument.rawValue
    static let nf = ProxyStatus.notFound.rawValue
    static let ima = ProxyStatus.invalidMemoryAccess.rawValue
    static let iff = ProxyStatus.internalFailure.rawValue

    static let table: [String: [UInt32]] = [
        "proxy_done": [nf],
        "proxy_set_effective_context": [ba],
        "proxy_log": [ba, ima],
        "proxy_get_log_level": [ima],
        "proxy_get_current_time_nanoseconds": [ima],
        "proxy_get_buffer_bytes": [ba, nf, ima],
        "proxy_set_buffer_bytes": [ba, nf, ima],
        "proxy_get_buffer_status": [ba, nf, ima],
        "proxy_get_header_map_size": [ba, ima],
        "proxy_get_header_map_pairs": [ba, ima],
        "proxy_set_header_map_pairs": [ba, ima],
        "proxy_get_header_map_value": [ba, nf, ima],
        "proxy_add_header_map_value": [ba, ima],
        "proxy_replace_header_map_value": [ba, ima],
        "proxy_remove_header_map_value": [ba, ima],
        "proxy_continue_stream": [ba, ProxyStatus.unimplemented.rawValue],
        "proxy_close_stream": [ba],
        "proxy_get_status": [ima],
        "proxy_send_local_response": [ima],
        "proxy_http_call": [ba, iff, ima],
        "proxy_grpc_call": [ProxyStatus.parseFailure.rawValue, iff, ima],
        "proxy_grpc_stream": [ProxyStatus.parseFailure.rawValue, iff, ima],
        "proxy_grpc_send": [ba, nf, ima],
        "proxy_grpc_cancel": [ba, nf],
        "proxy_grpc_close": [ba, nf],
        "proxy_set_shared_data": [ProxyStatus.casMismatch.rawValue, ima],
        "proxy_get_shared_data": [nf, ima],
        "proxy_register_shared_queue": [ima],
        "proxy_resolve_shared_queue": [nf, ima],
        "proxy_enqueue_shared_queue": [nf, ima],
        "proxy_dequeue_shared_queue": [nf, ProxyStatus.empty.rawValue, ima],
        "proxy_define_metric": [ba, ima],
        "proxy_record_metric": [nf],
        "proxy_increment_metric": [nf, ba],
        "proxy_get_metric": [nf, ima],
        "proxy_get_property": [nf, ProxyStatus.serializationFailure.rawValue, ima],
        "proxy_set_property": [nf, ima],
        "proxy_call_foreign_function": [nf, ima],
        "proxy_get_configuration": [ima],
        // WASI (errno)
        "fd_write": [WASIErrno.badf.rawValue, WASIErrno.fault.rawValue],
        "fd_read": [WASIErrno.badf.rawValue, WASIErrno.fault.rawValue],
        "fd_fdstat_get": [WASIErrno.badf.rawValue, WASIErrno.fault.rawValue],
        "clock_time_get": [WASIErrno.fault.rawValue, WASIErrno.inval.rawValue],
        "random_get": [WASIErrno.fault.rawValue, WASIErrno.inval.rawValue],
        "environ_sizes_get": [WASIErrno.fault.rawValue],
        "environ_get": [WASIErrno.fault.rawValue],
        "args_sizes_get": [WASIErrno.fault.rawValue],
        "args_get": [WASIErrno.fault.rawValue],
        "poll_oneoff": [WASIErrno.fault.rawValue, WASIErrno.inval.rawValue],
        "sched_yield": [WASIErrno.nosys.rawValue],
    ]

    /// The non-OK statuses `function` may answer (empty when it has none, e.g. void WASI
    /// calls or `proxy_set_tick_period_milliseconds`).
    public static func statuses(for function: String) -> [UInt32] {
        table[function] ?? []
    }

    /// A status for display: proxy status names for proxy_* functions, errno otherwise.
    public static func name(_ status: UInt32, function: String) -> String {
        if function.hasPrefix("proxy_"), let s = ProxyStatus(rawValue: status) { return s.description }
        switch WASIErrno(rawValue: status) {
        case .badf?: return "EBADF"
        case .fault?: return "EFAULT"
        case .inval?: return "EINVAL"
        case .nosys?: return "ENOSYS"
        case .notsup?: return "ENOTSUP"
        case .noent?: return "ENOENT"
        default: return "\(status)"
        }
    }
}
