import Foundation

/// libxml2's messages (English) in German, for the people who edit templates and catalogues: the frequent
/// parser and schema errors by their fixed wording, names and values kept; anything else is shown as
/// libxml2 wrote it, introduced as such.
enum XMLMessage {
    /// (pattern, German template with $1, $2 … for the captured parts).
    static let translations: [(String, String)] = [
        (#"^Element '([^']+)': The attribute '([^']+)' is required but missing\.$"#, "Element „$1“: Pflichtattribut „$2“ fehlt"),
        (#"^Element '([^']+)': Missing child element\(s\)\. Expected is \( ?(.+?) ?\)\.$"#, "Element „$1“: ein Unterelement fehlt (erwartet: $2)"),
        (#"^Element '([^']+)': This element is not expected\. Expected is \( ?(.+?) ?\)\.$"#, "Element „$1“ ist hier nicht erlaubt (erwartet: $2)"),
        (#"^Element '([^']+)': This element is not expected\.$"#, "Element „$1“ ist hier nicht erlaubt"),
        (#"^Element '([^']+)', attribute '([^']+)': The attribute '[^']+' is not allowed\.$"#, "Element „$1“: Attribut „$2“ ist nicht erlaubt"),
        (#"^Element '([^']+)', attribute '([^']+)': \[facet '[^']+'\] The value '(.*)' is not accepted by the pattern '(.*)'\.$"#,
         "Element „$1“, Attribut „$2“: Wert „$3“ hat nicht die erwartete Form ($4)"),
        (#"^Element '([^']+)': \[facet '[^']+'\] The value '(.*)' is not accepted by the pattern '(.*)'\.$"#,
         "Element „$1“: Wert „$2“ hat nicht die erwartete Form ($3)"),
        (#"^Element '([^']+)', attribute '([^']+)': \[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.$"#,
         "Element „$1“, Attribut „$2“: „$3“ ist keiner der erlaubten Werte ($4)"),
        (#"^Element '([^']+)': \[facet 'minLength'\] The value has a length of '(\d+)'; this underruns the allowed minimum length of '(\d+)'\.$"#,
         "Element „$1“: Text zu kurz ($2 Zeichen, mindestens $3)"),
        (#"^Element '([^']+)', attribute '([^']+)': \[facet 'minLength'\] The value has a length of '(\d+)'; this underruns the allowed minimum length of '(\d+)'\.$"#,
         "Element „$1“, Attribut „$2“: zu kurz ($3 Zeichen, mindestens $4)"),
        (#"^Element '([^']+)': \[facet 'maxLength'\] The value has a length of '(\d+)'; this exceeds the allowed maximum length of '(\d+)'\.$"#,
         "Element „$1“: Text zu lang ($2 Zeichen, höchstens $3)"),
        (#"^Element '([^']+)', attribute '([^']+)': \[facet 'maxLength'\] The value has a length of '(\d+)'; this exceeds the allowed maximum length of '(\d+)'\.$"#,
         "Element „$1“, Attribut „$2“: zu lang ($3 Zeichen, höchstens $4)"),
        (#"^Element '([^']+)', attribute '([^']+)': '(.*)' is not a valid value of the atomic type '([^']+)'\.$"#,
         "Element „$1“, Attribut „$2“: „$3“ ist kein gültiger Wert (Typ $4)"),
        (#"^Element '([^']+)': '(.*)' is not a valid value of the (?:atomic|local atomic) type '?([^']*)'?\.$"#,
         "Element „$1“: „$2“ ist kein gültiger Wert ($3)"),
        (#"^Element '([^']+)': Duplicate key-sequence \['?(.*?)'?\] in (?:unique|key) identity-constraint '([^']+)'\.$"#,
         "Element „$1“: Wert „$2“ kommt doppelt vor"),
        (#"^Element '([^']+)': Character content other than whitespace is not allowed because the content type is 'element-only'\.$"#,
         "Element „$1“: hier ist kein Text erlaubt, nur Unterelemente"),
        (#"^Element '([^']+)': No matching global declaration available for the validation root\.$"#,
         "„$1“ ist nicht das erwartete Wurzelelement"),
        (#"^Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)$"#, "Start- und End-Tag passen nicht zusammen: „$1“ (Zeile $2) und „$3“"),
        (#"^Premature end of data in tag (\S+) line (\d+)$"#, "Datei endet mitten im Element „$1“ (Zeile $2)"),
        (#"^EndTag: '</' not found$"#, "End-Tag fehlt"),
        (#"^Start tag expected, '<' not found$"#, "kein XML: „<“ erwartet"),
        (#"^Document is empty$"#, "Dokument ist leer"),
        (#"^Extra content at the end of the document$"#, "weiterer Inhalt nach dem Ende des Dokuments"),
        (#"^Entity '([^']+)' not defined$"#, "Entität „$1“ ist nicht definiert (Entitäten sind nicht erlaubt; „&“ als „&amp;“ schreiben)"),
        (#"^xmlParseEntityRef: no name$"#, "„&“ ohne Namen (als „&amp;“ schreiben)"),
        (#"^Couldn't find end of Start Tag (\S+) line (\d+)$"#, "Start-Tag „$1“ (Zeile $2) ist nicht abgeschlossen"),
        (#"^Specification mandates value for attribute (\S+)$"#, "Attribut „$1“ ohne Wert"),
        (#"^AttValue: \" or ' expected$"#, "Attributwert ohne Anführungszeichen"),
        (#"^attributes construct error$"#, "fehlerhafte Attribute"),
        (#"^Attribute (\S+) redefined$"#, "Attribut „$1“ doppelt"),
        (#"^StartTag: invalid element name$"#, "ungültiger Elementname"),
        (#"^Input is not proper UTF-8, indicate encoding !.*$"#, "kein gültiges UTF-8 (Kodierung in der XML-Deklaration angeben)"),
        (#"^Unsupported encoding (.+)$"#, "Kodierung „$1“ wird nicht unterstützt"),
        (#"^Comment not terminated.*$"#, "Kommentar nicht abgeschlossen"),
        (#"^Detected an entity reference loop$"#, "Entitäten verweisen im Kreis aufeinander (Entitäten sind nicht erlaubt)"),
    ]

    static let compiled: [(NSRegularExpression, String)] = translations.map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    /// The German message for one of libxml2's.
    static func german(_ english: String) -> String {
        let range = NSRange(english.startIndex..., in: english)
        for (regex, template) in compiled {
            guard let match = regex.firstMatch(in: english, range: range) else { continue }
            return regex.replacementString(for: match, in: english, offset: 0, template: template)
        }
        return "XML-Fehler (libxml2: \(english))"
    }
}
