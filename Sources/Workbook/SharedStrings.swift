/// The workbook's shared-string table: each distinct text once, in first-use order (`xl/sharedStrings.xml`).
struct SharedStrings {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]
    /// How many cells refer to the table (the `count` attribute).
    private(set) var references = 0

    /// The index of `text`, adding it on first use.
    mutating func index(of text: String) -> Int {
        references += 1
        if let i = indices[text] { return i }
        strings.append(text)
        indices[text] = strings.count - 1
        return strings.count - 1
    }

    /// `xl/sharedStrings.xml`.
    func xml() -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8)
        out.append(contentsOf: "\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">".utf8)
        for s in strings {
            out.append(contentsOf: "<si><t xml:space=\"preserve\">".utf8)
            out.append(contentsOf: XMLText.cellText(s).utf8)
            out.append(contentsOf: "</t></si>".utf8)
        }
        out.append(contentsOf: "</sst>".utf8)
        return out
    }
}
