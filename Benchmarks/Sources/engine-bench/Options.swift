import Foundation

/// The command line of `engine-bench`.
struct Options {
    var rounds = 7
    var json = false
    var kernels: [String] = []
    var runKernels = true
    var runLoad = true
    var hostCalls: UInt32 = 1_000_000
    var dumpIR: String?

    static let usage = """
        USAGE: swift run -c release engine-bench [--rounds R] [--only KERNEL[,KERNEL...]]
                                                 [--no-kernels] [--no-load] [--host-calls K] [--json]

        Runs the kernels of Benchmarks/Kernels/wasm on this package's engine and on WasmKit 0.4.2
        in one process, interleaving the configurations round by round, and prints the tables
        (see Benchmarks/README.md for what each column means).

          --rounds R       timed calls per kernel and configuration, loads per module (default 7)
          --only K,...     only these kernels (names as in Kernels/expected.tsv)
          --no-kernels     skip the execution table
          --no-load        skip the load table
          --host-calls K   host calls per timed callback in the host-call table (default 1000000;
                           0 skips it)
          --json           one JSON document on standard output instead of the tables
          --dump-ir FILE   print our engine's translated IR of every function of FILE.wasm and exit
          -h, --help       this help
        Progress goes to standard error. Exit status 1 if a checksum is wrong.
        """

    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var i = 0
        func value(_ name: String) throws -> String {
            i += 1
            guard i < arguments.count else { throw BenchError("\(name) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            let a = arguments[i]
            switch a {
            case "-h", "--help":
                print(usage)
                exit(0)
            case "--rounds":
                guard let r = Int(try value(a)), r >= 1, r <= 1000 else { throw BenchError("--rounds needs an integer from 1 to 1000") }
                options.rounds = r
            case "--only":
                options.kernels = try value(a).split(separator: ",").map(String.init)
            case "--no-kernels": options.runKernels = false
            case "--no-load": options.runLoad = false
            case "--host-calls":
                guard let k = UInt32(try value(a)), k <= 100_000_000 else { throw BenchError("--host-calls needs an integer from 0 to 100000000") }
                options.hostCalls = k
            case "--json": options.json = true
            case "--dump-ir": options.dumpIR = try value(a)
            default: throw BenchError("unknown argument '\(a)' (see --help)")
            }
            i += 1
        }
        return options
    }
}
