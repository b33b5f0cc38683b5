import Foundation

/// The one CSV writer of Reroute (RFC 4180): fields quoted only where needed (comma, quote, CR or LF), quotes
/// doubled, LF line ends. Every CSV file Reroute writes goes through it, and ``CSVScanner`` reads them back.
///
/// Formula injection (OWASP "CSV Injection"): a field that begins with `=`, `+`, `-`, `@`, a tab or a CR is
/// written with a single quote before it, so that a spreadsheet shows it as text instead of running it; a
/// plain number (`-12`, `-0.5`) is left as it is, since a spreadsheet cannot run it. ``CSVDocument`` takes the
/// quote off again when Reroute reads its own tables back (``CSVWriter/unneutralised(_:)``).
public enum CSVWriter {
    /// The first bytes that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// `text` made safe to open in a spreadsheet: prefixed with `'` when it starts like a formula and is not a
    /// plain number.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    /// The text a neutralised field stood for: the `'` before a formula-like start taken off.
    public static func unneutralised(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.count >= 2, bytes.first == 0x27, let second = bytes.dropFirst().first, formulaStarts.contains(second),
              !isPlainNumber(String(text.dropFirst())) else { return text }
        return String(text.dropFirst())
    }

    /// Whether `text` is `[+-]digits[.digits]`.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let f = bytes.first, f == 0x2D || f == 0x2B { bytes = bytes.dropFirst() }
        guard let f = bytes.first, (0x30...0x39).contains(f) else { return false }
        var seenPoint = false, lastWasDigit = false
        for b in bytes {
            if (0x30...0x39).contains(b) { lastWasDigit = true } else if b == 0x2E, !seenPoint { seenPoint = true; lastWasDigit = false } else { return false }
        }
        return lastWasDigit
    }

    /// One field, neutralised against formula injection (see above) and quoted if it has to be.
    public static func field(_ raw: String) -> String {
        let text = neutralised(raw)
        // Bytes, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record (without its line end).
    public static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    /// A whole document: the header, then one line per row, each ending in LF.
    public static func document(header: [String], rows: [[String]]) -> String {
        var out = line(header) + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}

/// Writes output files, turning every failure into an ``OutputError`` (exit 73) that names the file.
public enum OutputFile {
    /// Writes `data` to `url` atomically (through a temporary file beside it).
    public static func write(_ data: Data, to url: URL) throws(OutputError) {
        do { try data.write(to: url, options: .atomic) } catch {
            throw OutputError(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Appends `data` to the open file `path`. `FileHandle`'s non-throwing `write(_:)` traps on a full disk or a closed
    /// file; this is the one place Reroute writes through a handle, with the throwing `write(contentsOf:)`, and
    /// every failure becomes an ``OutputError`` naming the file.
    public static func append(_ data: some DataProtocol, to file: FileHandle, path: String) throws(OutputError) {
        do { try file.write(contentsOf: data) } catch {
            throw OutputError(path: path, reason: error.localizedDescription)
        }
    }

    /// Writes UTF-8 text to `url`.
    public static func write(_ text: String, to url: URL) throws(OutputError) { try write(Data(text.utf8), to: url) }

    /// Creates a folder (and its parents) if it is missing.
    public static func createFolder(_ url: URL) throws(OutputError) {
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw OutputError(path: url.path, reason: error.localizedDescription)
        }
    }
}
