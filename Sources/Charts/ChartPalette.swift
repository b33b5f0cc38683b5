import Foundation

/// The colours every chart uses: colour-blind-safe categories and a sequential ramp.
public enum ChartPalette {
    /// Okabe–Ito categorical colours (Okabe & Ito 2008, "Color Universal Design"), ordered so that the
    /// first few are distinct in greyscale too; yellow and black come last. Series beyond eight reuse the
    /// colours; line charts then tell series apart by dash pattern as well.
    public static let categorical: [String] = [
        "#0072B2", // blue
        "#E69F00", // orange
        "#009E73", // bluish green
        "#D55E00", // vermillion
        "#56B4E9", // sky blue
        "#CC79A7", // reddish purple
        "#F0E442", // yellow
        "#000000", // black
    ]

    /// ColorBrewer YlGnBu (9 classes, Brewer 2002): a sequential ramp from light yellow (low) to dark blue
    /// (high), colour-blind safe and monotonic in lightness, so it also reads when printed in greyscale.
    public static let sequentialStops: [String] = [
        "#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58",
    ]

    /// Light grey for "no data" (drawn hatched).
    public static let noData = "#e3e3e3"

    /// The categorical colour for series `index` (cycling after eight).
    public static func colour(forSeries index: Int) -> String {
        categorical[((index % categorical.count) + categorical.count) % categorical.count]
    }

    /// The sequential colour at position `t` (0 = lowest, 1 = highest), interpolated between the stops.
    public static func sequential(_ t: Double) -> String {
        let clamped = t.isFinite ? min(1, max(0, t)) : 0
        let stops = sequentialStops.map(rgb)
        let position = clamped * Double(stops.count - 1)
        let lower = min(Int(position.rounded(.down)), stops.count - 2)
        let fraction = position - Double(lower)
        let a = stops[lower], b = stops[lower + 1]
        return hex((a.0 + (b.0 - a.0) * fraction, a.1 + (b.1 - a.1) * fraction, a.2 + (b.2 - a.2) * fraction))
    }

    /// `count` colours for classed maps, evenly spaced from a light (not white) to the darkest stop.
    public static func classColours(count: Int) -> [String] {
        guard count > 0 else { return [] }
        if count == 1 { return [sequential(0.6)] }
        return (0..<count).map { sequential(0.12 + 0.88 * Double($0) / Double(count - 1)) }
    }

    /// Dark or white text, whichever reads better on `background` (WCAG relative luminance).
    static func textColour(on background: String) -> String {
        let (r, g, b) = rgb(background)
        func linear(_ c: Double) -> Double {
            let s = c / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
        return luminance > 0.22 ? "#111111" : "#ffffff"
    }

    static func rgb(_ hexColour: String) -> (Double, Double, Double) {
        let digits = hexColour.hasPrefix("#") ? String(hexColour.dropFirst()) : hexColour
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return (0, 0, 0) }
        return (Double((value >> 16) & 0xFF), Double((value >> 8) & 0xFF), Double(value & 0xFF))
    }

    static func hex(_ colour: (Double, Double, Double)) -> String {
        func component(_ c: Double) -> String {
            let value = Int(min(255, max(0, c.rounded())))
            let text = String(value, radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        return "#" + component(colour.0) + component(colour.1) + component(colour.2)
    }
}
