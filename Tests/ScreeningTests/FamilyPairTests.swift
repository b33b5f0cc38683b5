import Screening
import Testing

/// A family of red-flag language a screening pass added: a narrative that must raise `kind`, and a look-alike in
/// the same words that must stay eligible.
struct FamilyPair: Sendable, CustomTestStringConvertible {
    var family: String, flagged: String, kind: FlagKind, lookAlike: String
    var testDescription: String { family }
}

/// Every pass's families, held to the same two checks.
@Suite("Families of red-flag language and their look-alikes")
struct FamilyPairTests {
    static let pairs = FourthPassFamilyTests.pairs + FifthPassFamilyTests.pairs + SixthPassFamilyTests.pairs + SeventhPassFamilyTests.pairs + EighthPassFamilyTests.pairs + NinthPassFamilyTests.pairs + TenthPassFamilyTests.pairs
        + EverydayUseAndSituationTests.pairs
    let screener = NarrativeScreener()

    @Test("each family flags its narrative with its kind", arguments: pairs)
    func flags(_ pair: FamilyPair) {
        let result = screener.screen(pair.flagged)
        #expect(result.flagKinds.contains(pair.kind), "\(result.reason)")
    }

    static let lookAlikeNarratives = FifthPassFamilyTests.lookAlikeNarratives + SixthPassFamilyTests.lookAlikeNarratives
        + SeventhPassFamilyTests.lookAlikeNarratives + EighthPassFamilyTests.lookAlikeNarratives

    @Test("look-alikes of danger words stay eligible", arguments: lookAlikeNarratives)
    func lookAlikeNarrativeStaysEligible(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("each family's look-alike stays eligible", arguments: pairs)
    func lookAlikes(_ pair: FamilyPair) {
        let result = screener.screen(pair.lookAlike)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }
}
