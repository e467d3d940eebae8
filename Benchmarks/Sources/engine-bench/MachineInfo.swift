import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where and when the benchmark ran: printed at the top of every report.
struct MachineInfo {
    var system: String
    var cpu: String
    var cores: Int
    var swift: String
    var date: String
    var loadAverage: String

    static func current() -> MachineInfo {
        MachineInfo(system: uname(), cpu: cpuModel(), cores: ProcessInfo.processInfo.activeProcessorCount,
                    swift: swiftVersion(), date: ISO8601DateFormatter().string(from: Date()),
                    loadAverage: (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
                        .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "unknown")
    }

    /// One line for text reports.
    var line: String {
        "\(system); \(cpu), \(cores) cores; \(swift); \(date); load average at start \(loadAverage)"
    }

    var json: JSON {
        .object([("system", .string(system)), ("cpu", .string(cpu)), ("cores", .int(Int64(cores))),
                 ("swift", .string(swift)), ("date", .string(date)), ("loadAverage", .string(loadAverage))])
    }

    private static func uname() -> String {
        #if canImport(Glibc)
        var u = utsname()
        guard Glibc.uname(&u) == 0 else { return ProcessInfo.processInfo.operatingSystemVersionString }
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
        }
        return "\(field(u.sysname)) \(field(u.release)) \(field(u.machine))"
        #else
        return ProcessInfo.processInfo.operatingSystemVersionString
        #endif
    }

    private static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown CPU" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return "unknown CPU"
    }

    /// The first line of `swift --version` (the toolchain on PATH, normally the one that built
    /// this binary), or the compiler version this binary was built with.
    private static func swiftVersion() -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "--version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        if (try? process.run()) != nil {
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationStatus == 0,
               let first = String(decoding: data, as: UTF8.self).split(separator: "\n").first(where: { $0.contains("Swift version") }) {
                return first.trimmingCharacters(in: .whitespaces)
            }
        }
        #if compiler(>=6.3)
        return "Swift >= 6.3 (compiler)"
        #else
        return "Swift < 6.3 (compiler)"
        #endif
    }
}
