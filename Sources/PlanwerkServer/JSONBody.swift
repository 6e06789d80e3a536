import Foundation
import Hummingbird

/// JSON answers of the API: objects built from dictionaries and arrays, keys sorted, UTF-8.
enum JSONBody {
    static func data(_ object: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    }

    static func response(_ object: Any, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data(object))))
    }

    /// A value that JSONSerialization accepts, from a Codable (e.g. a record) via its JSON.
    static func object(_ json: Data) -> Any { (try? JSONSerialization.jsonObject(with: json, options: .fragmentsAllowed)) ?? NSNull() }

    /// A Codable value as a JSONSerialization value.
    static func object<T: Encodable>(encoding value: T) -> Any { object((try? JSONEncoder().encode(value)) ?? Data("null".utf8)) }
}
