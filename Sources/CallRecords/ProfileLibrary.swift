import Vocabulary
import Foundation

/// The built-in profiles and how a profile is chosen for a file.
public enum ProfileLibrary {
    /// Names of the built-in profiles.
    public static let builtInNames = ["milwaukee-mpd", "seattle", "ecc-full-timestamps", "baltimore-esri", "pdap-service-calls", "reroute-standard"]

    /// The YAML text of a built-in profile (what users copy to write their own).
    public static func yamlText(ofBuiltIn name: String) throws(InputError) -> String {
        guard builtInNames.contains(name),
              let url = Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Profiles"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw .unknownProfile(name: name, known: builtInNames) }
        return text
    }

    /// A built-in profile by name.
    /// - Throws: ``InputError/unknownProfile(name:known:)``, or (for a broken resource) what ``Profile/init(yaml:file:)`` throws.
    public static func builtIn(_ name: String) throws -> Profile {
        try Profile(yaml: yamlText(ofBuiltIn: name), file: "built-in profile \(name)")
    }

    /// Every built-in profile.
    public static func allBuiltIn() throws -> [Profile] {
        var out: [Profile] = []
        for name in builtInNames { out.append(try builtIn(name)) }
        return out
    }

    /// A built-in profile name, or the path of a YAML profile file.
    /// - Throws: ``InputError`` for an unknown name or unreadable file; ``YAMLError`` or
    ///   ``InputError/invalidProfile(file:line:key:reason:)`` for a bad profile (exit 65).
    public static func resolve(_ nameOrPath: String) throws -> Profile {
        if builtInNames.contains(nameOrPath) { return try builtIn(nameOrPath) }
        if nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") || nameOrPath.contains("/") {
            return try Profile(contentsOf: URL(fileURLWithPath: nameOrPath))
        }
        throw InputError.unknownProfile(name: nameOrPath, known: builtInNames)
    }

    /// The built-in profile whose detection columns are all in `header`, preferring the most specific.
    public static func detect(header: [String]) -> Profile? {
        let columns = Set(header)
        let candidates = ((try? allBuiltIn()) ?? []).filter { p in !p.detectColumns.isEmpty && p.detectColumns.allSatisfy(columns.contains) }
        return candidates.max { $0.detectColumns.count < $1.detectColumns.count }
    }
}
