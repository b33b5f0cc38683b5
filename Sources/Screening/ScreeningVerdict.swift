/// What the narrative screener concludes about one call.
public enum ScreeningVerdict: String, Sendable, CaseIterable, Codable, Hashable {
    /// A red flag was found: the call is not for community responders alone.
    case redFlag = "red_flag"
    /// The narrative cannot be read (empty, too short, mostly non-words): a person must look before the call
    /// is sent to community responders (issue 13: caution by default).
    case review
    /// No red flag in a readable narrative.
    case eligible
}
