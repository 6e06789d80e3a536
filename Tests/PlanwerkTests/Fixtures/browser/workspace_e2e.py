"""End to end through `planwerk serve` in headless Chromium (selenium): log in, upload a scanned protocol, wait for
its record, correct the budget, confirm the rest, release as a second person, generate a Beschlussvorlage, download
its ODT and read the corrected amount in it; axe-core on every page (serious and critical violations are reported),
and every page at 360 px without horizontal scrolling. Then SIGTERM: the server must stop cleanly.
Usage: python3 workspace_e2e.py PLANWERK_BINARY INPUTS_TEMPLATE SCAN_PDF WORKDIR; prints one JSON object."""
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

binary, template, scan, work = sys.argv[1:5]
inputs, outputs = os.path.join(work, "inputs"), os.path.join(work, "outputs")
shutil.copytree(template, inputs, ignore=shutil.ignore_patterns("protocols"))
os.makedirs(os.path.join(inputs, "protocols"))
env = dict(os.environ, SOURCE_DATE_EPOCH="1686000000")
for name, role, password in (("anna", "edit", "bearbeiten-1"), ("bert", "release", "freigeben-1")):
    subprocess.run([binary, "user", "add", name, "--role", role, "--inputs", inputs], input=password + "\n", text=True, check=True,
                   env=env, capture_output=True)

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
base = "http://127.0.0.1:%d" % port
log = open(os.path.join(work, "serve.log"), "w")
server = subprocess.Popen([binary, "serve", "--listen", "127.0.0.1:%d" % port, "--inputs", inputs, "--outputs", outputs],
                          stdout=log, stderr=subprocess.STDOUT, env=env)
report = {"steps": [], "axe": {}, "wide": [], "errors": []}
for _ in range(100):
    try:
        urllib.request.urlopen(base + "/anmelden", timeout=1)
        break
    except Exception:
        time.sleep(0.2)

options = Options()
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900"):
    options.add_argument(arg)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.implicitly_wait(2)


def check_page(label):
    """axe on the page, then its width at 360 px."""
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    report["axe"][label] = [{"id": v["id"], "impact": v["impact"], "target": v["nodes"][0]["target"] if v["nodes"] else []}
                            for v in results["violations"] if v["impact"] in ("serious", "critical")]
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": True})
    if driver.execute_script("return document.documentElement.scrollWidth") > 362:
        report["wide"].append(label)
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def submit(button):
    """Clicks a form's button and waits for the next page."""
    old = driver.find_element(By.TAG_NAME, "html")
    button.click()
    WebDriverWait(driver, 30).until(expected_conditions.staleness_of(old))


