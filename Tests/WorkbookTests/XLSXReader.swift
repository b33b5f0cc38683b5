import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A minimal, independent `.xlsx` reader for the tests: unzips with ZIPFoundation, parses every part with
/// Foundation's `XMLParser`, and resolves sheets, shared strings and number formats.
struct XLSXReader {
    /// A parsed XML element.
    final class Node {
        let name: String
        let attributes: [String: String]
        var children: [Node] = []
        var text = ""
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }
        func first(_ name: String) -> Node? { children.first { $0.name == name } }
        func all(_ name: String) -> [Node] { children.filter { $0.name == name } }
        /// All descendants named `name`, depth first.
        func descendants(_ name: String) -> [Node] {
            children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
        }
    }

    /// A cell read back: its value and, for numbers, the number format code.
    enum Value: Equatable {
        case text(String)
        case number(Double, format: String)
    }

    struct Sheet {
        var name: String
        var root: Node
        /// Cells by 0-based (row, column).
        var cells: [[Int]: Value]
        var rowCount: Int { (cells.keys.map { $0[0] }.max() ?? -1) + 1 }
        func value(_ row: Int, _ column: Int) -> Value? { cells[[row, column]] }
        func string(_ row: Int, _ column: Int) -> String? {
            if case .text(let s) = value(row, column) { return s }
            return nil
        }
    }

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    let entries: [String: Data]
    let sheets: [Sheet]
    let core: Node

    init(data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var entries: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries[entry.path] = data
        }
        self.entries = entries
        func part(_ path: String) throws -> Node {
            guard let data = entries[path] else { throw ReadError(description: "missing part \(path)") }
            return try Self.parse(data, name: path)
        }
        let workbook = try part("xl/workbook.xml")
        let rels = try part("xl/_rels/workbook.xml.rels")
        let strings = try part("xl/sharedStrings.xml").all("si").map { si in
            Self.unescape(si.descendants("t").map(\.text).joined())
        }
        let styles = try part("xl/styles.xml")
        var formats: [Int: String] = [0: "General", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%"]
        for f in styles.first("numFmts")?.all("numFmt") ?? [] {
            formats[Int(f.attributes["numFmtId"] ?? "") ?? -1] = f.attributes["formatCode"]
        }
        let xfFormats = (styles.first("cellXfs")?.all("xf") ?? []).map {
            formats[Int($0.attributes["numFmtId"] ?? "0") ?? 0] ?? "?"
        }
        var targets: [String: String] = [:]
        for r in rels.all("Relationship") { targets[r.attributes["Id"] ?? ""] = r.attributes["Target"] }
        var sheets: [Sheet] = []
        for s in workbook.first("sheets")?.all("sheet") ?? [] {
            guard let target = targets[s.attributes["r:id"] ?? ""] else {
                throw ReadError(description: "sheet \(s.attributes["name"] ?? "?") has no relationship")
            }
            let root = try part("xl/" + target)
            var cells: [[Int]: Value] = [:]
            for c in root.first("sheetData")?.descendants("c") ?? [] {
                guard let ref = c.attributes["r"], let (row, column) = Self.position(ref) else {
                    throw ReadError(description: "cell without a valid reference in \(target)")
                }
                let style = Int(c.attributes["s"] ?? "0") ?? 0
                let v = c.first("v")?.text
                switch c.attributes["t"] {
                case "s":
                    guard let i = v.flatMap({ Int($0) }), i < strings.count else {
                        throw ReadError(description: "bad shared-string index at \(ref)")
                    }
                    cells[[row, column]] = .text(strings[i])
                case "inlineStr":
                    cells[[row, column]] = .text(Self.unescape(c.descendants("t").map(\.text).joined()))
                case nil, "n":
                    guard let v, let d = Double(v) else { throw ReadError(description: "bad number at \(ref)") }
                    cells[[row, column]] = .number(d, format: style < xfFormats.count ? xfFormats[style] : "?")
                default:
                    throw ReadError(description: "unexpected cell type at \(ref)")
                }
            }
            sheets.append(Sheet(name: s.attributes["name"] ?? "", root: root, cells: cells))
        }
        self.sheets = sheets
        self.core = try part("docProps/core.xml")
    }

    /// Parses `data` with `XMLParser` into a tree; throws if it is not well-formed.
    static func parse(_ data: Data, name: String) throws -> Node {
        let builder = TreeBuilder()
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ReadError(description: "\(name) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        return root
    }

    /// `"AB12"` → (11, 27): 0-based row and column.
    static func position(_ ref: String) -> (Int, Int)? {
        var column = 0
        var digits = ""
        for ch in ref {
            if let a = ch.asciiValue, a >= 65, a <= 90, digits.isEmpty {
                column = column * 26 + Int(a - 64)
            } else if ch.isNumber {
                digits.append(ch)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        return (row - 1, column - 1)
    }

    /// Decodes Office Open XML `_xHHHH_` escapes, left to right.
    static func unescape(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_",
               let v = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)...(i + 5)])), radix: 16),
               let u = Unicode.Scalar(v) {
                out.append(u)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: Node?
        var stack: [Node] = []
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let node = Node(name: elementName, attributes: attributeDict)
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            stack.removeLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

/// A small RFC 4180 CSV parser for comparing CSV files (quoted fields, doubled quotes, line breaks in quotes).
enum CSVText {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", chars.first == "\n" { chars.removeFirst() }
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
