/// The CAD shorthand that call-type names use, each abbreviation with its expansion and where it is attested,
/// and the words that only qualify a call type (priority, in-progress, report-by-phone) rather than name it.
///
/// Expansions are general (no city's codes are listed as such); agency-specific numbers (10-codes, penal-code
/// numbers) differ between states and are not expanded here.
public struct CADLexicon: Sendable {
    /// One abbreviation.
    public struct Entry: Sendable, Hashable {
        /// The abbreviation as a word of a call-type name (upper case), e.g. `SUBJ`.
        public var abbreviation: String
        /// Its expansion (one or more words), e.g. `SUBJECT`.
        public var expansion: String
        /// Where it is attested.
        public var source: String
    }

    /// The abbreviations by word.
    public var entries: [String: Entry]

    static let notes = "CAD shorthand, ../shared/reference/cross-city-taxonomy-notes.md"
    static let seen = "common in US CAD call-type names (seen in the exports under ../shared/data)"

    /// The standard lexicon.
    public static let standard: CADLexicon = {
        var entries: [String: Entry] = [:]
        func add(_ source: String, _ pairs: [(String, String)]) {
            for (a, e) in pairs { entries[a] = Entry(abbreviation: a, expansion: e, source: source) }
        }
        add(notes, [
            ("W/", "WITH"), ("W", "WITH"), ("SUBJ", "SUBJECT"), ("SUSP", "SUSPICIOUS"), ("VEH", "VEHICLE"), ("DIST", "DISTURBANCE"),
            ("TRBL", "TROUBLE"), ("INTOX", "INTOXICATED"), ("ETOH", "ALCOHOL"), ("OD", "OVERDOSE"), ("DV", "DOMESTIC VIOLENCE"),
            ("DLOC", "ALTERED LEVEL OF CONSCIOUSNESS"), ("UNCON", "UNCONSCIOUS"), ("GOA", "GONE ON ARRIVAL"), ("UTL", "UNABLE TO LOCATE"),
            ("RP", "REPORTING PARTY"), ("LKA", "LAST KNOWN ADDRESS"), ("IFO", "IN FRONT OF"),
        ])
        add(seen, [
            ("PERS", "PERSON"), ("PERSN", "PERSON"), ("JUV", "JUVENILE"), ("JUVS", "JUVENILE"), ("ACC", "ACCIDENT"),
            ("MVC", "ACCIDENT"), ("MVA", "ACCIDENT"), ("COLLISION", "ACCIDENT"), ("CRASH", "ACCIDENT"), ("PDO", "PROPERTY DAMAGE ONLY"),
            ("PI", "PERSONAL INJURY"), ("INJ", "INJURY"), ("INJURIES", "INJURY"), ("INJURED", "INJURY"), ("INJRY", "INJURY"),
            ("PROP", "PROPERTY"), ("PRO", "PROPERTY"), ("DEST", "DESTRUCTION"), ("DESTRUCT", "DESTRUCTION"), ("ASLT", "ASSAULT"),
            ("AGGRAV", "AGGRAVATED"), ("AGG", "AGGRAVATED"), ("BURG", "BURGLARY"), ("LARC", "LARCENY"), ("GLA", "GRAND LARCENY VEHICLE"),
            ("AUTO", "VEHICLE"), ("AUTOS", "VEHICLE"), ("CAR", "VEHICLE"), ("VEHICLES", "VEHICLE"), ("MOTORIST", "VEHICLE"), ("PRKG", "PARKING"),
            ("F/AUTO", "FROM VEHICLE"), ("DIP", "DRUNK INTOXICATED PERSON"), ("DWI", "DRIVING WHILE INTOXICATED"), ("DUI", "DRIVING UNDER INFLUENCE"),
            ("IND", "INDECENT"), ("ABAND", "ABANDONED"), ("ADDL", "ADDITIONAL"), ("INFO", "INFORMATION"), ("GOVT", "GOVERNMENT"),
            ("GOVN", "GOVERNMENT"), ("RESD", "RESIDENTIAL"), ("RESI", "RESIDENTIAL"), ("RES", "RESIDENTIAL"), ("RESIDENCE", "RESIDENTIAL"),
            ("COMM", "COMMERCIAL"), ("CHK", "CHECK"), ("CK", "CHECK"), ("CHCK", "CHECK"), ("WARR", "WARRANT"), ("VIOL", "VIOLATION"),
            ("VIOLATIO", "VIOLATION"), ("REST", "RESTRAINING"), ("ORD", "ORDER"), ("EXPART", "EX PARTE"), ("PROT", "PROTECTIVE"), ("PEAC", "PEACE"),
            ("NARC", "NARCOTICS"), ("NARCOTICSOUTSIDE", "NARCOTICS OUTSIDE"), ("TRNSPORT", "TRANSPORT"), ("TRANS", "TRANSPORT"),
            ("ADMIN", "ADMINISTRATIVE"), ("ONVIEW", "ON VIEW"), ("SVCS", "SERVICES"), ("UNK", "UNKNOWN"), ("UNKN", "UNKNOWN"), ("PKG", "PACKAGE"),
            ("EMS", "EMERGENCY MEDICAL SERVICES"), ("ALS", "ADVANCED LIFE SUPPORT"), ("BLS", "BASIC LIFE SUPPORT"), ("CO", "CARBON MONOXIDE"),
            ("HAZ", "HAZARDOUS"), ("HAZMAT", "HAZARDOUS MATERIALS"), ("MAT", "MATERIALS"), ("SCHL", "SCHOOL"), ("MTNG", "MEETING"),
            ("MAINT", "MAINTENANCE"), ("PD", "POLICE"), ("FD", "FIRE DEPARTMENT"), ("DEPT", "DEPARTMENT"), ("ASST", "ASSIST"),
            ("CIT", "CITIZEN"), ("COMPL", "COMPLAINT"), ("CMPT", "COMPLAINT"), ("COMPLNT", "COMPLAINT"), ("CMPLT", "COMPLAINT"),
            ("STRND", "STRANDED"), ("INV", "INVESTIGATE"), ("INVEST", "INVESTIGATE"), ("TEN", "TENANT"), ("TRB", "TROUBLE"),
            ("PROB", "PROBATION"), ("PAROL", "PAROLE"), ("RQ", "REQUEST"), ("BOLO", "BE ON THE LOOKOUT"), ("FI", "FIELD INTERVIEW"),
            ("NONBREATHING", "NOT BREATHING"), ("RECK", "RECKLESS"), ("WEAP", "WEAPON"), ("WEAPO", "WEAPON"), ("WEAPONS", "WEAPON"),
            ("RPT", "REPORT"), ("CRIT", "CRITICAL"), ("STARM", "STRONG ARM"), ("APT", "APARTMENT"), ("BLDG", "BUILDING"),
            ("PED", "PEDESTRIAN"), ("AMB", "AMBULANCE"), ("DISTURB", "DISTURBANCE"), ("DISTURBAN", "DISTURBANCE"), ("DISTRB", "DISTURBANCE"),
            ("DISORD", "DISORDERLY"), ("WELLBEING", "WELL BEING"), ("WELLNES", "WELLNESS"), ("CHCK", "CHECK"), ("SHOTSPOT", "SHOTSPOTTER"),
            ("OFCR", "OFFICER"), ("PRSN", "PERSON"), ("HANGUP", "HANG UP"), ("OB", "OBSTETRIC"), ("ROLLOVER", "ROLL OVER"),
            ("FOUNDPROP", "FOUND PROPERTY"), ("SEXUAL", "SEXUAL"), ("LOC", "LOCATE"), ("ATT", "ATTEMPT"), ("DISCHRG", "DISCHARGE"),
            ("FIREARMS", "FIREARM"), ("GUNS", "GUN"), ("KNIVES", "KNIFE"), ("MCMH", "MCMH"), ("MFD", "FIRE DEPARTMENT"),
            ("SFD", "FIRE DEPARTMENT"), ("AFD", "FIRE DEPARTMENT"), ("SPD", "POLICE"), ("MPD", "POLICE"), ("LEO", "OFFICER"),
            ("DRUNK/INTOX", "DRUNK INTOXICATED"), ("SUSPICIOUS-OTH", "SUSPICIOUS OTHER"), ("OTH", "OTHER"), ("STOLN", "STOLEN"),
            ("ACCIDNT", "ACCIDENT"), ("DAMAGES", "DAMAGE"), ("DAMG", "DAMAGE"), ("DAM", "DAMAGE"), ("CIVL", "CIVIL"), ("PRK", "PARKING"),
            ("CUST", "CUSTODY"), ("TRESP", "TRESPASS"), ("HARASS", "HARASSMENT"), ("HARR", "HARASSMENT"), ("THRT", "THREAT"),
            ("SUICID", "SUICIDE"), ("MENTL", "MENTAL"), ("PSYCH", "PSYCHIATRIC"), ("EDP", "EMOTIONALLY DISTURBED PERSON"),
            ("SICKCASE", "SICK CASE"), ("WELF", "WELFARE"), ("NUIS", "NUISANCE"), ("NBR", "NEIGHBOR"), ("NEIGHBOUR", "NEIGHBOR"),
            ("TOWED", "TOW"), ("REPO", "REPOSSESSION"), ("ANML", "ANIMAL"), ("ANIM", "ANIMAL"), ("DOA", "DEAD ON ARRIVAL"),
            ("MISS", "MISSING"), ("DIS", "DISABLED"), ("AST", "ASSIST"), ("RUNAWY", "RUNAWAY"), ("INFORMATION/ADMIN", "INFORMATION ADMINISTRATIVE"),
        ])
        return CADLexicon(entries: entries)
    }()

