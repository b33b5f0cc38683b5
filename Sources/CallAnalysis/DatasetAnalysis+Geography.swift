import CallRecords
import CallCatalogue
import Vocabulary

extension DatasetAnalysis {
    /// Eligible calls (calls × rate) of `layer` per region, plus outside and missing, over the eligible types.
    public func eligibleByRegion(_ layer: LayerSummary) -> (regions: [Double], outside: Double, missing: Double) {
        var regions = Array(repeating: 0.0, count: layer.regionNames.count)
        var outside = 0.0, missing = 0.0
        for (e, _, rate) in eligible {
            if let counts = layer.callsByType[e.code] { for i in regions.indices { regions[i] += Double(counts[i]) * rate } }
            outside += Double(layer.outsideByType[e.code] ?? 0) * rate
            missing += Double(layer.missingByType[e.code] ?? 0) * rate
        }
        return (regions, outside, missing)
    }

    /// Whether a layer looks like districts (few regions) rather than neighbourhoods.
    public static func isDistrictLike(_ layer: LayerSummary) -> Bool { layer.regionNames.count <= 30 }

    /// Regions ranked by eligible calls (Figure 15 for districts; Figure 18 and Appendix 2 for neighbourhoods).
    public func regionRanking(_ layer: LayerSummary) -> ResultTable {
        let (regions, outside, missing) = eligibleByRegion(layer)
        let total = regions.reduce(0, +) + outside + missing
        let order = regions.indices.sorted { (regions[$0], layer.regionNames[$1]) > (regions[$1], layer.regionNames[$0]) }
        var rows: [[Cell]] = order.enumerated().map { rank, i in
            [.integer(rank + 1), .text(layer.regionNames[i]), .number(regions[i], decimals: 0), .share(total > 0 ? regions[i] / total : .nan)]
        }
        rows.append([.empty, .text("(outside every region)"), .number(outside, decimals: 0), .share(total > 0 ? outside / total : .nan)])
        rows.append([.empty, .text("(no coordinates)"), .number(missing, decimals: 0), .share(total > 0 ? missing / total : .nan)])
        let districtLike = Self.isDistrictLike(layer)
        return ResultTable(id: "geo-\(layer.name)-ranked", title: "Eligible calls by \(districtLike ? "district" : "neighbourhood") (\(layer.name))",
                           reference: districtLike ? "Figure 15" : "Figure 18, Appendix 2",
                           columns: [("rank", "Rank"), ("region", "Region"), ("eligible_calls", "# of eligible calls"), ("share", "% of eligible calls")],
                           rows: rows,
                           notes: ["Regions from \(layer.source), property of each call's coordinates (point in polygon); calls outside every polygon are counted and listed in geo-\(layer.name)-outside.csv."],
                           parameters: rateParameters())
    }

    /// Share of each eligible type's calls per region (Figure 16), from the coordinates.
    /// Region indexes in natural order ("2" before "10", then text).
    static func naturalOrder(_ names: [String]) -> [Int] {
        names.indices.sorted { a, b in
            if let x = Int(names[a]), let y = Int(names[b]) { return x < y }
            if (Int(names[a]) != nil) != (Int(names[b]) != nil) { return Int(names[a]) != nil }
            return names[a] < names[b]
        }
    }

    public func regionSharesByType(_ layer: LayerSummary) -> ResultTable {
        let order = Self.naturalOrder(layer.regionNames)
        var rows: [[Cell]] = []
        for (e, _, _) in eligible {
            let counts = layer.callsByType[e.code] ?? Array(repeating: 0, count: layer.regionNames.count)
            let n = counts.reduce(0, +)
            rows.append([.text(e.code), .text(e.label)] + order.map { n > 0 ? .share(Double(counts[$0]) / Double(n)) : .empty })
        }
        let (regions, _, _) = eligibleByRegion(layer)
        let all = regions.reduce(0, +)
        rows.append([.text("OVERALL"), .text("Overall")] + order.map { all > 0 ? .share(regions[$0] / all) : .empty })
        return ResultTable(id: "geo-\(layer.name)-by-type", title: "Percent of each eligible type's calls in each region (\(layer.name))",
                           reference: Self.isDistrictLike(layer) ? "Figure 16" : nil,
                           columns: [("call_type", "Call type"), ("label", "Label")] + order.map { ("region_\(layer.regionNames[$0])", layer.regionNames[$0]) },
                           rows: rows, notes: ["Row shares over the type's calls that fall inside a region; Overall weights types by eligible calls."])
    }

