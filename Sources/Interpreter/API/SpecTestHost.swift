/// The `spectest` host module the official WebAssembly spec tests import: print functions
/// (which do nothing), four globals, a table and a memory.
public enum SpecTestHost {
    /// Imports under the module name `spectest`, created in `store`.
    public static func imports(store: Store) -> Imports {
        var imports = Imports()
        func printFunction(_ params: [ValueType]) -> HostFunction {
            HostFunction(type: FunctionType(parameters: params), raw: { _, _ in })
        }
        imports.define(module: "spectest", name: "print", printFunction([]))
        imports.define(module: "spectest", name: "print_i32", printFunction([.i32]))
        imports.define(module: "spectest", name: "print_i64", printFunction([.i64]))
        imports.define(module: "spectest", name: "print_f32", printFunction([.f32]))
        imports.define(module: "spectest", name: "print_f64", printFunction([.f64]))
        imports.define(module: "spectest", name: "print_i32_f32", printFunction([.i32, .f32]))
        imports.define(module: "spectest", name: "print_f64_f64", printFunction([.f64, .f64]))
        imports.define(module: "spectest", name: "global_i32", GlobalInstance(type: GlobalType(valueType: .i32, isMutable: false), value: .i32(666)))
        imports.define(module: "spectest", name: "global_i64", GlobalInstance(type: GlobalType(valueType: .i64, isMutable: false), value: .i64(666)))
        imports.define(module: "spectest", name: "global_f32", GlobalInstance(type: GlobalType(valueType: .f32, isMutable: false), value: .float32(666.6)))
        imports.define(module: "spectest", name: "global_f64", GlobalInstance(type: GlobalType(valueType: .f64, isMutable: false), value: .float64(666.6)))
        if let table = try? TableInstance(type: TableType(elementType: .funcref, limits: Limits(min: 10, max: 20)), maxElements: store.limits.maxTableElements) {
            imports.define(module: "spectest", name: "table", table)
        }
        if let memory = try? MemoryInstance(type: MemoryType(limits: Limits(min: 1, max: 2)), maxPages: store.limits.maxMemoryPages) {
            imports.define(module: "spectest", name: "memory", memory)
        }
        return imports
    }
}
