import Foundation

/// One labelled narrative of a screening corpus (`id,call_type,narrative,label,flags,reason[,split]`).
public struct CorpusEntry: Sendable, Hashable, Codable {
    /// Row identifier.
    public var id: String
    /// The CAD call type.
    public var callType: String
    /// The call-taker narrative.
    public var narrative: String
    /// Whether a human reviewer found a red flag.
    public var isRedFlag: Bool
    /// The red-flag kinds the reviewer named.
    public var flags: Set<FlagKind>
    /// The reviewer's reason.
    public var reason: String
    /// `dev` or `heldout` (empty if the file has no split column).
    public var split: String
    /// Line in the file.
    public var line: Int

    /// Parses a corpus file.
    ///
    /// `label` accepts `red_flag`/`red`/`1`/`yes`/`ineligible`/`review` and `eligible`/`ok`/`0`/`no`; `flags` is a list
    /// separated by `;` of ``FlagKind`` names.
    /// - Throws: ``ScreeningInputError`` naming the file, line, column and value.
    public static func load(csv data: Data, file: String) throws -> [CorpusEntry] {
        let table = try ScreeningCSV.parse(data, file: file)
        let id = table.column("id")
        let type = try table.requiredColumn("call_type", file: file)
        let text = try table.requiredColumn("narrative", file: file)
        let label = try table.requiredColumn("label", file: file)
        let flags = table.column("flags")
        let reason = table.column("reason")
        let split = table.column("split")
        return try table.rows.map { row in
            let labelText = row.fields[label]
            guard let isRed = parseLabel(labelText) else {
                throw ScreeningInputError.badValue(file: file, line: row.line, column: "label", value: labelText,
                                                   expected: "red_flag or eligible")
            }
            var kinds: Set<FlagKind> = []
            if let flags {
                for name in row.fields[flags].split(whereSeparator: { $0 == ";" || $0 == "|" })
                    where !name.trimmingCharacters(in: .whitespaces).isEmpty {
                    guard let kind = FlagKind(parsing: String(name)) else {
                        throw ScreeningInputError.badValue(file: file, line: row.line, column: "flags", value: String(name),
                                                           expected: "one of \(FlagKind.allCases.map(\.rawValue).joined(separator: ", ")) separated by ';'")
                    }
                    kinds.insert(kind)
                }
            }
            return CorpusEntry(id: id.map { row.fields[$0] } ?? "line \(row.line)", callType: row.fields[type],
                               narrative: row.fields[text], isRedFlag: isRed, flags: kinds,
                               reason: reason.map { row.fields[$0] } ?? "", split: split.map { row.fields[$0] } ?? "",
                               line: row.line)
        }
    }

    /// Parses a reviewer label; nil if unrecognised. `review` (a narrative no one can read) counts as not
    /// eligible, like a red flag: nothing in it rules a red flag out.
    public static func parseLabel(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "red_flag", "red", "red flag", "1", "yes", "y", "ineligible", "screened_out", "flag", "review": true
        case "eligible", "ok", "0", "no", "n", "clear", "cr": false
        default: nil
        }
    }

    /// The corpus shipped with the package tests is not bundled; this loads any corpus file from disk.
    public static func load(from url: URL) throws -> [CorpusEntry] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ScreeningInputError.emptyFile(file: url.path + " (unreadable: \(error.localizedDescription))")
        }
        return try load(csv: data, file: url.path)
    }
}
