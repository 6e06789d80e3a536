import Hummingbird

/// The workspace's stylesheet and script, served from /static (the CSP allows scripts and styles from here only).
enum StaticAssets {
    static func add(to router: Router<WorkspaceContext>) {
        router.get("static/app.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: ByteBuffer(string: css)))
        }
        router.get("static/app.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: script)))
        }
    }

    static let css = """
    :root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --accent: #00508c; --warn: #8a4b00; --bad: #a00000; --good: #1d6b2a; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 1rem/1.5 system-ui, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
    .skip { position: absolute; left: -999px; } .skip:focus { left: 0.5rem; top: 0.5rem; background: #fff; padding: 0.25rem; z-index: 2; }
    header { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; padding: 0.5rem 1rem; background: #eef3f8; border-bottom: 1px solid var(--line); }
    .brand { font-weight: 700; }
    nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; list-style: none; margin: 0; padding: 0; }
    nav a[aria-current="page"] { font-weight: 700; text-decoration: underline; }
    a { color: var(--accent); }
    a:focus, button:focus, input:focus, select:focus, .fact:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
    main { padding: 1rem; max-width: 72rem; overflow-wrap: anywhere; }
    code { overflow-wrap: anywhere; word-break: break-all; }
    h1 { font-size: 1.5rem; margin-top: 0; } h2 { font-size: 1.2rem; }
    table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    .meetings { display: block; overflow-x: auto; }
    label { display: inline-block; margin-right: 0.5rem; }
    input, select, button { font: inherit; padding: 0.3rem 0.5rem; max-width: 100%; }
    button { background: var(--accent); color: #fff; border: 1px solid var(--accent); border-radius: 3px; cursor: pointer; }
    .logout button { background: #fff; color: var(--accent); }
    .error { color: var(--bad); } .note { color: var(--muted); }
    .state { font-weight: 600; } .state-freigegeben { color: var(--good); } .state-konflikt, .state-entwurf { color: var(--bad); } .state-offen { color: var(--warn); }
    .facts { list-style: none; padding: 0; }
    .fact { border: 1px solid var(--line); border-left: 6px solid var(--line); padding: 0.5rem; margin: 0.5rem 0; }
    .fact.state-conflict { border-left-color: var(--bad); } .fact.state-confirmed { border-left-color: var(--good); } .fact.state-corrected { border-left-color: var(--accent); }
    .fact.selected { background: #fffbe6; }
    .fact-head { display: flex; flex-wrap: wrap; gap: 0.5rem; } .fact-head .label { font-weight: 700; } .confidence, .key { color: var(--muted); font-size: 0.9rem; }
    .source img { max-width: 100%; height: auto; border: 1px solid var(--line); }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: 0.5rem; }
    mark { background: #ffe98a; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; } .actions form { margin: 0; }
    .dropzone { border: 2px dashed var(--line); padding: 1rem; } .dropzone.over { border-color: var(--accent); background: #eef3f8; }
    progress { width: 100%; max-width: 30rem; height: 1.25rem; }
    kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 0.3rem; }
    @media (max-width: 480px) { main { padding: 0.5rem; } header { padding: 0.5rem; } th, td { padding: 0.2rem; } }
    """

    static let script = """
    "use strict";
    (function () {
      // j/k: next/previous fact; Enter on a fact: confirm it.
      var facts = Array.prototype.slice.call(document.querySelectorAll("li.fact"));
      var current = -1;
      function select(i) {
        if (!facts.length) return;
        current = Math.max(0, Math.min(facts.length - 1, i));
        facts.forEach(function (f) { f.classList.remove("selected"); });
        facts[current].classList.add("selected");
        facts[current].focus();
      }
      document.addEventListener("keydown", function (event) {
        var t = event.target;
        if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA" || t.tagName === "BUTTON")) return;
        if (event.key === "j") { select(current + 1); event.preventDefault(); }
        else if (event.key === "k") { select(current - 1); event.preventDefault(); }
        else if (event.key === "Enter" && t && t.classList && t.classList.contains("fact")) {
          var form = t.querySelector("form.confirm");
          if (form) { form.submit(); event.preventDefault(); }
        }
      });
      facts.forEach(function (f, i) { f.addEventListener("focus", function () { current = i; }); });
      if (location.hash) { var i = facts.findIndex(function (f) { return "#" + f.id === location.hash; }); if (i >= 0) current = i; }

      // Drag and drop onto the upload form.
      var zone = document.getElementById("dropzone"), input = document.getElementById("file");
      if (zone && input) {
        ["dragenter", "dragover"].forEach(function (n) { zone.addEventListener(n, function (e) { e.preventDefault(); zone.classList.add("over"); }); });
        ["dragleave", "drop"].forEach(function (n) { zone.addEventListener(n, function (e) { e.preventDefault(); zone.classList.remove("over"); }); });
        zone.addEventListener("drop", function (e) { if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; } });
      }

      // Live progress of a job.
      var job = document.getElementById("job");
      if (job && (job.dataset.state === "queued" || job.dataset.state === "running")) {
        var poll = function () {
          fetch("/api/v1/jobs/" + encodeURIComponent(job.dataset.job), { credentials: "same-origin" })
            .then(function (r) { return r.json(); })
            .then(function (body) {
              var j = body.job;
              document.getElementById("job-progress").value = Math.round(j.progress * 100);
              document.getElementById("job-state").textContent = "Stand: " + j.stateText + (j.total > 0 ? " (" + j.done + " von " + j.total + " Quellen)" : "");
              if (j.state === "done" || j.state === "failed") { location.reload(); } else { setTimeout(poll, 1000); }
            })
            .catch(function () { setTimeout(poll, 3000); });
        };
        setTimeout(poll, 1000);
      }
    })();
    """
}
