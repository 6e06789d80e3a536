import CLibXML2
import Foundation

/// Parses untrusted XML with libxml2 and validates it against an XSD, safely: documents with a DOCTYPE or
/// entity declarations are refused before libxml2 sees them, no entity is substituted, the network is off,
/// and a deny-all external entity loader stops the XSD parser from following imports to files or URLs.
/// Errors are collected with line numbers, never printed. Calls are serialised (libxml2's error hooks are global).
public enum SafeXMLParser {
    private static let lock = NSLock()

    /// Refuses every external load (DTDs, entities, schema imports and includes).
    private static let denyAllLoader: xmlExternalEntityLoader = { _, _, _ in nil }

    /// Parses `data` into an element tree; if `schema` is given, validates against it first.
    public static func parse(_ data: Data, schema: Data? = nil) throws -> XMLElement {
        try refuseDeclarations(data)
        lock.lock()
        defer { lock.unlock() }
        xmlSetExternalEntityLoader(denyAllLoader)
        let collector = ErrorCollector()
        xmlSetStructuredErrorFunc(collector.opaque, ErrorCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw in
            xmlReadMemory(raw.bindMemory(to: CChar.self).baseAddress, Int32(raw.count), "input.xml", nil, options)
        }
        guard let doc else {
            throw XMLError(collector.problems.isEmpty ? [XMLError.Problem(line: nil, message: "kein wohlgeformtes XML")] : collector.problems)
        }
        defer { xmlFreeDoc(doc) }
        if !collector.problems.isEmpty { throw XMLError(collector.problems) }
        guard let rootNode = xmlDocGetRootElement(doc) else { throw XMLError("Dokument ohne Wurzelelement") }
        let root = element(rootNode)
        if let include = firstInclude(root) {
            throw XMLError(line: include.line, "XInclude ist nicht erlaubt (es würde Dateien einbinden)")
        }
        if let schema { try validate(doc, schema: schema, collector: collector) }
        return root
    }

    /// A DOCTYPE or ENTITY declaration anywhere in the bytes is refused (XXE, entity bombs).
    static func refuseDeclarations(_ data: Data) throws {
        let text = String(decoding: data, as: UTF8.self)
        var line = 1
        var idx = text.startIndex
        while let r = text.range(of: "<!", range: idx..<text.endIndex) {
            let tail = text[r.upperBound...].prefix(8).uppercased()
            if tail.hasPrefix("DOCTYPE") || tail.hasPrefix("ENTITY") {
                line += text[text.startIndex..<r.lowerBound].filter { $0 == "\n" }.count
                throw XMLError(line: line, "DOCTYPE- und ENTITY-Deklarationen sind nicht erlaubt (Schutz vor externen Entitäten und Entitätsbomben)")
            }
            idx = r.upperBound
        }
    }

    static func validate(_ doc: xmlDocPtr, schema: Data, collector: ErrorCollector) throws {
        try refuseDeclarations(schema)
        let parsed: xmlSchemaPtr? = schema.withUnsafeBytes { raw in
            guard let pctx = xmlSchemaNewMemParserCtxt(raw.bindMemory(to: CChar.self).baseAddress, Int32(raw.count)) else { return nil }
            defer { xmlSchemaFreeParserCtxt(pctx) }
            xmlSchemaSetParserStructuredErrors(pctx, ErrorCollector.callback, collector.opaque)
            return xmlSchemaParse(pctx)
        }
        guard let parsed else {
            let detail = collector.problems.map(\.text).joined(separator: "; ")
            throw XMLError("Schema kann nicht geladen werden" + (detail.isEmpty ? "" : ": \(detail)"))
        }
        defer { xmlSchemaFree(parsed) }
        guard let vctx = xmlSchemaNewValidCtxt(parsed) else { throw XMLError("Schema-Prüfung nicht möglich") }
        defer { xmlSchemaFreeValidCtxt(vctx) }
        xmlSchemaSetValidStructuredErrors(vctx, ErrorCollector.callback, collector.opaque)
        let result = xmlSchemaValidateDoc(vctx, doc)
        if result != 0 {
            let problems = collector.problems.filter { !$0.message.contains("No precomputed value") }
            throw XMLError(problems.isEmpty ? [XMLError.Problem(line: nil, message: "entspricht nicht dem Schema")] : problems)
        }
    }

    /// The first element in the XInclude namespace, if any.
    static func firstInclude(_ e: XMLElement) -> XMLElement? {
        if e.namespace == "http://www.w3.org/2001/XInclude" || e.namespace == "http://www.w3.org/2003/XInclude" { return e }
        for c in e.children { if let hit = firstInclude(c) { return hit } }
        return nil
    }

    static func element(_ node: xmlNodePtr) -> XMLElement {
        var out = XMLElement(name: String(cString: node.pointee.name), line: Int(xmlGetLineNo(node)))
        if let ns = node.pointee.ns, let href = ns.pointee.href { out.namespace = String(cString: href) }
        var attr = node.pointee.properties
        while let a = attr {
            let name = String(cString: a.pointee.name)
            var value = ""
            var child = a.pointee.children
            while let c = child {
                if let content = c.pointee.content { value += String(cString: content) }
                child = c.pointee.next
            }
            out.attributes[name] = value
            attr = a.pointee.next
        }
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                out.children.append(element(c))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { out.text += String(cString: content) }
            default:
                break  // entity references are never expanded; comments and PIs are ignored
            }
            child = c.pointee.next
        }
        return out
    }
}
