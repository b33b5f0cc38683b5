import Foundation
import Vocabulary

extension Xoshiro256 {
    /// An exponential draw with the given mean (inter-arrival times, busy times), by inversion of a uniform in (0, 1).
    public mutating func exponential(mean: Double) -> Double {
        -mean * log(openUnit())
    }
}
