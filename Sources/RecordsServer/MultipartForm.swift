import Foundation

/// A `multipart/form-data` body (the CAD upload form): its text fields and its one file.
struct MultipartForm {
    var fields: [String: String] = [:]
    var fileName: String?
    var fileData: Data?

    /// Splits a body by the boundary of its `Content-Type`; nil when it is not multipart.
    init?(body: Data, contentType: String) {
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
              let range = contentType.range(of: "boundary=") else { return nil }
        var boundary = String(contentType[range.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        let delimiter = Data("--\(boundary)".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var searchFrom = body.startIndex
        var parts: [Data] = []
        var previous: Data.Index?
        while let found = body.range(of: delimiter, in: searchFrom..<body.endIndex) {
            if let start = previous { parts.append(body[start..<found.lowerBound]) }
            previous = found.upperBound
            searchFrom = found.upperBound
        }
        for part in parts {
            guard let split = part.range(of: headerEnd) else { continue }
            let headers = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            var content = part[split.upperBound..<part.endIndex]
            if content.suffix(2) == Data("\r\n".utf8) { content = content.dropLast(2) }
            guard let name = Self.attribute("name", in: headers) else { continue }
            if let file = Self.attribute("filename", in: headers) {
                fileName = file
                fileData = Data(content)
            } else {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
        }
    }

    private static func attribute(_ key: String, in headers: String) -> String? {
        guard let range = headers.range(of: "\(key)=\"") else { return nil }
        let rest = headers[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
