import Foundation
import Vocabulary
import Staffing

/// The staffing chapter of `reroute report`: the hourly requirement (Erlang C), the optimal week and the
/// report's two schedules simulated side by side, with the same defaults as `reroute staff`.
enum ReportStaffing {
    /// The replications the report runs (fewer than `reroute staff`'s 10, to keep the report quick).
    static let replications = 5

    /// Runs the study on the analysis's demand with peer programs' busy times and `reroute staff`'s defaults.
    /// - Throws: ``StaffingError`` when the demand cannot be staffed.
    static func study(demand: AnalysedDemand, replications: Int = replications) throws -> StaffingStudy {
        var options = StaffingOptions()
        options.replications = replications
        return try StaffingStudy.run(demand: DemandProfile(analysed: demand), service: .peerPrograms(), options: options)
    }

    /// The chapter's tables: `staffing-requirement` and `staffing-response-times`.
    static func tables(demand: AnalysedDemand, replications: Int = replications) throws -> [ResultTable] {
        try study(demand: demand, replications: replications).chapterTables
    }
}
