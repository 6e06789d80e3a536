import Foundation

/// Runs inside the `planwerk-pdf-text` worker process: renders one page as PNG (150 dpi) into a file, with the
/// words of a quote highlighted. Exit codes: 0 written, 3 document refused, 4 no such page or not rendered.
public enum PDFPageImageJob {
    public static func run(path: String, page: Int, output: String, mark: String?, password: String?) -> Int32 {
        guard let document = try? PDFDocument(path: path, password: password) else { return 3 }
        guard page >= 1, page <= document.pageCount else { return 4 }
        let marks = mark.map { document.boxes(of: $0, page: page) } ?? []
        guard let png = document.png(page: page, dpi: 150, marks: marks), FileManager.default.createFile(atPath: output, contents: png) else { return 4 }
        return 0
    }
}
