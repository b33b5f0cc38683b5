import SQLKit

/// Who may see and change which records: the rules of the issue, in one place.
///
/// - Responders see and edit the records of their own team (in their program).
/// - Supervisors see and edit every record of their program.
/// - Evaluators see every record, pseudonymised (``ResponderRecord/pseudonymised()``), and change none.
/// - Call-takers and administrators open no person-level records.
public enum AccessPolicy {
    /// Whether the user may open the record (pseudonymised or not).
    public static func canRead(team: String, program: String, as user: User) -> Bool {
        switch user.role {
        case .responder: return user.team == team && user.program == program
        case .supervisor: return user.program == program
        case .evaluator: return true
        case .callTaker, .administrator: return false
        }
    }

    /// Whether the user may change the record.
    public static func canWrite(team: String, program: String, as user: User) -> Bool {
        switch user.role {
        case .responder: return user.team == team && user.program == program
        case .supervisor: return user.program == program
        case .evaluator, .callTaker, .administrator: return false
        }
    }

    /// Whether the user may see the CAD call list and call details.
    public static func canSeeCAD(_ user: User) -> Bool { user.role != .administrator }

    /// Fails unless the role opens records at all.
    static func requireRecordReader(_ user: User) throws(RecordsError) {
        if !user.role.readsRecords { throw .forbidden(reason: "the \(user.role.rawValue) role does not open responder records") }
    }

    /// Fails unless the role writes records.
    static func requireRecordWriter(_ user: User) throws(RecordsError) {
        if !user.role.writesRecords { throw .forbidden(reason: "the \(user.role.rawValue) role does not create or change responder records") }
    }

    /// The SQL condition on `responder_records` (alias `r`) that keeps the records the user may read.
    static func visibleRecords(to user: User) -> SQLQueryString {
        switch user.role {
        case .responder: return "r.program = \(bind: user.program) AND r.team = \(bind: user.team)"
        case .supervisor: return "r.program = \(bind: user.program)"
        case .evaluator: return "1 = 1"
        case .callTaker, .administrator: return "1 = 0"
        }
    }
}
