import Foundation

/// An output folder written all or nothing.
///
/// A command writes into ``staging``, a hidden folder created beside the destination (same file system, so the
/// final move is a rename), and calls ``commit()`` only when every file is written. A run that fails calls
/// ``discard()`` (or simply never commits): the destination is left exactly as it was, and ``untouchedNote``
/// says so. On commit:
/// - a missing or empty destination is replaced by the staged folder in one rename;
/// - a destination that an earlier Reroute run wrote (it holds ``markerName``) is swapped out whole, so no
///   stale file of the earlier run survives beside the new ones;
/// - any other existing folder (one holding files Reroute did not write) is never deleted: the staged files
///   are moved into it one by one, replacing those of the same name.
public final class AtomicOutputFolder {
    /// The folder the outputs are for.
    public let destination: URL
    /// The folder to write into until ``commit()``.
    public let staging: URL
    /// The file that marks a folder as written whole by Reroute.
    public static let markerName = ".reroute-output"
    private var finished = false
    /// Whether ``commit()`` has moved the outputs into place.
    public private(set) var isCommitted = false

    /// Creates the staging folder beside `destination`.
    /// - Throws: ``OutputError`` (exit 73) when the destination exists but is not a writable folder, or the
    ///   staging folder cannot be created (a read-only or missing parent, a full disk).
    public init(_ destination: URL) throws(OutputError) {
        let manager = FileManager.default
        var target = destination.standardizedFileURL
        // A symbolic link to a folder: write into the folder it points to, and keep the link.
        if let resolved = try? manager.destinationOfSymbolicLink(atPath: target.path) {
            target = URL(fileURLWithPath: resolved, relativeTo: target.deletingLastPathComponent()).standardizedFileURL
        }
        self.destination = target
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw OutputError(path: target.path, reason: "it exists and is not a folder") }
            guard manager.isWritableFile(atPath: target.path) else { throw OutputError(path: target.path, reason: "the folder is read-only") }
        }
        let parent = target.deletingLastPathComponent()
        do { try manager.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
            throw OutputError(path: target.path, reason: "cannot create its parent folder: \(Self.reason(error))")
        }
        staging = parent.appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString.prefix(8))")
        do { try manager.createDirectory(at: staging, withIntermediateDirectories: false) } catch {
            throw OutputError(path: target.path, reason: "cannot create a folder beside it: \(Self.reason(error))")
        }
        manager.createFile(atPath: staging.appendingPathComponent(Self.markerName).path,
                           contents: Data("Written by Reroute in one piece; a later run replaces this whole folder.\n".utf8))
    }

    deinit { if !finished { try? FileManager.default.removeItem(at: staging) } }

    /// The line a failed run prints: the destination was not changed.
    public var untouchedNote: String {
        FileManager.default.fileExists(atPath: destination.path)
            ? "the previous output in \(destination.path) is untouched"
            : "nothing was written to \(destination.path)"
    }

    /// Moves the staged folder into place (see the type's description).
    /// - Throws: ``OutputError`` (exit 73); the staging folder is removed and the destination is as it was,
    ///   except in the merge case, where files already moved stay.
    public func commit() throws(OutputError) {
        guard !finished else { return }
        finished = true
        let manager = FileManager.default
        defer { try? manager.removeItem(at: staging) }
        do {
            try move(manager)
            isCommitted = true
        } catch {
            throw OutputError(path: destination.path, reason: Self.reason(error))
        }
    }

    /// The moves of ``commit()``.
    private func move(_ manager: FileManager) throws {
        do {
            let existing: [String]? = try? manager.contentsOfDirectory(atPath: destination.path)
            guard let existing, !existing.isEmpty else {
                if existing != nil { try manager.removeItem(at: destination) }
                try manager.moveItem(at: staging, to: destination)
                return
            }
            if existing.contains(Self.markerName) {
                let old = destination.deletingLastPathComponent()
                    .appendingPathComponent(".\(destination.lastPathComponent).old-\(UUID().uuidString.prefix(8))")
                try manager.moveItem(at: destination, to: old)
                do { try manager.moveItem(at: staging, to: destination) } catch {
                    try? manager.moveItem(at: old, to: destination)
                    throw error
                }
                try? manager.removeItem(at: old)
                return
            }
            for name in try manager.contentsOfDirectory(atPath: staging.path) where name != Self.markerName {
                let target = destination.appendingPathComponent(name)
                if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
                try manager.moveItem(at: staging.appendingPathComponent(name), to: target)
            }
        }
    }

    /// Removes the staging folder, leaving the destination as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        try? FileManager.default.removeItem(at: staging)
    }

    private static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
