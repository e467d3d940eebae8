/// `proxy_get_property` and `proxy_set_property` (resolution in State/Properties.swift).
///
/// Envoy (cpp-host `exports.cc`, Envoy `Context::getProperty/setProperty`):
/// - get: the path range is checked (INVALID_MEMORY_ACCESS), then the property is resolved
///   (NOT_FOUND / SERIALIZATION_FAILURE before any out-pointer is written), then the value
///   is returned through the guest allocator ((0, 0) when empty);
/// - set: both ranges are checked, then the value is stored in the effective stream's filter
///   state under the raw path; a root context has no stream info: NOT_FOUND.
/// Caps: a value above `HostLimits.maxGuestValueBytes`, more than `maxHeaderMapEntries`
/// stored paths or `maxFilterStateBytes` bytes on one stream, is refused with
/// INTERNAL_FAILURE.
enum PropertyFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        let i32s = HostFunctionTable.i32s
        _ = version
        return [
            HostFunctionTable.proxy("proxy_get_property", i32s(4)) { call in
                let path = (pointer: call.u32(0), length: call.u32(1))
                call.trace("path: [\(path.pointer), +\(path.length)]")
                guard try call.inBounds(path) else { return ProxyStatus.invalidMemoryAccess.rawValue }
                guard call.withinCopyLimit(path.length) else { return ProxyStatus.notFound.rawValue }
                let pathBytes = try call.read(path.pointer, path.length)
                let shown = traceText(pathBytes.map { $0 == 0 ? UInt8(ascii: ".") : $0 })
                switch call.vm.lookupProperty(pathBytes) {
                case .notFound:
                    call.trace("path: \(shown): not found")
                    return ProxyStatus.notFound.rawValue
                case .serializationFailure:
                    call.trace("path: \(shown): cannot be serialized")
                    return ProxyStatus.serializationFailure.rawValue
                case .value(let value):
                    call.trace("path: \(shown) -> \(traceText(value))")
                    try call.returnBytes(value, pointerOut: call.u32(2), lengthOut: call.u32(3))
                    return ProxyStatus.ok.rawValue
                }
            },
            HostFunctionTable.proxy("proxy_set_property", i32s(4)) { call in
                let path = (pointer: call.u32(0), length: call.u32(1))
                let value = (pointer: call.u32(2), length: call.u32(3))
                call.trace("path: [\(path.pointer), +\(path.length)], value: [\(value.pointer), +\(value.length)]")
                guard try call.inBounds(path, value) else { return ProxyStatus.invalidMemoryAccess.rawValue }
                let vm = call.vm
                let state: [[UInt8]: [UInt8]], held: Int
                switch vm.effectiveContext {
                case .http(let s)?: (state, held) = (s.filterState, s.filterStateBytes)
                case .tcp(let c)?: (state, held) = (c.filterState, c.filterStateBytes)
                default:
                    call.trace("no stream info in a root context")
                    return ProxyStatus.notFound.rawValue
                }
                guard call.withinCopyLimit(path.length, value.length) else { return ProxyStatus.internalFailure.rawValue }
                let pathBytes = try call.read(path.pointer, path.length)
                let replaced = state[pathBytes].map { $0.count + pathBytes.count } ?? 0
                guard state[pathBytes] != nil || state.count < vm.host.limits.maxHeaderMapEntries,
                      held - replaced + pathBytes.count + Int(value.length) <= vm.host.limits.maxFilterStateBytes else {
                    call.trace("host cap: \(state.count) properties, \(held) bytes on this stream")
                    return ProxyStatus.internalFailure.rawValue
                }
                let valueBytes = try call.read(value.pointer, value.length)
                let newHeld = held - replaced + pathBytes.count + valueBytes.count
                switch vm.effectiveContext {
                case .http(let s)?: s.filterState[pathBytes] = valueBytes; s.filterStateBytes = newHeld
                case .tcp(let c)?: c.filterState[pathBytes] = valueBytes; c.filterStateBytes = newHeld
                default: break
                }
                call.trace("path: \(traceText(pathBytes.map { $0 == 0 ? UInt8(ascii: ".") : $0 })), value: \(traceText(valueBytes))")
                return ProxyStatus.ok.rawValue
            },
        ]
    }
}
