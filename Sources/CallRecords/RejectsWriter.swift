import Vocabulary
import Foundation

/// Writes rows that could not be read to `rejects.csv`: file, line, reason and the raw text.
public final class RejectsWriter {
    private let handle: FileHandle?
    private var pending: [UInt8] = []
    /// Rejected rows written so far.
    public private(set) var count = 0

    /// - Parameter url: where to write; nil keeps only the count.
    public init(url: URL?) throws(InputError) {
        guard let url else { handle = nil; return }
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let h = try? FileHandle(forWritingTo: url) else {
            throw .cannotOpen(file: url.path, reason: "cannot create the rejects file")
        }
        handle = h
        pending.append(contentsOf: Array("file,line,reason,raw\n".utf8))
    }

    /// Adds one rejected row.
    public func add(file: String, line: Int, reason: String, raw: String) {
        count += 1
        guard handle != nil else { return }
        for (i, field) in [file, String(line), reason, raw].enumerated() {
            if i > 0 { pending.append(0x2C) }
            CSVEscaping.append(field, to: &pending)
        }
        pending.append(0x0A)
        if pending.count > 1 << 16 { flush() }
    }

    /// Appends the rows of another rejects file (written by a ``RejectsWriter``), without its header line.
    public func append(contentsOf url: URL) {
        guard let data = try? Data(contentsOf: url) else { return }
        guard let newline = data.firstIndex(of: 0x0A) else { return }
        let rows = data[data.index(after: newline)...]
        count += rows.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        guard handle != nil else { return }
        pending.append(contentsOf: rows)
        if pending.count > 1 << 16 { flush() }
    }

    public func flush() {
        guard let handle, !pending.isEmpty else { return }
        handle.write(Data(pending))
        pending.removeAll(keepingCapacity: true)
    }

    deinit {
        flush()
        try? handle?.close()
    }
}

/// RFC 4180 quoting for writers: a field is quoted only when it holds `,`, `"`, CR or LF.
public enum CSVEscaping {
    public static func needsQuotes(_ s: String) -> Bool {
        s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    public static func append(_ s: String, to out: inout [UInt8]) {
        if !needsQuotes(s) { out.append(contentsOf: s.utf8); return }
        out.append(0x22)
        for b in s.utf8 {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }

    public static func escape(_ s: String) -> String {
        var out: [UInt8] = []
        append(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
