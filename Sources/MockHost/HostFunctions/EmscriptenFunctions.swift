import Interpreter

/// The `env` shims proxy-wasm-cpp-host links for Emscripten-built plugins (`src/exports.cc`):
///
/// - `emscripten_notify_memory_growth(memory_index)`: a no-op. Emscripten calls it from `sbrk`
///   when `malloc` grows memory, so it is allowed while the allocator runs and during
///   `_initialize` (proxy-wasm-cpp-host#461 allow-listed it).
/// - `pthread_equal(a, b) -> i32`: `a == b`. It is on neither of cpp-host's restricted-phase
///   allow lists, so calling it from `_initialize` or `malloc` fails the VM
///   ("restricted_callback"), as in Envoy.
enum EmscriptenFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        _ = version
        return [
            HostFunctionSpec(module: "env", name: "emscripten_notify_memory_growth",
                             type: FunctionType(parameters: [.i32], results: []), family: .other,
                             allowedDuringStart: true, allowedDuringAllocation: true) { call in
                call.trace("memory: \(call.u32(0)), \(call.vm.memoryPages) pages")
                return nil
            },
            HostFunctionSpec(module: "env", name: "pthread_equal",
                             type: FunctionType(parameters: [.i32, .i32], results: [.i32]), family: .other,
                             allowedDuringStart: false, allowedDuringAllocation: false) { call in
                let equal: UInt32 = call.u32(0) == call.u32(1) ? 1 : 0
                call.trace("\(call.u32(0)), \(call.u32(1)) -> \(equal)")
                return equal
            },
        ]
    }
}
