import Vocabulary

/// A two-way table of counts for public release, with small cells suppressed so that no released count is between
/// 1 and `threshold − 1` and no suppressed cell can be worked out from the released cells and totals.
///
/// Rules, applied in order:
/// 1. **Small margins are pooled**: rows (then columns) whose total is between 1 and `threshold − 1` are merged into
///    one "Other" row (column), repeatedly, so every released total is 0 or at least `threshold`.
/// 2. **Primary suppression**: every cell from 1 to `threshold − 1` is suppressed. Zero cells are released: a zero
///    describes no one.
/// 3. **Complementary suppression**: each primary cell (r, c) is made part of a suppressed rectangle
///    (r, c), (r, c′), (r′, c), (r′, c′) with (r′, c′) ≥ 1, chosen to suppress the least extra count (cells already
///    suppressed cost nothing). Moving one unit from (r, c) and (r′, c′) to (r, c′) and (r′, c) keeps every row and
///    column total, so each of the four cells has at least two values consistent with everything released.
public struct SuppressedTable: Sendable {
    public enum Status: String, Sendable { case released, primary, complementary }

    public var title: String
    public var rowHeading: String
    public var rowLabels: [String]
    public var columnLabels: [String]
    private var values: [[Int]]
    public private(set) var status: [[Status]]
    public private(set) var rowTotals: [Int]
    public private(set) var columnTotals: [Int]
    public var grandTotal: Int { rowTotals.reduce(0, +) }
    public let threshold: Int
    /// Whether the whole table (totals included) is withheld because its grand total is from 1 to threshold − 1.
    public private(set) var totalsWithheld = false

    /// A row total as released (nil when the table is withheld).
    public func releasedRowTotal(_ row: Int) -> Int? { totalsWithheld || !rowTotals.indices.contains(row) ? nil : rowTotals[row] }
    /// A column total as released (nil when the table is withheld).
    public func releasedColumnTotal(_ column: Int) -> Int? { totalsWithheld || !columnTotals.indices.contains(column) ? nil : columnTotals[column] }
    /// The grand total as released (nil when the table is withheld).
    public var releasedGrandTotal: Int? { totalsWithheld ? nil : grandTotal }

    /// Builds and suppresses a table.
    /// - Parameter counts: `counts[row][column]`, non-negative.
    public init(title: String, rowHeading: String, rows: [String], columns: [String], counts: [[Int]], threshold: Int = 11) {
        self.title = title
        self.rowHeading = rowHeading
        self.threshold = threshold
        var rowLabels = rows, columnLabels = columns, values = counts
        Self.pool(&rowLabels, &values, threshold: threshold)
        var transposed = Self.transpose(values, columns: columnLabels.count)
        Self.pool(&columnLabels, &transposed, threshold: threshold)
        values = Self.transpose(transposed, columns: rowLabels.count)
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.rowTotals = values.map { $0.reduce(0, +) }
        self.columnTotals = columnLabels.indices.map { c in values.reduce(0) { $0 + $1[c] } }
        self.status = values.map { $0.map { (1..<threshold).contains($0) ? .primary : .released } }
        // A table whose grand total is itself small releases nothing but the fact that it is small.
        self.totalsWithheld = (1..<threshold).contains(values.joined().reduce(0, +))
        if totalsWithheld {
            status = values.map { $0.map { _ in .primary } }
        } else {
            suppressComplements()
        }
    }

    static func transpose(_ m: [[Int]], columns: Int) -> [[Int]] {
        (0..<columns).map { c in m.map { c < $0.count ? $0[c] : 0 } }
    }

    /// Merges rows with a total from 1 to threshold − 1 into an "Other" row until none is left (or one row remains).
    static func pool(_ labels: inout [String], _ rows: inout [[Int]], threshold: Int) {
        let width = rows.first?.count ?? 0
        var other: [Int]?
        while true {
            let small = rows.indices.filter { (1..<threshold).contains(rows[$0].reduce(0, +)) }
            if let o = other, (1..<threshold).contains(o.reduce(0, +)), let smallest = rows.indices.filter({ rows[$0].reduce(0, +) > 0 }).min(by: { rows[$0].reduce(0, +) < rows[$1].reduce(0, +) }) {
                other = zip(o, rows[smallest]).map { $0 + $1 }
                rows.remove(at: smallest)
                labels.remove(at: smallest)
                continue
            }
            guard let first = small.first else { break }
            other = zip(other ?? [Int](repeating: 0, count: width), rows[first]).map { $0 + $1 }
            rows.remove(at: first)
            labels.remove(at: first)
        }
        if let other {
            rows.append(other)
            labels.append("Other (pooled)")
        }
    }

    private mutating func suppressComplements() {
        let r = rowLabels.count, c = columnLabels.count
        for i in 0..<r {
            for j in 0..<c where status[i][j] == .primary {
                var best: (cost: Int, ri: Int, cj: Int)?
                for i2 in 0..<r where i2 != i {
                    for j2 in 0..<c where j2 != j && values[i2][j2] >= 1 {
                        let cost = [(i, j2), (i2, j), (i2, j2)].reduce(0) { $0 + (status[$1.0][$1.1] == .released ? values[$1.0][$1.1] + 1 : 0) }
                        if best == nil || cost < best!.cost { best = (cost, i2, j2) }
                    }
                }
                guard let best else {
                    // No partner: the table is too small to hide this cell; withhold its whole row and column.
                    for x in 0..<c where status[i][x] == .released { status[i][x] = .complementary }
                    for y in 0..<r where status[y][j] == .released { status[y][j] = .complementary }
                    continue
                }
                for (y, x) in [(i, best.cj), (best.ri, j), (best.ri, best.cj)] where status[y][x] == .released { status[y][x] = .complementary }
            }
        }
    }

    /// The released value of a cell, nil when suppressed.
    public func released(row: Int, column: Int) -> Int? {
        guard status.indices.contains(row), status[row].indices.contains(column) else { return nil }
        return status[row][column] == .released ? values[row][column] : nil
    }

    /// Cells suppressed (primary and complementary).
    public var suppressedCount: Int { status.joined().filter { $0 != .released }.count }

    /// The released table: suppressed cells are text `suppressed`; totals last.
    public var resultTable: ResultTable {
        let id = title.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }.replacingOccurrences(of: " ", with: "-")
        var rows: [[Cell]] = rowLabels.indices.map { i in
            [.text(rowLabels[i])] + columnLabels.indices.map { j in released(row: i, column: j).map(Cell.integer) ?? .text("suppressed") }
                + [releasedRowTotal(i).map(Cell.integer) ?? .text("suppressed")]
        }
        rows.append([.text("Total")] + columnLabels.indices.map { releasedColumnTotal($0).map(Cell.integer) ?? .text("suppressed") }
                    + [releasedGrandTotal.map(Cell.integer) ?? .text("suppressed")])
        return ResultTable(id: id, title: title, columns: [("row", rowHeading)] + columnLabels.map { ($0, $0) } + [("total", "Total")], rows: rows,
                           notes: ["Counts from 1 to \(threshold - 1) are suppressed, with further cells suppressed so that none can be worked out from the totals; small rows or columns are pooled as 'Other (pooled)'."])
    }
}
