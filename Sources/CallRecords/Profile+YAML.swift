import Vocabulary
import Foundation

extension Profile {
    /// The keys a profile file may have at the top level.
    static let topLevelKeys = [
        "name", "description", "detect", "columns", "timestamps", "missing_values", "source", "outcomes",
        "call_type_map", "duplicates", "catalogue", "study_area", "filter", "header", "plausibility",
    ]

    /// The time zone of a profile that names none.
    static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current

    /// Reads a profile from YAML text (the format of docs/profile-format.md).
    /// - Parameter file: the file name used in error messages.
    /// - Throws: ``YAMLError`` for a structural problem (not YAML, an unknown or repeated key, a value of the wrong
    ///   kind) and ``InputError/invalidProfile(file:line:key:reason:)`` for a value the format does not allow; both
    ///   name the file, the line and the key, and exit 65.
    public init(yaml: String, file: String) throws {
        let root = try YAMLDocument.mapping(yaml, file: file)
        try root.checkKeys(Self.topLevelKeys)
        let reader = ProfileReader(file: file)

        let name = try root.string("name")
        guard !name.isEmpty else { throw reader.bad(root, "name", "empty: every profile needs a name") }
        self.name = name
        self.summary = try root.optionalString("description") ?? ""
        self.detectColumns = root.has("detect") ? try root.strings("detect") : []
        let columns = try reader.columns(try root.mapping("columns"))
        self.columns = columns
        let timestamps = try root.optionalMapping("timestamps")
        try timestamps?.checkKeys(["format", "time_zone", "pattern", "clock"])
        let patternGiven = try timestamps.map(reader.pattern) ?? nil
        self.timestampPattern = patternGiven
        self.timestampFormat = try timestamps?.enumeration("format", default: patternGiven == nil ? TimestampFormat.auto : .pattern) ?? .auto
        if let timestamps {
            if timestampFormat == .pattern && patternGiven == nil {
                throw reader.bad(timestamps, "format", "`format: pattern` needs `pattern:` too, e.g. pattern: \"dd.MM.yyyy HH:mm\"")
            }
            if timestampFormat != .pattern && patternGiven != nil {
                throw reader.bad(timestamps, "pattern", "a pattern is given but the format is `\(timestampFormat.rawValue)`; write `format: pattern` or leave `format` out")
            }
            self.clock = try timestamps.enumeration("clock", default: ClockReading.auto)
        }
        self.timeZone = try timestamps.flatMap(reader.timeZone) ?? Self.utc
        self.missingValues = Set(root.has("missing_values") ? try root.strings("missing_values") : [])
        self.source = try root.optionalMapping("source").map { map in
            try reader.sourceRule(map, hasSourceColumn: columns[.source] != nil)
        } ?? SourceRule()
        let outcomes = try root.optionalMapping("outcomes").map(reader.outcomes)
        self.outcomes = outcomes?.exact ?? [:]
        self.outcomePrefixes = outcomes?.prefixes ?? []
        self.defaultOutcome = outcomes?.fallback ?? .unknown
        self.callTypeMap = try root.optionalMapping("call_type_map").map(reader.callTypeMap) ?? [:]
        self.duplicates = try root.enumeration("duplicates", default: DuplicatePolicy.all)
        self.catalogue = try root.optionalString("catalogue") ?? "milwaukee"
        self.studyArea = try root.optionalMapping("study_area").map(reader.studyArea)
        self.rowFilter = try root.optionalMapping("filter").map(reader.rowFilter)
        switch try root.optionalString("header") {
        case nil, "first-line"?: self.hasHeader = true
        case "none"?: self.hasHeader = false
        case let other?: throw reader.bad(root, "header", "'\(other)' is not a header setting; write `first-line` (the default) or `none` (columns by position: \"1\" is the first)")
        }
        self.plausibility = try root.optionalMapping("plausibility").map(reader.plausibility) ?? Plausibility()
    }

    /// Reads a profile file.
    /// - Throws: ``InputError/cannotOpen(file:reason:)`` for an unreadable file, otherwise as ``init(yaml:file:)``.
    public init(contentsOf url: URL) throws {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw InputError.cannotOpen(file: url.path, reason: "cannot read the profile: \(error.localizedDescription)")
        }
        try self.init(yaml: text, file: url.path)
    }
}

