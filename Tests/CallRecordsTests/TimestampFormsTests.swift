import Foundation
import Testing
import CallRecords
import Vocabulary

/// Issue 10: spreadsheet serials, explicit patterns, the 12-hour clock option and coordinates in one column.
@Suite struct TimestampFormsTests {
    let utc = TimeZone(identifier: "UTC")!

    /// Serials against Python's datetime, the 1900 date system with Excel's 29 February 1900:
    /// `python3 -c "from datetime import *; print(datetime(1899,12,30)+timedelta(days=S))"` for S ≥ 61 and
    /// `datetime(1899,12,31)+timedelta(days=S)` below 60, rounded to the millisecond (45000.999999 is
    /// 23:59:59.913600 in Python, so .914).
    @Test(arguments: [
        ("44317.57291", "2021-05-01T13:44:59.424"), ("44317.5", "2021-05-01T12:00:00"), ("43221", "2018-05-01T00:00:00"),
        ("45000.999999", "2023-03-15T23:59:59.914"), ("36526.25", "2000-01-01T06:00:00"), ("61", "1900-03-01T00:00:00"),
        ("59", "1900-02-28T00:00:00"), ("1", "1900-01-01T00:00:00"),
    ])
    func spreadsheetSerials(serial: String, expected: String) {
        let p = TimestampParser(format: .spreadsheetSerial, timeZone: utc)
        #expect(p.parse(serial)?.description == expected)
    }

