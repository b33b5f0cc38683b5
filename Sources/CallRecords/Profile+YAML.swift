import Vocabulary
import Foundation
import Yams

extension Profile {
    /// The keys a profile file may have at the top level.
    static let topLevelKeys: Set<String> = [
        "name", "description", "detect", "columns", "timestamps", "missing_values", "source", "outcomes",
        "call_type_map", "duplicates", "catalogue", "study_area", "filter",
    ]

    /// Reads a profile from YAML text.
    /// - Parameter file: the file name used in error messages.
    /// - Throws: ``InputError/invalidProfile(file:line:key:reason:)`` naming the key and line.
    public init(yaml: String, file: String) throws(InputError) {
        func bad(_ key: String, _ node: Node?, _ reason: String) -> InputError {
            .invalidProfile(file: file, line: node?.mark?.line, key: key, reason: reason)
        }
        let root: Node
        do {
            guard let n = try Yams.compose(yaml: yaml) else { throw bad("(document)", nil, "the file is empty") }
            root = n
        } catch let e as InputError {
            throw e
        } catch {
            throw .invalidProfile(file: file, line: nil, key: "(document)", reason: "not valid YAML: \(error)")
        }
        guard let map = root.mapping else { throw bad("(document)", root, "expected a mapping of keys such as name:, columns:, timestamps:") }
        for (k, _) in map {
            let key = k.string ?? "?"
            if !Self.topLevelKeys.contains(key) {
                throw bad(key, k, "unknown key; expected one of \(Self.topLevelKeys.sorted().joined(separator: ", "))")
            }
        }
        func value(_ key: String) -> Node? { map[Node(key)] }
        func string(_ key: String, in m: Node.Mapping, path: String) throws(InputError) -> String? {
            guard let n = m[Node(key)] else { return nil }
            guard let s = n.string, n.scalar != nil else { throw bad(path, n, "expected text") }
            return s
        }

        guard let nameNode = value("name"), let name = nameNode.string, !name.isEmpty else {
            throw bad("name", root, "missing: every profile needs a name")
        }
        self.name = name
        self.summary = value("description")?.string ?? ""
        self.detectColumns = value("detect")?.sequence?.compactMap(\.string) ?? []

        // Columns.
        guard let columnsNode = value("columns"), let columnMap = columnsNode.mapping else {
            throw bad("columns", value("columns") ?? root, "missing: map record fields (incident_id, call_type, created, ...) to the export's column names")
        }
        var columns: [RecordField: String] = [:]
        for (k, v) in columnMap {
            let key = k.string ?? "?"
            guard let field = RecordField(rawValue: key) else {
                throw bad("columns.\(key)", k, "unknown record field; expected one of \(RecordField.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let column = v.string, !column.isEmpty else { throw bad("columns.\(key)", v, "expected a column name") }
            columns[field] = column
        }
        for field in [RecordField.incidentID, .callType] where columns[field] == nil {
            throw bad("columns.\(field.rawValue)", columnsNode, "missing: this field is required")
        }
        if columns[.created] == nil && (columns[.createdDate] == nil || columns[.createdTime] == nil) {
            throw bad("columns.created", columnsNode, "missing: give `created` (one column), or `created_date` and `created_time`")
        }
        self.columns = columns

        // Timestamps.
        var format = TimestampFormat.auto
        var zone = TimeZone(identifier: "UTC")!
        if let tsNode = value("timestamps") {
            guard let ts = tsNode.mapping else { throw bad("timestamps", tsNode, "expected format: and time_zone:") }
            for (k, v) in ts {
                switch k.string {
                case "format":
                    guard let f = v.string.flatMap(TimestampFormat.init(rawValue:)) else {
                        throw bad("timestamps.format", v, "expected one of \(TimestampFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    format = f
                case "time_zone":
                    guard let id = v.string, let z = TimeZone(identifier: id) else {
                        throw bad("timestamps.time_zone", v, "unknown time zone; use an IANA name such as America/Chicago")
                    }
                    zone = z
                default:
                    throw bad("timestamps.\(k.string ?? "?")", k, "unknown key; expected format or time_zone")
                }
            }
        }
        self.timestampFormat = format
        self.timeZone = zone
        self.missingValues = Set(value("missing_values")?.sequence?.compactMap(\.string) ?? [])

        // Source.
        var rule = SourceRule()
        if let sNode = value("source") {
            guard let s = sNode.mapping else { throw bad("source", sNode, "expected a mapping (values:, default:, officer_initiated_call_types:)") }
            for (k, v) in s {
                let key = k.string ?? "?"
                switch key {
                case "values":
                    guard let m = v.mapping else { throw bad("source.values", v, "expected `column value: source` pairs") }
                    for (raw, src) in m {
                        guard let text = raw.string, let s = src.string.flatMap(CallSource.init(rawValue:)) else {
                            throw bad("source.values.\(raw.string ?? "?")", src, "expected one of \(CallSource.allCases.map(\.rawValue).joined(separator: ", "))")
                        }
                        rule.values[CallRecord.normalisedCallType(text)] = s
                    }
                case "default":
                    guard let s = v.string.flatMap(CallSource.init(rawValue:)) else {
                        throw bad("source.default", v, "expected one of \(CallSource.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    rule.defaultSource = s
                case "officer_initiated_call_types":
                    if let seq = v.sequence {
                        rule.officerInitiatedCallTypes = Set(seq.compactMap(\.string).map(CallRecord.normalisedCallType))
                        rule.officerInitiatedFromCatalogue = false
                    } else if v.string == "catalogue" {
                        rule.officerInitiatedFromCatalogue = true
                    } else if v.string == "none" {
                        rule.officerInitiatedFromCatalogue = false
                    } else {
                        throw bad("source.officer_initiated_call_types", v, "expected a list of call types, `catalogue` or `none`")
                    }
                default:
                    throw bad("source.\(key)", k, "unknown key; expected values, default or officer_initiated_call_types")
                }
            }
            if rule.values.isEmpty == false && columns[.source] == nil {
                throw bad("source.values", sNode, "values are given but columns.source names no column")
            }
        }
        self.source = rule

        // Outcomes.
        var outcomes: [String: OutcomeClass] = [:]
        var prefixes: [(String, OutcomeClass)] = []
        var defaultOutcome = OutcomeClass.unknown
        if let oNode = value("outcomes") {
            guard let m = oNode.mapping else { throw bad("outcomes", oNode, "expected `disposition text: outcome class` pairs") }
            for (k, v) in m {
                let key = k.string ?? "?"
                guard let o = v.string.flatMap(OutcomeClass.init(rawValue:)) else {
                    throw bad("outcomes.\(key)", v, "unknown outcome class; expected one of \(OutcomeClass.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                if key == "default" { defaultOutcome = o } else if key.hasSuffix("*") {
                    prefixes.append((CallRecord.normalisedCallType(String(key.dropLast())), o))
                } else {
                    outcomes[CallRecord.normalisedCallType(key)] = o
                }
            }
        }
        self.outcomes = outcomes
        self.outcomePrefixes = prefixes.sorted { $0.0.count > $1.0.count }.map { (prefix: $0.0, outcome: $0.1) }
        self.defaultOutcome = defaultOutcome

        var typeMap: [String: String] = [:]
        if let tNode = value("call_type_map") {
            guard let m = tNode.mapping else { throw bad("call_type_map", tNode, "expected `export call type: catalogue code` pairs") }
            for (k, v) in m {
                guard let from = k.string, let to = v.string else { throw bad("call_type_map", k, "expected text on both sides") }
                typeMap[CallRecord.normalisedCallType(from)] = CallRecord.normalisedCallType(to)
            }
        }
        self.callTypeMap = typeMap

        if let dNode = value("duplicates") {
            guard let d = dNode.string.flatMap(DuplicatePolicy.init(rawValue:)) else {
                throw bad("duplicates", dNode, "expected last, first or all")
            }
            self.duplicates = d
        } else {
            self.duplicates = .all
        }
        self.catalogue = value("catalogue")?.string ?? "milwaukee"

        if let aNode = value("study_area") {
            guard let a = aNode.mapping else { throw bad("study_area", aNode, "expected south, north, west, east") }
            var v: [String: Double] = [:]
            for (k, n) in a {
                let key = k.string ?? "?"
                guard ["south", "north", "west", "east"].contains(key) else { throw bad("study_area.\(key)", k, "unknown key; expected south, north, west, east") }
                guard let d = n.float ?? n.int.map(Double.init) else { throw bad("study_area.\(key)", n, "expected a number of degrees") }
                v[key] = d
            }
            guard let s = v["south"], let nn = v["north"], let w = v["west"], let e = v["east"] else {
                throw bad("study_area", aNode, "give all four of south, north, west, east")
            }
            guard s < nn, w < e, abs(s) <= 90, abs(nn) <= 90, abs(w) <= 180, abs(e) <= 180 else {
                throw bad("study_area", aNode, "expected south < north and west < east, in degrees of latitude and longitude")
            }
            self.studyArea = StudyArea(south: s, north: nn, west: w, east: e)
        } else {
            self.studyArea = nil
        }

        if let fNode = value("filter") {
            guard let f = fNode.mapping, let col = f[Node("column")]?.string, let vals = f[Node("values")]?.sequence?.compactMap(\.string), !vals.isEmpty else {
                throw bad("filter", fNode, "expected column: NAME and values: [ ... ]")
            }
            self.rowFilter = (col, Set(vals.map(CallRecord.normalisedCallType)))
        } else {
            self.rowFilter = nil
        }
    }

    /// Reads a profile file.
    public init(contentsOf url: URL) throws(InputError) {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .cannotOpen(file: url.path, reason: "cannot read the profile: \(error.localizedDescription)")
        }
        try self.init(yaml: text, file: url.path)
    }
}
