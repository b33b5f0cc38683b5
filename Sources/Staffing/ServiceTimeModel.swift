import Foundation
import Vocabulary

/// How long a team is busy with a call and how long it takes to reach the caller.
///
/// Busy time = travel + time on scene, in minutes. When a `productiveShare` below 1 is given (the report's ¾),
/// each call's busy time is divided by it: the briefing, breaks, documentation and debriefing that take a quarter of
/// a shift are charged to the calls, which reproduces the report's "calls per shift" arithmetic
/// (8 h × 60 / 45 min × ¾ = 8 calls for EMCOT). Response time = wait for a free team + travel.
public struct ServiceTimeModel: Sendable, Hashable, Codable {
    /// The shape of the busy-time distribution.
    public enum Shape: Sendable, Hashable, Codable {
        /// Exponential with the given mean (the Erlang C assumption).
        case exponential(mean: Double)
        /// Every call takes exactly this long.
        case constant(Double)
        /// Resampled uniformly from observed busy times.
        case empirical([Double])
    }

    /// Busy-time distribution before the productive-share adjustment, minutes.
    public var shape: Shape
    /// Share of a shift available for calls (0, 1]; busy times are divided by it.
    public var productiveShare: Double
    /// Travel time to the caller, minutes (part of the busy time; added to the wait for the response time).
    public var travelMinutes: Double
    /// Where the busy times come from.
    public var source: String

    /// Creates a model.
    /// - Throws: `StaffingError.invalidParameter` for non-positive times or shares outside (0, 1].
    public init(shape: Shape, productiveShare: Double = 1, travelMinutes: Double = MilwaukeeFigures.travelMinutes.value, source: String) throws {
        guard productiveShare > 0, productiveShare <= 1 else {
            throw StaffingError.invalidParameter(name: "productive share", value: "\(productiveShare)", expected: "a share in (0, 1] (the report uses 0.75)")
        }
        guard travelMinutes >= 0, travelMinutes.isFinite else {
            throw StaffingError.invalidParameter(name: "travel minutes", value: "\(travelMinutes)", expected: "a finite number ≥ 0")
        }
        switch shape {
        case let .exponential(mean), let .constant(mean):
            guard mean > 0, mean.isFinite else {
                throw StaffingError.invalidParameter(name: "mean busy time", value: "\(mean)", expected: "a finite number of minutes > 0")
            }
        case let .empirical(values):
            guard !values.isEmpty, values.allSatisfy({ $0 >= 0 && $0.isFinite }), values.contains(where: { $0 > 0 }) else {
                throw StaffingError.invalidParameter(name: "observed busy times", value: "\(values.count) values", expected: "at least one finite positive time")
            }
        }
        self.shape = shape
        self.productiveShare = productiveShare
        self.travelMinutes = travelMinutes
        self.source = source
    }

    /// Peer programs' time per call: the mean of Austin EMCOT (45 min) and Durham HEART (35 min), exponential.
    public static func peerPrograms(productiveShare: Double = 1, travelMinutes: Double = MilwaukeeFigures.travelMinutes.value) throws -> ServiceTimeModel {
        let mean = (MilwaukeeFigures.emcotMinutesPerCall.value + MilwaukeeFigures.heartMinutesPerCall.value) / 2
        return try ServiceTimeModel(shape: .exponential(mean: mean), productiveShare: productiveShare, travelMinutes: travelMinutes,
                                    source: "peer programs: mean of EMCOT 45 min and HEART 35 min per call (\(MilwaukeeFigures.report)), exponential")
    }

    /// Busy times observed in the data: a CSV with a `seconds` column (travel + on scene per call).
    /// - Throws: ``CSVDocumentError`` naming the file, line and field of the first bad value.
    public static func load(serviceTimes url: URL, productiveShare: Double = 1, travelMinutes: Double = MilwaukeeFigures.travelMinutes.value) throws -> ServiceTimeModel {
        let document = try CSVDocument(contentsOf: url)
        _ = try document.column("seconds")
        let minutes = try document.rows.map { row in try document.number(row, "seconds") / 60 }
        guard minutes.contains(where: { $0 > 0 }) else {
            throw CSVDocumentError.badField(file: document.name, line: document.rows.first?.line ?? 1, field: "seconds", value: "(no positive value)", expected: "at least one positive busy time")
        }
        return try ServiceTimeModel(shape: .empirical(minutes), productiveShare: productiveShare, travelMinutes: travelMinutes,
                                    source: "\(url.path) (\(minutes.count) observed busy times, resampled)")
    }

    /// Mean busy time per call in minutes, after the productive-share adjustment.
    public var meanBusyMinutes: Double {
        let raw: Double
        switch shape {
        case let .exponential(mean), let .constant(mean): raw = mean
        case let .empirical(values): raw = values.reduce(0, +) / Double(values.count)
        }
        return raw / productiveShare
    }

    /// Calls one team can handle in an 8-hour shift at full occupancy (the report's "calls per shift").
    public var callsPerEightHourShift: Double { 480 / meanBusyMinutes }

    /// Draws one busy time in minutes.
    public func drawBusyMinutes(using rng: inout Xoshiro256) -> Double {
        switch shape {
        case let .exponential(mean): return rng.exponential(mean: mean) / productiveShare
        case let .constant(v): return v / productiveShare
        case let .empirical(values):
            let i = Int(rng.next() % UInt64(values.count))
            return values[i] / productiveShare
        }
    }
}
