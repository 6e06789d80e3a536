/// Whether a recommendation is a voluntary or a mandatory service.
public enum ServiceKind: String, Codable, Sendable {
    /// freiwillige Leistung.
    case voluntary
    /// Pflichtleistung / pflichtige Leistung.
    case mandatory
}
