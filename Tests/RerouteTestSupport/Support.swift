import Foundation

/// Locations of shared test data and the built command, for every test target.
public enum TestPaths {
    /// The package root (three levels above a test file: Tests/<Target>/<File>.swift).
    public static func packageRoot(_ file: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: file)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// `../shared` beside the checkout, or `$REROUTE_SHARED`.
    public static var shared: URL {
        if let env = ProcessInfo.processInfo.environment["REROUTE_SHARED"] { return URL(fileURLWithPath: env) }
        return packageRoot().deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// A file under `../shared/data`.
    public static func sharedData(_ relative: String) -> String {
        shared.appendingPathComponent("data").appendingPathComponent(relative).path
    }

    /// A fixture file beside a test file: `Tests/<Target>/Fixtures/<name>`.
    public static func fixture(_ name: String, file: String = #filePath) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    /// The built `reroute` binary.
    public static var rerouteBinary: URL {
        let root = packageRoot()
        for candidate in [".build/debug/reroute", ".build/release/reroute"] {
            let url = root.appendingPathComponent(candidate)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/reroute")
    }

    /// A fresh temporary folder.
    public static func temporaryDirectory(_ label: String = "reroute-test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to a temporary file and returns its path.
    public static func writeTemporary(_ text: String, name: String = "input.csv") -> String {
        let url = temporaryDirectory().appendingPathComponent(name)
        try? Data(text.utf8).write(to: url)
        return url.path
    }
}

/// The result of running the `reroute` command.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs the built `reroute` binary with `arguments` and no standard input.
public func runReroute(_ arguments: [String], currentDirectory: URL? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = TestPaths.rerouteBinary
    process.arguments = arguments
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}
