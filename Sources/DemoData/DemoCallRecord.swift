/// One generated call, kept compact (48 bytes) so a full year sorts in memory; text is produced only when written.
struct DemoCallRecord: Sendable {
    /// Flag bits of `flags`.
    enum Flag {
        static let missingArrival: UInt8 = 1
        static let missingCleared: UInt8 = 2
        static let redFlag: UInt8 = 4
        static let outsideCity: UInt8 = 8
        static let missingCoordinates: UInt8 = 16
        static let arrivalBeforeDispatch: UInt8 = 32
    }

    /// Call creation, seconds since 2021-01-01 00:00:00.
    var created: Int32
    /// Created → dispatched, seconds.
    var dispatchDelay: Int32
    /// Dispatched → arrived, seconds.
    var travel: Int32
    /// Arrived → cleared, seconds.
    var onScene: Int32
    /// Latitude and longitude, micro-degrees.
    var lat: Int32
    var lon: Int32
    /// Seed of the narrative's own generator.
    var narrativeSeed: UInt64
    /// Generation order: the tie-break of the time sort.
    var sequence: Int32
    /// Index into `demoCallTypes` (≥ 0) or officer type `-(index + 1)`.
    var typeIndex: Int16
    /// District index 0...6 (district "1" ... "7").
    var district: UInt8
    /// `DemoDisposition.rawValue`.
    var disposition: UInt8
    /// 0 = 911, 1 = non-emergency line, 2 = officer-initiated.
    var source: UInt8
    /// `Flag` bits.
    var flags: UInt8

    var isCitizenInitiated: Bool { typeIndex >= 0 }

    func has(_ flag: UInt8) -> Bool { flags & flag != 0 }
}
