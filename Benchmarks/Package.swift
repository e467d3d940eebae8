// swift-tools-version:6.0
// Benchmarks, outside the product: our engine side by side with WasmKit 0.4.2 on the same
// kernels, in one process. The product package itself has no dependencies; only this one does.
import PackageDescription

let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "proxy-wasm-check", path: ".."),
        .package(url: "https://github.com/swiftwasm/WasmKit.git", exact: "0.4.2"),
    ],
    targets: [
        .executableTarget(
            name: "engine-bench",
            dependencies: [
                .product(name: "Interpreter", package: "proxy-wasm-check"),
                .product(name: "WasmKit", package: "WasmKit"),
            ],
            path: "Sources/engine-bench"
        ),
    ],
    swiftLanguageModes: [.v5]
)
