import Foundation
import PlanwerkReport
import ZIPFoundation

/// Renders a report document as an OpenDocument text file: `mimetype` first and stored, then
/// `META-INF/manifest.xml`, `content.xml`, `styles.xml` (headings, tables, page header and footer)
/// and `meta.xml`. Entries carry a fixed date, so the same document gives the same bytes.
public enum ODTWriter {
    /// The date every zip entry carries (2000-01-01 00:00 UTC; the document date is in meta.xml).
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    /// The ODT package bytes.
    public static func render(_ doc: ReportDocument) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let (contentXML, pictures) = content(doc)
        var entries: [(String, Data, CompressionMethod)] = [
            ("mimetype", Data("application/vnd.oasis.opendocument.text".utf8), .none),
            ("META-INF/manifest.xml", Data(manifest(pictures: pictures.map(\.path)).utf8), .deflate),
            ("content.xml", Data(contentXML.utf8), .deflate),
            ("styles.xml", Data(styles(doc).utf8), .deflate),
            ("meta.xml", Data(meta(doc).utf8), .deflate),
        ]
        entries += pictures.map { ($0.path, $0.data, .deflate) }
        for (path, data, method) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                                 compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static let namespaces = """
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
    xmlns:xlink="http://www.w3.org/1999/xlink" \
    xmlns:dc="http://purl.org/dc/elements/1.1/" \
    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
    office:version="1.3"
    """

    static func manifest(pictures: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
         <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        \(pictures.map { " <manifest:file-entry manifest:full-path=\"\(x($0))\" manifest:media-type=\"image/svg+xml\"/>\n" }.joined())</manifest:manifest>

        """
    }

    static func meta(_ doc: ReportDocument) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-meta \(namespaces)><office:meta>\
        <meta:generator>Planwerk</meta:generator><dc:title>\(x(doc.properties.title ?? doc.title))</dc:title><dc:language>de-DE</dc:language>\
        \(doc.properties.subject.map { "<dc:subject>\(x($0))</dc:subject>" } ?? "")\
        \(doc.properties.author.map { "<meta:initial-creator>\(x($0))</meta:initial-creator><dc:creator>\(x($0))</dc:creator>" } ?? "")\
        <meta:creation-date>\(x(doc.date))T00:00:00</meta:creation-date><dc:date>\(x(doc.date))T00:00:00</dc:date>\
        </office:meta></office:document-meta>

        """
    }

    static func styles(_ doc: ReportDocument) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles \(namespaces)>
        <office:font-face-decls/>
        <office:styles>
         <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/>\
        <style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="11pt" fo:language="de" fo:country="DE" \
        fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/></style:default-style>
         <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
         <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="text">\
        <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:hyphenate="false"/></style:style>
         <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter"><style:text-properties fo:font-size="18pt"/></style:style>
         <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="14pt"/></style:style>
         <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="12pt"/></style:style>
         <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-bottom="0cm"/></style:style>
         <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
         <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt" fo:color="#555555"/></style:style>
         <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt" fo:color="#555555"/></style:style>
         <style:style style:name="Marker" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" fo:color="#aa0000" fo:letter-spacing="0.1cm"/></style:style>
        </office:styles>
        <office:automatic-styles>
         <style:page-layout style:name="Seite"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>\
        <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>\
        <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
        </office:automatic-styles>
        <office:master-styles>
         <style:master-page style:name="Standard" style:page-layout-name="Seite">\
        <style:header><text:p text:style-name="Header">\(x(doc.pageHeader))\(doc.marker.map { " – " + x($0) } ?? "")</text:p></style:header>\
        <style:footer><text:p text:style-name="Footer">\(x(doc.pageFooter)) – Seite <text:page-number text:select-page="current">1</text:page-number> von <text:page-count>1</text:page-count></text:p></style:footer>\
        </style:master-page>
        </office:master-styles>
        </office:document-styles>

