import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG string parsed with Foundation's `XMLParser`: the test's independent check that the output is
/// well-formed XML, and a way to read elements and attributes back.
struct SVGDocument {
    /// One parsed element.
    struct Element {
        let index: Int
        let name: String
        let attributes: [String: String]
        /// Text directly inside the element (children's text not included).
        var text: String
        /// Index of the parent element in `elements`, nil for the root.
        let parent: Int?

        func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
    }

    let elements: [Element]

    /// Parses `svg`; returns nil (and records the parser error) if it is not well-formed.
    init?(_ svg: String) {
        let delegate = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse(), delegate.failure == nil else { return nil }
        elements = delegate.elements
    }

    var root: Element? { elements.first }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func all(_ name: String, classed className: String) -> [Element] {
        elements.filter { $0.name == name && ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className)) }
    }

    /// The text of `element`'s `<title>` child, if any.
    func title(of element: Element) -> String? {
        elements.first { $0.parent == element.index && $0.name == "title" }?.text
    }

    /// The text of all `<text>` elements.
    var texts: [String] { all("text").map(\.text) }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var stack: [Int] = []
        var failure: (any Error)?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            elements.append(Element(index: elements.count, name: elementName, attributes: attributeDict, text: "", parent: stack.last))
            stack.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = stack.last { elements[current].text += string }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            failure = parseError
        }
    }
}
