import Vocabulary
import Foundation

/// Writes a deterministic synthetic Milwaukee-like year of CAD calls, calibrated to the LEAP report's published
/// marginals, plus a synthetic boundary file.
///
/// The generator is an independent code path from the analysis: it carries its own calibration tables (see
/// `CalibrationTables.swift`, each value with its source). Calibration:
/// - citizen-initiated calls per type: Appendix 1 × scale (Figure 3 for PROPERTY PICKUP and PARKING TROUBLE),
///   exactly `round(count × scale)` rows per type;
/// - eligible types: weekday profile Figure 10, hour profile Figure 11, district shares Figure 16, log-normal
///   dispatch delay and travel time with Figure 5's medians and time on scene with Figure 6's, outcomes Figure 7;
/// - other types: a generic weekday/hour profile, Figure 16's Overall district row, invented times and outcomes;
/// - officer-initiated activity: 0.6 × the citizen-initiated volume, dispatched within seconds.
/// Same seed and scale give the same bytes.
public struct DemoDataGenerator: Sendable {
    /// Seed of every random choice.
    public let seed: UInt64
    /// Volume relative to Milwaukee's 2021 (1 = about 260,000 citizen-initiated calls).
    public let scale: Double

    /// - Parameters:
    ///   - seed: seed of the pseudo-random generator (default 2021).
    ///   - scale: volume relative to 2021 (default 1); must be in (0, 100], checked by `write`.
    public init(seed: UInt64 = 2021, scale: Double = 1.0) {
        self.seed = seed
        self.scale = scale
    }

    /// Where the CLI puts the boundary file by default: beside the CSV as `<name>-boundaries.geojson`.
    public static func defaultBoundariesURL(for csv: URL) -> URL {
        csv.deletingPathExtension().deletingLastPathComponent()
            .appendingPathComponent(csv.deletingPathExtension().lastPathComponent + "-boundaries.geojson")
    }

    /// The CSV header, exactly as written.
    public static let header =
        "incident_id,call_type,priority,source,created_at,dispatched_at,arrived_at,cleared_at,disposition,district,latitude,longitude,narrative"

    /// Writes the CSV (and optionally the boundary GeoJSON).
    /// - Parameters:
    ///   - url: the CSV file to create (replaced if present).
    ///   - boundariesTo: where to write the boundary GeoJSON; `nil` writes none (the CLI passes
    ///     `defaultBoundariesURL(for:)` unless told otherwise).
    /// - Returns: the counts of what was written, including every deliberate defect.
    /// - Throws: `DemoDataError.invalidScale` or `.cannotWrite`.
    /// - Complexity: O(n log n) time and O(n) memory (48 bytes per call) for n generated calls.
    public func write(to url: URL, boundariesTo: URL?) throws -> DemoDataSummary {
        guard scale.isFinite, scale > 0, scale <= 100 else { throw DemoDataError.invalidScale(scale) }
        let city = SyntheticCity()
        var rng = Xoshiro256(seed: seed)
        var records = makeRecords(city: city, using: &rng)
        records.sort { ($0.created, $0.sequence) < ($1.created, $1.sequence) }
        markArrivalBeforeDispatch(&records)

        var summary = try writeCSV(records, to: url, using: &rng)
        if let boundariesTo {
            do {
                try city.geoJSON().write(to: boundariesTo)
            } catch {
                throw DemoDataError.cannotWrite(path: boundariesTo.path, reason: error.localizedDescription)
            }
            summary.boundariesPath = boundariesTo.path
        }
        summary.districts = city.districts.count
        summary.neighbourhoods = city.neighbourhoods.count
        return summary
    }

    // MARK: - Generation

