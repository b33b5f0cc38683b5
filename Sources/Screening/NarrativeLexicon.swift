/// The screener's vocabulary: red-flag concepts, cues that change their status, and look-alikes to ignore.
///
/// Patterns are written as space-separated elements; each element lists alternatives separated by `|`.
/// An alternative ending in `*` matches any word with that prefix; an element ending in `?` is optional;
/// `#` matches a number (or A, AN, FEW, SEVERAL, COUPLE); `%` matches a calendar year (1950-2039). Words are matched after ``normalize(_:)``.
enum NarrativeLexicon: LexiconTable {
    /// What a matched phrase means.
    enum Role: Sendable, Hashable {
        /// A red-flag concept; `noun` marks list-like nouns ("weapons", "injuries") that negation can reach
        /// across a comma or slash ("NO WPNS/INJ").
        case concept(Set<FlagKind>, noun: Bool)
        /// "threatened", "threats": a threat of violence unless its complement is harmless.
        case threat
        /// Words of intent ("wants to", "going to", "said he would") that turn a following act into a threat.
        case intent
        /// A harmless threat complement: "to call police", "to evict", "to leave".
        case harmlessComplement
        /// Suicidal talk: not a red flag alone.
        case ideation
        /// A harmful act ("burn", "hurt") that is a threat only after words of intent ("said he would burn ...").
        case harmVerb
        /// A plan or means of suicide: a red flag only with suicidal talk in the same narrative.
        case suicideMeans
        /// Self-harm: an attempt, unless introduced by "to" (intent).
        case selfHarm
        /// A suicide attempt.
        case attempt
        /// Negation cue before its target; `only` limits the kinds it can negate.
        case negation(only: Set<FlagKind>?)
        /// "doesn't think he has a weapon": negates the clause that follows, across its subject.
        case negatedBelief
        /// Negation cue that also works after its target ("WEAPONS: NEG", "weapons denied").
        case negationEitherSide
        /// Negation cue that only works after its target ("weapons not seen").
        case negationAfter
        /// Uncertainty cue before its target, reaching `window` words ("unknown if", "not sure if").
        case uncertainty(window: Int)
        /// Uncertainty cue on either side ("UNK WEAPONS", "WEAPONS UNK").
        case uncertaintyEitherSide
        /// The scene is not visible or the situation is unknown ("open line", "heard screaming").
        case unseenScene
        /// A hedge ("poss", "maybe"): the target stays a red flag, marked possible.
        case hedge
        /// History cue before or after its target ("history of", "prior", "2 years ago", "last year").
        case history
        /// A condition ("if", "in case"): hypothetical for violence, injury, suicide and police-only actions.
        case conditional
        /// Fear or worry ("afraid", "worried"): weapons, violence and threats stay possible red flags.
        case fear
        /// Ends any cue's reach ("but", "however", "now").
        case breaker
        /// A new subject ("he", "subj", "caller states"): ends negation, history and hedges, but not
        /// "unknown if", "if", "afraid" or intent cues, which expect a clause ("unknown if he has a gun").
        case subject
        /// A look-alike to ignore ("water gun", "shooting off fireworks", "car battery").
        case ignore
        /// A theft, damage or fraud word: police-only when the crime is in progress, just occurred or its
        /// suspect may be present; a past report a responder can take when the narrative places it in the past
        /// (``CrimeTiming``).
        case propertyCrime
        /// A description or direction of travel ("LSW", "last seen heading to"): police-only beside another red
        /// flag, and not a red flag on its own (a person who walked away from a mental-health call).
        case trail
        /// A hypothetical question ("what to do if", "what happens if"): what follows is not a red flag.
        case question
        /// "nothing like that now", "nothing so far": a worry or possibility earlier in the clause has not happened.
        case notSoFar
        /// "roommate says he left it open", "it was fireworks": the clause's unseen scene has been explained.
        case explained
        /// "it was fireworks", "a car backfiring": shots or bangs anywhere in the narrative have been explained.
        case soundExplained
        /// "horror movie", "yelling at a video game", "it was peacocks": screams anywhere in the narrative have been
        /// explained (tenth session). A bang's explanation does not explain a scream, nor the reverse.
        case screamExplained
        /// "play wrestling", "horseplay", "sparring", "rugby training": a fight named anywhere in the narrative was play or
        /// practice (tenth session). Acts ("punched him") are not explained.
        case fightExplained
        /// A cue that places only what comes before it elsewhere or in the past ("assaulted in another state",
        /// "a shooting he saw on the news").
        case historyAfter
        /// Explicit resolution language ("all ok", "unfounded", "clarified", "practice", "fake", "it was a ..."):
        /// after a separator it resolves the alarm reported just before it (``NarrativeAnalysis`` resolution
        /// reader, tenth pass); ``Resolution`` says how.
        case resolution(Resolution)
        /// A first report named as such ("RP FIRST SAID", "1ST CALLER REPORTED", "INITIAL CALL WAS"): a word of
        /// resolution later in its clause answers the alarm it introduces, with no separator between them
        /// ("RP FIRST SAID HE WAS THREATENED, CLARIFIES HE WAS ONLY TOLD TO LEAVE"; twelfth pass).
        case firstReport
        /// A past time that makes an alarm history only beside a now-settled state ("sprained ankle yesterday,
        /// walked out herself"; "fought tuesday, both suspended"): yesterday and last night alone are recent.
        case recentPast
        /// A present, settled state after a recent past ("sober today", "doing fine now", "principal handled it").
        case settledNow
        /// Ordinary work with a tool or a tool's holder at work ("landscaper", "clearing brush", "carving a
        /// pumpkin"): a cutting or striking tool in the same clause is not a weapon when nothing in the clause turns
        /// it on a person (``NarrativeAnalysis`` tool-at-work reading, eleventh pass). Never a gun.
        case ordinaryUse
        /// One half of a red flag told in two places of a log ("74 yo missing :: confused :: no phone", "diabetic --
        /// shaking & sweaty"): a red flag of the halves' kind only when the narrative also tells a partner half
        /// (``PairedHalf``; eleventh session). A word may be a half of more than one pair ("confused").
        case paired(Set<PairedHalf>)
    }

    /// Halves of red flags told in two places of a log; each pair has one kind.
    enum PairedHalf: Sendable, Hashable, CaseIterable {
        /// A person missing, run away or not come home.
        case missingPerson
        /// What puts a missing person at risk: old or young age, dementia, confusion, a medicine they need.
        case atRisk
        /// A person named diabetic.
        case diabetic
        /// Signs of a diabetic emergency: shaking, sweating, confusion, drowsiness.
        case diabeticSign

        /// The red flag the pair raises.
        var kind: FlagKind {
            switch self {
            case .missingPerson, .atRisk: .policeOnly
            case .diabetic, .diabeticSign: .injury
            }
        }

        /// A state of the person (a condition, not an event): told as history ("hx of dementia"), it still stands.
        var isCondition: Bool { self == .atRisk || self == .diabetic }

        /// The half that completes this one.
        var partner: PairedHalf {
            switch self {
            case .missingPerson: .atRisk
            case .atRisk: .missingPerson
            case .diabetic: .diabeticSign
            case .diabeticSign: .diabetic
            }
        }

        /// What a half alone is, said when no partner completes it.
        var alone: String {
            switch self {
            case .missingPerson: "a missing person with nothing said that puts them at risk"
            case .atRisk: "a person at risk with no one said to be missing"
            case .diabetic: "a diabetic with no sign of an emergency"
            case .diabeticSign: "shaking, sweating or confusion with no diabetic or other emergency named"
            }
        }
    }

    /// How a word of resolution may resolve the alarm before it (tenth pass).
    struct Resolution: Sendable, Hashable {
        /// Strong words resolve wherever they stand in the answer; weak ones (CONFIRMS, FINE) only when they close
        /// an explanation given before them ("raccoon in the trash, confirmed"), never when they open the answer
        /// ("CONFIRMED, SUBJ IN LOBBY").
        var isStrong = true
        /// The kinds of red flag it can resolve (nil: any): "declines EMS" resolves an injury, not a weapon.
        var kinds: Set<FlagKind>?
        /// Only alarms whose trigger starts with one of these words or prefixes: "yelling only" resolves a conflict
        /// named by a noun ("fighting over the wifi"), never an act ("punched her"); "sober" resolves a report of
        /// drinking or swerving, not a break-in (nil: any trigger). A prefix of several words ("NOT BREATH") is read
        /// against the trigger's words in order.
        var triggerPrefixes: [String]?
        /// It may also stand right after its alarm in the same item ("earlier report of a gun unfounded").
        var followsAlarm = false
    }

    /// One lexicon phrase with what it means and where the meaning comes from.
    struct Entry: Sendable {
        var pattern: String
        var role: Role
        /// The standard, code list or guide the phrase comes from.
        var source: String = NarrativeLexicon.labellingGuide
    }

    /// The source of the entries written for issue 5 from the project's labelling guide (docs/screening.md).
    static let labellingGuide = "Reroute labelling guide (docs/screening.md), LEAP Milwaukee report, Call Screening"

    /// The built-in lexicon: the issue-13 fifth-, fourth- and third-pass families (``FifthPassFamilies``,
    /// ``FourthPassFamilies``, ``CautionFamilies``), the entries written from the
    /// labelling guide, then the dispatch-language entries. Earlier entries win ties, so an agency lexicon placed
    /// before these overrides them.
    static let entries: [Entry] = SettledSceneFamilies.entries + UrgentSceneFamilies.entries + PublicLogFamilies.entries + EventLogFamilies.entries + SpokenCallFamilies.entries + ActAndMeansFamilies.entries + EverydayUseFamilies.entries + DangerSituationFamilies.entries + TenthPassFamilies.entries + NinthPassFamilies.entries + EighthPassFamilies.entries + SeventhPassFamilies.entries + SixthPassFamilies.entries + FifthPassFamilies.entries + FourthPassFamilies.entries + CautionFamilies.entries + coreEntries + DispatchLexicon.entries + CountyCallFamilies.entries + TwoPlaceFamilies.entries


