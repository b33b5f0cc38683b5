import CallRecords
import Screening

/// The narrative screener's verdicts on a uniform sample of one call type's narratives.
///
/// Screening every narrative of a large export would dominate the run, and a few thousand per type pin the
/// share down to about ±1.5 points. So each call is kept or not by a hash of its file and line (the same call
/// always gets the same answer), and whenever a type holds more than ``capacity`` verdicts the hash threshold
/// halves and the calls above it are dropped: what remains is a uniform sample of the type's calls.
public struct NarrativeSample: Sendable, Equatable {
    public static let capacity = 4_000
    /// Calls of the type with a narrative.
    public private(set) var narratives = 0
    /// Hash threshold: a call is in the sample when its 32-bit hash is below it.
    public private(set) var threshold: UInt64 = 1 << 32
    private var verdicts: [(hash: UInt32, eligible: Bool)] = []

    public init() {}

    public static func == (a: NarrativeSample, b: NarrativeSample) -> Bool {
        a.narratives == b.narratives && a.threshold == b.threshold && a.verdicts.elementsEqual(b.verdicts) { $0.hash == $1.hash && $0.eligible == $1.eligible }
    }

    /// A call's sampling hash from where it stands in the input.
    static func hash(file: Int32, line: Int32) -> UInt32 {
        var z = UInt64(UInt32(bitPattern: file)) << 32 | UInt64(UInt32(bitPattern: line))
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt32(truncatingIfNeeded: z ^ (z >> 31))
    }

    /// Whether a call with this hash would be screened now.
    func isInSample(_ hash: UInt32) -> Bool { UInt64(hash) < threshold }

    /// Counts a narrative left out of the sample without decoding it.
    mutating func countUnsampled() { narratives += 1 }

    /// Counts one narrative and screens it if it falls in the sample.
    mutating func add(_ text: String, hash: UInt32, screener: NarrativeScreener) {
        narratives += 1
        guard UInt64(hash) < threshold else { return }
        verdicts.append((hash, screener.screen(text).isEligible))
        while verdicts.count > Self.capacity {
            threshold /= 2
            verdicts.removeAll { UInt64($0.hash) >= threshold }
        }
    }

    /// Merges another sample of the same type (the stricter threshold wins).
    public mutating func merge(_ o: NarrativeSample) {
        narratives += o.narratives
        threshold = min(threshold, o.threshold)
        verdicts = (verdicts + o.verdicts).filter { UInt64($0.hash) < threshold }
        while verdicts.count > Self.capacity {
            threshold /= 2
            verdicts.removeAll { UInt64($0.hash) >= threshold }
        }
    }

    /// Narratives screened and those found free of red flags.
    public var screened: Int { verdicts.count }
    public var eligible: Int { verdicts.reduce(0) { $0 + ($1.eligible ? 1 : 0) } }
    /// The eligible share with its 95% Wilson interval.
    public var interval: WilsonInterval { WilsonInterval(successes: eligible, trials: screened) }
}
