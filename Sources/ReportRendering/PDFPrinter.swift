import Foundation
import Vocabulary

/// Prints report.html to PDF with headless Chromium, when it is installed.
public enum PDFPrinter {
    /// Why no PDF was written.
    public enum Failure: Error, CustomStringConvertible, RerouteError {
        /// No Chromium on the PATH.
        case noChromium(searched: [String])
        /// Chromium ran but wrote no PDF.
        case failed(status: Int32, output: String, path: String)

        public var description: String {
            switch self {
            case .noChromium(let names):
                "no PDF: headless Chromium is not installed (looked for \(names.joined(separator: ", ")) on the PATH); install it (Debian: apt-get install chromium) or print report.html from a browser"
            case .failed(let status, let output, let path):
                "no PDF: Chromium exited with status \(status) and wrote no \(path): \(output.split(separator: "\n").suffix(3).joined(separator: " "))"
            }
        }

        public var exitStatus: ExitStatus { .cannotWrite }
    }

    /// Browser names tried, in order.
    public static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The first browser found on the PATH, if any.
    public static func findBrowser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for name in browserNames {
            for dir in path.split(separator: ":") {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Prints `html` to `pdf` (A4/Letter left to the stylesheet's print rules, no browser header or footer).
    /// - Throws: ``Failure`` when Chromium is absent or writes nothing.
    public static func print(html: URL, to pdf: URL) throws {
        guard let browser = findBrowser() else { throw Failure.noChromium(searched: browserNames) }
        try? FileManager.default.removeItem(at: pdf)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("reroute-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(profile.path)",
                             "--print-to-pdf=\(pdf.path)", html.absoluteURL.absoluteString]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { throw Failure.failed(status: -1, output: "\(error)", path: pdf.path) }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw Failure.failed(status: process.terminationStatus, output: output, path: pdf.path)
        }
    }
}
