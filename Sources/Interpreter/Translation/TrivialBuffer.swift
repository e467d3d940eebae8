#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable array of a bitwise-copyable element type in `malloc` memory, for the
/// translator's per-instruction stacks and output: no copy-on-write uniqueness checks on
/// each access (as `Array` has), growth by `realloc`, and the memory can be handed over
/// without copying (`TranslatedCode`). Indices are checked as `Array` checks them.
struct TrivialBuffer<Element: BitwiseCopyable>: ~Copyable {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int = 16) {
        self.capacity = max(capacity, 16)
        base = Self.reallocate(nil, capacity: self.capacity)
    }

    deinit { free(base) }

    private static func reallocate(_ pointer: UnsafeMutablePointer<Element>?, capacity: Int) -> UnsafeMutablePointer<Element> {
        let (bytes, overflow) = capacity.multipliedReportingOverflow(by: MemoryLayout<Element>.stride)
        guard !overflow, let raw = realloc(pointer, bytes) else { fatalError("out of memory (\(capacity) translator entries)") }
        return raw.bindMemory(to: Element.self, capacity: capacity)
    }

    var isEmpty: Bool { count == 0 }

    mutating func reserveCapacity(_ minimumCapacity: Int) {
        guard minimumCapacity > capacity else { return }
        capacity = max(minimumCapacity, capacity * 2)
        if count == 0 {
            // Nothing to keep: a fresh block instead of `realloc` copying the old one.
            free(base)
            base = Self.reallocate(nil, capacity: capacity)
        } else {
            base = Self.reallocate(base, capacity: capacity)
        }
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { reserveCapacity(count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    mutating func append(repeating element: Element, count n: Int) {
        reserveCapacity(count + n)
        (base + count).initialize(repeating: element, count: n)
        count += n
    }

    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress else { return }
        reserveCapacity(count + elements.count)
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    @inline(__always)
    @discardableResult
    mutating func removeLast() -> Element {
        precondition(count > 0, "removeLast on an empty TrivialBuffer")
        count -= 1
        return base[count]
    }

    mutating func removeAll() { count = 0 }

    @inline(__always)
    subscript(index: Int) -> Element {
        unsafeAddress {
            precondition(index >= 0 && index < count, "TrivialBuffer index out of range")
            return UnsafePointer(base + index)
        }
        unsafeMutableAddress {
            precondition(index >= 0 && index < count, "TrivialBuffer index out of range")
            return base + index
        }
    }

    /// The elements, valid until the buffer is next changed.
    var elements: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }
}