    static let coreEntries: [Entry] = [
        Entry(pattern: "BEAR SPRAY, MACE, BRASS KNUCKLES, NUNCHUCKS, KNOWN TO CARRY|HAVE A|AN? GUN|GUNS|WEAPON|WEAPONS|KNIFE|KNIVES|FIREARM", role: .concept(W, noun: true)),
        Entry(pattern: "GUN|GUNS|FIREARM|FIREARMS|PISTOL|PISTOLS|RIFLE|RIFLES|SHOTGUN|SHOTGUNS|HANDGUN|HANDGUNS|REVOLVER|REVOLVERS|GLOCK|GLOCKS|AK|AK47|AK-47|AR-15|AR15|9MM|CALIBER|AMMO|AMMUNITION|HOLSTER|CCW|DRACO|TASER|TAZER", role: .concept(W, noun: true)),
        Entry(pattern: "WEAPON|WEAPONS|KNIFE|KNIVES|MACHETE|MACHETES|SWORD|SWORDS|KATANA|BOXCUTTER|SWITCHBLADE|SHANK|CROWBAR|HATCHET|AXE|ICEPICK|BLADE", role: .concept(W, noun: true)),
        Entry(pattern: "BB|PELLET|AIRSOFT|STUN|ZIP|FLARE GUN|GUNS|PISTOL|RIFLE", role: .concept(W, noun: true)),
        Entry(pattern: "BOX CUTTER|CUTTERS, BRASS KNUCKLES, PEPPER SPRAY, TIRE IRON, GOLF CLUB, ICE PICK, BASEBALL BAT|BATS, BROKEN BOTTLE, CONCEALED CARRY", role: .concept(W, noun: true)),
        Entry(pattern: "WITH|HOLDING|SWINGING|SWUNG|WAVING|BRANDISHING|GRABBED|HAS|HAD|HAVE|CARRYING|WIELDING|USING|USED|GOT|GRABBING A|AN|THE|HIS|HER|SOME? BAT|BATS|HAMMER|PIPE|CROWBAR|2X4|TIRE|SCREWDRIVER|RAZOR|CHAIN|CLUB", role: .concept(W, noun: false)),
        Entry(pattern: "SWINGING|SWUNG|WAVING|BRANDISHING|WIELDING|THREATENING|THREATENED A|AN|THE|HIS|HER|SOME? STICK|BOARD|BRICK|BRICKS|SCISSORS|BOTTLE|ROCK|SHOVEL|RAKE|CANE|ROD|BAR|CHAIR|BELT, THREATENING|THREATENED|THREATENS WITH A|AN|THE|HIS|HER? STICK|BOARD|BRICK|SCISSORS|BOTTLE|ROCK|SHOVEL|RAKE|CANE|ROD|BAR|CHAIR|BELT|BAT|HAMMER", role: .concept(W, noun: false)),
        Entry(pattern: "METAL|LEAD|STEEL|IRON PIPE|BAR|ROD|BAT", role: .concept(W, noun: true)),
        Entry(pattern: "ARMED|STRAPPED|BRANDISH|BRANDISHED|BRANDISHING|BRANDISHES", role: .concept(W, noun: false)),
        Entry(pattern: "POINTED|POINTING|POINTS A|AN|THE|HIS|HER GUN|PISTOL|WEAPON|FIREARM|RIFLE|KNIFE", role: .concept(W, noun: false)),
        Entry(pattern: "UNARMED", role: .concept(W, noun: false)),
        Entry(pattern: "SHOTS|GUNSHOT|GUNSHOTS|GUNFIRE|GSW|GSWS|SHOOTER|SHOOTERS|10-32|10-71", role: .concept(W, noun: true)),
        Entry(pattern: "SHOTS FIRED, SHOT FIRED, SHOOTING|SHOOT|SHOOTS|SHOT, SHOT AT", role: .concept(WV, noun: false)),
        Entry(pattern: "STAB|STABS|STABBED|STABBING|STABBINGS|SLASHED|SLASHING, CUT HIM|HER|CALLER|ME", role: .concept(WV, noun: false)),
        Entry(pattern: "STAB|GUNSHOT WOUND|WOUNDS", role: .concept(WI, noun: true)),
        Entry(pattern: "WATER|NERF|GLUE|STAPLE|HEAT|CAULK|CAULKING|PAINT|PAINTBALL|FINGER|NAIL|SQUIRT|BUBBLE|TOY|SPRAY GUN|GUNS, GUN SHOW", role: .ignore),
        Entry(pattern: "SHOOTING|SHOOT|SHOT|SHOOTS|SHOTS HOOPS|BASKETBALL|DICE|POOL|PICTURES|PHOTOS|VIDEO|VIDEOS|FILM|FIREWORKS|FIREWORK|FIRECRACKERS|ROCKETS|BOTTLE", role: .ignore),
        Entry(pattern: "SHOOTING|SHOOT|SHOT|SHOOTS|SHOTS OFF|OF|THE|SOME|UP? OFF? FIREWORKS|FIREWORK|FIRECRACKERS|ROCKETS|CRACKERS|MORTARS, SHOOTING|SHOOT|SHOT|SHOOTS OFF|UP _? _? FIREWORKS|FIREWORK|FIRECRACKERS|ROCKETS|CRACKERS|MORTARS, SHOOTING|SHOOT|SHOT|SHOOTS _ FIREWORKS|FIREWORK|FIRECRACKERS|ROCKETS|MORTARS, SHOOTING|SHOOT|SHOT UP HEROIN|DRUGS|DOPE|METH|FENTANYL", role: .ignore),
        Entry(pattern: "FLU|VACCINE|BOOSTER|COVID|INSULIN|ALLERGY SHOT|SHOTS", role: .ignore),
        Entry(pattern: "PIPE BURST|BURSTED|BROKE|BROKEN|LEAKING|LEAK|FROZE|FROZEN", role: .ignore),
        Entry(pattern: "STICK SHIFT, STICKING|STICKS OUT, BAT|BATS IN|INSIDE|FLYING|STUCK|LOOSE|HANGING", role: .ignore),
        Entry(pattern: "BAT|BATS|HAMMER|PIPE|STICK|STICKS|BOARD|BRICK|SCISSORS|SCREWDRIVER|RAZOR|CHAIN|CLUB|BOTTLE|ROCK|SHOVEL|RAKE|CANE|ROD|BAR", role: .ignore),
        Entry(pattern: "CAR|LOW|DEAD|PHONE|CELL|SMOKE|DETECTOR|ALARM|TRUCK|VEHICLE|HIS|HER|MY|AA|AAA BATTERY|BATTERIES", role: .ignore),
        Entry(pattern: "THREW|THROWING|THROWN|THROWS|TOSSING|TOSSED SNOWBALLS|SNOWBALL|BALLOONS|CANDY|CONFETTI|BREAD|SEEDS|FIRECRACKERS|EGGS|THEM _? _? _? AT _?", role: .ignore),
        Entry(pattern: "HIT|HITS|HITTING|STRUCK|STRIKING|PUNCH|PUNCHED|PUNCHING|PUNCHES|KICK|KICKED|KICKING|KICKS|SLAP|SLAPPED|SLAPPING|SLAPS|CHOKE|CHOKED|CHOKING|CHOKES|STRANGLE|STRANGLED|STRANGLING|SMACKED|SMACKING|SMACK|SHOVED|SHOVING|SHOVE|SHOVES|PUSHED|PUSHING|PUSH|PUSHES|BEAT|BEATING|BEATEN|BEATS|BATTERED|BRAWL|BRAWLING|BIT|BITING|BITES|HEADBUTT|HEADBUTTED|ELBOWED|KNEED|TACKLED|SCRATCHED|CLAWED|WHOOPING|WHOOPED|SPANKING|SPANKED|CHOKEHOLD|WHIP|WHIPPED|WHIPPING|WHIPS|BELTED|BELTING|PUMMELED", role: .concept(V, noun: false)),
        Entry(pattern: "FIGHT|FIGHTING|FIGHTS|FOUGHT|ASSAULT|ASSAULTED|ASSAULTING|ASSAULTS|BATTERY|ATTACK|ATTACKED|ATTACKING|ATTACKS|ALTERCATION|SCUFFLE|WRESTLING|TUSSLE|PHYSICAL|PHYSICALLY|VIOLENT|VIOLENCE|VIOLENTLY|COMBATIVE|DV|ABUSE|ABUSED|ABUSING|ABUSIVE|MOLEST*|RAPE|RAPED|KIDNAP*|ABDUCT*|HOSTAGE|HOSTAGES|CARJACK*|ROBBED|ROBBERY|ROBBING|MUGGED|BRUISES|BRUISED|BRUISING|10-10|10-16, DOMESTIC VIOLENCE", role: .concept(V, noun: true)),
        Entry(pattern: "SEXUAL|SEXUALLY ASSAULT|ASSAULTED, BEAT|BEATING UP, BEAT HER|HIM|THEM UP, JUMPED HIM|HER|CALLER|ME|BY, SWUNG|SWINGING|SWINGS AT, TOOK A SWING, SPIT|SPITTING|SPAT ON|AT, TRIED TO RUN OVER, RAN OVER, GETTING|GOT|GET|BECAME|BECOMING|GETS PHYSICAL|VIOLENT", role: .concept(V, noun: false)),
        Entry(pattern: "THREW|THROWING|THROWN|THROWS A|HIS|HER|THE|SOME? BRICKS|BRICK|BOTTLES|BOTTLE|CHAIRS|CHAIR|PUNCHES|FISTS|HOT, THREW|THROWING|THROWN|THROWS|TOSSED|TOSSING|HURLED|HURLING _? _? _? AT _? HIM|HER|THEM|CALLER|ME|US|PEOPLE|STAFF|CUSTOMERS|KIDS|CHILDREN|CARS|TRAFFIC|VEHICLES|HOUSES|WINDOWS|OFFICERS|PASSERSBY|NEIGHBORS, THREW|THROWING|THROWN|THROWS SOMETHING|STUFF AT, THREW|THROWING|THROWN|THROWS HIM|HER|CALLER|ME DOWN|AGAINST|INTO|TO|ON", role: .concept(V, noun: false)),
        Entry(pattern: "GRABBED|GRABBING|GRABS|DRAGGED|DRAGGING|YANKED|PINNED|RESTRAINED|CORNERED HER|HIM|CALLER|ME|BY|THE|HIS, PULLED|PULLING HER|HIM|CALLER|ME|THEM", role: .concept(V, noun: false)),
        Entry(pattern: "HIT|HITS|HITTING|STRUCK|PUNCH|PUNCHED|PUNCHING|PUNCHES|KICK|KICKED|KICKING|KICKS|BEAT|BEATS|BEATING|BANGING|BANGED|SMACKED|SLAPPED|THREW|THROWING|THROWS|THROWN THE|A|HIS|HER|MY|THEIR|CALLERS|OUR|ITS|ON|AT|INTO? THE|A|HIS|HER? HOUSE|HOME|WALL|WALLS|WINDOW|WINDOWS|GARAGE|FENCE|POLE|TREE|SIDING|ROOF|MAILBOX|BUILDING|CURB|DOG|DOGS|CAT|CATS|ANIMAL|ANIMALS|PUPPY|PUPPIES|KITTEN|HORSE|BALL|DRUM|DRUMS|JACKPOT|BUTTON|BRAKES|GAS|PINATA|BAG|TRASH|GARBAGE|CAN|CANS|FLOOR|CEILING|TABLE|MUSIC|BOTTLE|BOTTLES|BONE|TOYS|CLOTHES|BELONGINGS|STUFF|GROUND|HOLE|HOLES|DUCKS|DUCK|BIRDS|SQUIRRELS|PIGEONS|GEESE", role: .ignore),
        Entry(pattern: "HIT|HITS|HITTING|STRUCK|BUMPED|SIDESWIPED|SCRAPED THE|A|HIS|HER|MY|THEIR|CALLERS|PARKED? CAR|CARS|VEHICLE|TRUCK|VAN|AUTO|BUMPER, BACKED INTO", role: .concept(P, noun: false)),
        Entry(pattern: "KICK|KICKED|KICKING|KICKS THE|A|HER|HIS|MY|FRONT|BACK? DOOR|DOORS, KICK|KICKED|KICKING|KICKS IN|DOWN THE|HER|HIS|A|MY DOOR", role: .concept(P, noun: false)),
        Entry(pattern: "HIT BY A|THE? CAR|VEHICLE|TRUCK|BUS|VAN|TRAIN", role: .concept(IP, noun: false)),
        Entry(pattern: "HIT AND RUN", role: .concept(P, noun: true)),
        Entry(pattern: "CAT|CATS|DOG|DOGS|DEER|ANIMAL|SQUIRREL|RACCOON|BIRD|POSSUM|RABBIT _? _? _? HIT|STRUCK BY A|THE? CAR|VEHICLE|TRUCK|BUS, FIREWORK|FIREWORKS|FIRECRACKER|FIRECRACKERS|DEBRIS|BALL|BALLS|HAIL|BRANCH|BRANCHES _? HIT|HITTING|HITS|STRUCK", role: .ignore),
        Entry(pattern: "PHYSICAL THERAPY|HEALTH|DISABILITY|DISABILITIES|EXAM|CONDITION|LIMITATIONS|HANDICAP|CUSTODY|PROPERTY|ADDRESS|DESCRIPTION|DESC", role: .ignore),
        Entry(pattern: "ABUSIVE|ABUSE|ABUSING VERBALLY|EMOTIONALLY|FINANCIALLY", role: .ignore),
        Entry(pattern: "SUBSTANCE|DRUG|DRUGS|ALCOHOL|ALCOHOLIC|VERBAL|VERBALLY|EMOTIONAL|EMOTIONALLY|FINANCIAL|ELDER|MENTAL|MENTALLY|PSYCHOLOGICAL ABUSE|ABUSIVE|ABUSING|ABUSED", role: .ignore),
        Entry(pattern: "VERBAL|VERBALLY|ARGUMENT|WORDS|YELLING|SCREAMING ONLY? FIGHT|FIGHTING|FIGHTS|ALTERCATION|ALTERCATIONS|ABUSIVE|ASSAULT|DISPUTE", role: .ignore),
        Entry(pattern: "FIGHTING|FIGHT|FIGHTS|ARGUING OVER|ABOUT THE|A|HIS|HER? REMOTE|PHONE|TV|CUSTODY|MONEY|RENT|PARKING|CAR|KEYS|CHILD|KIDS|DOG|FOOD|BILLS|CHORES|GAME", role: .ignore),
        Entry(pattern: "SNOWBALLS|SNOWBALL|BALLOONS|CANDY|CONFETTI|EGGS, PILLOW|FOOD|WATER|SNOWBALL|NERF|PAINTBALL GUN|BALLOON? FIGHT|FIGHTS|FIGHTING, FIGHT|FIGHTING THE|A? COLD|FLU|COVID|CANCER|CHARGES|TICKET|EVICTION|SYSTEM", role: .ignore),
        Entry(pattern: "PANIC|ANXIETY|ASTHMA|ALLERGY|GOUT ATTACK|ATTACKS, BEAT IT, HEART BEAT|BEATING, BEATS HEADPHONES, DRUM BEAT", role: .ignore),
        Entry(pattern: "PUSHING|PUSHED|PUSH|PUSHES A|THE|HIS|HER? STROLLER|CART|WHEELCHAIR|BUTTONS|BUTTON|SHOPPING|DRUGS", role: .ignore),
        Entry(pattern: "SHAKING|SHOOK|SHAKE|SHAKES THE|A|HER|HIS|THEIR BABY|CHILD|INFANT|KID|TODDLER|NEWBORN, SHAKEN BABY", role: .concept(V, noun: false)),
        Entry(pattern: "BIT|BITES|BITING OF|MORE|LATE|OFF|NAILS|SLOW|TOO, BIT|BITES|BITING HIS|HER|THEIR|MY NAILS|LIP|TONGUE|NAIL, A|LITTLE BIT, DOG|DOGS|CAT|CATS THAT|WHO|WHICH BITES|BITE|BIT", role: .ignore),
        Entry(pattern: "DOG|DOGS|CAT BIT|BITES|BITTEN|BITING", role: .concept(I, noun: false)),
        Entry(pattern: "THREAT|THREATS|THREATEN|THREATENS|THREATENED|THREATENING|THRT|THREATED|MENACING|INTIMIDATING|ESCALATING|ESCALATED, MADE|MAKING|MAKES VERBAL? THREATS|THREAT", role: .threat),
        Entry(pattern: "WANTS|WANTED|WANTING|TRYING|TRIED|GOING|GONNA|ABOUT|PLANNING|PLANS|READY|CHALLENGING|CHALLENGED|DARED|DARING|OFFERED TO", role: .intent),
        Entry(pattern: "SAID|SAYS|STATED|STATES|SAYING|YELLING|TOLD|SCREAMING HE|SHE|THEY|HED|SHED|HELL|SHELL|ILL|IM|THEYLL|THEYD WOULD|WILL|GONNA|IS|WAS|WERE|GOING", role: .intent),
        Entry(pattern: "WILL|GONNA|WOULD|HELL|SHELL|ILL|THEYLL|IMA|IMMA, GOING TO", role: .intent),
        Entry(pattern: "KILL|KILLS|KILLED|KILLING|MURDER|MURDERED|MURDERING, FUCK HIM|HER|THEM UP, F HIM|HER|THEM UP, BEAT|KICK HER|HIS|YOUR|THEIR ASS", role: .concept(V, noun: false)),
        Entry(pattern: "KILLING|KILLED TIME|IT, WOULD LIKE", role: .ignore),
        Entry(pattern: "BURN|TORCH|FIREBOMB|SLASH|TORTURE|BURY, RUN OVER, BLOW UP, SET _? _? ON FIRE, KICK IN, BREAK HIS|HER|YOUR|THEIR|CALLERS? NECK|LEGS|JAW|FACE", role: .harmVerb),
        Entry(pattern: "TO CALL|CONTACT|NOTIFY|PHONE|REPORT|TELL|EVICT|SUE|LEAVE|MOVE|QUIT|TOW|SELL|POST|EXPOSE|FIRE|DIVORCE|STOP|CANCEL|WITHHOLD|KEEP|CHANGE|GET|CUT|SHUT|TAKE|REMOVE|BREAK|PRESS|RUN|SEND|DROP|CLOSE|FILE|HAVE|CHARGE|RAISE|TURN|DISOWN|SUSPEND|EXPEL|BLOCK|BAN|TRESPASS|SHOW|WRITE|RELEASE|USE", role: .harmlessComplement),
        Entry(pattern: "TO KICK|THROW|PUT HIM|HER|THEM|CALLER|US|ME|HIS|THEIR? OUT, EVICTION|LAWSUIT|LEGAL|COURT|POLICE|COPS|CPS|911", role: .harmlessComplement),
        Entry(pattern: "INJURY|INJURIES|INJURED|INJ|INJS|BLEEDING|BLEED|BLEEDS|BLED|BLOOD|BLOODY|UNCONSCIOUS|UNRESPONSIVE|SEIZURE|SEIZURES|SEIZING|OVERDOSE|OVERDOSED|OVERDOSING|OD|ODING|NARCAN|LACERATION|LACERATIONS|LAC|FRACTURE|FRACTURED|CONCUSSION|WOUND|WOUNDS|WOUNDED|HURT|HURTING|INJURING|BURNED|BURNS|AMBULANCE|EMS|PARAMEDICS|MEDICS|SOB|CPR|HYPOTHERMIA|HYPOTHERMIC|FROSTBITE|FROSTBITTEN|CONVULSING|CONVULSIONS|VOMITING|FAINTED|COLLAPSED|BITTEN|GASHED|GASH|SWOLLEN|STROKE|10-52|10-54", role: .concept(I, noun: true)),
        Entry(pattern: "NOT|NT BREATHING|RESPONSIVE|RESPONDING|CONSCIOUS|MOVING|ALERT, NOT WAKING UP", role: .concept(I, noun: false)),
        Entry(pattern: "CANT|CANNOT|COULDNT|WONT BREATHE|BREATH|WAKE, CAN|COULD NOT BREATHE|BREATH|WAKE, UNABLE TO BREATHE|STAND|WAKE, CANT|CANNOT|COULDNT GET|STAND UP, UNABLE TO GET|STAND UP", role: .concept(I, noun: false)),
        Entry(pattern: "DIFFICULTY|TROUBLE|DIFF|SHORTNESS OF? BREATHING|BREATHE|BREATH", role: .concept(I, noun: true)),
        Entry(pattern: "CHEST PAIN|PAINS, HEART ATTACK, PASSED|PASSING OUT, MAN|WOMAN|PERSON DOWN, HEAD INJURY|WOUND, BLACK EYE, BLOODY NOSE, IN LABOR, WATER BROKE, DIABETIC EMERGENCY|SHOCK|EPISODE, LOW BLOOD SUGAR, BLUE LIPS, FELL DOWN|AND|OFF|FROM|ON, FALLEN, HAS FALLEN, BROKEN ARM|LEG|BONE|BONES|NOSE|WRIST|JAW|RIB|RIBS|HAND|ANKLE|FINGER, MEDICAL EMERGENCY|ATTENTION|DISTRESS|ASSISTANCE|CALL, HAVING A SEIZURE", role: .concept(I, noun: true)),
        Entry(pattern: "FELL OUT OF|FROM, BROKE HIS|HER|THEIR|MY ARM|LEG|NOSE|WRIST|JAW|RIB|RIBS|HAND|ANKLE|FINGER|HIP|BACK|NECK, CHILD|CHILDREN|BABY|BABIES|KID|KIDS|INFANT|TODDLER|TODDLERS LEFT|ALONE|LOCKED|TRAPPED IN|INSIDE _? _? _? CAR|VEHICLE|VAN|TRUCK|SUV", role: .concept(I, noun: false)),
        Entry(pattern: "WONT WAKE UP TO|AND LEAVE|MOVE|GO, WILL NOT WAKE UP TO|AND LEAVE|MOVE|GO", role: .ignore),
        Entry(pattern: "NEEDS|NEED|NEEDING|REQUESTING|REQ|REQUESTS|WANTS AN|A? MEDICAL|AMBULANCE|EMS|MEDICS|PARAMEDICS|HOSPITAL|TREATMENT|RESCUE", role: .concept(I, noun: false)),
        Entry(pattern: "HAS|HAVE|WITH A|AN CUT|GASH|LACERATION|BUMP|WOUND|BURN|BROKEN, CUT|CUTS|GASH|BUMP|LACERATION ON|TO HIS|HER|THEIR|THE HEAD|FACE|ARM|ARMS|HAND|HANDS|LEG|LEGS|LIP|EYE|NECK|BACK, BUSTED|SPLIT|FAT LIP|NOSE|HEAD, IN PAIN, SEVERE|CHEST|HIP|BACK|HEAD|ABDOMINAL|STOMACH PAIN, COMPLAINING OF _? _? PAIN|PAINS, CALLER O _? _? PAIN|PAINS", role: .concept(I, noun: true)),
        Entry(pattern: "MAN|WOMAN|PERSON DOWN THE|THIS|THAT STREET|BLOCK|ROAD|ALLEY|HALL|STAIRS|WAY", role: .ignore),
        Entry(pattern: "HIS|HER|HAS|HAVING|WITH|HAVE|ANY|SOME|OF|CHRONIC MEDICAL ISSUES|CONDITIONS|CONDITION|HISTORY|PROBLEMS|RECORDS|CARD|BILLS|NEEDS, MEDICAL MARIJUANA|RECORDS|CARD|BILLS|HISTORY", role: .ignore),
        Entry(pattern: "MED|MEDS|MEDICATION|MEDICATIONS|MEDICINE|MEDICAL", role: .ignore),
        Entry(pattern: "HURT FEELINGS, HURT HIS|HER|THEIR|MY FEELINGS|EGO|BUSINESS, HURTING HIS|HER|THEIR|MY FEELINGS|BUSINESS", role: .ignore),
        Entry(pattern: "BROKEN WINDOW|WINDOWS|DOOR|LOCK|LOCKS|GLASS|FENCE|DOWN|CAR|VEHICLE|HOME|HEATER|FURNACE|PHONE|PIPE|PROMISE|PROMISES|ENGLISH|TV|LIGHT|LIGHTS|GATE|DOORBELL|BOTTLE|BOTTLES|HEARTED|HEART", role: .ignore),
        Entry(pattern: "BLOOD SUGAR|PRESSURE|RELATIVE|RELATIVES|BROTHER|BROTHERS|WORK|TEST, BAD BLOOD", role: .ignore),
        Entry(pattern: "FELL ASLEEP|THROUGH|APART|OUT|BEHIND, STROKE OF, BURNS RUBBER|CDS|CALORIES, BURNED RUBBER|OUT|DOWN|BRIDGES", role: .ignore),
        Entry(pattern: "SUICIDAL|SUICIDE|SUICIDALITY|SI IDEATION|IDEATIONS|THOUGHTS|STATEMENTS|TENDENCIES?, WANTS|WANTED|WANTING|WANT TO DIE|DISAPPEAR, WISHES|WISHED HE|SHE|THEY WAS|WERE DEAD, END HIS|HER|THEIR|MY LIFE, END IT ALL, END IT|THINGS, KILL|KILLING HIMSELF|HERSELF|THEMSELF|THEMSELVES|MYSELF|SELF, 10-56, COMMIT SUICIDE, UNALIVE HIMSELF|HERSELF|THEMSELF|MYSELF, SUICIDE BY COP, DONE WITH LIFE|LIVING, DONE WITH IT ALL, TIRED OF LIVING|LIFE, NO REASON TO LIVE, BETTER OFF DEAD, DOESNT|DONT WANT TO BE HERE|AROUND ANYMORE, TEXTED|SENT|POSTED|SAYING|SAID GOODBYE|GOODBYES, GOODBYE MESSAGES|TEXTS|NOTE|LETTER, SUICIDE NOTE, DOES|DOESNT|DID|DIDNT NOT? WANT TO LIVE, DOES|DOESNT NOT? WANT TO BE ALIVE, NOT WANT TO LIVE", role: .ideation),
        Entry(pattern: "PLAN|PLANS|PLANNED|MEANS|PILLS|PILL|ROPE|NOOSE|BRIDGE|LEDGE|OVERPASS|TRACKS|RAZOR|RAZORS|BLADES|JUMP|HANG|BELT|CORD|ROOF|BALCONY, STANDING|SITTING ON THE|A? LEDGE|BRIDGE|RAILING|OVERPASS|EDGE|TRACKS|ROOF", role: .suicideMeans),
        Entry(pattern: "HARM|HARMED|HARMING|HURT|HURTING|HURTS|CUT|CUTTING|CUTS|INJURE|INJURED|INJURING|BURN|BURNED|BURNING|HANG|HANGED|HANGING|STAB|STABBED|STABBING|SHOOT|SHOT|POISON|POISONED|STRANGLE|STRANGLED|SLIT HIMSELF|HERSELF|THEMSELF|THEMSELVES|SELF|MYSELF, SELF HARM|HARMING|INJURY|INFLICTED, SELFHARM, CUT|CUTTING|SLIT|SLITTING|SLASHED|SLASHING HIS|HER|THEIR|MY WRISTS|WRIST|ARMS|ARM|THROAT", role: .selfHarm),
        Entry(pattern: "SUICIDE ATTEMPT|ATTEMPTS, ATTEMPTED|ATTEMPTING|ATTEMPTS SUICIDE, ATTEMPTED|ATTEMPTING|TRIED|TRYING TO KILL|HANG|OVERDOSE|OD|CUT|HARM|HURT|END|SHOOT|STAB|DROWN|POISON|STRANGLE|SUFFOCATE HIMSELF|HERSELF|THEMSELF|MYSELF|SELF, ATTEMPTED|ATTEMPTING|TRIED|TRYING TO END HIS|HER|THEIR|MY LIFE, ATTEMPTED|ATTEMPTING|TRIED|TRYING TO JUMP OFF|FROM, ATTEMPTED|ATTEMPTING|TRIED|TRYING TO CUT|SLIT HIS|HER|THEIR|MY WRISTS|WRIST|THROAT", role: .attempt),
        Entry(pattern: "TOOK|SWALLOWED|INGESTED|ATE|TAKEN ALL|TOO|#|SEVERAL|EXTRA|MULTIPLE|MANY|WHOLE|HANDFULS|APPROX|APPROXIMATELY|ABOUT|ABT|AROUND|LIKE|OVER|NEARLY|MAYBE|ROUGHLY _? _? _? PILLS|MEDS|MEDICATION|MEDICATIONS|TYLENOL|XANAX|OXY|PERCOCETS|ADVIL|ASPIRIN|IBUPROFEN|TABLETS", role: .attempt),
        Entry(pattern: "TOOK|SWALLOWED|INGESTED|ATE|TAKEN A|AN|THE|ALL|TOO|# BOTTLE|BOTTLES|HANDFUL|BUNCH|MANY|LOT|HANDFULS|WHOLE _? _? _? PILLS|MEDS|MEDICATION|MEDICATIONS|TYLENOL|SLEEPING|XANAX|OXY|PERCOCETS|ADVIL|ASPIRIN, TOOK|SWALLOWED|INGESTED|ATE A|AN|ALL|HIS|HER|THE|SOME|TOO|# BOTTLE|BOTTLES|HANDFUL|BUNCH|LOT|MANY|MUCH|HIS|HER OF? HIS|HER? PILLS|MEDS|MEDICATION|MEDICATIONS|TYLENOL, TOOK|SWALLOWED|INGESTED # PILLS|TYLENOL, TOOK|SWALLOWED|INGESTED|TAKEN THE|THOSE|ALL|SOME PILLS|TABLETS|MEDS", role: .attempt),
        // A floor or two between ("jumped from the 2nd floor balcony": tenth session).
        Entry(pattern: "JUMPED OFF|FROM THE|A|HIS|HER? _? _? BRIDGE|ROOF|BALCONY|OVERPASS|LEDGE|BUILDING|PARKING|WINDOW, ROPE AROUND HIS|HER NECK", role: .attempt),
        Entry(pattern: "STOLE|STOLEN|STEAL|STEALING|STEALS|THEFT|THEFTS|SHOPLIFT*|BURGLARY|BURGLARIZED|LARCENY|FRAUD|EMBEZZL*|VANDAL*|GRAFFITI|TAGGING|KEYED|PICKPOCKET*|SHOPLIFTER", role: .propertyCrime),
        Entry(pattern: "BURGLARIZING|BURGLAR|BURGLARS|B&E|BREAKIN|DAMAGING|DESTROYING|WARRANT|WARRANTS|LOOTING|10-50|10-55|10-57|10-80, PURSE SNATCH*", role: .concept(P, noun: true)),
        Entry(pattern: "BROKE|BREAKING|BREAKS|BROKEN INTO|IN|INSIDE, BREAK IN|INTO, BROKE|BREAKING|BREAK|SMASHED|SMASHING|SHATTERED|BUSTED|BUSTING OUT? THE|HER|HIS|MY|A|CAR|HOUSE|FRONT|BACK|CALLERS|THEIR? WINDOW|WINDOWS|DOOR|LOCK|MIRROR|WINDSHIELD|STUFF|THINGS|PROPERTY|FURNITURE|TV|GLASS", role: .concept(P, noun: false)),
        Entry(pattern: "DAMAGE|DAMAGED TO? HIS|HER|MY|THE|CALLERS|THEIR? CAR|VEHICLE|PROPERTY|DOOR|WINDOW|WINDOWS|HOUSE|TIRES|FENCE|GARAGE, PROPERTY|CRIMINAL DAMAGE, CRIME IN PROGRESS, IN PROGRESS", role: .concept(P, noun: true)),
        Entry(pattern: "SLASHED|SLASHING|FLATTENED|POPPED|SLASH HER|HIS|MY|THE|CALLERS? TIRES|TIRE", role: .concept(P, noun: false)),
        Entry(pattern: "POLICE|THEFT|INSURANCE|INCIDENT|ACCIDENT|DAMAGE|CRIME REPORT, FILE|FILING|MAKE|MAKING|WANTS|NEEDS|TAKE|WRITE A|AN? REPORT", role: .propertyCrime),
        Entry(pattern: "FORCE|FORCED|FORCING OPEN|IN THE? DOOR, FORCE|FORCED|FORCING THE|A|HER|HIS DOOR|ENTRY, FORCED|FORCE ENTRY, GAIN|GAINING|NEEDS|NEED ENTRY|ACCESS, BREAK|BREAKING DOWN THE|HER|HIS? DOOR, WELFARE ENTRY, DOOR|DOORS KICKED|PRIED|FORCED OPEN|IN", role: .concept(P, noun: false)),
        Entry(pattern: "DIRECT|DIRECTING|DIRECTED TRAFFIC, TRAFFIC CONTROL|HAZARD, CRASH|CRASHED|CRASHES|COLLISION|COLLISIONS|ACCIDENT|MVA|MVC|OWI|DUI|DWI|PURSUIT", role: .concept(P, noun: true)),
        Entry(pattern: "DRUNK|IMPAIRED|RECKLESS|RECKLESSLY|INTOXICATED DRIVER|DRIVING|DRIVE|DRIVES, DRIVING DRUNK|IMPAIRED|RECKLESS|RECKLESSLY|INTOXICATED|HIGH", role: .concept(P, noun: false)),
        Entry(pattern: "TREE|TREES|POWER|WIRES|LINES|POLE|POLES DOWN, POWER LINES|LINE DOWN, DEBRIS|TREE|OBJECT IN THE? ROAD|STREET|ROADWAY|LANE|LANES|INTERSECTION, DOWNED POWER? LINES|LINE|WIRES|TREE", role: .concept(P, noun: true)),
        Entry(pattern: "TOW|TOWED|TOWING|CITATION|CITATIONS|TICKETED|TICKET|TICKETS|CITE|CITED|ARREST|ARRESTED|IMPOUND|IMPOUNDED|BOOT|BOOTED", role: .concept(P, noun: false)),
        Entry(pattern: "BLOCKING|BLOCKED|BLOCKS HER|HIS|MY|THE|CALLERS|THEIR|A|OUR? DRIVEWAY|DRIVE|GARAGE|ALLEY|HYDRANT|DRIVEWAYS", role: .concept(P, noun: false)),
        Entry(pattern: "SELLING|DEALING|SELLS|SOLD|SELL|SLINGING DRUGS|DOPE|WEED|NARCOTICS|CRACK|HEROIN|PILLS|FENTANYL|COKE|COCAINE|METH, DRUG DEAL|DEALING|DEALER|DEALERS|DEALS|SALES|TRANSACTION|TRANSACTIONS, HAND TO HAND", role: .concept(P, noun: false)),
        Entry(pattern: "TRYING|TRIED|CHECKING|PULLING|PULLED|TESTING|JIGGLING ON? CAR|VEHICLE|VEHICLES|CARS|THE DOOR|DOORS|HANDLE|HANDLES|DOORHANDLES|LOCKS, LOOKING|PEERING|PEEKING|PEEPING INTO|IN CARS|VEHICLES|CAR|PARKED|GARAGES|HOMES|HOUSES|WINDOWS, CASING|PROWLING|PROWLER|PROWLERS", role: .concept(P, noun: false)),
        Entry(pattern: "TRYING|TRIED|ATTEMPTING|ATTEMPTED TO OPEN|PRY|ENTER|JIMMY|FORCE|BREAK _? _? _? DOOR|DOORS|WINDOW|WINDOWS|GARAGE|LOCK|SHED|GATE|HOUSE|APARTMENT|APT|BUILDING|CAR|CARS, TRYING|TRIED|ATTEMPTING TO GET|BREAK IN|INTO|INSIDE", role: .concept(P, noun: false)),
        Entry(pattern: "SMASHED|SMASHING|TRASHED|TRASHING|DESTROYED|DESTROYING|WRECKED|WRECKING|VANDALIZED|SHATTERED|SHATTERING, BREAKING|BROKE|BROKEN|BUSTING|BUSTED|RIPPING|RIPPED THE|HIS|HER|MY|THEIR|A|ALL|OUT|UP|DOWN? THE|HIS|HER|MY|THEIR|A|ALL? _? WINDOW|WINDOWS|DOOR|DOORS|LOCK|LOCKS|MIRROR|MIRRORS|WINDSHIELD|STUFF|THINGS|PROPERTY|FURNITURE|TV|GLASS|CABINETS|CABINET|DISHES|PLATES|WALLS|WALL|XBOX|PLAYSTATION|LAPTOP|FENCE|MAILBOX|LIGHTS|EVERYTHING|CHAIRS|TABLE|APPLIANCES|SCREEN|SCREENS|CAMERA|CAMERAS|GATE", role: .concept(P, noun: false)),
        Entry(pattern: "IS|WAS|GOT|GETTING|PRETTY|SO|REAL|VERY SMASHED|WRECKED|TRASHED|HAMMERED|WASTED|DESTROYED", role: .ignore),
        Entry(pattern: "SNATCHED|SNATCHING|SWIPED|GRABBED|TOOK|TAKING|TAKES A|THE|HER|HIS|MY|SOMEONES|THEIR|OUR|CALLERS|SOME|ANOTHER|_? _? PACKAGE|PACKAGES|PURSE|WALLET|LAPTOP|TV|TELEVISION|BIKE|BICYCLE|SHOES|CASH|MONEY|TOOLS|JEWELRY|MAIL|MOWER|GENERATOR|CATALYTIC|REGISTER", role: .concept(P, noun: false)),
        Entry(pattern: "SCREEN|WINDOW|LOCK|DOOR|DOORS|LOCKS|DOORFRAME|FRAME WAS|IS|HAS|BEEN|WERE? BEEN? CUT|PRIED|FORCED|TAMPERED|JIMMIED|KICKED|BUSTED|BROKEN", role: .concept(P, noun: false)),
        Entry(pattern: "DRUNK|INTOXICATED|IMPAIRED|HIGH|WASTED|BUZZED|TIPSY AND? _? _? _? _? _? _? _? DRIVE|DRIVING|DRIVES|DROVE, BEHIND THE WHEEL", role: .concept(P, noun: false)),
        Entry(pattern: "EXPOSING|EXPOSED|EXPOSES|FLASHED|FLASHING|FLASHES|MASTURBATING|MASTURBATED _? _? _? _? KIDS|CHILDREN|CHILD|GIRLS|BOYS|MINORS|MINOR|STUDENTS|JUVENILES|JUVS|KID|TODDLERS|TEENS", role: .concept(P, noun: false)),
        Entry(pattern: "RUNNING|WALKING|STANDING|DARTING|LAYING|LYING|SITTING|JUMPING|WANDERING|DANCING|STOPPING|STOPPED|SLEEPING IN|INTO|THROUGH|ACROSS|ON|OUT|AND OF? _? _? _? _? TRAFFIC|ROADWAY|HIGHWAY|FREEWAY|HWY|INTERSTATE|EXPRESSWAY|LANES|LANE", role: .concept(P, noun: false)),
        Entry(pattern: "ABANDONED|ABANDON|JUNK CAR|VEHICLE|VEHICLES|AUTO|VAN|TRUCK|CARS, NO|EXPIRED|STOLEN|FAKE LICENSE? PLATES|PLATE|TAGS, CANT|CANNOT|COULDNT GET THROUGH|PASS|BY, UNABLE TO GET THROUGH|PASS|BY",
              role: .concept(P, noun: true)),
        Entry(pattern: "PARKED|PARKS|PARKING IN|ON|ACROSS|BLOCKING THE|A|HER|HIS|MY|THEIR? DRIVEWAY|BIKE|FIRE|HANDICAP|HANDICAPPED|BUS|CROSSWALK|SIDEWALK|HYDRANT|LANE|ZONE|ALLEY|DRIVE", role: .concept(P, noun: false)),
        Entry(pattern: "PARK|PARKS ACROSS|IN HER|HIS|MY|THE DRIVEWAY EVERY|ALL|SOMETIMES|OFTEN", role: .ignore),
        Entry(pattern: "INTRUDER|INTRUDERS|PROWLER, HOME INVASION, BREAKING IN, STRANGER|STRANGERS|SOMEONE|SOMEBODY|ANYONE|ANYBODY IS|ARE|WAS|MAY|MIGHT|COULD? BE? STILL? IN|INSIDE|HIDING|UPSTAIRS|DOWNSTAIRS HER|HIS|THE|MY|THEIR|CALLERS? _? HOUSE|HOME|APT|APARTMENT|GARAGE|BASEMENT|RESIDENCE|ATTIC|SHED|UNIT|CABIN|CAMP|CAMPER|BARN|TRAILER|RV, MALE|FEMALE|MAN|WOMAN IS|WAS? IN|INSIDE HER|HIS|MY|THEIR|CALLERS HOUSE|HOME|APT|APARTMENT|GARAGE|BASEMENT|RESIDENCE|ATTIC|UNIT, INSIDE|IN THE|A CLOSED|VACANT|EMPTY|LOCKED|BOARDED STORE|BUSINESS|HOUSE|BUILDING|HOME|APT|APARTMENT|UNIT|SCHOOL|CHURCH|GARAGE",
              role: .concept([.policeOnly, .uncertainty], noun: false)),
        Entry(pattern: "STOMPED|STOMPING|STOMPS|STOMP ON HIM|HER|THEM|CALLER|ME|HIS|THEIR, SLAMMED HIM|HER|CALLER|ME|THEM, SUCKER PUNCHED, INAPPROPRIATE TOUCHING|CONTACT, SEXUAL|SEXUALLY ABUSE|ABUSED|ABUSING|TOUCHED|TOUCHING, TOUCHED|TOUCHING|TOUCHES|FONDLED|FONDLING HER|HIM|THEM|THE|A|HIS|MY? _? INAPPROPRIATELY|SEXUALLY|PRIVATES", role: .concept(V, noun: false)),
        Entry(pattern: "SPRAY PAINTING|PAINTED, SPRAYPAINTING, PAINTING GRAFFITI, DOUBLE PARKED, MOWER|BIKE|BICYCLE|CAR|VEHICLE|WALLET|PURSE|PHONE|TOOLS|PACKAGE|PACKAGES|TV|LAPTOP|MONEY|CASH|JEWELRY|GENERATOR|PLATES|TIRES|BATTERY|CATALYTIC|KEYS IS|ARE|WAS|WERE|WENT|GONE MISSING, LOCK|LOCKS|DOOR|WINDOW|SCREEN|GATE _? _? _? WAS|IS|HAS|WERE|HAD BEEN? CUT|PRIED|FORCED|TAMPERED|JIMMIED|KICKED|BUSTED|BROKEN|SMASHED", role: .concept(P, noun: false)),
        Entry(pattern: "SCAMMED|SCAMMING|SCAMMER|SCAMMERS|FRAUDULENT|CON ARTIST, FAKE CHARITY|DONATIONS|CHECK|CHECKS|ID|BILLS, THREW|THROWN|THROWING|TOSSED|TOSSING _? _? INTO|THROUGH _? _? _? WINDOW|WINDOWS|CAR|HOUSE|VEHICLE, TAKING|TOOK|STEALING|GRABBING HER|HIS|MY|THEIR|CALLERS STUFF|THINGS|BELONGINGS|PROPERTY, APPEARS|LOOKS|SEEMS TO? BE? UNDER 18|UNDERAGE, UNDERAGE _? _? _? SOLICITING|PROSTITUTION|PROSTITUTING|DATES", role: .concept(P, noun: false)),
        Entry(pattern: "FROM A|THE MOVING CAR|VEHICLE|TRUCK|VAN, OUT OF A|THE MOVING CAR|VEHICLE|TRUCK|VAN", role: .concept(P, noun: false)),
        Entry(pattern: "PRYING|PRIED|PRY OPEN|AT|OFF", role: .concept(P, noun: false)),
        Entry(pattern: "MISSING A|HIS|HER|THEIR|SOME FINGER|FINGERS|TOOTH|TEETH|HAND, BLEW|BLOWN OFF HIS|HER|A? FINGER|FINGERS|HAND", role: .concept(I, noun: false)),
        Entry(pattern: "TOOK|RAN|TAKES|TOOKE OFF WITH HIS|HER|MY|THEIR|THE|CALLERS|SOME _? MONEY|PHONE|WALLET|PURSE|CAR|KEYS|TV|LAPTOP|BIKE|STUFF|PROPERTY|CASH, LEFT WITH HIS|HER|MY|THEIR|CALLERS _? MONEY|WALLET|PURSE|LAPTOP|CASH, WANTS|WANT|WANTING|WISHES|WISH|WOULD|LIKE TO? PRESS|FILE CHARGES, SPEEDING, DRAG RACING, DOING|DID DONUTS, SWERVING, WEAVING, DRIVING ON THE SIDEWALK, DRIVING|GOING THE WRONG WAY, WRONG WAY DRIVER, WINDOW|WINDOWS|WINDSHIELD|DOOR|LOCK SMASHED|BUSTED|SHATTERED|BROKEN OUT|IN", role: .concept(P, noun: false)),
        Entry(pattern: "CATALYTIC|CONVERTER|CONVERTERS|STRIPPING|SIPHONING|TRAFFICKING|PIMP|PIMPING|TRAFFICKED", role: .concept(P, noun: true)),
        Entry(pattern: "VIOLATING|VIOLATED|VIOLATION|VIOLATES|BREAKING|BROKE OF? THE|A|HER|HIS|AN|THEIR? RESTRAINING|NO|PROTECTION|PROTECTIVE|INJUNCTION|TRO|COURT|CONTACT ORDER|ORDERS|CONTACT|INJUNCTION|TRO?", role: .concept(P, noun: false)),
        Entry(pattern: "BREAK|BREAKING|BROKE UP|OFF|DOWN|FREE|AWAY|CURFEW|EVEN|FAST, BROKEN UP|DOWN, BREAKING|BROKE|BURST INTO|OUT IN? TEARS|SWEAT|LAUGHTER|A|SONG, NO|NOT BROKEN, BROKEN HEARTED|HEART|ENGLISH|HOME|DOWN, SMASHED|WASTED|HAMMERED|DRUNK", role: .ignore),
        Entry(pattern: "TOOK|TAKES|TAKE HIS|HER|THE|MY? TIME, BLOCKING|BLOCKED|BLOCKS TRAFFIC|THE|SIDEWALK|STREET|VIEW|SUN|NUMBER|ROAD, NO CONTACT|RESTRAINING|PROTECTION ORDER|ORDERS, HAD|HAS|HAVING AN ACCIDENT, ACCIDENT|ACCIDENTS IN HIS|HER|THEIR PANTS|BED|DIAPER, BY ACCIDENT, ACCIDENTALLY, TICKETS TO", role: .ignore),
        Entry(pattern: "CANT|CANNOT|COULDNT|DIDNT|DOESNT|WASNT SEE|VIEW|TELL WHAT|WHO|INSIDE|WHERE|WHATS|INTO|CLEARLY, CANT|CANNOT|COULDNT|DIDNT|DOESNT|WASNT SEE|VIEW THE SCENE|ROOM|AREA|APARTMENT|INSIDE|BACKYARD|ALLEY|HOUSE|UNIT, COULD|DID|DOES|CAN|WAS NOT SEE|VIEW|TELL WHAT|WHO|INSIDE|WHERE|WHATS|INTO|CLEARLY, COULD|DID|DOES|CAN NOT SEE|VIEW THE SCENE|ROOM|AREA|APARTMENT|INSIDE|BACKYARD|ALLEY|HOUSE|UNIT, UNABLE TO SEE|VIEW|TELL WHAT|WHO|INSIDE|WHERE|WHATS|INTO|CLEARLY, UNABLE TO SEE|VIEW THE SCENE|ROOM|AREA|APARTMENT|INSIDE|BACKYARD|ALLEY|HOUSE|UNIT", role: .unseenScene),
        Entry(pattern: "SCREAM|SCREAMS|SCREAMING|SCREAMED|CRIES|CRYING|SHRIEKS WERE|WAS|ARE|BEING? HEARD, SCREAMS|SCREAMING|CRIES FOR HELP WERE|WAS|BEING? HEARD", role: .unseenScene),
        Entry(pattern: "OPEN LINE, 911 HANG UP, 911 HANGUP|HANGUPS, CALLER|CLR HUNG UP|DISCONNECTED, LINE|CALL WENT DEAD, LINE|CALL DROPPED|DISCONNECTED, DISCONNECTED, NO VISUAL, NO EYES ON, NOT IN VIEW, OUT OF VIEW|SIGHT", role: .unseenScene),
        Entry(pattern: "HEARD|HEARS|HEARING|HEAR A|AN? SOMEONE|SOMEBODY|WHAT|LOUD|WOMAN|MAN|CHILD|FEMALE|MALE|KIDS|KID|GIRL|BOY|BABY|PERSON? SOUNDED|SOUNDS? LIKE? SCREAM|SCREAMING|SCREAMS|SCREAMED|CRIES|CRYING|GLASS|BANGING|THUD|THUDS|CRASH|CRASHING|BANG|BANGS|SHRIEK|SHRIEKING|WAILING|HELP|STRUGGLE|STRUGGLING|COMMOTION", role: .unseenScene),
        Entry(pattern: "SCREAMING|SCREAMS|CRYING|YELLING|CALLING|CRIES|SCREAMED|YELLED|CALLED|SHOUTING|BEGGING FOR HELP, HELP ME, SOMEONE|SOMEBODY|SUBJ|PERSON IS|MAY|MIGHT|COULD|WAS BE? POSSIBLY? INSIDE|HIDING|IN|UPSTAIRS|DOWNSTAIRS HER|HIS|THE|MY|THEIR? HOUSE|HOME|APT|APARTMENT|GARAGE|BASEMENT|RESIDENCE|ATTIC|SHED|BUILDING|UNIT, SOMEONE|SOMEBODY MAY|MIGHT|COULD BE OUT THERE|HIDING|INSIDE|OUTSIDE", role: .unseenScene),
        Entry(pattern: "DOOR|DOORS|GATE IS|WAS|ARE|WERE|HAS|LEFT|STANDING|FOUND|BEEN? BEEN|LEFT? WIDE? OPEN|AJAR, OPEN|OPENED|UNLOCKED DOOR, CANT|CANNOT|COULDNT|DIDNT|DOESNT SEE THEIR|HIS|HER HANDS, DOES|DID NOT KNOW WHAT THEY|HE|SHE IS|ARE|WAS|WERE DOING|HOLDING, DOESNT|DONT|DIDNT KNOW WHAT THEY|HE|SHE IS|ARE|WAS|WERE DOING|HOLDING, CAN|COULD ONLY SEE A? SHADOW|SHADOWS|SILHOUETTE, SOMETHING|ANYTHING|OBJECT IN HIS|HER|THEIR HAND|HANDS|POCKET|WAISTBAND, HAND|HANDS IN|ON|AT|NEAR HIS|HER|THEIR WAISTBAND, REACHING|REACHED|REACHES INTO|FOR|IN|TOWARD HIS|HER|THEIR WAISTBAND|POCKET|POCKETS|JACKET|BAG|CAR, BULGE|BULGING, DID|DOES NOT APPROACH, DIDNT|WONT APPROACH, AFRAID TO APPROACH, AN OBJECT IN HIS|HER|THEIR HAND|HANDS|POCKET|WAISTBAND, HEARS|HEARD|HEARING SOMEONE|SOMEBODY|FOOTSTEPS|PEOPLE|MOVEMENT|NOISES _? _? IN|INSIDE|UPSTAIRS|DOWNSTAIRS", role: .unseenScene),
        Entry(pattern: "WONT|WILL|NOT|REFUSES|REFUSED|REFUSING|TO|CANT|WOULDNT|DIDNT|DOESNT OPEN|OPENING|UNLOCK THE|HER|HIS|A|MY? DOOR|DOORS|GATE, CAN HEAR|HEARS|HEARD|HEARING MUSIC|BASS|TV|PARTY|DOG|DOGS|BARKING|FIREWORKS|NOISE|LOUD|THEM|ARGUING, WILL NOT CLOSE", role: .ignore),
        Entry(pattern: "NO|NON|NOT|NEVER|NOBODY|NOBODYS|NOONE|NOONES|NOTHING|NOR|WITHOUT|WO|DIDNT|DOESNT|DONT|ISNT|WASNT|WERENT|ARENT|HASNT|HAVENT|HADNT|WONT|AINT|NT|NEITHER, NONE OF, NO ONE|ONES|SIGN|SIGNS|INDICATION|INDICATIONS|EVIDENCE|MENTION|REPORT|REPORTS|REPORTED|HISTORY|HX|KNOWN|ACCESS, NO ACCESS TO, FREE OF, RULED OUT, NO LONGER, NOT ANY, DID|DOES|HAS|HAVE|HAD|IS|WAS|WERE|ARE NOT", role: .negation(only: nil)),
        Entry(pattern: "DENIES|DENY|DENYING|DENIED|NEG|NEGATIVE|NONE, NEGATIVE|NEG FOR", role: .negationEitherSide),
        Entry(pattern: "DOESNT|DONT|DIDNT BELIEVE|THINK, DOES|DO|DID NOT BELIEVE|THINK, NO REASON TO BELIEVE|THINK", role: .negatedBelief),
        Entry(pattern: "REFUSES|REFUSED|REFUSING|DECLINES|DECLINED|DECLINING, DOES|DID NOT WANT|NEED|REQUIRE, DOESNT|DONT|DIDNT WANT|NEED|REQUIRE, NO NEED FOR", role: .negation(only: IP)),
        Entry(pattern: "WAS|WERE|IS|ARE|HAS|HAVE|HAD BEEN|BEING? NOT|NEVER SEEN|PRESENT|INVOLVED|REPORTED|MENTIONED|VISIBLE|OBSERVED|NEEDED|REQUIRED|ACCESSIBLE|INDICATED|USED|DISPLAYED|SHOWN|FOUND|ACCESSED|REQUESTED|NECESSARY, NOT|NEVER SEEN|PRESENT|INVOLVED|REPORTED|MENTIONED|VISIBLE|OBSERVED|NEEDED|REQUIRED|ACCESSIBLE|INDICATED|USED|DISPLAYED|SHOWN|FOUND|ACCESSED|REQUESTED|NECESSARY, NOT|NEVER IN THE HOME|HOUSE|RESIDENCE, NOT AN ISSUE|CONCERN, NOT A CONCERN|FACTOR, NONE SEEN|REPORTED|NOTED|VISIBLE|OBSERVED|INVOLVED, NEG SEEN", role: .negationAfter),
        Entry(pattern: "NOT ONLY, NO DOUBT, NOT JUST, NO WAY, NO ANSWER, NO RESPONSE, NO CALL HISTORY, NO CALLBACK, NOT A PROBLEM, NO PROBLEM, NO ONE ANSWERING", role: .ignore),
        Entry(pattern: "UNKNOWN|UNK|UNSURE|UNCLEAR|UNCERTAIN|WONDERING|WONDERS IF|WHETHER|ABOUT, NOT SURE|CERTAIN|KNOWN IF|WHETHER|ABOUT, NO IDEA IF|WHETHER, DOES|DO|DID NOT KNOW IF|WHETHER, DOESNT|DONT|DIDNT KNOW IF|WHETHER, CANT|CANNOT|COULDNT|DIDNT|DOESNT SEE|TELL|SAY|CONFIRM|DETERMINE|VERIFY IF|WHETHER, COULD|CAN|DID|DOES NOT SEE|TELL|SAY|CONFIRM|DETERMINE|VERIFY IF|WHETHER, UNABLE TO SEE|TELL|SAY|CONFIRM|DETERMINE|VERIFY IF|WHETHER, NOT SEE IF|WHETHER", role: .uncertainty(window: 6)),
        Entry(pattern: "UNKNOWN|UNK|UNSURE|UNCLEAR|UNCONFIRMED|UNKD|UNDETERMINED|UNVERIFIED", role: .uncertaintyEitherSide),
        Entry(pattern: "UNKNOWN|UNK B|W|H|A? MALE|MALES|FEMALE|FEMALES|SUBJ|SUBJECT|SUBJECTS|PERSON|PERSONS|PEOPLE|MAN|MEN|WOMAN|WOMEN|JUVENILE|JUVENILES|JUVS|KIDS|TEENS|VEHICLE|VEH|CAR|AUTO|DRIVER|NUMBER|ADDRESS|NAME|RACE|AGE|DIRECTION|DIR|LOCATION|PARTY|PARTIES|CALLER", role: .ignore),
        Entry(pattern: "KNOCKED|KNOCKING DOWN THE|HER|HIS|A DOOR", role: .concept(P, noun: false)),
        Entry(pattern: "POSS|POSSIBLE|POSSIBLY|MAYBE|MAY|MIGHT|COULD|PROBABLY|PROB|POTENTIALLY|POTENTIAL|LIKELY|BELIEVES|BELIEVED|THINKS|THOUGHT|APPEARS|APPEARED|SEEMS|SEEMED|ALLEGEDLY|REPORTEDLY|SUSPECTS|SUSPECTED|CLAIMS|CLAIMED|ACCUSED|ACCUSING|ACCUSES|SUPPOSEDLY|PERHAPS, LOOKS|LOOKED|SOUNDS|SOUNDED LIKE", role: .hedge),
        Entry(pattern: "HISTORY|HX|HIST|HISTORIES OF|FOR?, HAS|HAD|KNOWN|PAST|PRIOR|PREVIOUS|LONG|CALL|PREMISE|CRIMINAL A? HISTORY|HX|RECORD, PRIOR|PREVIOUS|PAST|OLD|FORMER DV|PRIORS|CALLS|INCIDENTS|INCIDENT|ROBBERY|ROBBERIES|WEAPON|WEAPONS|GUN|GUNS|KNIFE|KNIVES|SHOTS|HOMICIDE|MURDER|RAPE|STABBINGS|SHOOTINGS|FIGHT|DISTURBANCE|DISTURBANCES|ARRESTS|ARREST|CONVICTION|CONVICTIONS|CASE|CASES|CHARGES|CHARGE|REPORTS|REPORT|ATTEMPTS|ATTEMPT|INJURY|INJURIES|OVERDOSES|OVERDOSE|OD|ODS|ASSAULT|ASSAULTS|BATTERY|THREATS|VIOLENCE|FIGHTS|SHOOTING|STABBING|THEFT|BURGLARY|SUICIDE|HOSPITALIZATION|HOSPITALIZATIONS, PREVIOUSLY|FORMERLY|PRIORS, USED TO, IN THE PAST, CONVICTED OF|FOR, WAS CONVICTED, SERVED TIME, DID TIME, ON PAROLE|PROBATION|PAPER FOR, WENT TO PRISON|JAIL FOR, DID|DONE TIME FOR, RECORD OF, # YEARS|YEAR|YRS|YR|MONTHS|MONTH|MOS|WEEKS|WEEK|WKS AGO|BACK|PRIOR|EARLIER, LAST YEAR|MONTH|SUMMER|WINTER|SPRING|FALL|CHRISTMAS|TIME|SEASON|SEMESTER|THANKSGIVING|HALLOWEEN|EASTER, A WHILE|LONG|YEARS|YRS|MONTHS|WEEKS AGO|BACK, BACK IN, YEARS BACK, IN 2010|2011|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024|2025, AS A CHILD|KID|TEEN|TEENAGER, WHEN HE|SHE|THEY WAS|WERE YOUNGER|YOUNG|LITTLE, YEARS|YRS AGO", role: .history),
        Entry(pattern: "PRIOR TO, FOR THE PAST, IN THE PAST # MIN|MINS|MINUTES|HOUR|HOURS|HR|HRS|DAYS|DAY, PAST # MIN|MINS|MINUTES|HOUR|HOURS|HR|HRS|DAYS|DAY|WEEKS", role: .ignore),
        Entry(pattern: "IF, IN CASE, WHAT IF, UNLESS, OTHERWISE", role: .conditional),
        Entry(pattern: "AFRAID|WORRIED|WORRIES|CONCERNED|SCARED|FEARS|FEARFUL|FEARING|FEAR|NERVOUS|TERRIFIED|FRIGHTENED|PARANOID, CONCERN|FEAR FOR", role: .fear),
        Entry(pattern: "BUT|HOWEVER|THOUGH|ALTHOUGH|EXCEPT|YET|STILL|NOW|THEN|WHILE|AFTER|BEFORE|BECAUSE|SINCE|AS|ALTHO|TODAY|TONIGHT|CURRENTLY|ACTUALLY|WHEN|SO, AND THEN, RIGHT NOW, THIS MORNING|EVENING|AFTERNOON", role: .breaker),
        Entry(pattern: "WHO|WHICH|HE|SHE|THEY|WE|I|HES|SHES|THEYRE|IM|SUBJ|SUBJECT|SUSP|SUSPECT|VICTIM|VIC|CALLER|CALLERS|COMP|RP|JUST|STATES|STATED|SAYS|SAID|ADVISED|ADVISES|REPORTS|REPORTED|REPORTING", role: .subject),
    ]

