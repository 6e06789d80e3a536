"""Drives the HTML dossier in headless Chromium (chromium-driver, selenium): filters, search, accordion,
keyboard, console errors, a screenshot. Prints one JSON object with what it saw.
Usage: python3 dossier_check.py DOSSIER.html SCREENSHOT.png ACCORDION_ID"""
import json
import struct
import sys
import zlib

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

html, shot, accordion = sys.argv[1], sys.argv[2], sys.argv[3]
options = Options()
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,1800"):
    options.add_argument(arg)
options.binary_location = "/usr/bin/chromium"
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
result = {}
try:
    driver.get("file://" + html)

    def visible():
        return [e.find_element(By.CSS_SELECTOR, "summary .titel").text
                for e in driver.find_elements(By.CSS_SELECTOR, "details.empfehlung") if e.is_displayed()]

    result["all"] = visible()
    result["count"] = driver.find_element(By.ID, "anzahl").text
    relevance = Select(driver.find_element(By.ID, "f-relevanz"))
    relevance.select_by_value("high")
    result["high"] = visible()
    relevance.select_by_value("")
    search = driver.find_element(By.ID, "f-text")
    search.send_keys("Istanbul")
    result["search"] = visible()
    search.clear()
    search.send_keys(Keys.SPACE, Keys.BACKSPACE)
    result["afterClear"] = len(visible())
    item = driver.find_element(By.ID, accordion)
    table = item.find_element(By.CSS_SELECTOR, "table.detailformular")
    result["detailBefore"] = table.is_displayed()
    summary = item.find_element(By.TAG_NAME, "summary")
    summary.click()
    result["detailAfterClick"] = table.is_displayed()
    summary.send_keys(Keys.ENTER)  # keyboard: closes it again
    result["openAfterEnter"] = item.get_attribute("open") is not None
    summary.send_keys(Keys.ENTER)
    result["detailText"] = table.text
    # Printing with a filter active says so on the printout.
    relevance.select_by_value("high")
    driver.execute_script("window.dispatchEvent(new Event('beforeprint'))")
    result["printNoteFiltered"] = driver.find_element(By.ID, "druckhinweis").get_attribute("textContent")
    relevance.select_by_value("")
    driver.execute_script("window.dispatchEvent(new Event('beforeprint'))")
    result["printNoteAll"] = driver.find_element(By.ID, "druckhinweis").get_attribute("textContent")
    result["errors"] = [l["message"] for l in driver.get_log("browser") if l["level"] == "SEVERE"]
    driver.save_screenshot(shot)
finally:
    driver.quit()

# Not blank: the decoded pixels of the PNG hold more than a handful of different byte values.
with open(shot, "rb") as f:
    png = f.read()
pos, idat = 8, b""
while pos < len(png):
    length, kind = struct.unpack(">I4s", png[pos:pos + 8])
    if kind == b"IDAT":
        idat += png[pos + 8:pos + 8 + length]
    pos += 12 + length
result["screenshotDistinctBytes"] = len(set(zlib.decompress(idat)))
print(json.dumps(result, ensure_ascii=False))
