import Foundation
import PlanwerkModel
import PlanwerkReaders

/// One kind of input file Planwerk reads: its file name endings, how its content is recognised, and the
/// reader that turns it into blocks. `all` is the one table (as pandoc's Readers.hs): format detection
/// picks the first entry that recognises a file, so a new format (DOCX, ODT) is one reader and one entry.
public struct InputFormat: Sendable {
    /// The name, for messages.
    public let name: String
    /// File name endings (lower case) that folders are searched for.
    public let extensions: Set<String>
    /// True when the bytes (or the ending) are of this format.
    let recognises: @Sendable (_ data: Data, _ fileExtension: String) -> Bool
    /// Reads the bytes of `file` into blocks.
    let read: @Sendable (_ data: Data, _ file: String, _ pdf: PDFOptions?) -> Result<ProtocolDocument, InputFailure>

    /// The formats in the order they are tried; the last one (text) takes whatever is left.
    public static let all: [InputFormat] = [pdf, text]

    /// Every file name ending of every format.
    public static var extensions: Set<String> { all.reduce(into: []) { $0.formUnion($1.extensions) } }

    /// The format of a file: the first that recognises it.
    public static func of(data: Data, file: String) -> InputFormat {
        let ext = (file as NSString).pathExtension.lowercased()
        return all.first { $0.recognises(data, ext) } ?? text
    }

    /// PDFs (by ending or by the "%PDF" mark in the first kilobyte), read by worker processes.
    static let pdf = InputFormat(name: "PDF", extensions: ["pdf"],
                                 recognises: { data, ext in ext == "pdf" || data.prefix(1024).range(of: Data("%PDF".utf8)) != nil },
                                 read: { data, file, options in
        guard let options else { return .failure(InputFailure(file: file, cause: .reader(.unsupportedFormat("PDF")))) }
        return PDFSourceReader(options: options).read(file: file, data: data)
    })

    /// Text of any kind: transcriptions, OCR output, Markdown, HTML pages and fragments, e-mail text.
    static let text = InputFormat(name: "Text", extensions: ["txt", "md", "text", "html", "htm"],
                                  recognises: { _, _ in true },
                                  read: { data, file, _ in
        do {
            return .success(try ProtocolTextReader().read(data: data, source: Source(file: file, sha256: SourceHash.hex(data), kind: .text)))
        } catch let error as ReaderError {
            return .failure(InputFailure(file: file, cause: .reader(error)))
        } catch {
            return .failure(InputFailure(file: file, cause: .unexpected))
        }
    })
}
