/// When a theft, damage or fraud happened, as far as the narrative says (issue 13, item 4).
///
/// A crime in progress or just occurred, or one whose suspect may still be near, needs police; a report of a
/// past theft with no suspect present is a call a community responder can take. The narrative's words decide:
/// any current marker ("in progress", "right now", "still", "just took", "5 min ago", a direction of travel,
/// "last seen") makes it current; otherwise a past marker ("yesterday", "sometime overnight", "3 days ago",
/// "for insurance", "case number", "no suspect info") makes it a past report; with neither it stays police-only
/// (caution by default).
enum CrimeTiming: Sendable, Equatable {
    /// In progress, just occurred, or the suspect may be present.
    case current
    /// A past crime reported after the fact.
    case past
    /// The narrative does not say.
    case unstated

    /// Verbs that, after JUST, describe a crime that just occurred.
    static let justVerbs: Set<String> = ["STOLE", "TOOK", "BROKE", "OCCURRED", "HAPPENED", "LEFT", "RAN", "FLED",
                                         "GRABBED", "SMASHED", "TRIED", "WALKED", "DROVE", "SNATCHED", "TAGGED",
                                         "KEYED", "SPRAYED", "CUT", "ROBBED", "LOOTED", "TOOKE", "TAKEN", "STOLEN"]
    /// Progressive verbs that describe a property crime being committed.
    static let progressiveCrimeVerbs: Set<String> = ["STEALING", "TAKING", "LOADING", "BREAKING", "SMASHING", "CUTTING",
                                                     "TAGGING", "KEYING", "SIPHONING", "SHOPLIFTING", "CONCEALING",
                                                     "RIPPING", "CLIMBING", "CRAWLING", "PRYING", "LOOTING", "SPRAYING",
                                                     "GOING", "RUNNING", "FLEEING", "WALKING", "DRIVING", "RIDING", "HIDING"]
    /// Who may be following a suspect ("COMPL FOLLOWING IN CAR", "RP IS FOLLOWING").
    static let followers: Set<String> = ["CALLER", "RP", "COMPL", "COMP", "CA", "CO", "COMPLAINANT", "IS", "ARE", "NOW",
                                         "STILL", "SECURITY", "GUARD", "OWNER", "MANAGER", "MGR", "EMPLOYEE", "STAFF"]
    /// Who a crime verb may follow ("SUBJ STEALING", "2 MALES BREAKING").
    static let subjects: Set<String> = ["SUBJ", "SUBJS", "SUSP", "SUSPS", "SUSPECT", "SUSPECTS", "MALE", "MALES", "FEMALE",
                                        "FEMALES", "SOMEONE", "SOMEBODY", "GUY", "GUYS", "MAN", "MEN", "WOMAN", "PERSON",
                                        "PEOPLE", "KIDS", "TEENS", "JUVS", "JUVENILES", "SHOPLIFTER", "THIEF", "THIEVES"]
    static let directions: Set<String> = ["NB", "SB", "EB", "WB", "NORTHBOUND", "SOUTHBOUND", "EASTBOUND", "WESTBOUND"]
    static let timeUnitsShort: Set<String> = ["MIN", "MINS", "MINUTE", "MINUTES", "SEC", "SECS", "SECONDS"]
    static let timeUnitsLong: Set<String> = ["HOUR", "HOURS", "HR", "HRS", "DAY", "DAYS", "WEEK", "WEEKS", "WKS", "MONTH",
                                             "MONTHS", "YEAR", "YEARS", "YRS"]
    static let lastWhat: Set<String> = ["NIGHT", "WEEK", "WEEKEND", "MONTH", "YEAR", "MONDAY", "TUESDAY", "WEDNESDAY",
                                        "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "SUMMER", "WINTER", "SPRING", "FALL",
                                        "TIME", "EVENING"]
    static let pastWords: Set<String> = ["YESTERDAY", "OVERNIGHT", "SOMETIME", "EARLIER", "INSURANCE", "DOCUMENTED",
                                         "DOCUMENTATION", "NOTICED", "DISCOVERED", "RETURNED", "PREVIOUSLY", "REPORT"]

