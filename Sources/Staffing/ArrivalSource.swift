import Foundation
import Vocabulary

/// Where calls come from.
public enum ArrivalSource: Sendable, Hashable {
    /// Poisson arrivals from hourly rates over a number of days starting Monday 00:00.
    case poisson(DemandProfile, days: Int)
    /// Replayed timestamps (minutes since a Monday 00:00) with priorities.
    case replay([CallTimestamp])
    /// Fixed calls with their draws (e.g. exported for a benchmark); no randomness.
    case fixed([SimulatedCall])
}

/// A replayed call time.
public struct CallTimestamp: Sendable, Hashable, Codable {
    /// Minutes since the simulation origin (Monday 00:00 of the first call's week).
    public var minute: Double
    /// Priority (lower first); 0 when the file has none.
    public var priority: Int
    /// Call type, when the file has one.
    public var callType: String?
}

extension ArrivalSource {
    /// Makes one replication's calls.
    public func makeCalls(service: ServiceTimeModel, rng: inout Xoshiro256) -> [SimulatedCall] {
        switch self {
        case let .fixed(calls):
            return calls
        case let .replay(stamps):
            return stamps.map { SimulatedCall(arrivalMinute: $0.minute, priority: $0.priority, busyMinutes: service.drawBusyMinutes(using: &rng), travelMinutes: service.travelMinutes) }
        case let .poisson(profile, days):
            var calls: [SimulatedCall] = []
            calls.reserveCapacity(Int(profile.callsPerWeek * Double(days) / 7 * 1.05) + 16)
            for k in 0..<(days * 24) {
                let rate = profile.callsPerHour[k % 168]
                guard rate > 0 else { continue }
                let mean = 60 / rate, end = Double(k + 1) * 60
                var t = Double(k) * 60 + rng.exponential(mean: mean)
                while t < end {
                    calls.append(SimulatedCall(arrivalMinute: t, busyMinutes: service.drawBusyMinutes(using: &rng), travelMinutes: service.travelMinutes))
                    t += rng.exponential(mean: mean)
                }
            }
            return calls
        }
    }

    /// Minutes of schedule to account for (utilisation): whole days covering the arrivals.
    public func horizonMinutes(calls: [SimulatedCall]) -> Double {
        switch self {
        case let .poisson(_, days): return Double(days) * 1440
        default:
            let last = calls.map(\.arrivalMinute).max() ?? 0
            return ((last / 1440).rounded(.down) + 1) * 1440
        }
    }

    /// Reads replayed call times: a CSV with `created_at` (`YYYY-MM-DD HH:MM:SS`, local time) and optional
    /// `call_type` and `priority` (integer, lower first) columns. The origin is Monday 00:00 of the first call's week.
    ///
    /// - Parameters:
    ///   - timeColumn: the timestamp column (`created_at`; Milwaukee's public export calls it `time`).
    ///   - typeColumn: the call-type column, if present.
    /// - Throws: ``CSVDocumentError`` naming the file, line and field of the first problem, or
    ///   ``StaffingError/noArrivals(file:)`` for a file without calls.
    public static func loadReplay(_ url: URL, timeColumn: String = "created_at", typeColumn: String = "call_type") throws -> ArrivalSource {
        let document = try CSVDocument(contentsOf: url)
        _ = try document.column(timeColumn)
        let hasType = document.hasColumn(typeColumn), hasPriority = document.hasColumn("priority")
        var raw: [(second: Int, priority: Int, type: String?)] = []
        for row in document.rows {
            let time = try document.text(row, timeColumn).trimmingCharacters(in: .whitespaces)
            guard let second = parseTimestamp(time) else {
                throw CSVDocumentError.badField(file: document.name, line: row.line, field: timeColumn, value: time, expected: "a time 'YYYY-MM-DD HH:MM:SS'")
            }
            var priority = 0
            if hasPriority {
                let text = try document.text(row, "priority").trimmingCharacters(in: .whitespaces)
                if !text.isEmpty {
                    guard let value = Int(text) else {
                        throw CSVDocumentError.badField(file: document.name, line: row.line, field: "priority", value: text, expected: "an integer (lower is served first)")
                    }
                    priority = value
                }
            }
            raw.append((second, priority, hasType ? try document.text(row, typeColumn).trimmingCharacters(in: .whitespaces) : nil))
        }
        guard let firstSecond = raw.map(\.second).min() else { throw StaffingError.noArrivals(file: document.name) }
        // Monday 00:00 of the first call's week, in seconds since 1970-01-01 (a Thursday).
        let firstDay = Int((Double(firstSecond) / 86_400).rounded(.down))
        let weekday = ((firstDay % 7 + 7) % 7 + 3) % 7   // 0 = Monday
        let origin = (firstDay - weekday) * 86_400
        let stamps = raw.map { CallTimestamp(minute: Double($0.second - origin) / 60, priority: $0.priority, callType: $0.type) }
            .sorted { $0.minute < $1.minute }
        return .replay(stamps)
    }

    /// Seconds since 1970-01-01 00:00 for "YYYY-MM-DD HH:MM:SS".
    static func parseTimestamp(_ s: String) -> Int? {
        let bytes = Array(s.utf8)
        guard bytes.count == 19, bytes[4] == 45, bytes[7] == 45, bytes[10] == 32 || bytes[10] == 84, bytes[13] == 58, bytes[16] == 58 else { return nil }
        func num(_ a: Int, _ b: Int) -> Int? {
            var v = 0
            for k in a..<b { let c = bytes[k]; guard c >= 48, c <= 57 else { return nil }; v = v * 10 + Int(c - 48) }
            return v
        }
        guard let y = num(0, 4), let mo = num(5, 7), let d = num(8, 10), let h = num(11, 13), let mi = num(14, 16), let se = num(17, 19),
              (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, se < 61 else { return nil }
        return WeekHour.daysFromCivil(year: y, month: mo, day: d) * 86_400 + h * 3600 + mi * 60 + se
    }
}