        """
    }

    /// content.xml and the pictures it refers to (charts as SVG).
    static func content(_ doc: ReportDocument) -> (xml: String, pictures: [(path: String, data: Data)]) {
        var body = "<text:p text:style-name=\"Title\">\(x(doc.title))</text:p>\n"
        var pictures: [(path: String, data: Data)] = []
        var columnStyles = ""
        if let marker = doc.marker { body += "<text:p text:style-name=\"Marker\">\(x(marker))</text:p>\n" }
        var tableNumber = 0
        if !doc.fields.isEmpty {
            tableNumber += 1
            let rows = doc.fields.map { [[TextRun($0.label, style: .strong)], $0.value] }
            body += table(number: tableNumber, header: nil, rows: rows, style: "Kopf")
            columnStyles += self.columnStyles(number: tableNumber, header: nil, rows: rows)
        }
        for block in doc.blocks {
            switch block {
            case .heading(let level, let text):
                body += "<text:h text:style-name=\"Heading_20_\(min(2, level))\" text:outline-level=\"\(min(2, level))\">\(x(text))</text:h>\n"
            case .paragraph(let r): body += "<text:p text:style-name=\"Standard\">\(runs(r))</text:p>\n"
            case .bulletList(let items): body += list(items, style: "Punkte")
            case .numberedList(let items): body += list(items, style: "Nummern")
            case .table(let header, let rows):
                tableNumber += 1
                body += table(number: tableNumber, header: header, rows: rows, style: "Tabelle")
                columnStyles += self.columnStyles(number: tableNumber, header: header, rows: rows)
            case .chart(let chart):
                let (svg, height) = VoteChartSVG.render(chart)
                let path = "Pictures/diagramm\(pictures.count + 1).svg"
                pictures.append((path, Data(svg.utf8)))
                let widthCM = 11.0, heightCM = widthCM * Double(height) / Double(VoteChartSVG.width)
                body += "<text:p text:style-name=\"Standard\"><draw:frame draw:name=\"Diagramm\(pictures.count)\" text:anchor-type=\"as-char\" "
                    + "svg:width=\"\(String(format: "%.2f", widthCM))cm\" svg:height=\"\(String(format: "%.2f", heightCM))cm\">"
                    + "<draw:image xlink:href=\"\(path)\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>"
                    + "<svg:title>\(x(chart.title))</svg:title></draw:frame></text:p>\n"
                tableNumber += 1
                body += table(number: tableNumber, header: chart.table.header, rows: chart.table.rows, style: "Tabelle")
                columnStyles += self.columnStyles(number: tableNumber, header: chart.table.header, rows: chart.table.rows)
            }
        }
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(namespaces)>
        <office:automatic-styles>
        \(columnStyles)
         <style:style style:name="Tabelle" style:family="table"><style:table-properties style:width="16.5cm" table:align="margins"/></style:style>
         <style:style style:name="Kopf" style:family="table"><style:table-properties style:width="16.5cm" table:align="margins" fo:margin-bottom="0.4cm"/></style:style>
         <style:style style:name="Zelle" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
         <style:style style:name="Fett" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
         <style:style style:name="Fehlt" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="#aa0000" fo:background-color="#ffe0e0"/></style:style>
         <text:list-style style:name="Punkte"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
         <text:list-style style:name="Nummern"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
        </office:automatic-styles>
        <office:body><office:text>
        \(body)</office:text></office:body>
        </office:document-content>

        """
        return (xml, pictures)
    }

    /// The text width of a page (21 cm less the margins).
    static let textWidthCM = 16.5

    /// Column widths from content: each column gets a share by its longest cell (within bounds), and never
    /// less than its longest word needs, so words are not broken in the middle.
    static func columnWidths(header: [String]?, rows: [[[TextRun]]]) -> [Double] {
        let width = max(header?.count ?? 0, rows.map(\.count).max() ?? 0)
        guard width > 0 else { return [] }
        var weights = Array(repeating: 4.0, count: width), words = Array(repeating: 0.0, count: width)
        let texts: [[String]] = (header.map { [$0] } ?? []) + rows.map { $0.map { $0.map(\.text).joined() } }
        for row in texts {
            for (i, text) in row.enumerated() where i < width {
                weights[i] = max(weights[i], min(Double(text.count), 60))
                words[i] = max(words[i], Double(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0))
            }
        }
        let total = weights.reduce(0, +)
        var widths = weights.map { textWidthCM * $0 / total }
        // About 0.2 cm per character at 11 pt, plus the cell padding; taken from the widest columns.
        let needed = words.map { min(textWidthCM / Double(width), $0 * 0.2 + 0.3) }
        for i in widths.indices where widths[i] < needed[i] {
            let lack = needed[i] - widths[i]
            widths[i] = needed[i]
            if let widest = widths.indices.max(by: { widths[$0] - needed[$0] < widths[$1] - needed[$1] }), widest != i { widths[widest] -= lack }
        }
        let bounded = widths.map { max(0.5, $0) }, sum = bounded.reduce(0, +)
        return bounded.map { textWidthCM * $0 / sum }
    }

    static func columnStyles(number: Int, header: [String]?, rows: [[[TextRun]]]) -> String {
        columnWidths(header: header, rows: rows).enumerated().map { i, w in
            " <style:style style:name=\"Tabelle\(number).\(i + 1)\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"\(String(format: "%.2f", w))cm\"/></style:style>\n"
        }.joined()
    }

    static func list(_ items: [[TextRun]], style: String) -> String {
        "<text:list text:style-name=\"\(style)\">" + items.map { "<text:list-item><text:p text:style-name=\"Standard\">\(runs($0))</text:p></text:list-item>" }.joined() + "</text:list>\n"
    }

    static func table(number: Int, header: [String]?, rows: [[[TextRun]]], style: String) -> String {
        let width = max(header?.count ?? 0, rows.map(\.count).max() ?? 0)
        guard width > 0 else { return "" }
        func cell(_ content: String, _ paragraphStyle: String) -> String {
            "<table:table-cell table:style-name=\"Zelle\" office:value-type=\"string\"><text:p text:style-name=\"\(paragraphStyle)\">\(content)</text:p></table:table-cell>"
        }
        var out = "<table:table table:name=\"Tabelle\(number)\" table:style-name=\"\(style)\">"
            + (0..<width).map { "<table:table-column table:style-name=\"Tabelle\(number).\($0 + 1)\"/>" }.joined()
        if let header {
            out += "<table:table-header-rows><table:table-row>" + (0..<width).map { cell(x($0 < header.count ? header[$0] : ""), "Table_20_Heading") }.joined()
                + "</table:table-row></table:table-header-rows>"
        }
        for row in rows {
            out += "<table:table-row>" + (0..<width).map { cell($0 < row.count ? runs(row[$0]) : "", "Table_20_Contents") }.joined() + "</table:table-row>"
        }
        return out + "</table:table>\n"
    }

    static func runs(_ runs: [TextRun]) -> String {
        runs.map { run in
            let text = x(run.text).replacingOccurrences(of: "\n", with: "<text:line-break/>")
            switch run.style {
            case .plain: return text
            case .strong: return "<text:span text:style-name=\"Fett\">\(text)</text:span>"
            case .gap: return "<text:span text:style-name=\"Fehlt\">\(text)</text:span>"
            }
        }.joined()
    }

    /// XML-escaped text; characters XML 1.0 forbids are dropped.
    static func x(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if s.value < 0x20 && s != "\n" && s != "\t" { continue }
                if s.value == 0xFFFE || s.value == 0xFFFF { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
