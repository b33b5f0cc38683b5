/// The fixed and near-fixed parts of the `.xlsx` package: content types, relationships, the workbook part and the
/// document properties.
enum PackageParts {
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelNS = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// `[Content_Types].xml` for `sheetCount` worksheets, `drawingCount` drawings and `chartCount` charts.
    static func contentTypes(sheetCount: Int, drawingCount: Int = 0, chartCount: Int = 0) -> String {
        var out = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        out += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for n in 1...max(sheetCount, 1) {
            out += "<Override PartName=\"/xl/worksheets/sheet\(n).xml\" "
            out += #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        for n in stride(from: 1, through: drawingCount, by: 1) {
            out += "<Override PartName=\"/xl/drawings/drawing\(n).xml\" ContentType=\"\(ChartParts.drawingType)\"/>"
        }
        for n in stride(from: 1, through: chartCount, by: 1) {
            out += "<Override PartName=\"/xl/charts/chart\(n).xml\" ContentType=\"\(ChartParts.chartType)\"/>"
        }
        out += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        out += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        out += #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        out += #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        out += "</Types>"
        return out
    }

    /// `_rels/.rels`: the workbook and the two property parts.
    static func rootRelationships() -> String {
        var out = header + "<Relationships xmlns=\"\(packageRelNS)\">"
        out += "<Relationship Id=\"rId1\" Type=\"\(relNS)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        out += "<Relationship Id=\"rId2\" Type=\"\(packageRelNS)/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        out += "<Relationship Id=\"rId3\" Type=\"\(relNS)/extended-properties\" Target=\"docProps/app.xml\"/>"
        out += "</Relationships>"
        return out
    }

    /// `xl/_rels/workbook.xml.rels`: sheets are `rId1`...`rIdN`, then styles and shared strings.
    static func workbookRelationships(sheetCount: Int) -> String {
        var out = header + "<Relationships xmlns=\"\(packageRelNS)\">"
        for n in 1...max(sheetCount, 1) {
            out += "<Relationship Id=\"rId\(n)\" Type=\"\(relNS)/worksheet\" Target=\"worksheets/sheet\(n).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relNS)/styles\" Target=\"styles.xml\"/>"
        out += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relNS)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        out += "</Relationships>"
        return out
    }

    /// `xl/workbook.xml`: the sheets in order, a hidden `_xlnm._FilterDatabase` name per filtered sheet and a
    /// `_xlnm.Print_Titles` name per sheet whose header rows repeat on every printed page.
    /// - Parameters:
    ///   - filters: for each sheet, its autofilter range (`$A$1:$E$101`) or nil.
    ///   - printTitles: for each sheet, the rows to repeat (`$1:$1`) or nil; missing entries mean none.
    static func workbook(sheetNames: [String], filters: [String?], printTitles: [String?] = []) -> String {
        var out = header + "<workbook xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\">"
        out += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (i, name) in sheetNames.enumerated() {
            out += "<sheet name=\"\(XMLText.attribute(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        out += "</sheets>"
        var names: [String] = []
        for i in sheetNames.indices {
            let sheet = AboutSheet.quoted(sheetNames[i])
            if i < filters.count, let range = filters[i] {
                names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">"
                    + XMLText.attribute(sheet + "!" + range) + "</definedName>")
            }
            if i < printTitles.count, let rows = printTitles[i] {
                names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">"
                    + XMLText.attribute(sheet + "!" + rows) + "</definedName>")
            }
        }
        if !names.isEmpty { out += "<definedNames>" + names.joined() + "</definedNames>" }
        out += "</workbook>"
        return out
    }

    /// `docProps/core.xml`: title and creator; no dates, so the same tables give the same bytes.
    static func coreProperties(title: String) -> String {
        var out = header
        out += #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
        out += #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
        out += #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
        out += "<dc:title>\(XMLText.attribute(title))</dc:title><dc:creator>Reroute</dc:creator>"
        out += "</cp:coreProperties>"
        return out
    }

    /// `docProps/app.xml`: the application and the sheet names.
    static func appProperties(sheetNames: [String]) -> String {
        var out = header
        out += #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" "#
        out += #"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
        out += "<Application>Reroute</Application>"
        out += #"<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"#
        out += "<vt:variant><vt:i4>\(sheetNames.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        out += "<TitlesOfParts><vt:vector size=\"\(sheetNames.count)\" baseType=\"lpstr\">"
        for name in sheetNames { out += "<vt:lpstr>\(XMLText.attribute(name))</vt:lpstr>" }
        out += "</vt:vector></TitlesOfParts></Properties>"
        return out
    }
}
