extension BoundaryLayer {
    /// The ``warnings`` of a layer: the reader's notes (rings it closed) and each ring's ``RingCheck``, in file
    /// order, at most ``BoundaryLimits/maximumListedWarnings`` listed and the rest counted in a last warning.
    ///
    /// Every ring is checked, outer rings and holes alike, until the layer's
    /// ``BoundaryLimits/selfIntersectionBudget`` is spent; the rings left are counted as not checked.
    static func ringWarnings(features: [ParsedFeature], labels: [String], file: String, limits: BoundaryLimits) -> [String] {
        var listed: [String] = []
        var unlisted = 0
        var unchecked = 0
        var largestUnchecked = 0
        var budget = limits.selfIntersectionBudget
        func add(_ text: String) {
            if listed.count < limits.maximumListedWarnings { listed.append(text) } else { unlisted += 1 }
        }
        for (k, feature) in features.enumerated() {
            let label = k < labels.count ? labels[k] : ""
            var notes = feature.notes
            for (p, polygon) in feature.polygons.enumerated() {
                for (r, ring) in polygon.enumerated() {
                    guard budget > 0 else {
                        unchecked += 1
                        largestUnchecked = max(largestUnchecked, ring.xs.count - 1)
                        continue
                    }
                    if let problem = RingCheck.problem(xs: ring.xs, ys: ring.ys, budget: &budget) {
                        notes.append(RingNote(polygon: p, ring: r, problem: problem))
                    }
                }
            }
            notes.sort { ($0.polygon, $0.ring) < ($1.polygon, $1.ring) }
            for note in notes {
                if case let .notChecked(edges) = note.problem {
                    unchecked += 1
                    largestUnchecked = max(largestUnchecked, edges)
                    continue
                }
                add(Self.describe(note, feature: feature.position, label: label, file: file))
            }
        }
        if unlisted > 0 {
            listed.append("\(file): \(unlisted) more ring problem(s) not listed (the first \(limits.maximumListedWarnings) are)")
        }
        if unchecked > 0 {
            listed.append("\(file): \(unchecked) ring(s) not checked for self-intersection (the largest has \(largestUnchecked) edges): the check's budget of \(limits.selfIntersectionBudget) edge-pair tests was spent")
        }
        return listed
    }

    /// One ring problem as a sentence naming the file, the feature (1-based position and name) and the ring.
    static func describe(_ note: RingNote, feature: Int, label: String, file: String) -> String {
        let ring = "polygon \(note.polygon + 1), ring \(note.ring + 1) (\(note.ring == 0 ? "outer" : "hole"))"
        let place = "\(file): feature #\(feature + 1) '\(label)', \(ring)"
        switch note.problem {
        case let .unclosed(firstX, firstY, lastX, lastY):
            return "\(place): the ring is not closed (first position \(firstX), \(firstY); last \(lastX), \(lastY)); it was closed by repeating its first position"
        case let .degenerate(distinct):
            return "\(place): the ring has only \(distinct) distinct position(s) and encloses no area; it contains no point"
        case let .selfIntersection(kind, x, y, firstEdge, secondEdge):
            return "\(place): the ring \(kind.phrase) at longitude \(x), latitude \(y) (edges \(firstEdge) and \(secondEdge)); points near there may be placed in the wrong region: repair the geometry (e.g. QGIS 'Fix geometries' or PostGIS ST_MakeValid)"
        case let .notChecked(edges):
            return "\(place): the ring (\(edges) edges) was not checked for self-intersection"
        }
    }
}
