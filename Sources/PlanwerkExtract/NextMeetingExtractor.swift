import Foundation
import PlanwerkModel
import PlanwerkText

/// Finds future meetings of the same body: dates after the meeting's date in a sentence about a meeting
/// ("nächste Sitzung", "Treffen der Steuerungsgruppe", "Sondersitzung"), or a bare date under such a heading.
/// Publication dates, council (Kreistag, Ausschuss) dates and deadlines are not meetings.
public struct NextMeetingExtractor: Sendable {
    let profile: Profile
    static let meetingWords = ["sitzung", "treffen", "termin", "sitzungen", "termine"]
    static let excludedWords = ["veröffentlichung", "kreistag", "ausschuss", "frist", "e-mail", "eingereicht", "letzter",
                                "abgabe", "einreichen", "rückmeldung", "haushalt", "newsletter"]

    /// The key of the body's first word ("Steuerungsgruppe"), matched tolerantly in meeting sentences.
    let bodyKey: [Unicode.Scalar]

    /// Creates an extractor for a profile (its body name).
    public init(profile: Profile) {
        self.profile = profile
        bodyKey = Fuzzy.key(profile.body.split(separator: " ").first.map(String.init) ?? "")
    }

    /// Future meetings, one per date (the most detailed mention wins), in date order.
    public func extract(_ blocks: [Block], meetingDate: GermanDate) -> [NextMeeting] {
        let body = blocks.filter { !$0.isFurniture }
        var byDate: [String: NextMeeting] = [:]
        for i in body.indices {
            let text = body[i].text  // the block's fields read in place, not the block copied
            for mention in DateScanner.dates(in: text) where mention.date > meetingDate {
                let sentence = Self.sentence(in: text, around: mention)
                var context = sentence
                if i + 1 < body.count, body[i + 1].text.first?.isLowercase == true { context += " " + body[i + 1].text }
                var verdict = classify(context)
                if verdict == nil, Self.isBareDate(sentence, mention) {
                    for prev in body[max(0, i - 4)..<i].reversed() {
                        if let v = classify(prev.text) { verdict = v; break }
                    }
                }
                guard verdict == true else { continue }
                var start = mention.startTime, end = mention.endTime
                if start == nil, i + 1 < body.count, body[i + 1].text.isAtMost(30),
                   let (s, e) = DateScanner.timeRange(in: body[i + 1].text) {
                    start = s
                    end = e
                }
                let meeting = NextMeeting(date: mention.date.iso, start: start, end: end, location: Self.location(context),
                                          note: String(context.prefix(300)), evidence: [body[i].provenance.evidence])
                if let existing = byDate[meeting.date] {
                    byDate[meeting.date] = Self.better(existing, meeting)
                } else {
                    byDate[meeting.date] = meeting
                }
            }
        }
        return byDate.values.sorted { $0.date < $1.date }
    }

    /// true: about a meeting of this body; false: about something else (publication, council, deadline); nil: neither.
    func classify(_ text: String) -> Bool? {
        let words = Self.lowerCasedWords(text)
        if words.contains(where: { w in Self.excludedWordBytes.contains { w.starts(with: $0) || w.reversed().starts(with: $0.reversed()) } }) {
            return false
        }
        if words.contains(where: { w in Self.meetingWordBytes.contains { m in
            w.withUnsafeBufferPointer { h in m.withUnsafeBufferPointer { UTF8Search.firstOffset(of: $0, in: h, from: 0) != nil } }
        } }) { return true }
        if !bodyKey.isEmpty, words.contains(where: { w in
            w.count + 2 >= bodyKey.count && Fuzzy.matches(String(decoding: w, as: UTF8.self), key: bodyKey, limit: 2)
        }) { return true }
        return nil
    }

    static let excludedWordBytes = excludedWords.map { Array($0.utf8) }
    static let meetingWordBytes = meetingWords.map { Array($0.utf8) }

    /// The words of a text (runs of letters and "-"), lower-cased, as UTF-8: ASCII and Latin-1 letters
    /// directly, other scalars through their Unicode properties.
    static func lowerCasedWords(_ text: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        func end() { if !word.isEmpty { words.append(word); word.removeAll(keepingCapacity: true) } }
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if (0x61...0x7A).contains(v) || v == 0x2D { word.append(UInt8(v)) }
                else if (0x41...0x5A).contains(v) { word.append(UInt8(v + 0x20)) }
                else { end() }
            } else if s.properties.isAlphabetic {
                word.append(contentsOf: String(s.properties.lowercaseMapping).utf8)
            } else {
                end()
            }
        }
        end()
        return words
    }

    /// The sentence of `text` that holds the mention (its offsets are UTF-8 offsets).
    static func sentence(in text: String, around m: DateMention) -> String {
        var text = text
        return text.withUTF8 { c -> String in
            func isEnd(_ b: UInt8) -> Bool { b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") }
            let space = UInt8(ascii: " ")
            var s = min(m.start, c.count)
            while s > 0 {
                if isEnd(c[s - 1]), s < c.count, c[s] == space, s >= 2, !DateScanner.isDigit(c[s - 2]) { break }
                s -= 1
            }
            var e = min(m.end, c.count)
            while e < c.count {
                if isEnd(c[e]), e + 1 >= c.count || c[e + 1] == space { e += 1; break }
                e += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: c[s..<e]), as: UTF8.self).trimmedSpaces
        }
    }

    /// A sentence that is little more than the date and time ("Freitag, 01.02.2019 um 13.00 Uhr").
    static func isBareDate(_ sentence: String, _ m: DateMention) -> Bool {
        let filler: Set<String> = ["am", "um", "uhr", "von", "bis", "und", "ab", "den"]
        let letters = sentence.fastLowercased.split(whereSeparator: { !$0.isLetter })
            .filter { !filler.contains(String($0)) && !DateScanner.weekdays.contains(String($0)) }
            .joined()
        return letters.count <= 12
    }

    /// "(im Kreishaus)" -> "Kreishaus".
    static func location(_ text: String) -> String? {
        guard text.containsUTF8(UInt8(ascii: "(")),
              let open = text.range(of: "(im ") ?? text.range(of: "(in der "),
              let close = text[open.upperBound...].firstIndex(of: ")") else { return nil }
        let loc = text[open.upperBound..<close].trimmedSpaces
        return loc.isEmpty ? nil : loc
    }

    static func better(_ a: NextMeeting, _ b: NextMeeting) -> NextMeeting {
        var pick = (a.start == nil && b.start != nil) || (a.end == nil && b.end != nil && b.start != nil) ? b : a
        let other = pick == a ? b : a
        pick.location = pick.location ?? other.location
        pick.evidence.mergeEvidence(other.evidence)
        return pick
    }
}
