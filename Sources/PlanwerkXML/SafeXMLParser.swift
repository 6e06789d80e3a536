import CLibXML2
import Foundation

/// Parses untrusted XML with libxml2 and validates it against an XSD, safely: no entity is substituted, no
/// DTD is loaded, the network is off, a deny-all external entity loader stops the parser and the XSD parser
/// from following anything to files or URLs, and a parsed document with a DOCTYPE (hence any entity
/// declaration) or an entity reference is refused before anything reads it. The decision is taken on the
/// parsed tree, so it holds whatever the encoding (UTF-8, UTF-16, EBCDIC, ...).
/// Errors are collected with line numbers, never printed. Calls are serialised (libxml2's error hooks are global).
public enum SafeXMLParser {
    private static let lock = NSLock()

    /// Refuses every external load (DTDs, entities, schema imports and includes).
    private static let denyAllLoader: xmlExternalEntityLoader = { _, _, _ in nil }

    /// Parses `data` into an element tree; if `schema` is given, validates against it first.
    public static func parse(_ data: Data, schema: Data? = nil) throws -> XMLElement {
        guard data.count < Int(Int32.max) else { throw XMLError("Datei zu groß") }
        lock.lock()
        defer { lock.unlock() }
        xmlSetExternalEntityLoader(denyAllLoader)
        let collector = ErrorCollector()
        xmlSetStructuredErrorFunc(collector.opaque, ErrorCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let doc = try read(data, collector: collector)
        defer { xmlFreeDoc(doc) }
        guard let rootNode = xmlDocGetRootElement(doc) else { throw XMLError("Dokument ohne Wurzelelement") }
        let root = element(rootNode)
        if let include = firstInclude(root) {
            throw XMLError(line: include.line, "XInclude ist nicht erlaubt (es würde Dateien einbinden)")
        }
        if let schema { try validate(doc, schema: schema, collector: collector) }
        return root
    }

    /// The message for a refused declaration.
    static let declarationRefused = "DOCTYPE- und ENTITY-Deklarationen sind nicht erlaubt (Schutz vor externen Entitäten und Entitätsbomben)"

    /// Called by the parser at a document type declaration, before anything in it is parsed: marks the
    /// context and stops the parser, so no entity of an entity bomb is ever expanded.
    private static let doctypeSeen: internalSubsetSAXFunc = { context, _, _, _ in
        guard let ctxt = context?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
        ctxt.pointee._private = UnsafeMutableRawPointer(bitPattern: 1)
        xmlStopParser(ctxt)
    }

    /// Parses `data` into a libxml2 document (the caller frees it) and refuses what must not be used: a
    /// document type declaration (internal or external subset, which is where every entity is declared),
    /// seen by the parser whatever the encoding, or an entity reference node anywhere in the tree. Must be
    /// called with the lock held.
    static func read(_ data: Data, collector: ErrorCollector) throws -> xmlDocPtr {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let (parsed, sawDoctype): (xmlDocPtr?, Bool) = data.withUnsafeBytes { raw in
            guard let ctxt = xmlCreateMemoryParserCtxt(raw.bindMemory(to: CChar.self).baseAddress, Int32(raw.count)) else { return (nil, false) }
            defer { xmlFreeParserCtxt(ctxt) }
            xmlCtxtUseOptions(ctxt, options)
            ctxt.pointee.sax.pointee.internalSubset = doctypeSeen
            xmlParseDocument(ctxt)
            let doc = ctxt.pointee.myDoc
            ctxt.pointee.myDoc = nil
            let wellFormed = ctxt.pointee.wellFormed != 0
            if !wellFormed || ctxt.pointee._private != nil, let doc { xmlFreeDoc(doc) }
            return (wellFormed && ctxt.pointee._private == nil ? doc : nil, ctxt.pointee._private != nil)
        }
        if sawDoctype { throw XMLError(line: declarationLine(data), declarationRefused) }
        guard let doc = parsed else {
            throw XMLError(collector.problems.isEmpty ? [XMLError.Problem(line: nil, message: "kein wohlgeformtes XML")] : collector.problems)
        }
        if doc.pointee.intSubset != nil || doc.pointee.extSubset != nil {
            xmlFreeDoc(doc)
            throw XMLError(line: declarationLine(data), declarationRefused)
        }
        if !collector.problems.isEmpty {
            xmlFreeDoc(doc)
            throw XMLError(collector.problems)
        }
        if let root = xmlDocGetRootElement(doc), let line = firstEntityReference(root) {
            xmlFreeDoc(doc)
            throw XMLError(line: line, declarationRefused)
        }
        return doc
    }

    /// The line of "<!DOCTYPE" in a UTF-8 (or ASCII-compatible) document, for the message only: the decision
    /// to refuse is taken on the parsed tree. Nil where the bytes do not show it (UTF-16, EBCDIC).
    static func declarationLine(_ data: Data) -> Int? {
        guard let r = data.range(of: Data("<!DOCTYPE".utf8)) else { return nil }
        return data[data.startIndex..<r.lowerBound].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The line of the first entity reference in the subtree (elements and attribute values), if any.
    static func firstEntityReference(_ node: xmlNodePtr) -> Int? {
        var attr = node.pointee.properties
        while let a = attr {
            var child = a.pointee.children
            while let c = child {
                if c.pointee.type == XML_ENTITY_REF_NODE { return Int(xmlGetLineNo(node)) }
                child = c.pointee.next
            }
            attr = a.pointee.next
        }
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ENTITY_REF_NODE || c.pointee.type == XML_ENTITY_NODE || c.pointee.type == XML_ENTITY_DECL {
                return Int(xmlGetLineNo(c))
            }
            if c.pointee.type == XML_ELEMENT_NODE, let hit = firstEntityReference(c) { return hit }
            child = c.pointee.next
        }
        return nil
    }

    static func validate(_ doc: xmlDocPtr, schema: Data, collector: ErrorCollector) throws {
        let schemaDoc = try read(schema, collector: collector)
        defer { xmlFreeDoc(schemaDoc) }
        let parsed: xmlSchemaPtr? = {
            guard let pctx = xmlSchemaNewDocParserCtxt(schemaDoc) else { return nil }
            defer { xmlSchemaFreeParserCtxt(pctx) }
            xmlSchemaSetParserStructuredErrors(pctx, ErrorCollector.callback, collector.opaque)
            return xmlSchemaParse(pctx)
        }()
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
