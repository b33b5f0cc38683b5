import Crypto
import Foundation
import HummingbirdBcrypt
import SQLKit

/// A signed-in browser session: the user and the CSRF token its forms must carry.
public struct Session: Sendable {
    public var user: User
    public var csrfToken: String
}

/// Users, passwords (bcrypt), browser sessions and API tokens.
///
/// Session and API tokens are 256-bit random values; only their SHA-256 is stored, so a copy of the database does
/// not let anyone sign in.
public struct Accounts: Sendable {
    public let database: RecordsDatabase
    /// bcrypt's cost (log2 of the rounds): 12 in service; tests use the minimum, 4.
    public let bcryptCost: UInt8
    /// How long a session lasts from sign-in.
    public let sessionLifetime: TimeInterval

    public init(database: RecordsDatabase, bcryptCost: UInt8 = 12, sessionLifetime: TimeInterval = 8 * 3600) {
        self.database = database
        self.bcryptCost = bcryptCost
        self.sessionLifetime = sessionLifetime
    }

    var dialect: RecordsDatabase.Dialect { database.dialect }

    /// Adds a user.
    /// - Throws: ``RecordsError/alreadyExists(what:)`` when the name is taken, ``RecordsError/invalidField(field:value:expected:)``
    ///   for an empty name or a password shorter than 10 characters.
    @discardableResult
    public func createUser(name: String, role: Role, team: String, program: String, password: String, by actor: String = "cli",
                           address: String = "cli") async throws -> User {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 64 else { throw RecordsError.invalidField(field: "name", value: name, expected: "1 to 64 characters") }
        guard password.count >= 10 else { throw RecordsError.invalidField(field: "password", value: "(hidden)", expected: "at least 10 characters") }
        let hash = Bcrypt.hash(password, cost: bcryptCost)
        return try await database.transaction { db in
            if try await db.raw("SELECT id FROM users WHERE name = \(bind: name)").first() != nil {
                throw RecordsError.alreadyExists(what: "user \(name)")
            }
            guard let row = try await db.raw("""
                INSERT INTO users (name, role, team, program, password_hash, active, created_at)
                VALUES (\(bind: name), \(bind: role.rawValue), \(bind: team), \(bind: program), \(bind: hash), \(bind: 1), \(bind: Clock.nowText()))
                RETURNING id
                """).first() else { throw RecordsError.database(reason: "the new user got no id") }
            try await AuditLog.append(db, dialect: dialect, userName: actor, role: "administrator", address: address, action: "create",
                                      entity: "user", entityID: name, detail: "role \(role.rawValue), team \(team), program \(program)")
            return User(id: try row.decode(column: "id", as: Int.self), name: name, role: role, team: team, program: program)
        }
    }

    /// Every user, by name.
    public func users() async throws -> [User] {
        try await database.withConnection { db in
            try await db.raw("SELECT * FROM users ORDER BY name").all().map(Self.user(from:))
        }
    }

    /// A user by name, or nil.
    public func user(named name: String) async throws -> User? {
        try await database.withConnection { db in
            try await db.raw("SELECT * FROM users WHERE name = \(bind: name) AND active = 1").first().map(Self.user(from:))
        }
    }

    static func user(from row: any SQLRow) throws -> User {
        let roleText = try row.requiredText("role")
        guard let role = Role(rawValue: roleText) else { throw RecordsError.database(reason: "unknown role '\(roleText)' in users") }
        return User(id: try row.decode(column: "id", as: Int.self), name: try row.requiredText("name"), role: role,
                    team: try row.requiredText("team"), program: try row.requiredText("program"))
    }

