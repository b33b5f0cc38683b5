import Foundation
import Vocabulary

/// A screening CSV file (corpus, samples, reviewed labels) read whole through ``CSVDocument``, Reroute's one CSV
/// reader: RFC 4180 quoting, CRLF or LF, a byte-order mark. On top of it, every row must have the header's number
/// of fields, columns are found case-insensitively, and fields that held invalid UTF-8 are listed so that callers
/// can warn.
public struct ScreeningCSV: Sendable {
    /// Column names from the header row, trimmed.
    public var header: [String]
    /// Data rows with the 1-based line number each starts on.
    public var rows: [(line: Int, fields: [String])]
    /// `(line, column)` of fields that held invalid UTF-8 (replaced with U+FFFD; a U+FFFD in the file counts too).
    public var invalidUTF8: [(line: Int, column: String)]

    /// Parses CSV bytes.
    /// - Throws: ``CSVDocumentError`` for an empty or malformed file (an unterminated quote names the line it
    ///   opens on), ``ScreeningInputError/wrongFieldCount(file:line:expected:found:)`` for a short or long row.
    public static func parse(_ data: Data, file: String) throws -> ScreeningCSV {
        let document = try CSVDocument(bytes: [UInt8](data), name: file)
        let header = document.header
        var invalid: [(line: Int, column: String)] = []
        if header.contains(where: Self.hasReplacement) { invalid.append((1, "header")) }
        var rows: [(line: Int, fields: [String])] = []
        rows.reserveCapacity(document.rows.count)
        for row in document.rows {
            guard row.fields.count == header.count else {
                throw ScreeningInputError.wrongFieldCount(file: file, line: row.line, expected: header.count,
                                                          found: row.fields.count)
            }
            for (index, field) in row.fields.enumerated() where Self.hasReplacement(field) {
                invalid.append((row.line, header[index]))
            }
            rows.append((row.line, row.fields))
        }
        return ScreeningCSV(header: header, rows: rows, invalidUTF8: invalid)
    }

    private static func hasReplacement(_ text: String) -> Bool { text.unicodeScalars.contains("\u{FFFD}") }

    /// The index of a column, case-insensitively.
    public func column(_ name: String) -> Int? {
        header.firstIndex { $0.lowercased() == name.lowercased() }
    }

    /// The index of a required column.
    /// - Throws: ``ScreeningInputError/missingColumn(file:column:found:)``.
    public func requiredColumn(_ name: String, file: String) throws -> Int {
        guard let index = column(name) else {
            throw ScreeningInputError.missingColumn(file: file, column: name, found: header)
        }
        return index
    }

    /// Rows as `(callType, narrative)` pairs, the input of ``EligibilityEstimator``.
    public func calls(file: String) throws -> [(callType: String, narrative: String)] {
        let type = try requiredColumn("call_type", file: file)
        let text = try requiredColumn("narrative", file: file)
        return rows.map { ($0.fields[type], $0.fields[text]) }
    }
}

/// Problems with screening input files. Each names the file, line and column and says what to do.
public enum ScreeningInputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No header row.
    case emptyFile(file: String)
    /// A row with more or fewer fields than the header.
    case wrongFieldCount(file: String, line: Int, expected: Int, found: Int)
    /// A required column is absent.
    case missingColumn(file: String, column: String, found: [String])
    /// A value a column does not accept.
    case badValue(file: String, line: Int, column: String, value: String, expected: String)

    public var description: String {
        switch self {
        case let .emptyFile(file):
            return "\(file): the file is empty; it needs a header row with at least call_type and narrative."
        case let .wrongFieldCount(file, line, expected, found):
            return "\(file):\(line): \(found) fields but the header has \(expected); quote fields that contain commas."
        case let .missingColumn(file, column, found):
            return "\(file): missing column '\(column)' (header has: \(found.joined(separator: ", "))); add it to the header."
        case let .badValue(file, line, column, value, expected):
            return "\(file):\(line): column '\(column)' has '\(value)', expected \(expected)."
        }
    }
}

extension ScreeningInputError: RerouteError {
    /// A screening input that cannot be read or parsed: an input that cannot be read (1).
    public var exitStatus: ExitStatus { .inputUnreadable }
}
