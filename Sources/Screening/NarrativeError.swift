/// Problems with a narrative given as bytes.
public enum NarrativeError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The bytes are not valid UTF-8.
    case invalidUTF8(byteOffset: Int, byte: UInt8, invalidCount: Int)

    public var description: String {
        switch self {
        case let .invalidUTF8(offset, byte, count):
            let hex = String(byte, radix: 16, uppercase: true)
            return "narrative: invalid UTF-8 at byte \(offset) (0x\(hex.count == 1 ? "0" + hex : hex)); \(count) invalid byte(s) in all. Re-export the narrative as UTF-8, or screen it lossily (invalid bytes replaced)."
        }
    }
}
