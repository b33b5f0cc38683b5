#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation
import Vocabulary

/// Where diagnostics and progress go: standard error, with a progress bar only on a terminal.
enum Terminal {
    static func error(_ message: String) {
        StandardStream.error((message + "\n"))
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Whether a write to standard output has failed (the C stream's error flag, which a failed flush of a full
    /// buffer sets before the program ends).
    static var standardOutputFailed: Bool {
        // `stdout` is a C global (imported @preconcurrency); it is read once, at exit, on the main thread.
        ferror(stdout) != 0
    }

    /// A progress reporter that draws `reading [####    ] 42%  310 MB/s  1.2 M rows/s` on a terminal.
    static func progressBar(label: String) -> (Int, Int, Int) -> Void {
        let start = Date()
        return { done, total, rows in
            guard total > 0 else { return }
            let fraction = min(1, Double(done) / Double(total))
            let width = 30
            let filled = Int(fraction * Double(width))
            let elapsed = max(Date().timeIntervalSince(start), 0.001)
            let mbps = Double(done) / 1e6 / elapsed
            let line = "\r\(label) [" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
                + "] \(Int(fraction * 100))%  \(String(format: "%.0f", mbps)) MB/s  \(String(format: "%.2f", Double(rows) / 1e6 / elapsed)) M rows/s"
            StandardStream.error(line)
            if done >= total { StandardStream.error("\n") }
        }
    }
}

