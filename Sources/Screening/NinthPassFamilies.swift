/// Ninth pass for issue 13: families of language found on `blind8.csv` (then development data). Threats of mass or
/// targeted harm said sideways (taking people with him, finishing what he started, everyone will remember his name,
/// knowing which school, crosshairs, a dead animal with a name, "next time it's your kid", bringing a piece, coming
/// back with his boys, ending the whole family, breaking every bone, not leaving alive); weapons by handling
/// (pointing a gun-shaped tool at someone, loading magazines, reaching into a waistband); injury by mechanism and
/// sign (a bike or pedestrian hit by a car, someone not getting up, trapped, a rollover, through the ice, foaming at
/// the mouth, eyes rolled back, shallow breathing, pale and sweaty, a child into pills or cleaner, found hanging and
/// cut down); suicide by preparation (a hose from the exhaust, a hair dryer by the tub, up on a tower, walking into
/// traffic on purpose, giving pets and belongings away beside talk, a bridge beside talk); police-only acts
/// (children alone in a car or a cart, strangers inside a vacant or model home, trying every car door, rattling a
/// door, tampering with an ATM, offering children candy or a ride, peering through blinds, burns with a cigarette,
/// a child's disclosure of touching, nude pictures sent to a minor, hold-up alarms); unseen scenes (only breathing
/// or splashing on the line, won't say what's wrong, home but not answering). Look-alike: a tow that was cancelled.
/// Reading: a swapped or doubled letter is now repaired exactly in words of four letters or more ("KLIL", "NCEK"),
/// never by swapping the first letter ("SCAM" is not "CSAM").
///
/// These entries come first in the built-in lexicon, so they win ties of equal length. Each names its source.
enum NinthPassFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let threatSource = "Issue 13 ninth pass: threats of targeted or mass harm said sideways (duty-to-warn and school-threat assessment practice)"
    static let weaponSource = "Issue 13 ninth pass: weapons by handling (APCO ANS 2.103.2 WEAPON, SHOTS FIRED)"
    static let injurySource = "Medical dispatch key questions: mechanism of injury (traffic, falls through ice, entrapment), consciousness, breathing, ingestion by a child"
    static let suicideSource = "Suicide warning signs and preparatory acts (Columbia C-SSRS; 988 Lifeline)"
    static let policeSource = "Issue 13 ninth pass: police-only acts (APCO ANS 2.103.2 CHILD NEGLECT, BURGLARY, PROWLER, FRAUD, CHILD ABUSE/EXPLOITATION, HOLD-UP ALARM)"
    static let unseenSource = "Issue 13 ninth pass: calls that cannot be heard (APCO ANS 2.103.2 OPEN LINE, 911 HANG-UP)"

    static let persons = CautionFamilies.persons
    static let determiners = FourthPassFamilies.determiners
    static let children = "CHILD|CHILDREN|KID|KIDS|BABY|INFANT|TODDLER|TODDLERS|NEWBORN"
    static let times = EighthPassFamilies.times

    static let lookAlikeSource = "Issue 13 ninth pass: look-alikes (a tow that was cancelled)"

    static let entries: [Entry] = lookAlikes + threats + weapons + injury + suicide + policeOnly + unseen

    /// A tow that was called off is not a tow request.
    static let lookAlikes: [Entry] = [
        Entry(pattern: "TOW IS|WAS|GOT|BEEN CANCELLED|CANCELED, TOW IS|WAS|GOT|BEEN CALLED OFF, CANCELLED|CANCELED|CANCEL THE TOW",
              role: .ignore, source: lookAlikeSource),
    ]

    static let threats: [Entry] = [
        Entry(pattern: "TAKE|TAKING EVERYONE|OTHERS DOWN? WITH HIM|HER|ME, FINISH|FINISHING WHAT HE|SHE|THEY|I STARTED, WILL REMEMBER HIS|MY|HER NAME, KNOWS|KNOW WHAT|WHICH SCHOOL, CROSSHAIRS|CROSSHAIR, DEAD RAT|BIRD|ANIMAL|CAT WITH HER|HIS|THEIR NAME, NEXT TIME ITS YOUR|HER|HIS KID|KIDS|HOUSE|FAMILY, NEXT TIME IT WILL BE YOUR|HER|HIS KID|KIDS|HOUSE|FAMILY, POSTED A COUNTDOWN, COMING|COME BACK WITH HIS|HER|THEIR BOYS|FRIENDS|CREW|GANG|BROTHERS|PEOPLE, WONT LEAVE _? _? ALIVE, WILL NOT LEAVE _? _? ALIVE",
              role: .concept(T, noun: false), source: threatSource),
        Entry(pattern: "BRING|BRINGING|BRINGS A|HIS|HER|THE PIECE|GUN|GLOCK|AR|AK|STRAP|RIFLE TO|IN \(times)|SCHOOL|WORK|THE, END THE|HIS|HER|THEIR WHOLE FAMILY|HOUSEHOLD, BREAK EVERY BONE",
              role: .concept(T, noun: false), source: threatSource),
    ]

    static let weapons: [Entry] = [
        Entry(pattern: "POINTING|AIMING|POINTED|AIMED A|THE|HIS|HER _? GUN|RIFLE|PISTOL AT, LOADING|LOADED MAGS|ROUNDS|AMMO|BULLETS|CLIPS, REACHING INTO|FOR HIS|HER WAISTBAND, KEEPS TOUCHING|GRABBING|REACHING FOR? SOMETHING IN HIS|HER JACKET|POCKET|WAISTBAND|HOODIE|COAT",
              role: .concept(W, noun: false), source: weaponSource),
    ]

    static let injury: [Entry] = [
        Entry(pattern: "BIKE|BICYCLE|PED|PEDESTRIAN|SCOOTER|MOTORCYCLE VS|VERSUS CAR|AUTO|VEHICLE|TRUCK|BUS, NOT GETTING UP, DRIVER|PERSON|SOMEONE|PASSENGER TRAPPED|PINNED, CAR|VEHICLE|TRUCK ROLLED|FLIPPED, FELL THRU|THROUGH THE ICE, FOAMING AT THE MOUTH, EYES ROLLED|ROLLING BACK, BREATHING REAL|VERY|SO? SHALLOW|SHALLOWLY, PALE AND SWEATY|CLAMMY, GOT|GETS|GETTING INTO \(determiners)? _? PILLS|MEDS|MEDICATION|BLEACH|CLEANER|DETERGENT|PODS",
              role: .concept(I, noun: false), source: injurySource),
        Entry(pattern: "FOUND HIM|HER|THEM HANGING, CUT HIM|HER|THEM DOWN",
              role: .concept(IS, noun: false), source: injurySource),
    ]

    static let suicide: [Entry] = [
        Entry(pattern: "HOSE FROM|TO|IN|INTO THE EXHAUST|TAILPIPE, IN THE TUB|BATHTUB|BATH WITH A HAIRDRYER|TOASTER|RADIO, IN THE TUB|BATHTUB|BATH WITH A HAIR DRYER, UP ON THE WATER|CELL|RADIO TOWER, ON THE WATER TOWER, WALKING|STEPPING|RUNNING INTO TRAFFIC ON PURPOSE",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "GAVE|GIVEN|GIVING|GIVES AWAY? HIS|HER|THEIR CAT|DOG|PETS|GUITAR|THINGS|STUFF|BELONGINGS, ON|AT THE BRIDGE|OVERPASS|TRACKS",
              role: .suicideMeans, source: suicideSource),
        Entry(pattern: "SAYS|SAID ITS TIME, SAYS|SAID IT IS TIME",
              role: .ideation, source: suicideSource),
    ]

    static let policeOnly: [Entry] = [
        Entry(pattern: "\(children) _? ALONE IN A|THE CAR|VEHICLE|TRUCK|VAN, INFANT|BABY|CHILD|TODDLER LEFT IN|AT|OUTSIDE THE|A CART|CAR|STROLLER, INSIDE|IN THE VACANT|EMPTY|MODEL|CLOSED|BOARDED HOUSE|HOME|BUILDING|UNIT|STORE, TRYING EVERY CAR|CARS DOOR|DOORS, RATTLING|JIGGLING THE|HER|MY|HIS BACK|FRONT|SIDE|GARAGE? DOOR|DOORKNOB|HANDLE|WINDOW, TAMPERING WITH THE|AN|A ATM|METER|LOCK|MAILBOX|CAR, OFFERING|OFFERED KIDS|CHILDREN|GIRLS|BOYS CANDY|MONEY|RIDES, OFFERING|OFFERED KIDS|CHILDREN|GIRLS|BOYS A RIDE, PEERING|PEEKING|PEEPING THROUGH THE|HER|HIS BLINDS|CURTAINS, BURNS|BURNED|BURNING HIM|HER WITH CIGARETTES, BURNS|BURNED|BURNING HIM|HER WITH A|AN CIGARETTE|LIGHTER|IRON, TOUCHES|TOUCHED HER|HIM INAPPROPRIATELY, NUDE|NAKED PICS|PICTURES|PHOTOS|IMAGES, PANIC|HOLDUP ALARM",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "SAYS|SAID HER|HIS _ TOUCHES|TOUCHED HER|HIM",
              role: .concept(P, noun: false), source: policeSource),
    ]

    static let unseen: [Entry] = [
        Entry(pattern: "ONLY|JUST BREATHING|SPLASHING|SCREAMING|CRYING|STATIC ON THE LINE, ONLY BREATHING|SPLASHING, WONT|CANT|CANNOT SAY WHATS|WHAT WRONG, WONT|CANT|CANNOT SAY WHAT IS WRONG, HOME BUT NOT ANSWERING|RESPONDING, SCREAMING FROM THE HOUSE|APARTMENT|APT|UNIT, THUDS FROM THE APARTMENT|APT|UNIT|HOUSE",
              role: .unseenScene, source: unseenSource),
    ]
}
