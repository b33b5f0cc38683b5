import Foundation

/// Latitude and longitude written in one column (profile field `location`), in the forms open-data exports use:
///
/// - an object with named parts, Python- or JSON-quoted: `{'lat': 43.0, 'lng': -87.9}`,
///   `{"latitude": "43.0", "longitude": "-87.9"}` (names: `lat`/`latitude`/`y` and `lng`/`lon`/`long`/`longitude`/`x`);
/// - a GeoJSON point: `{"type": "Point", "coordinates": [-87.9, 43.0]}` (longitude first);
/// - WKT: `POINT(-87.9 43.0)` or `POINT (-87.9 43.0)` (longitude first);
/// - a pair, latitude first: `(43.0, -87.9)` or `43.0, -87.9`.
///
/// A value in none of these forms, or whose latitude is beyond ±90 or longitude beyond ±180, is unreadable:
/// nothing is guessed (a pair is never swapped).
public enum CoordinateText {
    /// The latitude and longitude of a value, or nil when it is unreadable.
    public static func parse(_ text: Substring) -> (latitude: Double, longitude: Double)? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        let result: (Double, Double)?
        if t.hasPrefix("{") {
            result = object(t)
        } else if t.uppercased().hasPrefix("POINT") {
            result = wkt(t)
        } else {
            var inner = Substring(t)
            if inner.hasPrefix("(") || inner.hasPrefix("[") {
                guard inner.hasSuffix(")") || inner.hasSuffix("]") else { return nil }
                inner = inner.dropFirst().dropLast()
            }
            let parts = inner.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2, let a = number(parts[0]), let b = number(parts[1]) else { return nil }
            result = (a, b)
        }
        guard let (lat, lon) = result, lat.isFinite, lon.isFinite, abs(lat) <= 90, abs(lon) <= 180 else { return nil }
        return (lat, lon)
    }

    /// Convenience for a `String`.
    public static func parse(_ text: String) -> (latitude: Double, longitude: Double)? { parse(Substring(text)) }

    private static func number(_ s: Substring) -> Double? {
        var t = s.trimmingCharacters(in: .whitespaces)
        if t.count >= 2, let f = t.first, f == "\"" || f == "'", t.last == f { t = String(t.dropFirst().dropLast()) }
        guard !t.isEmpty, t.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E" }) else { return nil }
        return Double(t)
    }

    /// `POINT(lon lat)`.
    private static func wkt(_ t: String) -> (Double, Double)? {
        guard let open = t.firstIndex(of: "("), let close = t.lastIndex(of: ")"), open < close,
              t[t.index(after: close)...].trimmingCharacters(in: .whitespaces).isEmpty,
              t[t.index(t.startIndex, offsetBy: 5)..<open].trimmingCharacters(in: .whitespaces).isEmpty
        else { return nil }
        let parts = t[t.index(after: open)..<close].split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, let lon = number(parts[0]), let lat = number(parts[1]) else { return nil }
        return (lat, lon)
    }

    static let latitudeNames: Set<String> = ["lat", "latitude", "y"]
    static let longitudeNames: Set<String> = ["lng", "lon", "long", "longitude", "x"]

    /// `{'lat': 43.0, 'lng': -87.9}` or a GeoJSON point; other members are ignored.
    private static func object(_ t: String) -> (Double, Double)? {
        guard t.hasSuffix("}") else { return nil }
        let body = t.dropFirst().dropLast()
        if let range = body.range(of: "coordinates") {
            // GeoJSON: the first two numbers of the coordinates array, longitude first.
            let rest = body[range.upperBound...]
            guard let open = rest.firstIndex(of: "["), let close = rest.firstIndex(of: "]"), open < close else { return nil }
            let parts = rest[rest.index(after: open)..<close].split(separator: ",")
            guard parts.count >= 2, let lon = number(parts[0]), let lat = number(parts[1]) else { return nil }
            return (lat, lon)
        }
        var lat: Double?, lon: Double?
        // Members are split on commas outside quotes (values here are numbers or quoted numbers).
        var members: [Substring] = []
        var start = body.startIndex, quote: Character?, escaped = false
        for i in body.indices {
            let ch = body[i]
            if escaped { escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            if let q = quote { if ch == q { quote = nil } } else if ch == "\"" || ch == "'" { quote = ch } else if ch == "," {
                members.append(body[start..<i]); start = body.index(after: i)
            }
        }
        members.append(body[start...])
        for member in members {
            guard let colon = member.firstIndex(of: ":") else { continue }
            var name = member[..<colon].trimmingCharacters(in: .whitespaces)
            if name.count >= 2, let f = name.first, f == "\"" || f == "'", name.last == f { name = String(name.dropFirst().dropLast()) }
            let key = name.lowercased()
            if latitudeNames.contains(key) {
                guard lat == nil, let v = number(member[member.index(after: colon)...]) else { return nil }
                lat = v
            } else if longitudeNames.contains(key) {
                guard lon == nil, let v = number(member[member.index(after: colon)...]) else { return nil }
                lon = v
            }
        }
        guard let lat, let lon else { return nil }
        return (lat, lon)
    }
}
