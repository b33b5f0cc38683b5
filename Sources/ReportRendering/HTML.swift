/// Small helpers for writing HTML text safely.
enum HTML {
    /// Escapes text for element content and attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// `<tag attrs>content</tag>` with escaped attribute values; `content` is already HTML.
    static func element(_ tag: String, _ attributes: [(String, String)] = [], _ content: String = "") -> String {
        let attrs = attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
        return "<\(tag)\(attrs)>\(content)</\(tag)>"
    }

    static func p(_ text: String, cls: String? = nil) -> String {
        element("p", cls.map { [("class", $0)] } ?? [], escape(text))
    }
}
