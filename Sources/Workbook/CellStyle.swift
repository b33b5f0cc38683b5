/// The cell formats a workbook uses; each becomes one entry of `cellXfs` in `xl/styles.xml`.
enum CellStyle: Hashable, Sendable {
    /// Default: General number format, regular font.
    case general
    /// Header row and labels: bold.
    case header
    /// The workbook title on the About sheet: bold, larger.
    case title
    /// Whole numbers: `#,##0`.
    case integer
    /// Numbers with a fixed number of decimal places: `#,##0.0…` (0 to 30 places).
    case decimals(Int)
    /// Shares stored as fractions and shown as percentages: `0.0%`.
    case share
    /// US dollars, whole: `"$"#,##0`.
    case money
    /// Long text (notes, sources): wrapped, aligned to the top.
    case wrapped
    /// An internal hyperlink: underlined, blue.
    case link
    /// An input cell of the planning model: `#,##0`, on a light blue fill.
    case input
}

/// Collects the styles a workbook uses, in first-use order, and writes `xl/styles.xml`.
struct StyleSheet {
    private(set) var styles: [CellStyle] = [.general, .header, .title, .integer, .share, .wrapped, .link]
    private var indices: [CellStyle: Int] = [:]

    init() {
        for (i, s) in styles.enumerated() { indices[s] = i }
    }

    /// The `s` attribute value for `style`, registering it on first use.
    mutating func index(of style: CellStyle) -> Int {
        var style = style
        if case .decimals(let places) = style { style = .decimals(min(max(places, 0), 30)) }
        if let i = indices[style] { return i }
        styles.append(style)
        indices[style] = styles.count - 1
        return styles.count - 1
    }

    /// The number format id for `style`: a built-in id or a custom one (164 and up) listed in `numFmts`.
    private func numberFormat(_ style: CellStyle, custom: [Int: Int]) -> Int {
        switch style {
        case .integer, .decimals(0), .input: 3  // built-in `#,##0`
        case .decimals(let places): custom[places] ?? 0
        case .share: 164
        case .money: 165
        default: 0
        }
    }

    /// `xl/styles.xml`.
    func xml() -> String {
        var custom: [Int: Int] = [:]  // decimal places -> numFmtId
        var formats = ["<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>", "<numFmt numFmtId=\"165\" formatCode=\"&quot;$&quot;#,##0\"/>"]
        for style in styles {
            if case .decimals(let places) = style, places > 0, custom[places] == nil {
                let id = 166 + custom.count
                custom[places] = id
                formats.append("<numFmt numFmtId=\"\(id)\" formatCode=\"#,##0.\(String(repeating: "0", count: places))\"/>")
            }
        }
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        out += "<numFmts count=\"\(formats.count)\">" + formats.joined() + "</numFmts>"
        out += "<fonts count=\"4\">"
        out += #"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        out += #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        out += #"<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>"#
        out += #"<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font>"#
        out += "</fonts>"
        out += #"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>"#
        out += #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        out += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        out += "<cellXfs count=\"\(styles.count)\">"
        for style in styles {
            let fmt = numberFormat(style, custom: custom)
            let font = switch style {
            case .header: 1
            case .title: 2
            case .link: 3
            default: 0
            }
            let fill = style == .input ? 2 : 0
            var xf = "<xf numFmtId=\"\(fmt)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"0\" xfId=\"0\""
            if fill != 0 { xf += " applyFill=\"1\"" }
            if fmt != 0 { xf += " applyNumberFormat=\"1\"" }
            if font != 0 { xf += " applyFont=\"1\"" }
            if style == .wrapped {
                xf += #" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
            } else {
                xf += "/>"
            }
            out += xf
        }
        out += "</cellXfs>"
        out += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        out += "</styleSheet>"
        return out
    }
}
