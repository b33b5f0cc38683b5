import CallCatalogue
import Testing
import Vocabulary

/// A catalogue with a repeated key or runaway nesting is refused through the shared YAML reader: exit 65, file and
/// line.
@Suite("Catalogue files the YAML reader refuses")
struct CatalogueRefusalTests {
    @Test func aDuplicatedKeyNamesBothLines() {
        let yaml = "city: X\ncall_types:\n  - code: A\n    category: Police\n    category: Police\n"
        #expect {
            _ = try CallCatalogue(yaml: yaml, file: "city.yaml")
        } throws: { error in
            guard case YAMLError.duplicateKey("city.yaml", 5, "call_types[0].category", 4) = error,
                let error = error as? any RerouteError
            else { return false }
            return error.exitStatus == .dataError && error.description.hasPrefix("city.yaml:5: ")
                && error.description.contains("lines 4 and 5")
        }
    }

    @Test func aDocumentNested5000DeepIsRefusedBeforeParsing() {
        #expect {
            _ = try CallCatalogue(yaml: "city: X\ncall_types: " + String(repeating: "[", count: 5_000), file: "deep.yaml")
        } throws: { error in
            guard case YAMLError.tooDeep("deep.yaml", 2, _) = error, let error = error as? any RerouteError else { return false }
            return error.exitStatus == .dataError && error.description.hasPrefix("deep.yaml:2: ")
        }
    }

    @Test func catalogueErrorsExit65() throws {
        let yaml = "city: X\ncall_types:\n  - code: A\n    category: Nonsense\n"
        #expect {
            _ = try CallCatalogue(yaml: yaml, file: "city.yaml")
        } throws: { error in
            guard let error = error as? CatalogueError else { return false }
            return error.exitStatus == .dataError && error.description.hasPrefix("city.yaml:4: ")
        }
    }
}
