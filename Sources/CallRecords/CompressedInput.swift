import Foundation
import Vocabulary
import ZIPFoundation

/// Exports delivered compressed: `calls.csv.gz` (gzip) and `calls.zip` (a ZIP holding one CSV or JSON file).
///
/// Recognised by their first bytes, whatever the file is called. The calls inside are decompressed into memory
/// (no temporary file) and read like any other export, as one part (never split over threads); every message,
/// reject and reconciliation row names the compressed file the user gave. Memory grows with the decompressed size.
public enum CompressedInput {
    /// The compression of a file.
    public enum Kind: Sendable, Equatable { case gzip, zip }

    /// The compression a file's first bytes show, or nil for a plain file.
    public static func kind(of path: String) -> Kind? {
        guard let h = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? h.close() }
        return kind(head: (try? h.read(upToCount: 4)) ?? Data())
    }

    static func kind(head: Data) -> Kind? {
        if head.starts(with: [0x1F, 0x8B]) { return .gzip }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        return nil
    }

    /// The decompressed contents of a gzip or ZIP file (the last one asked for is kept, since a run asks for the
    /// same file several times: to check it, to read its header and to read it).
    /// - Throws: ``InputError`` naming the file and what is wrong (damaged, empty, several files in a ZIP).
    public static func contents(of path: String) throws(InputError) -> Data {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let stamp = "\(path)|\((attributes?[.size] as? NSNumber)?.intValue ?? -1)|\((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        if let hit = cache.value(for: stamp) { return hit }
        let data: Data
        switch kind(of: path) {
        case .gzip?: data = try gunzip(path)
        case .zip?: data = try unzip(path)
        case nil: throw .cannotOpen(file: path, reason: "not a gzip or ZIP file")
        }
        cache.store(data, for: stamp)
        return data
    }

    /// The one decompressed file kept.
    private final class Cache: @unchecked Sendable {
        // @unchecked: `entry` is only touched while holding `lock`.
        private let lock = NSLock()
        private var entry: (stamp: String, data: Data)?
        func value(for stamp: String) -> Data? {
            lock.lock(); defer { lock.unlock() }
            return entry?.stamp == stamp ? entry?.data : nil
        }
        func store(_ data: Data, for stamp: String) {
            lock.lock(); defer { lock.unlock() }
            entry = (stamp, data)
        }
    }
    private static let cache = Cache()

    // MARK: gzip (RFC 1952)

    static func gunzip(_ path: String) throws(InputError) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(file: path, reason: "permission denied") }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
        func read(_ offset: Int, _ count: Int) -> Data {
            guard (try? handle.seek(toOffset: UInt64(offset))) != nil else { return Data() }
            return (try? handle.read(upToCount: count)) ?? Data()
        }
        func damaged(_ why: String) -> InputError { .notCSV(file: path, reason: "the gzip file is damaged or unsupported: \(why)") }
        let header = [UInt8](read(0, 10))
        guard header.count == 10, header[0] == 0x1F, header[1] == 0x8B else { throw damaged("no gzip header") }
        guard header[2] == 8 else { throw damaged("compression method \(header[2]) is not deflate") }
        let flags = header[3]
        var offset = 10
        if flags & 0x04 != 0 {   // FEXTRA
            let x = [UInt8](read(offset, 2))
            guard x.count == 2 else { throw damaged("truncated header") }
            offset += 2 + Int(x[0]) + Int(x[1]) << 8
        }
        for flag in [UInt8(0x08), 0x10] where flags & flag != 0 {   // FNAME, FCOMMENT: zero-terminated
            while true {
                let b = read(offset, 1)
                guard let byte = b.first else { throw damaged("truncated header") }
                offset += 1
                if byte == 0 { break }
            }
        }
        if flags & 0x02 != 0 { offset += 2 }   // FHCRC
        let deflateEnd = size - 8
        guard deflateEnd > offset else { throw damaged("no compressed data") }
        var out = Data()
        let crc: UInt32
        do {
            crc = try Data.decompress(size: Int64(deflateEnd - offset), bufferSize: 1 << 16, skipCRC32: false,
                                      provider: { position, count in
                                          let start = offset + Int(position)
                                          guard start < deflateEnd else { throw TruncatedStream() }
                                          return read(start, min(count, deflateEnd - start))
                                      },
                                      consumer: { out.append($0) })
        } catch {
            throw damaged("the compressed data ends early or is corrupt")
        }
        let trailer = [UInt8](read(deflateEnd, 8))
        guard trailer.count == 8 else { throw damaged("no trailer") }
        let storedCRC = trailer[0..<4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let storedSize = trailer[4..<8].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard storedCRC == crc, storedSize == UInt32(truncatingIfNeeded: out.count) else {
            throw damaged("the checksum or length does not match (a file of several gzip members, or a damaged one; decompress it with gunzip and give the result)")
        }
        guard !out.isEmpty else { throw .emptyFile(file: path) }
        return out
    }

    /// The compressed data ran out before the deflate stream ended.
    private struct TruncatedStream: Error {}

    // MARK: ZIP

    /// The names of a ZIP's files that hold data (folders and macOS metadata left out).
    static func dataEntries(_ archive: Archive) -> [Entry] {
        archive.filter { entry in
            let name = entry.path
            let last = name.split(separator: "/").last.map(String.init) ?? name
            return entry.type == .file && !name.hasPrefix("__MACOSX/") && !last.hasPrefix("._") && last != ".DS_Store"
        }
    }

    static func unzip(_ path: String) throws(InputError) -> Data {
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw .notCSV(file: path, reason: "it starts like a ZIP but cannot be opened as one (\(error)); if it is an Excel workbook, save it as CSV")
        }
        let entries = dataEntries(archive)
        if entries.contains(where: { $0.path.hasPrefix("xl/") }) || entries.contains(where: { $0.path == "[Content_Types].xml" }) {
            throw .notCSV(file: path, reason: "it is an Excel or OpenDocument workbook, not a ZIP of exports; save it as CSV")
        }
        guard let entry = entries.first else { throw .notCSV(file: path, reason: "the ZIP holds no file") }
        guard entries.count == 1 else {
            throw .notCSV(file: path, reason: "the ZIP holds \(entries.count) files (\(entries.prefix(10).map(\.path).joined(separator: ", "))\(entries.count > 10 ? ", ..." : "")); Reroute reads a ZIP holding one CSV or JSON file: unzip it and give the files you want read")
        }
        var out = Data()
        do { _ = try archive.extract(entry, consumer: { out.append($0) }) } catch {
            throw .notCSV(file: path, reason: "'\(entry.path)' in the ZIP cannot be decompressed (\(error))")
        }
        guard !out.isEmpty else { throw .emptyFile(file: path) }
        return out
    }
}
