/// `proxy_log` and `proxy_get_log_level`.
enum LoggingFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        var specs = [
            HostFunctionTable.proxy("proxy_log", HostFunctionTable.i32s(3), allowedDuringStart: true, allowedDuringAllocation: true) { call in
                let level = call.u32(0), pointer = call.u32(1), length = call.u32(2)
                call.trace("level: \(level), message: [\(pointer), +\(length)]")
                // The level is checked before memory (as cpp-host does).
                guard let logLevel = LogLevel(rawValue: level) else { return ProxyStatus.badArgument.rawValue }
                let memory = try call.memory
                guard memory.contains(address: UInt64(pointer), length: UInt64(length)) else {
                    return ProxyStatus.invalidMemoryAccess.rawValue
                }
                // Bound what the host copies: a huge claimed message is truncated.
                let cap = UInt32(truncatingIfNeeded: call.vm.host.limits.maxGuestValueBytes)
                var message = try call.readString(pointer, min(length, cap))
                if length > cap { message += "…(truncated from \(length) bytes)" }
                call.trace("level: \(logLevel), message: \(traceText(Array(message.utf8)))")
                call.vm.log(logLevel, message)
                return ProxyStatus.ok.rawValue
            },
        ]
        if version == .v0_2_1 {
            specs.append(HostFunctionTable.proxy("proxy_get_log_level", HostFunctionTable.i32s(1), allowedDuringStart: true) { call in
                let out = call.u32(0)
                call.trace("-> \(call.vm.configuration.logLevel)")
                try call.writeU32(call.vm.configuration.logLevel.rawValue, at: out)
                return ProxyStatus.ok.rawValue
            })
        }
        return specs
    }
}
