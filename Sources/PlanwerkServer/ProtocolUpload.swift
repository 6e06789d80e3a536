import Foundation
import PlanwerkPipeline

/// An uploaded protocol: checked by its content (a PDF, or text Planwerk reads: plain text, Markdown, HTML), and
/// stored in inputs/protocols under a name made by Planwerk (the sender's name only lends its letters; no folder,
/// no dot file, never an existing file overwritten).
public struct ProtocolUpload: Sendable {
    /// The name the browser sent (used only for letters of the new name and in messages).
    public var originalName: String
    public var data: Data

    public init(originalName: String, data: Data) {
        self.originalName = originalName
        self.data = data
    }

    /// What the content is.
    enum Content: Equatable { case pdf, text(extension: String) }

    /// The content's kind, or a German refusal (415).
    func content() throws -> Content {
        let shown = originalName.isEmpty ? "Die Datei" : "„\(Self.printable(originalName))“"
        guard !data.isEmpty else { throw APIError(.unprocessableContent, "leer", "\(shown) ist leer.") }
        if data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil { return .pdf }
        let head = data.prefix(65536)
        let zip = head.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if zip || head.contains(0) || Self.controlShare(head) > 0.01 {
            throw APIError(.unsupportedMediaType, "kein_protokoll_format",
                           "\(shown) ist weder ein PDF noch eine Textdatei (Text, Markdown, HTML); \(zip ? "Word- und Writer-Dateien bitte als PDF speichern" : "Bild- und Programmdateien werden nicht angenommen").")
        }
        let ext = (originalName as NSString).pathExtension.lowercased()
        return .text(extension: ["md", "html", "htm", "txt"].contains(ext) ? ext : "txt")
    }

    /// Stores the file; returns its path. The name: the sender's letters (at most 60), a short content hash, the
    /// extension of the content.
    public func store(in folder: String) throws -> String {
        let kind = try content()
        let ext: String
        switch kind {
        case .pdf: ext = "pdf"
        case .text(let e): ext = e
        }
        let base = Self.safeBase((originalName as NSString).deletingPathExtension)
        let name = "\(base.isEmpty ? "protokoll" : base)-\(SourceHash.hex(data).prefix(10)).\(ext)"
        let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
        try InputsLock.exclusively((folder as NSString).deletingLastPathComponent) {
            if FileManager.default.fileExists(atPath: url.path) { return }  // the same content under the same name
            try AtomicFileWriter.write(data, to: url)
        }
        return url.path
    }

    /// Lowercase ASCII letters and digits of a name, other runs as one "-".
    static func safeBase(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "de_DE"))
            .replacingOccurrences(of: "ß", with: "ss")
        var out = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
            if out.count >= 60 { break }
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    /// The name without control characters, for messages.
    static func printable(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.prefix(120)))
    }

    /// The share of control bytes other than tab, line feed, carriage return and form feed.
    static func controlShare(_ data: Data) -> Double {
        guard !data.isEmpty else { return 0 }
        let control = data.reduce(0) { $0 + ($1 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($1) ? 1 : 0) }
        return Double(control) / Double(data.count)
    }
}
