import Foundation
import Testing
import RerouteTestSupport

/// Headless Chromium, if installed (Debian's `chromium`; `.ci/run` installs it).
let chromiumPath: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs headless Chromium on a local file; returns the dumped DOM, the browser's log lines and the URLs the page
/// requested (from Chromium's network log, leaving out the browser's own update and account services).
/// Host resolution is switched off, so no request can leave the machine.
func chromium(_ file: URL, screenshot: URL? = nil) throws -> (dom: String, log: [String], requests: [String]) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromiumPath!)
    let profile = TestPaths.temporaryDirectory("chromium-profile")
    let netLog = profile.appendingPathComponent("net-log.json")
    var args = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
                "--log-net-log=\(netLog.path)", "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=5000", "--hide-scrollbars"]
    if let screenshot { args += ["--window-size=1200,2400", "--screenshot=\(screenshot.path)"] } else { args.append("--dump-dom") }
    process.arguments = args + [file.absoluteString]
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let dom = out.fileHandleForReading.readDataToEndOfFile()
    let log = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let net = (try? String(contentsOf: netLog, encoding: .utf8)) ?? ""
    let browserServices = ["google.com", "googleapis.com", "gvt1.com", "gstatic.com"]
    var requests = Set<String>()
    for part in net.components(separatedBy: "\"url\":\"").dropFirst() {
        let url = String(part.prefix { $0 != "\"" })
        let host = URL(string: url)?.host ?? ""
        if url.hasPrefix("file:") || url.hasPrefix("data:") || browserServices.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { continue }
        requests.insert(url)
    }
    return (String(decoding: dom, as: UTF8.self), String(decoding: log, as: UTF8.self).split(separator: "\n").map(String.init), requests.sorted())
}

/// Console messages (errors, CSP violations, failed loads) in Chromium's log.
func consoleLines(_ log: [String]) -> [String] { log.filter { $0.contains(":CONSOLE") || $0.contains("Failed to load resource") } }

/// The demo report, made once for the tests below.
enum DemoReport {
    static let folder: URL? = {
        let dir = TestPaths.temporaryDirectory("report-html")
        guard let r = try? runReroute(["report", "--demo", "--out", dir.path, "--quiet"]), r.status == 0 else { return nil }
        return dir
    }()
}

@Suite("report.html in headless Chromium", .enabled(if: chromiumPath != nil, "chromium is not installed (apt-get install -y chromium)"))
struct ChromiumReportTests {
    @Test func rendersWithoutConsoleErrorsOrRequestsAndHasEverySection() throws {
        let dir = try #require(DemoReport.folder)
        let html = dir.appendingPathComponent("report.html")
        let (dom, log, requests) = try chromium(html)
        #expect(consoleLines(log).isEmpty, "\(consoleLines(log))")
        #expect(requests.isEmpty, "\(requests)")
        for id in ["summary", "categories", "eligible", "projection", "response", "outcomes", "behavioural-health", "demand", "staffing",
                   "geography", "budget", "methods", "data-quality", "appendices"] {
            #expect(dom.contains("<section class=\"chapter\" id=\"\(id)\""), "section \(id)")
        }
        // Charts: every one an accessible SVG with a title; maps for both demo layers; the weekday × hour heat map.
        let charts = dom.components(separatedBy: "role=\"img\"").count - 1
        #expect(charts >= 14, "\(charts) charts")
        for title in ["Citizen-initiated calls by category", "Community-responder-eligible calls by call type", "Median police response time by call type",
                      "Outcomes of calls of the eligible types", "Eligible calls per day by hour", "Eligible calls by weekday and hour",
                      "Eligible calls by district", "Eligible calls by neighbourhood", "Projected community-responder calls per year", "Budget breakdown"] {
            #expect(dom.contains(title), "chart \(title)")
        }
        // Nothing that could fetch: no scripts, links, remote images or fonts.
        let source = try String(contentsOf: html, encoding: .utf8)
        #expect(!source.contains("<script") && !source.contains("<link") && !source.contains("src=\"http") && !source.contains("url(http"))
        try chromium(html, screenshot: dir.appendingPathComponent("report-screenshot.png")).log.forEach { _ in }
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("report-screenshot.png").path))
    }

    /// Without the page's Content-Security-Policy, Chromium would try any request the page makes: none is made.
    @Test func makesNoRequestEvenWithoutItsSecurityPolicy() throws {
        let dir = try #require(DemoReport.folder)
        var source = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        source = source.replacingOccurrences(of: #"<meta http-equiv="Content-Security-Policy""#, with: "<meta name=\"removed-csp\"")
        let open = dir.appendingPathComponent("report-open.html")
        try Data(source.utf8).write(to: open)
        let run = try chromium(open)
        #expect(consoleLines(run.log).isEmpty)
        #expect(run.requests.isEmpty, "\(run.requests)")
    }

    /// The checks above can fail: a page that fetches an image and logs an error is caught.
    @Test func negativeControlIsCaught() throws {
        let bad = TestPaths.temporaryDirectory().appendingPathComponent("bad.html")
        try Data("<!DOCTYPE html><html><body><img src=\"http://example.invalid/x.png\"><script>console.error('boom')</script></body></html>".utf8).write(to: bad)
        let run = try chromium(bad)
        #expect(consoleLines(run.log).count >= 1)
        #expect(run.requests == ["http://example.invalid/x.png"])
    }
}
