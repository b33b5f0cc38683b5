import Foundation
import Vocabulary
import Staffing

/// The staffing chapter of `reroute report`: the hourly requirement (Erlang C), the optimal week and the
/// report's two schedules simulated side by side, with the same defaults as `reroute staff`.
public enum ReportStaffing {
    /// The replications the report runs (fewer than `reroute staff`'s 10, to keep the report quick).
    public static let replications = 5

    /// Runs the study on the analysis's demand with `reroute staff`'s defaults.
    /// - Parameters:
    ///   - hiring: the plan scenario's hiring model (Reroute's one), as `reroute staff --scenario` takes it.
    ///   - service: busy times per call; peer programs' unless given (an analysis has no busy times of its own).
    /// - Throws: ``StaffingError`` when the demand cannot be staffed.
    public static func study(demand: AnalysedDemand, hiring: HiringModel, service: ServiceTimeModel? = nil,
                             replications: Int = replications) throws -> StaffingStudy {
        var options = StaffingOptions(hiring: hiring)
        options.replications = replications
        return try StaffingStudy.run(demand: DemandProfile(analysed: demand), service: service ?? .peerPrograms(), options: options)
    }

    /// The chapter's tables: `staffing-requirement` and `staffing-response-times`.
    public static func tables(demand: AnalysedDemand, hiring: HiringModel) throws -> [ResultTable] {
        try study(demand: demand, hiring: hiring).chapterTables
    }
}
