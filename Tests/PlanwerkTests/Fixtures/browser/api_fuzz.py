"""Schemathesis against a live `planwerk serve` with a small, seeded budget: every answer of every operation in
schemas/planwerk-api.yaml must be no server error, have a documented status code and content type, and match its
schema. Logged in as a user with every role (cookie and CSRF token sent), so mutations are exercised too; logging
out (DELETE /session) is left out, as it would end the run's session.
Usage: python3 api_fuzz.py PLANWERK_BINARY INPUTS_TEMPLATE SCHEMA WORKDIR; exits with schemathesis' status."""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

binary, template, schema, work = sys.argv[1:5]
inputs, outputs = os.path.join(work, "inputs"), os.path.join(work, "outputs")
shutil.copytree(template, inputs)
env = dict(os.environ, SOURCE_DATE_EPOCH="1686000000")
subprocess.run([binary, "user", "add", "pruefer", "--role", "release", "--inputs", inputs], input="alles-pruefen\n", text=True, check=True,
               env=env, capture_output=True)
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
base = "http://127.0.0.1:%d" % port
server = subprocess.Popen([binary, "serve", "--listen", "127.0.0.1:%d" % port, "--inputs", inputs, "--outputs", outputs],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
try:
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/anmelden", timeout=1)
            break
        except Exception:
            time.sleep(0.2)
    request = urllib.request.Request(base + "/api/v1/session", data=json.dumps({"name": "pruefer", "password": "alles-pruefen"}).encode(),
                                     headers={"Content-Type": "application/json"})
    answer = urllib.request.urlopen(request)
    cookie = answer.headers["Set-Cookie"].split(";")[0]
    token = json.load(answer)["csrfToken"]
    result = subprocess.run(["schemathesis", "run", schema, "--url", base + "/api/v1", "-H", "Cookie: " + cookie, "-H", "X-CSRF-Token: " + token,
                             "--exclude-method", "DELETE", "--max-examples", os.environ.get("FUZZ_EXAMPLES", "6"), "--seed", "20261205",
                             "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
                             "--phases", "examples,fuzzing", "--workers", "1", "--no-color"],
                            capture_output=True, text=True, timeout=900)
    sys.stdout.write(result.stdout[-6000:])
    sys.stderr.write(result.stderr[-3000:])
finally:
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=60)
sys.exit(result.returncode)
