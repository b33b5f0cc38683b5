import Foundation
import Vocabulary
import CallRecords
import CallCatalogue
import CallAnalysis
import ProgramPlan
import Screening

/// The fuzzing harness of issue 12: mutated copies of the real exports in `../shared/data` through the CSV scanner
/// and ingest, and mutated copies of the built-in YAML files through their loaders, each checked against invariants:
/// - no crash (a crash ends the process, and the campaign log shows the input that was being tried);
/// - an ingest either refuses the file with an ``InputError`` or balances: rows read = accepted + rejected +
///   excluded, and rejects.csv holds one parsable row per rejected row;
/// - reading the file in parts on two threads gives the same counts and summary as reading it in order;
/// - every table written parses back through ``CSVDocument`` with the header's width on every row;
/// - a YAML loader either returns or throws a ``RerouteError`` whose message is one bounded line.
///
/// Used by `Tests/FuzzTests` (a bounded run in `swift test`) and by the `reroute-fuzz` runner (`Tests/fuzz/run.sh`).
public enum Fuzzing {
    /// One base input: a slice of a real export and the profile it is read with.
    public struct CSVBase: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public var profile: String
    }

    /// What one fuzz input did.
    public struct Outcome: Sendable {
        public var refused = false
        public var rowsRead = 0
        public var rowsRejected = 0
        /// Invariant violations (empty when the input passed).
        public var failures: [String] = []
    }

    /// Totals of a campaign.
    public struct Tally: Sendable, CustomStringConvertible {
        public var inputs = 0
        public var csvInputs = 0
        public var yamlInputs = 0
        public var refused = 0
        public var rowsRead = 0
        public var rowsRejected = 0
        public var failures = 0
        public var imbalances = 0
        public var firstFailures: [String] = []

        public init() {}

        public mutating func add(_ o: Outcome, csv: Bool) {
            inputs += 1
            if csv { csvInputs += 1 } else { yamlInputs += 1 }
            if o.refused { refused += 1 }
            rowsRead += o.rowsRead
            rowsRejected += o.rowsRejected
            if !o.failures.isEmpty {
                failures += 1
                if o.failures.contains(where: { $0.contains("balance") }) { imbalances += 1 }
                if firstFailures.count < 20 { firstFailures.append(contentsOf: o.failures.prefix(2)) }
            }
        }

        public var description: String {
            "inputs \(inputs) (csv \(csvInputs), yaml \(yamlInputs)); refused whole \(refused); rows read \(rowsRead), rejected \(rowsRejected); failing inputs \(failures), imbalances \(imbalances)"
        }
    }

    /// Slices of the real exports (the first `lines` lines of each), or nil when ../shared/data is absent.
    public static func csvBases(shared: URL, lines: Int = 120) -> [CSVBase] {
        let files = [("milwaukee/mpd-calls-2018-05.csv", "milwaukee-mpd"), ("agency-full-timestamps/week35.csv", "ecc-full-timestamps"),
                     ("seattle/db_call_data_2018-2023.csv", "seattle")]
        return files.compactMap { relative, profile in
            guard let data = FileManager.default.contents(atPath: shared.appendingPathComponent("data").appendingPathComponent(relative).path) else { return nil }
            var count = 0, end = data.count
            for (i, b) in data.enumerated() where b == 0x0A {
                count += 1
                if count == lines { end = i + 1; break }
            }
            return CSVBase(name: relative, bytes: [UInt8](data.prefix(end)), profile: profile)
        }
    }

    /// Applies `count` random mutations of the kinds the campaign used.
    public static func mutate(_ input: [UInt8], count: Int, rng: inout SplitMix64) -> [UInt8] {
        var b = input
        func position() -> Int { b.isEmpty ? 0 : Int(rng.next() % UInt64(b.count + 1)) }
        func lineStarts() -> [Int] { [0] + b.indices.filter { b[$0] == 0x0A && $0 + 1 < b.count }.map { $0 + 1 } }
        for _ in 0..<count {
            switch rng.next() % 17 {
            case 0: b.insert(0x22, at: position())                                    // a stray quote
            case 1: // a quote at the start of a field and one at the end of a field some rows later
                let commas = b.indices.filter { b[$0] == 0x2C }
                guard commas.count > 4 else { continue }
                let i = Int(rng.next() % UInt64(commas.count - 1))
                let j = min(commas.count - 1, i + 1 + Int(rng.next() % 60))
                b.insert(0x22, at: commas[j])
                b.insert(0x22, at: commas[i] + 1)
            case 2: b.insert(contentsOf: [[0x0D], [0x0A], [0x0D, 0x0A]][Int(rng.next() % 3)], at: position())
            case 3: b.insert(0x00, at: position())                                    // a NUL byte
            case 4: b.insert(contentsOf: [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80]][Int(rng.next() % 4)], at: position())
            case 5: b.insert(0x2C, at: position())
            case 6: // delete a range
                let p = position(), n = Int(rng.next() % 40)
                b.removeSubrange(p..<min(b.count, p + n))
            case 7: // duplicate a line
                let starts = lineStarts()
                let s = starts[Int(rng.next() % UInt64(starts.count))]
                let e = b[s...].firstIndex(of: 0x0A).map { $0 + 1 } ?? b.count
                b.insert(contentsOf: b[s..<e], at: s)
            case 8: // CR-only or CRLF line ends
                var out: [UInt8] = []
                let crlf = rng.next() % 2 == 0
                for x in b where x != 0x0D { if x == 0x0A { out += crlf ? [0x0D, 0x0A] : [0x0D] } else { out.append(x) } }
                b = out
            case 9: // random bytes
                for _ in 0..<(1 + Int(rng.next() % 8)) { b.insert(UInt8(truncatingIfNeeded: rng.next()), at: position()) }
            case 10: b = Array(b.prefix(position()))                                  // truncate
            case 11: // a mistyped year
                let years = ["2099", "0001", "9999", "1899", "2017", "2045"]
                let y = Array(years[Int(rng.next() % UInt64(years.count))].utf8)
                let hits = b.indices.dropLast(4).filter { b[$0] == 0x32 && b[$0 + 1] == 0x30 && b[$0 + 2] == 0x31 }
                guard !hits.isEmpty else { continue }
                let h = hits[Int(rng.next() % UInt64(hits.count))]
                b.replaceSubrange(h..<h + 4, with: y)
            case 12: b.insert(contentsOf: [UInt8](repeating: 0x41, count: 1000 + Int(rng.next() % 40_000)), at: position())
            case 13: b.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)                   // a byte-order mark
            case 14: // a line of only commas, or an empty line
                b.insert(contentsOf: rng.next() % 2 == 0 ? Array(",,,,,,,\n".utf8) : [0x0A], at: lineStarts().randomElement(using: &rng) ?? 0)
            case 15: // swap two lines
                let starts = lineStarts()
                guard starts.count > 3 else { continue }
                let s = starts[1 + Int(rng.next() % UInt64(starts.count - 1))]
                let e = b[s...].firstIndex(of: 0x0A).map { $0 + 1 } ?? b.count
                let line = Array(b[s..<e])
                b.removeSubrange(s..<e)
                b.insert(contentsOf: line, at: min(b.count, lineStarts().randomElement(using: &rng) ?? 0))
            default: // a quote doubled or removed
                if let q = b.indices.filter({ b[$0] == 0x22 }).randomElement(using: &rng) {
                    if rng.next() % 2 == 0 { b.remove(at: q) } else { b.insert(0x22, at: q) }
                } else { b.insert(0x22, at: position()) }
            }
        }
        return b
    }

    /// Reads `bytes` as an export through `profile` in order and in parts, and checks the invariants.
    public static func checkIngest(_ bytes: [UInt8], profile profileName: String, catalogue: CallCatalogue, folder: URL) -> Outcome {
        var outcome = Outcome()
        let fm = FileManager.default
        try? fm.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.csv")
        guard fm.createFile(atPath: input.path, contents: Data(bytes)) else { outcome.failures.append("cannot write the input"); return outcome }
        let profile: Profile
        do { profile = try ProfileLibrary.builtIn(profileName) } catch { outcome.failures.append("profile \(profileName): \(error)"); return outcome }
        let rejectsURL = folder.appendingPathComponent("rejects.csv")
        var run = AnalysisRun(files: [input.path], profile: profile, catalogue: catalogue, rejectsURL: rejectsURL)
        run.screensNarratives = false
        let ordered: DatasetAnalysis
        do { ordered = try run.runInOrder() } catch {
            outcome.refused = true
            if error.description.count > 2_000 { outcome.failures.append("an error message of \(error.description.count) characters") }
            return outcome
        }
        let i = ordered.ingest
        outcome.rowsRead = i.rowsRead
        outcome.rowsRejected = i.rowsRejected
        if !i.balances || i.rowsRead != i.rowsAccepted + i.rowsRejected + i.rowsExcluded {
            outcome.failures.append("imbalance: \(i.rowsRead) read ≠ \(i.rowsAccepted) + \(i.rowsRejected) + \(i.rowsExcluded)")
        }
        do {
            let rejects = try CSVDocument(contentsOf: rejectsURL)
            if rejects.rows.count != i.rowsRejected { outcome.failures.append("rejects.csv balance: \(rejects.rows.count) rows for \(i.rowsRejected) rejected") }
        } catch { outcome.failures.append("rejects.csv does not parse: \(error)") }
        for table in ordered.allTables() {
            do {
                let doc = try CSVDocument(bytes: Array(table.csv.utf8), name: table.id)
                if doc.rows.count != table.rows.count { outcome.failures.append("\(table.id).csv: \(doc.rows.count) rows read back for \(table.rows.count)") }
                if let bad = doc.rows.first(where: { $0.fields.count != doc.header.count }) {
                    outcome.failures.append("\(table.id).csv line \(bad.line): \(bad.fields.count) fields for \(doc.header.count)")
                }
            } catch { outcome.failures.append("\(table.id).csv does not parse: \(error)") }
            if let json = try? JSONSerialization.data(withJSONObject: table.jsonObject), (try? JSONSerialization.jsonObject(with: json)) != nil {
            } else { outcome.failures.append("\(table.id).json does not serialise and parse back") }
        }
        // The same file in parts (a part boundary near the middle) must give the same answer, whatever the
        // duplicate policy (`first` and `last` are resolved from the parts' incident keys).
        run.parallelThreshold = 1
        run.splitsAtMiddle = true
        run.rejectsURL = folder.appendingPathComponent("rejects-parts.csv")
        do {
            let parts = try run.runInParts()
            let p = parts.ingest
            if (p.rowsRead, p.rowsAccepted, p.rowsRejected, p.rowsExcluded) != (i.rowsRead, i.rowsAccepted, i.rowsRejected, i.rowsExcluded) {
                outcome.failures.append("parts disagree: \(p.rowsRead)/\(p.rowsAccepted)/\(p.rowsRejected) in parts, \(i.rowsRead)/\(i.rowsAccepted)/\(i.rowsRejected) in order")
            }
            if parts.summary.citizen != ordered.summary.citizen || parts.summary.unknown != ordered.summary.unknown
                || parts.summary.callsPerDay != ordered.summary.callsPerDay || parts.summary.firstCreated != ordered.summary.firstCreated
                || parts.summary.lastCreated != ordered.summary.lastCreated {
                outcome.failures.append("parts disagree on the summary")
            }
            if let a = try? Data(contentsOf: rejectsURL), let b = try? Data(contentsOf: run.rejectsURL!), a != b {
                outcome.failures.append("parts wrote a different rejects.csv")
            }
        } catch { outcome.failures.append("parts refused what the ordered read accepted: \(error)") }
        return outcome
    }

    /// The YAML inputs: the built-in profile, catalogue, scenario and screening rules.
    public static func yamlBases() -> [(kind: String, text: String)] {
        var bases: [(String, String)] = []
        if let t = try? ProfileLibrary.yamlText(ofBuiltIn: "milwaukee-mpd") { bases.append(("profile", t)) }
        if let t = try? CallCatalogue.builtInYAML("milwaukee") { bases.append(("catalogue", t)) }
        if let t = try? ScenarioLoader.builtInText("milwaukee-2021") { bases.append(("scenario", t)) }
        if let t = try? ScreeningProtocol.bundledYAML() { bases.append(("rules", t)) }
        return bases
    }

    /// Mutations for YAML: nesting, duplicated lines (and keys), indentation, stray characters.
    public static func mutateYAML(_ text: String, count: Int, rng: inout SplitMix64) -> String {
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<count {
            guard !lines.isEmpty else { lines = [""]; continue }
            let i = Int(rng.next() % UInt64(lines.count))
            switch rng.next() % 10 {
            case 0: lines.insert(lines[i], at: i)                                        // a repeated key
            case 1: lines.remove(at: i)
            case 2: lines[i] = "  " + lines[i]
            case 3: lines[i] = String(lines[i].drop(while: { $0 == " " }))
            case 4: lines[i] += ["[", "{", "]", "}", ":", "- ", "\t", "&a", "*a", "!!binary", "'", "\""][Int(rng.next() % 12)]
            case 5: lines[i] = "x: " + String(repeating: "[", count: 100 + Int(rng.next() % 6000))  // deep nesting
            case 6: lines.insert(["key: value", "- item", "? complex", "<<: *a", "%YAML 1.2", "---", "..."][Int(rng.next() % 7)], at: i)
            case 7: lines[i] = lines[i].replacingOccurrences(of: "0", with: ["-1", "1e400", "nan", ".inf", "99999999999"][Int(rng.next() % 5)])
            case 8: lines[i] = String(lines[i].shuffled(using: &rng))
            default: lines[i] += String(UnicodeScalar(UInt8(truncatingIfNeeded: rng.next() % 128)))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Loads YAML text of `kind`; a crash ends the process, any non-``RerouteError`` is a failure.
    public static func checkYAML(kind: String, text: String) -> Outcome {
        var outcome = Outcome()
        do {
            switch kind {
            case "profile": _ = try Profile(yaml: text, file: "fuzz.yaml")
            case "catalogue": _ = try CallCatalogue(yaml: text, file: "fuzz.yaml")
            case "scenario": _ = try ScenarioLoader.parse(yaml: text, file: "fuzz.yaml")
            default: _ = try ScreeningProtocol.parse(yaml: text, file: "fuzz.yaml")
            }
        } catch let e as any RerouteError {
            outcome.refused = true
            if e.exitStatus != .dataError && e.exitStatus != .inputUnreadable { outcome.failures.append("\(kind): exit \(e.exitStatus.rawValue) for a bad file: \(e)") }
            if e.description.count > 4_000 { outcome.failures.append("\(kind): a message of \(e.description.count) characters") }
        } catch {
            outcome.failures.append("\(kind): an error that carries no exit status: \(type(of: error)): \(error)")
        }
        return outcome
    }

    /// Runs `iterations` inputs from `seed` (CSV and YAML alternating), calling `progress` every 50.
    public static func campaign(iterations: Int, seed: UInt64, shared: URL, scratch: URL, progress: ((Tally) -> Void)? = nil) -> Tally {
        var tally = Tally()
        var rng = SplitMix64(seed: seed)
        let bases = csvBases(shared: shared)
        let yaml = yamlBases()
        guard let catalogue = try? CallCatalogue.builtIn("milwaukee") else { return tally }
        for n in 0..<iterations {
            if n % 3 != 2, !bases.isEmpty {
                let base = bases[Int(rng.next() % UInt64(bases.count))]
                let input = mutate(base.bytes, count: 1 + Int(rng.next() % 6), rng: &rng)
                var o = checkIngest(input, profile: base.profile, catalogue: catalogue, folder: scratch.appendingPathComponent("in-\(n)"))
                if !o.failures.isEmpty {
                    let keep = scratch.appendingPathComponent("failing-\(seed)-\(n).csv")
                    FileManager.default.createFile(atPath: keep.path, contents: Data(input))
                    o.failures = o.failures.map { "\(base.name) → \(keep.path): \($0)" }
                }
                tally.add(o, csv: true)
            } else if !yaml.isEmpty {
                let base = yaml[Int(rng.next() % UInt64(yaml.count))]
                let text = mutateYAML(base.text, count: 1 + Int(rng.next() % 5), rng: &rng)
                tally.add(checkYAML(kind: base.kind, text: text), csv: false)
            }
            if n % 50 == 49 { progress?(tally) }
        }
        return tally
    }
}
