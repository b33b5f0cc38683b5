import Vocabulary
import Foundation
import Testing
import CallRecords
import RerouteTestSupport

@Suite("Profiles")
struct ProfileTests {
    @Test func everyBuiltInProfileLoads() throws {
        let all = try ProfileLibrary.allBuiltIn()
        #expect(all.map(\.name) == ProfileLibrary.builtInNames)
        let mke = try ProfileLibrary.builtIn("milwaukee-mpd")
        #expect(mke.outcome(of: "Cleared by Arrest") == .arrest)
        #expect(mke.outcome(of: "advised/referral") == .noFormalAction)
        let ecc = try ProfileLibrary.builtIn("ecc-full-timestamps")
        #expect(ecc.outcome(of: "RE-Report") == .reportFiled)
        #expect(ecc.outcome(of: "CN-Cancellation,NR-No Report") == .cancelled)
    }

    @Test(arguments: [
        ("name: x\ncolumns: {incident_id: id, call_type: t, created: c}\ncolour: red\n", "colour", 3),
        ("name: x\ncolumns: {incident_id: id, call_type: t}\n", "columns.created", 2),
        ("name: x\ncolumns: {incident_id: id, call_type: t, created: c, arrival: a}\n", "columns.arrival", 2),
        ("name: x\ncolumns: {incident_id: id, call_type: t, created: c}\ntimestamps:\n  format: julian\n", "timestamps.format", 4),
        ("name: x\ncolumns: {incident_id: id, call_type: t, created: c}\noutcomes:\n  Arrested: jail\n", "outcomes.Arrested", 4),
        ("name: x\ncolumns: {incident_id: id, call_type: t, created: c}\nduplicates: newest\n", "duplicates", 3),
        ("name: x\ncolumns: {incident_id: id, call_type: t, created: c}\nstudy_area: {south: 43, north: 42, west: -88, east: -87}\n", "study_area", 3),
    ] as [(String, String, Int)])
    func badProfilesNameTheKeyAndLine(yaml: String, key: String, line: Int) {
        #expect {
            _ = try Profile(yaml: yaml, file: "my.yaml")
        } throws: { error in
            let named = (error as? any RerouteError)?.description.hasPrefix("my.yaml:\(line): ") ?? false
            switch error {
            case let InputError.invalidProfile(file, l, k, _): return named && file == "my.yaml" && k == key && l == line
            case let YAMLError.unknownKey(file, l, k, _), let YAMLError.wrongType(file, l, k, _, _):
                return named && file == "my.yaml" && k == key && l == line
            default: return false
            }
        }
    }

    @Test func notYAMLIsAClearError() {
        #expect(throws: YAMLError.self) { try Profile(yaml: "name: [unclosed", file: "bad.yaml") }
    }
}
