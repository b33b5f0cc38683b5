/// A timestamp layout written out in the profile (`timestamps.format: pattern`, `timestamps.pattern: "dd.MM.yyyy HH:mm"`),
/// for exports whose dates are neither ISO nor US.
///
/// Letters (the common Unicode/Java date-pattern letters): `yyyy` four-digit year, `yy` two-digit year (20YY, 19YY
/// from 70 on); `MM` two-digit month, `M` one or two digits, `MMM` an English month abbreviation (Jan, Feb, ...);
/// `dd`/`d` day; `HH`/`H` hour 0-23; `hh`/`h` hour 1-12 (needs `a`); `mm` minute; `ss` second; `S`, `SS`, `SSS` ...
/// fraction of a second (any number of digits); `a` AM/PM. Any other character must appear as written; text in
/// single quotes is literal (`'T'`). A single space in the pattern also matches several spaces.
public struct TimestampPattern: Sendable, Hashable, CustomStringConvertible {
    enum Piece: Hashable {
        case year(digits: Int)
        case month(minDigits: Int), monthName
        case day(minDigits: Int)
        case hour24(minDigits: Int), hour12(minDigits: Int)
        case minute, second, fraction, meridiem
        case literal(UInt8)
        case space
    }

    let pieces: [Piece]
    /// The pattern as written in the profile.
    public let text: String

    /// Reads a pattern.
    /// - Throws: ``TimestampPatternError`` naming the problem (an unknown letter run, no year, month or day, a
    ///   12-hour hour without `a`).
    public init(_ text: String) throws(TimestampPatternError) {
        self.text = text
        var pieces: [Piece] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch == "'" {
                var j = i + 1
                while j < chars.count, chars[j] != "'" { pieces += String(chars[j]).utf8.map(Piece.literal); j += 1 }
                guard j < chars.count else { throw .unclosedQuote(pattern: text) }
                i = j + 1
                continue
            }
            guard ch.isLetter, ch.isASCII else {
                pieces += ch == " " ? [.space] : String(ch).utf8.map(Piece.literal)
                i += 1
                continue
            }
            var n = 1
            while i + n < chars.count, chars[i + n] == ch { n += 1 }
            let run = String(repeating: ch, count: n)
            switch (ch, n) {
            case ("y", 4): pieces.append(.year(digits: 4))
            case ("y", 2): pieces.append(.year(digits: 2))
            case ("M", 1), ("M", 2): pieces.append(.month(minDigits: n))
            case ("M", 3): pieces.append(.monthName)
            case ("d", 1), ("d", 2): pieces.append(.day(minDigits: n))
            case ("H", 1), ("H", 2): pieces.append(.hour24(minDigits: n))
            case ("h", 1), ("h", 2): pieces.append(.hour12(minDigits: n))
            case ("m", 2): pieces.append(.minute)
            case ("s", 2): pieces.append(.second)
            case ("S", _): pieces.append(.fraction)
            case ("a", 1): pieces.append(.meridiem)
            default: throw .unknownLetters(pattern: text, letters: run)
            }
            i += n
        }
        let has = { (test: (Piece) -> Bool) in pieces.contains(where: test) }
        guard has({ if case .year = $0 { true } else { false } }) else { throw .missing(pattern: text, what: "a year (yyyy or yy)") }
        guard has({ switch $0 { case .month, .monthName: true; default: false } }) else { throw .missing(pattern: text, what: "a month (MM, M or MMM)") }
        guard has({ if case .day = $0 { true } else { false } }) else { throw .missing(pattern: text, what: "a day (dd or d)") }
        if has({ if case .hour12 = $0 { true } else { false } }) && !has({ $0 == .meridiem }) {
            throw .missing(pattern: text, what: "`a` (AM/PM) for the 12-hour hour `hh`; write `HH` for a 24-hour clock")
        }
        self.pieces = pieces
    }

    public var description: String { text }

    static let monthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

    /// Reads one value written in this pattern, or nil when it does not fit or names no real time.
    func parse(_ c: inout ByteCursor) -> LocalTime? {
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0
        var pm: Bool?
        var twelve = false
        for piece in pieces {
            switch piece {
            case .year(let digits):
                guard let v = c.digits(exactly: digits) else { return nil }
                year = digits == 2 ? (v < 70 ? 2000 + v : 1900 + v) : v
            case .month(let minDigits):
                guard let v = c.digits(min: minDigits, max: 2) else { return nil }
                month = v
            case .monthName:
                var letters: [UInt8] = []
                for _ in 0..<3 {
                    guard let b = c.peek, (b | 0x20) >= 97, (b | 0x20) <= 122 else { return nil }
                    letters.append(b & ~0x20)
                    c.advance()
                }
                guard let index = Self.monthNames.firstIndex(of: String(decoding: letters, as: UTF8.self)) else { return nil }
                month = index + 1
            case .day(let minDigits):
                guard let v = c.digits(min: minDigits, max: 2) else { return nil }
                day = v
            case .hour24(let minDigits):
                guard let v = c.digits(min: minDigits, max: 2) else { return nil }
                hour = v
            case .hour12(let minDigits):
                guard let v = c.digits(min: minDigits, max: 2), (1...12).contains(v) else { return nil }
                hour = v
                twelve = true
            case .minute:
                guard let v = c.digits(exactly: 2) else { return nil }
                minute = v
            case .second:
                guard let v = c.digits(exactly: 2) else { return nil }
                second = v
            case .fraction:
                guard let fraction = c.fractionMilliseconds() else { return nil }
                ms += fraction
            case .meridiem:
                guard let a = c.peek else { return nil }
                let lower = a | 0x20
                guard lower == UInt8(ascii: "a") || lower == UInt8(ascii: "p") else { return nil }
                c.advance()
                guard let m = c.peek, m | 0x20 == UInt8(ascii: "m") else { return nil }
                c.advance()
                pm = lower == UInt8(ascii: "p")
            case .literal(let byte):
                guard c.consume(byte) else { return nil }
            case .space:
                guard c.consume(32) else { return nil }
                c.skipSpaces()
            }
        }
        c.skipSpaces()
        guard c.atEnd else { return nil }
        if let pm {
            guard twelve || (1...12).contains(hour) else { return nil }
            if pm { if hour != 12 { hour += 12 } } else if hour == 12 { hour = 0 }
        }
        return LocalTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, millisecond: ms)
    }
}

/// A profile's `timestamps.pattern` that cannot be used.
public enum TimestampPatternError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownLetters(pattern: String, letters: String)
    case missing(pattern: String, what: String)
    case unclosedQuote(pattern: String)

    public var description: String {
        switch self {
        case let .unknownLetters(pattern, letters):
            "'\(pattern)': '\(letters)' is not a pattern field; use yyyy, yy, MM, M, MMM, dd, d, HH, H, hh, h, mm, ss, SSS, a, and quote literal letters ('T')"
        case let .missing(pattern, what): "'\(pattern)' has no \(what)"
        case let .unclosedQuote(pattern): "'\(pattern)': a quote (') opens literal text that is never closed"
        }
    }
}