def login(name, password):
    driver.get(base + "/")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    submit(driver.find_element(By.CSS_SELECTOR, "form.login button"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Übersicht", driver.page_source[:500]


def logout():
    submit(driver.find_element(By.CSS_SELECTOR, "form.logout button"))


def fact(key):
    anchor = "fakt-" + "".join(c if c.isascii() and c.isalnum() else "-" for c in key)
    return driver.find_element(By.ID, anchor)


try:
    driver.get(base + "/anmelden")
    check_page("Anmelden")
    login("anna", "bearbeiten-1")
    check_page("Übersicht")
    driver.get(base + "/hochladen")
    check_page("Hochladen")
    driver.find_element(By.ID, "file").send_keys(scan)
    submit(driver.find_element(By.CSS_SELECTOR, "#upload-form button"))
    report["steps"].append("hochgeladen")
    meeting = None
    for _ in range(240):
        links = driver.find_elements(By.CSS_SELECTOR, "#job-meetings a")
        errors = driver.find_elements(By.CSS_SELECTOR, "#job-errors li")
        if links or errors:
            break
        time.sleep(0.5)
        if _ % 6 == 5:
            driver.refresh()
    check_page("Verarbeitung")
    report["jobErrors"] = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#job-errors li")]
    links = driver.find_elements(By.CSS_SELECTOR, "#job-meetings a")
    meeting = links[0].get_attribute("href").rsplit("/", 1)[1]
    report["meeting"] = meeting
    links[0].click()
    check_page("Sitzung prüfen")
    key = "recommendations/uebernahme-der-mitgliedsbeitraege-im-sportverein/details.annualBudget.amountEUR"
    item = fact(key)
    report["budgetBefore"] = item.find_element(By.CSS_SELECTOR, ".value").text
    report["pageImages"] = len(driver.find_elements(By.CSS_SELECTOR, "figure.source img"))
    value = item.find_element(By.CSS_SELECTOR, "form.correct input[name=value]")
    value.clear()
    value.send_keys("118000")
    item.find_element(By.CSS_SELECTOR, "form.correct input[name=reason]").send_keys("Beschluss des Jugendhilfeausschusses")
    submit(item.find_element(By.CSS_SELECTOR, "form.correct button"))
    report["budgetAfter"] = fact(key).find_element(By.CSS_SELECTOR, ".value").text
    report["budgetState"] = fact(key).find_element(By.CSS_SELECTOR, ".state").text
    # Keyboard: j moves to a fact, Enter confirms it.
    driver.find_element(By.TAG_NAME, "body").send_keys("j")
    focused = driver.switch_to.active_element.get_attribute("id")
    old = driver.find_element(By.TAG_NAME, "html")
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(driver, 30).until(expected_conditions.staleness_of(old))
    report["keyboardConfirmed"] = driver.find_element(By.ID, focused).find_element(By.CSS_SELECTOR, ".state").text
    submit(driver.find_element(By.CSS_SELECTOR, "section.release form button"))
    report["steps"].append("bestätigt")
    logout()
    login("bert", "freigeben-1")
    driver.get(base + "/sitzungen/" + meeting)
    buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, "section.release form button") if b.text == "Sitzung freigeben"]
    submit(buttons[0])
    report["release"] = driver.find_element(By.CSS_SELECTOR, "section.release p").text
    driver.get(base + "/befunde")
    check_page("Befunde")
    driver.get(base + "/vorlagen?sitzung=" + meeting)
    check_page("Vorlagen")
    driver.find_element(By.ID, "recommendation").send_keys("Sportverein")
    submit(driver.find_element(By.CSS_SELECTOR, "form[action='/vorlagen'] button"))
    report["paperState"] = driver.find_element(By.CSS_SELECTOR, "section.paper .state").text
    report["paperReasons"] = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "section.paper ul li")]
    report["paperPreview"] = "118.000" in driver.find_element(By.CSS_SELECTOR, "pre.preview").get_attribute("textContent")
    odt = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "section.paper a") if a.text == "ODT"][0]
    cookie = "; ".join("%s=%s" % (c["name"], c["value"]) for c in driver.get_cookies())
    response = urllib.request.urlopen(urllib.request.Request(odt, headers={"Cookie": cookie}))
    report["odtDisposition"] = response.headers.get("Content-Disposition")
    content = zipfile.ZipFile(io.BytesIO(response.read())).read("content.xml").decode("utf-8")
    report["odtAmount"] = "118.000" in content
    for path, label in (("/dossier", "Dossier"), ("/suche?q=Sportverein", "Suche"), ("/verlauf?title=Sportverein", "Verlauf")):
        driver.get(base + path)
        check_page(label)
    report["searchHits"] = len(driver.find_elements(By.CSS_SELECTOR, "ol.timeline li"))
except Exception as error:  # the report says where it stopped
    report["errors"].append("%s: %s" % (type(error).__name__, error))
    report["page"] = driver.page_source[:3000]
finally:
    driver.quit()
    server.send_signal(signal.SIGTERM)
    try:
        report["exit"] = server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        report["exit"] = "hängt"
    log.close()
    report["log"] = open(os.path.join(work, "serve.log")).read()[-2000:]
json.dump(report, sys.stdout, ensure_ascii=False)
