import Foundation

/// The Kreis profile: names, relevance labels with their point thresholds, status values, dossier naming.
/// Loaded from inputs/profile.json; `standard` mirrors the shipped file for callers without one.
public struct Profile: Codable, Sendable {
    /// One relevance label as the assessment slides write it.
    public struct RelevanceLabel: Codable, Sendable {
        /// The record value.
        public var value: Relevance
        /// The label, e.g. "in hohem Maße steuerungsrelevant".
        public var label: String
        /// The points description, e.g. "ab 52 Pkt.".
        public var points: String
        /// Creates a label.
        public init(value: Relevance, label: String, points: String) {
            self.value = value
            self.label = label
            self.points = points
        }
    }

    /// The Kreis's name, e.g. "Kreis Pinneberg".
    public var kreis: String
    /// The meeting body whose protocols are processed.
    public var body: String
    /// Relevance labels, most specific first.
    public var relevanceLabels: [RelevanceLabel]
    /// Values that make a recommendation go into the dossier.
    public var dossierRelevance: [Relevance]
    /// The dossier name pattern; "{year}" is replaced.
    public var dossierName: String
    /// The lead office for council papers.
    public var leadOffice: String
    /// Four eyes for releases (default on): the releasing person differs from the last one who corrected.
    public var fourEyes: Bool?

    /// True unless the profile turns four eyes off.
    public var requiresFourEyes: Bool { fourEyes ?? true }

    /// Creates a profile.
    public init(kreis: String, body: String, relevanceLabels: [RelevanceLabel], dossierRelevance: [Relevance],
                dossierName: String, leadOffice: String) {
        self.kreis = kreis
        self.body = body
        self.relevanceLabels = relevanceLabels
        self.dossierRelevance = dossierRelevance
        self.dossierName = dossierName
        self.leadOffice = leadOffice
    }

    /// The dossier's name for a year.
    public func dossierName(year: Int) -> String {
        dossierName.replacingOccurrences(of: "{year}", with: String(year))
    }

    /// The generic profile used when inputs/profile.json is absent (no Kreis name).
    public static let standard = Profile(
        kreis: "Kreis",
        body: "Steuerungsgruppe Sozialplanung",
        relevanceLabels: [
            RelevanceLabel(value: .high, label: "in hohem Maße steuerungsrelevant", points: "ab 52 Pkt."),
            RelevanceLabel(value: .low, label: "weniger steuerungsrelevant", points: "bis 39 Pkt."),
            RelevanceLabel(value: .relevant, label: "steuerungsrelevant", points: "ab 40 Pkt."),
        ],
        dossierRelevance: [.high, .relevant],
        dossierName: "Sozialplanung Fokus {year}",
        leadOffice: "Stabsstelle Sozialplanung und Steuerung"
    )
}
