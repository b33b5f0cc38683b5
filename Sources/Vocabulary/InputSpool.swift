import Foundation

/// Inputs that are streams: `-` (standard input), a named pipe (FIFO) or a character device. Their size is 0
/// and they can be read once, so they are copied, as read, into a temporary file that the readers (which check
/// sizes, look at the first bytes and may read a file in parts) then read like any other.
public enum InputSpool {
    /// `paths` with every stream replaced by the path of a temporary copy of what it held.
    /// - Throws: ``InputError/cannotOpen(file:reason:)`` when a stream cannot be read or copied.
    public static func regularFiles(_ paths: [String]) throws(InputError) -> [String] {
        var out: [String] = []
        for path in paths { out.append(try regularFile(path)) }
        return out
    }

    /// `path` itself when it is a regular file (or missing: the reader says so), otherwise a temporary copy.
    public static func regularFile(_ path: String) throws(InputError) -> String {
        let isStdin = path == "-"
        if !isStdin {
            var info = stat()
            guard stat(path, &info) == 0 else { return path }
            let kind = info.st_mode & S_IFMT
            guard kind == S_IFIFO || kind == S_IFCHR || kind == S_IFSOCK else { return path }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reroute-input-\(UUID().uuidString.prefix(8))")
        let name = isStdin ? "stdin.csv" : URL(fileURLWithPath: path).lastPathComponent
        let copy = folder.appendingPathComponent(name)
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw .cannotOpen(file: path, reason: "cannot make a temporary copy of the stream: \(error.localizedDescription)")
        }
        let source = isStdin ? STDIN_FILENO : open(path, O_RDONLY)
        guard source >= 0 else { throw .cannotOpen(file: path, reason: String(cString: strerror(errno))) }
        defer { if !isStdin { close(source) } }
        let target = open(copy.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard target >= 0 else { throw .cannotOpen(file: path, reason: "cannot make a temporary copy: \(String(cString: strerror(errno)))") }
        defer { close(target) }
        let size = 1 << 20
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        defer { buffer.deallocate() }
        while true {
            let n = read(source, buffer, size)
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotOpen(file: path, reason: "reading the stream failed: \(String(cString: strerror(errno)))")
            }
            var written = 0
            while written < n {
                let w = write(target, buffer + written, n - written)
                guard w > 0 else { throw .cannotOpen(file: path, reason: "cannot copy the stream: \(String(cString: strerror(errno)))") }
                written += w
            }
        }
        return copy.path
    }
}