    /// Spelling variants and shorthand mapped to one form before matching.
    /// "ODD" is not read as OD: "acting odd" is everyday welfare-check language, far more common than a misspelt "OD'd".
    static let spellings: [String: String] = [
        "FEM": "FEMALE", "FEML": "FEMALE", "WPN": "WEAPON", "WPNS": "WEAPONS", "WEAP": "WEAPON", "WEAPS": "WEAPONS", "WEPON": "WEAPON", "WEPONS": "WEAPONS",
        "WEAPN": "WEAPON", "WEAPNS": "WEAPONS", "WEOPONS": "WEAPONS", "WEAPONES": "WEAPONS", "WAEPONS": "WEAPONS", "WEPAONS": "WEAPONS",
        "KNIF": "KNIFE", "KNFE": "KNIFE", "KINFE": "KNIFE", "NIFE": "KNIFE", "KNIFES": "KNIVES", "KNIFFE": "KNIFE", "KNIVE": "KNIFE", "KNIFEE": "KNIFE",
        "GUNN": "GUN", "GUUN": "GUN", "GNU": "GUN", "KIL": "KILL", "KLL": "KILL", "PISTEL": "PISTOL", "WLL": "WILL", "MDS": "MEDS", "NAE": "NO", "LICENCE": "LICENSE", "LICENCES": "LICENSES", "FIREARMES": "FIREARMS", "PISTAL": "PISTOL", "PISTLE": "PISTOL",
        "MACHETTE": "MACHETE", "MACHEETE": "MACHETE", "MACHET": "MACHETE",
        "THRTND": "THREATENED", "THREATND": "THREATENED", "THRETENED": "THREATENED", "THREATEND": "THREATENED", "THREATNED": "THREATENED",
        "THRETENING": "THREATENING", "THREATING": "THREATENING", "THRTNG": "THREATENING", "THRTNING": "THREATENING", "THRTS": "THREATS",
        "THRETS": "THREATS",
        "INJURYS": "INJURIES", "INJRIES": "INJURIES", "INJURIS": "INJURIES", "INJURED.": "INJURED", "INJ'D": "INJURED",
        "BLEEDIN": "BLEEDING", "BLEADING": "BLEEDING", "BLEDING": "BLEEDING",
        "PUNCHD": "PUNCHED", "PUCHED": "PUNCHED", "PUNSHED": "PUNCHED", "PNCHED": "PUNCHED",
        "HITTIN": "HITTING", "HITING": "HITTING", "HITT": "HIT",
        "FITING": "FIGHTING", "FIGTING": "FIGHTING", "FIGHTIN": "FIGHTING", "FIHGTING": "FIGHTING",
        "STABED": "STABBED", "STABING": "STABBING",
        "SUCIDAL": "SUICIDAL", "SUICDAL": "SUICIDAL", "SUISIDAL": "SUICIDAL", "SUCIDE": "SUICIDE", "SUICDE": "SUICIDE", "SUICIDLE": "SUICIDAL",
        "UNCONSCIENCE": "UNCONSCIOUS", "UNCONCIOUS": "UNCONSCIOUS", "UNCONSIOUS": "UNCONSCIOUS", "UNRESPONSIVE.": "UNRESPONSIVE",
        "VIOLANCE": "VIOLENCE", "VOILENCE": "VIOLENCE", "VIOLENT.": "VIOLENT", "VOILENT": "VIOLENT",
        "ASSUALT": "ASSAULT", "ASSUALTED": "ASSAULTED", "ASAULT": "ASSAULT", "ASAULTED": "ASSAULTED",
        "OVERDOSSED": "OVERDOSED", "ODED": "OVERDOSED", "OD'D": "OVERDOSED", "O.D.": "OD",
        "SEIZEING": "SEIZING", "SIEZURE": "SEIZURE", "SIEZING": "SEIZING",
        "STOLED": "STOLE", "STOLLEN": "STOLEN", "STEALIN": "STEALING",
        "DIDN": "DIDNT", "DID'NT": "DIDNT", "DOESNOT": "DOESNT", "CANNT": "CANT", "WASN": "WASNT", "HASN": "HASNT",
        "UNKN": "UNK", "UNKWN": "UNKNOWN", "UNKOWN": "UNKNOWN", "UKNOWN": "UNKNOWN", "UNKNWN": "UNKNOWN",
        "NEGETIVE": "NEGATIVE", "NEGITIVE": "NEGATIVE",
        "POSS.": "POSS", "POSSIBLE.": "POSSIBLE", "PROB.": "PROB",
        "GUNNA": "GONNA", "GOIN": "GOING",
        "SUBJECTS": "SUBJ", "SUB": "SUBJ", "SUBJS": "SUBJ",
        "CLR": "CALLER", "COMP": "CALLER", "COMPLAINANT": "CALLER", "RPS": "CALLERS", "BLDG": "BUILDING", "VEH": "VEHICLE", "VEHS": "VEHICLES", "BLDGS": "BUILDINGS", "QTY": "QUANTITY", "COMPL": "CALLER", "CALLR": "CALLER", "CALER": "CALLER",
        "TXTED": "TEXTED", "TXTD": "TEXTED", "TXT": "TEXT", "TXTS": "TEXTS", "TXTING": "TEXTING", "MSG": "MESSAGE", "MSGS": "MESSAGES",
        "INTOX": "INTOXICATED", "INTOXD": "INTOXICATED", "PROG": "PROGRESS", "BKGD": "BACKGROUND",
        "ADV": "ADVISED", "ADVS": "ADVISES", "STS": "STATES", "STATS": "STATES",
        "DIF": "DIFFICULTY", "BRTHG": "BREATHING", "BRTHNG": "BREATHING", "BRTHING": "BREATHING", "SZING": "SEIZING", "SZD": "SEIZING", "YEST": "YESTERDAY", "YSTRDY": "YESTERDAY", "DIFF.": "DIFF", "RXN": "REACTION", "THRU": "THROUGH", "ALRDY": "ALREADY", "REQD": "REQUIRED",
        "HIMSELF.": "HIMSELF", "HIMSLEF": "HIMSELF", "HERSLEF": "HERSELF", "HIMSELVE": "HIMSELF", "THEMSELVES": "THEMSELVES",
            ]

