import CallRecords
import CallCatalogue
import Geography
import Screening

/// Tallies per call type, split into citizen- and officer-initiated calls, for one dataset or part of one.
///
/// Keys are catalogue codes (the call type normalised and passed through the profile's call-type map).
/// Summaries of separate files merge into the summary of the files read together.
public struct CallSummary: Sendable, Equatable {
    public var citizen: [String: CallTypeTally] = [:]
    public var officer: [String: CallTypeTally] = [:]
    /// Calls whose type the catalogue does not know: counted neither as citizen- nor as officer-initiated.
    public var unknown: [String: CallTypeTally] = [:]
    /// Citizen-initiated calls per region of each boundary layer (empty without `--boundaries`).
    public var layers: [LayerSummary] = []
    /// The narrative screener's verdicts on citizen-initiated calls of the eligible types, by catalogue code
    /// (empty when the export has no narratives).
    public var narratives: [String: NarrativeSample] = [:]
    /// Points with calls of the eligible types (citizen-initiated), keyed by rounded coordinates; most calls first.
    public var repeatLocations: [RepeatLocation] = []
    /// Earliest and latest call created time (milliseconds of ``LocalTime``).
    public var firstCreated: Int64?
    public var lastCreated: Int64?
    /// Calls per created day (day number of ``LocalTime``), from which the period is set (``CreatedCoverage``).
    public var createdDays: [Int: CreatedDay] = [:]
    /// Empty days that separate the bulk of the data from an outlying day (the profile's plausibility).
    public var coverageGapDays = 30
    /// Calls created far outside the data's coverage, kept out of the period.
    public var callsOutsideCoverage = 0

    public init() {}

    /// Sets the period (``firstCreated``, ``lastCreated``) from ``createdDays`` by ``CreatedCoverage``.
    public mutating func applyCoverage() {
        guard let p = CreatedCoverage.period(of: createdDays, gapDays: coverageGapDays) else { return }
        firstCreated = p.first
        lastCreated = p.last
        callsOutsideCoverage = p.outside
    }

    /// Screens the narratives the samples kept but have not screened yet, in one batch on every core.
    ///
    /// Parts of a dataset only keep narratives; they are screened once the parts are merged (the merged sample
    /// keeps at most ``NarrativeSample/capacity`` per type, so no narrative is screened and then dropped).
    /// ``DatasetAnalysis/init(summary:catalogue:ingest:)`` calls it; calling it again does nothing.
    public mutating func screenPendingNarratives(with screener: @autoclosure () -> NarrativeScreener = NarrativeScreener()) {
        let codes = narratives.keys.sorted()
        let texts = codes.map { narratives[$0]?.pendingTexts ?? [] }
        let all = texts.flatMap { $0 }
        guard !all.isEmpty else { return }
        let screener = screener()
        let verdicts = StageClock.shared.measure("screen \(all.count) narratives") { screener.eligibility(of: all) }
        var offset = 0
        for (code, batch) in zip(codes, texts) where !batch.isEmpty {
            narratives[code]?.record(verdicts: Array(verdicts[offset..<(offset + batch.count)]))
            offset += batch.count
        }
    }

    public mutating func merge(_ o: CallSummary) {
        for (k, v) in o.citizen { citizen[k, default: CallTypeTally()].merge(v) }
        for (k, v) in o.officer { officer[k, default: CallTypeTally()].merge(v) }
        for (k, v) in o.unknown { unknown[k, default: CallTypeTally()].merge(v) }
        for (k, v) in o.narratives { narratives[k, default: NarrativeSample()].merge(v) }
        for layer in o.layers {
            if let i = layers.firstIndex(where: { $0.name == layer.name && $0.regionNames == layer.regionNames }) { layers[i].merge(layer) } else { layers.append(layer) }
        }
        var points = Dictionary(uniqueKeysWithValues: repeatLocations.map { (RepeatKey($0), $0) })
        for p in o.repeatLocations {
            if var q = points[RepeatKey(p)] {
                q.calls += p.calls; q.eligibleCalls += p.eligibleCalls
                if q.address == nil { q.address = p.address }
                for (k, v) in p.callsByType { q.callsByType[k, default: 0] += v }
                points[RepeatKey(p)] = q
            } else { points[RepeatKey(p)] = p }
        }
        repeatLocations = points.values.sorted(by: RepeatLocation.ranking)
        if let f = o.firstCreated { firstCreated = min(firstCreated ?? f, f) }
        if let l = o.lastCreated { lastCreated = max(lastCreated ?? l, l) }
        if !o.createdDays.isEmpty {
            for (day, d) in o.createdDays { createdDays[day, default: CreatedDay()].merge(d) }
            coverageGapDays = o.coverageGapDays
            applyCoverage()
        }
    }

