#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bulk memory and table instructions, kept out of the main loop (they are rarely hot and
/// long). Each checks bounds in 64-bit arithmetic first, then charges its size-dependent
/// fuel (see `FuelCostModel`), then acts.
enum BulkOperations {
    struct Failure {
        var kind: TrapKind
        var memoryAccess: MemoryAccessError?
    }

    /// Charges `units` extra fuel; false when the budget cannot pay.
    @inline(__always)
    static func charge(_ units: UInt64, fuel: inout Int64) -> Bool {
        guard units > 0 else { return true }
        let cost = Int64(clamping: units)
        guard fuel >= cost else { return false }
        fuel -= cost
        return true
    }

    /// Runs one bulk instruction; returns the fuel left and the failure, if any. (Fuel is
    /// passed by value so the executor can keep it in a register.)
    @inline(never)
    static func execute(_ i: Instruction, pc: UnsafeMutablePointer<Instruction>, fp: UnsafeMutablePointer<UInt64>,
                        context ctx: UnsafeMutablePointer<InstanceContext>, store: Store, fuel: Int64) -> (fuel: Int64, failure: Failure?) {
        var fuel = fuel
        let failure = perform(i, pc: pc, fp: fp, context: ctx, store: store, fuel: &fuel)
        return (fuel, failure)
    }

    @inline(__always)
    static func perform(_ i: Instruction, pc: UnsafeMutablePointer<Instruction>, fp: UnsafeMutablePointer<UInt64>,
                        context ctx: UnsafeMutablePointer<InstanceContext>, store: Store, fuel: inout Int64) -> Failure? {
        switch i.op {
        case .memoryFill:
            guard let m = ctx.pointee.memory else { return Failure(kind: .outOfBoundsMemoryAccess) }
            let d = UInt64(fp.u32(i.r)), value = UInt8(truncatingIfNeeded: fp.u32(i.a)), n = UInt64(fp.u32(i.b))
            let size = UInt64(m.pointee.byteCount)
            guard d + n <= size else { return Failure(kind: .outOfBoundsMemoryAccess, memoryAccess: MemoryAccessError(address: d, length: n, memorySize: size)) }
            guard charge(FuelCostModel.bulkUnits(bytes: n), fuel: &fuel) else { return Failure(kind: .outOfFuel) }
            if n > 0 { memset(m.pointee.base + Int(d), Int32(value), Int(n)) }
        case .memoryCopy:
            guard let m = ctx.pointee.memory else { return Failure(kind: .outOfBoundsMemoryAccess) }
            let d = UInt64(fp.u32(i.r)), s = UInt64(fp.u32(i.a)), n = UInt64(fp.u32(i.b))
            let size = UInt64(m.pointee.byteCount)
            guard s + n <= size else { return Failure(kind: .outOfBoundsMemoryAccess, memoryAccess: MemoryAccessError(address: s, length: n, memorySize: size)) }
            guard d + n <= size else { return Failure(kind: .outOfBoundsMemoryAccess, memoryAccess: MemoryAccessError(address: d, length: n, memorySize: size)) }
            guard charge(FuelCostModel.bulkUnits(bytes: n), fuel: &fuel) else { return Failure(kind: .outOfFuel) }
            if n > 0 { memmove(m.pointee.base + Int(d), m.pointee.base + Int(s), Int(n)) }
        case .memoryInit:
            guard let m = ctx.pointee.memory else { return Failure(kind: .outOfBoundsMemoryAccess) }
            let segment = Int(pc[1].a)
            let view = ctx.pointee.dataSegments[segment]
            let d = UInt64(fp.u32(i.r)), s = UInt64(fp.u32(i.a)), n = UInt64(fp.u32(i.b))
            let size = UInt64(m.pointee.byteCount)
            guard s + n <= UInt64(view.count) else { return Failure(kind: .outOfBoundsMemoryAccess, memoryAccess: MemoryAccessError(address: s, length: n, memorySize: UInt64(view.count))) }
            guard d + n <= size else { return Failure(kind: .outOfBoundsMemoryAccess, memoryAccess: MemoryAccessError(address: d, length: n, memorySize: size)) }
            guard charge(FuelCostModel.bulkUnits(bytes: n), fuel: &fuel) else { return Failure(kind: .outOfFuel) }
            if n > 0, let base = view.base { memmove(m.pointee.base + Int(d), base + Int(s), Int(n)) }
        case .dataDrop:
            ctx.pointee.dataSegments[Int(i.a)].count = 0
        case .tableGet:
            let t = ctx.pointee.tables[Int(i.aux)]
            let index = UInt64(fp.u32(i.a))
            guard index < UInt64(t.pointee.count) else { return Failure(kind: .outOfBoundsTableAccess) }
            fp[Int(i.r)] = t.pointee.elements[Int(index)]
        case .tableSet:
            let t = ctx.pointee.tables[Int(i.aux)]
            let index = UInt64(fp.u32(i.a))
            guard index < UInt64(t.pointee.count) else { return Failure(kind: .outOfBoundsTableAccess) }
            t.pointee.elements[Int(index)] = fp[Int(i.r)]
        case .tableSize:
            fp.set(i.r, u32: UInt32(truncatingIfNeeded: ctx.pointee.tables[Int(i.aux)].pointee.count))
        case .tableGrow:
            let table = store.instances[ctx.pointee.instanceIndex].tables[Int(i.aux)]
            let value = fp[Int(i.a)]
            let n = UInt64(fp.u32(i.b))
            var result = UInt32.max
            let old = table.count
            if UInt64(old) + n <= UInt64(table.storage.pointee.maxCount) {
                // Charged only for a grow that can succeed.
                guard charge(FuelCostModel.tableUnits(elements: n), fuel: &fuel) else { return Failure(kind: .outOfFuel) }
                if let previous = table.grow(by: n, value: value) { result = UInt32(truncatingIfNeeded: previous) }
            }
            fp.set(i.r, u32: result)
        case .tableFill:
            let t = ctx.pointee.tables[Int(i.aux)]
            let d = UInt64(fp.u32(i.r)), value = fp[Int(i.a)], n = UInt64(fp.u32(i.b))
            guard d + n <= UInt64(t.pointee.count) else { return Failure(kind: .outOfBoundsTableAccess) }
            guard charge(FuelCostModel.tableUnits(elements: n), fuel: &fuel) else { return Failure(kind: .outOfFuel) }
            if n > 0 { (t.pointee.elements + Int(d)).update(repeating: value, count: Int(n)) }
        case .tableCopy:
            let dt = ctx.pointee.tables[Int(i.aux)]
            let st = ctx.pointee.tables[Int(pc[1].a)]
            let d = UInt64(fp.u32(i.r)), s = UInt64(fp.u32(i.a)), n = UInt64(fp.u32(i.b))
            guard s + n <= UInt64(st.pointee.count), d + n <= UInt64(dt.pointee.count) else { return Failure(kind: .outOfBoundsTableAccess) }
            guard charge(FuelCostModel.tableUnits(elements: n), fuel: &fuel) else { return Failure(kind: .outOfFuel) }
            if n > 0 { memmove(dt.pointee.elements + Int(d), st.pointee.elements + Int(s), Int(n) * 8) }
        case .tableInit:
            let t = ctx.pointee.tables[Int(i.aux)]
            let view = ctx.pointee.elementSegments[Int(pc[1].a)]
            let d = UInt64(fp.u32(i.r)), s = UInt64(fp.u32(i.a)), n = UInt64(fp.u32(i.b))
            guard s + n <= UInt64(view.count), d + n <= UInt64(t.pointee.count) else { return Failure(kind: .outOfBoundsTableAccess) }
            guard charge(FuelCostModel.tableUnits(elements: n), fuel: &fuel) else { return Failure(kind: .outOfFuel) }
            if n > 0, let base = view.base { (t.pointee.elements + Int(d)).update(from: base + Int(s), count: Int(n)) }
        case .elemDrop:
            ctx.pointee.elementSegments[Int(i.a)].count = 0
        default:
            break
        }
        return nil
    }
}

