// TEMPORARY stand-in for the CallCatalogue module being written separately; replaced at integration.
import Foundation

public enum CallCategory: String, Sendable, Codable, CaseIterable { case police = "Police", reportTaking = "Report-taking calls", minorDisputes = "Minor disputes", behavioralHealth = "Behavioral health needs", rapidAssistance = "Rapid assistance", suspicious = "Suspicious", alarm = "Alarm", officerInitiated = "Officer-initiated" }
public struct SourcedValue: Sendable, Codable, Hashable { public var value: Double; public var unit: String; public var source: String }
public struct CatalogueEntry: Sendable, Hashable {
    public var code: String; public var label: String; public var category: CallCategory; public var isOfficerInitiated: Bool
    public var eligibilityRate: SourcedValue?
    public var isEligible: Bool { eligibilityRate != nil }
    public var aliases: [String] = []; public var isDomesticViolenceVariant = false; public var isWeaponVariant = false
    public var published: [String: SourcedValue] = [:]
}
public enum CatalogueError: Error, CustomStringConvertible { case unknown(String); public var description: String { "unknown catalogue \(self)" } }
public struct CallCatalogue: Sendable {
    public var city: String; public var entries: [CatalogueEntry]
    private var index: [String: Int] = [:]
    public static var builtInNames: [String] { ["milwaukee"] }
    public static func builtIn(_ name: String) throws(CatalogueError) -> CallCatalogue {
        let elig: [(String, String, CallCategory, Double)] = [
            ("TRBL W/SUBJ", "Trbl W/Subj", .minorDisputes, 0.735), ("WELFARE CITIZEN", "Welfare Citizen", .behavioralHealth, 0.75),
            ("MENTAL OBSERVATION", "Mental Observation (\"MO\")", .behavioralHealth, 0.86), ("SUSP PERS/AUTO", "Susp Pers/Auto", .suspicious, 0.708),
            ("CALL FOR POLICE", "Call For Police", .minorDisputes, 0.378), ("NOISE NUISANCE", "Noise Nuisance", .minorDisputes, 1.0),
            ("FAMILY TROUBLE", "Family Trouble", .minorDisputes, 0.675), ("PROPERTY PICKUP", "Property Pickup", .minorDisputes, 0.938),
            ("CRUELTY ANIMAL", "Cruelty Animal", .minorDisputes, 0.846), ("TRBL W/JUV", "Trbl W/Juv", .minorDisputes, 0.558),
            ("CHILD CUSTODY", "Child Custody", .minorDisputes, 0.657), ("CHILD NEGLECT", "Child Neglect", .behavioralHealth, 0.762),
            ("LANDLORD/TEN TRB", "Landlord/Ten Trb", .minorDisputes, 0.864), ("FIREWORKS", "Fireworks", .minorDisputes, 0.93),
            ("IND EXPOSURE", "Ind Exposure", .behavioralHealth, 0.641), ("SUSPICIOUS-OTH", "Suspicious-Oth", .suspicious, 0.45),
            ("SOLICITING", "Soliciting", .minorDisputes, 0.956), ("PARKING TROUBLE", "Parking Trouble", .minorDisputes, 0.321)]
        var entries = elig.map { CatalogueEntry(code: $0.0, label: $0.1, category: $0.2, isOfficerInitiated: false, eligibilityRate: SourcedValue(value: $0.3, unit: "share", source: "LEAP 2022 report, Figure 3")) }
        for c in ["BATTERY", "THREAT", "SHOTS FIRED", "SUBJ WANTED", "SUBJ WITH GUN", "BATTERY DV", "FIGHT", "TRBL W/SUBJ-DV", "FAMILY TROUBL-DV"] { entries.append(CatalogueEntry(code: c, label: c.capitalized, category: .police, isOfficerInitiated: false)) }
        for c in ["ACC PDO", "ENTRY", "THEFT", "STOLEN VEHICLE", "PROPERTY DAMAGE"] { entries.append(CatalogueEntry(code: c, label: c.capitalized, category: .reportTaking, isOfficerInitiated: false)) }
        for c in ["INJ PERSON/SICK", "ACC PI", "TRAFFIC HAZARD"] { entries.append(CatalogueEntry(code: c, label: c.capitalized, category: .rapidAssistance, isOfficerInitiated: false)) }
        for c in ["TRAFFIC STOP", "BUSINESS CHECK", "RETURN STATION", "FOLLOW UP", "PATROL", "REPORTS", "SPECIAL ASSIGN", "INVESTIGATION", "POLICE ADMIN", "PARK AND WALK", "ASSIGNMENT", "OUT OF SERVICE", "SUBJ STOP"] { entries.append(CatalogueEntry(code: c, label: c.capitalized, category: .officerInitiated, isOfficerInitiated: true)) }
        return CallCatalogue(city: "Milwaukee", entries: entries)
    }
    init(city: String, entries: [CatalogueEntry]) { self.city = city; self.entries = entries; for (i, e) in entries.enumerated() { index[e.code] = i } }
    public static func load(contentsOf url: URL) throws(CatalogueError) -> CallCatalogue { throw .unknown(url.path) }
    public func entry(for rawCallType: String) -> CatalogueEntry? { index[Self.normalise(rawCallType)].map { entries[$0] } }
    public static func normalise(_ raw: String) -> String { raw.uppercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
    public var eligibleEntries: [CatalogueEntry] { entries.filter(\.isEligible) }
}
