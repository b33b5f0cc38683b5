/// The DrawingML parts of the workbook's charts: `xl/charts/chartN.xml` (a bar chart on cell references),
/// `xl/drawings/drawingN.xml` (where each chart sits on its sheet) and their relationship parts.
enum ChartParts {
    static let chartNS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let drawingMLNS = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let sheetDrawingNS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
    static let drawingType = "application/vnd.openxmlformats-officedocument.drawing+xml"
    static let chartType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"

    /// `xl/charts/chartN.xml`: a horizontal bar chart of `chart`'s values, categories top to bottom in sheet order,
    /// with ranges qualified by `sheetName`. No cached values: the reader computes them from the cells.
    static func chart(_ chart: SheetChart, sheetName: String) -> String {
        let sheet = AboutSheet.quoted(sheetName)
        func text(_ s: String) -> String { XMLText.attribute(s) }
        var out = PackageParts.header
        out += "<c:chartSpace xmlns:c=\"\(chartNS)\" xmlns:a=\"\(drawingMLNS)\" xmlns:r=\"\(PackageParts.relNS)\">"
        out += #"<c:roundedCorners val="0"/><c:chart>"#
        out += "<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>\(text(chart.title))</a:t></a:r></a:p></c:rich></c:tx>"
        out += #"<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>"#
        out += #"<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>"#
        out += #"<c:ser><c:idx val="0"/><c:order val="0"/>"#
        out += "<c:tx><c:v>\(text(chart.seriesName))</c:v></c:tx>"
        out += #"<c:spPr><a:solidFill><a:srgbClr val="1F5F8B"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>"#
        out += "<c:cat><c:strRef><c:f>\(text(sheet + "!" + chart.categories))</c:f></c:strRef></c:cat>"
        out += "<c:val><c:numRef><c:f>\(text(sheet + "!" + chart.values))</c:f></c:numRef></c:val>"
        out += #"</c:ser><c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>"#
        out += #"<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>"#
        out += #"<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>"#
        out += #"<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>"#
        out += #"<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>"#
        out += #"<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>"#
        out += ##"<c:axPos val="t"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/>"##
        out += #"<c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/>"#
        out += #"<c:crossBetween val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/>"#
        out += #"<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>"#
        return out
    }

    /// `xl/drawings/drawingN.xml`: one anchor per chart, the k-th chart on relationship `rId<k+1>`.
    static func drawing(_ charts: [SheetChart]) -> String {
        var out = PackageParts.header
        out += "<xdr:wsDr xmlns:xdr=\"\(sheetDrawingNS)\" xmlns:a=\"\(drawingMLNS)\">"
        for (k, chart) in charts.enumerated() {
            out += "<xdr:twoCellAnchor>"
            out += "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(chart.topRow)</xdr:row>"
            out += "<xdr:rowOff>0</xdr:rowOff></xdr:from>"
            out += "<xdr:to><xdr:col>\(chart.width)</xdr:col><xdr:colOff>0</xdr:colOff>"
            out += "<xdr:row>\(chart.topRow + chart.height)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
            out += "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr>"
            out += "<xdr:cNvPr id=\"\(k + 2)\" name=\"Chart \(k + 1)\" descr=\"\(XMLText.attribute(chart.title))\"/>"
            out += "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
            out += #"<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>"#
            out += "<a:graphic><a:graphicData uri=\"\(chartNS)\">"
            out += "<c:chart xmlns:c=\"\(chartNS)\" xmlns:r=\"\(PackageParts.relNS)\" r:id=\"rId\(k + 1)\"/>"
            out += "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
        }
        out += "</xdr:wsDr>"
        return out
    }

    /// `xl/drawings/_rels/drawingN.xml.rels`: `rId1`... to the given chart numbers.
    static func drawingRelationships(chartNumbers: [Int]) -> String {
        var out = PackageParts.header + "<Relationships xmlns=\"\(PackageParts.packageRelNS)\">"
        for (k, n) in chartNumbers.enumerated() {
            out += "<Relationship Id=\"rId\(k + 1)\" Type=\"\(PackageParts.relNS)/chart\" Target=\"../charts/chart\(n).xml\"/>"
        }
        return out + "</Relationships>"
    }

    /// `xl/worksheets/_rels/sheetN.xml.rels`: `rId1` to the sheet's drawing.
    static func sheetRelationships(drawingNumber: Int) -> String {
        var out = PackageParts.header + "<Relationships xmlns=\"\(PackageParts.packageRelNS)\">"
        out += "<Relationship Id=\"rId1\" Type=\"\(PackageParts.relNS)/drawing\" Target=\"../drawings/drawing\(drawingNumber).xml\"/>"
        return out + "</Relationships>"
    }
}
