import Foundation

/// The one CSV writer of Reroute (RFC 4180): fields quoted only where needed (comma, quote, CR or LF), quotes
/// doubled, LF line ends. Every CSV file Reroute writes goes through it, and ``CSVScanner`` reads them back.
public enum CSVWriter {
    /// One field, quoted if it has to be.
    public static func field(_ text: String) -> String {
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

    /// Writes UTF-8 text to `url`.
    public static func write(_ text: String, to url: URL) throws(OutputError) { try write(Data(text.utf8), to: url) }

    /// Creates a folder (and its parents) if it is missing.
    public static func createFolder(_ url: URL) throws(OutputError) {
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw OutputError(path: url.path, reason: error.localizedDescription)
        }
    }
}
