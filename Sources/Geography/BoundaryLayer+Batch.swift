import Dispatch
import Foundation

extension BoundaryLayer {
    /// Region indices (into ``regionNames``) for many points at once; `-1` marks a point outside every polygon
    /// (a NaN coordinate is outside too).
    ///
    /// - Parameters:
    ///   - latitudes: latitudes in degrees.
    ///   - longitudes: longitudes in degrees, as many as `latitudes`.
    ///   - threads: how many threads to split the work over (1 = the calling thread only). Below 16,384 points
    ///     the work is not split.
    /// - Returns: one index per point, in order.
    /// - Complexity: O(n) expected; the result does not depend on `threads`.
    public func regionIndices(latitudes: [Double], longitudes: [Double], threads: Int = 1) -> [Int32] {
        let count = min(latitudes.count, longitudes.count)
        var result = [Int32](repeating: -1, count: count)
        let chunks = count < 16_384 ? 1 : max(1, threads) * 8
        let chunkSize = (count + chunks - 1) / max(chunks, 1)
        let index = self.index
        let featureRegion = self.featureRegion
        result.withUnsafeMutableBufferPointer { out in
            guard let base = out.baseAddress else { return }
            let writer = DisjointWriter(base: base)
            let assign = { @Sendable (chunk: Int) in
                let start = chunk * chunkSize, end = min(count, start + chunkSize)
                guard start < end else { return }
                for k in start..<end {
                    let feature = index.feature(containingX: longitudes[k], y: latitudes[k])
                    writer.base[k] = feature < 0 ? -1 : featureRegion[Int(feature)]
                }
            }
            if chunks == 1 || threads <= 1 {
                for chunk in 0..<chunks { assign(chunk) }
            } else {
                DispatchQueue.concurrentPerform(iterations: chunks, execute: assign)
            }
        }
        return result
    }

    /// The region of each coordinate; `nil` for a missing coordinate or one outside every polygon.
    /// - Parameter threads: threads to use (see ``regionIndices(latitudes:longitudes:threads:)``).
    public func regions(for coordinates: [GeoCoordinate?], threads: Int = 1) -> [String?] {
        let latitudes = coordinates.map { $0?.latitude ?? .nan }
        let longitudes = coordinates.map { $0?.longitude ?? .nan }
        return regionIndices(latitudes: latitudes, longitudes: longitudes, threads: threads)
            .map { $0 < 0 ? nil : regionNames[Int($0)] }
    }

    /// Counts coordinates per region: missing coordinates (`nil`) and points outside every polygon are counted
    /// apart, not dropped.
    /// - Parameter threads: threads to use (see ``regionIndices(latitudes:longitudes:threads:)``).
    public func tally(_ coordinates: [GeoCoordinate?], threads: Int = 1) -> RegionTally {
        let latitudes = coordinates.map { $0?.latitude ?? .nan }
        let longitudes = coordinates.map { $0?.longitude ?? .nan }
        let indices = regionIndices(latitudes: latitudes, longitudes: longitudes, threads: threads)
        var perRegion = [Int](repeating: 0, count: regionNames.count)
        var tally = RegionTally(regions: regionNames)
        for (k, region) in indices.enumerated() {
            if region >= 0 {
                perRegion[Int(region)] += 1
            } else if coordinates[k] == nil {
                tally.recordMissingCoordinates()
            } else {
                tally.record(nil)
            }
        }
        for (region, count) in perRegion.enumerated() where count > 0 {
            tally.record(regionNames[region], count: count)
        }
        return tally
    }
}

/// The output buffer of ``BoundaryLayer/regionIndices(latitudes:longitudes:threads:)``, shared by its worker
/// threads.
///
/// `@unchecked Sendable` is sound here: each `concurrentPerform` iteration writes only the indices of its own
/// chunk (`chunk * chunkSize ..< (chunk + 1) * chunkSize`), chunks are disjoint, nothing reads the buffer until
/// `concurrentPerform` has returned, and the buffer outlives the call (`withUnsafeMutableBufferPointer`).
private struct DisjointWriter: @unchecked Sendable {
    let base: UnsafeMutablePointer<Int32>
}
