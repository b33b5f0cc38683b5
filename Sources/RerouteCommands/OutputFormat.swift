import ArgumentParser

/// How a command prints its tables: every command with a `--format` option takes this one type.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Aligned columns for a terminal (``Vocabulary/ResultTable/rendered(maxRows:)``).
    case text
    /// Comma-separated values through the one CSV writer.
    case csv
    /// JSON.
    case json

    /// Reads `text`, `csv` or `json`; `table` is accepted for `text` (`catalogue show`'s earlier name).
    public init?(argument: String) {
        if argument == "table" { self = .text; return }
        self.init(rawValue: argument)
    }
}
