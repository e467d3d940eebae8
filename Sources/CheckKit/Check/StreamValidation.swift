import Foundation
import MockHost

/// Whether what a plugin left in a stream is still valid HTTP: header names are tokens
/// (lower case, as HTTP/2 requires; pseudo-headers only the known ones, each at most once,
/// none in trailers), values carry no NUL, CR or LF, the request keeps `:method` and
/// `:path`, the response keeps a three-digit `:status`, a local reply has a valid status.
///
/// The checker's input is well formed, so every problem found is the plugin's doing.
enum StreamValidation {
    static let requestPseudoHeaders: Set<String> = [":method", ":path", ":authority", ":scheme", ":protocol"]
    static let responsePseudoHeaders: Set<String> = [":status"]

    /// Problems of one header map (`what` names it in messages).
    static func problems(_ map: HeaderMap, what: String, pseudo allowed: Set<String>, required: [String]) -> [String] {
        var problems: [String] = []
        var seenPseudo: Set<String> = []
        for entry in map.entries {
            let name = entry.keyString
            let shown = "'\(printable(entry.key))'"
            if entry.key.isEmpty {
                problems.append("\(what): an empty header name")
            } else if entry.key.first == UInt8(ascii: ":") {
                if !allowed.contains(name) {
                    problems.append(allowed.isEmpty ? "\(what): pseudo-header \(shown) (not allowed here)" : "\(what): unknown pseudo-header \(shown)")
                } else if !seenPseudo.insert(name).inserted {
                    problems.append("\(what): pseudo-header \(shown) appears more than once")
                }
            } else if let bad = entry.key.first(where: { !isTokenByte($0) }) {
                problems.append("\(what): header name \(shown) contains \(describe(bad))")
            }
            if let bad = entry.value.first(where: { $0 == 0 || $0 == 0x0A || $0 == 0x0D }) {
                problems.append("\(what): the value of \(shown) contains \(describe(bad))")
            }
        }
        for name in required where map.value(name) == nil {
            problems.append("\(what): \(name) is missing (the plugin removed it)")
        }
        if required.contains(":status"), let status = map.value(":status"),
           !(status.utf8.count == 3 && status.allSatisfy({ $0.isASCII && $0.isNumber }) && (100...599).contains(Int(status) ?? 0)) {
            problems.append("\(what): :status '\(status)' is not a three-digit status code")
        }
        return problems
    }

    /// Every problem of an exchange's maps and local reply.
    static func problems(_ record: ExchangeRecord, sentResponse: Bool) -> [String] {
        let s = record.stream
        var all = problems(s.requestHeaders, what: "request headers", pseudo: requestPseudoHeaders, required: [":method", ":path"])
        all += problems(s.requestTrailers, what: "request trailers", pseudo: [], required: [])
        if sentResponse && record.localResponse == nil && !s.responseHeaders.isEmpty {
            all += problems(s.responseHeaders, what: "response headers", pseudo: responsePseudoHeaders, required: [":status"])
        }
        all += problems(s.responseTrailers, what: "response trailers", pseudo: [], required: [])
        if let local = record.localResponse {
            if !(100...599).contains(local.statusCode) {
                all.append("local reply: status \(local.statusCode) is not an HTTP status code")
            }
            all += problems(local.headers, what: "local reply headers", pseudo: [], required: [])
        }
        return all
    }

    /// RFC 9110 token characters, upper case excluded (header names travel lower-cased).
    static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return Array("!#$%&'*+-.^_`|~".utf8).contains(b)
        }
    }

    static func describe(_ b: UInt8) -> String {
        switch b {
        case 0: return "a NUL byte"
        case 0x0A: return "a line feed"
        case 0x0D: return "a carriage return"
        case 0x20: return "a space"
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return "an upper-case letter"
        default: return String(format: "the byte 0x%02x", b)
        }
    }

    static func printable(_ bytes: [UInt8]) -> String {
        bytes.prefix(64).map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : String(format: "\\x%02x", $0) }.joined()
    }
}
