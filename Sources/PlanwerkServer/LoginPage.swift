/// Anmelden: name and password (a plain form; works without script).
enum LoginPage {
    static func render(next: String, message: String?) -> String {
        let e = HTMLPage.e
        var body = ""
        if let message { body += "<p class=\"error\" role=\"alert\">\(e(message))</p>" }
        body += """
        <form method="post" action="/anmelden" class="login">
        <input type="hidden" name="weiter" value="\(e(next))">
        <p><label for="name">Benutzername</label><input id="name" name="name" autocomplete="username" required autofocus></p>
        <p><label for="password">Passwort</label><input id="password" name="password" type="password" autocomplete="current-password" required></p>
        <p><button type="submit">Anmelden</button></p>
        </form>
        """
        return HTMLPage.render(title: "Anmelden", session: nil, body: body)
    }
}
