/// Hochladen: one or several protocols (PDF, text, Markdown, HTML) by file choice or drag and drop; the job pages
/// show the progress.
enum UploadPage {
    static func render(session: Session, jobs: [BackgroundJob]) -> String {
        let e = HTMLPage.e
        var body = """
        <form method="post" action="/hochladen" enctype="multipart/form-data" class="upload" id="upload-form">
        \(HTMLPage.csrfField(session))
        <div class="dropzone" id="dropzone"><p>Protokolle hierher ziehen oder auswählen (PDF, Text, Markdown, HTML; höchstens 50 MB)</p>
        <label for="file">Dateien</label> <input id="file" name="file" type="file" multiple required
        accept=".pdf,.txt,.md,.html,.htm,application/pdf,text/plain,text/markdown,text/html"></div>
        <p><button type="submit">Hochladen und verarbeiten</button></p>
        </form>
        """
        if !jobs.isEmpty {
            body += "<section><h2>Letzte Verarbeitungen</h2><ul class=\"jobs\">"
            for job in jobs {
                body += "<li><a href=\"/auftraege/\(e(job.id))\">\(e(job.originalNames.isEmpty ? "Neuberechnung" : job.originalNames.joined(separator: ", ")))</a> – \(e(job.state.german))</li>"
            }
            body += "</ul></section>"
        }
        return HTMLPage.render(title: "Hochladen", session: session, active: "/hochladen", body: body)
    }
}