    /// Words close to vocabulary words that must not be corrected to them ("SHOUTING" is not "SHOOTING").
    static let correctionBlocklist: Set<String> = [
        "SHOUTING", "SHOUTED", "SHOUTS", "ATTACHED", "INSURED", "THREADS", "BLENDING", "VIOLET", "SHAVING", "HINTING",
        "BEARING", "BEADING", "BREEDING", "STABLED", "PINCHED", "HEATING", "SEATING", "FIGHTER", "LIGHTING", "SIGHTING",
        "SITTING", "FITTING", "KNITTING", "PUNCHES", "BLESSING", "CHOKERS", "BLEEPING", "SLEEPING", "STEAMING", "STEALTHY",
        "ASSAULTS", "MEDICAL", "MEDICINE", "INJURES", "TREATING", "THREATS", "WEAPONS", "HOLDING", "FOLDING", "HURTLES",
        "CUTTERS", "HITCHED", "PITCHED", "PATCHED", "DITCHED", "STICKER", "CLUBBER", "BATTING", "BATTLES", "BOTTLES",
        "SHOOTER", "SHOOTERS", "SCOOTER", "SCOOTERS", "SHOPPING", "SHOPPER", "SHIPPING", "TOWNING", "SPENDING", "SEEDING", "SHEDDING", "SLEDDING", "BETTING", "SHARING", "TEXTING", "WAITING", "WEARING",
        "STRANGE", "KNOCKER", "PROPERLY", "HEARING", "BEARING", "CHARGING", "HOSTING", "POSTING", "RESTING", "NESTING", "SHOWING", "SHOWERING", "SHOWED", "PUNCHING", "STABLES", "SCREAMING",
        "STRIPPED", "STRIPPING", "STRIPPER", "THROWING", "THROWN", "KNOWING", "GROWING", "BLOWING", "FLOWING", "GLOWING", "SLOWING", "STOWING", "ROWING",
        // Thirteenth pass: common words one dropped letter away from a red-flag word ("REAR" door is not "REBAR").
        "REAR", "CASHED", "ALLOC", "ALLOCATED", "SLOSHED",
    ]

