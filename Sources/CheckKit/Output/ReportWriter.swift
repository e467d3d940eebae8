import Foundation

/// Writes a plugin's outputs into its folder: report.json, badge.svg, junit.xml and
/// faults/ (each dump as `<id>.json` and `<id>.txt`). The faults folder is emptied first,
/// so it holds exactly this run's dumps.
public enum ReportWriter {
    /// The default output directory: `.build/reports` under the current directory.
    public static var defaultDirectory: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/reports")
    }

    /// The folder name for a plugin file: its name without `.wasm`, other characters than
    /// letters, digits, `.`, `-` and `_` replaced by `_`.
    public static func folderName(_ file: String) -> String {
        var name = file.hasSuffix(".wasm") ? String(file.dropLast(5)) : file
        if name.isEmpty { name = "plugin" }
        return String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
    }

    /// Writes the four outputs into `folder` (created if needed); `badge` defaults to the
    /// report's own.
    public static func write(_ report: PluginReport, to folder: URL, badge: Badge? = nil) throws(CommandError) {
        let files = FileManager.default
        let faults = folder.appendingPathComponent("faults")
        // Name the real obstacle: a file where a folder has to be.
        var ancestor = folder.standardizedFileURL
        while ancestor.path != "/" {
            var isDirectory: ObjCBool = false
            if files.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
                if !isDirectory.boolValue { throw CommandError("cannot write the reports to \(folder.path): \(ancestor.path) is a file, not a directory") }
                break
            }
            ancestor = ancestor.deletingLastPathComponent()
        }
        do {
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
            if files.fileExists(atPath: faults.path) { try files.removeItem(at: faults) }
            try files.createDirectory(at: faults, withIntermediateDirectories: true)
            try Data(report.jsonText.utf8).write(to: folder.appendingPathComponent("report.json"))
            try Data((badge ?? Badge(report: report)).svg.utf8).write(to: folder.appendingPathComponent("badge.svg"))
            try Data(JUnit.xml([report]).utf8).write(to: folder.appendingPathComponent("junit.xml"))
            for fault in report.faults {
                guard let dump = fault.report, let name = fault.dumpName else { continue }
                try dump.write(to: faults, name: name)
            }
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey].map { " (\($0))" } ?? ""
            throw CommandError("cannot write the reports to \(folder.path): \(error.localizedDescription)\(underlying)")
        }
    }
}
