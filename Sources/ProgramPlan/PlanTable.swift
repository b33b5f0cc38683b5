import Vocabulary
import Foundation

/// A table of a plan output: printed on the terminal, written as CSV and JSON.
public struct PlanTable: Sendable, Hashable {
    /// One cell: the text shown on the terminal and the plain value written to CSV/JSON.
    public struct Cell: Sendable, Hashable {
        /// Terminal text.
        public var text: String
        /// Machine value (plain number or text); nil writes an empty field / JSON null.
        public var number: Double?
        /// Creates a text cell.
        public static func text(_ value: String) -> Cell { Cell(text: value, number: nil) }
        /// A count.
        public static func count(_ value: Double) -> Cell { Cell(text: Format.number(value), number: value) }
        /// A number with decimals.
        public static func decimal(_ value: Double, _ decimals: Int = 1) -> Cell {
            Cell(text: Format.number(value, decimals: decimals), number: value)
        }
        /// A share shown as a percentage.
        public static func share(_ value: Double) -> Cell { Cell(text: Format.percent(value), number: value) }
        /// Dollars.
        public static func dollars(_ value: Double) -> Cell { Cell(text: Format.dollars(value), number: value) }
        /// An empty cell.
        public static let empty = Cell(text: "", number: nil)
        /// A cell for an optional number.
        public static func optional(_ value: Double?, _ make: (Double) -> Cell) -> Cell { value.map(make) ?? .empty }
    }

    /// File stem, e.g. `fig04-volume`.
    public var id: String
    /// Title printed above the table.
    public var title: String
    /// Column keys (CSV header / JSON keys).
    public var keys: [String]
    /// Column titles on the terminal.
    public var headers: [String]
    /// Rows.
    public var rows: [[Cell]]
    /// Notes printed under the table (sources, scaling, assumptions).
    public var notes: [String]

    /// Creates a table.
    public init(id: String, title: String, columns: [(key: String, header: String)], rows: [[Cell]], notes: [String] = []) {
        self.id = id
        self.title = title
        self.keys = columns.map(\.key)
        self.headers = columns.map(\.header)
        self.rows = rows
        self.notes = notes
    }

    /// The table as aligned text (first column left-aligned, the others right-aligned).
    public var text: String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.text.count) }
        }
        let leftAligned = headers.indices.map { column in
            column == 0 || rows.allSatisfy { row in column >= row.count || row[column].number == nil }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, text in
                let pad = String(repeating: " ", count: max(0, widths[index] - text.count))
                return leftAligned[index] ? text + pad : pad + text
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = [title, line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += rows.map { line($0.map(\.text)) }
        out += notes.map { "  " + $0 }
        return out.joined(separator: "\n") + "\n"
    }

    /// The table as CSV (header line, plain numbers, RFC 4180 quoting).
    public var csv: String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var lines = [keys.map(field).joined(separator: ",")]
        lines += rows.map { row in row.map { field($0.number.map(Format.plain) ?? $0.text) }.joined(separator: ",") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as a JSON-compatible object: title, notes, rows keyed by column.
    public func jsonObject(parameters: [[String: Any]]) -> [String: Any] {
        [
            "table": id, "title": title, "notes": notes, "parameters": parameters,
            "rows": rows.map { row in
                Dictionary(uniqueKeysWithValues: zip(keys, row).map { key, cell -> (String, Any) in
                    (key, cell.number.map { $0 as Any } ?? (cell.text.isEmpty ? NSNull() : cell.text as Any))
                })
            },
        ]
    }
}
