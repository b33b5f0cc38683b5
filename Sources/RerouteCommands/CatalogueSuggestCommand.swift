import ArgumentParser
import CallAnalysis
import CallCatalogue
import Foundation
import Vocabulary

extension CatalogueCommand {
    /// `catalogue suggest`: map an export's local call types onto the cross-city taxonomy.
    public struct Suggest: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Suggest a canonical call type for every local call type of an export, with confidence and reason.",
            discussion: """
                Reads the files once, counts each call type and proposes a canonical type of Reroute's cross-city \
                taxonomy (modelled on the APCO common incident types) from its name: normalisation, CAD abbreviations, \
                phrase and word matching, DV / weapon / violent / in-progress rules, officer-initiated activity from \
                names and from the source column. Prints the table and the share of citizen-call volume mapped at each \
                confidence, and writes the mapping as YAML for review (--out).
                """)

        @Argument(help: "Exports (CSV or JSON) to read as one dataset.")
        var files: [String] = []

        @Option(help: "Built-in profile name or profile YAML file. Detected from the header when omitted.")
        var profile: String?

        @Option(help: "Write the mapping YAML here (default: call-type-mapping.yaml).")
        var out: String = "call-type-mapping.yaml"

        @Option(help: "Rows of the table to print (0: all).")
        var top: Int = 40

        public init() {}

        public func validate() throws {
            if files.isEmpty { throw ValidationError("give one or more export files") }
        }

        public func run() throws {
            do {
                let chosen = try AnalysisRun.chooseProfile(profile, files: files)
                let city: CallCatalogue? = chosen.catalogue.lowercased() == "suggest" ? nil
                    : try AnalysisRun.catalogue(named: chosen.catalogue, files: files, profile: chosen)
                let mapping = try SuggestedMapping.make(files: files, profile: chosen, cityCatalogue: city)
                print(mapping.table().rendered(maxRows: top > 0 ? top : nil))
                print("Citizen-call volume \(mapping.citizenVolume) calls; mapped \(Format.percent(mapping.mappedShare)): "
                      + mapping.sharesByConfidence.map { "\($0.0.rawValue) \(Format.percent($0.1))" }.joined(separator: ", "))
                if let sentence = mapping.nameCoverage.sentence { print(sentence) }
                try OutputFile.write(mapping.yaml(), to: URL(fileURLWithPath: out))
                print("Wrote \(out) (\(mapping.suggestions.count) call types; \(mapping.suggestions.filter(\.needsReview).count) marked for review)")
            } catch let e as any RerouteError {
                StandardStream.error("error: \(e)\n")
                throw ExitCode(e.exitStatus.rawValue)
            }
        }
    }
}
