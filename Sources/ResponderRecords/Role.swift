/// The five roles of the records system and what each may do.
public enum Role: String, Sendable, Codable, CaseIterable {
    /// Takes and screens calls: sees the CAD call list and the follow-up lists, no person-level records.
    case callTaker = "call-taker"
    /// A field responder: sees and edits the records of their own team.
    case responder
    /// Sees and edits the records of their program (every team in it).
    case supervisor
    /// Sees every record pseudonymised: no names, contact details or free text.
    case evaluator
    /// Manages users and checks the audit log; sees no person-level records.
    case administrator

    /// Whether this role may open person-level responder records at all.
    public var readsRecords: Bool { self == .responder || self == .supervisor || self == .evaluator }
    /// Whether this role may create and change responder records.
    public var writesRecords: Bool { self == .responder || self == .supervisor }
    /// Whether this role sees records only pseudonymised.
    public var seesPseudonymised: Bool { self == .evaluator }
    /// Whether this role may import CAD exports.
    public var importsCAD: Bool { self == .supervisor || self == .administrator || self == .callTaker }
}
