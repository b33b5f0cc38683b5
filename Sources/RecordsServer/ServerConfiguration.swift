import Evaluation

/// How the records server runs.
public struct ServerConfiguration: Sendable {
    /// The address to listen on (loopback by default: put a TLS proxy in front to serve a network).
    public var host: String
    public var port: Int
    /// Marks cookies `Secure` (sent only over HTTPS, and by browsers over http://localhost).
    public var secureCookies: Bool
    /// Failed sign-ins allowed per name and address within ``signInWindowSeconds``.
    public var signInAttempts: Int
    public var signInWindowSeconds: Int
    /// The program's launch, districts and response target, for the dashboards and the impact evaluation.
    public var evaluation: EvaluationSettings

    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = true, signInAttempts: Int = 5, signInWindowSeconds: Int = 900,
                evaluation: EvaluationSettings = EvaluationSettings(programName: "Community responder program", launchDate: "", programDistricts: [])) {
        self.evaluation = evaluation
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.signInAttempts = signInAttempts
        self.signInWindowSeconds = signInWindowSeconds
    }
}
