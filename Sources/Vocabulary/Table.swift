import Foundation

/// One value in a table, typed so that every writer (CSV, JSON, terminal, HTML, workbook) shows it the same way.
public enum Cell: Sendable, Hashable, Codable {
    /// Text.
    case text(String)
    /// A count.
    case integer(Int)
    /// A number shown with `decimals` places on screen; written in full precision to CSV/JSON.
    case number(Double, decimals: Int)
    /// A share between 0 and 1, shown as a percentage on screen and written as a fraction.
    case share(Double)
    /// An amount of money in US dollars, shown as `$825,200` and written as a plain number.
    case money(Double)
    /// A duration in minutes, shown with `decimals` places.
    case minutes(Double, decimals: Int)
    /// No value (the table's notes say why): ``Format/missing`` on screen, an empty CSV field, JSON `null`.
    case empty

    /// A cell for an optional number, built by `make` when present.
    public static func optional(_ value: Double?, _ make: (Double) -> Cell) -> Cell { value.map(make) ?? .empty }

    /// The value as written to CSV (plain, machine-readable).
    public var csvText: String {
        switch self {
        case .text(let s): s
        case .integer(let i): String(i)
        case .number(let d, _), .money(let d), .minutes(let d, _): Format.plain(d)
        case .share(let d): d.isFinite ? Format.plain((d * 1_000_000).rounded() / 1_000_000) : ""
        case .empty: ""
        }
    }

    /// The value as shown to people.
    public var displayText: String {
        switch self {
        case .text(let s): s
        case .integer(let i): Format.count(i)
        case .number(let d, let places), .minutes(let d, let places): d.isFinite ? Format.number(d, decimals: places) : Format.missing
        case .share(let d): Format.percent(d)
        case .money(let d): Format.dollars(d)
        case .empty: Format.missing
        }
    }

    /// Whether the cell holds a number (right-aligned, summable).
    public var isNumeric: Bool {
        switch self {
        case .integer, .number, .share, .money, .minutes: true
        case .text, .empty: false
        }
    }

    /// The numeric value, if any.
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d, _), .share(let d), .money(let d), .minutes(let d, _): d
        case .text, .empty: nil
        }
    }

    /// The text of a text cell, if it is one.
    public var textValue: String? {
        if case .text(let s) = self { return s }
        return nil
    }
}

/// A named parameter that produced a table's numbers: its name and its ``Sourced`` value as shown.
public struct Parameter: Sendable, Hashable, Codable {
    /// The parameter's name, e.g. `eligibility rate`.
    public var name: String
    /// The value as shown, with its source.
    public var sourced: Sourced<String>
    /// The value as shown.
    public var value: String { sourced.value }
    /// Where the value comes from.
    public var source: String { sourced.source }

    /// Creates a parameter.
    public init(name: String, value: String, source: String) {
        self.name = name
        self.sourced = Sourced(value, source: source)
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
