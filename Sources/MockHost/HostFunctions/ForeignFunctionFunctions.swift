/// `proxy_call_foreign_function(name, args, *result_ptr, *result_len)` calling the
/// functions registered with `MockHost.registerForeignFunction`.
///
/// cpp-host `exports.cc` call_foreign_function: the name and argument ranges are checked
/// first (INVALID_MEMORY_ACCESS, before the lookup), an unknown name is NOT_FOUND before any
/// out-pointer is written; the function runs, then a non-empty result is copied into guest
/// memory (only when `result_ptr` is not 0) and the address and size are written to the
/// out-pointers that are not 0; an empty result writes 0 and 0 without allocating. A
/// registered function answering nil fails the call with INTERNAL_FAILURE.
///
/// Built in, as in Envoy (`source/extensions/common/wasm/foreign.cc`): `clear_route_cache`
/// (no arguments, no result) clears the effective HTTP stream's route cache
/// (`HTTPStream.routeCacheClearCount`). A function registered under the same name replaces
/// it. Arguments above `HostLimits.maxGuestValueBytes` are refused with INTERNAL_FAILURE.
enum ForeignFunctionFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        _ = version
        return [
            HostFunctionTable.proxy("proxy_call_foreign_function", HostFunctionTable.i32s(6)) { call in
                let name = (pointer: call.u32(0), length: call.u32(1))
                let arguments = (pointer: call.u32(2), length: call.u32(3))
                let resultOut = call.u32(4), sizeOut = call.u32(5)
                call.trace("name: [\(name.pointer), +\(name.length)], arguments: [\(arguments.pointer), +\(arguments.length)]")
                guard try call.inBounds(name, arguments) else { return ProxyStatus.invalidMemoryAccess.rawValue }
                guard call.withinCopyLimit(name.length) else { return ProxyStatus.notFound.rawValue }
                let vm = call.vm
                let functionName = try call.readString(name.pointer, name.length)
                let function: (([UInt8]) -> [UInt8]?)?
                if let registered = vm.host.foreignFunctions[functionName] {
                    function = registered
                } else if functionName == "clear_route_cache" {
                    function = { [link = vm.link] _ in
                        if let vm = link.vm { StreamFunctions.clearRouteCache(vm) }
                        return []
                    }
                } else {
                    function = nil
                }
                guard let function else {
                    call.trace("\"\(functionName)\": not found")
                    return ProxyStatus.notFound.rawValue
                }
                guard call.withinCopyLimit(arguments.length) else { return ProxyStatus.internalFailure.rawValue }
                let argumentBytes = try call.read(arguments.pointer, arguments.length)
                guard let result = function(argumentBytes) else {
                    call.trace("\"\(functionName)\"(\(traceText(argumentBytes))) failed")
                    return ProxyStatus.internalFailure.rawValue
                }
                call.trace("\"\(functionName)\"(\(traceText(argumentBytes))) -> \(traceText(result))")
                var address: UInt32 = 0
                if !result.isEmpty && resultOut != 0 {
                    address = try vm.allocate(UInt64(result.count))
                    try call.write(result, at: address)
                }
                if resultOut != 0 { try call.writeU32(address, at: resultOut) }
                if sizeOut != 0 { try call.writeU32(UInt32(truncatingIfNeeded: result.count), at: sizeOut) }
                return ProxyStatus.ok.rawValue
            },
        ]
    }
}
