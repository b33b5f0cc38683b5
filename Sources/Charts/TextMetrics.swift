/// Rough text measurement for layout without a font engine.
///
/// Widths are estimated from average Helvetica/Arial advance widths per character class; they err on the
/// wide side so that labels laid out with them do not overlap.
enum TextMetrics {
    /// Estimated width of `text` at `size` points.
    static func width(_ text: String, size: Double) -> Double {
        var units = 0.0
        for character in text {
            units += advance(character)
        }
        return units * size
    }

    private static func advance(_ character: Character) -> Double {
        switch character {
        case "i", "l", "j", "'", "|", ".", ",", ":", ";", "!", "I": return 0.28
        case "f", "t", "r", "(", ")", "[", "]", "/", "-", " ": return 0.36
        case "m", "w", "M", "W", "%", "@": return 0.86
        case "0"..."9", "$": return 0.56
        default:
            if character.isUppercase { return 0.68 }
            return 0.56
        }
    }

    /// `text` cut to fit `maxWidth` with a trailing ellipsis, or unchanged if it fits.
    static func truncate(_ text: String, toWidth maxWidth: Double, size: Double) -> String {
        guard width(text, size: size) > maxWidth else { return text }
        var characters = Array(text)
        let ellipsisWidth = width("…", size: size)
        while !characters.isEmpty && width(String(characters), size: size) + ellipsisWidth > maxWidth {
            characters.removeLast()
        }
        while characters.last == " " { characters.removeLast() }
        return String(characters) + "…"
    }

    /// `text` broken into at most `maxLines` lines of at most `maxWidth`; the last line is truncated if needed.
    static func wrap(_ text: String, toWidth maxWidth: Double, size: Double, maxLines: Int) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return [] }
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if width(candidate, size: size) <= maxWidth || current.isEmpty {
                current = candidate
                index += 1
            } else {
                lines.append(current)
                current = ""
                if lines.count == maxLines - 1 {
                    // The remaining words go on the last line, truncated.
                    current = words[index...].joined(separator: " ")
                    index = words.count
                }
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { truncate($0, toWidth: maxWidth, size: size) }
    }
}
