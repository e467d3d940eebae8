/// The catalogue of deliberately broken plugins, by category. Each category's entries live
/// in `Catalogue/<Category>Faults.swift`; their WAT sources in `fixtures/faults/`.
public enum FaultCatalogue {
    public static let all: [FaultPlugin] =
        MemoryFaults.entries + CPUFaults.entries + StackFaults.entries + TrapFaults.entries
        + HostAbuseFaults.entries + AllocatorFaults.entries + ABIFaults.entries + MalformedFaults.entries

    /// An entry by id.
    public static func entry(_ id: String) -> FaultPlugin? { all.first { $0.id == id } }

    /// Entries of one category.
    public static func entries(in category: FaultCategory) -> [FaultPlugin] { all.filter { $0.category == category } }
}
