#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How much of the current thread's native stack is left.
///
/// Wasm-to-Wasm calls never use the native stack, but a host function calling back into
/// Wasm does (one executor activation per level). Before each such re-entry the engine
/// checks that a comfortable reserve remains, so deep re-entry traps with "call stack
/// exhausted" instead of overflowing the thread's stack, on any thread size.
enum NativeStack {
    /// Room required for one more host re-entry level (generous: debug builds use about
    /// 30 KB per level).
    static let reentryReserve = 256 * 1024

    #if canImport(Glibc) || canImport(Musl)
    private typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
    private static let getAttributes: GetAttributes? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
        return unsafeBitCast(symbol, to: GetAttributes.self)
    }()
    #endif

    /// The current thread's stack as an address range (low..<high), if the platform tells.
    private static func stackBounds() -> Range<UInt>? {
        #if canImport(Glibc) || canImport(Musl)
        // pthread_getattr_np is a GNU extension the Swift Glibc module does not import.
        guard let getattr = getAttributes else { return nil }
        var attr = pthread_attr_t()
        guard getattr(pthread_self(), &attr) == 0 else { return nil }
        defer { pthread_attr_destroy(&attr) }
        var address: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attr, &address, &size) == 0, let address, size > 0 else { return nil }
        let low = UInt(bitPattern: address)
        let (high, overflow) = low.addingReportingOverflow(UInt(size))
        return overflow ? nil : low..<high
        #elseif canImport(Darwin)
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let size = UInt(pthread_get_stacksize_np(pthread_self()))
        return size <= top ? (top - size)..<top : nil
        #else
        return nil
        #endif
    }

    /// Whether at least `bytes` of stack remain below the caller's frame. True when it
    /// cannot tell: no stack bounds, or a local that does not live on the thread's stack
    /// (AddressSanitizer's use-after-return mode moves locals to a heap "fake stack").
    static func hasRoom(bytes: Int) -> Bool {
        guard let bounds = stackBounds() else { return true }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        guard bounds.contains(here) else { return true }
        return here - bounds.lowerBound >= UInt(max(bytes, 0))
    }
}
