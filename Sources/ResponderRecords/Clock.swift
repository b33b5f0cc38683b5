import Foundation

/// Timestamps as the records store them: ISO 8601 in UTC, to the millisecond (`2026-05-01T08:30:00.000Z`),
/// so that text order is time order on both databases.
enum Clock {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC") ?? .current)

    static func nowText() -> String { text(Date()) }

    static func text(_ date: Date) -> String { date.formatted(style) }

    static func date(_ text: String) -> Date? { try? style.parse(text) }
}
