import Vocabulary

/// How much of a city's citizen-call volume its call-type names allow to be mapped: some names carry no call type
/// at all (`OTHER`, `SEE TEXT`, `RA POLICE`), and no rule can map them; only the narratives or a hand-written
/// catalogue can. The mapped share is stated both of all the volume and of the volume whose names name a type.
public struct MappingNameCoverage: Sendable, Equatable {
    /// Citizen-call volume: citizen-initiated calls plus calls of unknown type.
    public var volume: Int
    /// Of it, calls whose type maps onto a canonical type.
    public var mapped: Int
    /// Of it, calls whose type's name carries no call type.
    public var nameless: Int
    /// Those types, most calls first.
    public var namelessTypes: [String]

    /// Share of the volume in types whose names carry no call type.
    public var namelessShare: Double { volume > 0 ? Double(nameless) / Double(volume) : 0 }
    /// Share of the volume whose names name a type that is mapped (nil when every name carries none).
    public var mappedShareOfNamed: Double? {
        let named = volume - nameless
        return named > 0 ? Double(mapped) / Double(named) : nil
    }

    /// One sentence for notes and warnings, or nil when every name names a type.
    public var sentence: String? {
        guard nameless > 0 else { return nil }
        let types = namelessTypes.prefix(5).joined(separator: ", ") + (namelessTypes.count > 5 ? ", ..." : "")
        let rest = mappedShareOfNamed.map { "; of the rest, \(Format.percent($0)) is mapped" } ?? ""
        return "\(Format.percent(namelessShare)) of citizen-call volume has a type whose name carries no call type (\(types)): no rule can map it, only the narratives or a hand-written catalogue\(rest)."
    }
}
