import Foundation
import Vocabulary

/// Several analysis folders (`reroute report --out DIR`, one per city or period) side by side, as in the
/// multi-city comparisons of CAP/LEAP and Vera: eligible share, category mix, hourly profile, coverage and, when a
/// population is given, calls per 1,000 residents a year (`reroute compare`).
///
/// Each folder is read with ``AnalysisFolder/read(_:)`` (the demand) plus its `summary.json` (coverage, mapping,
/// tables not computed) and `fig01-categories.csv` (the report's categories, which every catalogue and the
/// cross-city taxonomy share). Nothing is recomputed from calls.
public struct AnalysisComparison: Sendable {
    /// One folder's figures.
    public struct Column: Sendable {
        public var label: String
        public var demand: AnalysedDemand
        public var daysWithData: Int?
        public var daysInSpan: Int?
        public var gaps: Int?
        public var mappedShare: Double?
        /// Share of the volume whose names name a type that has a known type (see ``MappingNameCoverage``).
        public var mappedShareOfNamed: Double?
        public var catalogue: String?
        public var profile: String?
        /// Category → share of citizen-initiated calls (fig01-categories.csv).
        public var categoryShares: [String: Double]
        /// Canonical type → share of citizen-initiated calls (canonical-types.csv; empty for older folders).
        public var canonicalShares: [String: Double]
        /// Why the hourly profile is not computed (from `tables_absent`), or nil.
        public var hourlyAbsent: String?
        public var population: Double?
    }

    public var columns: [Column]
    /// Canonical type → its name, from the folders' canonical-types.csv.
    public var canonicalNames: [String: String] = [:]

    /// Reads the folders.
    /// - Parameters:
    ///   - folders: analysis folders, in the order of the columns.
    ///   - populations: residents of each folder's city, by position (shorter than `folders`, or nil entries, for none).
    /// - Throws: what ``AnalysisFolder/read(_:)`` throws, or ``AnalysisFolderError`` naming the file for an
    ///   unreadable `summary.json`.
    public static func read(_ folders: [URL], populations: [Double?] = []) throws -> AnalysisComparison {
        var columns: [Column] = []
        var labels: [String: Int] = [:]
        var names: [String: String] = [:]
        for (i, folder) in folders.enumerated() {
            let demand = try AnalysisFolder.read(folder)
            let summary = try ComparedSummary.read(folder.appendingPathComponent("summary.json"))
            var shares = try Self.shares(in: folder.appendingPathComponent("fig01-categories.csv"), key: "category")
            shares["Total"] = nil
            let canonicalShares = try Self.shares(in: folder.appendingPathComponent("canonical-types.csv"), key: "canonical") { code, name in
                if names[code] == nil { names[code] = name }
            }
            var label = folder.lastPathComponent.isEmpty ? folder.path : folder.lastPathComponent
            let seen = labels[label, default: 0] + 1
            labels[label] = seen
            if seen > 1 { label += " (\(seen))" }
            columns.append(Column(
                label: label, demand: demand, daysWithData: summary.coverage?.daysWithData,
                daysInSpan: summary.coverage?.daysInSpan, gaps: summary.coverage?.gaps.count,
                mappedShare: summary.mapping?.mappedShare, mappedShareOfNamed: summary.mapping?.mappedShareOfNamed, catalogue: summary.catalogue,
                profile: summary.profile, categoryShares: shares, canonicalShares: canonicalShares,
                hourlyAbsent: summary.tablesAbsent?["fig11-hourly"], population: i < populations.count ? populations[i] : nil))
        }
        return AnalysisComparison(columns: columns, canonicalNames: names)
    }

