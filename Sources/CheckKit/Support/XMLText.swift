/// Escaping for the XML CheckKit writes (JUnit files, SVG badges).
enum XMLText {
    /// `text` safe inside an XML attribute value (`attribute`, where line breaks and tabs
    /// are written as character references so parsers keep them) or element content:
    /// markup characters escaped, characters XML 1.0 forbids (most C0 controls, U+FFFE,
    /// U+FFFF) replaced by U+FFFD.
    static func escape(_ text: String, attribute: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\t": out += attribute ? "&#9;" : "\t"
            case "\r": out += "&#13;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