    private func makeRecords(city: SyntheticCity, using rng: inout Xoshiro256) -> [DemoCallRecord] {
        func dayPicker(_ weekdayProfile: [Double]) -> WeightedPicker {
            WeightedPicker((0..<365).map { weekdayProfile[DemoCalendar.weekday(ofDay: $0)] })
        }
        let eligibleDays = dayPicker(demoEligibleWeekdayProfile)
        let eligibleHours = WeightedPicker(demoEligibleHourProfile)
        let genericDays = dayPicker(demoGenericWeekdayProfile)
        let genericHours = WeightedPicker(demoGenericHourProfile)
        let overallDistricts = WeightedPicker(demoOverallDistrictShares)
        let eligibleOutcomes = WeightedPicker(DemoDisposition.eligibleMix)
        var categoryOutcomes: [DemoCallCategory: WeightedPicker] = [:]
        for c in DemoCallCategory.allCases { categoryOutcomes[c] = WeightedPicker(DemoDisposition.mix(for: c)) }

        let counts = demoCallTypes.map { Int((Double($0.citizenCalls) * scale).rounded()) }
        let citizenTotal = counts.reduce(0, +)
        let officerTotal = Int((Double(citizenTotal) * demoOfficerInitiatedRatio).rounded())
        var records: [DemoCallRecord] = []
        records.reserveCapacity(citizenTotal + officerTotal)

        func seconds(_ minutes: Double) -> Int32 {
            Int32(max(1, min(2 * 86_400, (minutes * 60).rounded())))
        }

        for (typeIndex, type) in demoCallTypes.enumerated() {
            let days = type.eligible == nil ? genericDays : eligibleDays
            let hours = type.eligible == nil ? genericHours : eligibleHours
            let districts = type.eligible.map { WeightedPicker($0.districtShares) } ?? overallDistricts
            let outcomes = type.eligible == nil ? categoryOutcomes[type.category]! : eligibleOutcomes
            let timing = type.timing
            for _ in 0..<counts[typeIndex] {
                let day = days.pick(using: &rng)
                let hour = hours.pick(using: &rng)
                let created = Int32(day * 86_400 + hour * 3_600 + rng.below(3_600))
                let district = districts.pick(using: &rng)
                var point = city.randomPoint(inDistrict: district, using: &rng)
                var flags: UInt8 = 0
                if let e = type.eligible, rng.chance(1 - e.eligibleShare) { flags |= DemoCallRecord.Flag.redFlag }
                if rng.chance(0.03) { flags |= DemoCallRecord.Flag.missingArrival }
                if rng.chance(0.01) { flags |= DemoCallRecord.Flag.missingCleared }
                let placement = rng.unit()
                if placement < 0.001 {
                    flags |= DemoCallRecord.Flag.outsideCity
                    point = SyntheticCity.outsidePoints[rng.below(SyntheticCity.outsidePoints.count)]
                } else if placement < 0.0015 {
                    flags |= DemoCallRecord.Flag.missingCoordinates
                }
                records.append(DemoCallRecord(
                    created: created,
                    dispatchDelay: seconds(rng.logNormal(median: timing.dispatch, sigma: 0.9)),
                    travel: seconds(rng.logNormal(median: timing.travel, sigma: 0.5)),
                    onScene: seconds(rng.logNormal(median: timing.onScene, sigma: 0.7)),
                    lat: point.lat, lon: point.lon,
                    narrativeSeed: rng.next(),
                    sequence: Int32(records.count),
                    typeIndex: Int16(typeIndex),
                    district: UInt8(district),
                    disposition: UInt8(outcomes.pick(using: &rng)),
                    source: rng.chance(type.category.share911) ? 0 : 1,
                    flags: flags))
            }
        }

        let officerTypes = WeightedPicker(demoOfficerTypes.map(\.weight))
        let trafficOutcomes = WeightedPicker(DemoDisposition.officerMix(trafficStop: true))
        let otherOutcomes = WeightedPicker(DemoDisposition.officerMix(trafficStop: false))
        for _ in 0..<officerTotal {
            let officerIndex = officerTypes.pick(using: &rng)
            let day = genericDays.pick(using: &rng)
            let hour = genericHours.pick(using: &rng)
            let district = overallDistricts.pick(using: &rng)
            let point = city.randomPoint(inDistrict: district, using: &rng)
            let outcomes = officerIndex == 0 ? trafficOutcomes : otherOutcomes
            records.append(DemoCallRecord(
                created: Int32(day * 86_400 + hour * 3_600 + rng.below(3_600)),
                dispatchDelay: Int32(max(1, rng.logNormal(median: 4, sigma: 0.5).rounded())),
                travel: Int32(max(1, rng.logNormal(median: 30, sigma: 0.6).rounded())),
                onScene: seconds(rng.logNormal(median: demoOfficerTypes[officerIndex].onSceneMedian, sigma: 0.7)),
                lat: point.lat, lon: point.lon,
                narrativeSeed: rng.next(),
                sequence: Int32(records.count),
                typeIndex: -Int16(officerIndex + 1),
                district: UInt8(district),
                disposition: UInt8(outcomes.pick(using: &rng)),
                source: 2,
                flags: 0))
        }
        return records
    }

