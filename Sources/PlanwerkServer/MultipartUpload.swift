import Foundation
import Hummingbird
import MultipartKit

/// A multipart/form-data request body read as it streams in, at most `limit` bytes (more: 413): the files of
/// field `file` and the text fields.
struct MultipartUpload {
    var files: [ProtocolUpload] = []
    var fields: [String: String] = [:]

    /// 50 MB.
    static let limit = 50 * 1024 * 1024

    static func read(_ request: Request, limit: Int = MultipartUpload.limit) async throws -> MultipartUpload {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw APIError.tooLarge }
        guard let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data"),
              let boundary = Self.boundary(type) else {
            throw APIError(.unsupportedMediaType, "kein_formular", "Erwartet wird ein Formular (multipart/form-data) mit dem Feld „file“.")
        }
        let parser = MultipartParser(boundary: boundary)
        final class Part { var headers: [String: String] = [:]; var body = Data() }
        var parts: [Part] = []
        var current = Part()
        parser.onHeader = { name, value in current.headers[name.lowercased()] = value }
        parser.onBody = { buffer in current.body.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            parts.append(current)
            current = Part()
        }
        var received = 0
        do {
            for try await chunk in request.body {
                received += chunk.readableBytes
                guard received <= limit else { throw APIError.tooLarge }
                try parser.execute(chunk)
            }
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.invalid("Das Formular ist fehlerhaft und konnte nicht gelesen werden.")
        }
        var upload = MultipartUpload()
        for part in parts {
            guard let disposition = part.headers["content-disposition"], let name = Self.parameter("name", in: disposition) else { continue }
            if name == "file" {
                upload.files.append(ProtocolUpload(originalName: Self.parameter("filename", in: disposition) ?? "", data: part.body))
            } else {
                upload.fields[name] = String(decoding: part.body, as: UTF8.self)
            }
        }
        return upload
    }

    static func boundary(_ contentType: String) -> String? {
        parameter("boundary", in: contentType)
    }

    /// A parameter of a header value (`name="value"` or `name=value`).
    static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == name else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