    /// A table's `share` column by its `key` column, or empty when the folder has no such file (written before it
    /// existed); `named` sees each key with the row's `name` column when there is one.
    static func shares(in url: URL, key: String, named: (String, String) -> Void = { _, _ in }) throws -> [String: Double] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        let doc = try CSVDocument(contentsOf: url)
        var shares: [String: Double] = [:]
        for row in doc.rows {
            let k = try doc.text(row, key)
            shares[k] = try doc.number(row, "share")
            if doc.header.contains("name") { named(k, try doc.text(row, "name")) }
        }
        return shares
    }

    /// The parts of `summary.json` (``ReportSummary``'s own types and keys) a comparison shows; every part is
    /// optional, so folders written before a part existed still compare.
    struct ComparedSummary: Decodable {
        var profile: String?
        var catalogue: String?
        var coverage: ReportSummary.Coverage?
        var mapping: ReportSummary.Mapping?
        var tablesAbsent: [String: String]?
        enum CodingKeys: String, CodingKey {
            case profile, catalogue, coverage, mapping
            case tablesAbsent = "tables_absent"
        }

        static func read(_ url: URL) throws(AnalysisFolderError) -> ComparedSummary {
            guard let data = FileManager.default.contents(atPath: url.path) else { throw .missingFile(file: url.path) }
            do { return try JSONDecoder().decode(ComparedSummary.self, from: data) } catch {
                throw .badSummary(file: url.path, reason: "\(error)")
            }
        }
    }

    /// The report's categories in the order of Figure 1, then any others by name.
    var categories: [String] {
        let known = ["Police", "Minor disputes", "Report-taking calls", "Rapid assistance", "Behavioral health needs", "Suspicious", "Alarm"]
        let all = Set(columns.flatMap(\.categoryShares.keys))
        return known.filter(all.contains) + all.subtracting(known).sorted()
    }

    var headings: [(name: String, heading: String)] {
        [("measure", "Measure")] + columns.enumerated().map { ("folder_\($0.offset + 1)", $0.element.label) }
    }

    /// One row per measure, one column per folder.
    public func table() -> ResultTable {
        func row(_ name: String, _ cell: (Column) -> Cell) -> [Cell] { [.text(name)] + columns.map(cell) }
        var rows: [[Cell]] = [
            row("Profile") { .text($0.profile ?? "") },
            row("Catalogue") { .text($0.catalogue ?? "") },
            row("Period") { .text("\($0.demand.first) to \($0.demand.last)") },
            row("Days with data") { $0.daysWithData.map(Cell.integer) ?? .number($0.demand.periodDays, decimals: 0) },
            row("Days in span") { $0.daysInSpan.map(Cell.integer) ?? .empty },
            row("Coverage gaps") { $0.gaps.map(Cell.integer) ?? .empty },
            row("Citizen-call volume with a known type") { Cell.optional($0.mappedShare, Cell.share) },
            row("Known type, of volume whose names name a call type") { Cell.optional($0.mappedShareOfNamed, Cell.share) },
            row("Citizen-initiated calls") { .number($0.demand.citizenInitiatedCalls, decimals: 0) },
            row("Citizen-initiated calls per day") { .number($0.demand.citizenInitiatedCalls / max($0.demand.periodDays, 1), decimals: 1) },
            row("Eligible calls") { .number($0.demand.eligibleCalls, decimals: 0) },
            row("Eligible share of citizen-initiated") { c in
                c.demand.citizenInitiatedCalls > 0 ? .share(c.demand.eligibleCalls / c.demand.citizenInitiatedCalls) : .empty
            },
            row("Eligible calls per day") { .number($0.demand.eligibleCalls / max($0.demand.periodDays, 1), decimals: 1) },
            row("Citizen-initiated per 1,000 residents/yr") { c in
                guard let p = c.population, p > 0 else { return .empty }
                return .number(c.demand.citizenInitiatedCalls / max(c.demand.periodDays, 1) * 365 / p * 1000, decimals: 1)
            },
            row("Eligible per 1,000 residents/yr") { c in
                guard let p = c.population, p > 0 else { return .empty }
                return .number(c.demand.eligibleCalls / max(c.demand.periodDays, 1) * 365 / p * 1000, decimals: 1)
            },
        ]
        for category in categories {
            rows.append(row("Category: \(category)") { Cell.optional($0.categoryShares[category], Cell.share) })
        }
        var notes = ["Per-day rates divide by days with data; per-1,000-resident rates are per-day rates × 365 ÷ population × 1,000 (only where a population was given).",
                     "Category rows are shares of citizen-initiated calls in the report's categories (Figure 1), shared by every catalogue and the cross-city taxonomy; eligible calls are citizen-initiated calls × each type's eligibility rate."]
        for c in columns where c.mappedShare.map({ $0 < 0.9 }) == true {
            notes.append("\(c.label): under 90% of citizen-call volume has a known type, so its eligible share is understated (see its call-type-mapping.csv).")
        }
        for c in columns where (c.daysInSpan ?? 365) < 365 {
            notes.append("\(c.label): under a year of data; its mix may reflect the season.")
        }
        return ResultTable(id: "comparison", title: "Analyses side by side", columns: headings, rows: rows, notes: notes)
    }

    /// Share of each folder's citizen-initiated calls per cross-city canonical type (from each folder's
    /// canonical-types.csv), most common across the folders first: the same kind of call compared across cities
    /// whatever their own codes.
    public func canonicalTypesTable() -> ResultTable {
        let codes = Set(columns.flatMap(\.canonicalShares.keys))
        let order = codes.sorted { a, b in
            let x = columns.reduce(0) { $0 + ($1.canonicalShares[a] ?? 0) }, y = columns.reduce(0) { $0 + ($1.canonicalShares[b] ?? 0) }
            return x != y ? x > y : a < b
        }
        let rows: [[Cell]] = order.map { code in
            [.text(code), .text(canonicalNames[code] ?? "")] + columns.map { c in
                c.canonicalShares.isEmpty ? .empty : .share(c.canonicalShares[code] ?? 0)
            }
        }
        var notes = ["Share of each folder's citizen-initiated calls per canonical type of Reroute's cross-city taxonomy (after APCO's common incident types); each city's own codes are mapped by its catalogue or by suggestion (see each folder's canonical-types.csv for the local types in each row). Unknown-type calls are left out of every column."]
        for c in columns where c.canonicalShares.isEmpty {
            notes.append("\(c.label): no canonical-types.csv (a folder written before it existed); rerun its report.")
        }
        return ResultTable(id: "comparison-types", title: "Citizen-initiated calls by canonical type",
                           columns: [("canonical", "Canonical type"), ("name", "Name")] + Array(headings.dropFirst()), rows: rows, notes: notes)
    }

    /// Share of each folder's eligible calls in each hour of the day (24 rows).
    public func hourlyTable() -> ResultTable {
        let shares: [[Double]?] = columns.map { c in
            guard c.hourlyAbsent == nil else { return nil }
            let total = c.demand.hourlyCallsPerDay.reduce(0, +)
            return total > 0 ? c.demand.hourlyCallsPerDay.map { $0 / total } : nil
        }
        let rows: [[Cell]] = (0..<24).map { h in
            [.text(DatasetAnalysis.hourLabel(h))] + shares.map { s in s.map { .share($0[h]) } ?? .empty }
        }
        var notes = ["Share of the folder's eligible calls that fall in each hour of the day (each column sums to 100%)."]
        for c in columns { if let why = c.hourlyAbsent { notes.append("\(c.label): \(why)") } }
        return ResultTable(id: "comparison-hourly", title: "Hourly profile of eligible calls", columns: [("hour", "Hour")] + Array(headings.dropFirst()),
                           rows: rows, notes: notes)
    }
}