    /// Number of calibrated citizen rows given an arrival before their dispatch.
    static let arrivalBeforeDispatchCount = 6

    /// Marks a few citizen calls, spread through the year, whose arrival precedes their dispatch.
    private func markArrivalBeforeDispatch(_ records: inout [DemoCallRecord]) {
        guard !records.isEmpty else { return }
        for k in 0..<Self.arrivalBeforeDispatchCount {
            var i = records.count * (2 * k + 1) / (2 * Self.arrivalBeforeDispatchCount)
            while i < records.count {
                let r = records[i]
                if r.isCitizenInitiated && r.flags & (DemoCallRecord.Flag.missingArrival
                    | DemoCallRecord.Flag.arrivalBeforeDispatch) == 0 {
                    records[i].flags |= DemoCallRecord.Flag.arrivalBeforeDispatch
                    break
                }
                i += 1
            }
        }
    }

    // MARK: - Writing

    /// Positions (as fractions of the record count) where extra rows go, and their kinds.
    private enum Extra {
        case tooFewColumns, tooManyColumns, strayQuote, missingLastColumn, unknownCreated, duplicateId
    }

    private static let extras: [(fraction: Double, kind: Extra)] = [
        (0.10, .duplicateId), (0.15, .tooFewColumns), (0.30, .unknownCreated), (0.35, .duplicateId),
        (0.40, .strayQuote), (0.55, .duplicateId), (0.65, .tooManyColumns), (0.70, .duplicateId),
        (0.75, .unknownCreated), (0.85, .missingLastColumn), (0.95, .duplicateId),
    ]

    /// Ids of the extra malformed / unparseable rows come from a range of their own, far above the regular ids
    /// (which stay below 300,000,000 even at scale 100).
    private static let extraIdBase = 900_000_001
    private static let firstIncidentId = 210_000_001

    private func writeCSV(_ records: [DemoCallRecord], to url: URL, using rng: inout Xoshiro256) throws
        -> DemoDataSummary
    {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: url)
        else {
            throw DemoDataError.cannotWrite(path: url.path, reason: "the file cannot be created")
        }
        defer { try? handle.close() }

        let book = NarrativeBook()
        var out = ByteBuffer(capacity: 1 << 22)
        var row = ByteBuffer(capacity: 1024)
        var narrative: [UInt8] = []
        narrative.reserveCapacity(512)
        var bytesWritten = 0
        var line = 1
        var summary = DemoDataSummary(
            seed: seed, scale: scale, csvPath: url.path, boundariesPath: nil, bytesWritten: 0, linesWritten: 0,
            rowsWritten: 0, citizenInitiatedRows: 0, officerInitiatedRows: 0, callTypeCounts: [:],
            malformedRows: 0, malformedLineNumbers: [], unparseableCreatedAtRows: 0,
            unparseableCreatedAtLineNumbers: [], duplicateIdRows: 0, duplicateIncidentIds: [],
            missingArrivalRows: 0, missingClearedRows: 0, outsideCityRows: 0, missingCoordinateRows: 0,
            arrivalBeforeDispatchRows: 0, districts: 0, neighbourhoods: 0)
        var typeCounts = [Int](repeating: 0, count: demoCallTypes.count)

