import PlanwerkModel
import PlanwerkText

/// Reads decision sentences: "Die Handlungsempfehlung „<Titel>“ wird als <Einschätzung> eingeschätzt und
/// (nicht) in das Planungsdossier „<Dossier>“ aufgenommen." - in any quote style or none, broken over
/// lines or slides, with OCR slips in the keywords. Comments from the assessment table before it are attached.
public struct DecisionExtractor: Sendable {
    let profile: Profile
    static let recommendationLabel = KeyedLabel("Handlungsempfehlung")
    static let assessedLabel = KeyedLabel("eingeschätzt")
    static let takenLabel = KeyedLabel("aufgenommen")
    static let dossierLabel = KeyedLabel("Planungsdossier", tolerance: 3)

    /// Creates an extractor for a profile (its relevance labels).
    public init(profile: Profile) {
        self.profile = profile
        remarkFilter = RemarkFilter(relevanceLabels: profile.relevanceLabels.map(\.label))
    }

    /// Tells remarks from table furniture (the profile's relevance labels and the table words, keyed once).
    let remarkFilter: RemarkFilter

    /// The decisions in document order (a title decided twice appears twice).
    public func extract(_ blocks: [Block]) -> [Recommendation] {
        let body = blocks.filter { !$0.isFurniture }
        let stream = TextStream(blocks: body)
        let w = stream.words
        var out: [Recommendation] = []
        var decisionBlocks: [Block] = []
        var lastDecisionEnd = 0
        var i = 0
        while i < w.count {
            guard stream.word(i, is: Self.assessedLabel) else { i += 1; continue }
            // "... aufgenommen" within the next 30 words.
            guard let taken = (i + 1..<min(w.count, i + 30)).first(where: { stream.word($0, is: Self.takenLabel) }) else { i += 1; continue }
            // Backwards: "wird als", then the nearest "Handlungsempfehlung" before it.
            guard let als = (max(0, i - 12)..<i).reversed().first(where: { stream.word($0, equals: "als") }),
                  let start = recommendationWord(stream, before: als, notBefore: lastDecisionEnd) else { i += 1; continue }
            var titleEnd = w[als].start
            if als > 0, stream.word(als - 1, equals: "wird") || stream.word(als - 1, equals: "werden") { titleEnd = w[als - 1].start }
            let title = TitleCleaner.clean(stream.text(w[start].end, titleEnd))
            guard !title.isEmpty, title.isAtMost(300) else { i += 1; continue }
            let relevancePhrase = stream.text(w[als].end, w[i].start)
            let clause = (i + 1)..<taken
            let included = !clause.contains { stream.word($0, equals: "nicht") }
            let dossier = dossierName(stream, clause: clause, takenStart: w[taken].start)
            let block = stream.block(at: w[start].start)
            var rec = Recommendation(title: title, relevance: relevance(relevancePhrase), includedInDossier: included,
                                     dossier: dossier, evidence: [block.provenance.evidence])
            rec.year = dossier.flatMap(Self.year)
            out.append(rec)
            decisionBlocks.append(block)
            lastDecisionEnd = taken + 1
            i = taken + 1
        }
        // Remarks, once every title the document decides on or labels ("Handlungsempfehlung: „…“", in a table
        // cell or a paragraph) is known: none of them is a remark.
        let labelled = body.flatMap { $0.isTableRow ? $0.cells : [$0.text] }.compactMap(remarkFilter.labelledTitle)
        let titles = (out.map(\.title) + labelled).map { TitleKey(TitleCleaner.clean($0)) }
        for k in out.indices {
            out[k].comments = comments(blocks, before: decisionBlocks[k], after: k > 0 ? out[k - 1].evidence.first : nil, titles: titles)
        }
        return out
    }

    /// The nearest "Handlungsempfehlung" word before `index` that is not inside the title's quotes.
    func recommendationWord(_ stream: TextStream, before index: Int, notBefore floor: Int) -> Int? {
        let low = max(floor, index - 70)
        guard low < index else { return nil }
        for j in (low..<index).reversed() where stream.word(j, is: Self.recommendationLabel) {
            let (opens, closes) = stream.quotes(from: stream.words[j].end, to: stream.words[index].start)
            if closes > opens { continue }  // this word is inside the quoted title
            return j
        }
        return nil
    }

    /// The relevance value a phrase like "in hohem Maße steuerungsrelevant" names, by the profile's labels.
    func relevance(_ phrase: String) -> Relevance? {
        let k = Fuzzy.key(phrase)
        var best: (Relevance, Double)?
        for label in profile.relevanceLabels {
            guard let s = Fuzzy.similarity(k, Fuzzy.labelKey(label.label), atLeast: 0.7) else { continue }
            if best == nil || s > best!.1 { best = (label.value, s) }
        }
        guard let (value, score) = best, score >= 0.7 else { return nil }
        return value
    }

    /// The dossier named after "Planungsdossier" (or after "in das"), quotes removed.
    func dossierName(_ stream: TextStream, clause: Range<Int>, takenStart: Int) -> String? {
        var from: Int?
        if let d = clause.first(where: { stream.word($0, is: Self.dossierLabel) }) {
            from = stream.words[d].end
        } else if let das = clause.first(where: { stream.word($0, equals: "das") || stream.word($0, equals: "den") }) {
            from = stream.words[das].end
        }
        guard let start = from else { return nil }
        let name = TitleCleaner.clean(stream.text(start, takenStart))
        return name.isEmpty ? nil : name
    }

    static func year(_ dossier: String) -> Int? {
        // Runs of ASCII digits (a year is never written in other digits).
        dossier.utf8.split(whereSeparator: { $0 < 0x30 || $0 > 0x39 }).compactMap { Int(Substring($0)) }.last { (1990...2100).contains($0) }
    }

    /// Comments ("Anmerkungen") in the assessment table rows between the previous decision and this one:
    /// the cells beside a relevance label that are remarks (`RemarkFilter`), each once.
    func comments(_ blocks: [Block], before decision: Block, after previous: Evidence?, titles: [TitleKey]) -> [String] {
        let place = decision.provenance
        guard let end = Self.firstIndex(blocks, page: place.page, line: place.line, where: { $0.provenance == place }) else { return [] }
        var startIndex = max(0, end - 40)
        if let prev = previous,
           let p = Self.firstIndex(blocks, page: prev.page, line: prev.line, where: { $0.provenance.evidence == prev }), p < end {
            startIndex = max(startIndex, p + 1)
        }
        let rows = blocks[startIndex..<end].filter(\.isTableRow).map { $0.cells.filter { !$0.isEmpty } }
        return remarkFilter.remarks(rows: rows, titleKeys: titles)
    }

    /// The first block that starts on `page` and `line` and satisfies `matches`, found by binary search:
    /// blocks are in document order, so their (page, line) never decrease. Falls back to a scan.
    static func firstIndex(_ blocks: [Block], page: Int?, line: Int?, where matches: (Block) -> Bool) -> Int? {
        let key = (page ?? 0, line ?? 0)
        func place(_ i: Int) -> (Int, Int) { (blocks[i].provenance.page ?? 0, blocks[i].provenance.line ?? 0) }
        var lo = 0, hi = blocks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if place(mid) < key { lo = mid + 1 } else { hi = mid }
        }
        var i = lo
        while i < blocks.count, place(i) == key {
            if matches(blocks[i]) { return i }
            i += 1
        }
        return blocks.firstIndex(where: matches)
    }
}
