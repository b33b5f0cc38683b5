/// A table of built-in lexicon entries (``NarrativeLexicon``, ``DispatchLexicon``, ``DispatchCaution``,
/// ``CautionFamilies``): gives each the same one- and two-letter names for the flag kinds its entries raise,
/// written once here (`I` injury, `W` weapon, `WV` weapon and violence, …).
protocol LexiconTable {}

extension LexiconTable {
    static var I: Set<FlagKind> { [.injury] }
    static var V: Set<FlagKind> { [.violence] }
    static var P: Set<FlagKind> { [.policeOnly] }
    static var S: Set<FlagKind> { [.suicide] }
    static var T: Set<FlagKind> { [.threat] }
    static var U: Set<FlagKind> { [.uncertainty] }
    static var W: Set<FlagKind> { [.weapon] }
    static var WV: Set<FlagKind> { [.weapon, .violence] }
    static var WP: Set<FlagKind> { [.weapon, .policeOnly] }
    static var WI: Set<FlagKind> { [.weapon, .injury] }
    static var IP: Set<FlagKind> { [.injury, .policeOnly] }
    static var PU: Set<FlagKind> { [.policeOnly, .uncertainty] }
    static var IS: Set<FlagKind> { [.injury, .suicide] }
    static var IU: Set<FlagKind> { [.injury, .uncertainty] }
}