    /// Where a narrative says no one is: "no one around now", "nobody there", "nobody home".
    static let absentPlaces: Set<String> = ["AROUND", "THERE", "HOME", "PRESENT", "INSIDE", "HERE", "IN"]
    /// Who is absent: "NO ONE", "NOBODY", "NOONE", "NO SUSPECTS".
    static let absentPeople: Set<String> = ["NOBODY", "NOONE", "ONE", "SUSPECTS", "SUSPECT", "SUSP"]

    /// Seasons and holidays a past crime is dated by ("over winter", "last seen in the fall").
    static let seasons: Set<String> = ["WINTER", "SUMMER", "SPRING", "FALL", "AUTUMN", "CHRISTMAS", "XMAS", "HOLIDAYS",
                                       "HOLIDAY", "BREAK", "VACATION"]

    /// Whether the words after "LAST SEEN" date it in the past: "yesterday", "last week", "in the fall", "on
    /// Sunday", "3 days ago", "this morning", "weeks ago".
    static func datesThePast(_ a: String, _ b: String, _ c: String) -> Bool {
        if ["YESTERDAY", "MONTHS", "WEEKS", "YEARS", "DAYS"].contains(a) { return true }
        if a == "LAST" && lastWhat.contains(b) { return true }
        if a == "THIS" && ["MORNING", "WEEK", "MONTH", "YEAR"].contains(b) { return true }
        if ["IN", "DURING", "OVER"].contains(a) && (seasons.contains(b) || (b == "THE" && seasons.contains(c))) { return true }
        if a == "ON" && lastWhat.contains(b) && !["NIGHT", "TIME", "EVENING"].contains(b) { return true }
        if Int(a) != nil && timeUnitsLong.contains(b) { return true }
        return false
    }

