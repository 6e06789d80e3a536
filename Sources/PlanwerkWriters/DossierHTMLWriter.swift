import PlanwerkReport

/// Renders the Planungsdossier as one self-contained HTML page that works like the Kreis's app: the
/// recommendations filtered by Handlungsfeld, Steuerungsrelevanz, Jahr and Status and by free text, each
/// opening as an accordion (`details`/`summary`, keyboard-accessible) with its detail form; the goal
/// proposals' votes as an inline SVG bar chart. No external resources; every text is escaped.
public enum DossierHTMLWriter {
    static let style = """
    :root{--akzent:#1d4f7a}*{box-sizing:border-box}
    body{font-family:"Liberation Sans",Arial,sans-serif;margin:0 auto;max-width:60em;padding:1em;line-height:1.45;color:#111}
    h1{color:var(--akzent);font-size:1.7em}h2{border-bottom:2px solid var(--akzent);margin-top:1.8em}h3{margin:1.2em 0 .4em}
    table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}
    .filter{display:flex;flex-wrap:wrap;gap:.6em;background:#f2f5f8;padding:.8em;border-radius:6px;position:sticky;top:0;z-index:1}
    .filter label{display:flex;flex-direction:column;font-size:.85em;flex:1 1 11em}
    .filter select,.filter input{font-size:1rem;padding:.35em;min-height:2.4em}
    details.empfehlung{border:1px solid #c6d0da;border-radius:6px;margin:.5em 0;background:#fff}
    details.empfehlung>summary{cursor:pointer;padding:.6em .8em;font-weight:bold;list-style-position:inside}
    details.empfehlung>summary:focus{outline:3px solid #f5a623;outline-offset:2px}
    details.empfehlung[open]>summary{border-bottom:1px solid #c6d0da}.inhalt{padding:.6em .8em}
    .marke{display:inline-block;font-size:.75em;font-weight:normal;background:#e3ebf3;border-radius:3px;padding:0 .4em;margin-left:.4em}
    .marke.high{background:#1d4f7a;color:#fff}.anzahl{font-size:.9em;color:#444}[hidden]{display:none!important}
    svg text{font-size:12px;font-family:inherit}
    @media (max-width:40em){body{padding:.5em}.filter{position:static}th,td{padding:.25em}}
    @media print{.filter,.anzahl{display:none}details.empfehlung{break-inside:avoid}h2{break-after:avoid}}
    """

    static let script = """
    (function(){
      var items=[].slice.call(document.querySelectorAll('details.empfehlung'));
      var f={feld:document.getElementById('f-feld'),relevanz:document.getElementById('f-relevanz'),jahr:document.getElementById('f-jahr'),status:document.getElementById('f-status'),text:document.getElementById('f-text')};
      var count=document.getElementById('anzahl');
      function apply(){
        var q=f.text.value.trim().toLowerCase(),shown=0;
        items.forEach(function(el){
          var ok=(!f.feld.value||el.dataset.feld===f.feld.value)&&(!f.relevanz.value||el.dataset.relevanz===f.relevanz.value)&&
                 (!f.jahr.value||el.dataset.jahr===f.jahr.value)&&(!f.status.value||el.dataset.status===f.status.value)&&
                 (!q||el.textContent.toLowerCase().indexOf(q)>=0);
          el.hidden=!ok;if(ok){shown++;}
        });
        [].slice.call(document.querySelectorAll('.gruppe')).forEach(function(g){
          g.hidden=!g.querySelector('details.empfehlung:not([hidden])');
        });
        count.textContent=shown+(shown===1?' Handlungsempfehlung':' Handlungsempfehlungen');
      }
      ['feld','relevanz','jahr','status'].forEach(function(k){f[k].addEventListener('change',apply);});
      f.text.addEventListener('input',apply);
      window.addEventListener('beforeprint',function(){items.forEach(function(el){el.open=true;});});
      apply();
    })();
    """