/// The section readers of a profile file: each takes a ``YAMLMapping`` (which checks keys, kinds and lines) and
/// checks what only a profile knows (required columns, time zones, source and outcome classes, the study area).
private struct ProfileReader {
    let file: String

    /// A value the profile format does not allow, at the line of `key` in `map`.
    func bad(_ map: YAMLMapping, _ key: String, _ reason: String) -> InputError {
        .invalidProfile(file: file, line: map.lineOf(key), key: map.key(key), reason: reason)
    }

    func columns(_ map: YAMLMapping) throws -> [RecordField: String] {
        try map.checkKeys(RecordField.allCases.map(\.rawValue))
        var columns: [RecordField: String] = [:]
        for pair in map.pairs {
            guard let field = RecordField(rawValue: pair.key) else { continue }
            let column = try map.string(pair.key)
            guard !column.isEmpty else { throw bad(map, pair.key, "expected a column name") }
            columns[field] = column
        }
        for field in [RecordField.incidentID, .callType] where columns[field] == nil {
            throw InputError.invalidProfile(
                file: file, line: map.line, key: map.key(field.rawValue), reason: "missing: this field is required")
        }
        if columns[.location] != nil && (columns[.latitude] != nil || columns[.longitude] != nil) {
            throw InputError.invalidProfile(
                file: file, line: map.lineOf("location"), key: map.key("location"),
                reason: "give either `location` (latitude and longitude in one column) or `latitude` and `longitude`, not both")
        }
        if columns[.created] == nil && (columns[.createdDate] == nil || columns[.createdTime] == nil) {
            throw InputError.invalidProfile(
                file: file, line: map.line, key: map.key("created"),
                reason: "missing: give `created` (one column), or `created_date` and `created_time`")
        }
        return columns
    }

    func pattern(_ map: YAMLMapping) throws -> TimestampPattern? {
        guard let text = try map.optionalString("pattern") else { return nil }
        do { return try TimestampPattern(text) } catch { throw bad(map, "pattern", error.description) }
    }

    func timeZone(_ map: YAMLMapping) throws -> TimeZone? {
        guard let identifier = try map.optionalString("time_zone") else { return nil }
        guard let zone = TimeZone(identifier: identifier) else {
            throw bad(map, "time_zone", "unknown time zone '\(identifier)'; use an IANA name such as America/Chicago")
        }
        return zone
    }

    func sourceRule(_ map: YAMLMapping, hasSourceColumn: Bool) throws -> SourceRule {
        try map.checkKeys(["values", "default", "officer_initiated_call_types"])
        var rule = SourceRule()
        if let values = try map.optionalMapping("values") {
            for pair in values.pairs {
                rule.values[CallRecord.normalisedCallType(pair.key)] = try callSource(values, pair.key)
            }
            if !rule.values.isEmpty && !hasSourceColumn {
                throw bad(map, "values", "values are given but columns.source names no column")
            }
        }
        if map.has("default") { rule.defaultSource = try callSource(map, "default") }
        if let types = map.optionalNode("officer_initiated_call_types") {
            switch types.scalar?.string {
            case "catalogue": rule.officerInitiatedFromCatalogue = true
            case "none": rule.officerInitiatedFromCatalogue = false
            case nil where types.sequence != nil:
                rule.officerInitiatedCallTypes = Set(
                    try map.strings("officer_initiated_call_types").map(CallRecord.normalisedCallType))
                rule.officerInitiatedFromCatalogue = false
            default:
                throw YAMLError.wrongType(
                    file: file, line: map.lineOf("officer_initiated_call_types"),
                    key: map.key("officer_initiated_call_types"),
                    expected: "a list of call types, `catalogue` or `none`", found: YAMLMapping.describe(types))
            }
        }
        return rule
    }

