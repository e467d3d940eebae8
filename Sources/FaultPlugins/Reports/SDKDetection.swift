import Interpreter

/// Guesses which SDK built a plugin, from its exports, imports and `name` section.
/// A heuristic for reports; "unknown" when nothing distinctive is present.
public enum SDKDetection {
    public static func guess(_ module: Module) -> String {
        let names = module.names.functionNames.values
        func anyName(_ s: String) -> Bool { names.contains { $0.contains(s) } }
        let exports = Set(module.exports.map(\.name))
        let importNames = Set(module.imports.map { "\($0.module).\($0.name)" })
        let importModules = Set(module.imports.map(\.module))

        if exports.contains("proxy_on_grpc_trailing_metadata") || importNames.contains("env.abort") || anyName("~lib/") {
            return "AssemblyScript (proxy-runtime)"
        }
        if importNames.contains("env.emscripten_notify_memory_growth") || anyName("emscripten") {
            return "C++ (proxy-wasm-cpp-sdk, Emscripten)"
        }
        if anyName("proxy_wasm::") {
            return "Rust (proxy-wasm-rust-sdk)"
        }
        if anyName("github.com/tetratelabs/proxy-wasm-go-sdk") || anyName("github.com/proxy-wasm/proxy-wasm-go-sdk") || anyName("runtime.") {
            if anyName("_rt0_wasm_wasip1") || exports.contains("_initialize") && !anyName("tinygo") && anyName("runtime.wasmExit") {
                return "Go (wasip1, proxy-wasm-go-sdk)"
            }
            return "TinyGo (proxy-wasm-go-sdk)"
        }
        if anyName("rust_begin_unwind") || anyName("core::panicking") || anyName("__rust_") || anyName("_ZN4core") {
            return "Rust (raw ABI, no SDK)"
        }
        if anyName("__wasm_call_ctors") || importModules.contains("wasi_snapshot_preview1") && !names.isEmpty {
            return "C/C++ (clang)"
        }
        if module.names.functionNames.isEmpty {
            return "unknown (no name section)"
        }
        return "unknown"
    }
}
