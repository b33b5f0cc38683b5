import Foundation
import Vocabulary

/// A city's call-type catalogue: every call type with its category, eligibility for a community responder
/// (with the rate's source) and published reference values, loaded from a YAML file users can copy and edit.
///
/// ```swift
/// let catalogue = try CallCatalogue.builtIn("milwaukee")
/// catalogue.entry(for: "trbl  w/subj")?.eligibilityRate?.value   // 0.735 (LEAP 2022 report, Figure 3)
/// catalogue.entry(for: "FAMILY TROUBL-DV")?.category              // .police, not eligible
/// catalogue.entry(for: "NO SUCH TYPE")                            // nil: report it, never guess
/// ```
public struct CallCatalogue: Sendable {
    /// The city the catalogue describes, e.g. `Milwaukee`.
    public var city: String
    /// The period the published values refer to.
    public var period: String
    /// The sources the values come from, in words.
    public var sources: [String]
    /// Published reference values for the whole city (e.g. `figure1_total_calls`, `figure3_eligible_calls`).
    public var published: [String: Sourced<Double>]
    /// The call types, in file order. Changing them rebuilds the lookup index.
    public var entries: [CatalogueEntry] {
        didSet { lookup = Lookup(entries: entries) }
    }

    private var lookup: Lookup
    /// Whether the entries were suggested from the data (``init(suggestions:taxonomy:city:)``) rather than
    /// written in a catalogue file: their officer-initiated marks then apply whatever the profile says.
    public var isSuggested = false

    /// Creates a catalogue from entries. When two entries share a code or alias, the first one wins
    /// (catalogue files reject such duplicates instead).
    public init(
        city: String,
        period: String = "",
        sources: [String] = [],
        published: [String: Sourced<Double>] = [:],
        entries: [CatalogueEntry]
    ) {
        self.city = city
        self.period = period
        self.sources = sources
        self.published = published
        self.entries = entries
        self.lookup = Lookup(entries: entries)
    }

    /// Parses a catalogue from YAML text.
    /// - Parameters:
    ///   - yaml: The catalogue in the format of docs/catalogue-format.md.
    ///   - file: The name used in error messages (usually the path).
    /// - Throws: ``YAMLError`` for a structural problem (not YAML, an unknown or repeated key, a value of the wrong
    ///   kind) or ``CatalogueError`` for a value a catalogue does not allow; both name the file and line (exit 65).
    public init(yaml: String, file: String) throws {
        self = try CatalogueParser(file: file, text: yaml).parse()
    }