    /// The HTML page.
    public static func render(_ d: Dossier) -> String {
        let all = d.takenIn + d.notTakenIn + d.earlier
        var out = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"date\" content=\"\(e(d.date))\">\n"
        out += "<title>\(e(d.title))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
        out += "<header><p>\(e(d.kreis))</p><h1>\(e(d.title))</h1></header>\n<main>\n"
        out += "<section id=\"vorwort\"><h2>Vorwort</h2><p>\(e(d.foreword))</p></section>\n"
        out += "<section id=\"zielvorschlaege\"><h2>Sozialpolitische Zielvorschläge \(d.year)</h2>\n" + goals(d.goals) + "</section>\n"
        out += "<section id=\"empfehlungen\"><h2>Handlungsempfehlungen</h2>\n"
        out += "<form class=\"filter\" role=\"search\" onsubmit=\"return false\">\n"
        out += select("f-feld", "Handlungsfeld", Array(Set(all.map(\.field))).sorted().map { ($0, $0) })
        out += select("f-relevanz", "Steuerungsrelevanz", [("high", "in hohem Maße steuerungsrelevant"), ("relevant", "steuerungsrelevant"), ("low", "weniger steuerungsrelevant")])
        out += select("f-jahr", "Jahr", Array(Set(all.compactMap(\.year))).sorted().map { (String($0), String($0)) })
        out += select("f-status", "Status", Array(Set(all.map(\.status).filter { !$0.isEmpty })).sorted().map { ($0, $0) })
        out += "<label for=\"f-text\">Suche<input id=\"f-text\" type=\"search\" placeholder=\"Titel, Text, Anmerkung …\"></label>\n</form>\n"
        out += "<p id=\"anzahl\" class=\"anzahl\" aria-live=\"polite\"></p>\n"
        out += "<h3>In das Dossier aufgenommen</h3>\n"
        if d.takenIn.isEmpty { out += "<p>Keine Handlungsempfehlung wurde aufgenommen.</p>\n" }
        for field in d.fields {
            out += "<div class=\"gruppe\"><h4>Handlungsfeld: \(e(field))</h4>\n" + d.takenIn.filter { $0.field == field }.map(entry).joined() + "</div>\n"
        }
        out += "<h3>Nicht aufgenommen</h3>\n<div class=\"gruppe\">" + (d.notTakenIn.isEmpty ? "<p>keine</p>" : d.notTakenIn.map(entry).joined()) + "</div>\n"
        out += "<h3>Stand früherer Handlungsempfehlungen</h3>\n<div class=\"gruppe\">" + (d.earlier.isEmpty ? "<p>keine</p>" : d.earlier.map(entry).joined()) + "</div>\n"
        out += "</section>\n<section id=\"befunde\"><h2>Anhang: offene Prüfbefunde</h2>\n"
        out += d.findings.isEmpty ? "<p>keine</p>\n" : "<ul>" + d.findings.map { "<li><strong>\(e($0.severity))</strong>: \(e($0.recommendation)): \(e($0.message))</li>" }.joined() + "</ul>\n"
        out += "</section>\n<section id=\"quellen\"><h2>Quellen</h2><ul>" + d.sources.map { "<li>\(e($0))</li>" }.joined() + "</ul></section>\n"
        out += "</main>\n<footer><small>Erstellt mit Planwerk am \(e(d.date))</small></footer>\n<script>\n\(script)\n</script>\n</body>\n</html>\n"
        return out
    }

    static func select(_ id: String, _ label: String, _ options: [(String, String)]) -> String {
        "<label for=\"\(id)\">\(e(label))<select id=\"\(id)\"><option value=\"\">alle</option>"
            + options.map { "<option value=\"\(e($0.0))\">\(e($0.1))</option>" }.joined() + "</select></label>\n"
    }

