import Foundation
import PlanwerkMerge
import PlanwerkModel
import PlanwerkReview
import PlanwerkStore

/// A person's review of one meeting: its facts as extracted (from the archive's stored sources, merged, before
/// any correction) and as reviewed, and the appending of corrections, confirmations and releases to inputs/
/// (atomically, under a lock on the inputs folder; existing entries are never rewritten).
public struct ReviewSession: Sendable {
    public let inputs: String
    public let store: ArchiveStore
    public let ingest: IngestPipeline

    public init(inputs: String, store: ArchiveStore, ingest: IngestPipeline) {
        self.inputs = inputs
        self.store = store
        self.ingest = ingest
    }

    /// A meeting under review.
    public struct Meeting: Sendable {
        /// The merged extraction, before corrections.
        public var extracted: MeetingRecord
        /// With corrections, validation and release.
        public var reviewed: MeetingRecord
        /// The facts of the reviewed record with their states.
        public var facts: [Fact]
        /// The corrections in the file.
        public var corrections: [Correction]
    }

    /// A review step that cannot be done; the message is German.
    public struct Refusal: Error, Sendable {
        public let message: String
        public init(_ message: String) { self.message = message }
    }

    var folder: ReviewFolder { ReviewFolder(inputs: inputs) }

    /// The meeting `id` from the archive; a `Refusal` when the archive does not know it.
    public func meeting(_ id: String) throws -> Meeting {
        let (sources, _) = try store.sourceRecords(meeting: id)
        guard let extracted = RecordMerger().merge(sources).first(where: { $0.id == id }) else {
            throw Refusal("Sitzung „\(id)“ ist nicht im Archiv (erst „planwerk run“ ausführen; bekannt: \((try? store.meetingIDs().joined(separator: ", ")) ?? "–"))")
        }
        let (reviewed, states) = ingest.reviewed(extracted)
        var facts = RecordFacts.facts(of: reviewed)
        for i in facts.indices { facts[i].state = states[facts[i].key] ?? .extracted }
        // Items added or removed by a correction are facts too.
        for (key, state) in states where !facts.contains(where: { $0.key == key }) {
            facts.append(Fact(key: key, value: RecordFacts.value(key, in: reviewed) ?? .null, evidence: [], state: state))
        }
        return Meeting(extracted: extracted, reviewed: reviewed, facts: facts, corrections: (try? folder.corrections(id)) ?? [])
    }

    /// A new entry for `key`: base and quote from the extraction; checked before it is written (known key, a value
    /// that fits, an item that exists or, for adding, does not).
    public func entry(_ action: Correction.Action, key: String, value: FactValue, reason: String, author: String, time: String,
                      in meeting: Meeting) throws -> Correction {
        guard RecordFacts.isKnown(key) else { throw Refusal("unbekannter Schlüssel „\(key)“ (planwerk facts \(meeting.extracted.id) zeigt alle)") }
        let base = RecordFacts.value(key, in: meeting.extracted) ?? .null
        let quote = meeting.facts.first { $0.key == key || $0.key.hasPrefix(key + "/") }?.quote ?? value.text
        var probe = meeting.extracted
        switch action {
        case .set, .clear:
            guard RecordFacts.value(key, in: probe) != nil else { throw Refusal("„\(key)“: diese Angabe gibt es in der Sitzung nicht") }
            guard RecordFacts.set(key, to: action == .set ? value : .null, in: &probe) else { throw Refusal("„\(key)“: der Wert „\(value)“ passt nicht") }
        case .add:
            guard RecordFacts.add(key, value: value, in: &probe) else { throw Refusal("„\(key)“: lässt sich nicht ergänzen (gibt es schon, oder der Wert passt nicht zum Schlüssel)") }
        case .remove:
            guard RecordFacts.value(key, in: probe) != nil else { throw Refusal("„\(key)“: diesen Eintrag gibt es nicht") }
        case .confirm, .undo: break
        }
        return Correction(action: action, key: key, base: base, value: action == .set || action == .add ? value : .null, quote: quote,
                          reason: reason, author: author, time: time)
    }

    /// Appends entries to the meeting's corrections file.
    public func append(_ entries: [Correction], meeting id: String) throws {
        try InputsLock.exclusively(inputs) {
            let existing = try folder.corrections(id)  // a broken file is refused, never overwritten
            try AtomicFileWriter.write(ReviewFolder.file(corrections: existing + entries), to: URL(fileURLWithPath: folder.correctionsPath(id)))
        }
    }

    /// Releases the meeting as `author`; a `Refusal` naming every reason when it may not be released.
    public func release(_ id: String, author: String, time: String, fourEyes: Bool) throws {
        let m = try meeting(id)
        let states = Dictionary(m.facts.map { ($0.key, $0.state) }, uniquingKeysWith: { a, _ in a })
        let problems = ReleaseCheck.problems(m.reviewed, states: states, corrections: m.corrections, author: author, fourEyes: fourEyes)
        guard problems.isEmpty else { throw Refusal("Sitzung „\(id)“ kann nicht freigegeben werden: " + problems.joined(separator: "; ")) }
        try InputsLock.exclusively(inputs) {
            let releases = try folder.releases(id)
            let release = Release(author: author, time: time, facts: ReleaseCheck.usedValues(m.reviewed))
            try AtomicFileWriter.write(ReviewFolder.file(releases: releases + [release]), to: URL(fileURLWithPath: folder.releasesPath(id)))
        }
    }
}