    /// Every call outside all regions of a layer: counted, and listed here, never dropped.
    public func outsideCalls(_ layer: LayerSummary) -> ResultTable {
        let rows: [[Cell]] = layer.outsideCalls.map { [.text($0.file), .integer($0.line), .number($0.latitude, decimals: 6), .number($0.longitude, decimals: 6), .text($0.callType)] }
        let total = layer.outsideByType.values.reduce(0, +)
        var notes = ["\(total) citizen-initiated calls have coordinates outside every region of \(layer.source)."]
        if total > rows.count { notes.append("Only the first \(rows.count) are listed.") }
        return ResultTable(id: "geo-\(layer.name)-outside", title: "Calls outside every region (\(layer.name))",
                           columns: [("file", "File"), ("line", "Line"), ("latitude", "Latitude"), ("longitude", "Longitude"), ("call_type", "Call type")],
                           rows: rows, notes: notes)
    }

    static func normalisedDistrict(_ s: String) -> String {
        let t = s.trimmingCharacters(in: .whitespaces).uppercased()
        if let n = Int(t) { return String(n) }
        return t
    }

    /// Agreement between the district the data states and the one computed from coordinates, when they share names.
    public func districtAgreement(_ layer: LayerSummary) -> ResultTable? {
        guard ingest.has(.district) else { return nil }
        let regionSet = Set(layer.regionNames.map(Self.normalisedDistrict))
        var compared = 0, agreeing = 0, statedElsewhere = 0, outside = 0
        var rows: [[Cell]] = []
        for (stated, byRegion) in layer.statedVersusComputed.sorted(by: { $0.key < $1.key }) {
            for (region, n) in byRegion.sorted(by: { ($0.key ?? "") < ($1.key ?? "") }) {
                rows.append([.text(stated), .text(region ?? "(outside)"), .integer(n)])
                guard !stated.isEmpty else { continue }
                if !regionSet.contains(Self.normalisedDistrict(stated)) { statedElsewhere += n; continue }
                guard let region else { outside += n; continue }
                compared += n
                if Self.normalisedDistrict(region) == Self.normalisedDistrict(stated) { agreeing += n }
            }
        }
        guard compared > 0 else { return nil }
        return ResultTable(id: "geo-\(layer.name)-agreement", title: "Stated district versus district from coordinates (\(layer.name))",
                           columns: [("stated", "Stated in the data"), ("computed", "From coordinates"), ("calls", "Calls")], rows: rows,
                           notes: ["Agreement: \(agreeing) of \(compared) calls (\(Cell.share(Double(agreeing) / Double(compared)).displayText)) where the stated district is one of the layer's regions and the point falls inside a region.",
                                   "\(statedElsewhere) calls state a district that is not a region of this layer; \(outside) fall outside every region."])
    }