    /// Checks a name and password; starts a session when they match. Both outcomes are audited.
    /// - Returns: the session and its token (for the cookie), or nil when the name or password is wrong.
    public func signIn(name: String, password: String, address: String) async throws -> (session: Session, token: String)? {
        let row = try await database.withConnection { db in
            try await db.raw("SELECT * FROM users WHERE name = \(bind: name) AND active = 1").first()
        }
        // A missing user still costs one bcrypt check, so timing does not tell which names exist.
        let storedHash = try row?.requiredText("password_hash") ?? Self.decoyHash
        let matches = Bcrypt.verify(password, hash: storedHash)
        guard let row, matches else {
            try await database.transaction { db in
                try await AuditLog.append(db, dialect: dialect, userName: String(name.prefix(64)), role: "-", address: address,
                                          action: "sign-in-refused", entity: "session", entityID: "-", detail: "wrong name or password")
            }
            return nil
        }
        let user = try Self.user(from: row)
        let token = Self.randomToken()
        let csrf = Self.randomToken()
        try await database.transaction { db in
            try await db.raw("""
                INSERT INTO sessions (token_hash, user_id, csrf_token, address, created_at, expires_at)
                VALUES (\(bind: Self.digest(token)), \(bind: user.id), \(bind: csrf), \(bind: address), \(bind: Clock.nowText()),
                        \(bind: Clock.text(Date().addingTimeInterval(sessionLifetime))))
                """).run()
            try await AuditLog.append(db, dialect: dialect, userName: user.name, role: user.role.rawValue, address: address, action: "sign-in",
                                      entity: "session", entityID: "-", detail: "")
        }
        return (Session(user: user, csrfToken: csrf), token)
    }

    private static let decoyHash = Bcrypt.hash("reroute-decoy-password", cost: 4)

    /// The live session of a cookie token, or nil when unknown or expired.
    public func session(token: String) async throws -> Session? {
        try await database.withConnection { db in
            guard let row = try await db.raw("""
                SELECT u.*, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
                WHERE s.token_hash = \(bind: Self.digest(token)) AND s.expires_at > \(bind: Clock.nowText()) AND u.active = 1
                """).first() else { return nil }
            return Session(user: try Self.user(from: row), csrfToken: try row.requiredText("csrf_token"))
        }
    }

    /// Ends a session (sign-out).
    public func endSession(token: String, address: String) async throws {
        try await database.transaction { db in
            if let session = try await db.raw("SELECT u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = \(bind: Self.digest(token))").first() {
                try await db.raw("DELETE FROM sessions WHERE token_hash = \(bind: Self.digest(token))").run()
                try await AuditLog.append(db, dialect: dialect, userName: try session.requiredText("name"), role: try session.requiredText("role"),
                                          address: address, action: "sign-out", entity: "session", entityID: "-", detail: "")
            }
        }
    }

    /// Issues an API token for a user (`reroute admin token USER`); the token is shown once and stored only hashed.
    public func issueToken(forUser name: String, label: String = "", by actor: String = "cli", address: String = "cli") async throws -> String {
        guard let user = try await user(named: name) else { throw RecordsError.notFound(what: "user \(name)") }
        let token = "rr_" + Self.randomToken()
        try await database.transaction { db in
            try await db.raw("""
                INSERT INTO api_tokens (token_hash, user_id, label, created_at, revoked)
                VALUES (\(bind: Self.digest(token)), \(bind: user.id), \(bind: label), \(bind: Clock.nowText()), \(bind: 0))
                """).run()
            try await AuditLog.append(db, dialect: dialect, userName: actor, role: "administrator", address: address, action: "create",
                                      entity: "api_token", entityID: name, detail: label)
        }
        return token
    }

    /// The user of a Bearer token, or nil when unknown or revoked.
    public func user(forToken token: String) async throws -> User? {
        try await database.withConnection { db in
            try await db.raw("""
                SELECT u.* FROM api_tokens t JOIN users u ON u.id = t.user_id
                WHERE t.token_hash = \(bind: Self.digest(token)) AND t.revoked = 0 AND u.active = 1
                """).first().map(Self.user(from:))
        }
    }

    /// 32 random bytes as 64 hex digits.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// SHA-256 of a token, hex.
    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
