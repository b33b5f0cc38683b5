import Foundation

/// A small CSV file read whole through ``CSVScanner`` (the one CSV reader): its header and its rows with their
/// line numbers, and typed field accessors whose errors name the file, line and field.
///
/// For the files Reroute reads back or takes as side inputs (an analysis folder, a staffing demand file, a
/// screening corpus); call exports stream through the scanner instead.
public struct CSVDocument: Sendable {
    /// One data row.
    public struct Row: Sendable {
        /// Physical line on which the record starts (the header is line 1).
        public var line: Int
        /// The fields, unescaped.
        public var fields: [String]
    }

    /// File name used in messages.
    public let name: String
    /// The header's column names (a byte-order mark removed, surrounding blanks trimmed).
    public let header: [String]
    /// The data rows, blank lines skipped.
    public let rows: [Row]

    /// Reads a file.
    /// - Throws: ``CSVDocumentError`` (exit 65): unreadable, empty, malformed.
    public init(contentsOf url: URL) throws(CSVDocumentError) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(file: url.path, reason: FileManager.default.fileExists(atPath: url.path) ? "cannot be read" : "no such file")
        }
        try self.init(bytes: [UInt8](data), name: url.lastPathComponent)
    }

    /// Reads CSV text.
    public init(text: String, name: String) throws(CSVDocumentError) {
        try self.init(bytes: Array(text.utf8), name: name)
    }

    /// Reads CSV bytes.
    public init(bytes: [UInt8], name: String) throws(CSVDocumentError) {
        self.name = name
        var header: [String]? = nil
        var rows: [Row] = []
        var problem: CSVDocumentError?
        let scanner = CSVScanner(bytes: bytes)
        do {
            try scanner.scan { record in
                if problem != nil { return }
                if let bad = record.problem {
                    problem = .malformed(file: name, line: record.line, reason: bad.description)
                    return
                }
                let fields = (0..<record.fieldCount).map { CSVWriter.unneutralised(record.string($0)) }
                if header == nil {
                    header = fields.map { $0.trimmingCharacters(in: .whitespaces) }
                } else {
                    rows.append(Row(line: record.line, fields: fields))
                }
            }
        } catch {
            throw .malformed(file: name, line: 0, reason: "\(error)")
        }
        if let problem { throw problem }
        guard let header else { throw .malformed(file: name, line: 1, reason: "the file is empty; expected a header line") }
        self.header = header
        self.rows = rows
    }

    /// The index of column `field`.
    public func column(_ field: String) throws(CSVDocumentError) -> Int {
        guard let index = header.firstIndex(of: field) else { throw .missingColumn(file: name, column: field, header: header) }
        return index
    }

    /// Whether the header has column `field`.
    public func hasColumn(_ field: String) -> Bool { header.contains(field) }

    /// The text of `field` in `row`.
    public func text(_ row: Row, _ field: String) throws(CSVDocumentError) -> String {
        let index = try column(field)
        guard index < row.fields.count else {
            throw .badField(file: name, line: row.line, field: field, value: "", expected: "\(header.count) fields in the row")
        }
        return row.fields[index]
    }

    /// The number in `field`, nil when the field is empty.
    public func optionalNumber(_ row: Row, _ field: String, allowNegative: Bool = false) throws(CSVDocumentError) -> Double? {
        let value = try text(row, field).trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return nil }
        guard let number = Double(value), number.isFinite, allowNegative || number >= 0 else {
            throw .badField(file: name, line: row.line, field: field, value: value,
                            expected: allowNegative ? "a plain number" : "a plain number, zero or more")
        }
        return number
    }

    /// The number in `field`; an empty field is an error.
    public func number(_ row: Row, _ field: String, allowNegative: Bool = false) throws(CSVDocumentError) -> Double {
        guard let value = try optionalNumber(row, field, allowNegative: allowNegative) else {
            throw .badField(file: name, line: row.line, field: field, value: "", expected: "a plain number")
        }
        return value
    }
}

/// A problem in a CSV side file (an analysis folder's table, a demand file, a corpus): exit 65.
public enum CSVDocumentError: RerouteError, Sendable, Equatable {
    /// The file cannot be read.
    case unreadable(file: String, reason: String)
    /// The file is not well-formed CSV.
    case malformed(file: String, line: Int, reason: String)
    /// A required column is missing.
    case missingColumn(file: String, column: String, header: [String])
    /// A field holds a value of the wrong kind.
    case badField(file: String, line: Int, field: String, value: String, expected: String)

    public var exitStatus: ExitStatus { .dataError }

    public var description: String {
        switch self {
        case let .unreadable(file, reason): "\(file): \(reason)"
        case let .malformed(file, line, reason): "\(file):\(line): \(reason)"
        case let .missingColumn(file, column, header):
            "\(file): no column '\(column)'; the header has: \(header.joined(separator: ", "))"
        case let .badField(file, line, field, value, expected):
            "\(file):\(line): field '\(field)' is '\(value)' but should be \(expected)"
        }
    }
}
