import Foundation

/// A deliberately small, strict RFC 4180 reader written for the tests, independent of the generator's writer.
/// Each record remembers the physical line it starts on and whether its quoting was malformed (a quote closing in
/// the middle of a field, as in `"AB"C`).
struct TinyCSVRecord {
    var fields: [String]
    var line: Int
    var badQuoting: Bool
}

enum TinyCSVReader {
    static func read(_ data: Data) -> [TinyCSVRecord] {
        let bytes = [UInt8](data)
        var records: [TinyCSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var wasQuoted = false
        var bad = false
        var line = 1
        var recordLine = 1
        var i = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
            } else if b == UInt8(ascii: ",") {
                endField()
            } else if b == 0x0A {
                endField()
                records.append(TinyCSVRecord(fields: fields, line: recordLine, badQuoting: bad))
                fields.removeAll()
                bad = false
                line += 1
                recordLine = line
            } else if b == UInt8(ascii: "\"") {
                if field.isEmpty && !wasQuoted {
                    inQuotes = true
                    wasQuoted = true
                } else {
                    bad = true
                    field.append(b)
                }
            } else {
                if wasQuoted { bad = true }
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(TinyCSVRecord(fields: fields, line: recordLine, badQuoting: bad))
        }
        return records
    }
}
