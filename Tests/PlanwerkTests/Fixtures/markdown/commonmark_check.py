"""Parses Markdown files with a CommonMark parser (markdown-it-py, CommonMark preset plus tables) and
reports, as JSON, what did not become markup: emphasis delimiters left as text, links, raw HTML."""
import json
import sys

from markdown_it import MarkdownIt

md = MarkdownIt("commonmark").enable("table")
report = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    tokens = md.parse(text)
    problems = []
    strong = 0
    tables = 0
    for token in tokens:
        if token.type == "table_open":
            tables += 1
        if token.type == "html_block":
            problems.append("HTML-Block: " + token.content[:60])
        for child in token.children or []:
            if child.type == "strong_open":
                strong += 1
            if child.type == "text" and ("**" in child.content or "__" in child.content):
                problems.append("Hervorhebung nicht erkannt: " + child.content[:80])
            if child.type in ("link_open", "html_inline"):
                problems.append(child.type + ": " + child.markup + str(child.attrs))
    report[path] = {"problems": problems, "strong": strong, "tables": tables}
json.dump(report, sys.stdout, ensure_ascii=False)
