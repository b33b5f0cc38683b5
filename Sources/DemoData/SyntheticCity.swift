import Vocabulary
import Foundation

/// An axis-aligned rectangle in integer micro-degrees (1e-6 degree) of longitude and latitude.
struct MicroRect: Sendable {
    let minLon: Int32, minLat: Int32, maxLon: Int32, maxLat: Int32
}

/// The synthetic Milwaukee-like city of the demo data: 7 police districts and 40 neighbourhoods.
///
/// The city fills the box 42.92-43.19 N, 88.07-87.86 W (about Milwaukee's). Districts are rectangles laid out
/// roughly like MPD's (4 and 5 in the north, 7, 3 and 1 across the middle with 1 by the lake, 2 and 6 in the
/// south); each district is cut into a grid of unequal sub-rectangles, the neighbourhoods, with invented names.
/// All corners lie on whole micro-degrees so the GeoJSON and the CSV describe the same geometry exactly.
struct SyntheticCity: Sendable {
    /// District polygons, index 0 = district "1".
    let districts: [MicroRect]
    /// Neighbourhoods: name, district index, rectangle.
    let neighbourhoods: [(name: String, district: Int, rect: MicroRect)]

    /// Invented neighbourhood names (not real Milwaukee ones), assigned district by district.
    static let neighbourhoodNames = [
        "Alder Hollow", "Ashby Flats", "Bellwether", "Birchmere", "Brackenridge", "Cinder Row",
        "Copperfield Bend", "Dovecote", "Elmsreach", "Fallowmere", "Fennel Hill", "Garnet Bend",
        "Gullwing Point", "Hollin Cross", "Ironmead", "Juniper Quay", "Kestrel Yard", "Larkspur Commons",
        "Lanternside", "Millrace", "Nettlefield", "Oriel Heights", "Osprey Landing", "Pebblebrook",
        "Quarry Gate", "Quillon Green", "Ravensholt", "Rookery Row", "Saltmarsh", "Sorrel Crossing",
        "Tansy Fields", "Thistledown", "Umber Reach", "Vesper Green", "Wicklow Terrace", "Willowmere",
        "Wrenfield", "Yarrow Bend", "Zephyr Hill", "Cobblestone Wharf",
    ]

    /// Builds the fixed geometry (no randomness).
    init() {
        func r(_ minLon: Double, _ minLat: Double, _ maxLon: Double, _ maxLat: Double) -> MicroRect {
            MicroRect(minLon: Int32((minLon * 1e6).rounded()), minLat: Int32((minLat * 1e6).rounded()),
                      maxLon: Int32((maxLon * 1e6).rounded()), maxLat: Int32((maxLat * 1e6).rounded()))
        }
        // Districts "1" ... "7".
        let d = [
            r(-87.930, 43.030, -87.860, 43.110), // 1: east-central, by the lake (downtown)
            r(-88.070, 42.920, -87.965, 43.030), // 2: south-west
            r(-88.000, 43.030, -87.930, 43.110), // 3: centre
            r(-88.070, 43.110, -87.965, 43.190), // 4: north-west
            r(-87.965, 43.110, -87.860, 43.190), // 5: north-east
            r(-87.965, 42.920, -87.860, 43.030), // 6: south-east
            r(-88.070, 43.030, -88.000, 43.110), // 7: west
        ]
        // Column and row fractions per district (unequal, so neighbourhoods differ in size and call volume).
        let splits: [([Double], [Double])] = [
            ([0.30, 0.45, 0.25], [0.55, 0.45]),
            ([0.40, 0.35, 0.25], [0.50, 0.50]),
            ([0.55, 0.45], [0.30, 0.40, 0.30]),
            ([0.25, 0.40, 0.35], [0.60, 0.40]),
            ([0.35, 0.30, 0.35], [0.45, 0.55]),
            ([0.50, 0.50], [0.35, 0.30, 0.35]),
            ([0.45, 0.55], [0.50, 0.50]),
        ]
        var hoods: [(name: String, district: Int, rect: MicroRect)] = []
        for (index, rect) in d.enumerated() {
            let (cols, rows) = splits[index]
            let lonEdges = Self.edges(from: rect.minLon, to: rect.maxLon, fractions: cols)
            let latEdges = Self.edges(from: rect.minLat, to: rect.maxLat, fractions: rows)
            for row in 0..<rows.count {
                for col in 0..<cols.count {
                    let name = Self.neighbourhoodNames[hoods.count]
                    hoods.append((name, index, MicroRect(minLon: lonEdges[col], minLat: latEdges[row],
                                                         maxLon: lonEdges[col + 1], maxLat: latEdges[row + 1])))
                }
            }
        }
        districts = d
        neighbourhoods = hoods
    }

