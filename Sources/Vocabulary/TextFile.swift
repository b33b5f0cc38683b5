import Foundation

/// Reads the small UTF-8 text files Reroute takes as configuration (profiles, rule files, lexicons), giving the
/// reason in words when it cannot, so that each loader reports it with its own error and file name.
public enum TextFile {
    /// Why a text file could not be read, in words (the system's reason, or that the bytes are not UTF-8).
    public struct Unreadable: Error, Sendable {
        public var reason: String
    }

    /// The file's text.
    /// - Throws: ``Unreadable`` with the reason.
    public static func read(_ url: URL) throws(Unreadable) -> String {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw Unreadable(reason: error.localizedDescription) }
        guard let text = String(data: data, encoding: .utf8) else { throw Unreadable(reason: "the file is not valid UTF-8 text") }
        return text
    }
}
