/// Parses a decimal number (`-87.9567`, `43`, `1.5e3`) from bytes; nil if the text is not one.
@inline(__always)
func parseDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var i = 0, n = bytes.count
    while i < n, bytes[i] == 32 { i += 1 }
    while n > i, bytes[n - 1] == 32 { n -= 1 }
    guard i < n else { return nil }
    var negative = false
    if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 } else if bytes[i] == UInt8(ascii: "+") { i += 1 }
    var mantissa: UInt64 = 0, digits = 0, scale = 0, sawDigit = false
    while i < n, bytes[i] >= 48, bytes[i] <= 57 {
        if digits < 18 { mantissa = mantissa * 10 + UInt64(bytes[i] - 48); digits += 1 } else { scale += 1 }
        sawDigit = true
        i += 1
    }
    if i < n, bytes[i] == UInt8(ascii: ".") {
        i += 1
        while i < n, bytes[i] >= 48, bytes[i] <= 57 {
            if digits < 18 { mantissa = mantissa * 10 + UInt64(bytes[i] - 48); digits += 1; scale -= 1 }
            sawDigit = true
            i += 1
        }
    }
    guard sawDigit else { return nil }
    if i < n, bytes[i] | 0x20 == UInt8(ascii: "e") {
        i += 1
        var expNegative = false
        if i < n, bytes[i] == UInt8(ascii: "-") { expNegative = true; i += 1 } else if i < n, bytes[i] == UInt8(ascii: "+") { i += 1 }
        var e = 0, expDigits = 0
        while i < n, bytes[i] >= 48, bytes[i] <= 57, expDigits < 4 { e = e * 10 + Int(bytes[i] - 48); i += 1; expDigits += 1 }
        guard expDigits > 0 else { return nil }
        scale += expNegative ? -e : e
    }
    guard i == n else { return nil }
    var value = Double(mantissa)
    // Powers of ten up to 22 are exact in Double, so this is correctly rounded for typical coordinates.
    if scale < 0 {
        var s = -scale
        while s > 22 { value /= 1e22; s -= 22 }
        value /= powersOfTen[s]
    } else if scale > 0 {
        var s = scale
        while s > 22 { value *= 1e22; s -= 22 }
        value *= powersOfTen[s]
    }
    return negative ? -value : value
}

private let powersOfTen: [Double] = (0...22).map { e in
    var v = 1.0
    for _ in 0..<e { v *= 10 }
    return v
}
