import Foundation
import Testing

/// Compares `text` with the committed snapshot `Tests/ChartsTests/__Snapshots__/<name>`.
///
/// Run with `RECORD_SNAPSHOTS=1` to (re)write the snapshot deliberately; otherwise a missing or different
/// snapshot fails the test, naming the first differing line.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("Could not record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("Missing snapshot \(url.path); run with RECORD_SNAPSHOTS=1 to record it.", sourceLocation: sourceLocation)
        return
    }
    guard expected != text else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expectedLines.count, actualLines.count)
    let expectedLine = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>"
    let actualLine = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>"
    Issue.record("""
        Snapshot \(name) differs at line \(firstDifference + 1) (RECORD_SNAPSHOTS=1 re-records):
          expected: \(expectedLine)
          actual:   \(actualLine)
        """, sourceLocation: sourceLocation)
}