    /// Reads the timing from the narrative's normalised words.
    /// - Complexity: O(n) in the number of words.
    static func assess(_ words: [String]) -> CrimeTiming {
        var sawPast = false
        func word(_ i: Int) -> String { i >= 0 && i < words.count ? words[i] : "" }
        /// Whether "NO ONE|NOBODY (IS|WAS)? AROUND|THERE|..." ends just before index `i` ("no one around now").
        func nobodyPresent(before i: Int) -> Bool {
            var j = i - 1
            guard absentPlaces.contains(word(j)) else { return false }
            j -= 1
            if ["IS", "WAS", "STILL", "ELSE"].contains(word(j)) { j -= 1 }
            let who = word(j)
            return who == "NOBODY" || who == "NOONE" || (absentPeople.contains(who) && word(j - 1) == "NO")
        }
        for i in words.indices {
            let w = words[i], next = word(i + 1)
            switch w {
            case "INPROG", "CURRENTLY", "JO", "LSW", "FLED", "WATCHING", "FLEEING": return .current
            case "IN" where next == "PROGRESS" || (next == "THE" && word(i + 2) == "AREA" ): return .current
            case "RIGHT" where next == "NOW": return .current
            case "NOW" where !["AT", "HOME", "GONE", "SAFE", "OK", "OKAY", "CALM", "BACK", "WANTS"].contains(next)
                && !["IS", "NOTHING"].contains(word(i - 1)) && !nobodyPresent(before: i): return .current
            case "STILL" where !["HAS", "HAVE", "NOT", "HASNT", "WAITING", "MISSING", "GONE"].contains(next): return .current
            case "JUST" where justVerbs.contains(next): return .current
            // "no suspects on scene", "nobody on scene": who is on scene is no one (eighth session).
            case "ON" where (next == "SCENE" || next == "CAMERA") && !["NOT", "NO", "LONGER", "NEVER", "NOBODY", "NOONE"].contains(word(i - 1))
                && word(i - 2) != "NO": return .current
            // "last seen heading north" is a suspect just gone; "last seen in the fall", "last seen yesterday" dates an
            // item or a person long gone (eighth session).
            case "LAST" where next == "SEEN":
                if !Self.datesThePast(word(i + 2), word(i + 3), word(i + 4)) { return .current }
                sawPast = true
            case "CAN" where next == "SEE": return .current
            default: break
            }
            if ["IS", "ARE", "WAS", "WERE"].contains(w), progressiveCrimeVerbs.contains(next), next != "GOING" { return .current }
            // "SUBJ STEALING PACKAGES FROM PORCHES": a crime verb in -ING right after who does it is happening now,
            // whatever earlier matter the narrative also mentions (eleventh pass).
            if subjects.contains(w), progressiveCrimeVerbs.contains(next),
               !["GOING", "WALKING", "RUNNING", "DRIVING", "RIDING"].contains(next) { return .current }
            // "compl following in car": the caller is following the suspect now.
            if ["FOLLOWING", "TAILING"].contains(w), followers.contains(word(i - 1)) { return .current }
            if directions.contains(w) { return .current }
            if let number = Int(w), timeUnitsShort.contains(next), word(i + 2) == "AGO", number <= 60 { return .current }
            // "called to report" introduces the call, not a report after the fact (fifth pass).
            if pastWords.contains(w) && !(w == "REPORT" && word(i - 1) == "TO") { sawPast = true }
            if timeUnitsLong.contains(w) && next == "AGO" { sawPast = true }
            if w == "LAST" && lastWhat.contains(next) { sawPast = true }
            if w == "THIS" && ["MORNING", "WEEK", "MONTH"].contains(next) { sawPast = true }
            if w == "OVER" && next == "THE" && ["WEEKEND", "WKND", "HOLIDAY", "HOLIDAYS", "BREAK"].contains(word(i + 2)) { sawPast = true }
            // "over winter", "over the summer", "over christmas" (eighth session).
            if w == "OVER" && (Self.seasons.contains(next) || (next == "THE" && Self.seasons.contains(word(i + 2)))) { sawPast = true }
            // "wants a crime number", "reference number for insurance": paperwork for what is over (eighth session).
            if ["CRIME", "REFERENCE", "REF", "INCIDENT", "REPORT", "POLICE"].contains(w) && ["NUMBER", "NO", "#", "REPORT"].contains(next)
                && !(w == "POLICE" && word(i - 1) == "NO") { sawPast = true }
            // "unk when", "no witnesses", "during her shift", "back from vacation", "when he moved out": told after
            // the fact (eleventh pass).
            if ["UNK", "UNKNOWN"].contains(w) && next == "WHEN" { sawPast = true }
            if w == "NO" && ["WITNESSES", "WITNESS"].contains(next) { sawPast = true }
            if w == "DURING" && ["SHIFT", "THE", "HIS", "HER", "WORK", "VACATION", "CHURCH", "SCHOOL"].contains(next) { sawPast = true }
            if w == "BACK" && next == "FROM" { sawPast = true }
            if w == "MOVED" && next == "OUT" { sawPast = true }
            if w == "CASE" && (next == "NUMBER" || next == "NO" || next == "#") { sawPast = true }
            if w == "ON" && next == "RECORD" { sawPast = true }
            // "long gone", "not on scene": the suspect has left (fourth pass).
            if w == "LONG" && next == "GONE" { sawPast = true }
            if ["NOT", "NO", "LONGER"].contains(w) && next == "ON" && word(i + 2) == "SCENE" { sawPast = true }
            if ["NO", "UNK", "UNKNOWN"].contains(w) && ["SUSP", "SUSPECT", "SUSPECTS"].contains(next) { sawPast = true }
            if w == "WHILE" && ["AT", "AWAY", "ON", "ASLEEP", "GONE", "OUT"].contains(word(i + 3)) { sawPast = true }
            if w == "PAST" && (["FEW", "COUPLE", "SEVERAL"].contains(next) || timeUnitsLong.contains(next)) { sawPast = true }
            // "no one around now", "nobody there": the suspect is not present (twelfth pass).
            if absentPlaces.contains(w) && nobodyPresent(before: i + 1) { sawPast = true }
        }
        return sawPast ? .past : .unstated
    }
}
