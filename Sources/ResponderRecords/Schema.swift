/// The records schema: every table, in the order they must be created and restored (referenced tables first).
///
/// The RMS side follows Figure 20 of the LEAP report (responder notes, root cause, referrals, known high utilizer,
/// demographics as stated, contact and permission for follow-up, outcome, follow-ups with other providers); the CAD
/// side keeps what Figure 19 lists, keyed by the incident number that merges the two.
enum Schema {
    static let imports = TableDefinition(name: "imports", columns: [
        .id(),
        .text("started_at", nullable: false), .text("finished_at"), .text("imported_by", nullable: false),
        .text("files", nullable: false), .text("file_sha256", nullable: false), .text("profile", nullable: false),
        .integer("rows_read", nullable: false, default: 0), .integer("rows_accepted", nullable: false, default: 0),
        .integer("rows_rejected", nullable: false, default: 0), .integer("rows_excluded", nullable: false, default: 0),
        .integer("incidents_new", nullable: false, default: 0), .integer("incidents_updated", nullable: false, default: 0),
    ])

    static let cadIncidents = TableDefinition(name: "cad_incidents", columns: [
        .id(),
        .text("incident_number", nullable: false, unique: true),
        .text("call_type", nullable: false), .text("raw_call_type", nullable: false), .text("priority"), .text("source", nullable: false),
        .text("created_at", nullable: false), .text("dispatched_at"), .text("en_route_at"), .text("arrived_at"), .text("cleared_at"),
        .text("disposition"), .text("outcome", nullable: false), .real("latitude"), .real("longitude"),
        .text("district"), .text("beat"), .text("address"), .text("narrative"),
        .integer("responder_type", nullable: false, default: 0),
        .integer("first_import_id", references: "imports"), .integer("import_id", references: "imports"),
    ], indexes: [
        "CREATE INDEX cad_incidents_created ON cad_incidents (created_at)",
        "CREATE INDEX cad_incidents_responder_type ON cad_incidents (responder_type, created_at)",
    ])

    static let persons = TableDefinition(name: "persons", columns: [
        .id(),
        .text("pseudonym", nullable: false, unique: true), .text("name"), .text("program", nullable: false),
        .integer("known_high_utilizer", nullable: false, default: 0), .text("created_at", nullable: false),
    ], indexes: ["CREATE INDEX persons_program_name ON persons (program, name)"])

    static let responderRecords = TableDefinition(name: "responder_records", columns: [
        .id(),
        .text("incident_number"), .text("origin", nullable: false), .text("team", nullable: false), .text("program", nullable: false),
        .text("responders"), .text("arrived_at"), .text("cleared_at"),
        .text("circumstances"), .text("root_cause"), .text("services"),
        .integer("police_requested", nullable: false, default: 0), .text("police_reason"),
        .integer("ems_requested", nullable: false, default: 0), .text("ems_reason"),
        .text("transport"), .text("outcome"), .text("narrative"),
        .integer("person_id", references: "persons"),
        .text("created_by", nullable: false), .text("created_at", nullable: false),
        .text("updated_by", nullable: false), .text("updated_at", nullable: false),
        .integer("version", nullable: false, default: 1),
    ], indexes: [
        "CREATE INDEX responder_records_incident ON responder_records (incident_number)",
        "CREATE INDEX responder_records_team ON responder_records (program, team)",
    ])

    static let demographics = TableDefinition(name: "demographics", columns: [
        .id(),
        .integer("record_id", nullable: false, references: "responder_records"), .text("party", nullable: false),
        .text("gender"), .text("race"), .text("ethnicity"), .text("age_range"),
    ], indexes: ["CREATE UNIQUE INDEX demographics_record_party ON demographics (record_id, party)"])

    static let contacts = TableDefinition(name: "contacts", columns: [
        .id(),
        .integer("record_id", nullable: false, references: "responder_records"),
        .text("phone"), .text("email"), .text("contact_note"),
        .integer("consent_follow_up", nullable: false, default: 0), .text("consent_date"), .text("consent_scope"),
    ], indexes: ["CREATE UNIQUE INDEX contacts_record ON contacts (record_id)"])

    static let referrals = TableDefinition(name: "referrals", columns: [
        .id(),
        .integer("record_id", nullable: false, references: "responder_records"),
        .text("referral_type", nullable: false), .text("agency", nullable: false), .text("handoff", nullable: false),
        .integer("minutes"), .text("notes"), .text("created_by", nullable: false), .text("created_at", nullable: false),
    ], indexes: ["CREATE INDEX referrals_record ON referrals (record_id)"])

    static let followUps = TableDefinition(name: "follow_ups", columns: [
        .id(),
        .integer("record_id", nullable: false, references: "responder_records"), .integer("referral_id", references: "referrals"),
        .text("status", nullable: false), .text("due_on"), .text("notes"),
        .text("updated_by", nullable: false), .text("updated_at", nullable: false),
    ], indexes: ["CREATE INDEX follow_ups_record ON follow_ups (record_id)"])

    static let users = TableDefinition(name: "users", columns: [
        .id(),
        .text("name", nullable: false, unique: true), .text("role", nullable: false),
        .text("team", nullable: false), .text("program", nullable: false),
        .text("password_hash", nullable: false), .integer("active", nullable: false, default: 1), .text("created_at", nullable: false),
    ])

    static let sessions = TableDefinition(name: "sessions", columns: [
        .id(),
        .text("token_hash", nullable: false, unique: true), .integer("user_id", nullable: false, references: "users"),
        .text("csrf_token", nullable: false), .text("address"), .text("created_at", nullable: false), .text("expires_at", nullable: false),
    ])

    static let apiTokens = TableDefinition(name: "api_tokens", columns: [
        .id(),
        .text("token_hash", nullable: false, unique: true), .integer("user_id", nullable: false, references: "users"),
        .text("label"), .text("created_at", nullable: false), .integer("revoked", nullable: false, default: 0),
    ])

    static let auditLog = TableDefinition(name: "audit_log", columns: [
        .id(),
        .text("at", nullable: false), .text("user_name", nullable: false), .text("role", nullable: false),
        .text("address", nullable: false), .text("action", nullable: false), .text("entity", nullable: false),
        .text("entity_id", nullable: false), .text("detail", nullable: false),
        .text("prev_hash", nullable: false), .text("hash", nullable: false),
    ])

    /// A call-taker's screening decision on one call (migration 3): the answers given, the protocol's decision, the
    /// rule that fired and the short code written in the CAD narrative, keyed by incident number.
    static let screeningDecisions = TableDefinition(name: "screening_decisions", columns: [
        .id(),
        .text("incident_number", nullable: false), .text("decided_at", nullable: false), .text("decided_by", nullable: false),
        .text("source_line", nullable: false), .text("call_type", nullable: false), .text("answers", nullable: false),
        .text("decision", nullable: false), .text("rule_id", nullable: false), .text("short_code", nullable: false),
        .text("reason", nullable: false), .text("protocol_version", nullable: false),
    ], indexes: ["CREATE INDEX screening_decisions_incident ON screening_decisions (incident_number)"])

    /// The tables of migration 1 (frozen: later tables come in their own migrations).
    static let version1Tables: [TableDefinition] = [
        imports, cadIncidents, persons, responderRecords, demographics, contacts, referrals, followUps, users, sessions, apiTokens, auditLog,
    ]

    /// Every table, referenced ones first.
    static let tables: [TableDefinition] = version1Tables + [screeningDecisions]
}
