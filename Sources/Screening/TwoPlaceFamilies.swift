/// Issue 13, eleventh session (blind29's rules-only misses, read as shapes): red flags a log tells in two places,
/// each half harmless alone.
///
/// - A missing person and what puts them at risk, wherever each is written (an age only near them): "74 yo missing
///   :: left the park on foot :: confused", "female missing since yesterday - needs insulin", "14 yo did not come
///   home". A runaway is a report of its own (usually of where the child is), a thing missing ("the missing wallet")
///   is no person, and whereabouts given ("texted that she is at a friend's") answer the report. A missing person
///   with nothing said about risk, or a confused person no one is missing, is no red flag from this table.
/// - A diabetic and the signs of a low sugar: "86 y/o diabetic -- shaking & sweaty -- wont eat" (anywhere in the
///   narrative: a log tells them in separate entries).
///
/// The halves are ``NarrativeLexicon/Role/paired(_:)`` mentions (an age is read from the words,
/// ``ageAtRisk(in:)``): each is read with its own clause's negation, history and resolution, and stands only beside
/// a partner half (``NarrativeLexicon/PairedHalf``). A condition (dementia, a diabetic) told as history ("hx of
/// dementia") is still the person's condition. These entries come last in the built-in lexicon, so every older
/// reading of the same words wins a tie.
enum TwoPlaceFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    /// Words after an age that say it is one ("74 YO", "13 YOF").
    static let yearsOld: Set<String> = ["YO", "YOA", "YOM", "YOF", "Y", "YRO"]
    /// Words of years that make an age only before OLD ("14 yrs old"; "in 10 years" is a time).
    static let years: Set<String> = ["YR", "YRS", "YEAR", "YEARS"]
    /// Words before a number that make it a time, not an age ("for 10 years", "since 5").
    static let timeLeads: Set<String> = ["FOR", "IN", "SINCE", "LAST", "ABOUT", "AROUND", "AT", "BY", "UNTIL", "PAST"]
    /// Words after a bare number that make it a measure, not an age ("male 6 ft", "gone 15 min").
    static let measures: Set<String> = ["FT", "FOOT", "FEET", "LBS", "POUNDS", "IN", "INCHES", "MIN", "MINS", "MINUTES",
                                        "HOURS", "HRS", "HR", "DAYS", "BLOCKS", "MILES", "AM", "PM", "AGO", "TIMES"]
    /// Words naming a person whose age puts them at risk: the lexicon's children (a glued young age, "5YO", reads as
    /// CHILD), minors and elders.
    static let personsAtRisk: Set<String> = Set(NinthPassFamilies.children.split(separator: "|").map(String.init))
        .union(["JUV", "JUVENILE", "MINOR", "ELDERLY", "GERIATRIC"])

    /// The words telling that a person's age puts them at risk if missing: a minor (17 or under) or an elder (65 and
    /// over) by a number and a word of years ("74 yo", "14 yrs") or a number after a person ("grandma, 77"), or a word
    /// for a child or an elder. Read from the
    /// narrative's words rather than the lexicon, so that an age never takes its words from a phrase told from the
    /// next word on ("6 Y/O WALKING ALONE").
    static func ageAtRisk(in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if personsAtRisk.contains(word) { return word }
            guard let age = Int(word), (1...17).contains(age) || (65...110).contains(age),
                  index == 0 || !timeLeads.contains(words[index - 1]) else { continue }
            let next = index + 1 < words.count ? words[index + 1] : ""
            if yearsOld.contains(next) { return word + " " + next }
            if years.contains(next), index + 2 < words.count, words[index + 2] == "OLD" { return word + " " + next + " OLD" }
            // "grandma, 77, went to the store": a bare number right after a person is their age.
            if index > 0, agedPersons.contains(words[index - 1]), !measures.contains(next), !years.contains(next) {
                return words[index - 1] + " " + word
            }
        }
        return nil
    }

    /// Whether the narrative gives a missing person's whereabouts now: "texted that she is at a friend's house", "he's
    /// with his dad", "staying at her aunt's" (not "he is at risk", "he was at the park", "she is with a man she met
    /// online").
    static func whereaboutsKnown(in words: [String]) -> Bool {
        for (index, word) in words.enumerated() {
            var next: Int
            if word == "STAYING" {
                next = index + 1
            } else if ["SHE", "HE", "THEY"].contains(word), index + 1 < words.count, ["IS", "ARE", "S"].contains(words[index + 1]) {
                next = index + 2
            } else if ["SHES", "HES", "THEYRE"].contains(word) {
                next = index + 1
            } else {
                continue
            }
            if next < words.count, words[next] == "STAYING" { next += 1 }
            guard next + 1 < words.count, ["AT", "WITH"].contains(words[next]) else { continue }
            var after = next + 1
            while after < words.count, ["A", "AN", "SOME"].contains(words[after]) { after += 1 }
            let place = after < words.count ? words[after] : ""
            if !["RISK", "LARGE", "FAULT", "MAN", "MALE", "GUY", "STRANGER", "SOMEONE", "UNKNOWN", "UNK", "OLDER"].contains(place) {
                return true
            }
        }
        return false
    }

    /// Words for a person a bare number after which is an age ("neighbor, 83", "daughter 14").
    static let agedPersons: Set<String> = ["GRANDMA", "GRANDPA", "GRANDMOTHER", "GRANDFATHER", "MOM", "DAD", "MOTHER",
                                           "FATHER", "SON", "DAUGHTER", "NEIGHBOR", "NEIGHBOUR", "MALE", "FEMALE", "MAN",
                                           "WOMAN", "WIFE", "HUSBAND", "BROTHER", "SISTER", "AUNT", "UNCLE", "BOY", "GIRL",
                                           "RESIDENT", "PATIENT", "PT", "SUBJ", "SUBJECT", "GRANDSON", "GRANDDAUGHTER"]

    /// Things reported missing, and things a person misses (a missing person is never one of them).
    static let things = "WALLET|PURSE|PHONE|CELLPHONE|KEYS|KEY|BIKE|BICYCLE|CAR|VEHICLE|PACKAGE|PACKAGES|MAIL|LAPTOP|MONEY|CASH|JEWELRY|RING|TOOLS|PLATE|PLATES|DOG|CAT|ITEMS|PROPERTY|BAG|BACKPACK|CARD|CARDS|ID|LICENSE|PASSPORT|MEDS|MEDICATION|DOSE|APPOINTMENT|TEETH|CURFEW|SCHOOL|WORK|CLASS|SHIFT|PAYMENT|RENT"
    static let missingSource = "APCO ANS 2.103.2 MISSING PERSON - AT RISK (a child, an elder, dementia, autism, a medical need); NCMEC and state endangered-missing criteria"
    static let diabeticSource = "MPDS protocol 13 (diabetic problems: not alert, behaving abnormally, sweating, shaking)"

    static let entries: [Entry] = missing + diabetic

    static let missing: [Entry] = [
        Entry(pattern: "MISSING, WANDERED|WALKED OFF|AWAY, DIDNT|NEVER COME|CAME|COMES|RETURN|RETURNED|GET|GOT|ARRIVED HOME|THERE, DID NOT COME|CAME|RETURN|RETURNED|GET|ARRIVE HOME|THERE, NEVER|DIDNT MADE|MAKE IT HOME|BACK|THERE, NOT COME|CAME|RETURNED HOME, HASNT|HAVENT BEEN SEEN|HEARD FROM?, HAS|HAVE NOT BEEN SEEN|HEARD FROM?, NO ONE HAS SEEN|HEARD FROM?, CANT|CANNOT|COULDNT FIND|LOCATE HIM|THEM, UNABLE TO FIND|LOCATE HER|HIM|THEM, DIDNT GET OFF THE? BUS, DID NOT GET OFF THE? BUS",
              role: .paired([.missingPerson]), source: missingSource),
        Entry(pattern: "DEMENTIA|ALZHEIMERS|ALZHEIMER|ALZ|AUTISTIC|AUTISM|NONVERBAL, NON VERBAL, SPECIAL NEEDS, DOWN SYNDROME, DEVELOPMENTALLY DISABLED|DELAYED, MEMORY LOSS|ISSUES|PROBLEMS, NEEDS|NEEDING|REQUIRES|WITHOUT HIS|HER|THEIR? MEDS|MEDICATION|MEDICATIONS|INSULIN|OXYGEN|O2, BAREFOOT, NO COAT|JACKET|SHOES, IN A? WHEELCHAIR",
              role: .paired([.atRisk]), source: missingSource),
        // "the missing wallet turned up", "phone missing": a thing missing, not a person.
        Entry(pattern: "MISSING HER|HIS|THEIR|A|THE|SOME? \(things), \(things) IS|ARE|WAS|WERE|WENT|GONE? MISSING", role: .ignore,
              source: missingSource),
        Entry(pattern: "CONFUSED|DISORIENTED|DISORIENTATED", role: .paired([.atRisk, .diabeticSign]), source: missingSource),
        Entry(pattern: "DIABETIC|DIABETES, INSULIN DEPENDENT", role: .paired([.atRisk, .diabetic]), source: missingSource),
    ]

    static let diabetic: [Entry] = [
        Entry(pattern: "SHAKING|SHAKY|TREMBLING|TREMORS|SWEATY|SWEATING|CLAMMY|LETHARGIC|DROWSY|GROGGY|INCOHERENT|COMBATIVE, HARD TO WAKE|ROUSE, NOT MAKING SENSE, ACTING STRANGE|WEIRD|ODD|DRUNK, OUT OF IT",
              role: .paired([.diabeticSign]), source: diabeticSource),
    ]
}
