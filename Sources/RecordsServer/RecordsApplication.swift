import Hummingbird
import Logging
import ResponderRecords
import Screening

/// What the routes share: the database, the stores over it, the page renderer and the sign-in limiter.
public struct RecordsServices: Sendable {
    public let database: RecordsDatabase
    public let store: RecordStore
    public let accounts: Accounts
    public let configuration: ServerConfiguration
    let pages: PageRenderer
    let limiter: SignInLimiter
    /// The call-taker protocol the console decides with (the bundled one).
    let screeningProtocol: ScreeningProtocol

    /// - Parameter bcryptCost: bcrypt's cost for passwords set through the server (tests use 4).
    public init(database: RecordsDatabase, configuration: ServerConfiguration = .init(), bcryptCost: UInt8 = 12) throws {
        self.database = database
        self.store = RecordStore(database: database)
        self.accounts = Accounts(database: database, bcryptCost: bcryptCost)
        self.configuration = configuration
        self.pages = try PageRenderer()
        self.limiter = SignInLimiter(attempts: configuration.signInAttempts, windowSeconds: configuration.signInWindowSeconds)
        self.screeningProtocol = try ScreeningProtocol.bundled()
    }
}

/// Builds the router: pages (session cookie, CSRF-checked forms) and the JSON API under `/api/v1` (Bearer token).
public func buildRouter(_ services: RecordsServices) -> Router<RecordsRequestContext> {
    let router = Router(context: RecordsRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorResponseMiddleware(pages: services.pages))
    router.get("/healthz") { _, _ in "ok" }
    router.get("/static/app.css") { _, _ in
        Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                 body: .init(byteBuffer: ByteBuffer(string: services.pages.stylesheet)))
    }
    let api = router.group("/api/v1").add(middleware: BearerTokenMiddleware(accounts: services.accounts))
    APIRoutes(services: services).register(on: api)
    PublicRoutes(services: services).register(on: router)
    router.add(middleware: SessionMiddleware(accounts: services.accounts))
    ConsoleRoutes(services: services).register(on: router)
    EvaluationRoutes(services: services).register(on: router)
    SignInRoutes(services: services).register(on: router)
    CallRoutes(services: services).register(on: router)
    RecordRoutes(services: services).register(on: router)
    FollowUpRoutes(services: services).register(on: router)
    AdminRoutes(services: services).register(on: router)
    ImportRoutes(services: services).register(on: router)
    return router
}

/// The web application on its configured address.
public func buildApplication(_ services: RecordsServices, logger: Logger = Logger(label: "reroute.serve")) -> some ApplicationProtocol {
    Application(router: buildRouter(services),
                configuration: .init(address: .hostname(services.configuration.host, port: services.configuration.port), serverName: "reroute"),
                logger: logger)
}
