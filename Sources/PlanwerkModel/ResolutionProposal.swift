/// A proposed resolution (Beschlussformulierung) for one Handlungsansatz, with its alternatives.
public struct ResolutionProposal: Codable, Sendable, Hashable {
    /// The Handlungsansatz it belongs to.
    public var approach: String
    /// The proposed wording.
    public var text: String
    /// "Alternativ:" wordings.
    public var alternatives: [String]
    /// Where it is stated.
    public var evidence: [Evidence]

    /// Creates a resolution proposal.
    public init(approach: String, text: String, alternatives: [String] = [], evidence: [Evidence] = []) {
        self.approach = approach
        self.text = text
        self.alternatives = alternatives
        self.evidence = evidence
    }
}