    /// "5YO", "3YOM", "10YOA": an age of 12 or under written with a years-old suffix reads as CHILD.
    static func childAge(_ word: String) -> String? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let years = Int(digits), years <= 12 else { return nil }
        let suffix = word.dropFirst(digits.count)
        return ["YO", "YOA", "YOM", "YOF", "YR", "YRS", "YOB", "YOG"].contains(String(suffix)) ? "CHILD" : nil
    }

    /// "55YOF", "34YOM": an older age glued to its years-old suffix reads as ADULT (a patient's age, as in "55YOF CP").
    static func adultAge(_ word: String) -> String? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let years = Int(digits), years > 12 else { return nil }
        return ["YO", "YOA", "YOM", "YOF"].contains(String(word.dropFirst(digits.count))) ? "ADULT" : nil
    }

    /// Normalises one raw word: upper case, apostrophes dropped, known spellings mapped.
    static func normalize(_ raw: String) -> String {
        // Spellings written with an apostrophe ("OD'D", "INJ'D") are looked up before the apostrophe is dropped:
        // without it "OD'D" would be the word ODD ("acting odd").
        if raw.utf8.contains(0x27), let mapped = spellings[raw.uppercased()] { return mapped }
        var word: String
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly every word): upper-case and drop quotes byte by byte, as `uppercased()` would.
            word = String(decoding: raw.utf8.compactMap { b -> UInt8? in
                b == 0x27 || b == 0x22 ? nil : (b >= 97 && b <= 122 ? b - 32 : b)
            }, as: UTF8.self)
        } else {
            word = raw.uppercased()
            word.removeAll { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{2018}" || $0 == "\u{201C}" || $0 == "\u{201D}" || $0 == "\"" }
        }
        while let last = word.last, last == "." { word.removeLast() }
        if let mapped = spellings[word] { return mapped }
        // An age starts with an ASCII digit: other words skip the character-by-character checks.
        guard let first = word.utf8.first, first >= 0x30 && first <= 0x39 else { return word }
        if let age = childAge(word) ?? adultAge(word) { return age }
        return word
    }
}

