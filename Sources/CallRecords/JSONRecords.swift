import Foundation
import Vocabulary

/// Calls exported as JSON, turned into the CSV text the ingestor reads (header = the records' keys in order of
/// first appearance; line N + 1 = record N), so that every JSON layout goes through the one CSV path:
/// a JSON array of objects, newline-delimited JSON (one object per line) and Esri feature JSON
/// (`{"features": [{"attributes": {...}}]}`, what ArcGIS open-data services return).
public enum JSONRecords {
    /// Whether a file's first meaningful byte opens a JSON value.
    public static func looksLikeJSON(_ head: Data) -> Bool {
        let first = head.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF })
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// The records of a JSON file as CSV bytes.
    /// - Throws: ``InputError/notCSV(file:reason:)`` naming what is wrong with the JSON.
    public static func csvBytes(path: String) throws(InputError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .cannotOpen(file: path, reason: "cannot read it") }
        return try csvBytes(data: data, file: path)
    }

    /// The records of JSON text (read from `file`, named in errors) as CSV bytes.
    public static func csvBytes(data: Data, file path: String) throws(InputError) -> [UInt8] {
        let objects = try records(data, file: path)
        var keys: [String] = []
        var seen = Set<String>()
        for object in objects { for key in object.keys.sorted() where !seen.contains(key) { seen.insert(key); keys.append(key) } }
        guard !keys.isEmpty else { throw .notCSV(file: path, reason: "the JSON holds no records with fields") }
        var text = CSVWriter.line(keys) + "\n"
        for object in objects {
            text += CSVWriter.line(keys.map { key in object[key].map(Self.text) ?? "" }) + "\n"
        }
        return Array(text.utf8)
    }

    /// The JSON objects of the file, whichever of the three layouts it has.
    static func records(_ data: Data, file: String) throws(InputError) -> [[String: Any]] {
        if let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
            if let array = value as? [[String: Any]] { return array }
            if let object = value as? [String: Any] {
                if let features = object["features"] as? [[String: Any]] {
                    return features.map { ($0["attributes"] as? [String: Any]) ?? ($0["properties"] as? [String: Any]) ?? [:] }
                }
                for key in ["data", "records", "results", "calls", "rows"] {
                    if let array = object[key] as? [[String: Any]] { return array }
                }
                return [object]
            }
            throw .notCSV(file: file, reason: "the JSON is neither a list of records, an object holding one, nor Esri feature JSON")
        }
        // Newline-delimited JSON: one object per line.
        var out: [[String: Any]] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            let trimmed = line.drop(while: { $0 == 0x20 || $0 == 0x0D || $0 == 0x09 })
            if trimmed.isEmpty { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(trimmed))) as? [String: Any] else {
                throw .notCSV(file: file, reason: "line \(index + 1) is not a JSON object (expected a JSON array, Esri feature JSON or one JSON object per line)")
            }
            out.append(object)
        }
        return out
    }

    static func text(_ value: Any) -> String {
        switch value {
        case is NSNull: return ""
        case let s as String: return s
        case let b as Bool where !(value is Int) && !(value is Double): return b ? "true" : "false"
        case let n as NSNumber:
            let d = n.doubleValue
            if d == d.rounded(), abs(d) < 1e17 { return String(Int64(d)) }
            return "\(d)"
        case let dict as [String: Any]:
            guard let data = try? JSONSerialization.data(withJSONObject: dict, options: [.sortedKeys]) else { return "" }
            return String(decoding: data, as: UTF8.self)
        case let array as [Any]:
            guard let data = try? JSONSerialization.data(withJSONObject: array) else { return "" }
            return String(decoding: data, as: UTF8.self)
        default: return "\(value)"
        }
    }
}
