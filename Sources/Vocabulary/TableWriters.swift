import Foundation

extension ResultTable {
    /// CSV text: a header of column names, then one line per row; quoted only where needed.
    public var csv: String {
        CSVWriter.document(header: columns, rows: rows.map { $0.map(\.csvText) })
    }

    /// A JSON object: id, title, reference, rows as objects keyed by column name, notes and parameters.
    public var jsonObject: [String: Any] {
        var object: [String: Any] = ["id": id, "title": title, "columns": columns, "notes": notes]
        if let reference { object["reference"] = reference }
        object["parameters"] = parameters.map { ["name": $0.name, "value": $0.value, "source": $0.source] }
        object["rows"] = rows.map { row -> [String: Any] in
            var o: [String: Any] = [:]
            for (name, cell) in zip(columns, row) {
                switch cell {
                case .text(let s): o[name] = s
                case .integer(let i): o[name] = i
                case .number(let d, _), .share(let d), .money(let d), .minutes(let d, _): o[name] = d.isFinite ? d : NSNull()
                case .empty: o[name] = NSNull()
                }
            }
            return o
        }
        return object
    }

    /// Aligned text for a terminal: title, header, rows, notes.
    public func rendered(maxRows: Int? = nil) -> String {
        let shown = maxRows.map { Array(rows.prefix($0)) } ?? rows
        // Long text (sources, notes) is cut on screen; the CSV and JSON keep it whole.
        let texts = shown.map { $0.map { cell -> String in
            let t = cell.displayText
            return t.count > 44 ? String(t.prefix(43)) + "…" : t
        } }
        var widths = headings.map(\.count)
        for row in texts { for (i, t) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], t.count) } }
        let numeric = columns.indices.map { i in shown.contains { i < $0.count && $0[i].isNumeric } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, t in
                let pad = String(repeating: " ", count: max(0, widths[i] - t.count))
                return numeric[i] ? pad + t : t + pad
            }.joined(separator: "  ")
        }
        var out = title + (reference.map { "  (\($0))" } ?? "") + "\n"
        out += line(headings) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in texts { out += line(row) + "\n" }
        if let maxRows, rows.count > maxRows { out += "... \(rows.count - maxRows) more rows in \(id).csv\n" }
        for note in notes { out += "  note: \(note)\n" }
        return out
    }

    /// Writes `<id>.csv` and `<id>.json` into `directory`.
    /// - Throws: ``OutputError`` (exit 73) when a file cannot be written.
    public func write(to directory: URL) throws(OutputError) {
        try OutputFile.write(Data(csv.utf8), to: directory.appendingPathComponent("\(id).csv"))
        let json: Data
        do { json = try JSONSerialization.data(withJSONObject: jsonObject, options: [.prettyPrinted, .sortedKeys]) } catch {
            throw OutputError(path: directory.appendingPathComponent("\(id).json").path, reason: "\(error)")
        }
        try OutputFile.write(json, to: directory.appendingPathComponent("\(id).json"))
    }
}
