import CallCatalogue
import Vocabulary
import Foundation
import Testing

@Suite("Bad catalogue files give errors naming file and line")
struct BadCatalogueTests {
    static func fixture(_ name: String) throws -> URL {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/bad", withExtension: nil))
        return folder.appendingPathComponent(name)
    }

    /// The error loading fixture `name` gives; it must start with the file's path and exit 65.
    static func loadError(_ name: String) throws -> any RerouteError {
        let url = try fixture(name)
        do {
            _ = try CallCatalogue.load(contentsOf: url)
        } catch let error as any RerouteError {
            #expect(error.description.hasPrefix(url.path))
            #expect(error.exitStatus == .dataError)
            return error
        }
        Issue.record("\(name) loaded without error")
        return CatalogueError.unreadableFile(file: "", reason: "")
    }

    static func catalogueError(_ name: String) throws -> CatalogueError {
        let error = try loadError(name)
        guard let error = error as? CatalogueError else {
            Issue.record("expected a CatalogueError, got \(error)")
            return .unreadableFile(file: "", reason: "")
        }
        #expect(error.file == (try fixture(name)).path)
        return error
    }

    @Test func unknownKey() throws {
        let error = try Self.loadError("unknown-key.yaml")
        guard case let YAMLError.unknownKey(_, line, key, _) = error else { Issue.record("\(error)"); return }
        #expect(line == 6 && key == "call_types[0].eligibilty_rate")
        #expect(error.description.contains(":6: unknown key 'call_types[0].eligibilty_rate'"))
    }

    @Test func rateAboveOne() throws {
        let error = try Self.catalogueError("rate-out-of-range.yaml")
        #expect(error.line == 7)
        guard case .valueOutOfRange(_, _, _, let value, let allowed) = error else { Issue.record("\(error)"); return }
        #expect(value == "1.5" && allowed == "0...1")
    }

    @Test func domesticViolenceVariantMarkedEligible() throws {
        let error = try Self.catalogueError("dv-eligible.yaml")
        #expect(error.line == 8)
        guard case .ineligibleTypeMarkedEligible(_, _, let code, _) = error else { Issue.record("\(error)"); return }
        #expect(code == "FAMILY TROUBLE-DV")
        #expect(error.description.contains("domestic-violence"))
    }

    @Test func weaponVariantMarkedEligible() throws {
        let error = try Self.catalogueError("weapon-eligible.yaml")
        #expect(error.line == 8)
        guard case .ineligibleTypeMarkedEligible(_, _, let code, _) = error else { Issue.record("\(error)"); return }
        #expect(code == "TRBL W/SUBJ W/GUN")
        #expect(error.description.contains("weapon"))
    }

    @Test func duplicateCodeAfterNormalisation() throws {
        let error = try Self.catalogueError("duplicate-code.yaml")
        #expect(error == .duplicateCode(
            file: try Self.fixture("duplicate-code.yaml").path, line: 8, code: "THEFT FROM PERSN", firstLine: 3))
    }

    @Test func notYAML() throws {
        let error = try Self.loadError("not-yaml.yaml")
        guard case let YAMLError.malformedYAML(_, line, _) = error else { Issue.record("\(error)"); return }
        #expect(line > 0)
        #expect(error.description.contains("does not parse"))
    }

    @Test func aCSVFileIsNotACatalogue() throws {
        let error = try Self.loadError("not-a-catalogue.csv")
        guard case let YAMLError.wrongType(_, line, _, expected, _) = error else { Issue.record("\(error)"); return }
        #expect(line == 1 && expected.contains("a mapping"))
    }

    @Test func unknownCategory() throws {
        let error = try Self.catalogueError("unknown-category.yaml")
        #expect(error.line == 4)
        guard case .unknownCategory(_, _, let value) = error else { Issue.record("\(error)"); return }
        #expect(value == "Minor dispute")
        #expect(error.description.contains("'Minor disputes'"))
    }

    @Test func unknownVariantBase() throws {
        let error = try Self.catalogueError("unknown-variant-base.yaml")
        #expect(error.line == 5)
        guard case .unknownVariantBase(_, _, _, let base) = error else { Issue.record("\(error)"); return }
        #expect(base == "FAMILY TRUBLE")
    }

    @Test func sourcedValueWithoutSource() throws {
        let error = try Self.loadError("missing-source.yaml")
        guard case let YAMLError.missingKey(_, line, key) = error else { Issue.record("\(error)"); return }
        #expect(key == "call_types[0].eligibility_rate.source" && line == 5)
    }

    @Test func missingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/catalogue.yaml")
        #expect {
            try CallCatalogue.load(contentsOf: url)
        } throws: { error in
            guard let error = error as? CatalogueError, case .unreadableFile(let file, _) = error else { return false }
            return file == url.path
        }
    }

    @Test(arguments: [
        ("", "empty"),
        ("city: X\n", "call_types"),
        ("city: X\ncall_types: {code: A}\n", "should be a list"),
        ("city: X\ncall_types:\n  - category: Police\n", "missing key 'call_types[0].code'"),
        ("city: X\ncall_types:\n  - code: A\n    category: Police\n    weapon: maybe\n", "true or false"),
        ("city: X\ncall_types:\n  - code: A\n    category: Police\n    code: B\n", "(lines 3 and 5)"),
        ("city: X\nversion: 2\ncall_types: []\n", "version"),
        ("city: X\ncall_types:\n  - code: A\n    category: Police\n    published:\n      n: {value: lots, unit: u, source: s}\n",
         "should be a number"),
        ("city: X\ncall_types:\n  - code: PATROL\n    category: Officer-initiated\n    eligibility_rate: {value: 0.5, unit: f, source: s}\n",
         "officer-initiated"),
    ])
    func inlineProblems(yaml: String, fragment: String) {
        #expect {
            try CallCatalogue(yaml: yaml, file: "inline.yaml")
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("inline.yaml") && text.contains(fragment)
        }
    }
}
