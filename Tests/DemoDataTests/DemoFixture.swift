import DemoData
import Foundation

/// One generated quarter-scale year shared by the tests (generated once, read with the tests' own CSV reader).
struct DemoFixture: Sendable {
    static let scale = 1.0
    static let shared: DemoFixture = {
        do { return try DemoFixture(seed: 2021, scale: scale) } catch { preconditionFailure("fixture: \(error)") }
    }()

    let summary: DemoDataSummary
    let csv: Data
    let geoJSON: Data
    let header: [String]
    /// Every record after the header.
    let records: [TinyCSVRecord]

    init(seed: UInt64, scale: Double) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("demodata-tests-\(ProcessInfo.processInfo.processIdentifier)-\(seed)-\(scale)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csvURL = folder.appendingPathComponent("demo.csv")
        let geoURL = folder.appendingPathComponent("demo-boundaries.geojson")
        summary = try DemoDataGenerator(seed: seed, scale: scale).write(to: csvURL, boundariesTo: geoURL)
        csv = try Data(contentsOf: csvURL)
        geoJSON = try Data(contentsOf: geoURL)
        var all = TinyCSVReader.read(csv)
        header = all.removeFirst().fields
        records = all
    }

    /// Well-formed rows (13 fields, clean quoting, parseable `created_at`).
    var validRows: [TinyCSVRecord] {
        records.filter { $0.fields.count == 13 && !$0.badQuoting && $0.fields[4] != "UNKNOWN" }
    }

    /// Citizen-initiated rows, one per incident id (the last row of an id wins).
    var citizenCalls: [[String]] {
        var byID: [String: Int] = [:]
        var rows: [[String]] = []
        for r in validRows where r.fields[3] != "OFFICER" {
            if let i = byID[r.fields[0]] { rows[i] = r.fields } else {
                byID[r.fields[0]] = rows.count
                rows.append(r.fields)
            }
        }
        return rows
    }
}

/// Timestamp arithmetic for the tests, via Foundation's Gregorian calendar (independent of the generator's own).
enum TestClock {
    nonisolated(unsafe) private static var dayCache: [Substring: (epochDay: Int, weekday: Int)] = [:]
    private static let lock = NSLock()

    /// Days since 1970 and weekday (Monday = 0) of `YYYY-MM-DD`.
    static func day(_ date: Substring) -> (epochDay: Int, weekday: Int) {
        lock.lock()
        defer { lock.unlock() }
        if let hit = dayCache[date] { return hit }
        let parts = date.split(separator: "-").map { Int($0)! }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let d = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
        let weekday = (calendar.component(.weekday, from: d) + 5) % 7 // Sunday = 1 → 6, Monday = 2 → 0
        let value = (Int(d.timeIntervalSince1970) / 86_400, weekday)
        dayCache[date] = value
        return value
    }

    /// Seconds since 1970 of `YYYY-MM-DD HH:MM:SS`, or nil for an empty field.
    static func seconds(_ text: String) -> Int? {
        guard text.count == 19 else { return nil }
        let s = Substring(text)
        let day = day(s.prefix(10)).epochDay
        let h = Int(s.dropFirst(11).prefix(2))!, m = Int(s.dropFirst(14).prefix(2))!, sec = Int(s.dropFirst(17))!
        return day * 86_400 + h * 3_600 + m * 60 + sec
    }

    static func hour(_ text: String) -> Int { Int(text.dropFirst(11).prefix(2))! }
    static func weekday(_ text: String) -> Int { day(Substring(text).prefix(10)).weekday }
}