    /// Calls per day with data inside the period (an outlying run of days, see ``CreatedCoverage``, is left out):
    /// the coverage calendar, keyed by ``LocalTime/dayNumber``.
    public var callsPerDay: [Int: Int] {
        guard let f = firstCreated, let l = lastCreated else { return [:] }
        let (a, b) = (LocalTime(milliseconds: f).dayNumber, LocalTime(milliseconds: l).dayNumber)
        var out: [Int: Int] = [:]
        for (day, d) in createdDays where day >= a && day <= b { out[day] = d.calls }
        return out
    }

    /// Days with data: the days in the period on which at least one call was made. Every per-day and per-hour
    /// rate and every annualisation divides by these, not by the calendar span (an export of the first days of
    /// each month covers a fraction of its span).
    public var days: Int { createdDays.isEmpty ? spanDays : callsPerDay.count }

    /// Removes the calls of another summary whose calls this one also counted (the rows a duplicate policy drops
    /// after they were tallied): tallies, layers and repeat locations end as if those calls were never added.
    /// Narrative samples are left as they are (they count every accepted row), and so are ``firstCreated`` and
    /// ``lastCreated``, which the caller sets again (``applyCoverage()``; a day keeps the first and last time of
    /// its dropped rows).
    public mutating func subtract(_ o: CallSummary) {
        for (k, v) in o.citizen {
            guard var t = citizen[k] else { continue }
            t.subtract(v)
            citizen[k] = t.calls == 0 ? nil : t
        }
        for (k, v) in o.officer {
            guard var t = officer[k] else { continue }
            t.subtract(v)
            officer[k] = t.calls == 0 ? nil : t
        }
        for (k, v) in o.unknown {
            guard var t = unknown[k] else { continue }
            t.subtract(v)
            unknown[k] = t.calls == 0 ? nil : t
        }
        for (day, d) in o.createdDays {
            guard var mine = createdDays[day] else { continue }
            mine.calls -= d.calls
            createdDays[day] = mine.calls <= 0 ? nil : mine
        }
        for layer in o.layers {
            if let i = layers.firstIndex(where: { $0.name == layer.name && $0.regionNames == layer.regionNames }) { layers[i].subtract(layer) }
        }
        guard !o.repeatLocations.isEmpty else { return }
        var points = Dictionary(uniqueKeysWithValues: repeatLocations.map { (RepeatKey($0), $0) })
        for p in o.repeatLocations {
            guard var q = points[RepeatKey(p)] else { continue }
            q.calls -= p.calls
            q.eligibleCalls -= p.eligibleCalls
            for (k, v) in p.callsByType { let left = (q.callsByType[k] ?? 0) - v; q.callsByType[k] = left == 0 ? nil : left }
            points[RepeatKey(p)] = q.calls == 0 ? nil : q
        }
        repeatLocations = points.values.sorted(by: RepeatLocation.ranking)
    }

    /// Calendar days from the first to the last call, inclusive.
    public var spanDays: Int {
        guard let f = firstCreated, let l = lastCreated else { return 0 }
        return LocalTime(milliseconds: l).dayNumber - LocalTime(milliseconds: f).dayNumber + 1
    }

    /// How many of each ISO weekday (index 0 = Monday) have data.
    public var weekdayCounts: [Int] {
        var counts = Array(repeating: 0, count: 7)
        let perDay = callsPerDay
        if perDay.isEmpty {
            guard let f = firstCreated, let l = lastCreated else { return counts }
            for d in LocalTime(milliseconds: f).dayNumber...LocalTime(milliseconds: l).dayNumber { counts[LocalTime.isoWeekday(dayNumber: d) - 1] += 1 }
            return counts
        }
        for d in perDay.keys { counts[LocalTime.isoWeekday(dayNumber: d) - 1] += 1 }
        return counts
    }

