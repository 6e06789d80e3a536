import Foundation
import CLibXML2

/// Collects libxml2's structured errors (parser and schema) during one call.
final class ErrorCollector {
    var problems: [XMLError.Problem] = []

    /// The C callback: reads line and message from the xmlError, never prints.
    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue()
        let message = error.pointee.message.map { XMLMessage.german(String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines)) }
            ?? "XML-Fehler \(error.pointee.code)"
        let line = Int(error.pointee.line)
        collector.problems.append(XMLError.Problem(line: line > 0 ? line : nil, message: message))
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