    /// Words that qualify a call type without naming it: priority and response variants, in-progress markers,
    /// report channels and filler. They do not count against a match.
    public static let qualifiers: Set<String> = [
        "IN", "PROG", "PROGRESS", "IP", "JO", "JUST", "OCCURRED", "DELAY", "DELAYED", "PROMPT", "IMMEDIATE", "URGENT", "NONURGENT",
        "NON", "CRITICAL", "PRIORITY", "CODE", "C1", "C2", "C3", "P1", "P2", "P3", "P4", "P5", "1", "2", "3", "4", "5", "SUPV", "ONLY",
        "TRU", "OBS", "OF", "THE", "OR", "AND", "A", "AN", "AT", "TO", "FROM", "ON", "FOR", "BY", "WITH", "INCL", "INCLS", "INCLUDING",
        "INCLUDES", "EXCEPT", "DOES", "NOT", "NO", "GENERAL", "LOW", "HIGH", "MEDIUM", "CALL", "REQUEST", "REPORT", "COMPLAINT", "ETC",
        "RELATED", "PHONE", "TELEPHONE", "CHECK", "SUBJECT", "PERSON", "STATUS", "IN-PROGRESS", "UNIT", "UNITS", "MULTI", "ONE", "OFFICER",
        "OFFICERS", "NEEDED", "CITY", "LOCAL", "OTHER", "MISC", "MISCELLANEOUS", "MUTUAL",
    ]

