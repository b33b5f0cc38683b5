import ArgumentParser
import Foundation
import Vocabulary
import Geography

/// `reroute geography`: inspect boundary layers, locate points and draw outlines. Thin: all work is in `Geography`.
///
/// Exit codes: 0 success; 64 usage error (a layer argument that cannot be understood); 65 a boundary file is bad
/// (not GeoJSON, no polygons, property missing, projected coordinates, more regions or vertices than
/// ``BoundaryLimits`` allow); 1 a boundary file cannot be read. Rings that were not closed or that cross
/// themselves are warnings on standard error (exit 0).
public struct GeographyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "geography",
        abstract: "Inspect boundary layers (GeoJSON), assign points to regions and draw region outlines.",
        subcommands: [Regions.self, Locate.self, Outline.self]
    )

    public init() {}

    /// Loads the layers; a ``GeographyError`` carries its exit status (64 bad argument, 1 unreadable, 65 invalid,
    /// too many regions or vertices included). Each layer's ``BoundaryLayer/warnings`` (rings closed, crossing or
    /// touching themselves) go to standard error as `warning: …` lines; they do not change the exit status.
    static func loadLayers(_ specs: [String]) throws(GeographyError) -> [BoundaryLayer] {
        let layers = try specs.map { spec throws(GeographyError) in try BoundaryLayer(spec: spec) }
        for layer in layers {
            for warning in layer.warnings { Terminal.error("warning: \(warning)") }
        }
        return layers
    }


    static func jsonString(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// `geography regions`: the regions of each layer.
    struct Regions: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the regions of boundary layers.")

        @Option(name: .long, help: "Boundary layer as FILE[:PROPERTY] (PROPERTY names the regions; detected when omitted). Repeatable.")
        var boundaries: [String]

        @Option(help: "Output format: text, csv or json.")
        var format: OutputFormat = .text

        func validate() throws {
            if boundaries.isEmpty { throw ValidationError("give at least one --boundaries FILE[:PROPERTY]") }
        }

        func run() throws {
            let layers = try GeographyCommand.loadLayers(boundaries)
            switch format {
            case .text:
                for layer in layers {
                    let box = layer.boundingBox
                    print("\(layer.source): \(layer.regionNames.count) regions named by '\(layer.nameProperty)', \(layer.featureCount) features, \(layer.vertexCount) vertices, box \(box.minLongitude)…\(box.maxLongitude) E \(box.minLatitude)…\(box.maxLatitude) N")
                    for name in layer.regionNames { print("  \(name)") }
                }
            case .csv:
                print("layer,property,region")
                for layer in layers {
                    for name in layer.regionNames {
                        print([layer.source, layer.nameProperty, name].map(CSVWriter.field).joined(separator: ","))
                    }
                }
            case .json:
                let items = layers.map { layer in
                    "{\"layer\":\(GeographyCommand.jsonString(layer.source)),\"property\":\(GeographyCommand.jsonString(layer.nameProperty)),\"regions\":[\(layer.regionNames.map(GeographyCommand.jsonString).joined(separator: ","))]}"
                }
                print("[" + items.joined(separator: ",") + "]")
            }
        }
    }

    /// `geography locate`: the region of one point in each layer.
    struct Locate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the region containing a point in each layer (empty when outside every region).")

        @Option(name: .long, help: "Boundary layer as FILE[:PROPERTY]. Repeatable.")
        var boundaries: [String]

        @Option(parsing: .unconditional, help: "Latitude of the point, degrees north (WGS84).")
        var latitude: Double

        @Option(parsing: .unconditional, help: "Longitude of the point, degrees east (WGS84; negative in the Americas, e.g. --longitude -87.9).")
        var longitude: Double

        @Option(help: "Output format: text, csv or json.")
        var format: OutputFormat = .text

        func validate() throws {
            if boundaries.isEmpty { throw ValidationError("give at least one --boundaries FILE[:PROPERTY]") }
            if abs(latitude) > 90 || abs(longitude) > 180 { throw ValidationError("latitude must be within ±90 and longitude within ±180") }
        }

        func run() throws {
            let layers = try GeographyCommand.loadLayers(boundaries)
            let found = layers.map { $0.region(containingLatitude: latitude, longitude: longitude) }
            switch format {
            case .text:
                for (layer, region) in zip(layers, found) { print("\(layer.source): \(region ?? "(outside every region)")") }
            case .csv:
                print("layer,property,latitude,longitude,region")
                for (layer, region) in zip(layers, found) {
                    print([layer.source, layer.nameProperty, "\(latitude)", "\(longitude)", region ?? ""].map(CSVWriter.field).joined(separator: ","))
                }
            case .json:
                let items = zip(layers, found).map { layer, region in
                    "{\"layer\":\(GeographyCommand.jsonString(layer.source)),\"region\":\(region.map(GeographyCommand.jsonString) ?? "null")}"
                }
                print("[" + items.joined(separator: ",") + "]")
            }
        }
    }

    /// `geography outline`: an SVG drawing of a layer's regions.
    struct Outline: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write an SVG of a layer's region outlines to stdout.")

        @Option(name: .long, help: "Boundary layer as FILE[:PROPERTY].")
        var boundaries: String

        @Option(help: "Width of the drawing in pixels.")
        var width: Double = 600

        @Option(help: "Height of the drawing in pixels.")
        var height: Double = 600

        @Option(help: "Most vertices kept over the whole map after simplification.")
        var vertexBudget: Int = 3000

        func validate() throws {
            if width <= 0 || height <= 0 { throw ValidationError("--width and --height must be positive") }
        }

        func run() throws {
            guard let layer = try GeographyCommand.loadLayers([boundaries]).first else { return }
            let paths = layer.svgPaths(width: width, height: height, vertexBudget: vertexBudget)
            print("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">")
            for (k, path) in paths.enumerated() {
                let shade = 0xCC - (k * 37) % 0x80
                let hex = String(shade, radix: 16)
                print("<path d=\"\(path.d)\" fill=\"#\(hex)\(hex)ee\" fill-rule=\"evenodd\" stroke=\"#333\" stroke-width=\"0.5\"><title>\(path.region.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</title></path>")
            }
            print("</svg>")
            let kept = paths.reduce(0) { $0 + $1.vertexCount }
            StandardStream.error("\(paths.count) regions, \(kept) of \(layer.vertexCount) vertices kept\n")
        }
    }
}
