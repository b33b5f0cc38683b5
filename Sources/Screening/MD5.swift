import Crypto

/// MD5, only to record which training files a model came from; not for security (swift-crypto's `Insecure.MD5`).
enum MD5 {
    /// The digest as lower-case hex.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in Insecure.MD5.hash(data: bytes) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
