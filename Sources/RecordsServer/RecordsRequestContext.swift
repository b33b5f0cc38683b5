import Hummingbird
import NIOCore
import ResponderRecords

/// The per-request context: who is signed in (browser session or API token) and from which address.
public struct RecordsRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The browser session, set by ``SessionMiddleware``.
    public var session: Session?
    /// The user of a Bearer token, set by ``BearerTokenMiddleware``.
    public var apiUser: User?
    /// The client's address as seen on the connection ("unknown" in router tests).
    public let address: String

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.address = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The requester for the records store: the session's user, else the token's.
    /// - Throws: 401 when neither is present.
    func requester() throws -> Requester {
        if let user = session?.user ?? apiUser { return Requester(user: user, address: address) }
        throw RecordsError.unauthorized(reason: "sign in first")
    }
}
