import Testing
@testable import Charts

/// Text snapshots of a small chart of each kind (re-record with `RECORD_SNAPSHOTS=1`).
struct SnapshotTests {
    @Test func barChart() { assertSnapshot(ChartTestData.bar.svg(width: 480, height: 300), named: "bar-chart.svg") }
    @Test func lineChart() { assertSnapshot(ChartTestData.line.svg(width: 480, height: 300), named: "line-chart.svg") }
    @Test func heatMap() { assertSnapshot(ChartTestData.heat.svg(width: 480, height: 300), named: "heat-map.svg") }
    @Test func choroplethMap() { assertSnapshot(ChartTestData.map.svg(width: 480, height: 300), named: "choropleth-map.svg") }
}
