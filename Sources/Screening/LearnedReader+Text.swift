import Foundation

/// The model file: a small line-based text format, written in a fixed order with fixed decimals so that the same
/// training gives byte-identical files.
///
/// ```
/// # reroute learned reader 1
/// threshold 0.900000
/// bias -0.123456
/// file corpus.csv splits=dev md5=... rows=325
/// w 0.512345 BRANDISHING
/// ```
/// Weight lines are sorted by feature (byte order); a feature may contain spaces (bigrams), so it comes last.
extension LearnedReader {
    static let header = "# reroute learned reader 1"

    /// The model as text.
    public func text() -> String {
        var lines = [Self.header, "threshold " + Self.fixed(threshold), "bias " + Self.fixed(bias)]
        for file in trainingFiles {
            lines.append("file \(file.name) splits=\(file.splits.isEmpty ? "*" : file.splits.joined(separator: ",")) md5=\(file.md5) rows=\(file.rows)")
        }
        for feature in weights.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            lines.append("w " + Self.fixed(weights[feature] ?? 0) + " " + feature)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Six decimals, the precision stored (and `-0.000000` written as `0.000000`).
    static func fixed(_ value: Double) -> String {
        let text = String(format: "%.6f", value)
        return text == "-0.000000" ? "0.000000" : text
    }

    /// Reads a model written by ``text()``.
    /// - Throws: ``LearnedReaderError/malformed(file:line:reason:)`` naming the line.
    public static func parse(_ text: String, file: String) throws -> LearnedReader {
        var weights: [String: Double] = [:]
        var bias: Double?
        var threshold: Double?
        var files: [TrainingFile] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
            func value(_ text: String) throws -> Double {
                guard let value = Double(text), value.isFinite else {
                    throw LearnedReaderError.malformed(file: file, line: number, reason: "'\(text)' is not a number")
                }
                return value
            }
            switch parts.first {
            case "threshold" where parts.count == 2: threshold = try value(parts[1])
            case "bias" where parts.count == 2: bias = try value(parts[1])
            case "w" where parts.count == 3: weights[parts[2]] = try value(parts[1])
            case "file":
                let fields = line.split(separator: " ").dropFirst().map(String.init)
                var entry = TrainingFile(name: fields.first ?? "", splits: [], md5: "", rows: 0)
                for field in fields.dropFirst() {
                    let pair = field.split(separator: "=", maxSplits: 1).map(String.init)
                    guard pair.count == 2 else { continue }
                    switch pair[0] {
                    case "splits": entry.splits = pair[1] == "*" ? [] : pair[1].split(separator: ",").map(String.init)
                    case "md5": entry.md5 = pair[1]
                    case "rows": entry.rows = Int(pair[1]) ?? 0
                    default: break
                    }
                }
                files.append(entry)
            default:
                throw LearnedReaderError.malformed(file: file, line: number, reason: "expected 'threshold', 'bias', 'file' or 'w WEIGHT FEATURE'")
            }
        }
        guard text.hasPrefix(header) else {
            throw LearnedReaderError.malformed(file: file, line: 1, reason: "expected '\(header)'")
        }
        guard let bias, let threshold else {
            throw LearnedReaderError.malformed(file: file, line: 0, reason: "missing 'bias' or 'threshold' line")
        }
        return LearnedReader(weights: weights, bias: bias, threshold: threshold, trainingFiles: files)
    }
}