    /// Points with repeated calls of the eligible types: the report's evaluation question on recurring issues.
    /// Only points inside the study area (a region of some boundary layer) are ranked; the others are listed
    /// apart (``repeatLocationsOutside(limit:)``).
    public func repeatLocations(limit: Int = 100) -> ResultTable {
        let repeated = summary.repeatLocations.filter { $0.calls >= 2 && $0.insideStudyArea }
        let outside = summary.repeatLocations.filter { $0.calls >= 2 && !$0.insideStudyArea }
        let repeatedCalls = repeated.reduce(0) { $0 + $1.calls }
        var notes = ["Points are coordinates rounded to 4 decimals (about 11 m). \(repeated.count) points inside the study area have 2 or more calls of the eligible types, \(repeatedCalls) calls in all; the top \(min(limit, repeated.count)) are listed.",
                     "A point with very many calls may be a police station or a default geocode: check before reading it as a recurring issue."]
        if !outside.isEmpty {
            notes.append("\(outside.count) repeated points fall outside every region (\(outside.reduce(0) { $0 + $1.calls }) calls): they are not ranked here but listed in repeat-locations-outside.csv.")
        }
        return ResultTable(id: "repeat-locations", title: "Repeat locations of eligible-type calls",
                           columns: repeatColumns, rows: repeatRows(repeated.prefix(limit)), notes: notes)
    }

    /// Repeated points outside every region of every boundary layer ((0, 0), other cities, geocoding defaults).
    public func repeatLocationsOutside(limit: Int = 100) -> ResultTable {
        let outside = summary.repeatLocations.filter { $0.calls >= 2 && !$0.insideStudyArea }
        return ResultTable(id: "repeat-locations-outside", title: "Repeated points outside the study area",
                           columns: repeatColumns, rows: repeatRows(outside.prefix(limit)),
                           notes: ["Points with 2 or more eligible-type calls whose coordinates fall outside every region of the boundaries given: usually a default geocode such as (0, 0) or a place in another city. They are counted in the data-quality section and kept out of the ranked table."])
    }

    /// The repeat-location tables' columns: the address beside the coordinates when the export has an address column.
    var repeatColumns: [(name: String, heading: String)] {
        [("rank", "Rank"), ("latitude", "Latitude"), ("longitude", "Longitude")] + (ingest.has(.address) ? [("address", "Address (first call at the point)")] : [])
            + [("calls", "Calls of eligible types"), ("eligible_calls", "Eligible calls"), ("top_call_types", "Top call types")]
    }

    func repeatRows(_ points: ArraySlice<RepeatLocation>) -> [[Cell]] {
        let withAddress = ingest.has(.address)
        return points.enumerated().map { rank, p in
            let top = p.callsByType.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { "\($0.key) (\($0.value))" }.joined(separator: "; ")
            return [.integer(rank + 1), .number(p.latitude, decimals: 4), .number(p.longitude, decimals: 4)] + (withAddress ? [.text(p.address ?? "")] : [])
                + [.integer(p.calls), .number(p.eligibleCalls, decimals: 1), .text(top)]
        }
    }

    /// Why the geography tables are not computed, when boundary layers are given but no call has coordinates that
    /// could be read (so that they say so instead of showing zeros); nil when some call was placed.
    public var noCoordinatesNote: String? {
        guard !summary.layers.isEmpty else { return nil }
        let placed = summary.layers.contains { layer in
            layer.callsByType.values.contains { $0.contains { $0 > 0 } } || layer.outsideByType.values.contains { $0 > 0 }
        }
        guard !placed else { return nil }
        let missing = ingest.quality[.missingCoordinates], unreadable = ingest.quality[.unparseableCoordinates]
        return "Not computed: no call has coordinates that could be read (\(missing) calls without coordinates, \(unreadable) with unreadable ones; data-quality.csv)."
    }

    /// The geography tables of every boundary layer given.
    public func geographyTables() -> [ResultTable] {
        guard !summary.layers.isEmpty else { return [] }
        var out: [ResultTable] = []
        for layer in summary.layers {
            out += [regionRanking(layer), regionSharesByType(layer), outsideCalls(layer)]
            if let a = districtAgreement(layer) { out.append(a) }
        }
        out.append(repeatLocations())
        if summary.repeatLocations.contains(where: { $0.calls >= 2 && !$0.insideStudyArea }) { out.append(repeatLocationsOutside()) }
        return out
    }
}
