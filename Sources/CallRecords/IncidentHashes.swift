/// Counting repeated incident ids from sorted lists of their hashes.
public enum IncidentHashes {
    /// How many entries repeat an id already seen: the total count minus the distinct values, over
    /// several ascending lists (the parts of a read), merged without building one big set.
    /// - Complexity: O(n log k) for n hashes in k lists (k is 1 or 2 in practice: O(n)).
    public static func repeats(in sortedLists: [[UInt64]]) -> Int {
        var positions = Array(repeating: 0, count: sortedLists.count)
        var total = 0, distinct = 0
        var last: UInt64?
        while true {
            var best: Int?
            for (i, list) in sortedLists.enumerated() where positions[i] < list.count {
                if best == nil || list[positions[i]] < sortedLists[best!][positions[best!]] { best = i }
            }
            guard let i = best else { break }
            let value = sortedLists[i][positions[i]]
            positions[i] += 1
            total += 1
            if value != last { distinct += 1; last = value }
        }
        return total - distinct
    }
}
