/// Recognising domestic-violence and weapon variants from a call-type code.
extension CallCatalogue {
    /// Words that mark a weapon variant (whole words of the code, split at spaces, `/` and `-`), besides any word
    /// starting with `WEAP` (MPD truncates WEAPON to WEAP or WEAPO).
    public static let weaponWords: Set<String> = [
        "GUN", "GUNS", "FIREARM", "FIREARMS", "ARMED", "KNIFE", "KNIVES", "CUT", "CUTTING", "SHOTS", "SHOOTING",
    ]

    /// For a domestic-violence variant (`... -DV`, `... DV`, `.../DV`), its base code; otherwise `nil`.
    /// The input should be normalised (``normalise(_:)``).
    ///
    /// `domesticViolenceBase(of: "FAMILY TROUBL-DV") == "FAMILY TROUBL"`;
    /// `domesticViolenceBase(of: "BATTERY DV") == "BATTERY"`.
    public static func domesticViolenceBase(of code: String) -> String? {
        guard code.count > 3, code.hasSuffix("DV") else { return nil }
        let separator = code[code.index(code.endIndex, offsetBy: -3)]
        guard separator == "-" || separator == " " || separator == "/" else { return nil }
        let base = code.dropLast(3).reversed().drop { $0 == " " || $0 == "-" || $0 == "/" }.reversed()
        return base.isEmpty ? nil : String(base)
    }

    /// Whether a (normalised) code is a domestic-violence variant.
    public static func isDomesticViolenceCode(_ code: String) -> Bool {
        domesticViolenceBase(of: code) != nil
    }

    /// Whether a (normalised) code names a weapon: a word of ``weaponWords`` or a word starting with `WEAP`.
    public static func isWeaponCode(_ code: String) -> Bool {
        code.split { $0 == " " || $0 == "/" || $0 == "-" || $0 == "_" }.contains { word in
            weaponWords.contains(String(word)) || word.hasPrefix("WEAP")
        }
    }
}
