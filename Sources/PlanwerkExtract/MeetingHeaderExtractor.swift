import Foundation
import PlanwerkModel
import PlanwerkText

/// Finds the meeting header: "Protokoll der <Gremium> am <Datum> (im <Ort>)", or failing that the
/// profile's body name next to a date; the session number ("4. Sitzung") and whether it was online.
public struct MeetingHeaderExtractor: Sendable {
    let profile: Profile
    /// How many leading blocks are searched.
    static let window = 80

    /// Creates an extractor for a profile.
    public init(profile: Profile) { self.profile = profile }

    /// The header, or nil when the document names no meeting.
    public func extract(_ blocks: [Block]) -> MeetingHeader? {
        let head = Array(blocks.prefix(Self.window))
        let protocolKey = Fuzzy.key("Protokoll")
        for (i, b) in head.enumerated() {
            let words = b.text.split(separator: " ")
            guard let pIndex = words.firstIndex(where: {
                Fuzzy.matches($0, key: protocolKey, limit: 2)
            }) else { continue }
            // The header may run over a few blocks ("Protokoll der" / "Steuerungsgruppe ..." / "am 01.02.2030").
            var text = words[pIndex...].joined(separator: " ")
            var j = i + 1
            while DateScanner.dates(in: text).isEmpty, j < min(head.count, i + 5) {
                text += " " + head[j].text
                j += 1
            }
            guard let mention = DateScanner.dates(in: text).first, mention.start < 160 else { continue }
            let before = String(decoding: text.utf8.prefix(mention.start), as: UTF8.self)
            let after = String(decoding: text.utf8.dropFirst(mention.end), as: UTF8.self)
            return MeetingHeader(body: body(fromHeader: before), date: mention.date.iso,
                                 location: location(after: after), online: isOnline(text),
                                 sessionNumber: sessionNumber(head), evidence: b.provenance.evidence)
        }
        // No "Protokoll" line: the body's name next to a date.
        let bodyKey = Fuzzy.key(profile.body)
        for b in head {
            let k = Fuzzy.key(b.text)
            guard k.count >= bodyKey.count, containsFuzzy(k, bodyKey),
                  let mention = DateScanner.dates(in: b.text).first else { continue }
            return MeetingHeader(body: profile.body, date: mention.date.iso, location: nil, online: isOnline(b.text),
                                 sessionNumber: sessionNumber(head), evidence: b.provenance.evidence)
        }
        return nil
    }

    func containsFuzzy(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        let limit = Fuzzy.tolerance(forLength: needle.count)
        if haystack.count < needle.count { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            let end = min(haystack.count, start + needle.count + limit)
            for len in max(1, needle.count - limit)...(end - start) {
                if Fuzzy.distance(Array(haystack[start..<(start + len)]), needle, limit: limit) != nil { return true }
            }
        }
        return false
    }

    /// "Protokoll der Steuerungsgruppe Sozialplanung am" -> the body; the profile's spelling when it is the same body.
    func body(fromHeader text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        if !words.isEmpty { words.removeFirst() }  // "Protokoll"
        while let f = words.first, ["der", "des", "zur", "über", "die", "sitzung", "von"].contains(f.lowercased()) {
            words.removeFirst()
        }
        while let l = words.last, ["am", "vom", "den", "der", "sitzung", ",", "-", "–"].contains(l.lowercased()) ||
                l.allSatisfy({ !$0.isLetter }) || DateScanner.weekdays.contains(l.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            words.removeLast()
        }
        let found = words.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        if found.isEmpty || Fuzzy.similarity(Fuzzy.key(found), Fuzzy.key(profile.body), atLeast: 0.8) != nil { return profile.body }
        return found
    }

    /// "im Kreishaus" -> "Kreishaus"; "(Virtuelle Sitzung)" -> "Virtuelle Sitzung".
    func location(after text: String) -> String? {
        var t = text.trimmedSpaces
        if t.hasPrefix(",") { t = String(t.dropFirst()).trimmedSpaces }
        var candidate: String?
        if t.hasPrefix("("), let close = t.firstIndex(of: ")") {
            candidate = String(t[t.index(after: t.startIndex)..<close])
        } else {
            for prefix in ["im ", "in der ", "in den ", "in ", "Ort: "] where t.hasPrefix(prefix) {
                let rest = t.dropFirst(prefix.count)
                let end = rest.firstIndex(where: { ".;()\n".contains($0) }) ?? rest.endIndex
                candidate = String(rest[..<end])
                break
            }
        }
        guard var c = candidate?.trimmedSpaces, !c.isEmpty, c.isAtMost(80) else { return nil }
        // A time after the place ("Kreishaus, 13:00 Uhr") is not part of it.
        if let comma = c.firstIndex(of: ","), c[c.index(after: comma)...].contains(where: \.isNumber) {
            c = String(c[..<comma])
        }
        for prefix in ["im ", "in der ", "in "] where c.hasPrefix(prefix) { c = String(c.dropFirst(prefix.count)) }
        return c
    }

    func isOnline(_ text: String) -> Bool {
        let lower = text.fastLowercased
        return ["virtuell", "online", "videokonferenz", "digitale sitzung", "webex", "zoom", "ms teams", "hybrid"]
            .contains { lower.containsBytes($0) }
    }

    /// "4. Sitzung" in the leading blocks.
    func sessionNumber(_ head: [Block]) -> Int? {
        let sitzung = Fuzzy.labelKey("Sitzung")
        for b in head {
            var text = b.text
            // Space-separated tokens: a number with a dot ("4.") followed by "Sitzung" (tolerantly).
            let found = text.withUTF8 { u -> Int? in
                var i = 0
                while i < u.count {
                    while i < u.count, u[i] == 32 { i += 1 }
                    let start = i
                    while i < u.count, u[i] != 32 { i += 1 }
                    let end = i
                    guard end - start >= 2, end - start <= 4, u[end - 1] == UInt8(ascii: "."),
                          u[start..<(end - 1)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
                    let n = u[start..<(end - 1)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                    guard n > 0, n < 500 else { continue }
                    var j = end
                    while j < u.count, u[j] == 32 { j += 1 }
                    var k = j
                    while k < u.count, u[k] != 32 { k += 1 }
                    guard k > j else { continue }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: u[j..<k]), as: UTF8.self)
                    if Fuzzy.matches(word, key: sitzung, limit: 1) { return n }
                }
                return nil
            }
            if let found { return found }
        }
        return nil
    }
}