    private static func edges(from lo: Int32, to hi: Int32, fractions: [Double]) -> [Int32] {
        var result: [Int32] = [lo]
        var cumulative = 0.0
        for f in fractions.dropLast() {
            cumulative += f
            // Whole thousandths of a degree keep the edges readable in the GeoJSON.
            let v = Double(lo) + cumulative * Double(hi - lo)
            result.append(Int32((v / 1000).rounded() * 1000))
        }
        result.append(hi)
        return result
    }

    /// A point drawn uniformly inside district `index` (0-based), kept 20 micro-degrees (about 2 m) away from every
    /// edge so that no point lies on a boundary.
    func randomPoint(inDistrict index: Int, using rng: inout Xoshiro256) -> (lat: Int32, lon: Int32) {
        let rect = districts[index]
        let margin: Int32 = 20
        let lon = rect.minLon + margin + Int32(rng.below(Int(rect.maxLon - rect.minLon - 2 * margin) + 1))
        let lat = rect.minLat + margin + Int32(rng.below(Int(rect.maxLat - rect.minLat - 2 * margin) + 1))
        return (lat, lon)
    }

    /// Points far outside the city, written for the "coordinates outside the study area" rows (micro-degrees).
    /// The first is the kind of stray point seen in the real MPD export (47.37,-115.38).
    static let outsidePoints: [(lat: Int32, lon: Int32)] = [
        (47_370_000, -115_380_000), (0, 0), (43_073_100, -89_401_200), (41_878_100, -87_629_800),
    ]

    /// The boundary file: a GeoJSON FeatureCollection holding the 7 district polygons (properties `district`
    /// "1"..."7" and `layer` "district") followed by the neighbourhood polygons (properties `name`, `layer`
    /// "neighbourhood" and `in_district`). Rings are closed and counter-clockwise (RFC 7946).
    func geoJSON() -> Data {
        var out = ByteBuffer()
        out.append("{\"type\":\"FeatureCollection\",\"name\":\"reroute-demo-boundaries\",\"features\":[\n")
        var first = true
        func feature(_ properties: String, _ rect: MicroRect, into out: inout ByteBuffer) {
            if !first { out.append(",\n") }
            first = false
            out.append("{\"type\":\"Feature\",\"properties\":{")
            out.append(properties)
            out.append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[")
            let ring: [(Int32, Int32)] = [
                (rect.minLon, rect.minLat), (rect.maxLon, rect.minLat), (rect.maxLon, rect.maxLat),
                (rect.minLon, rect.maxLat), (rect.minLon, rect.minLat),
            ]
            for (i, (lon, lat)) in ring.enumerated() {
                if i > 0 { out.append(",") }
                out.append("[")
                out.appendMicroDegrees(lon)
                out.append(",")
                out.appendMicroDegrees(lat)
                out.append("]")
            }
            out.append("]]}}")
        }
        for (i, rect) in districts.enumerated() {
            feature("\"district\":\"\(i + 1)\",\"layer\":\"district\"", rect, into: &out)
        }
        for hood in neighbourhoods {
            feature("\"name\":\"\(hood.name)\",\"layer\":\"neighbourhood\",\"in_district\":\"\(hood.district + 1)\"",
                    hood.rect, into: &out)
        }
        out.append("\n]}\n")
        return Data(out.bytes)
    }
}
