/// Something that can satisfy an import or be exported.
public enum External {
    case function(Function)
    case hostFunction(HostFunction)
    case table(TableInstance)
    case memory(MemoryInstance)
    case global(GlobalInstance)
}

/// The objects offered to a module's imports, by module name and field name.
public struct Imports {
    var entries: [ExactName: [ExactName: External]] = [:]

    public init() {}

    public mutating func define(module: String, name: String, _ external: External) {
        entries[ExactName(module), default: [:]][ExactName(name)] = external
    }

    public mutating func define(module: String, name: String, _ function: HostFunction) {
        define(module: module, name: name, .hostFunction(function))
    }

    public mutating func define(module: String, name: String, _ memory: MemoryInstance) {
        define(module: module, name: name, .memory(memory))
    }

    public mutating func define(module: String, name: String, _ table: TableInstance) {
        define(module: module, name: name, .table(table))
    }

    public mutating func define(module: String, name: String, _ global: GlobalInstance) {
        define(module: module, name: name, .global(global))
    }

    /// Offers every export of `instance` under the module name `module` (the spec's `register`).
    public mutating func define(module: String, instance: Instance) {
        for export in instance.exportNames {
            if let e = instance.export(export) { define(module: module, name: export, e) }
        }
    }

    /// Looks up a definition.
    public func lookup(module: String, name: String) -> External? {
        entries[ExactName(module)]?[ExactName(name)]
    }
}
