"""Validates a static OParl tree against the OParl 1.1 schemas (draft-07, registered locally by their $id):
every object file by its type, every element of every list; checks that every reference into the tree
(a URL under the base) resolves to a file of it; and validates the specification's examples.
Usage: python3 oparl_check.py SCHEMA_DIR EXAMPLES_DIR TREE_DIR BASE_URL; prints a JSON report."""
import glob
import json
import os
import sys

import warnings

import jsonschema

warnings.simplefilter("ignore", DeprecationWarning)  # RefResolver: the schemas are registered by their $id

schema_dir, examples_dir, tree, base = sys.argv[1:5]
store = {}
for path in glob.glob(os.path.join(schema_dir, "*.json")):
    s = json.load(open(path, encoding="utf-8"))
    store[s["$id"]] = s
    store[s["$id"] + ".json"] = s
resolver_base = "https://schema.oparl.org/1.1/"


def validator(type_url):
    name = type_url.rsplit("/", 1)[-1]
    schema = store[resolver_base + name]
    resolver = jsonschema.RefResolver(base_uri=resolver_base + name, referrer=schema, store=store)
    return jsonschema.Draft7Validator(schema, resolver=resolver, format_checker=jsonschema.FormatChecker())


errors, objects, lists, refs, unresolved = [], 0, 0, 0, []


def check(obj, where):
    global objects
    objects += 1
    for e in validator(obj["type"]).iter_errors(obj):
        errors.append(f"{where}: {e.message} at {list(e.absolute_path)}")


def walk_refs(value, where):
    global refs
    if isinstance(value, str) and value.startswith(base + "/"):
        refs += 1
        rel = value[len(base) + 1:]
        if not os.path.exists(os.path.join(tree, rel)):
            unresolved.append(f"{where}: {value}")
    elif isinstance(value, dict):
        for v in value.values():
            walk_refs(v, where)
    elif isinstance(value, list):
        for v in value:
            walk_refs(v, where)


for path in sorted(glob.glob(os.path.join(tree, "**", "*.json"), recursive=True)):
    rel = os.path.relpath(path, tree)
    data = json.load(open(path, encoding="utf-8"))
    if "data" in data and "pagination" in data:
        lists += 1
        for item in data["data"]:
            check(item, rel)
    else:
        check(data, rel)
    walk_refs(data, rel)

examples = {}
for path in sorted(glob.glob(os.path.join(examples_dir, "*.json"))):
    data = json.load(open(path, encoding="utf-8"))
    examples[os.path.basename(path)] = [e.message for e in validator(data["type"]).iter_errors(data)]

json.dump({"errors": errors, "objects": objects, "lists": lists, "references": refs, "unresolved": unresolved, "examples": examples},
          sys.stdout, ensure_ascii=False)
