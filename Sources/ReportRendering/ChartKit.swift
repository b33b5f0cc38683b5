import Charts

/// The report's charts, drawn by the Charts module; one place that maps report data onto chart types.
enum ChartKit {
    /// A stable element id from a chart title (ids must be unique within the document).
    static func id(_ title: String) -> String {
        "chart-" + title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.reduce(into: "") { $0.append($1) }
    }

    static func bars(title: String, description: String, categories: [String], values: [Double], format: ValueFormat,
                     valueLabel: String, horizontal: Bool) -> String {
        let chart = BarChart(title: title, description: description, categories: categories, series: [ChartSeries(name: valueLabel, values: values)],
                             valueAxisLabel: valueLabel, orientation: horizontal ? .horizontal : .vertical, valueFormat: format,
                             showsValueLabels: categories.count <= 24, id: id(title))
        let height = horizontal ? Double(max(220, 70 + categories.count * 24)) : 380
        return chart.svg(width: 760, height: height)
    }

    static func stackedBars(title: String, description: String, categories: [String], series: [(String, [Double?])], format: ValueFormat,
                            valueLabel: String, horizontal: Bool) -> String {
        groupedBars(title: title, description: description, categories: categories, series: series, format: format, valueLabel: valueLabel,
                    horizontal: horizontal, stacked: true)
    }

    static func groupedBars(title: String, description: String, categories: [String], series: [(String, [Double?])], format: ValueFormat,
                            valueLabel: String, horizontal: Bool, stacked: Bool = false) -> String {
        let chart = BarChart(title: title, description: description, categories: categories,
                             series: series.map { ChartSeries(name: $0.0, values: $0.1) }, valueAxisLabel: valueLabel,
                             orientation: horizontal ? .horizontal : .vertical, stacked: stacked, valueFormat: format, id: id(title))
        let rows = stacked ? categories.count : categories.count * max(series.count, 1)
        let height = horizontal ? Double(max(240, 90 + rows * (stacked ? 24 : 14))) : 400
        return chart.svg(width: 760, height: height)
    }

    static func line(title: String, description: String, x: [String], series: [(String, [Double?])], format: ValueFormat,
                     xLabel: String, yLabel: String) -> String {
        let chart = LineChart(title: title, description: description, xValues: x.indices.map(Double.init), xTickLabels: x,
                              series: series.map { ChartSeries(name: $0.0, values: $0.1) }, xAxisLabel: xLabel, yAxisLabel: yLabel,
                              yFormat: format, id: id(title))
        return chart.svg(width: 760, height: 360)
    }

    static func heatMap(title: String, description: String, rows: [String], columns: [String], values: [[Double?]], format: ValueFormat,
                        rowLabel: String, columnLabel: String) -> String {
        let chart = HeatMap(title: title, description: description, rowLabels: rows, columnLabels: columns, values: values,
                            rowAxisLabel: rowLabel, columnAxisLabel: columnLabel, valueLabel: "Eligible calls per hour", valueFormat: format, id: id(title))
        return chart.svg(width: 760, height: 320)
    }

    /// A choropleth with rounded equal-width classes; regions named in `labelled` get a printed label at their
    /// pole of inaccessibility (inside the region), e.g. every district, or the busiest neighbourhoods.
    static func choropleth(title: String, description: String, regions: [(String, String, Double?)], width: Double, height: Double,
                           format: ValueFormat, legendLabel: String, labelled: Set<String> = []) -> String {
        let mapRegions = regions.map { region -> MapRegion in
            let point = labelled.contains(region.0) ? MapPoint.poleOfInaccessibility(pathData: region.1)?.point : nil
            return MapRegion(name: region.0, pathData: region.1, value: region.2, labelPoint: point)
        }
        let chart = ChoroplethMap(title: title, description: description, regions: mapRegions,
                                  mapWidth: width, mapHeight: height, valueLabel: legendLabel, valueFormat: format,
                                  classification: .roundedEqualInterval(5), id: id(title + " " + description))
        return chart.svg(width: width + 240, height: height + 40)
    }
}