    /// Loads a catalogue file.
    /// - Throws: ``CatalogueError/unreadableFile(file:reason:)`` or any parse error of ``init(yaml:file:)``.
    public static func load(contentsOf url: URL) throws -> CallCatalogue {
        let text: String
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CatalogueError.unreadableFile(file: url.path, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw CatalogueError.unreadableFile(file: url.path, reason: "it is a folder, not a file")
        }
        do {
            let data = try Data(contentsOf: url)
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw CatalogueError.unreadableFile(file: url.path, reason: "the file is not UTF-8 text")
            }
            text = decoded
        } catch let error as CatalogueError {
            throw error
        } catch {
            throw CatalogueError.unreadableFile(file: url.path, reason: error.localizedDescription)
        }
        return try CallCatalogue(yaml: text, file: url.path)
    }

    /// Loads a built-in catalogue by name, or a file when the argument names an existing path or ends in
    /// `.yaml`/`.yml`: how every command resolves `--catalogue`.
    /// - Throws: ``CatalogueError`` or ``YAMLError`` naming the file (exit 65).
    public static func named(_ nameOrPath: String) throws -> CallCatalogue {
        if builtInNames.contains(nameOrPath.lowercased()) { return try builtIn(nameOrPath) }
        if FileManager.default.fileExists(atPath: nameOrPath) || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            return try load(contentsOf: URL(fileURLWithPath: nameOrPath))
        }
        return try builtIn(nameOrPath)
    }

    /// Loads a catalogue shipped with Reroute, e.g. `milwaukee`.
    /// - Throws: ``CatalogueError/unknownBuiltIn(name:available:)`` for an unknown name.
    public static func builtIn(_ name: String) throws -> CallCatalogue {
        try CallCatalogue(yaml: builtInYAML(name), file: "\(name.lowercased()).yaml (built-in)")
    }

    /// The YAML text of a built-in catalogue, to copy and edit.
    /// - Throws: ``CatalogueError/unknownBuiltIn(name:available:)`` for an unknown name.
    public static func builtInYAML(_ name: String) throws(CatalogueError) -> String {
        let key = name.lowercased()
        guard let url = builtInURL(key) else {
            throw CatalogueError.unknownBuiltIn(name: name, available: builtInNames)
        }
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw CatalogueError.unreadableFile(file: url.path, reason: "the built-in resource could not be read")
        }
        return text
    }

    /// The names of the built-in catalogues (file names without `.yaml`), sorted.
    public static var builtInNames: [String] {
        guard let folder = resourceFolder,
              let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The folder holding the built-in catalogue files (`Resources/` of the module's resource bundle).
    private static var resourceFolder: URL? {
        if let url = Bundle.module.url(forResource: "Resources", withExtension: nil) {
            return url
        }
        let candidates = [Bundle.module.resourceURL, Bundle.module.bundleURL].compactMap { $0 }
        return candidates.map { $0.appendingPathComponent("Resources", isDirectory: true) }.first {
            FileManager.default.fileExists(atPath: $0.path)
        }
    }

    private static func builtInURL(_ name: String) -> URL? {
        guard builtInNames.contains(name) else { return nil }
        return resourceFolder?.appendingPathComponent("\(name).yaml")
    }

    /// The entry for a raw call type as it appears in CAD data, or `nil` when the catalogue does not know it.
    ///
    /// The raw value is normalised (``normalise(_:)``), then matched against codes and aliases. A
    /// domestic-violence variant that is not listed (`CHILD CUSTODY-DV`, or a truncated `FAMILY TROUBL-DV`)
    /// resolves through its base type to a not-eligible entry of category Police. Nothing else is guessed.
    /// - Complexity: O(1): one dictionary lookup when the raw value is already normalised, otherwise normalising
    ///   it (O(length)) and up to three lookups. Callers with many rows should still look up each distinct raw
    ///   value once.
    public func entry(for rawCallType: String) -> CatalogueEntry? {
        // Fast path: most raw values are already normalised (keys are), so no string needs to be built.
        if let index = lookup.byKey[rawCallType] {
            return entries[index]
        }
        let key = Self.normalise(rawCallType)
        if let index = lookup.byKey[key] {
            return entries[index]
        }
        guard let base = Self.domesticViolenceBase(of: key),
              let baseIndex = lookup.byKey[base] ?? lookup.byUniquePrefix[base]
        else { return nil }
        let baseEntry = entries[baseIndex]
        return CatalogueEntry(
            code: key,
            label: key,
            category: .police,
            isOfficerInitiated: false,
            eligibilityRate: nil,
            isDomesticViolenceVariant: true,
            isWeaponVariant: baseEntry.isWeaponVariant || Self.isWeaponCode(key),
            variantOf: baseEntry.code
        )
    }

    /// The category of a raw call type, or `nil` when it is unknown.
    public func category(of rawCallType: String) -> CallCategory? {
        entry(for: rawCallType)?.category
    }

    /// The eligible entries in file order (the built-in catalogue lists them in Figure 3 order).
    public var eligibleEntries: [CatalogueEntry] {
        entries.filter(\.isEligible)
    }

    /// Normalises a raw call type: trims, upper-cases and collapses internal whitespace to single spaces.
    public static func normalise(_ raw: String) -> String {
        raw.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension CallCatalogue {
    /// Dictionaries from normalised codes and aliases to entry indices.
    struct Lookup: Sendable {
        /// Code or alias → index of its entry (first definition wins).
        var byKey: [String: Int] = [:]
        /// Proper prefix (at least ``minimumPrefixLength`` characters) of exactly one code or alias → index.
        /// Used only to find the base of an unlisted DV variant whose base was abbreviated or truncated.
        var byUniquePrefix: [String: Int] = [:]

        static let minimumPrefixLength = 5

        init(entries: [CatalogueEntry]) {
            for (index, entry) in entries.enumerated() {
                for key in [entry.code] + entry.aliases where byKey[key] == nil {
                    byKey[key] = index
                }
            }
            var prefixes: [String: Int?] = [:]
            for (key, index) in byKey where CallCatalogue.domesticViolenceBase(of: key) == nil {
                var prefix = ""
                for character in key.dropLast() {
                    prefix.append(character)
                    guard prefix.count >= Self.minimumPrefixLength else { continue }
                    if let seen = prefixes[prefix], seen != index {
                        prefixes[prefix] = .some(nil)
                    } else {
                        prefixes[prefix] = index
                    }
                }
            }
            for (prefix, index) in prefixes {
                if let index { byUniquePrefix[prefix] = index }
            }
        }
    }
}
