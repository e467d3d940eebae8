import Interpreter

/// Imports satisfying every import of `module` with a harmless stand-in: functions that
/// return zeros, fresh memories and tables of the minimum size, globals holding zero.
/// Imports that cannot be built (a memory above the limit) are left out, so instantiation
/// fails with an `InstantiationError`, which is an accepted outcome.
func stubImports(for module: Module, store: Store) -> Imports {
    var imports = Imports()
    for imp in module.imports {
        switch imp.type {
        case .function(let type):
            let results = type.results.count
            imports.define(module: imp.module, name: imp.name, HostFunction(type: type, raw: { _, slots in
                for k in 0..<results { slots[k] = 0 }
            }))
        case .memory(let m):
            if let memory = try? MemoryInstance(type: m, maxPages: store.limits.maxMemoryPages) {
                imports.define(module: imp.module, name: imp.name, memory)
            }
        case .table(let t):
            if let table = try? TableInstance(type: t, maxElements: store.limits.maxTableElements) {
                imports.define(module: imp.module, name: imp.name, table)
            }
        case .global(let g):
            imports.define(module: imp.module, name: imp.name, GlobalInstance(type: g, value: .zero(g.valueType)))
        }
    }
    return imports
}
