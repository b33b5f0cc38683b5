import Vocabulary
import CallCatalogue
import Testing

@Suite("Domestic-violence and weapon variants, normalisation")
struct VariantTests {
    let catalogue: CallCatalogue

    init() throws {
        catalogue = try CallCatalogue.builtIn("milwaukee")
    }

    @Test(arguments: [
        // raw code, base code it belongs to (nil: Appendix 1 lists the DV type itself)
        ("FAMILY TROUBL-DV", "FAMILY TROUBLE"),       // listed; truncated to 16 characters
        ("TRBL W/SUBJ-DV", "TRBL W/SUBJ"),            // listed
        ("CHILD CUSTODY-DV", "CHILD CUSTODY"),        // not listed: recognised from the base
        ("NOISE NUISANCE DV", "NOISE NUISANCE"),      // not listed, space form
        ("welfare citizen/dv", "WELFARE CITIZEN"),    // not listed, slash form, lower case
        ("PROPERTY DAM-DV", "PROPERTY DAMAGE"),       // not listed, abbreviated base
        ("VIOL REST ORD-DV", "VIOL REST ORDER"),
        ("RECKLESS VEH-DV", "RECKLESS VEHICLE"),
        ("BATTERY DV", nil),                          // Appendix 1 lists it
        ("BATTERY/DV", nil),                          // alias of BATTERY DV in MPD public data
    ] as [(String, String?)])
    func domesticViolenceVariantsAreNeverEligibleAndArePolice(raw: String, base: String?) throws {
        let entry = try #require(catalogue.entry(for: raw), "\(raw)")
        #expect(entry.isDomesticViolenceVariant)
        #expect(!entry.isEligible)
        #expect(entry.eligibilityRate == nil)
        #expect(entry.category == .police)
        #expect(CallCatalogue.domesticViolenceBase(of: CallCatalogue.normalise(raw)) != nil)
        #expect(entry.variantOf == base)
    }

    @Test func weaponVariantsAreNeverEligible() throws {
        let reckless = try #require(catalogue.entry(for: "RECK USE OF W-DV"))
        #expect(reckless.isWeaponVariant, "inherits the weapon flag of RECK USE OF WEAP")
        #expect(reckless.isDomesticViolenceVariant)
        let subjectWeaponDV = try #require(catalogue.entry(for: "SUBJ W/WEAPON-DV"))
        #expect(subjectWeaponDV.isWeaponVariant && subjectWeaponDV.isDomesticViolenceVariant)
        for code in ["SUBJ WITH GUN", "SUBJ WITH WEAPON", "ABAND/PROP WEAPO", "ROBBERY ARMED", "BATTERY CUTTING",
                     "RECK USE OF WEAP", "BB GUN COMPLNT", "SHOTS FIRED"] {
            let entry = try #require(catalogue.entry(for: code), "\(code)")
            #expect(entry.isWeaponVariant, "\(code)")
            #expect(!entry.isEligible)
        }
        for entry in catalogue.entries where entry.isDomesticViolenceVariant || entry.isWeaponVariant {
            #expect(entry.eligibilityRate == nil && !entry.isEligible, "\(entry.code)")
        }
        // Even an entry built in code with a rate is not eligible when it is a DV or weapon variant.
        let forced = CatalogueEntry(
            code: "X-DV", label: "X-Dv", category: .police,
            eligibilityRate: Sourced(1, unit: "fraction", source: "test"),
            isDomesticViolenceVariant: true)
        #expect(!forced.isEligible)
    }

    @Test(arguments: ["ROBBERY ST ARM", "TRBL W/SUBJ", "SUSPICIOUS-OTH", "DV", "ADV", "ENTRY TO AUTO"])
    func codesThatAreNotDomesticViolenceVariants(code: String) {
        #expect(!CallCatalogue.isDomesticViolenceCode(code))
    }

    @Test(arguments: ["TRBL W/SUBJ", "WELFARE CITIZEN", "ROBBERY ST ARM", "SHOTSPOTTER", "SUBJ WANTED",
                      "CRUELTY ANIMAL", "SWEAPING"])
    func codesThatAreNotWeaponVariants(code: String) {
        #expect(!CallCatalogue.isWeaponCode(code))
    }

    @Test func unlistedVariantOfAnUnknownOrAmbiguousBaseStaysUnknown() {
        #expect(catalogue.entry(for: "NO SUCH TYPE-DV") == nil)
        #expect(catalogue.entry(for: "SUBJ-DV") == nil, "SUBJ is a prefix of several codes")
        #expect(catalogue.entry(for: "ACC-DV") == nil, "prefixes shorter than 5 characters are not matched")
    }

    @Test(arguments: [
        ("trbl w/subj", "TRBL W/SUBJ"),
        ("  TRBL   W/SUBJ  ", "TRBL W/SUBJ"),
        ("Welfare\t Citizen\n", "WELFARE CITIZEN"),
        ("loud music - veh", "LOUD MUSIC - VEH"),
        ("", ""),
        ("   ", ""),
    ])
    func normalise(raw: String, expected: String) {
        #expect(CallCatalogue.normalise(raw) == expected)
    }
}
