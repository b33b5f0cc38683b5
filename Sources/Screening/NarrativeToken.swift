/// A token of a CAD narrative with its position in the original bytes.
struct NarrativeToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A word or number, normalised (upper case, apostrophes removed, shorthand expanded).
        case word
        /// Ends a clause: `.`, `;`, `!`, newline, a spaced `/`, `|`, brackets, `--`.
        case boundary
        /// A comma or a slash glued between words (`WPNS/INJ`): a list or a soft break.
        case joiner
        /// A colon, `?`, `=` or spaced dash: links a label to its answer (`WEAPONS: NEG`); `::` between log entries.
        case link
    }

    var kind: Kind
    /// Normalised text (words) or the punctuation itself.
    var text: String
    /// UTF-8 byte offsets in the narrative.
    var range: Range<Int>
}

/// Splits CAD narratives into tokens, scanning UTF-8 bytes once.
///
/// - Complexity: O(n) in the narrative's byte count.
enum NarrativeTokenizer {
    /// Two- and three-letter shorthand that reads as a red flag, so it is never taken for operator initials.
    static let shorthandNotInitials: Set<String> = ["OD", "SI", "HI", "DV", "GSW", "CPR", "SOB", "DOA", "LOC", "GUN",
                                                    "KNF", "WPN", "SZ", "MVA", "MVC", "ALS", "BLS", "AMA", "EMS",
                                                    "FD", "PD", "DUI", "DWI", "CP", "SA", "INJ", "HIT", "CUT"]

    static func tokenize(_ text: String) -> [NarrativeToken] {
        let bytes = Array(text.utf8)
        var tokens: [NarrativeToken] = []
        tokens.reserveCapacity(bytes.count / 4)
        var index = 0
        let count = bytes.count

        func isAlnum(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
        }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        func isInitials(start: Int, end: Int) -> Bool {
            let length = end - start
            guard length >= 2, length <= 3,
                  bytes[start..<end].allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) else { return false }
            // Only where an entry ends (the end of the narrative or of a line), and never shorthand that is itself
            // a red flag ("*GSW*", "*OD*").
            let closesStar = start > 0 && bytes[start - 1] == 0x2A && end < count && bytes[end] == 0x2A
            let closesDashes = start >= 2 && bytes[start - 1] == 0x2D && bytes[start - 2] == 0x2D
            let word = String(decoding: bytes[start..<end], as: UTF8.self).uppercased()
            // "[0802] DN - ...", "00:43 kf/ ...": initials that sign a timestamped entry (seventh pass).
            if afterTimestamp(start) && beforeEntrySeparator(end) { return !Self.shorthandNotInitials.contains(word) }
            guard closesStar || closesDashes else { return false }
            let rest = bytes[(closesStar ? end + 1 : end)...]
            guard rest.allSatisfy({ isSpace($0) || $0 == 0x0A || $0 == 0x2A }) || rest.first(where: { !isSpace($0) }) == 0x0A
            else { return false }
            return !Self.shorthandNotInitials.contains(word)
        }
        /// Whether the bytes before `start` (after spaces) end a timestamp: "]" or "hh:mm" / "hhmm" digits.
        func afterTimestamp(_ start: Int) -> Bool {
            var i = start - 1
            while i >= 0 && isSpace(bytes[i]) { i -= 1 }
            guard i >= 0, i < start - 1 else { return false }
            if bytes[i] == 0x5D { return true }
            var digits = 0
            while i >= 0 && (isDigit(bytes[i]) || bytes[i] == 0x3A) { if isDigit(bytes[i]) { digits += 1 }; i -= 1 }
            return digits >= 4 && (i < 0 || isSpace(bytes[i]) || bytes[i] == 0x54)
        }
        /// Whether an entry separator follows `end`: " - ", "/", ":" or "*".
        func beforeEntrySeparator(_ end: Int) -> Bool {
            var i = end
            while i < count && isSpace(bytes[i]) { i += 1 }
            guard i < count else { return false }
            return bytes[i] == 0x2F || bytes[i] == 0x3A || bytes[i] == 0x2A || (bytes[i] == 0x2D && i > end)
        }

