import Foundation
import Hummingbird

/// An application/x-www-form-urlencoded request body (at most 1 MB): each field's values in order.
struct FormBody {
    var values: [String: [String]] = [:]

    subscript(_ name: String) -> String? { values[name]?.first }

    static func read(_ request: Request) async throws -> FormBody {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else {
            throw APIError(.unsupportedMediaType, "kein_formular", "Erwartet wird ein Formular.")
        }
        var data = Data()
        for try await chunk in request.body {
            data.append(contentsOf: chunk.readableBytesView)
            if data.count > 1 << 20 { throw APIError.tooLarge }
        }
        return parse(String(decoding: data, as: UTF8.self))
    }

    static func parse(_ text: String) -> FormBody {
        var form = FormBody()
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first, !name.isEmpty else { continue }
            form.values[name, default: []].append(parts.count > 1 ? parts[1] : "")
        }
        return form
    }
}
