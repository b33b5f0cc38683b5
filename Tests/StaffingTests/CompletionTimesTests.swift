import Testing
@testable import Staffing
import Vocabulary

/// ``CompletionTimes`` (the simulation's binary min-heap of completion times) against a sorted array.
@Suite struct CompletionTimesTests {
    /// Random inserts and removals, with many equal times (whole minutes), give the reference's minimum at every step.
    @Test(arguments: [1, 2, 3, 42] as [UInt64])
    func removesInTheOrderOfASortedArray(seed: UInt64) {
        var rng = Xoshiro256(seed: seed)
        var heap = CompletionTimes()
        var reference: [Double] = []
        for _ in 0..<5_000 {
            if reference.isEmpty || Int.random(in: 0..<5, using: &rng) < 3 {
                // Half the times are whole minutes, so ties are common; the rest are any value.
                let time = Bool.random(using: &rng) ? Double(Int.random(in: 0..<50, using: &rng))
                                                    : Double.random(in: -10..<100, using: &rng)
                heap.insert(time)
                reference.append(time)
                reference.sort()
            } else {
                #expect(heap.removeMin() == reference.removeFirst())
            }
            #expect(heap.min == reference.first)
            #expect(heap.count == reference.count)
        }
        while let earliest = heap.removeMin() { #expect(earliest == reference.removeFirst()) }
        #expect(reference.isEmpty)
        #expect(heap.min == nil)
    }

    /// Times inserted in decreasing order (each one a new root) come out increasing.
    @Test func decreasingInsertsComeOutSorted() {
        var heap = CompletionTimes()
        for t in stride(from: 100.0, through: 0, by: -1) { heap.insert(t) }
        var out: [Double] = []
        while let t = heap.removeMin() { out.append(t) }
        #expect(out == Array(stride(from: 0.0, through: 100, by: 1)))
    }
}