    /// Runs of days without data inside the span: (first missing day, last missing day) as day numbers.
    public var gaps: [(first: Int, last: Int)] {
        let days = callsPerDay.keys.sorted()
        var out: [(Int, Int)] = []
        for (a, b) in zip(days, days.dropFirst()) where b > a + 1 { out.append((a + 1, b - 1)) }
        return out
    }

    /// Days with far fewer calls than usual (under a quarter of the median day): partial days, such as the
    /// first or last day of an export, or a day a scrape missed in part.
    public var partialDays: [Int] {
        let perDay = callsPerDay
        let counts = perDay.values.sorted()
        guard counts.count >= 3 else { return [] }
        let median = counts[counts.count / 2]
        return perDay.filter { Double($0.value) < Double(median) / 4 }.keys.sorted()
    }

    public var unknownCalls: Int { unknown.values.reduce(0) { $0 + $1.calls } }

    public var citizenCalls: Int { citizen.values.reduce(0) { $0 + $1.calls } }
    public var officerCalls: Int { officer.values.reduce(0) { $0 + $1.calls } }
}

/// Calls per district id of one call type, counted in a buffer the owner releases (``release()``), remembering
/// the order the districts were first seen in. A dictionary hashed every row was about 2% of the report's read,
/// and an array checked its uniqueness on every count (perf, 10M rows).
struct DistrictCounts {
    /// Nil until the first count: an empty value owns nothing, so copies of it (new slots) share no buffer.
    private var counts: UnsafeMutablePointer<Int>?
    private var capacity = 0
    private var order: [Int32] = []

    @inline(__always)
    mutating func add(_ district: Int32) {
        let d = Int(district)
        if d >= capacity { grow(to: d + 1) }
        guard let counts else { return }
        if counts[d] == 0 { order.append(district) }
        counts[d] += 1
    }

    private mutating func grow(to needed: Int) {
        let size = max(needed, capacity * 2, 8)
        let bigger = UnsafeMutablePointer<Int>.allocate(capacity: size)
        if let counts {
            bigger.moveInitialize(from: counts, count: capacity)
            counts.deallocate()
        }
        (bigger + capacity).initialize(repeating: 0, count: size - capacity)
        counts = bigger
        capacity = size
    }

    /// Each district seen and its calls, in the order the districts were first seen.
    var counted: [(district: Int32, calls: Int)] { order.map { ($0, counts?[Int($0)] ?? 0) } }

    /// Frees the counts; the value is not used after.
    func release() { counts?.deallocate() }
}

struct RepeatKey: Hashable {
    var latitude: Double, longitude: Double
    init(_ p: RepeatLocation) { latitude = p.latitude; longitude = p.longitude }
}

extension RepeatLocation {
    /// Most calls first, then by position, so the order is stable.
    static func ranking(_ a: RepeatLocation, _ b: RepeatLocation) -> Bool {
        (a.calls, b.latitude, b.longitude) > (b.calls, a.latitude, a.longitude)
    }
}

/// Builds a ``CallSummary`` from the rows of a ``CallIngestor``.
public final class CallSummarizer {
    // @exclusivity(unchecked) on the properties read or changed for every row: a summarizer belongs to one reading
    // thread and `add` calls nothing that comes back into it; the runtime's access checks on them were about 4% of
    // the report's read (perf, 1M rows).
    private let ingestor: CallIngestor
    private let catalogue: CallCatalogue
    @exclusivity(unchecked) private var codeOfRawType: [String] = []
    @exclusivity(unchecked) private var isOfficerType: [Bool] = []
    @exclusivity(unchecked) private var isKnownType: [Bool] = []
    /// The tallies of each raw call type as unknown, officer- and citizen-initiated calls (slot `3 * id + kind`),
    /// flat: see ``FlatTallies``.
    private let tallies = FlatTallies()
    @exclusivity(unchecked) private var first: Int64?
    @exclusivity(unchecked) private var last: Int64?
    /// Calls per created day for the days in ``dayWindow`` (an array indexed from ``firstWindowDay``, set by the
    /// first row: no hashing per row, whatever order the rows come in), and for any day outside it.
    /// (A buffer, not an array: an array checked its uniqueness on every row.) Allocated at the first row.
    @exclusivity(unchecked) private var windowDays: UnsafeMutablePointer<CreatedDay>?
    @exclusivity(unchecked) private var firstWindowDay = Int.min
    @exclusivity(unchecked) private var createdDays: [Int: CreatedDay] = [:]

