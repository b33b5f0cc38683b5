import Testing
@testable import ProgramPlan

/// The report's self-contradictions the issue lists must be flagged.
@Suite struct ContradictionTests {
    func flags() throws -> [Contradiction] { try TestSupport.milwaukeePlan().contradictions }

    @Test func policeHoursOverFewerTypes() throws {
        let flag = try #require(try flags().first { $0.topic == "Police hours cover fewer call types" })
        #expect(flag.detail.contains("62,298 calls of 14 types"))
        #expect(flag.detail.contains("66,373 calls of 18 types"))
        // 4,075 unmeasured calls × (34,103 h / 62,298 calls) ≈ 2,231 hours.
        #expect(flag.detail.contains("4,075"))
        #expect(flag.detail.contains("2,231"))
    }

    @Test func threeTotals() throws {
        let flag = try #require(try flags().first { $0.topic == "Citizen-initiated calls" })
        for number in ["259,805", "259,831", "264,486"] { #expect(flag.detail.contains(number)) }
    }

    @Test func appendixVersusFigure3() throws {
        let all = try flags()
        let pickup = try #require(all.first { $0.topic.contains("Property Pickup") })
        #expect(pickup.detail.contains("1,144") && pickup.detail.contains("4,291"))
        let parking = try #require(all.first { $0.topic.contains("Parking Trouble") })
        #expect(parking.detail.contains("352") && parking.detail.contains("814"))
    }

    @Test func scheduleOneShiftTwoDemand() throws {
        let flag = try #require(try flags().first { $0.topic == "Figure 13 demand" })
        #expect(flag.detail.contains("Schedule 1 Shift 2"))
        #expect(flag.detail.contains("70.2") && flag.detail.contains("70.0"))
        #expect(try flags().filter { $0.topic == "Figure 13 demand" }.count == 1)
    }

    @Test func budgetAndLeave() throws {
        let all = try flags()
        #expect(all.contains { $0.topic.contains("outside the total") && $0.detail.contains("$5,008,400") })
        #expect(all.contains { $0.topic.contains("share of Responder cost") && $0.detail.contains("88.8%") })
        #expect(all.contains { $0.topic == "Leave in the staffing estimate" && $0.detail.contains("33 teams") })
        #expect(all.contains { $0.topic == "Hourly profile vs yearly volume" && $0.detail.contains("189.8") })
    }

    @Test func roundingLevelRatiosAreNotesNotFlags() throws {
        let referrals = try #require(try flags().first { $0.topic == "Officer referrals per 100" })
        #expect(!referrals.isContradiction)
        #expect(referrals.detail.contains("21,239"))  // 66,373 × 0.32
    }
}
