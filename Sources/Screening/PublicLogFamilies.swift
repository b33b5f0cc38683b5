/// Issue 13, seventh session (`blind23.csv` and `blind24.csv` as development data): red flags as public CAD logs
/// and call-takers' protocol notes state them, which the rules still missed.
///
/// - Medical: shortness of breath spelt out, the worst headache of a life (a bleed in the brain until shown
///   otherwise), foaming at the mouth, a limb or a person crushed or pinned by a load.
/// - Violence: "mutual combat", the log's word for a fight both parties joined; a person turning aggressive toward
///   someone named.
/// - Police-only: street racing and speeds no street allows, a car driven on a sidewalk, an endangered or
///   vulnerable person missing (autistic, non-verbal, with dementia, walked away from memory care), an intrusion
///   alarm with more than one sensor tripped.
/// - Unseen: a caller too distressed to give an address.
///
/// These entries come after the urgent scenes in the built-in lexicon. Each names its source.
enum PublicLogFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let medicalSource = "Medical dispatch key questions: breathing problems (MPDS protocol 6), headache with sudden onset (protocol 18), poisoning signs (protocol 23), traumatic injury with entrapment (protocol 22)"
    static let fightSource = "APCO ANS 2.103.2 FIGHT: 'mutual combat' is how CAD logs name a fight both parties joined"
    static let policeSource = "APCO ANS 2.103.2 RECKLESS DRIVER / SPEED CONTEST, MISSING PERSON - AT RISK (endangered, dementia, autism), BURGLARY ALARM with more than one zone (verified-response practice)"
    static let unseenSource = "APCO ANS 2.103.2 UNKNOWN TROUBLE: a caller who cannot give a location"

    static let persons = CautionFamilies.persons
    static let bodyParts = UrgentSceneFamilies.bodyParts

    static let entries: [Entry] = [
        Entry(pattern: "SHORT OF BREATH|BREATHE, SHORTNESS OF BREATH, CANT|CANNOT|COULDNT|UNABLE TO CATCH HIS|HER|THEIR|MY BREATH",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "WORST HEADACHE OF HIS|HER|THEIR|MY LIFE, WORST HEADACHE EVER, THUNDERCLAP HEADACHE",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "FOAMING|FROTHING AT|FROM THE? MOUTH",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "CRUSHED|PINNED BY|UNDER|BETWEEN A|AN|THE|TWO|2? PALLET|PALLETS|LOAD|FORKLIFT|MACHINE|MACHINERY|PRESS|CONTAINER|CONTAINERS|TRUCK|CAR|VEHICLE|TREE|BEAM|WALL|ROCK|ROCKS|SHELF|SHELVING|CRATE|EQUIPMENT|DOOR|GATE, \(bodyParts)|WORKER|MAN|WOMAN|PERSON|EMPLOYEE|CHILD CRUSHED, CRUSHED HIS|HER|THEIR|A \(bodyParts), CRUSH INJURY|INJURIES",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "MUTUAL COMBAT|FIGHT|ALTERCATION",
              role: .concept(V, noun: false), source: fightSource),
        Entry(pattern: "GETTING|BECOMING|GOT|BECAME|IS|WAS AGGRESSIVE|HOSTILE|CONFRONTATIONAL W|WITH|TOWARD|TOWARDS \(persons)|MGR|MANAGER|SECURITY",
              role: .concept(V, noun: false), source: fightSource),
        Entry(pattern: "STREET|DRAG RACING|RACE|RACES, RACING ON|DOWN|IN|THROUGH THE? STREET|ROAD|HWY|HIGHWAY|BLVD|AVE|NEIGHBORHOOD, 80|85|90|95|100|110|120|130|140|150 MPH, DRIVING|DRIVES|DROVE ON|ONTO|ALONG THE|A? SIDEWALK|SIDEWALKS, DRIVING|DRIVES|DROVE UP ON THE|A? SIDEWALK|SIDEWALKS",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "MISSING AUTISTIC|ENDANGERED|VULNERABLE|NONVERBAL|DEMENTIA|ELDERLY|ATRISK, MISSING AT RISK, ENDANGERED MISSING|RUNAWAY, WALKED|WANDERED|WENT AWAY|OFF|OUT FROM|OF THE|HIS|HER|THEIR? MEMORY|NURSING|GROUP|CARE HOME|UNIT|FACILITY|CENTER, WALKED|WANDERED|WENT AWAY|OFF|OUT FROM|OF THE|HIS|HER|THEIR? MEMORY CARE, WALKED|WANDERED|WENT AWAY|OFF|OUT FROM|OF THE|HIS|HER|THEIR? ASSISTED LIVING",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "GLASS BREAK|BREAKAGE ALARM? AND|W|WITH|PLUS|THEN MOTION|DOOR|INTERIOR, GLASSBREAK ALARM? AND|W|WITH|PLUS|THEN MOTION|DOOR|INTERIOR, MOTION AND|W|WITH|PLUS|THEN GLASS BREAK|BREAKAGE, MOTION AND|W|WITH|PLUS|THEN GLASSBREAK, MULTIPLE|MULTI|2|3|4|SEVERAL ZONES",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "CRYING|HYSTERICAL|SCREAMING|SOBBING CANT|CANNOT|COULDNT GIVE|PROVIDE|SAY AN? ADDRESS|ADDRES|ADDR|LOCATION|LOC, CRYING|HYSTERICAL|SCREAMING|SOBBING AND? UNABLE TO GIVE|PROVIDE|SAY AN? ADDRESS|ADDRES|ADDR|LOCATION|LOC",
              role: .unseenScene, source: unseenSource),
    ]
}
