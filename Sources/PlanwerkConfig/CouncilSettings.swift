import Foundation
import PlanwerkModel

/// The Kreis's settings for council papers (inputs/vorlagen.json): numbering, the office, routes by
/// Handlungsfeld; and the committee calendar (inputs/gremien.json) and the Handlungsfeld assignments
/// (inputs/handlungsfelder.json).
public struct CouncilSettings: Sendable, Codable {
    /// The head fields that come from the office.
    public struct Office: Sendable, Codable, Hashable {
        public var kreis: String
        public var lead: String
        public var involved: String
        public var clerk: String
        public var status: String
        /// The person who handles the papers (Bearbeiter/-in), nil when not configured.
        public var clerkName: String?
        /// The signature block's lines ("Im Auftrag", a name, a function), empty when not configured.
        public var signature: [String]?

        public init(kreis: String, lead: String, involved: String, clerk: String, status: String, clerkName: String? = nil, signature: [String]? = nil) {
            self.kreis = kreis
            self.lead = lead
            self.involved = involved
            self.clerk = clerk
            self.status = status
            self.clerkName = clerkName
            self.signature = signature
        }
    }

    /// Numbering of one paper type: "{kuerzel}/{jahr}/{nummer}" with the number from `start` on.
    public struct Numbering: Sendable, Codable, Hashable {
        public var abbreviation: String
        public var start: Int
        public var digits: Int

        public init(abbreviation: String, start: Int, digits: Int) {
            self.abbreviation = abbreviation
            self.start = start
            self.digits = digits
        }
    }

    /// A step of a route: committee and role (the date comes from the calendar).
    public struct RouteStep: Sendable, Codable, Hashable {
        public var committee: String
        public var role: String

        public init(committee: String, role: String) {
            self.committee = committee
            self.role = role
        }
    }

    /// A committee and its meeting dates.
    public struct Committee: Sendable, Codable, Hashable {
        public var name: String
        public var meetings: [String]

        public init(name: String, meetings: [String]) {
            self.name = name
            self.meetings = meetings
        }
    }

    public var office: Office
    /// Vorlagen-Nr. pattern with {kuerzel}, {jahr}, {nummer}.
    public var numberPattern: String
    /// Numbering per paper type key ("mitteilungsvorlage", "beschlussvorlage").
    public var numbering: [String: Numbering]
    /// Routes by Handlungsfeld.
    public var routes: [String: [RouteStep]]
    /// The route of a recommendation without (or with an unrouted) Handlungsfeld.
    public var defaultRoute: [RouteStep]
    /// The committee calendar.
    public var committees: [Committee] = []
    /// Handlungsfeld by recommendation title.
    public var fieldAssignments: [String: String] = [:]

    enum CodingKeys: String, CodingKey {
        case office = "geschaeftsstelle", numberPattern = "nummernmuster", numbering = "nummerierung", routes = "routen",
             defaultRoute = "standardroute"
    }
}

extension CouncilSettings.Office {
    enum CodingKeys: String, CodingKey {
        case kreis, lead = "federfuehrend", involved = "beteiligt", clerk = "bearbeitung", status, clerkName = "bearbeiterin",
             signature = "unterzeichnung"
    }
}

extension CouncilSettings.Numbering {
    enum CodingKeys: String, CodingKey { case abbreviation = "kuerzel", start = "start", digits = "stellen" }
}

extension CouncilSettings.RouteStep {
    enum CodingKeys: String, CodingKey { case committee = "gremium", role = "zustaendigkeit" }
}

extension CouncilSettings.Committee {
    enum CodingKeys: String, CodingKey { case name, meetings = "sitzungen" }
}
