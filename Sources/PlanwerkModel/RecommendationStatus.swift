/// The council status of an earlier recommendation, as status tables state it.
public enum RecommendationStatus: String, Codable, Sendable, CaseIterable {
    /// Not yet discussed by the council.
    case notDiscussed = "nicht beraten"
    /// Under discussion.
    case inDiscussion = "Beratung"
    /// Discussed and resolved.
    case resolved = "beraten und beschlossen"
}
