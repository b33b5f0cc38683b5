import Foundation

/// A `FILE[:PROPERTY]` command-line argument naming a boundary file and, optionally, the property that names its regions.
///
/// The property is taken from the text after the **last** colon, and only when that text is non-empty and contains
/// no `/` (so `C:\…` style or URL-ish paths without a property stay whole). Without a property the layer
/// auto-detects one (see ``BoundaryLayer`` and `detectNameProperty`).
public struct BoundaryLayerSpec: Sendable, Hashable, CustomStringConvertible {
    /// Path of the GeoJSON file.
    public var path: String
    /// The property naming each region, or `nil` to auto-detect it.
    public var property: String?

    /// Creates a spec from its parts.
    public init(path: String, property: String? = nil) {
        self.path = path
        self.property = property
    }

    /// Parses `FILE` or `FILE:PROPERTY`.
    /// - Throws: ``GeographyError/invalidLayerSpec(spec:reason:)`` when the file part is empty.
    public init(parsing spec: String) throws(GeographyError) {
        let trimmed = spec.trimmingCharacters(in: .whitespaces)
        var path = trimmed
        var property: String?
        if let colon = trimmed.lastIndex(of: ":") {
            let tail = String(trimmed[trimmed.index(after: colon)...])
            if !tail.contains("/") && !tail.contains("\\") {
                path = String(trimmed[..<colon])
                property = tail.isEmpty ? nil : tail
            }
        }
        guard !path.isEmpty else {
            throw .invalidLayerSpec(spec: spec, reason: "the file name is empty")
        }
        self.init(path: path, property: property)
    }

    public var description: String { property.map { "\(path):\($0)" } ?? path }
}
