import Vocabulary

/// One metric of the program dashboard: the question it answers, how it is defined, which data it reads, the
/// Government Performance Lab essential metric it follows (when one applies), and its table.
public struct DashboardMetric: Sendable {
    public var id: String
    public var title: String
    /// The evaluation question of Figure 19 or 20 it answers.
    public var question: String
    /// The definition, precise enough to recompute the numbers.
    public var definition: String
    /// The tables and fields it reads.
    public var dataUsed: String
    /// The Harvard Kennedy School Government Performance Lab essential metric it follows, if any.
    public var gplMetric: String?
    public var table: ResultTable

    public init(id: String, title: String, question: String, definition: String, dataUsed: String, gplMetric: String?, table: ResultTable) {
        self.id = id
        self.title = title
        self.question = question
        self.definition = definition
        self.dataUsed = dataUsed
        self.gplMetric = gplMetric
        self.table = table
    }
}