    @exclusivity(unchecked) private var regions: RegionAccumulator?
    @exclusivity(unchecked) private var narrativeSamples: [NarrativeSample] = []
    @exclusivity(unchecked) private var rateOfRawType: [Double?] = []
    /// Days counted in place (``windowDays``): about 22 years, centred on the first row's day.
    static let dayWindow = 8192

    deinit { windowDays?.deallocate() }

    /// - Parameter layers: boundary layers to place citizen-initiated calls in, with a label for each.
    public init(ingestor: CallIngestor, catalogue: CallCatalogue, layers: [(name: String, layer: BoundaryLayer)] = []) {
        self.ingestor = ingestor
        self.catalogue = catalogue
        if !layers.isEmpty { regions = RegionAccumulator(layers: layers.map(\.layer), names: layers.map(\.name)) }
    }

    private func grow(to id: Int) {
        while codeOfRawType.count <= id {
            let raw = ingestor.callTypes.string(Int32(codeOfRawType.count))
            let code = ingestor.profile.catalogueCode(for: raw)
            codeOfRawType.append(code)
            isOfficerType.append((ingestor.profile.source.officerInitiatedFromCatalogue || catalogue.isSuggested)
                                 && (catalogue.entry(for: code)?.isOfficerInitiated ?? false))
            isKnownType.append(catalogue.entry(for: code) != nil)
            rateOfRawType.append(catalogue.entry(for: code)?.eligibilityRate?.value)
            narrativeSamples.append(NarrativeSample())
        }
        tallies.ensure(slots: codeOfRawType.count * 3)
    }

    /// Whether a call's narrative is screened: citizen-initiated calls of the catalogue's eligible types that
    /// fall in the type's sample (see ``NarrativeSample``), so other narratives are never decoded.
    public func wantsNarrative(_ row: CallRow) -> Bool {
        let id = Int(row.callType)
        if id >= codeOfRawType.count { grow(to: id) }
        guard rateOfRawType[id] != nil, !isOfficerType[id], row.source != .officerInitiated else { return false }
        if narrativeSamples[id].isInSample(NarrativeSample.hash(file: row.file, offset: row.offset)) { return true }
        narrativeSamples[id].countUnsampled()
        return false
    }

    /// Screens a call's narrative (a uniform sample per type; see ``NarrativeSample``).
    public func addNarrative(_ row: CallRow, _ text: String) {
        let id = Int(row.callType)
        if id >= codeOfRawType.count { grow(to: id) }
        guard rateOfRawType[id] != nil, row.source != .officerInitiated, !isOfficerType[id] else { return }
        narrativeSamples[id].add(text, hash: NarrativeSample.hash(file: row.file, offset: row.offset))
    }

    /// Whether a call's address is wanted: a citizen-initiated call of an eligible type at a point (of the repeat
    /// locations) that has no address yet, so each point's address is decoded once.
    public func wantsAddress(_ row: CallRow) -> Bool {
        guard let regions else { return false }
        let id = Int(row.callType)
        if id >= codeOfRawType.count { grow(to: id) }
        guard rateOfRawType[id] != nil, !isOfficerType[id], row.source != .officerInitiated else { return false }
        return regions.wantsAddress(latitude: row.latitude, longitude: row.longitude)
    }

    /// Keeps the address of a call's point (the first one seen).
    public func addAddress(_ row: CallRow, _ text: String) {
        regions?.addAddress(latitude: row.latitude, longitude: row.longitude, text)
    }

