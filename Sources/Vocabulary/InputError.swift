/// A problem with an input file that stops Reroute from reading it at all.
///
/// Row-level problems never throw: they go to the rejects file. These errors are for a file that is
/// missing, empty, binary, not CSV, or that does not fit the chosen profile.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(file: String, reason: String)
    case readFailed(reason: String)
    case emptyFile(file: String)
    case binaryFile(file: String)
    case notCSV(file: String, reason: String)
    case recordTooLong(line: Int, limit: Int)
    case profileDoesNotFit(file: String, profile: String, missingColumns: [String], seen: [String])
    case noProfileMatches(file: String, seen: [String])
    case unknownProfile(name: String, known: [String])
    case invalidProfile(file: String, line: Int?, key: String, reason: String)
    case noInputFiles
    /// A file Reroute writes while reading (rejects.csv) could not be written: a full disk, a closed file.
    case cannotWrite(file: String, reason: String)
    /// Two header columns have the same name (1-based positions), so a field could be read from either.
    case duplicateColumn(file: String, name: String, first: Int, second: Int)

    /// At most this many items of a list (header columns, known names) go into one message.
    public static let listedItems = 24
    /// At most this many characters of one item go into a message.
    public static let itemLength = 60

    /// `items` joined for a one-line message: at most ``listedItems``, each cut to ``itemLength``, and how many more.
    public static func capped(_ items: [String], quoted: Bool = false) -> String {
        let shown = items.prefix(listedItems).map { item -> String in
            let cut = item.count > itemLength ? String(item.prefix(itemLength)) + "…" : item
            return quoted ? "'\(cut)'" : cut
        }
        let more = items.count > listedItems ? " … and \(items.count - listedItems) more (\(items.count) in all)" : ""
        return shown.joined(separator: ", ") + more
    }

    public var description: String {
        switch self {
        case let .cannotOpen(file, reason): "\(file): cannot open: \(reason)"
        case let .readFailed(reason): "read failed: \(reason)"
        case let .emptyFile(file): "\(file): the file is empty; expected a CSV export with a header line"
        case let .binaryFile(file): "\(file): this is a binary file, not a CSV text export (its first bytes are a binary signature or mostly NUL bytes); export the calls as CSV"
        case let .notCSV(file, reason): "\(file): not a CSV export: \(reason)"
        case let .recordTooLong(line, limit): "line \(line): a record longer than \(limit) bytes; is a quote left open?"
        case let .profileDoesNotFit(file, profile, missing, seen):
            "\(file): profile '\(profile)' does not fit: missing column(s) \(Self.capped(missing, quoted: true)); the file has: \(Self.capped(seen))"
        case let .noProfileMatches(file, seen):
            """
            \(file): no built-in profile matches this file's columns: \(Self.capped(seen))
              write a profile for it (see docs/profile-format.md; `reroute profiles --show milwaukee-mpd` prints one to copy) and pass --profile FILE.yaml
            """
        case let .unknownProfile(name, known): "unknown profile '\(name)'; built-in profiles: \(known.joined(separator: ", ")), or give a path to a .yaml profile"
        case let .invalidProfile(file, line, key, reason):
            "\(file)\(line.map { ":\($0)" } ?? ""): profile key '\(key)': \(reason)"
        case .noInputFiles: "no input files given; pass one or more CSV files, or --demo"
        case let .cannotWrite(file, reason): "cannot write \(file): \(reason)"
        case let .duplicateColumn(file, name, first, second):
            "\(file): line 1: columns \(first) and \(second) are both named '\(name.prefix(Self.itemLength))'; rename one so each field is read from one column"
        }
    }
}
