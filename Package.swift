// swift-tools-version:6.0
// proxy-wasm-check: proves that a proxy-wasm plugin behaves correctly and that its
// failures stay inside the WebAssembly sandbox. No package dependencies, by design.
import PackageDescription

let package = Package(
    name: "proxy-wasm-check",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Interpreter", targets: ["Interpreter"]),
        .library(name: "MockHost", targets: ["MockHost"]),
        .library(name: "FaultPlugins", targets: ["FaultPlugins"]),
        .library(name: "CheckKit", targets: ["CheckKit"]),
        .executable(name: "proxy-wasm-check", targets: ["proxy-wasm-check"]),
    ],
    targets: [
        // The WebAssembly engine: decoder, validator, translator, executor. The sandbox.
        .target(name: "Interpreter"),
        // A faithful proxy-wasm host (ABI 0.2.1/0.2.0/0.1.0 + WASI) on top of the engine.
        .target(name: "MockHost", dependencies: ["Interpreter"]),
        // The catalogue of deliberately broken plugins and the containment each must show.
        .target(name: "FaultPlugins", dependencies: ["MockHost"], resources: [.copy("Modules")]),
        // Checks, reports, badges: everything the command-line tool does, as a library.
        .target(name: "CheckKit", dependencies: ["Interpreter", "MockHost", "FaultPlugins"]),
        .executableTarget(name: "proxy-wasm-check", dependencies: ["CheckKit"]),
        // Differential testing, crash fuzzing and host fuzzing drivers (docs/fuzzing.md).
        .executableTarget(name: "wasm-fuzz", dependencies: ["Interpreter", "MockHost"]),

        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter"], resources: [.copy("Modules"), .copy("FuzzRegressions")]),
        .testTarget(name: "Conformance", dependencies: ["MockHost", "CheckKit"], path: "Tests/Conformance"),
        .testTarget(name: "Isolation", dependencies: ["MockHost", "FaultPlugins", "CheckKit"], path: "Tests/Isolation"),
    ],
    swiftLanguageModes: [.v5]
)
