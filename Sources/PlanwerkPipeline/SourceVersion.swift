import PlanwerkExtract
import PlanwerkModel
import PlanwerkReaders

/// The version stamp stored with every archived source: "e<extraction>-r<reader>", e.g. "e2-r1". A source
/// whose stamp differs from the current one for its kind was made by other code and is read again.
public enum SourceVersion {
    /// The current stamp for a source kind ("text", "pdf", "ocr"); unknown kinds (failed sources) use text's.
    public static func current(kind: String?) -> String {
        let reader = ReaderVersion.of(kind.flatMap(SourceKind.init(rawValue:)) ?? .text)
        return "e\(ExtractionVersion.current)-r\(reader)"
    }

    /// The current stamps of every kind.
    public static var all: [String: String] {
        Dictionary(uniqueKeysWithValues: [SourceKind.text, .pdf, .ocr].map { ($0.rawValue, current(kind: $0.rawValue)) })
    }
}
