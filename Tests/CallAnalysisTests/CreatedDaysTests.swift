import Foundation
import Testing
import CallRecords
import CallCatalogue
import CallAnalysis

/// The summarizer counts calls per created day in an array around the first row's day and in a dictionary beyond
/// it: the days, counts and first/last times are those of the rows, whatever their order and however far apart.
@Suite struct CreatedDaysTests {
    @Test func daysInAndBeyondTheWindowInAnyOrder() throws {
        let ingestor = CallIngestor(profile: try ProfileLibrary.builtIn("reroute-standard"), rejects: try RejectsWriter(url: nil))
        var theft = Array("THEFT".utf8)
        let type = theft.withUnsafeBufferPointer { ingestor.callTypes.id(of: $0) }
        // Days the first row is near, and days decades before and after it (outside any window of a few years),
        // with rows of one day spread over the run.
        let dates: [(Int, Int, Int)] = [(2021, 5, 1), (2021, 5, 2), (2020, 1, 1), (1990, 1, 1), (1969, 12, 31), (2049, 12, 31), (2060, 6, 15), (2021, 5, 1)]
        var rows: [CallRow] = []
        var generator = SystemRandomNumberGenerator()
        for (y, m, d) in dates {
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                let created = try #require(LocalTime(year: y, month: m, day: d, hour: Int.random(in: 0...23, using: &generator),
                                                     minute: Int.random(in: 0...59, using: &generator)))
                rows.append(CallRow(callType: type, created: created.milliseconds))
            }
        }
        // Independently: calls, first and last per calendar date, from the rows' dates.
        var expected: [Int: (calls: Int, first: Int64, last: Int64)] = [:]
        for r in rows {
            let day = Int((Double(r.created) / 86_400_000).rounded(.down))
            let e = expected[day] ?? (0, .max, .min)
            expected[day] = (e.calls + 1, min(e.first, r.created), max(e.last, r.created))
        }
        for order in [rows, rows.shuffled(using: &generator), rows.reversed()] {
            let summarizer = CallSummarizer(ingestor: ingestor, catalogue: try CallCatalogue.builtIn("milwaukee"))
            for r in order { summarizer.add(r) }
            let days = summarizer.summary().createdDays
            #expect(days.count == Set(dates.map { "\($0)" }).count)
            #expect(Set(days.keys) == Set(expected.keys))
            for (day, e) in expected {
                #expect(days[day]?.calls == e.calls && days[day]?.first == e.first && days[day]?.last == e.last, "day \(day)")
            }
        }
    }

    /// Calls per district of each type, counted in arrays by district id, come out by district name as counted here.
    @Test func districtsPerType() throws {
        let ingestor = CallIngestor(profile: try ProfileLibrary.builtIn("reroute-standard"), rejects: try RejectsWriter(url: nil))
        func intern(_ text: String, _ interner: ByteInterner) -> Int32 {
            var bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { interner.id(of: $0) }
        }
        let types = ["THEFT", "WELFARE CITIZEN", "NO SUCH TYPE"].map { intern($0, ingestor.callTypes) }
        let names = (1...9).map { "District \($0)" }
        let districts = names.map { intern($0, ingestor.districts) }
        var expected: [Int32: [String: Int]] = [:]
        var rows: [CallRow] = []
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let type = types.randomElement(using: &generator) ?? 0
            var row = CallRow(callType: type, created: 1_620_000_000_000)
            if Int.random(in: 0..<10, using: &generator) > 0 {
                let d = Int.random(in: 0..<names.count, using: &generator)
                row.district = districts[d]
                expected[type, default: [:]][names[d], default: 0] += 1
            }
            rows.append(row)
        }
        let summarizer = CallSummarizer(ingestor: ingestor, catalogue: try CallCatalogue.builtIn("milwaukee"))
        for r in rows { summarizer.add(r) }
        let s = summarizer.summary()
        for (type, want) in expected {
            let code = ingestor.profile.catalogueCode(for: ingestor.callTypes.string(type))
            let tally = s.citizen[code] ?? s.officer[code] ?? s.unknown[code]
            #expect(tally?.byDistrict == want, "\(code)")
        }
        #expect(expected.count == types.count)
    }
}