    static func entry(_ x: Dossier.Entry) -> String {
        var out = "<details class=\"empfehlung\" id=\"\(e(x.id))\" data-feld=\"\(e(x.field))\" data-relevanz=\"\(e(x.relevanceKey))\""
        out += " data-jahr=\"\(x.year.map(String.init) ?? "")\" data-status=\"\(e(x.status))\">\n<summary><span class=\"titel\">\(e(x.title))</span>"
        if !x.relevance.isEmpty { out += "<span class=\"marke \(e(x.relevanceKey))\">\(e(x.relevance))</span>" }
        if let y = x.year { out += "<span class=\"marke\">\(y)</span>" }
        if !x.status.isEmpty { out += "<span class=\"marke\">\(e(x.status))</span>" }
        out += "</summary>\n<div class=\"inhalt\">\n<p>Handlungsfeld: \(e(x.field)) · Sitzung vom \(e(x.meetingDate))</p>\n"
        if let reason = x.reason { out += "<p>Nicht aufgenommen: \(e(reason))</p>\n" }
        if !x.comments.isEmpty { out += "<p>Anmerkungen:</p><ul>" + x.comments.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n" }
        if x.details.isEmpty {
            out += "<p>Kein Detailformular in den Quellen.</p>\n"
        } else {
            out += "<table class=\"detailformular\"><caption>Detailformular</caption>" + x.details.map { "<tr><th scope=\"row\">\(e($0.label))</th><td>\(e($0.value))</td></tr>" }.joined() + "</table>\n"
        }
        out += "<p><small>Fundstellen: \(e(x.sources.joined(separator: "; ")))</small></p>\n</div>\n</details>\n"
        return out
    }

    /// The votes as a horizontal bar chart (SVG) and, for screen readers and print, as a table.
    static func goals(_ goals: [Dossier.Goal]) -> String {
        guard !goals.isEmpty else { return "<p>Keine Zielvorschläge.</p>\n" }
        let most = VoteBar.most(goals.flatMap { [$0.agree, $0.disagree] })
        let rowHeight = 40, labelWidth = 330, barWidth = 300
        var svg = "<svg role=\"img\" aria-labelledby=\"diagramm-titel\" viewBox=\"0 0 \(labelWidth + barWidth + 50) \(goals.count * rowHeight + 30)\" width=\"100%\">"
        svg += "<title id=\"diagramm-titel\">Abstimmung über die Zielvorschläge: Stimme zu (blau), Passt für mich nicht (grau)</title>"
        for (i, g) in goals.enumerated() {
            let y = i * rowHeight + 10
            let label = g.title.count > 48 ? String(g.title.prefix(47)) + "…" : g.title
            svg += "<text x=\"0\" y=\"\(y + 14)\">\(e(label))</text>"
            let a = VoteBar.length(g.agree, most: most, width: barWidth), n = VoteBar.length(g.disagree, most: most, width: barWidth)
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(a)\" height=\"14\" fill=\"#1d4f7a\"/><text x=\"\(labelWidth + a + 4)\" y=\"\(y + 12)\">\(g.agree.map(String.init) ?? "?")</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 16)\" width=\"\(n)\" height=\"14\" fill=\"#9aa5b1\"/><text x=\"\(labelWidth + n + 4)\" y=\"\(y + 28)\">\(g.disagree.map(String.init) ?? "?")</text>"
        }
        svg += "</svg>\n"
        let table = "<table><thead><tr><th scope=\"col\">Zielvorschlag</th><th scope=\"col\">Stimme zu</th><th scope=\"col\">Passt für mich nicht</th><th scope=\"col\">Anmerkungen</th></tr></thead><tbody>"
            + goals.map { "<tr><td>\(e($0.title))</td><td>\($0.agree.map(String.init) ?? "nicht lesbar")</td><td>\($0.disagree.map(String.init) ?? "nicht lesbar")</td><td>\(e($0.comments.joined(separator: "; ")))</td></tr>" }.joined()
            + "</tbody></table>\n"
        return svg + table
    }

    static func e(_ s: String) -> String { HTMLWriter.escape(s) }
}
