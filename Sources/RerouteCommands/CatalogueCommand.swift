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

        @Argument(help: "A built-in catalogue name (see `catalogue list`) or a catalogue YAML file.")
        var catalogue: String = "milwaukee"

        @Option(help: "Output format: text (or table), csv or json.")
        var format: OutputFormat = .text

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
            case .csv:
                print(CallCatalogue.table(entries).csv, terminator: "")
            case .text:
                print(CallCatalogue.table(entries).rendered(), terminator: "")
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
