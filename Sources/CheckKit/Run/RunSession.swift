import Interpreter

/// Loads a module, instantiates it with the spectest imports, and invokes one export,
/// measuring load time, call times and fuel.
public enum RunSession {
    /// Carries out `request`. Bad input throws a `CommandError`; a trap is part of the report.
    public static func execute(_ request: RunRequest) throws(CommandError) -> RunReport {
        let path = request.modulePath
        let bytes = try ModuleFile.read(path: path)

        let decoded = measure { () -> Result<Module, ModuleError> in
            do throws(ModuleError) { return .success(try Module(bytes: bytes, limits: request.limits)) }
            catch { return .failure(error) }
        }
        let module: Module
        switch decoded.value {
        case .success(let m): module = m
        case .failure(let error): throw CommandError("\(path): \(error.description)")
        }

        let type = try functionType(module, name: request.functionName)
        let arguments = try parseArguments(request.arguments, type: type, function: request.functionName)

        var report = RunReport()
        let instantiated = measure { () -> Result<Instance, Error> in
            let store = Store(limits: request.limits)
            let imports = SpecTestHost.imports(store: store)
            do {
                try checkImportsProvided(module, by: imports)
                return .success(try store.instantiate(module, imports: imports))
            } catch {
                return .failure(error)
            }
        }
        report.loadTime = decoded.duration + instantiated.duration
        let instance: Instance
        switch instantiated.value {
        case .success(let i): instance = i
        case .failure(let trap as Trap):
            report.trap = trap
            report.trapPhase = .instantiation
            return report
        case .failure(let error as CommandError): throw error
        case .failure(let error): throw CommandError("cannot instantiate \(path): \(error)")
        }

        guard let function = instance.function(request.functionName) else {
            throw CommandError("module has no exported function named '\(request.functionName)'")
        }
        for _ in 0..<request.repeatCount {
            let call = measure { () -> Result<[Value], Error> in
                do { return .success(try function.invoke(arguments)) } catch { return .failure(error) }
            }
            report.callTimes.append(call.duration)
            report.fuelUsed = instance.store.lastFuelUsed
            report.callFuel.append(report.fuelUsed)
            switch call.value {
            case .success(let results):
                report.results = results
            case .failure(let trap as Trap):
                report.results = []
                report.trap = trap
                report.trapPhase = .invocation
                return report
            case .failure(let error):
                throw CommandError("cannot invoke '\(request.functionName)': \(error)")
            }
        }
        return report
    }

    /// The type of exported function `name`, or an error naming what the module does export.
    static func functionType(_ module: Module, name: String) throws(CommandError) -> FunctionType {
        if let type = module.exportedFunctionType(name) { return type }
        if let other = module.exports.first(where: { $0.name == name }) {
            throw CommandError("export '\(name)' is a \(other.type.kind), not a function")
        }
        let functions = module.exports.filter { $0.type.kind == .function }.map(\.name)
        let known = functions.isEmpty ? "the module exports no functions"
            : "exported functions: \(functions.joined(separator: ", "))"
        throw CommandError("module has no exported function named '\(name)' (\(known))")
    }

    /// The arguments parsed against the function's parameter types.
    static func parseArguments(_ texts: [String], type: FunctionType, function: String) throws(CommandError) -> [Value] {
        let count = type.parameters.count
        guard texts.count == count else {
            let types = type.parameters.map(\.description).joined(separator: ", ")
            throw CommandError("'\(function)' takes \(count) argument\(count == 1 ? "" : "s") (\(types)), got \(texts.count)")
        }
        var values: [Value] = []
        for (index, (text, parameter)) in zip(texts, type.parameters).enumerated() {
            do throws(ValueParseError) {
                values.append(try ValueParser.parse(text, as: parameter))
            } catch {
                throw CommandError("argument \(index + 1) of '\(function)': \(error.reason)")
            }
        }
        return values
    }

    /// Fails with a clear message naming the first import that `imports` does not provide.
    static func checkImportsProvided(_ module: Module, by imports: Imports) throws(CommandError) {
        let missing = module.imports.filter { imports.lookup(module: $0.module, name: $0.name) == nil }
        guard let first = missing.first else { return }
        let more = missing.count > 1 ? " (and \(missing.count - 1) more)" : ""
        throw CommandError("module imports \(first.module).\(first.name) (\(first.type))\(more), which nothing provides: run offers only the spectest host module")
    }
}
