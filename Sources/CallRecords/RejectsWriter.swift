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
        pending.append(contentsOf: CSVWriter.line([file, String(line), reason, raw]).utf8)
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
