import Vocabulary

/// Realistic result tables for the workbook tests and `workbook-dev`: integers, decimals with several place
/// counts, shares, empty and non-finite cells, text with commas, quotes and line breaks, a long id, an empty
/// table, and notes and parameters with sources.
public enum WorkbookSamples {
    /// The sample tables.
    public static let tables: [ResultTable] = [eligibleVolume, responseTimes, districts, neighbourhoods, repeatLocations,
                                               empty]

    /// The About pairs used with the samples.
    public static let about: [(String, String)] = [
        ("Input", "mpd-calls-2018-05.csv (sample)"),
        ("Profile", "milwaukee"),
        ("Period", "2018-05-01 to 2018-05-31"),
        ("Made", "reroute report --demo --out out"),
    ]

    public static let eligibleVolume = ResultTable(
        id: "fig03-eligible-volume",
        title: "Eligible calls by category",
        reference: "Figure 3",
        columns: [("category", "Category"), ("calls", "Calls"), ("share", "Share of eligible"),
                  ("per_day", "Calls per day"), ("per_year", "Projected per year")],
        rows: [
            [.text("Welfare check"), .integer(12_345), .share(0.4123456), .number(398.2258, decimals: 1),
             .number(150_187.5, decimals: 0)],
            [.text("Disturbance, non-violent"), .integer(9_870), .share(0.3296), .number(318.387, decimals: 1),
             .number(120_071.25, decimals: 0)],
            [.text("Mental health \"crisis\""), .integer(4_567), .share(0.1525), .number(147.3226, decimals: 1),
             .number(55_557.0, decimals: 0)],
            [.text("Other"), .integer(3_160), .share(0.1055544), .number(101.9355, decimals: 1), .empty],
            [.text("Total"), .integer(29_942), .share(1), .number(965.871, decimals: 1),
             .number(364_253.5, decimals: 0)],
        ],
        notes: ["Shares are of eligible calls, not of all calls.", "per_year projects May 2018 to 12 months."],
        parameters: [Parameter(name: "eligible categories", value: "4", source: "LEAP report, Table 2"),
                     Parameter(name: "days in period", value: "31", source: "data")]
    )

    public static let responseTimes = ResultTable(
        id: "fig07-response-minutes",
        title: "Police response and time on scene, minutes",
        reference: "Figure 7",
        columns: [("call_type", "Call type"), ("calls", "Calls"), ("median_response", "Median response (min)"),
                  ("p90_response", "90th percentile (min)"), ("mean_on_scene", "Mean on scene (min)"),
                  ("change", "Change vs 2017")],
        rows: [
            [.text("CHECK, WELFARE"), .integer(5_021), .number(12.5, decimals: 1), .number(47.25, decimals: 2),
             .number(31.123456789, decimals: 3), .share(-0.034)],
            [.text("TROUBLE W/SUBJECT"), .integer(3_310), .number(9.0, decimals: 1), .number(38.5, decimals: 2),
             .number(.nan, decimals: 3), .share(0.0125)],
            [.text("SUBJ \"WANDERING\", 2ND CALL"), .integer(0), .empty, .empty, .empty, .share(.infinity)],
            [.text("007"), .integer(-15), .number(-0.5, decimals: 1), .number(0.000001, decimals: 6),
             .number(1e-9, decimals: 2), .share(0)],
            [.text("Line one\nline two"), .integer(1_000_000_000), .number(123_456_789.123456, decimals: 2),
             .number(0.1, decimals: 4), .number(2.5e7, decimals: 0), .share(0.999999)],
        ],
        notes: ["Calls without an arrival time have no response time (empty cells).",
                "Times over 24 hours are treated as data errors and left out."],
        parameters: [Parameter(name: "response cap", value: "1440 min", source: "Reroute default")]
    )

    public static let districts = ResultTable(
        id: "fig15-16-district-share-by-type",
        title: "Share of eligible calls per district, by type",
        reference: "Figures 15-16",
        columns: [("district", "District"), ("welfare", "Welfare check"), ("disturbance", "Disturbance"),
                  ("mental_health", "Mental health"), ("calls", "Eligible calls")],
        rows: (1...7).map { d in
            let w = Double(d) / 20
            return [.text("District \(d)"), .share(w), .share(0.5 - w / 2), .share(0.5 - w / 2),
                    .integer(1_000 * d + 17)]
        },
        notes: ["Computed from call coordinates; 3 calls fall outside every district (see data quality)."],
        parameters: [Parameter(name: "boundaries", value: "police-districts.geojson:DISTRICT",
                               source: "City of Milwaukee open data")]
    )

    /// A long id (more than 31 characters) so the sheet name is shortened.
    public static let neighbourhoods = ResultTable(
        id: "appendix-2-neighbourhoods-ranked-by-eligible-calls",
        title: "Neighbourhoods ranked by eligible calls per 1,000 residents",
        reference: "Appendix 2",
        columns: [("rank", "Rank"), ("neighbourhood", "Neighbourhood"), ("calls", "Eligible calls"),
                  ("per_1000", "Per 1,000 residents"), ("share", "Share")],
        rows: (1...40).map { r in
            [.integer(r), .text(r % 7 == 0 ? "St. Joseph's, North" : "Neighbourhood \(r)"),
             .integer(2_000 - 37 * r), .number(1_000.0 / Double(r + 2), decimals: 2),
             .share(Double(2_000 - 37 * r) / 50_000)]
        },
        notes: ["Population from the 2020 census."],
        parameters: [Parameter(name: "population", value: "2020 census", source: "US Census Bureau, P1")]
    )

    public static let repeatLocations = ResultTable(
        id: "repeat-locations",
        title: "Addresses with many eligible calls",
        reference: nil,
        columns: [("address", "Address"), ("calls", "Eligible calls"), ("first", "First call"),
                  ("latitude", "Latitude"), ("longitude", "Longitude")],
        rows: [
            [.text("2400 W WISCONSIN AV, APT 3"), .integer(48), .text("2018-05-01 00:14"),
             .number(43.038542, decimals: 6), .number(-87.941234, decimals: 6)],
            [.text("N 27TH ST & W CENTER ST"), .integer(31), .text("2018-05-02 13:05"),
             .number(43.067, decimals: 6), .number(-87.94812, decimals: 6)],
            [.text(""), .integer(12), .empty, .empty, .empty],
        ],
        notes: ["Addresses as written in the data; intersections are kept as given."]
    )

    public static let empty = ResultTable(
        id: "fig18-neighbourhood-map",
        title: "Eligible calls per neighbourhood",
        reference: "Figure 18",
        columns: [("neighbourhood", "Neighbourhood"), ("calls", "Eligible calls"), ("share", "Share")],
        rows: [],
        notes: ["No boundary file was given (--boundaries), so calls were not assigned to neighbourhoods."]
    )
}
