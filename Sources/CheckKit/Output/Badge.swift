/// A flat, shields.io-style SVG badge: `proxy-wasm | 37/37 passing` in green, `3 failing`
/// in red. Self-contained (no fonts or images to fetch), so a README can embed it from a
/// CI artifact or a committed file.
public struct Badge: Equatable {
    public var label: String
    public var message: String
    /// A hex colour such as `#4c1`.
    public var color: String

    public static let green = "#4c1"
    public static let red = "#e05d44"
    public static let grey = "#9f9f9f"

    public init(label: String, message: String, color: String) {
        self.label = label
        self.message = message
        self.color = color
    }

    /// The badge of a plugin's report.
    public init(report: PluginReport, label: String = "proxy-wasm") {
        let ran = report.passedCount + report.failedCount
        if report.loadError != nil {
            self.init(label: label, message: "not loadable", color: Badge.red)
        } else if report.failedCount > 0 {
            self.init(label: label, message: "\(report.failedCount) failing", color: Badge.red)
        } else if ran == 0 {
            self.init(label: label, message: "no checks", color: Badge.grey)
        } else {
            self.init(label: label, message: "\(report.passedCount)/\(ran) passing", color: Badge.green)
        }
    }

    /// The SVG document.
    public var svg: String {
        let labelText = Badge.textWidth(label), messageText = Badge.textWidth(message)
        let labelWidth = labelText + 10, messageWidth = messageText + 10
        let width = labelWidth + messageWidth
        let l = XMLText.escape(label), m = XMLText.escape(message), title = XMLText.escape("\(label): \(message)")
        let labelX = labelWidth * 5, messageX = labelWidth * 10 + messageWidth * 5
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="20" role="img" aria-label="\(title)">\
            <title>\(title)</title>\
            <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>\
            <clipPath id="r"><rect width="\(width)" height="20" rx="3" fill="#fff"/></clipPath>\
            <g clip-path="url(#r)"><rect width="\(labelWidth)" height="20" fill="#555"/><rect x="\(labelWidth)" width="\(messageWidth)" height="20" fill="\(color)"/><rect width="\(width)" height="20" fill="url(#s)"/></g>\
            <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">\
            <text aria-hidden="true" x="\(labelX)" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="\(labelText * 10)">\(l)</text>\
            <text x="\(labelX)" y="140" transform="scale(.1)" fill="#fff" textLength="\(labelText * 10)">\(l)</text>\
            <text aria-hidden="true" x="\(messageX)" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="\(messageText * 10)">\(m)</text>\
            <text x="\(messageX)" y="140" transform="scale(.1)" fill="#fff" textLength="\(messageText * 10)">\(m)</text>\
            </g></svg>

            """
    }

    /// Width of `text` in Verdana 11 px, in whole pixels (advance widths in font units of
    /// 2,048 per em; characters outside ASCII count as a wide letter).
    static func textWidth(_ text: String) -> Int {
        var units = 0
        for scalar in text.unicodeScalars {
            let v = Int(scalar.value)
            units += (32...126).contains(v) ? verdanaAdvances[v - 32] : 1_400
        }
        return Int((Double(units) * 11 / 2_048).rounded(.up))
    }

    /// Verdana's advance widths for ASCII 32 (space) ... 126 (~).
    static let verdanaAdvances: [Int] = [
        720, 805, 942, 1_675, 1_303, 2_209, 1_493, 549, 1_030, 1_030, 1_303, 1_675, 744, 942, 744, 1_303,   // space ... /
        1_303, 1_303, 1_303, 1_303, 1_303, 1_303, 1_303, 1_303, 1_303, 1_303,                             // 0 ... 9
        868, 868, 1_675, 1_675, 1_675, 1_117, 2_048,                                                      // : ; < = > ? @
        1_401, 1_405, 1_430, 1_577, 1_294, 1_178, 1_587, 1_540, 862, 936, 1_432, 1_147, 1_741, 1_532, 1_611, // A ... O
        1_239, 1_611, 1_423, 1_401, 1_272, 1_521, 1_401, 2_025, 1_403, 1_276, 1_403,                      // P ... Z
        1_030, 1_303, 1_030, 1_675, 1_303, 1_303,                                                         // [ \ ] ^ _ `
        1_229, 1_276, 1_090, 1_276, 1_219, 721, 1_276, 1_296, 562, 706, 1_182, 562, 1_992, 1_296, 1_243,   // a ... o
        1_276, 1_276, 874, 1_067, 807, 1_296, 1_182, 1_679, 1_182, 1_182, 1_051,                          // p ... z
        1_300, 942, 1_300, 1_675,                                                                         // { | } ~
    ]
}
