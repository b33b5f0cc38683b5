import Foundation

/// One value in a table.
public enum Cell: Sendable, Hashable, Codable {
    case text(String)
    case integer(Int)
    /// A number shown with `decimals` places on screen; written in full precision to CSV/JSON.
    case number(Double, decimals: Int)
    /// A share between 0 and 1, shown as a percentage on screen and written as a fraction.
    case share(Double)
    /// No value (and why, in the table's notes).
    case empty

    /// The value as written to CSV (plain, machine-readable).
    public var csvText: String {
        switch self {
        case .text(let s): s
        case .integer(let i): String(i)
        case .number(let d, _): d.isFinite ? Cell.plain(d) : ""
        case .share(let d): d.isFinite ? Cell.plain((d * 1_000_000).rounded() / 1_000_000) : ""
        case .empty: ""
        }
    }

    /// The value as shown on screen.
    public var displayText: String {
        switch self {
        case .text(let s): s
        case .integer(let i): Cell.grouped(i)
        case .number(let d, let places): d.isFinite ? Cell.fixed(d, places, grouped: true) : "-"
        case .share(let d): d.isFinite ? Cell.fixed(d * 100, 1, grouped: false) + "%" : "-"
        case .empty: "-"
        }
    }

    public var isNumeric: Bool {
        switch self {
        case .integer, .number, .share: true
        default: false
        }
    }

    /// The numeric value, if any.
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d, _), .share(let d): d
        default: nil
        }
    }

    static func plain(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        var s = String(format: "%.6f", d)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    static func fixed(_ d: Double, _ places: Int, grouped: Bool) -> String {
        let s = String(format: "%.\(places)f", d)
        guard grouped else { return s }
        let parts = s.split(separator: ".", maxSplits: 1)
        let intPart = String(parts[0])
        let negative = intPart.hasPrefix("-")
        let digits = negative ? String(intPart.dropFirst()) : intPart
        var out = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        let g = (negative ? "-" : "") + String(out.reversed())
        return parts.count > 1 ? g + "." + parts[1] : g
    }

    static func grouped(_ i: Int) -> String { fixed(Double(i), 0, grouped: true) }
}

/// A parameter that produced a table's numbers, with where its value comes from.
public struct Parameter: Sendable, Hashable, Codable {
    public var name: String
    public var value: String
    public var source: String
    public init(name: String, value: String, source: String) {
        self.name = name
        self.value = value
        self.source = source
    }
}

/// A result table: what Reroute prints, writes as CSV and JSON, and later draws in the report.
public struct ResultTable: Sendable, Codable {
    /// File stem, e.g. `fig03-eligible-volume`.
    public var id: String
    public var title: String
    /// The report figure or appendix this table reproduces, if any.
    public var reference: String?
    /// Machine-readable column names (CSV header).
    public var columns: [String]
    /// Column titles for people (terminal, report).
    public var headings: [String]
    public var rows: [[Cell]]
    /// Caveats, definitions and the reason a table is empty or partial.
    public var notes: [String]
    public var parameters: [Parameter]

    public init(id: String, title: String, reference: String? = nil, columns: [(name: String, heading: String)],
                rows: [[Cell]] = [], notes: [String] = [], parameters: [Parameter] = []) {
        self.id = id
        self.title = title
        self.reference = reference
        self.columns = columns.map(\.name)
        self.headings = columns.map(\.heading)
        self.rows = rows
        self.notes = notes
        self.parameters = parameters
    }

    /// The cell in `column` of the first row whose first cell's text is `key`.
    public func value(row key: String, column: String) -> Cell? {
        guard let c = columns.firstIndex(of: column) else { return nil }
        return rows.first { $0.first?.csvText == key }?[c]
    }
}
