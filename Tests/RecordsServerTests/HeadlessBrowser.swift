import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: commands on fd 3,
/// replies on fd 4, each a NUL-terminated JSON message), so a test can sign in and fill forms as a person would.
/// Everything here blocks: run it on its own thread (``run(_:)``), not on the concurrency pool.
final class HeadlessBrowser {
    enum Failure: Error, CustomStringConvertible {
        case cannotStart(String), protocolError(String), timeout(String)
        var description: String {
            switch self {
            case .cannotStart(let s): return "cannot start Chromium: \(s)"
            case .protocolError(let s): return "DevTools: \(s)"
            case .timeout(let s): return "timed out waiting for \(s)"
            }
        }
    }

    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    private var pid: pid_t = 0
    private let commands: Int32
    private let replies: Int32
    private var buffer: [UInt8] = []
    private var nextID = 0
    private var session = ""

    init(profile: URL) throws {
        guard let path = Self.path else { throw Failure.cannotStart("no chromium") }
        var toChrome: [Int32] = [0, 0], fromChrome: [Int32] = [0, 0]
        guard pipe(&toChrome) == 0, pipe(&fromChrome) == 0 else { throw Failure.cannotStart("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChrome[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromChrome[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [path, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--user-data-dir=\(profile.path)",
                         "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--disable-default-apps", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--window-size=1100,1400", "about:blank"]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&pid, path, &actions, nil, argv, environ)
        close(toChrome[0])
        close(fromChrome[1])
        guard status == 0 else { throw Failure.cannotStart("posix_spawn: \(status)") }
        commands = toChrome[1]
        replies = fromChrome[0]
        let target = try call("Target.createTarget", ["url": "about:blank"])
        guard let targetID = target["targetId"] as? String else { throw Failure.protocolError("no target") }
        let attached = try call("Target.attachToTarget", ["targetId": targetID, "flatten": true])
        guard let sessionID = attached["sessionId"] as? String else { throw Failure.protocolError("no session") }
        session = sessionID
    }

    deinit { quit() }

    func quit() {
        guard pid != 0 else { return }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(commands)
        close(replies)
        pid = 0
    }

    /// Sends a command and waits for its reply (events in between are skipped).
    @discardableResult
    func call(_ method: String, _ params: [String: Any] = [:], inPage: Bool = false) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": params]
        if inPage { message["sessionId"] = session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(commands, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { throw Failure.protocolError("write failed") }
                offset += n
            }
        }
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let reply = try readMessage()
            guard (reply["id"] as? Int) == nextID else { continue }
            if let error = reply["error"] { throw Failure.protocolError("\(method): \(error)") }
            return reply["result"] as? [String: Any] ?? [:]
        }
        throw Failure.timeout(method)
    }

    private func readMessage() throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                return (try JSONSerialization.jsonObject(with: Data(message)) as? [String: Any]) ?? [:]
            }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let n = read(replies, &chunk, chunk.count)
            if n <= 0 { throw Failure.protocolError("Chromium closed the pipe") }
            buffer += chunk[..<n]
        }
    }

    /// Evaluates JavaScript in the page (DevTools evaluation is not subject to the page's CSP) and returns its value as text.
    @discardableResult
    func evaluate(_ expression: String) throws -> String {
        let result = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true], inPage: true)
        let value = (result["result"] as? [String: Any])?["value"]
        return value.map { "\($0)" } ?? ""
    }

    func navigate(_ url: String) throws {
        try call("Page.navigate", ["url": url], inPage: true)
        try waitForPage { $0.hasPrefix(URL(string: url)?.path ?? "/") }
    }

    /// Waits until the page at a path matching `matches` has loaded.
    func waitForPage(_ matches: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(15)
        var state = ""
        while Date() < deadline {
            state = (try? evaluate("location.pathname + ' ' + document.readyState")) ?? ""
            let parts = state.split(separator: " ")
            if parts.count == 2, parts[1] == "complete", matches(String(parts[0])) { return }
            usleep(100_000)
        }
        throw Failure.timeout("a page (at \(state): \(((try? text()) ?? "").prefix(300)))")
    }

    /// The visible text of the page.
    func text() throws -> String { try evaluate("document.body.innerText") }

    /// The visible text of the page once it contains `expected` (a submit that stays on the same path cannot be
    /// told apart by `waitForPage`: the old page matches until the new one replaces it).
    func waitForText(containing expected: String) throws -> String {
        let deadline = Date().addingTimeInterval(15)
        var seen = ""
        while Date() < deadline {
            seen = (try? text()) ?? ""
            if seen.contains(expected), (try? evaluate("document.readyState")) == "complete" { return seen }
            usleep(100_000)
        }
        throw Failure.timeout("text \"\(expected)\" (the page shows: \(seen.prefix(300)))")
    }

    /// Sets form fields by element id (inputs, selects, textareas; checkboxes with "on") and submits the form `selector`.
    func fill(_ fields: [String: String], submit selector: String) throws {
        for (id, value) in fields {
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            let ok = try evaluate("""
                (() => { const e = document.getElementById('\(id)'); if (!e) return 'missing';
                  if (e.type === 'checkbox') { e.checked = '\(escaped)' === 'on'; } else { e.value = '\(escaped)'; }
                  return e.value === '\(escaped)' || e.type === 'checkbox' ? 'ok' : 'not set'; })()
                """)
            if ok != "ok" { throw Failure.protocolError("field \(id): \(ok)") }
        }
        let quoted = selector.replacingOccurrences(of: "'", with: "\\'")
        let submitted = try evaluate("(() => { const f = document.querySelector('\(quoted)'); if (!f) return 'missing'; setTimeout(() => f.submit(), 0); return 'ok'; })()")
        if submitted != "ok" { throw Failure.protocolError("form \(selector) \(submitted)") }
    }

    /// Runs a blocking browser session on a thread of its own.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }
}