        func flush(force: Bool) throws {
            guard force || out.bytes.count >= 1 << 22 else { return }
            do { try OutputFile.append(out.bytes, to: handle, path: url.path) } catch {
                throw DemoDataError.cannotWrite(path: url.path, reason: error.reason)
            }
            bytesWritten += out.bytes.count
            out.bytes.removeAll(keepingCapacity: true)
        }
        /// Appends a finished row (without its line end) and counts its lines.
        func emit(_ row: ByteBuffer) {
            out.append(row.bytes)
            out.append(0x0A)
            for b in row.bytes where b == 0x0A { line += 1 }
            line += 1
            summary.rowsWritten += 1
        }

        out.append(Self.header)
        out.append(0x0A)
        line = 2

        var extraIndex = 0
        var extraId = Self.extraIdBase
        var incidentId = Self.firstIncidentId
        // A duplicate waits for the next citizen-initiated call.
        var pendingDuplicate = false
        for (index, record) in records.enumerated() {
            incidentId += 1 + (rng.below(5) == 0 ? 1 : 0)
            while extraIndex < Self.extras.count,
                  index >= Int(Self.extras[extraIndex].fraction * Double(records.count)) {
                let kind = Self.extras[extraIndex].kind
                extraIndex += 1
                if kind == .duplicateId {
                    pendingDuplicate = true
                    continue
                }
                row.bytes.removeAll(keepingCapacity: true)
                let startLine = line
                renderRow(record, id: extraId, book: book, narrative: &narrative, into: &row,
                          unknownCreated: kind == .unknownCreated, inProgress: false,
                          plainNarrative: kind != .tooManyColumns)
                extraId += 1
                switch kind {
                case .tooFewColumns:
                    // Keep the first five fields: a truncated line.
                    var commas = 0
                    if let cut = row.bytes.firstIndex(where: { b in
                        if b == 0x2C { commas += 1 }
                        return commas == 5
                    }) {
                        row.bytes.removeSubrange(cut...)
                    }
                case .tooManyColumns:
                    row.append(",EXTRA FIELD")
                case .strayQuote:
                    // `id,"NOISE"NUISANCE,...`: a quote closes in the middle of a field.
                    let firstComma = row.bytes.firstIndex(of: 0x2C)!
                    let secondComma = row.bytes[(firstComma + 1)...].firstIndex(of: 0x2C)!
                    let field = Array("\"NOISE\"NUISANCE".utf8)
                    row.bytes.replaceSubrange((firstComma + 1)..<secondComma, with: field)
                case .missingLastColumn:
                    // Drop the narrative and the comma before it: 12 fields.
                    let lastComma = row.bytes.lastIndex(of: 0x2C)!
                    row.bytes.removeSubrange(lastComma...)
                case .unknownCreated, .duplicateId:
                    break
                }
                emit(row)
                if kind == .unknownCreated {
                    summary.unparseableCreatedAtRows += 1
                    summary.unparseableCreatedAtLineNumbers.append(startLine)
                } else {
                    summary.malformedRows += 1
                    summary.malformedLineNumbers.append(startLine)
                }
            }
            if pendingDuplicate && record.isCitizenInitiated {
                pendingDuplicate = false
                row.bytes.removeAll(keepingCapacity: true)
                renderRow(record, id: incidentId, book: book, narrative: &narrative, into: &row,
                          unknownCreated: false, inProgress: true, plainNarrative: false)
                emit(row)
                summary.duplicateIdRows += 1
                summary.duplicateIncidentIds.append(String(incidentId))
            }

            row.bytes.removeAll(keepingCapacity: true)
            renderRow(record, id: incidentId, book: book, narrative: &narrative, into: &row,
                      unknownCreated: false, inProgress: false, plainNarrative: false)
            emit(row)
            if record.isCitizenInitiated {
                summary.citizenInitiatedRows += 1
                typeCounts[Int(record.typeIndex)] += 1
                if record.has(DemoCallRecord.Flag.missingArrival) { summary.missingArrivalRows += 1 }
                if record.has(DemoCallRecord.Flag.missingCleared) { summary.missingClearedRows += 1 }
                if record.has(DemoCallRecord.Flag.outsideCity) { summary.outsideCityRows += 1 }
                if record.has(DemoCallRecord.Flag.missingCoordinates) { summary.missingCoordinateRows += 1 }
                if record.has(DemoCallRecord.Flag.arrivalBeforeDispatch) { summary.arrivalBeforeDispatchRows += 1 }
            } else {
                summary.officerInitiatedRows += 1
            }
            try flush(force: false)
        }
        try flush(force: true)
        summary.bytesWritten = bytesWritten
        summary.linesWritten = line - 1
        for (i, type) in demoCallTypes.enumerated() where typeCounts[i] > 0 {
            summary.callTypeCounts[type.code] = typeCounts[i]
        }
        return summary
    }

    /// Renders one CSV record (no line end) into `row`.
    /// - Parameters:
    ///   - unknownCreated: write `UNKNOWN` as `created_at`.
    ///   - inProgress: the first status row of a duplicated id: no clear time, no disposition.
    ///   - plainNarrative: force a narrative without line breaks (for the malformed rows).
    private func renderRow(_ r: DemoCallRecord, id: Int, book: NarrativeBook, narrative: inout [UInt8],
                           into row: inout ByteBuffer, unknownCreated: Bool, inProgress: Bool,
                           plainNarrative: Bool) {
        let comma: UInt8 = 0x2C
        row.appendInt(id)
        row.append(comma)
        let code: String
        let category: DemoCallCategory?
        var isEligible = false
        if r.typeIndex >= 0 {
            let type = demoCallTypes[Int(r.typeIndex)]
            code = type.code
            category = type.category
            isEligible = type.eligible != nil
            row.appendField(Array(code.utf8))
            row.append(comma)
            row.appendInt(Int(type.category.priority))
        } else {
            code = demoOfficerTypes[Int(-r.typeIndex) - 1].code
            category = nil
            row.appendField(Array(code.utf8))
            row.append(comma)
            row.appendInt(5)
        }
        row.append(comma)
        row.append(r.source == 0 ? "911" : r.source == 1 ? "NON-EMERGENCY" : "OFFICER")
        row.append(comma)
        let created = Int(r.created)
        let dispatched = created + Int(r.dispatchDelay)
        var arrived = dispatched + Int(r.travel)
        if r.has(DemoCallRecord.Flag.arrivalBeforeDispatch) {
            arrived = dispatched - 60 - Int(r.narrativeSeed % 240)
        }
        let cleared = arrived + Int(r.onScene)
        if unknownCreated { row.append("UNKNOWN") } else { row.appendTimestamp(secondsSinceYearStart: created) }
        row.append(comma)
        row.appendTimestamp(secondsSinceYearStart: dispatched)
        row.append(comma)
        if !r.has(DemoCallRecord.Flag.missingArrival) { row.appendTimestamp(secondsSinceYearStart: arrived) }
        row.append(comma)
        if !inProgress && !r.has(DemoCallRecord.Flag.missingCleared) {
            row.appendTimestamp(secondsSinceYearStart: cleared)
        }
        row.append(comma)
        if !inProgress { row.append(DemoDisposition(rawValue: Int(r.disposition))!.text) }
        row.append(comma)
        row.appendInt(Int(r.district) + 1)
        row.append(comma)
        if !r.has(DemoCallRecord.Flag.missingCoordinates) { row.appendMicroDegrees(r.lat) }
        row.append(comma)
        if !r.has(DemoCallRecord.Flag.missingCoordinates) { row.appendMicroDegrees(r.lon) }
        row.append(comma)
        var narrativeRNG = Xoshiro256(seed: r.narrativeSeed)
        book.write(code: code, category: category, isEligible: isEligible, redFlag: r.has(DemoCallRecord.Flag.redFlag), into: &narrative,
                   using: &narrativeRNG)
        if plainNarrative {
            narrative.removeAll { $0 == 0x0A || $0 == 0x22 || $0 == 0x2C }
        }
        row.appendField(narrative)
    }
}
