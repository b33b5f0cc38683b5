/// Turns table ids into worksheet names that Excel and LibreOffice accept.
///
/// A sheet name has at most 31 characters (UTF-16 code units), none of `[]:*?/\`, does not start or end with an
/// apostrophe, is not `History` (reserved by Excel), and differs from every other sheet name ignoring case.
enum SheetNamer {
    static let maxLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Unique names for `raw` in order, avoiding `reserved` (compared ignoring case); a name already taken gets
    /// ` (2)`, ` (3)`, ... with its stem shortened to keep within 31 characters.
    static func uniqueNames(for raw: [String], reserved: [String]) -> [String] {
        var taken = Set(reserved.map { $0.lowercased() })
        taken.insert("history")
        var names: [String] = []
        for name in raw {
            let base = sanitized(name)
            var candidate = base
            var n = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = trimmed(prefix(base, utf16Length: maxLength - suffix.utf16.count)) + suffix
                n += 1
            }
            taken.insert(candidate.lowercased())
            names.append(candidate)
        }
        return names
    }

    /// `raw` with forbidden and control characters replaced by `_`, outer apostrophes and spaces removed,
    /// cut to 31 characters; `Sheet` if nothing is left.
    static func sanitized(_ raw: String) -> String {
        var s = String(raw.map { c -> Character in
            if forbidden.contains(c) { return "_" }
            if c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || !XMLText.isAllowed($0) }) {
                return "_"
            }
            return c
        })
        s = trimmed(s)
        s = trimmed(prefix(s, utf16Length: maxLength))
        return s.isEmpty ? "Sheet" : s
    }

    private static func trimmed(_ s: String) -> String {
        var s = Substring(s)
        while let f = s.first, f == "'" || f == " " { s.removeFirst() }
        while let l = s.last, l == "'" || l == " " { s.removeLast() }
        return String(s)
    }

    /// The longest prefix of whole characters of `s` within `utf16Length` code units.
    private static func prefix(_ s: String, utf16Length: Int) -> String {
        var out = ""
        var used = 0
        for c in s {
            let n = c.utf16.count
            if used + n > utf16Length { break }
            out.append(c)
            used += n
        }
        return out
    }
}