    /// Words that mark an in-progress variant.
    public static let inProgressWords: Set<String> = ["IP", "PROG", "PROGRESS", "IN-PROGRESS"]

    /// Words that name a weapon (a call type naming one is never eligible); `WEAP...` words too.
    public static let weaponWords: Set<String> = [
        "GUN", "HANDGUN", "FIREARM", "ARMED", "KNIFE", "WEAPON", "SHOTS", "SHOOTING", "GUNSHOT", "STABBING", "STABBED", "CUTTING", "RIFLE",
    ]

    /// Words that mark violence (a DV type naming one is the violent member of the pair).
    public static let violenceWords: Set<String> = [
        "ASSAULT", "BATTERY", "INJURY", "FIGHT", "FIGHTING", "VIOLENT", "COMBATIVE", "STRANGULATION", "HIT", "BEATING",
    ]

    /// Words that name the agency asked for rather than what happened (`POLICE`, `PD`, `SHERIFF`). A name made of
    /// them, qualifiers and at most two-letter codes (`RA POLICE`, `POLICE`, `PD CALL`) says who was sent, not why.
    public static let agencyWords: Set<String> = [
        "POLICE", "SHERIFF", "SHERIFFS", "DEPUTY", "DEPUTIES", "LAW", "ENFORCEMENT", "COP", "COPS", "OFFICER", "OFFICERS", "TROOPER",
        "AGENCY", "DEPARTMENT", "NEEDED", "SEND", "NEED", "REQUEST", "REQUESTED", "CALL", "RESPONSE",
    ]

    /// Names that carry no meaning of their own: never matched.
    public static let meaningless: Set<String> = ["OTHER", "SEE TEXT", "MISC", "MISCELLANEOUS", "UNDEFINED", "NONE", "N/A", "NULL", "TEXT"]
}
