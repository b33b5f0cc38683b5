/// XML escaping for the text Reroute writes into the package parts.
///
/// Spreadsheet strings (`ST_Xstring`) cannot carry characters that XML 1.0 forbids (most control characters);
/// Office Open XML writes them as `_xHHHH_`, and a literal `_xHHHH_` in the text as `_x005F_xHHHH_` so it reads
/// back unchanged.
enum XMLText {
    /// Escapes `s` for the content of a `<t>` element in a shared string or inline string.
    static func cellText(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            case "_" where isEscapeSequence(scalars, at: i): out.append(contentsOf: "_x005F_".unicodeScalars)
            default:
                if isAllowed(c) {
                    out.append(c)
                } else {
                    out.append(contentsOf: hexEscape(c.value).unicodeScalars)
                }
            }
            i += 1
        }
        return String(out)
    }

    /// Escapes `s` for an attribute value or a plain element (sheet names, document properties); characters
    /// XML forbids are dropped, tabs and line breaks kept as character references.
    static func attribute(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            case "\t": out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n": out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            default: if isAllowed(c) { out.append(c) }
            }
        }
        return String(out)
    }

    /// Whether XML 1.0 allows `c` literally (tab, line feed and carriage return are allowed).
    static func isAllowed(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
    }

    /// Whether `scalars[i...]` starts with `_xHHHH_`.
    private static func isEscapeSequence(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_" else { return false }
        return (i + 2...i + 5).allSatisfy { scalars[$0].properties.isASCIIHexDigit }
    }
}