    func callSource(_ map: YAMLMapping, _ key: String) throws -> CallSource {
        let text = try map.string(key)
        guard let source = CallSource(rawValue: text) else {
            throw bad(map, key, "'\(text)' is not a source; expected one of \(CallSource.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return source
    }

    func outcomes(_ map: YAMLMapping) throws
        -> (exact: [String: OutcomeClass], prefixes: [(prefix: String, outcome: OutcomeClass)], fallback: OutcomeClass)
    {
        var exact: [String: OutcomeClass] = [:]
        var prefixes: [(prefix: String, outcome: OutcomeClass)] = []
        var fallback = OutcomeClass.unknown
        for pair in map.pairs {
            let text = try map.string(pair.key)
            guard let outcome = OutcomeClass(rawValue: text) else {
                throw bad(map, pair.key, "unknown outcome class '\(text)'; expected one of \(OutcomeClass.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if pair.key == "default" {
                fallback = outcome
            } else if pair.key.hasSuffix("*") {
                prefixes.append((CallRecord.normalisedCallType(String(pair.key.dropLast())), outcome))
            } else {
                exact[CallRecord.normalisedCallType(pair.key)] = outcome
            }
        }
        // Longest prefix first, so that the most specific coded disposition wins.
        return (exact, prefixes.sorted { $0.prefix.count > $1.prefix.count }, fallback)
    }

    func callTypeMap(_ map: YAMLMapping) throws -> [String: String] {
        var codes: [String: String] = [:]
        for pair in map.pairs {
            codes[CallRecord.normalisedCallType(pair.key)] = CallRecord.normalisedCallType(try map.string(pair.key))
        }
        return codes
    }

    func studyArea(_ map: YAMLMapping) throws -> StudyArea {
        try map.checkKeys(["south", "north", "west", "east"])
        let area = StudyArea(
            south: try map.number("south"), north: try map.number("north"), west: try map.number("west"),
            east: try map.number("east"))
        guard area.south < area.north, area.west < area.east, abs(area.south) <= 90, abs(area.north) <= 90,
            abs(area.west) <= 180, abs(area.east) <= 180
        else {
            throw InputError.invalidProfile(
                file: file, line: map.line, key: map.path,
                reason: "expected south < north and west < east, in degrees of latitude and longitude")
        }
        return area
    }

    func plausibility(_ map: YAMLMapping) throws -> Plausibility {
        try map.checkKeys(["earliest", "latest", "max_duration_hours", "outlier_gap_days", "max_record_lines", "max_field_bytes"])
        var p = Plausibility()
        if map.has("earliest") { p.earliest = try date(map, "earliest") }
        if map.has("latest") { p.latest = try date(map, "latest") }
        if let hours = try map.optionalNumber("max_duration_hours") {
            guard hours > 0, hours <= 24 * 366 * 10 else { throw bad(map, "max_duration_hours", "expected a number of hours above 0") }
            p.maximumDuration = Int64(hours * 3_600_000)
        }
        if map.has("outlier_gap_days") {
            let days = try map.integer("outlier_gap_days")
            guard days >= 1 else { throw bad(map, "outlier_gap_days", "expected a whole number of days, 1 or more") }
            p.outlierGapDays = days
        }
        if map.has("max_record_lines") {
            let lines = try map.integer("max_record_lines")
            guard lines >= 1 else { throw bad(map, "max_record_lines", "expected a whole number of lines, 1 or more") }
            p.maximumRecordLines = lines
        }
        if map.has("max_field_bytes") {
            let bytes = try map.integer("max_field_bytes")
            guard bytes >= 1, bytes <= Int(Int32.max) else { throw bad(map, "max_field_bytes", "expected a whole number of bytes, 1 to \(Int32.max)") }
            p.maximumFieldBytes = bytes
        }
        if let latest = p.latest, latest < p.earliest { throw bad(map, "latest", "is before `earliest`") }
        return p
    }

    /// A `YYYY-MM-DD` date (the start of that day).
    func date(_ map: YAMLMapping, _ key: String) throws -> LocalTime {
        let text = try map.string(key)
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10, let t = LocalTime(year: parts[0], month: parts[1], day: parts[2]) else {
            throw bad(map, key, "'\(text)' is not a date; expected YYYY-MM-DD")
        }
        return t
    }

    func rowFilter(_ map: YAMLMapping) throws -> (column: String, values: Set<String>) {
        try map.checkKeys(["column", "values"])
        let values = try map.strings("values")
        guard !values.isEmpty else { throw bad(map, "values", "give at least one value to keep") }
        return (try map.string("column"), Set(values.map(CallRecord.normalisedCallType)))
    }
}
