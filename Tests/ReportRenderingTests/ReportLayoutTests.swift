import Foundation
import Testing
import RerouteTestSupport

/// The real Milwaukee sample report (21 days of May 2018, with district and neighbourhood boundaries), made once.
enum MilwaukeeSampleReport {
    static let folder: URL? = {
        let csv = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
        guard FileManager.default.fileExists(atPath: csv) else { return nil }
        let dir = TestPaths.temporaryDirectory("report-mke")
        let args = ["report", csv, "--boundaries", TestPaths.sharedData("milwaukee/boundaries/police-districts.geojson") + ":POLICE",
                    "--boundaries", TestPaths.sharedData("milwaukee/boundaries/neighborhoods.geojson") + ":name", "--out", dir.path, "--quiet"]
        guard let r = try? runReroute(args), r.status == 0 else { return nil }
        return dir
    }()
}

/// What the probe script measured in the rendered page.
struct LayoutProbe: Decodable {
    struct Overlap: Decodable { var chart: String; var a: String; var b: String }
    struct MapLabel: Decodable { var chart: String; var text: String; var inside: Bool; var placed: Bool }
    struct Chart: Decodable { var title: String; var categories: [String] }
    var overlaps: [Overlap]
    var rec: [String: String]
    var recText: [String: String]
    var mapLabels: [MapLabel]
    var charts: [Chart]
    var width: Double
}

/// Renders `html` in headless Chromium at a window width with a probe script that measures, in the laid-out page,
/// the bounding box of every chart text, the map labels against their regions' fill, and the recommendation's
/// numbers in the cards and the text. The page's security policy (which forbids scripts) is removed in the copy.
func probeLayout(_ html: URL, width: Int, height: Int = 1200) throws -> LayoutProbe {
    var source = try String(contentsOf: html, encoding: .utf8)
    source = source.replacingOccurrences(of: #"<meta http-equiv="Content-Security-Policy""#, with: "<meta name=\"removed-csp\"")
    let script = """
    <script>
    addEventListener('load', () => {
      const own = t => [...t.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
      const out = {overlaps: [], rec: {}, recText: {}, mapLabels: [], charts: [], width: innerWidth};
      document.querySelectorAll('figure svg').forEach(svg => {
        const title = (svg.querySelector(':scope > title') || {}).textContent || svg.id;
        const boxes = [...svg.querySelectorAll('text')].filter(t => own(t) !== '').map(t => ({t: own(t), r: t.getBoundingClientRect()}))
          .filter(b => b.r.width > 0 && b.r.height > 0);
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r, b = boxes[j].r;
          const ix = Math.min(a.right, b.right) - Math.max(a.left, b.left), iy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (ix > 0.5 && iy > 0.5) out.overlaps.push({chart: title, a: boxes[i].t, b: boxes[j].t});
        }
        out.charts.push({title, categories: [...svg.querySelectorAll('g.category-axis text')].map(t => {
          const full = t.querySelector('title'); return full ? full.textContent : own(t); })});
        svg.querySelectorAll('text.region-label').forEach(t => {
          const path = svg.querySelector('path.region[data-index="' + t.dataset.index + '"]');
          const mx = parseFloat(t.dataset.mapX), my = parseFloat(t.dataset.mapY);
          let inside = false, placed = false;
          if (path) {
            inside = path.isPointInFill(new DOMPoint(mx, my));
            const p = new DOMPoint(mx, my).matrixTransform(path.getScreenCTM());
            const r = t.getBoundingClientRect();
            placed = p.x >= r.left - 1 && p.x <= r.right + 1 && p.y >= r.top - 2 && p.y <= r.bottom + 8;
          }
          out.mapLabels.push({chart: title, text: own(t), inside, placed});
        });
      });
      document.querySelectorAll('[data-rec]').forEach(e => out.rec[e.dataset.rec] = e.textContent.trim());
      document.querySelectorAll('#summary [data-rec-text]').forEach(e => out.recText[e.dataset.recText] = e.textContent.trim());
      const pre = document.createElement('pre'); pre.id = 'reroute-probe';
      pre.textContent = 'PROBE:' + encodeURIComponent(JSON.stringify(out)) + ':END';
      document.body.appendChild(pre);
      if (window.parent !== window) window.parent.postMessage(pre.textContent, '*');
    });
    </script>
    """
    source = source.replacingOccurrences(of: "</body>", with: script + "</body>")
    var copy = html.deletingLastPathComponent().appendingPathComponent("report-probe-\(width).html")
    try Data(source.utf8).write(to: copy)
    // Headless Chromium's window is at least 500 px wide; a phone's viewport is an iframe of that width (media
    // queries and layout see the iframe's width), which posts the probe's result to the page around it.
    if width < 500 {
        let frame = """
        <!DOCTYPE html><html><body style="margin:0"><iframe src="\(copy.lastPathComponent)" style="width:\(width)px;height:\(height)px;border:0"></iframe>
        <script>addEventListener('message', e => { const pre = document.createElement('pre'); pre.id = 'reroute-probe'; pre.textContent = e.data; document.body.appendChild(pre); });</script>
        </body></html>
        """
        copy = html.deletingLastPathComponent().appendingPathComponent("report-probe-frame-\(width).html")
        try Data(frame.utf8).write(to: copy)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromiumPath!)
    let profile = TestPaths.temporaryDirectory("chromium-probe")
    process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)", "--hide-scrollbars",
                         "--host-resolver-rules=MAP * ~NOTFOUND", "--disable-background-networking", "--no-first-run",
                         "--window-size=\(width < 500 ? 540 : width),\(height)", "--virtual-time-budget=5000", "--dump-dom", copy.absoluteString]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard let start = dom.range(of: "id=\"reroute-probe\">PROBE:"), let end = dom.range(of: ":END", range: start.upperBound..<dom.endIndex),
          let json = String(dom[start.upperBound..<end.lowerBound]).removingPercentEncoding else {
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no probe output in the dumped DOM (\(dom.count) characters)"])
    }
    return try JSONDecoder().decode(LayoutProbe.self, from: Data(json.utf8))
}

