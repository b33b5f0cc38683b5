import Foundation
import CallRecords
import Screening

/// The narrative screener's verdicts on a uniform sample of one call type's narratives.
///
/// Screening every narrative of a large export would dominate the run, and a few thousand per type pin the
/// share down to about ±1.5 points. So each call is kept or not by a hash of its file and byte offset (the same call
/// always gets the same answer), and whenever a type holds more than ``capacity`` narratives the hash
/// threshold halves and the calls above it are dropped: what remains is a uniform sample of the type's calls.
/// The kept narratives are screened once, after the parts of a dataset are merged
/// (``CallSummary/screenPendingNarratives(with:)``), on every core.
public struct NarrativeSample: Sendable, Equatable {
    public static let capacity = 4_000
    /// Calls of the type with a narrative.
    public private(set) var narratives = 0
    /// Hash threshold: a call is in the sample when its 32-bit hash is below it.
    public private(set) var threshold: UInt64 = 1 << 32
    /// Narratives kept but not yet screened.
    private var pending: [(hash: UInt32, text: String)] = []
    private var verdicts: [(hash: UInt32, eligible: Bool)] = []
    /// The ``exampleCapacity`` narratives with the smallest hashes: a uniform handful to show as examples
    /// (the report's Figure 2), kept whole so the screener's reasons can be shown beside them.
    private var kept: [(hash: UInt32, text: String)] = []
    /// How many example narratives a type keeps.
    public static let exampleCapacity = 3

    public init() {}

    /// A uniform handful of the type's narratives (smallest hashes first), for showing with the screener's verdict.
    public var examples: [String] { kept.map(\.text) }

    public static func == (a: NarrativeSample, b: NarrativeSample) -> Bool {
        a.narratives == b.narratives && a.threshold == b.threshold && a.pending.count == b.pending.count
            && a.verdicts.sorted { $0.hash < $1.hash }.elementsEqual(b.verdicts.sorted { $0.hash < $1.hash }) { $0.hash == $1.hash && $0.eligible == $1.eligible }
            && a.kept.map(\.hash) == b.kept.map(\.hash)
    }

    /// A call's sampling hash from where it stands in the input: its file and the byte offset of its record (known
    /// exactly in every part of a file read in parts, where the line is not known until the parts are merged).
    static func hash(file: Int32, offset: Int64) -> UInt32 {
        var z = UInt64(UInt32(bitPattern: file)) << 40 ^ UInt64(bitPattern: offset)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt32(truncatingIfNeeded: z ^ (z >> 31))
    }

    /// Whether a call with this hash would be kept now.
    func isInSample(_ hash: UInt32) -> Bool { UInt64(hash) < threshold }

    /// Counts a narrative left out of the sample without decoding it.
    mutating func countUnsampled() { narratives += 1 }

    /// Counts one narrative and keeps it if it falls in the sample.
    mutating func add(_ text: String, hash: UInt32) {
        narratives += 1
        guard UInt64(hash) < threshold else { return }
        pending.append((hash, text))
        keep([(hash, text)])
        shrink()
    }

    /// Keeps the ``exampleCapacity`` smallest-hash narratives of those kept and `more`.
    private mutating func keep(_ more: [(hash: UInt32, text: String)]) {
        guard !more.isEmpty else { return }
        if kept.count == Self.exampleCapacity, let last = kept.last, more.allSatisfy({ $0.hash >= last.hash }) { return }
        var seen = Set<UInt32>()
        kept = (kept + more).sorted { $0.hash < $1.hash }.filter { seen.insert($0.hash).inserted }.prefix(Self.exampleCapacity).map { $0 }
    }

    private mutating func shrink() {
        while pending.count + verdicts.count > Self.capacity {
            threshold /= 2
            pending.removeAll { UInt64($0.hash) >= threshold }
            verdicts.removeAll { UInt64($0.hash) >= threshold }
        }
    }

    /// Screens the kept narratives not yet screened.
    mutating func screenPending(with screener: NarrativeScreener) {
        verdicts += pending.map { ($0.hash, screener.screen($0.text).isEligible) }
        pending.removeAll()
    }

    /// The narratives waiting to be screened, for screening elsewhere; ``record(verdicts:)`` brings the results back.
    var pendingTexts: [String] { pending.map(\.text) }

    mutating func record(verdicts eligible: [Bool]) {
        verdicts += zip(pending, eligible).map { ($0.hash, $1) }
        pending.removeAll()
    }

    /// Merges another sample of the same type (the stricter threshold wins).
    public mutating func merge(_ o: NarrativeSample) {
        narratives += o.narratives
        threshold = min(threshold, o.threshold)
        pending = (pending + o.pending).filter { UInt64($0.hash) < threshold }
        verdicts = (verdicts + o.verdicts).filter { UInt64($0.hash) < threshold }
        keep(o.kept)
        shrink()
    }

    /// Narratives screened and those found free of red flags.
    public var screened: Int { verdicts.count }
    public var eligible: Int { verdicts.reduce(0) { $0 + ($1.eligible ? 1 : 0) } }
    /// The eligible share with its 95% Wilson interval.
    public var interval: WilsonInterval { WilsonInterval(successes: eligible, trials: screened) }
}

extension NarrativeScreener {
    /// Screens many narratives on every core; verdicts in input order (true = no red flag).
    func eligibility(of texts: [String]) -> [Bool] {
        guard !texts.isEmpty else { return [] }
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, texts.count / 64 + 1))
        let size = (texts.count + chunks - 1) / chunks
        var results = [[Bool]](repeating: [], count: chunks)
        results.withUnsafeMutableBufferPointer { out in
            // Each chunk writes only its own slot.
            nonisolated(unsafe) let slots = out
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = (c * size)..<min(texts.count, (c + 1) * size)
                slots[c] = range.isEmpty ? [] : texts[range].map { self.screen($0).isEligible }
            }
        }
        return results.flatMap { $0 }
    }
}
