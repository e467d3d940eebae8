import Foundation
import Interpreter
import WasmKit

// Quick first version; replaced by the full benchmark later.
// Usage: engine-bench [DIR] | engine-bench --single ours|wasmkit FILE N
func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}
func median(_ xs: [Double]) -> Double { xs.min()! }

var limits = EngineLimits()
limits.fuel = nil
if ProcessInfo.processInfo.environment["NOFUEL"] != nil { limits.fuelMetering = false }

func ours(_ bytes: [UInt8], _ n: UInt32?) throws -> (UInt32, () throws -> [Interpreter.Value]) {
    let m = try Interpreter.Module(bytes: bytes, limits: limits)
    let store = Interpreter.Store(limits: limits)
    let instance = try store.instantiate(m)
    guard case .i32(let dn)? = try instance.invoke("default_n", []).first else { fatalError() }
    let arg = n ?? dn
    return (arg, { try instance.invoke("run", [.i32(arg)]) })
}
func theirs(_ bytes: [UInt8], _ n: UInt32) throws -> () throws -> [WasmKit.Value] {
    let m = try parseWasm(bytes: bytes)
    let store = WasmKit.Store(engine: Engine())
    let instance = try m.instantiate(store: store)
    let run = instance.exports[function: "run"]!
    return { try run([.i32(n)]) }
}

let args = CommandLine.arguments
if args.count > 1 && args[1] == "--single" {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: args[3])))
    let n = UInt32(args[4])!
    if args[2] == "ours" { print(try ours(bytes, n).1()) } else { print(try theirs(bytes, n)()) }
    exit(0)
}
let dir = URL(fileURLWithPath: args.count > 1 ? args[1] : "Kernels/wasm")
let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".wasm") }.sorted()
var logSum = 0.0
for file in files {
    let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent(file)))
    let (n, runOurs) = try ours(bytes, nil)
    let runTheirs = try theirs(bytes, n)
    var o: [Double] = [], t: [Double] = []
    for _ in 0..<9 { o.append(try time { _ = try runOurs() }); t.append(try time { _ = try runTheirs() }) }
    let ratio = median(o) / median(t)
    logSum += log(ratio)
    print(String(format: "%-20@ ours %8.2f ms  wasmkit %8.2f ms  ratio %.2f", file as NSString, median(o), median(t), ratio))
}
print(String(format: "geomean ratio %.3f", exp(logSum / Double(files.count))))
