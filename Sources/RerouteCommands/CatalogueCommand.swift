import ArgumentParser
import CallCatalogue
import Foundation
import Vocabulary

/// `reroute catalogue`: list, show, export and check call-type catalogues.
public struct CatalogueCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "List, show, export and check call-type catalogues.",
        discussion: """
            A catalogue maps a city's CAD call types to categories and community-responder eligibility. \
            Copy the built-in one with `catalogue export milwaukee > my-city.yaml`, edit it, and check it \
            with `catalogue check my-city.yaml`. Format: docs/catalogue-format.md.

            Exit codes: 0 success, 64 usage error, 65 invalid or unreadable catalogue file.
            """,
        subcommands: [List.self, Show.self, Export.self, Check.self, Suggest.self]
    )

    public init() {}

    /// `catalogue list`: the built-in catalogues.
    public struct List: ParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "List the built-in catalogues.")
        public init() {}
        public func run() throws {
            for name in CallCatalogue.builtInNames {
                let catalogue = try CallCatalogue.named(name)
                print("\(name)\t\(catalogue.city)\t\(catalogue.entries.count) call types, "
                    + "\(catalogue.eligibleEntries.count) eligible")
            }
        }
    }

    /// `catalogue show`: the entries of a catalogue as a table, CSV or JSON.
    public struct Show: ParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Show a catalogue's call types.")

        /// Output formats.
        public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
            case table, csv, json
        }

        @Argument(help: "A built-in catalogue name (see `catalogue list`) or a catalogue YAML file.")
        var catalogue: String = "milwaukee"

        @Option(help: "Output format: table, csv or json.")
        var format: Format = .table

        @Flag(help: "Show only the community-responder-eligible types (in Figure 3 order for Milwaukee).")
        var eligibleOnly = false

        public init() {}

        public func run() throws {
            let loaded = try CallCatalogue.named(catalogue)
            let entries = eligibleOnly ? loaded.eligibleEntries : loaded.entries
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(entries)
                print(String(decoding: data, as: UTF8.self))
            case .csv, .table:
                let header = [
                    "code", "label", "category", "eligibility_rate", "rate_source", "dv_variant", "weapon_variant",
                    "appendix1_count_2021", "aliases",
                ]
                let rows = entries.map { entry in
                    [
                        entry.code, entry.label, entry.category.rawValue,
                        entry.eligibilityRate.map { String($0.value) } ?? "",
                        entry.eligibilityRate?.source ?? "",
                        entry.isDomesticViolenceVariant ? "yes" : "", entry.isWeaponVariant ? "yes" : "",
                        entry.published["appendix1_count_2021"].map { String(Int($0.value)) } ?? "",
                        entry.aliases.joined(separator: "|"),
                    ]
                }
                if format == .csv {
                    print(([header] + rows).map { CSVWriter.line($0) }.joined(separator: "\n"))
                } else {
                    let widths = header.indices.map { column in
                        ([header] + rows).map { $0[column].count }.max() ?? 0
                    }
                    for row in [header] + rows {
                        print(row.enumerated().map { column, text in
                            text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                        }.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
                    }
                }
            }
        }

    }

    /// `catalogue export`: print a built-in catalogue's YAML, to copy and edit.
    public struct Export: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Print a built-in catalogue's YAML to stdout (redirect it to a file to edit it).")

        @Argument(help: "The built-in catalogue to export (see `catalogue list`).")
        var name: String = "milwaukee"

        public init() {}

        public func run() throws {
            print(try CallCatalogue.builtInYAML(name), terminator: "")
        }
    }

    /// `catalogue check`: validate a catalogue file.
    public struct Check: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Check a catalogue file; print a summary, or the first error with its file and line.")

        @Argument(help: "The catalogue YAML file to check.")
        var file: String

        public init() {}

        public func run() throws {
            let catalogue = try CallCatalogue.load(contentsOf: URL(fileURLWithPath: file))
            let byCategory = Dictionary(grouping: catalogue.entries, by: \.category)
            print("\(file): OK. \(catalogue.city): \(catalogue.entries.count) call types, "
                + "\(catalogue.eligibleEntries.count) eligible.")
            for category in CallCategory.allCases {
                print("  \(category.rawValue): \(byCategory[category]?.count ?? 0)")
            }
        }
    }
}
