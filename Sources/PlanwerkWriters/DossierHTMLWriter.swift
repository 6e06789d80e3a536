import PlanwerkReport

/// Renders the Planungsdossier as one self-contained HTML page that works like the Kreis's app: the
/// recommendations filtered by Handlungsfeld, Steuerungsrelevanz, Jahr and Status and by free text, each
/// opening as an accordion (`details`/`summary`, keyboard-accessible) with its detail form; the goal
/// proposals' votes as an inline SVG bar chart (`VoteChartSVG`). No external resources; every text is escaped.
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
    .entwurf{background:#fff3cd;border:2px solid #8a6d00;padding:.5em .8em;font-weight:bold}
    .druckhinweis{display:none}body{overflow-wrap:break-word;hyphens:auto}svg.diagramm{width:100%;max-width:36em;height:auto}
    @media (max-width:40em){body{padding:.5em}.filter{position:static}th,td{padding:.25em}table{display:block;overflow-x:auto}}
    @media print{.filter,.anzahl{display:none}.druckhinweis:not(:empty){display:block;border:1px solid #000;padding:.3em}details.empfehlung{break-inside:avoid}h2,h3,h4{break-after:avoid}}
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
      var note=document.getElementById('druckhinweis');
      window.addEventListener('beforeprint',function(){
        items.forEach(function(el){el.open=true;});
        var active=['feld','relevanz','jahr','status'].filter(function(k){return f[k].value;}).map(function(k){
          return f[k].labels[0].firstChild.textContent.trim()+': '+f[k].options[f[k].selectedIndex].text;});
        if(f.text.value.trim()){active.push('Suche: „'+f.text.value.trim()+'“');}
        note.textContent=active.length?'Gedruckt mit aktivem Filter ('+active.join(', ')+'): '+count.textContent+' von '+items.length+' werden gezeigt.':'';
      });
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
        if !d.missing.isEmpty {
            out += "<p class=\"entwurf\">ENTWURF – nicht zur Veröffentlichung. Es fehlen: \(e(d.missing.joined(separator: ", "))).</p>\n"
        }
        out += "<p id=\"druckhinweis\" class=\"druckhinweis\"></p>\n"
        out += "<section id=\"vorwort\"><h2>Vorwort</h2><p>\(d.foreword.map(e) ?? "<mark class=\"fehlt\">[FEHLT: Vorwort]</mark>")</p></section>\n"
        out += "<section id=\"zielvorschlaege\"><h2>Sozialpolitische Zielvorschläge \(d.year)</h2>\n" + goals(d)
            + (d.conclusions.isEmpty ? "" : "<h3>Ergebnis der Steuerungsgruppe</h3>\n<ul>" + d.conclusions.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n")
            + "</section>\n"
        out += "<section id=\"empfehlungen\"><h2>Handlungsempfehlungen</h2>\n"
        out += "<form class=\"filter\" role=\"search\" onsubmit=\"return false\">\n"
        out += select("f-feld", "Handlungsfeld", Array(Set(all.map(\.field))).sorted().map { ($0, $0) })
        out += select("f-relevanz", "Steuerungsrelevanz", [("high", "in hohem Maße steuerungsrelevant"), ("relevant", "steuerungsrelevant"), ("low", "weniger steuerungsrelevant")])
        out += select("f-jahr", "Jahr", Array(Set(all.compactMap(\.year))).sorted().map { (String($0), String($0)) })
        out += select("f-status", "Status", Array(Set(all.map(\.status).filter { !$0.isEmpty })).sorted().map { ($0, $0) })
        out += "<label for=\"f-text\">Suche<input id=\"f-text\" type=\"search\" placeholder=\"Titel oder Text …\"></label>\n</form>\n"
        out += "<p id=\"anzahl\" class=\"anzahl\" aria-live=\"polite\"></p>\n"
        out += "<h3>In das Dossier aufgenommen</h3>\n"
        if d.takenIn.isEmpty { out += "<p>Keine Handlungsempfehlung wurde aufgenommen.</p>\n" }
        for field in d.fields {
            out += "<div class=\"gruppe\"><h4>Handlungsfeld: \(e(field))</h4>\n" + d.takenIn.filter { $0.field == field }.map(entry).joined() + "</div>\n"
        }
        out += "<h3>Nicht aufgenommen</h3>\n<div class=\"gruppe\">" + (d.notTakenIn.isEmpty ? "<p>keine</p>" : d.notTakenIn.map(entry).joined()) + "</div>\n"
        out += "<h3>Stand früherer Handlungsempfehlungen</h3>\n<div class=\"gruppe\">" + (d.earlier.isEmpty ? "<p>keine</p>" : d.earlier.map(entry).joined()) + "</div>\n"
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
        if !x.details.isEmpty {
            out += "<table class=\"detailformular\"><caption>Detailformular</caption>" + x.details.map { "<tr><th scope=\"row\">\(e($0.label))</th><td>\(e($0.value))</td></tr>" }.joined() + "</table>\n"
        }
        out += "</div>\n</details>\n"
        return out
    }

    /// The votes as a drawn chart and, for screen readers and print, as a table.
    static func goals(_ d: Dossier) -> String {
        guard !d.goals.isEmpty else { return "<p>Keine Zielvorschläge.</p>\n" }
        let chart = d.voteChart
        let svg = VoteChartSVG.render(chart).svg.replacingOccurrences(of: "<svg ", with: "<svg class=\"diagramm\" ")
        return svg + "\n" + HTMLWriter.table(header: chart.table.header, rows: chart.table.rows)
    }

    static func e(_ s: String) -> String { HTMLWriter.escape(s) }
}
