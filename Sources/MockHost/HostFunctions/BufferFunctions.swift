/// `proxy_get_buffer_bytes`, `proxy_set_buffer_bytes`, `proxy_get_buffer_status`.
///
/// Envoy's semantics, which differ from the spec: reads are clamped to the buffer (a start
/// at or past the end gives an empty result with OK); writes support start 0 (drop `size`
/// bytes from the front, then prepend: prepend when size is 0, replace when it covers the
/// buffer) and start ≥ length (append); anything else is BAD_ARGUMENT.
enum BufferFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        let i32s = HostFunctionTable.i32s
        _ = version
        return [
            HostFunctionTable.proxy("proxy_get_buffer_bytes", i32s(5)) { call in
                let raw = call.u32(0), start = call.u32(1), maxSize = call.u32(2)
                call.trace("buffer: \(raw), start: \(start), max: \(maxSize)")
                guard let type = BufferType(rawValue: raw) else { return ProxyStatus.badArgument.rawValue }
                guard let buffer = call.vm.buffer(type) else { return ProxyStatus.notFound.rawValue }
                var bytes: [UInt8] = []
                if Int(start) < buffer.count {
                    let length = min(Int(maxSize), buffer.count - Int(start))
                    bytes = Array(buffer[Int(start)..<Int(start) + length])
                }
                call.trace("buffer: \(type), start: \(start), max: \(maxSize) -> \(bytes.count) bytes")
                try call.returnBytes(bytes, pointerOut: call.u32(3), lengthOut: call.u32(4))
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_set_buffer_bytes", i32s(5)) { call in
                let raw = call.u32(0), start = call.u32(1), size = call.u32(2)
                call.trace("buffer: \(raw), start: \(start), size: \(size), data: [\(call.u32(3)), +\(call.u32(4))]")
                guard let type = BufferType(rawValue: raw) else { return ProxyStatus.badArgument.rawValue }
                guard var buffer = call.vm.buffer(type) else { return ProxyStatus.notFound.rawValue }
                let memory = try call.memory
                guard memory.contains(address: UInt64(call.u32(3)), length: UInt64(call.u32(4))) else {
                    return ProxyStatus.invalidMemoryAccess.rawValue
                }
                guard call.vm.isMutableBuffer(type) else { return ProxyStatus.badArgument.rawValue }
                let dataLength = Int(call.u32(4))
                if start == 0 {
                    let dropped = min(Int(size), buffer.count)
                    guard buffer.count - dropped + dataLength <= call.vm.host.limits.maxBufferBytes else { return ProxyStatus.badArgument.rawValue }
                    let data = try call.read(call.u32(3), call.u32(4))
                    buffer = data + buffer.dropFirst(dropped)
                } else if Int(start) >= buffer.count {
                    guard buffer.count + dataLength <= call.vm.host.limits.maxBufferBytes else { return ProxyStatus.badArgument.rawValue }
                    buffer += try call.read(call.u32(3), call.u32(4))
                } else {
                    return ProxyStatus.badArgument.rawValue
                }
                call.trace("buffer: \(type), start: \(start), size: \(size) -> \(buffer.count) bytes")
                call.vm.setBuffer(type, buffer)
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_get_buffer_status", i32s(3)) { call in
                let raw = call.u32(0)
                call.trace("buffer: \(raw)")
                guard let type = BufferType(rawValue: raw) else { return ProxyStatus.badArgument.rawValue }
                guard let buffer = call.vm.buffer(type) else { return ProxyStatus.notFound.rawValue }
                try call.writeU32(UInt32(truncatingIfNeeded: buffer.count), at: call.u32(1))
                try call.writeU32(0, at: call.u32(2))
                return ProxyStatus.ok.rawValue
            },
        ]
    }
}
