/// A person who signs in: their role, and the team and program that scope what they see.
public struct User: Sendable, Codable, Equatable {
    public var id: Int
    public var name: String
    public var role: Role
    /// The responder team (responders see only their team's records).
    public var team: String
    /// The program (supervisors see every team of it).
    public var program: String

    public init(id: Int, name: String, role: Role, team: String, program: String) {
        self.id = id
        self.name = name
        self.role = role
        self.team = team
        self.program = program
    }
}

/// Who is asking, and from where: the subject of every access decision and audit entry.
public struct Requester: Sendable {
    public var user: User
    /// The client address as the server saw it ("cli" for the command line).
    public var address: String

    public init(user: User, address: String) {
        self.user = user
        self.address = address
    }
}