    /// Adds one call.
    public func add(_ row: CallRow) {
        let id = Int(row.callType)
        if id >= codeOfRawType.count { grow(to: id) }
        let isOfficer = row.source == .officerInitiated || isOfficerType[id]
        if !isKnownType[id] {
            tallies.add(row, slot: 3 * id + FlatTallies.unknown)
        } else if isOfficer {
            tallies.add(row, slot: 3 * id + FlatTallies.officer)
        } else {
            tallies.add(row, slot: 3 * id + FlatTallies.citizen)
            regions?.add(row, rawType: id, code: codeOfRawType[id], eligibilityRate: rateOfRawType[id], fileName: ingestor.fileNames[Int(row.file)])
        }
        if first == nil || row.created < first! { first = row.created }
        if last == nil || row.created > last! { last = row.created }
        let day = LocalTime(milliseconds: row.created).dayNumber
        if firstWindowDay == Int.min {
            firstWindowDay = day - Self.dayWindow / 2
            let days = UnsafeMutablePointer<CreatedDay>.allocate(capacity: Self.dayWindow)
            days.initialize(repeating: CreatedDay(), count: Self.dayWindow)
            windowDays = days
        }
        let slot = day &- firstWindowDay
        if slot >= 0 && slot < Self.dayWindow {
            windowDays?[slot].add(row.created)
        } else {
            createdDays[day, default: CreatedDay()].add(row.created)
        }
    }

    /// Calls per created day of every row added so far.
    private var allCreatedDays: [Int: CreatedDay] {
        var days = createdDays
        if let windowDays {
            for slot in 0..<Self.dayWindow where windowDays[slot].calls > 0 { days[firstWindowDay + slot] = windowDays[slot] }
        }
        return days
    }

    /// The summary of every row added so far.
    public func summary() -> CallSummary {
        var s = CallSummary()
        s.firstCreated = first
        s.lastCreated = last
        s.createdDays = allCreatedDays
        s.coverageGapDays = ingestor.profile.plausibility.outlierGapDays
        s.applyCoverage()
        for id in codeOfRawType.indices {
            let code = codeOfRawType[id]
            if let t = tallies.tally(slot: 3 * id + FlatTallies.unknown, districtNames: ingestor.districts) {
                s.unknown[code, default: CallTypeTally()].merge(t)
            }
            if let t = tallies.tally(slot: 3 * id + FlatTallies.citizen, districtNames: ingestor.districts) {
                s.citizen[code, default: CallTypeTally()].merge(t)
            }
            if let t = tallies.tally(slot: 3 * id + FlatTallies.officer, districtNames: ingestor.districts) {
                s.officer[code, default: CallTypeTally()].merge(t)
            }
        }
        if let regions { s.layers = layerSummaries(regions); s.repeatLocations = repeatLocations(regions) }
        for (id, sample) in narrativeSamples.enumerated() where sample.narratives > 0 { s.narratives[codeOfRawType[id], default: NarrativeSample()].merge(sample) }
        return s
    }

    private func layerSummaries(_ r: RegionAccumulator) -> [LayerSummary] {
        r.layers.enumerated().map { l, layer in
            var out = LayerSummary(name: r.names[l], source: layer.source, regionNames: layer.regionNames)
            out.boundaryWarnings = layer.warnings
            let n = layer.regionNames.count
            for (raw, counts) in r.counts[l].enumerated() where raw < codeOfRawType.count {
                let code = codeOfRawType[raw]
                if counts[0..<n].contains(where: { $0 > 0 }) {
                    var into = out.callsByType[code] ?? Array(repeating: 0, count: n)
                    for i in 0..<n { into[i] += counts[i] }
                    out.callsByType[code] = into
                }
                if counts[n] > 0 { out.outsideByType[code, default: 0] += counts[n] }
                if counts[n + 1] > 0 { out.missingByType[code, default: 0] += counts[n + 1] }
            }
            for (key, count) in r.stated[l] {
                let d = Int32(truncatingIfNeeded: key >> 32) - 1, region = Int(key & 0xFFFF_FFFF) - 1
                let statedName = d >= 0 ? ingestor.districts.string(d) : ""
                out.statedVersusComputed[statedName, default: [:]][region >= 0 ? layer.regionNames[region] : nil, default: 0] += count
            }
            out.outsideCalls = r.outside[l]
            return out
        }
    }

    private func repeatLocations(_ r: RegionAccumulator) -> [RepeatLocation] {
        // Every point is kept (so summaries of parts merge exactly); the table lists those with 2 or more calls.
        r.points.map { key, p in
            RepeatLocation(latitude: p.latitude, longitude: p.longitude, calls: p.calls, eligibleCalls: p.eligible,
                           callsByType: Dictionary(p.byType.map { (codeOfRawType[Int($0.key)], $0.value) }, uniquingKeysWith: +),
                           insideStudyArea: p.inside, address: r.addresses[key])
        }.sorted(by: RepeatLocation.ranking)
    }
}
