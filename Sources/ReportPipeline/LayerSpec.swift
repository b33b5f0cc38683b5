import Foundation
import Geography

/// A boundary layer asked for on the command line (`FILE[:PROPERTY]`) and the label naming its tables.
public struct LayerSpec: Sendable, Equatable {
    /// `FILE` or `FILE:PROPERTY`.
    public var spec: String
    /// The label of the layer's tables; the file's stem when nil.
    public var label: String?

    /// Creates a layer request.
    public init(spec: String, label: String?) {
        self.spec = spec
        self.label = label
    }

    /// Loads each layer; labels are unique (a repeated stem takes the property's name as a suffix).
    /// - Throws: ``GeographyError`` naming the file.
    public static func load(_ specs: [LayerSpec]) throws(GeographyError) -> [(name: String, layer: BoundaryLayer)] {
        var loaded: [(name: String, layer: BoundaryLayer)] = []
        for request in specs {
            let layer = try BoundaryLayer(spec: request.spec)
            let path = try BoundaryLayerSpec(parsing: request.spec).path
            var name = request.label ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                .lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.reduce(into: "") { $0.append($1) }
            if loaded.contains(where: { $0.name == name }) { name += "-\(layer.nameProperty.lowercased())" }
            loaded.append((name, layer))
        }
        return loaded
    }
}
