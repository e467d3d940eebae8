import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches what a fuzz worker cannot report itself: crashes (fatal signals, Swift runtime
/// traps, sanitizer aborts), hangs (one input running longer than `hangSeconds`) and
/// memory blow-ups (resident size above `rssLimitBytes`).
///
/// The input being processed is copied into a preallocated buffer before each run; a
/// fatal-signal handler writes it (and its index) with async-signal-safe calls to
/// `<dir>/crash.bin` and `<dir>/crash.index`, then lets the signal kill the process. A
/// watchdog thread does the same for hangs (`hang.*`, exit status 3) and memory (`oom.*`,
/// exit status 4). The supervisor (`wasm-fuzz campaign`) collects these files.
enum ProcessGuard {
    static let exitHang: Int32 = 3
    static let exitMemory: Int32 = 4

    static let capacity = 8 << 20
    nonisolated(unsafe) static var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    /// [0] input length, [1] input index, [2] start time (ns, monotonic; 0 when idle).
    nonisolated(unsafe) static var state = UnsafeMutablePointer<Int>.allocate(capacity: 3)
    nonisolated(unsafe) static var digits = UnsafeMutablePointer<UInt8>.allocate(capacity: 32)
    nonisolated(unsafe) static var crashBin: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var crashIndex: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var hangBin: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var hangIndex: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var oomBin: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var oomIndex: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var installed = false

    /// Installs the handlers and starts the watchdog; files go to `directory`.
    static func install(directory: String, hangSeconds: Double, rssLimitBytes: Int) {
        guard !installed else { return }
        installed = true
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        crashBin = strdup(directory + "/crash.bin")
        crashIndex = strdup(directory + "/crash.index")
        hangBin = strdup(directory + "/hang.bin")
        hangIndex = strdup(directory + "/hang.index")
        oomBin = strdup(directory + "/oom.bin")
        oomIndex = strdup(directory + "/oom.index")
        state.initialize(repeating: 0, count: 3)
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(sig, { s in
                ProcessGuard.dump(ProcessGuard.crashBin, ProcessGuard.crashIndex)
                signal(s, SIG_DFL)
                raise(s)
            })
        }
        let watchdog = Thread {
            let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
            while true {
                usleep(100_000)
                let start = state[2]
                if start != 0 && Double(now() - start) / 1e9 > hangSeconds {
                    dump(hangBin, hangIndex)
                    _exit(exitHang)
                }
                if let rss = residentPages(), rss * pageSize > rssLimitBytes {
                    dump(oomBin, oomIndex)
                    _exit(exitMemory)
                }
            }
        }
        watchdog.stackSize = 1 << 20
        watchdog.start()
    }

    /// Records the input about to run.
    static func begin(_ input: [UInt8], index: Int) {
        let n = min(input.count, capacity)
        input.withUnsafeBufferPointer { p in
            if let base = p.baseAddress { buffer.update(from: base, count: n) }
        }
        state[0] = n
        state[1] = index
        state[2] = now()
    }

    /// Records a host-fuzz episode (no bytes: the seed and index reproduce it).
    static func begin(index: Int) {
        state[0] = 0
        state[1] = index
        state[2] = now()
    }

    static func end() { state[2] = 0 }

    static func now() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return ts.tv_sec * 1_000_000_000 + ts.tv_nsec
    }

    /// Resident pages (Linux /proc; nil elsewhere).
    static func residentPages() -> Int? {
        #if os(Linux)
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var raw = [UInt8](repeating: 0, count: 128)
        let n = raw.withUnsafeMutableBytes { read(fd, $0.baseAddress, 127) }
        guard n > 0 else { return nil }
        let fields = String(decoding: raw[0..<n], as: UTF8.self).split(separator: " ")
        return fields.count > 1 ? Int(fields[1]) : nil
        #else
        return nil
        #endif
    }

    /// Async-signal-safe: writes the current input and its index.
    static func dump(_ bin: UnsafeMutablePointer<CChar>?, _ indexPath: UnsafeMutablePointer<CChar>?) {
        guard let bin, let indexPath else { return }
        let fd = open(bin, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd >= 0 {
            _ = write(fd, buffer, state[0])
            close(fd)
        }
        // The index in decimal, without allocating.
        var v = max(0, state[1])
        var n = 0
        repeat {
            digits[n] = UInt8(48 + v % 10)
            v /= 10
            n += 1
        } while v > 0 && n < 30
        var i = 0, j = n - 1
        while i < j {
            let t = digits[i]
            digits[i] = digits[j]
            digits[j] = t
            i += 1
            j -= 1
        }
        digits[n] = 10
        let fi = open(indexPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fi >= 0 {
            _ = write(fi, digits, n + 1)
            close(fi)
        }
    }
}
