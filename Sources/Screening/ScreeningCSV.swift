import Foundation

/// A small RFC 4180 reader for the screening CSV files (corpus, samples, reviewed labels).
///
/// Quoted fields may contain commas, doubled quotes and line breaks; lines end in CRLF or LF. Fields are decoded
/// as UTF-8; invalid bytes are replaced with U+FFFD and reported in ``invalidUTF8`` so callers can warn.
public struct ScreeningCSV: Sendable {
    /// Column names from the header row, trimmed.
    public var header: [String]
    /// Data rows with the 1-based line number each starts on.
    public var rows: [(line: Int, fields: [String])]
    /// `(line, column)` of fields that held invalid UTF-8.
    public var invalidUTF8: [(line: Int, column: String)]

    /// Parses CSV bytes.
    /// - Throws: ``ScreeningInputError`` for an empty file, an unterminated quote or a row with the wrong number of fields.
    public static func parse(_ data: Data, file: String) throws -> ScreeningCSV {
        let bytes = [UInt8](data)
        var records: [(line: Int, fields: [[UInt8]])] = []
        var field: [UInt8] = []
        var fields: [[UInt8]] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var index = 0
        var fieldStarted = false
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == 0x22 {
                    if index + 1 < bytes.count && bytes[index + 1] == 0x22 { field.append(0x22); index += 2; continue }
                    inQuotes = false
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case 0x22 where field.isEmpty:
                inQuotes = true
                quoteLine = line
                fieldStarted = true
            case 0x2C:
                fields.append(field); field = []; fieldStarted = true
            case 0x0D where index + 1 < bytes.count && bytes[index + 1] == 0x0A:
                break
            case 0x0A:
                fields.append(field)
                if !(fields.count == 1 && fields[0].isEmpty && !fieldStarted) { records.append((recordLine, fields)) }
                fields = []; field = []; fieldStarted = false
                line += 1
                recordLine = line
            default:
                field.append(byte); fieldStarted = true
            }
            index += 1
        }
        if inQuotes { throw ScreeningInputError.unterminatedQuote(file: file, line: quoteLine) }
        if fieldStarted || !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append((recordLine, fields))
        }
        guard let first = records.first else { throw ScreeningInputError.emptyFile(file: file) }
        var invalid: [(line: Int, column: String)] = []
        func decode(_ raw: [UInt8], line: Int, column: String) -> String {
            let decoded = NarrativeScreener.decode(raw)
            if !decoded.invalid.isEmpty { invalid.append((line, column)) }
            return decoded.text
        }
        var header = first.fields.map { decode($0, line: first.line, column: "header").trimmingCharacters(in: .whitespaces) }
        if let bom = header.first, bom.hasPrefix("\u{FEFF}") { header[0] = String(bom.dropFirst()) }
        var rows: [(line: Int, fields: [String])] = []
        for record in records.dropFirst() {
            if record.fields.count != header.count {
                throw ScreeningInputError.wrongFieldCount(file: file, line: record.line, expected: header.count, found: record.fields.count)
            }
            let decoded = record.fields.enumerated().map { decode($0.element, line: record.line, column: header[$0.offset]) }
            rows.append((record.line, decoded))
        }
        return ScreeningCSV(header: header, rows: rows, invalidUTF8: invalid)
    }

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
    /// A quoted field never closes.
    case unterminatedQuote(file: String, line: Int)
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
        case let .unterminatedQuote(file, line):
            return "\(file):\(line): a quoted field starting on this line never closes; add the closing \" (double any \" inside)."
        case let .wrongFieldCount(file, line, expected, found):
            return "\(file):\(line): \(found) fields but the header has \(expected); quote fields that contain commas."
        case let .missingColumn(file, column, found):
            return "\(file): missing column '\(column)' (header has: \(found.joined(separator: ", "))); add it to the header."
        case let .badValue(file, line, column, value, expected):
            return "\(file):\(line): column '\(column)' has '\(value)', expected \(expected)."
        }
    }
}
