@testable import Charts

/// Small charts shared by the tests (also the snapshot subjects).
enum ChartTestData {
    static let bar = BarChart(
        title: "Eligible calls per day", description: "Average eligible calls per day of week.",
        categories: ["Mon", "Tue", "Wed"],
        series: [ChartSeries(name: "2021", values: [189, 183, 189]), ChartSeries(name: "2022", values: [170, nil, 195])],
        valueAxisLabel: "Calls per day", categoryAxisLabel: "Day of week", showsValueLabels: true)

    static let line = LineChart(
        title: "Calls by hour", description: "Calls per day in each hour.", xValues: [0, 1, 2, 3],
        xTickLabels: ["12am", "1am", "2am", "3am"], series: [ChartSeries(name: "Calls", values: [9.4, 8.5, nil, 5.8])],
        xAxisLabel: "Hour of day", yAxisLabel: "Calls per day per hour", yFormat: .decimal(1))

    static let heat = HeatMap(
        title: "Calls by weekday and hour", description: "Eligible calls per day.", rowLabels: ["Mon", "Tue"],
        columnLabels: ["0", "1", "2"], values: [[1, 2, 3], [4, nil, 6]], rowAxisLabel: "Day", columnAxisLabel: "Hour",
        valueLabel: "Calls per day", valueFormat: .decimal(1), showsValueLabels: true)

    /// Three 10 × 10 squares side by side; the first has a 4 × 4 hole, the third has no value.
    static let map = ChoroplethMap(
        title: "Calls per district", description: "Eligible calls per district.",
        regions: [
            MapRegion(name: "North", pathData: "M0 0 L10 0 L10 10 L0 10 Z M3 3 L7 3 L7 7 L3 7 Z", value: 10),
            MapRegion(name: "Centre", pathData: "M10 0 L20 0 L20 10 L10 10 Z", value: 30),
            MapRegion(name: "South", pathData: "M20 0 L30 0 L30 10 L20 10 Z", value: nil),
        ],
        mapWidth: 30, mapHeight: 10, valueLabel: "Eligible calls", classification: .equalInterval(2))
}
