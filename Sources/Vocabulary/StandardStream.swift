import Foundation

/// Writes diagnostics and live lines to standard error and standard output without trapping.
///
/// `FileHandle`'s non-throwing `write(_:)` traps when the write fails (a closed pipe, `/dev/full`); these use the throwing
/// `write(contentsOf:)` and drop the text when the stream cannot take it, since there is nowhere left to report that.
public enum StandardStream {
    /// Writes `text` as is to standard error.
    public static func error(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// Writes `text` as is to standard output, unbuffered.
    public static func output(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }
}
