/// Where the records live: a SQLite file or a PostgreSQL server.
///
/// Parsed from the `--database` option: a `postgres://` or `postgresql://` URL names a PostgreSQL database,
/// anything else a SQLite file (created when missing).
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    /// A SQLite database file.
    case sqlite(path: String)
    /// A PostgreSQL database (15 or later), by URL; `searchPath` puts every table in one schema (tests use it).
    case postgres(url: String, searchPath: String? = nil)

    /// The default: `reroute.sqlite` in the working directory.
    public static let defaultSQLite = DatabaseLocation.sqlite(path: "reroute.sqlite")

    /// Reads the `--database` option's value.
    public init(_ text: String) {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The location with any password left out, for messages and logs.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url, let schema):
            var shown = url
            if let at = url.firstIndex(of: "@"), let scheme = url.range(of: "://"), scheme.upperBound < at {
                let credentials = url[scheme.upperBound..<at]
                if let colon = credentials.firstIndex(of: ":") {
                    shown = String(url[..<colon]) + ":***" + String(url[at...])
                }
            }
            return schema.map { "\(shown) (schema \($0))" } ?? shown
        }
    }
}
