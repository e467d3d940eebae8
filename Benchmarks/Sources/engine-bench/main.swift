import Foundation
import Interpreter

// engine-bench: our engine side by side with WasmKit 0.4.2 on the kernels of
// Benchmarks/Kernels, plus load times and the host-call round trip. See Options.usage and
// Benchmarks/README.md.

do {
    let options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
    if let path = options.dumpIR {
        let module = try Module(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        for index in module.importedFunctionCount..<module.functionCount {
            if let text = module.translatedCode(functionIndex: index) { print(text) }
        }
        exit(0)
    }
    let machine = MachineInfo.current()
    progress("engine-bench: \(machine.line)")
    let specs = try KernelSpec.load()
    let kernels = options.runKernels ? try KernelBench.run(options) : []
    let loads = options.runLoad ? try LoadBench.run(options, kernels: specs) : []
    let hostCalls = options.hostCalls > 0 ? try HostCallBench.run(options) : []
    let report = BenchReport(machine: machine, rounds: options.rounds, kernels: kernels, loads: loads,
                             hostCalls: hostCalls, hostCallCount: options.hostCalls)
    print(options.json ? report.json.serialized() : report.text)
    exit(report.mismatches.isEmpty ? 0 : 1)
} catch {
    progress("engine-bench: error: \(error)")
    exit(2)
}