    /// Day 60 is Excel's 29 February 1900, which never was; 0, text and negative values are not serials.
    @Test func impossibleSerials() {
        let p = TimestampParser(format: .spreadsheetSerial, timeZone: utc)
        for bad in ["60", "60.5", "0", "-3", "44317.", "2021-05-01", "44317.5x"] { #expect(p.parse(bad) == nil, "\(bad)") }
    }

    /// A date column holding a serial and a time column holding a fraction of a day or a clock time.
    @Test func serialDateAndTimeColumns() {
        let p = TimestampParser(format: .spreadsheetSerial, timeZone: utc)
        func both(_ d: String, _ t: String) -> String? {
            var dd = d, tt = t
            return dd.withUTF8 { db in tt.withUTF8 { tb in p.parse(date: db, time: tb)?.description } }
        }
        #expect(both("44317", "0.5") == "2021-05-01T12:00:00")
        #expect(both("44317.0", "13:45") == "2021-05-01T13:45:00")
        #expect(both("44317.5", "13:45") == nil)
    }

    @Test(arguments: [
        ("dd.MM.yyyy HH:mm", "01.05.2021 13:45", "2021-05-01T13:45:00"),
        ("d.M.yy H:mm:ss", "1.5.21 7:05:09", "2021-05-01T07:05:09"),
        ("yyyy/MM/dd'T'HH:mm:ss.SSS", "2021/05/01T13:45:10.250", "2021-05-01T13:45:10.250"),
        ("dd-MMM-yyyy hh:mm a", "01-May-2021 01:45 PM", "2021-05-01T13:45:00"),
        ("dd-MMM-yyyy hh:mm a", "01-MAY-2021 12:10 AM", "2021-05-01T00:10:00"),
        ("yyyyMMddHHmmss", "20210501134510", "2021-05-01T13:45:10"),
    ])
    func patterns(pattern: String, value: String, expected: String) throws {
        let p = TimestampParser(format: .pattern, timeZone: utc, pattern: try TimestampPattern(pattern))
        #expect(p.parse(value)?.description == expected)
    }

    @Test func patternsRefuseWhatDoesNotFit() throws {
        let p = TimestampParser(format: .pattern, timeZone: utc, pattern: try TimestampPattern("dd.MM.yyyy HH:mm"))
        for bad in ["2021-05-01 13:45", "31.02.2021 10:00", "01.05.2021 24:00", "01.05.2021 13:45 extra", "1.5.2021 13:45"] {
            #expect(p.parse(bad) == nil, "\(bad)")
        }
        #expect(throws: TimestampPatternError.self) { try TimestampPattern("dd.MM.yyyy HH:mm:QQ") }
        #expect(throws: TimestampPatternError.self) { try TimestampPattern("MM/dd HH:mm") }
        #expect(throws: TimestampPatternError.self) { try TimestampPattern("MM/dd/yyyy hh:mm") }
    }

    /// `timestamps.clock: 12h-no-meridiem`: 12 reads as 0, an hour above 12 is unreadable, AM/PM when written is exact.
    @Test func twelveHourClock() {
        let p = TimestampParser(format: .us, timeZone: utc, clock: .twelveHourNoMeridiem)
        #expect(p.parse("05/01/2021 12:10:00")?.description == "2021-05-01T00:10:00")
        #expect(p.parse("05/01/2021 1:10:00")?.description == "2021-05-01T01:10:00")
        #expect(p.parse("05/01/2021 13:10:00") == nil)
        #expect(p.parse("05/01/2021 1:10:00 PM")?.description == "2021-05-01T13:10:00")
        let iso = TimestampParser(format: .iso, timeZone: utc, clock: .twelveHourNoMeridiem)
        #expect(iso.parse("2021-05-01 12:10:00")?.description == "2021-05-01T00:10:00")
        #expect(iso.parse("2021-05-01 13:10:00") == nil)
        let plain = TimestampParser(format: .us, timeZone: utc)
        #expect(plain.parse("05/01/2021 13:10:00")?.description == "2021-05-01T13:10:00")
    }

    @Test func unreadableTimesListEveryFormat() {
        for word in ["ISO 8601", "US", "epoch", "spreadsheet-serial", "pattern"] { #expect(TimestampFormat.accepted.contains(word)) }
    }

    static let base = """
        name: t
        columns: {incident_id: id, call_type: type, created: time}
        """

    @Test func profileKeys() throws {
        let p = try Profile(yaml: Self.base + "\ntimestamps: {pattern: \"dd.MM.yyyy HH:mm\", clock: 24h}\n", file: "p.yaml")
        #expect(p.timestampFormat == .pattern && p.timestampPattern?.text == "dd.MM.yyyy HH:mm" && p.clock == .twentyFourHour)
        let s = try Profile(yaml: Self.base + "\ntimestamps: {format: spreadsheet-serial, clock: 12h-no-meridiem}\n", file: "p.yaml")
        #expect(s.timestampFormat == .spreadsheetSerial && s.clock == .twelveHourNoMeridiem)
        #expect(try Profile(yaml: Self.base, file: "p.yaml").clock == .auto)
        func message(_ yaml: String) -> String {
            do { _ = try Profile(yaml: Self.base + "\n" + yaml + "\n", file: "p.yaml"); return "" } catch { return "\(error)" }
        }
        #expect(message("timestamps: {format: pattern}").contains("needs `pattern:`"))
        #expect(message("timestamps: {format: iso, pattern: \"dd.MM.yyyy\"}").contains("format: pattern"))
        #expect(message("timestamps: {pattern: \"dd.QQ.yyyy\"}").contains("'QQ' is not a pattern field"))
        #expect(message("timestamps: {clock: 12h}").contains("12h-no-meridiem"))
        var both = ""
        do { _ = try Profile(yaml: "name: t\ncolumns: {incident_id: id, call_type: type, created: time, location: loc, latitude: lat}\n", file: "p.yaml") } catch { both = "\(error)" }
        #expect(both.contains("p.yaml") && both.contains("location") && both.contains("not both"))
    }

    @Test(arguments: [
        ("{'lat': 43.0, 'lng': -87.9}", 43.0, -87.9), ("{\"latitude\": \"43.05\", \"longitude\": \"-87.95\"}", 43.05, -87.95),
        ("{\"type\": \"Point\", \"coordinates\": [-87.9, 43.1]}", 43.1, -87.9), ("POINT(-87.9 43.0)", 43.0, -87.9),
        ("POINT (-87.91 43.02)", 43.02, -87.91), ("(43.0, -87.9)", 43.0, -87.9), ("43.0, -87.9", 43.0, -87.9),
        ("{\"human_address\": \"{\\\"address\\\": \\\"1, 2\\\"}\", \"latitude\": \"43.0\", \"longitude\": \"-87.9\"}", 43.0, -87.9),
    ])
    func coordinateForms(text: String, lat: Double, lon: Double) {
        let c = CoordinateText.parse(text)
        #expect(c?.latitude == lat && c?.longitude == lon, "\(text)")
    }

    @Test func unreadableCoordinates() {
        for bad in ["", "N/A", "(-122.3, 47.6)", "POINT(43.0)", "{'lat': 43.0}", "43.0; -87.9", "POINT(-87.9 43.0) x", "(91, 10)"] {
            #expect(CoordinateText.parse(bad) == nil, "\(bad)")
        }
    }
}
