// PlanwerkExtract: blocks of one source to the meeting record of that source. A segmentation pass finds
// the regions (header, agenda, goal table, decision sentences, detail forms, status tables, resolution
// proposals, agreements, dates); small field parsers in PlanwerkText read dates, votes and amounts.

/// Why a source yields no record.
public enum ExtractionError: Error, Equatable, Sendable {
    /// Neither a protocol header nor the body's name with a date was found.
    case noMeetingFound
    /// More recommendations than any protocol states (`RecordExtractor.maxRecommendations`): generated or
    /// pasted-together text, refused before merging compares their titles with each other.
    case tooManyRecommendations(Int)

    /// The German message (without the file name).
    public var germanMessage: String {
        switch self {
        case .noMeetingFound:
            return "kein Sitzungsprotokoll erkannt (weder „Protokoll der … am TT.MM.JJJJ“ noch Gremium mit Datum gefunden)"
        case .tooManyRecommendations(let n):
            return "\(n) Handlungsempfehlungen in einer Datei, mehr als \(RecordExtractor.maxRecommendations) sind in keinem Sitzungsprotokoll; Datei bitte prüfen oder aufteilen"
        }
    }
}
