import Testing
import CallRecords
import Vocabulary

/// A profile with a repeated key or runaway nesting is refused through the shared YAML reader: exit 65, file and line.
@Suite("Profile files the YAML reader refuses")
struct ProfileRefusalTests {
    @Test func aDuplicatedKeyNamesBothLines() {
        let yaml = "name: x\ncolumns: {incident_id: id, call_type: t, created: c}\nname: y\n"
        #expect {
            _ = try Profile(yaml: yaml, file: "my.yaml")
        } throws: { error in
            guard case YAMLError.duplicateKey("my.yaml", 3, "name", 1) = error, let error = error as? any RerouteError
            else { return false }
            return error.exitStatus == .dataError && error.description.hasPrefix("my.yaml:3: ")
                && error.description.contains("lines 1 and 3")
        }
    }

    @Test func aDocumentNested5000DeepIsRefusedBeforeParsing() {
        #expect {
            _ = try Profile(yaml: String(repeating: "[", count: 5_000), file: "deep.yaml")
        } throws: { error in
            guard case YAMLError.tooDeep("deep.yaml", 1, _) = error, let error = error as? any RerouteError else { return false }
            return error.exitStatus == .dataError && error.description.hasPrefix("deep.yaml:1: ")
        }
    }
}
