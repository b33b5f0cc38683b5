/// The times at which busy teams finish their calls, earliest first: a plain binary min-heap in one array.
///
/// ``DispatchSimulation`` asks only for the earliest completion, adds one and removes the earliest, so it needs
/// one end of a priority queue. swift-collections' `Heap` is a min-max heap (it keeps both ends), which costs more
/// comparisons and branches per step than a binary heap; the waiting calls of the priority discipline still use it.
/// Equal times are interchangeable, so the order of removal is that of any correct min-heap.
///
/// - Complexity: ``min`` O(1); ``insert(_:)`` and ``removeMin()`` O(log n) in the times held (at most the teams on
///   duty, a few dozen).
struct CompletionTimes {
    /// The heap: every time is no earlier than its parent's (the parent of `i` is `(i - 1) / 2`).
    private var times: [Double] = []

    /// An empty set of completion times.
    init() { times.reserveCapacity(64) }

    /// The earliest completion time, or nil when no team is busy.
    var min: Double? { times.first }

    /// How many times are held.
    var count: Int { times.count }

    /// Adds a completion time.
    mutating func insert(_ time: Double) {
        times.append(time)
        times.withUnsafeMutableBufferPointer { heap in
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard time < heap[parent] else { break }
                heap[child] = heap[parent]
                child = parent
            }
            heap[child] = time
        }
    }

    /// Removes and returns the earliest completion time, or nil when none is held.
    @discardableResult
    mutating func removeMin() -> Double? {
        guard let earliest = times.first else { return nil }
        let last = times.removeLast()
        guard !times.isEmpty else { return earliest }
        times.withUnsafeMutableBufferPointer { heap in
            // Move the last time down from the root: at each level it swaps with its earlier child.
            let n = heap.count
            var parent = 0
            while true {
                var child = 2 * parent + 1
                guard child < n else { break }
                if child + 1 < n && heap[child + 1] < heap[child] { child += 1 }
                guard heap[child] < last else { break }
                heap[parent] = heap[child]
                parent = child
            }
            heap[parent] = last
        }
        return earliest
    }
}
