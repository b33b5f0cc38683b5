import Foundation
import RerouteFuzzing

/// Prints a line at once (the log is read while the campaign runs).
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

// reroute-fuzz SECONDS [SEED]: runs fuzz batches until SECONDS have passed and prints the campaign's figures.
// Started by Tests/fuzz/run.sh; `REROUTE_SHARED` points at ../shared when run from elsewhere.
let arguments = CommandLine.arguments
let seconds = arguments.count > 1 ? Double(arguments[1]) ?? 600 : 600
var seed = arguments.count > 2 ? UInt64(arguments[2]) ?? 1 : UInt64(Date().timeIntervalSince1970)
let shared = URL(fileURLWithPath: ProcessInfo.processInfo.environment["REROUTE_SHARED"] ?? "../shared")
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("reroute-fuzz-\(getpid())")
try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
let started = Date()
var total = Fuzzing.Tally()
var batches = 0
say("reroute-fuzz: seed \(seed), \(Int(seconds)) s, shared data \(shared.path), failing inputs kept in \(scratch.path)")
while Date().timeIntervalSince(started) < seconds {
    let t = Fuzzing.campaign(iterations: 60, seed: seed, shared: shared, scratch: scratch)
    batches += 1
    seed &+= 1
    total.inputs += t.inputs; total.csvInputs += t.csvInputs; total.yamlInputs += t.yamlInputs; total.refused += t.refused
    total.rowsRead += t.rowsRead; total.rowsRejected += t.rowsRejected; total.failures += t.failures; total.imbalances += t.imbalances
    for f in t.firstFailures where total.firstFailures.count < 50 { total.firstFailures.append(f); say("FAILURE: \(f)") }
    say("\(Int(Date().timeIntervalSince(started))) s, batch \(batches) (seed \(seed - 1)): \(total)")
}
say("DONE after \(Int(Date().timeIntervalSince(started))) s: \(total)")
exit(total.failures == 0 ? 0 : 1)
