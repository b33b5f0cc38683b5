import Vocabulary
import Foundation

/// Writes rows that could not be read to `rejects.csv`: file, line, reason and the raw text.
public final class RejectsWriter {
    private let handle: FileHandle?
    private let path: String
    private var pending: [UInt8] = []
    /// The first write failure (a full disk, a closed file): later rows are dropped and ``flush()`` reports it.
    private var failure: InputError?
    /// Rejected rows written so far.
    public private(set) var count = 0

    /// - Parameter url: where to write; nil keeps only the count.
    public init(url: URL?) throws(InputError) {
        path = url?.path ?? ""
        guard let url else { handle = nil; return }
        // Opened in place (not FileManager.createFile, which replaces the path atomically and so would swap a
        // device or symlink for a regular file).
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotOpen(file: url.path, reason: "cannot create the rejects file: \(String(cString: strerror(errno)))")
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        pending.append(contentsOf: Array("file,line,reason,raw\n".utf8))
    }

    /// Adds one rejected row.
    public func add(file: String, line: Int, reason: String, raw: String) {
        count += 1
        guard handle != nil else { return }
        pending.append(contentsOf: CSVWriter.line([file, String(line), reason, raw]).utf8)
        pending.append(0x0A)
        if pending.count > 1 << 16 { write() }
    }

    /// Appends the rows of another rejects file (written by a ``RejectsWriter``), without its header line.
    public func append(contentsOf url: URL) {
        guard let data = try? Data(contentsOf: url) else {
            if failure == nil { failure = .readFailed(reason: "cannot read back the rejects of a part, \(url.path)") }
            return
        }
        guard let newline = data.firstIndex(of: 0x0A) else { return }
        let rows = data[data.index(after: newline)...]
        count += rows.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        guard handle != nil else { return }
        pending.append(contentsOf: rows)
        if pending.count > 1 << 16 { write() }
    }

    /// Appends the rows of another rejects file whose lines count from a part's start, each line moved by
    /// `lineOffset` (the lines in the file before the part, known once the part before it has been read).
    public func append(contentsOf url: URL, lineOffset: Int) {
        guard lineOffset != 0 else { append(contentsOf: url); return }
        do {
            let scanner = try CSVScanner(path: url.path)
            try scanner.scan { record in
                // The header, and (never written by this type) a row that is not four fields, are skipped.
                guard record.line > 1, record.problem == nil, record.fieldCount == 4 else { return }
                add(file: record.string(0), line: (Int(record.string(1)) ?? 0) + lineOffset, reason: record.string(2), raw: record.string(3))
            }
        } catch {
            if failure == nil { failure = .readFailed(reason: "cannot read back the rejects of a part, \(url.path): \(error)") }
        }
    }

    /// Writes the buffered rows.
    /// - Throws: ``InputError/cannotWrite(file:reason:)`` (exit 73) for the first write that failed, now or earlier.
    public func flush() throws(InputError) {
        write()
        if let failure { throw failure }
    }

    /// Writes the buffered rows, remembering the first failure (a full disk, a closed file) to throw from ``flush()``.
    private func write() {
        defer { pending.removeAll(keepingCapacity: true) }
        guard let handle, !pending.isEmpty, failure == nil else { return }
        do { try OutputFile.append(pending, to: handle, path: path) } catch {
            failure = .cannotWrite(file: path, reason: error.reason)
        }
    }

    deinit {
        write()
        try? handle?.close()
    }
}
