import PlanwerkModel

/// What a person does about a finding, in plain German, by rule: the Prüfbericht and the overview say it
/// beside each finding (the rule's id stays in the record for tools).
public enum FindingAdvice {
    /// The next step for a finding.
    public static func nextStep(_ f: Finding) -> String {
        advice[f.rule] ?? "Die Angabe im Original prüfen und, wo sie falsch gelesen wurde, berichtigen."
    }

    static let advice: [String: String] = [
        "budget.missing": "Den jährlichen Mitteleinsatz aus dem Detailformular nachtragen oder bei der Fokusgruppe erfragen; ohne ihn entsteht keine versandfähige Vorlage.",
        "budget.arithmetic": "Die Rechnung im Detailformular mit der Fokusgruppe klären: der genannte Betrag und das Ergebnis der Rechnung stimmen nicht überein.",
        "budget.implausible": "Den Betrag im Original prüfen: er ist unplausibel hoch oder negativ (vermutlich ein Lese- oder Tippfehler).",
        "budget.unparsed": "Den Betrag im Original prüfen und als Eurobetrag nachtragen.",
        "serviceType.missing": "Angeben, ob die Empfehlung eine freiwillige Leistung oder eine Pflichtleistung ist.",
        "serviceType.unclassified": "Die Art der Leistung eindeutig als freiwillige Leistung oder Pflichtleistung festlegen.",
        "strategicGoals.missing": "Die Nummer des strategischen Ziels (etwa 3.1) nachtragen, auf das sich die Empfehlung bezieht.",
        "strategicGoals.unknown": "Die Zielnummer mit dem Katalog der strategischen Ziele (inputs/strategic-goals.xml) abgleichen.",
        "details.missing": "Das Detailformular der Handlungsempfehlung beschaffen und mit dem Protokoll in inputs/protocols/ ablegen; ohne es kann keine versandfähige Vorlage entstehen.",
        "details.truncated": "Das Detailformular im Original prüfen: es endet vorzeitig, Angaben fehlen vermutlich.",
        "decision.inconsistent": "Die Entscheidung im Protokoll prüfen: Einschätzung und Aufnahme in das Planungsdossier widersprechen sich.",
        "recommendation.duplicate": "Prüfen, welche der Entscheidungen gilt, und die andere berichtigen.",
        "votes.unreadable": "Die Stimmenzahlen aus dem Original übertragen.",
        "correction.conflict": "Im Protokoll nachsehen, welcher Wert gilt, und ihn mit planwerk correct neu festhalten oder mit planwerk confirm bestätigen.",
        "correction.invalid": "Die Berichtigung mit einem passenden Wert wiederholen (planwerk facts zeigt die Form der Angabe).",
        "correction.unreadable": "Die genannte Datei in inputs/korrekturen oder inputs/freigaben reparieren; bis dahin wird sie nicht angewendet.",
        "correction.orphaned": "Prüfen, ob die Berichtigung noch gebraucht wird, und sie sonst mit planwerk correct --undo zurücknehmen.",
        "release.withdrawn": "Die geänderten Angaben prüfen und die Sitzung mit planwerk release erneut freigeben.",
    ]
}
