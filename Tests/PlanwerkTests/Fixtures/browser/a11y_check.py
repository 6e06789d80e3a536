"""Checks generated pages in headless Chromium: axe-core (axe-selenium-python) violations by impact, and
whether the page fits a 360 px wide phone screen (no horizontal scrolling of the page).
Usage: python3 a11y_check.py PAGE.html [PAGE.html ...]; prints one JSON object per page."""
import json
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

options = Options()
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=360,800"):
    options.add_argument(arg)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
# Headless windows are at least 500 px wide: the phone's 360 px come from device emulation.
driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 800, "deviceScaleFactor": 2, "mobile": True})
report = {}
try:
    for page in sys.argv[1:]:
        driver.get("file://" + page)
        axe = Axe(driver)
        axe.inject()
        results = axe.run()
        violations = [{"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"]),
                       "target": v["nodes"][0]["target"] if v["nodes"] else []} for v in results["violations"]]
        width = driver.execute_script("return document.documentElement.scrollWidth")
        viewport = driver.execute_script("return window.innerWidth")
        report[page] = {"violations": violations, "scrollWidth": width, "viewport": viewport}
finally:
    driver.quit()
json.dump(report, sys.stdout, ensure_ascii=False)