/// Thousands-grouped integer text, written here independently of Reroute's formatter.
func grouped(_ value: Double) -> String {
    let digits = String(Int(value.rounded()))
    var out = ""
    for (index, ch) in digits.reversed().enumerated() {
        if index > 0 && index % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return String(out.reversed())
}

@Suite("report.html laid out in headless Chromium: labels, the budget chart, one recommendation",
       .enabled(if: chromiumPath != nil, "chromium is not installed (apt-get install -y chromium)"))
struct ReportLayoutTests {
    static let widths = [1280, 390]

    func check(_ folder: URL, width: Int, expectsRecommendation: Bool) throws {
        let probe = try probeLayout(folder.appendingPathComponent("report.html"), width: width)
        #expect(abs(probe.width - Double(width)) < 2, "window \(probe.width)")
        // No two text labels of a chart overlap.
        #expect(probe.overlaps.isEmpty, "\(probe.overlaps.prefix(10).map { "\($0.chart): '\($0.a)' × '\($0.b)'" })")
        // Map labels: present, inside their regions, drawn where the region's point is.
        #expect(!probe.mapLabels.isEmpty)
        let districtLabels = probe.mapLabels.filter { $0.chart.contains("by district") }
        #expect(!districtLabels.isEmpty)
        for label in probe.mapLabels {
            #expect(label.inside, "\(label.chart): \(label.text) outside its region")
            #expect(label.placed, "\(label.chart): \(label.text) drawn away from its point")
        }
        // Every bar of a budget chart is labelled with its own line (no two bars share a label), and the lines
        // are the budget table's for that phase.
        let shares = try String(contentsOf: folder.appendingPathComponent("plan/fig22-23-shares.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let budgetCharts = probe.charts.filter { $0.title.hasPrefix("Budget breakdown: ") }
        #expect(budgetCharts.count >= 2)
        for chart in budgetCharts {
            let phase = String(chart.title.dropFirst("Budget breakdown: ".count))
            #expect(Set(chart.categories).count == chart.categories.count, "\(chart.categories)")
            #expect(chart.categories == shares.filter { $0.first == phase }.map { $0[1] }, "\(phase): \(chart.categories)")
        }
        guard expectsRecommendation else { return }
        // The recommendation's numbers: the same in the cards, the summary's sentence and summary.json.
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any]
        let rec = try #require(summary?["recommendation"] as? [String: Any])
        let options = try #require(rec["options"] as? [[String: Any]])
        let chosen = try #require(options[safe: rec["chosenIndex"] as? Int ?? -1])
        let expected = [
            "teams": grouped(chosen["teamsToHire"] as? Double ?? -1),
            "responders": grouped(chosen["respondersToHire"] as? Double ?? -1),
            "p90": "\(grouped(chosen["p90ResponseMinutes"] as? Double ?? -1)) min",
            "budget": "$" + grouped(chosen["firstYearBudget"] as? Double ?? -1),
        ]
        #expect(probe.rec == expected, "cards \(probe.rec) vs summary.json \(expected)")
        #expect(probe.recText == expected, "text \(probe.recText) vs summary.json \(expected)")
    }

    @Test(arguments: widths) func demoReport(width: Int) throws {
        let folder = try #require(DemoReport.folder)
        try check(folder, width: width, expectsRecommendation: true)
    }

    @Test(arguments: widths) func milwaukeeSampleReport(width: Int) throws {
        let folder = try #require(MilwaukeeSampleReport.folder, "the Milwaukee sample report could not be made")
        try check(folder, width: width, expectsRecommendation: true)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
