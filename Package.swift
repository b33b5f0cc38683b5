// swift-tools-version:6.0
// Reroute: from a city's calls-for-service export to a community-responder analysis.
// Every module speaks the shared vocabulary of `Vocabulary` (tables, sourced values, CSV/YAML, formats, errors).
// Data flows one way, in memory: CallRecords (ingest) → CallCatalogue (types) → CallAnalysis (tables and one
// AnalysedDemand) → ProgramPlan and Staffing → ReportRendering and Workbook, run in order by ReportPipeline
// (`reroute report` as a library) → the `reroute` command.
// docs/architecture.md has the module graph and the path of one call record from CSV to report.html.
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Reroute",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reroute", targets: ["reroute"]),
        .library(name: "CallRecords", targets: ["CallRecords"]),
        .library(name: "CallCatalogue", targets: ["CallCatalogue"]),
        .library(name: "CallAnalysis", targets: ["CallAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "CallRecords",
            dependencies: ["Vocabulary", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Profiles")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CallCatalogue",
            dependencies: ["Vocabulary", "Yams"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(name: "Vocabulary", dependencies: ["Yams"], swiftSettings: swiftSettings),
        .target(name: "DemoData", dependencies: ["Vocabulary"], swiftSettings: swiftSettings),
        .target(name: "Screening", dependencies: ["Vocabulary", .product(name: "Crypto", package: "swift-crypto")], resources: [.copy("Resources")], swiftSettings: swiftSettings),
        .target(name: "Charts", dependencies: ["Vocabulary", .product(name: "HeapModule", package: "swift-collections")], swiftSettings: swiftSettings),
        .target(
            name: "ReportRendering",
            dependencies: ["CallRecords", "CallCatalogue", "CallAnalysis", "Geography", "ProgramPlan", "Vocabulary", "Charts"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Workbook",
            dependencies: ["Vocabulary", "ProgramPlan", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .target(name: "Geography", dependencies: ["Vocabulary"], swiftSettings: swiftSettings),
        .target(
            name: "Staffing",
            dependencies: ["Vocabulary", .product(name: "HeapModule", package: "swift-collections"), .product(name: "DequeModule", package: "swift-collections")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CallAnalysis",
            dependencies: ["CallRecords", "CallCatalogue", "Vocabulary", "Geography", "Screening"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ProgramPlan",
            dependencies: ["Yams", "Vocabulary"],
            resources: [.copy("Resources/milwaukee-2021.yaml")],
            swiftSettings: swiftSettings
        ),
        .target(name: "ProgramRecommendation", dependencies: ["Vocabulary", "ProgramPlan", "Staffing"], swiftSettings: swiftSettings),
        .target(
            name: "ReportPipeline",
            dependencies: [
                "CallRecords", "CallCatalogue", "CallAnalysis", "Vocabulary", "DemoData", "ProgramPlan", "Geography", "Staffing",
                "Workbook", "ReportRendering", "ProgramRecommendation",
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "RerouteCommands",
            dependencies: [
                "CallRecords", "CallCatalogue", "CallAnalysis", "Vocabulary", "DemoData", "ProgramPlan", "Geography", "Staffing",
                "Workbook", "ReportRendering", "Screening", "ReportPipeline", "ProgramRecommendation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "reroute", dependencies: ["RerouteCommands"], swiftSettings: swiftSettings),
        .target(name: "RerouteTestSupport", path: "Tests/RerouteTestSupport", swiftSettings: swiftSettings),
        .testTarget(
            name: "CallRecordsTests",
            dependencies: ["CallRecords", "RerouteTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CallCatalogueTests",
            dependencies: ["CallCatalogue"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CallAnalysisTests",
            dependencies: ["CallAnalysis", "CallRecords", "CallCatalogue", "DemoData", "Vocabulary", "Geography", "RerouteTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DemoDataTests",
            dependencies: ["DemoData"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProgramPlanTests",
            dependencies: ["ProgramPlan", "Vocabulary", "CallCatalogue", "CallAnalysis", "RerouteCommands", "ReportPipeline", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GeographyTests",
            dependencies: ["Geography"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StaffingTests",
            dependencies: [
                "Staffing", "RerouteCommands", "ReportPipeline", "Vocabulary", "DemoData", "CallRecords", "CallCatalogue", "CallAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .target(name: "WorkbookSamples", dependencies: ["Vocabulary"], path: "Tests/WorkbookSamples", swiftSettings: swiftSettings),
        .testTarget(
            name: "WorkbookTests",
            dependencies: ["Workbook", "Vocabulary", "WorkbookSamples", "ProgramPlan", "CallCatalogue",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ScreeningTests", dependencies: ["Screening", "Vocabulary"], exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(name: "ProgramRecommendationTests", dependencies: ["ProgramRecommendation", "ProgramPlan", "Staffing", "Vocabulary", "CallCatalogue"], swiftSettings: swiftSettings),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"], exclude: ["__Snapshots__"], swiftSettings: swiftSettings),
        .testTarget(name: "ReportRenderingTests", dependencies: ["reroute", "RerouteTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CommandTests",
            dependencies: ["reroute", "RerouteTestSupport", "Geography", "Vocabulary"],
            swiftSettings: swiftSettings
        ),
    ]
)

// Benchmarks build only when asked for: `REROUTE_BENCHMARKS=1 swift build -c release --product geography-bench`.
if Context.environment["REROUTE_BENCHMARKS"] != nil {
    package.targets.append(
        .executableTarget(
            name: "geography-bench",
            dependencies: ["Geography", "Vocabulary", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/GeographyBench",
            swiftSettings: swiftSettings
        )
    )
}

// MARK: - Responder records system (issue 15): `reroute serve`, `import`, `admin`.
// Kept in one block so that merges with other edits to this manifest stay easy.
// ResponderRecords: the records domain and its storage (SQLKit over SQLite and PostgreSQL).
// RecordsServer: the Hummingbird web application and JSON API over ResponderRecords.
package.dependencies += [
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
    .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
    .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
]
package.targets += [
    // Evaluation (issue 16): program metrics, period tables, the impact evaluation and public suppression, computed
    // from plain values so that neither the database nor the server is needed to test them.
    .target(name: "Evaluation", dependencies: ["Vocabulary", "CallRecords", "Charts"], swiftSettings: swiftSettings),
    .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Vocabulary", "RerouteTestSupport"], swiftSettings: swiftSettings),
    .target(
        name: "ResponderRecords",
        dependencies: [
            "CallRecords", "CallCatalogue", "DemoData", "Vocabulary", "Evaluation", "Screening",
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "SQLiteKit", package: "sqlite-kit"),
            .product(name: "PostgresKit", package: "postgres-kit"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        ],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RecordsServer",
        dependencies: [
            "ResponderRecords", "CallRecords", "Vocabulary", "Evaluation", "Screening", "Charts",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ],
        resources: [.copy("Templates")],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RecordsServerTests",
        dependencies: [
            "reroute", "RecordsServer", "ResponderRecords", "DemoData", "RerouteTestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ],
        swiftSettings: swiftSettings
    ),
]
if let commands = package.targets.first(where: { $0.name == "RerouteCommands" }) {
    commands.dependencies += ["ResponderRecords", "RecordsServer", "Evaluation"]
}

// MARK: - Fuzzing harness (issue 12): mutated copies of the real exports and YAML files through the scanner, ingest
// and loaders. `swift test --filter FuzzTests` runs a bounded campaign; `Tests/fuzz/run.sh` a long one through the
// `reroute-fuzz` runner, which builds only when asked for (`REROUTE_FUZZ=1`).
package.dependencies.append(.package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"))
package.targets += [
    .target(
        name: "RerouteFuzzing",
        dependencies: ["Vocabulary", "CallRecords", "CallCatalogue", "CallAnalysis", "ProgramPlan", "Screening"],
        path: "Tests/RerouteFuzzing",
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "FuzzTests",
        dependencies: ["RerouteFuzzing", "RerouteTestSupport", "Vocabulary", .product(name: "PropertyBased", package: "swift-property-based")],
        swiftSettings: swiftSettings
    ),
]
if Context.environment["REROUTE_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(name: "reroute-fuzz", dependencies: ["RerouteFuzzing"], path: "Tests/fuzz/Runner", swiftSettings: swiftSettings)
    )
}