        while index < count {
            let byte = bytes[index]
            if isSpace(byte) { index += 1; continue }
            if isAlnum(byte) || byte == 0x27 {
                let start = index
                var end = index
                while end < count {
                    let b = bytes[end]
                    if isAlnum(b) || b == 0x27 { end += 1; continue }
                    // Keep "10-32", "AR-15", "9.5", "B&E" together.
                    if end + 1 < count, (b == 0x2D || b == 0x2E), isDigit(bytes[end + 1]), end > start, isAlnum(bytes[end - 1]) {
                        if b == 0x2E && !isDigit(bytes[end - 1]) { break }
                        end += 1; continue
                    }
                    if b == 0x26, end + 1 < count, isAlnum(bytes[end + 1]), end - start <= 2 { end += 1; continue }
                    break
                }
                let raw = String(decoding: bytes[start..<end], as: UTF8.self)
                // Operator initials ("*AK*", a closing "--JM"): two or three letters that sign an entry, not words
                // ("AK" is not a rifle here).
                if isInitials(start: start, end: end) {
                    index = end
                    continue
                }
                // "Y/O" and "6Y/O" are an age ("years old"), read as "YO" and "6YO" (thirteenth pass).
                if end + 1 < count, bytes[end] == 0x2F, bytes[end + 1] == 0x4F || bytes[end + 1] == 0x6F,
                   end + 2 == count || !isAlnum(bytes[end + 2]),
                   raw.last == "Y" || raw.last == "y", raw.dropLast().allSatisfy(\.isNumber) {
                    tokens.append(NarrativeToken(kind: .word, text: NarrativeLexicon.normalize(raw + "O"),
                                                 range: start..<(end + 2)))
                    index = end + 2
                    continue
                }
                // "W/" is "with", "W/O" is "without", "C/" is "caller" in CAD shorthand.
                if end < count, bytes[end] == 0x2F, raw.count == 1 {
                    let upper = raw.uppercased()
                    if upper == "W" {
                        if end + 2 <= count, end + 1 < count, (bytes[end + 1] == 0x4F || bytes[end + 1] == 0x6F),
                           end + 2 == count || !isAlnum(bytes[end + 2]) {
                            tokens.append(NarrativeToken(kind: .word, text: "WITHOUT", range: start..<(end + 2)))
                            index = end + 2
                            continue
                        }
                        tokens.append(NarrativeToken(kind: .word, text: "WITH", range: start..<(end + 1)))
                        index = end + 1
                        continue
                    }
                    // "R/P" is the reporting party, written "RP" everywhere else (seventh session).
                    if upper == "R", end + 1 < count, bytes[end + 1] == 0x50 || bytes[end + 1] == 0x70,
                       end + 2 == count || !isAlnum(bytes[end + 2]) {
                        tokens.append(NarrativeToken(kind: .word, text: "RP", range: start..<(end + 2)))
                        index = end + 2
                        continue
                    }
                    if upper == "C" {
                        tokens.append(NarrativeToken(kind: .word, text: "CALLER", range: start..<(end + 1)))
                        index = end + 1
                        continue
                    }
                }
                tokens.append(NarrativeToken(kind: .word, text: NarrativeLexicon.normalize(raw), range: start..<end))
                index = end
                continue
            }
            let range = index..<(index + 1)
            // ".38", ".45": a calibre, not the end of a clause (tenth pass).
            if byte == 0x2E, index + 1 < count, isDigit(bytes[index + 1]), index == 0 || isSpace(bytes[index - 1]) {
                index += 1
                continue
            }
            switch byte {
            case 0x2F: // slash: glued between words is a joiner, spaced is a clause boundary
                let gluedLeft = index > 0 && isAlnum(bytes[index - 1])
                let gluedRight = index + 1 < count && isAlnum(bytes[index + 1])
                tokens.append(NarrativeToken(kind: gluedLeft && gluedRight ? .joiner : .boundary, text: "/", range: range))
            case 0x2E, 0x3B, 0x21, 0x0A, 0x7C, 0x28, 0x29, 0x5B, 0x5D, 0x2A, 0x5C:
                tokens.append(NarrativeToken(kind: .boundary, text: String(UnicodeScalar(byte)), range: range))
            // "100+ MPH", "20+ CARS": a plus after a number is "or more", not a joiner (seventh session).
            case 0x2B where index > 0 && isDigit(bytes[index - 1]):
                break
            case 0x2C, 0x26, 0x2B:
                tokens.append(NarrativeToken(kind: .joiner, text: String(UnicodeScalar(byte)), range: range))
            case 0x3A, 0x3F, 0x3D, 0x2D, 0x3E:
                // A dash glued between words ("SELF-HARM") just separates them.
                if byte == 0x2D, index > 0, index + 1 < count, isAlnum(bytes[index - 1]), isAlnum(bytes[index + 1]) {
                    index += 1
                    continue
                }
                // "--" is a boundary; a single dash or colon links a label to its answer.
                if byte == 0x2D, index + 1 < count, bytes[index + 1] == 0x2D {
                    tokens.append(NarrativeToken(kind: .boundary, text: "--", range: index..<(index + 2)))
                    index += 2
                    continue
                }
                // "::" separates a log's entries: one link (an answer may follow it), read as a break between
                // clauses by the scopes of cues (eleventh session).
                if byte == 0x3A, index + 1 < count, bytes[index + 1] == 0x3A {
                    tokens.append(NarrativeToken(kind: .link, text: "::", range: index..<(index + 2)))
                    index += 2
                    continue
                }
                tokens.append(NarrativeToken(kind: .link, text: String(UnicodeScalar(byte)), range: range))
            default:
                break // quotes, #, $, %, other symbols: ignored
            }
            index += 1
        }
        return tokens
    }
}