/// The deterministic fuel cost model, written down once.
///
/// - Every executed operator costs 1, except `nop`, `drop`, `block`, `loop`, `unreachable`,
///   `return`, `else` and `end`, which cost 0 (the same zero-cost set as wasmtime).
/// - Fuel is charged when a basic block is entered, for all its operators at once. A basic
///   block starts at function entry, at a loop header, after a join (the end of a block,
///   `if` or `else` that is a branch target), at the start of an `else` arm and after a
///   conditional branch that falls through. A completed invocation has therefore used
///   exactly one unit per executed costed operator; a trap in the middle of a block counts
///   the rest of that block as used.
/// - Bulk memory operations (`memory.fill`, `memory.copy`, `memory.init`) add 1 unit per
///   started 64 bytes; table operations (`table.fill`, `table.copy`, `table.init`,
///   `table.grow`) add 1 unit per started 8 elements (64 bytes of references). These extra
///   units are charged only after the bounds check passed (an out-of-bounds operation or a
///   `table.grow` that returns -1 costs just its 1), with saturating arithmetic.
/// - When a block or bulk charge cannot be paid, the invocation traps with `outOfFuel`
///   before executing it.
public enum FuelCostModel {
    /// Extra units for a bulk memory operation over `bytes` bytes.
    public static func bulkUnits(bytes: UInt64) -> UInt64 { bytes / 64 + (bytes % 64 == 0 ? 0 : 1) }
    /// Extra units for a table operation over `elements` elements.
    public static func tableUnits(elements: UInt64) -> UInt64 { elements / 8 + (elements % 8 == 0 ? 0 : 1) }
}
