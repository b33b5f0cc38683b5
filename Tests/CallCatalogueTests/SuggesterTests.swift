import Testing
import CallCatalogue

/// The cross-city taxonomy and the suggester, against answers known independently: the Milwaukee catalogue's
/// own eligible types (Figure 3) must map onto the canonical type whose rate is theirs.
@Suite struct SuggesterTests {
    let taxonomy = CallTaxonomy.standard(rates: try! CallCatalogue.builtIn("milwaukee"))

    @Test func canonicalRatesComeFromTheMilwaukeeCatalogue() throws {
        let milwaukee = try CallCatalogue.builtIn("milwaukee")
        #expect(taxonomy.type("WELFARE")?.eligibility?.value == milwaukee.entry(for: "WELFARE CITIZEN")?.eligibilityRate?.value)
        #expect(taxonomy.type("DISORD")?.eligibility?.value == 0.7347)
        #expect(taxonomy.type("DVNA")?.isEligible == false)
        #expect(taxonomy.type("MTLV")?.isEligible == false)
        #expect(taxonomy.type("MNTL")?.pair == "MTLV")
        // A type without a published rate states its rule.
        #expect(taxonomy.type("INTOX")?.eligibility?.source.hasPrefix("rule (no published rate)") == true)
    }

    /// Each of Milwaukee's 18 eligible codes, read by name alone (no catalogue), maps onto the canonical type
    /// carrying its own Figure 3 rate.
    @Test func milwaukeeEligibleCodesMapByNameAlone() throws {
        let milwaukee = try CallCatalogue.builtIn("milwaukee")
        let suggester = CallTypeSuggester(taxonomy: taxonomy)
        for entry in milwaukee.eligibleEntries {
            let s = suggester.suggest(entry.code)
            let rate = s.canonical.flatMap { taxonomy.type($0)?.eligibility?.value }
            #expect(rate == entry.eligibilityRate?.value, "\(entry.code) -> \(s.canonical ?? "nil"): \(s.reason)")
        }
    }

    @Test(arguments: [
        ("DOMESTIC VIOL NO INJ", "DVNA"), ("ASLT - DV", "DVA"), ("FAMILY TROUBL-DV", "DVNA"),
        ("DIP - DRUNK/INTOX PERSON", "INTOX"), ("MVC HIT/RUN NO INJURY", "ACCPDO"), ("TRESPASSING IN PROG", "TRESPASS"),
        ("PSYCHIATRIC EMERGENCY VIOLENT", "MTLV"), ("FIGHT NO WEAPONS", "FIGHT"), ("WEAPON VIOL GUN IN PROG", "WEAPON"),
        ("TRAFFIC STOP - OFFICER INITIATED ONVIEW", "TSTOP"), ("PARKING VIOLATION (EXCEPT ABANDONED CAR)", "PARKING"),
        ("CHECK ON THE WELFARE", "WELFARE"), ("INVESTIGETE", "PATROL"), ("CHILD - CRITICAL ABAND, ABUSE, MOLEST, NEGLECT", "CHILDAB"),
    ])
    func keywordRules(name: String, canonical: String) {
        let s = CallTypeSuggester(taxonomy: taxonomy).suggest(name)
        #expect(s.canonical == canonical, "\(name): \(s.reason)")
        #expect(!s.reason.isEmpty)
    }

    @Test func inProgressIsAFlagNotAType() {
        let s = CallTypeSuggester(taxonomy: taxonomy).suggest("NOISE COMPLAINT IN PROG")
        #expect(s.canonical == "NOISE")
        #expect(s.flags.contains(.inProgress))
    }

    @Test func meaninglessNamesStayUnmapped() {
        for name in ["OTHER", "SEE TEXT", "RA POLICE", "POLICE", "SEND PD", "Sheriff Request"] {
            let s = CallTypeSuggester(taxonomy: taxonomy).suggest(name)
            #expect(s.canonical == nil && s.confidence == .unmapped, "\(name)")
            #expect(s.nameCarriesNoCallType, "\(name): \(s.reason)")
        }
    }

    /// A name that names a type the taxonomy lacks is unmapped but not "nameless"; a generic request for police
    /// that the taxonomy lists (`CALL FOR POLICE`) still maps; a name with an unknown long word is not agency-only.
    @Test func namelessIsOnlyForNamesWithoutAType() {
        let suggester = CallTypeSuggester(taxonomy: taxonomy)
        for name in ["CHILD SCREAMING", "LOCATION CHECK", "POLICE BAILOUT"] {
            let s = suggester.suggest(name)
            #expect(!s.nameCarriesNoCallType, "\(name): \(s.reason)")
        }
        let call = suggester.suggest("CALL FOR POLICE")
        #expect(call.canonical == "ASSIST" && !call.nameCarriesNoCallType)
        #expect(suggester.suggest("ILLEGAL DUMPING").canonical == "VICE")
        #expect(suggester.suggest("OIL SPILL").canonical == "FIRE")
    }

    /// A name shared with another city's code is a suggestion with that reason, never a silent identity.
    @Test func sameNameAcrossCitiesIsNoted() throws {
        let s = CallTypeSuggester(taxonomy: taxonomy, otherCity: try CallCatalogue.builtIn("milwaukee")).suggest("THEFT")
        #expect(s.canonical == "THEFT")
        #expect(s.confidence == .medium)
        #expect(s.reason.contains("same name as Milwaukee's THEFT"))
    }

    /// The source column decides officer-initiated activity when it marks nearly all of a type's calls so.
    @Test func officerInitiatedBySourceColumn() {
        let s = CallTypeSuggester(taxonomy: taxonomy).suggest("SUBJECT STOP", calls: 62, officerBySource: 60)
        #expect(s.isOfficerInitiated)
        let t = CallTypeSuggester(taxonomy: taxonomy).suggest("DISORDERLY CONDUCT", calls: 100, officerBySource: 20)
        #expect(!t.isOfficerInitiated)
    }
}

/// Milwaukee's catalogue is one city mapping onto the taxonomy: each eligible entry names its canonical type,
/// whose rate is the entry's own.
@Test func milwaukeeEligibleEntriesNameTheirCanonicalType() throws {
    let milwaukee = try CallCatalogue.builtIn("milwaukee")
    let taxonomy = CallTaxonomy.standard(rates: milwaukee)
    #expect(milwaukee.eligibleEntries.count == 18)
    for entry in milwaukee.eligibleEntries {
        let code = try #require(entry.canonical, "\(entry.code)")
        #expect(taxonomy.type(code)?.eligibility?.value == entry.eligibilityRate?.value, "\(entry.code)")
    }
}
