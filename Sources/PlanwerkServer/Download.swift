import Foundation
import Hummingbird

/// A generated file as a download: always an attachment (never shown inline), with its type.
enum Download {
    static let types = ["odt": "application/vnd.oasis.opendocument.text", "html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8",
                        "pdf": "application/pdf", "json": "application/json", "ics": "text/calendar; charset=utf-8"]

    static func response(_ url: URL) throws -> Response {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw APIError.notFound }
        let name = url.lastPathComponent
        return Response(status: .ok, headers: [.contentType: types[url.pathExtension] ?? "application/octet-stream",
                                               .contentDisposition: "attachment; filename=\"\(name)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
