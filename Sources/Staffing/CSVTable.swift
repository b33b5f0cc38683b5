import Foundation

/// A small CSV reader for the staffing inputs (comma-separated, optional double quotes, header row).
struct CSVTable: Sendable {
    let file: String
    let header: [String]
    /// (line number, fields) per data row.
    let rows: [(line: Int, fields: [String])]

    init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw StaffingError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        try self.init(bytes: [UInt8](data), file: url.path)
    }

    init(text: String, file: String) throws {
        try self.init(bytes: Array(text.utf8), file: file)
    }

    /// Splits UTF-8 bytes into lines and fields, making a `String` only per field.
    init(bytes: [UInt8], file: String) throws {
        self.file = file
        var records: [(Int, [String])] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false, lineNumber = 1, i = 0
        let n = bytes.count
        var start = 0
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        i = start
        func endRecord() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            if !(fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty) { records.append((lineNumber, fields)) }
            fields = []
        }
        while i < n {
            let c = bytes[i]
            if quoted {
                if c == 0x22 {
                    if i + 1 < n, bytes[i + 1] == 0x22 { field.append(0x22); i += 1 } else { quoted = false }
                } else {
                    if c == 0x0A { lineNumber += 1 }
                    field.append(c)
                }
            } else if c == 0x22 {
                quoted = true
            } else if c == 0x2C {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else if c == 0x0A {
                endRecord()
                lineNumber += 1
            } else if c != 0x0D {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = records.first else { throw StaffingError.missingColumn(file: file, column: "(header)") }
        header = first.1.map { $0.trimmingCharacters(in: .whitespaces) }
        rows = records.dropFirst().map { (line: $0.0, fields: $0.1) }
    }

    func column(_ name: String) throws -> Int {
        guard let i = header.firstIndex(of: name) else { throw StaffingError.missingColumn(file: file, column: name) }
        return i
    }

    func optionalColumn(_ name: String) -> Int? { header.firstIndex(of: name) }

    func string(_ row: (line: Int, fields: [String]), _ col: Int) -> String {
        col < row.fields.count ? row.fields[col].trimmingCharacters(in: .whitespaces) : ""
    }

    func double(_ row: (line: Int, fields: [String]), _ col: Int, field: String, expected: String = "a number") throws -> Double {
        let s = string(row, col)
        guard let v = Double(s), v.isFinite else {
            throw StaffingError.invalidValue(file: file, line: row.line, field: field, value: s, expected: expected)
        }
        return v
    }
}
