import Interpreter

/// The exports a host looks up, with the signature each must have (proxy-wasm-cpp-host's
/// FOR_ALL_MODULE_FUNCTIONS). A module exporting one with another type fails to load.
public enum CallbackSignatures {
    static let i32 = ValueType.i32

    static func t(_ params: Int, _ results: Int) -> FunctionType {
        FunctionType(parameters: Array(repeating: .i32, count: params), results: Array(repeating: .i32, count: results))
    }

    /// Expected type of each known export for an ABI version.
    public static func expected(for version: ABIVersion) -> [String: FunctionType] {
        var table: [String: FunctionType] = [
            "_initialize": t(0, 0),
            "_start": t(0, 0),
            "main": t(2, 1),
            "malloc": t(1, 1),
            "proxy_on_memory_allocate": t(1, 1),
            "proxy_on_context_create": t(2, 0),
            "proxy_on_done": t(1, 1),
            "proxy_on_log": t(1, 0),
            "proxy_on_delete": t(1, 0),
            "proxy_on_vm_start": t(2, 1),
            "proxy_on_configure": t(2, 1),
            "proxy_validate_configuration": t(2, 1),
            "proxy_on_tick": t(1, 0),
            "proxy_on_new_connection": t(1, 1),
            "proxy_on_downstream_data": t(3, 1),
            "proxy_on_upstream_data": t(3, 1),
            "proxy_on_downstream_connection_close": t(2, 0),
            "proxy_on_upstream_connection_close": t(2, 0),
            "proxy_on_request_headers": t(3, 1),
            "proxy_on_request_body": t(3, 1),
            "proxy_on_request_trailers": t(2, 1),
            "proxy_on_request_metadata": t(2, 1),
            "proxy_on_response_headers": t(3, 1),
            "proxy_on_response_body": t(3, 1),
            "proxy_on_response_trailers": t(2, 1),
            "proxy_on_response_metadata": t(2, 1),
            "proxy_on_http_call_response": t(5, 0),
            "proxy_on_grpc_receive_initial_metadata": t(3, 0),
            "proxy_on_grpc_receive": t(3, 0),
            "proxy_on_grpc_receive_trailing_metadata": t(3, 0),
            "proxy_on_grpc_close": t(3, 0),
            "proxy_on_queue_ready": t(2, 0),
            "proxy_on_foreign_function": t(3, 0),
        ]
        if version == .v0_1_0 {
            table["proxy_on_request_headers"] = t(2, 1)
            table["proxy_on_response_headers"] = t(2, 1)
            table["proxy_on_foreign_function"] = nil
        }
        return table
    }
}
