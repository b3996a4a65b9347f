#!/usr/bin/env python3
"""Converts the evaluation set between its marked form and JSON lines (see README.md).

  python3 make_eval.py to-jsonl  < marked.txt > contact-centre-eval.jsonl
  python3 make_eval.py to-marked < contact-centre-eval.jsonl > marked.txt

Marked form: one record per line, "<id><TAB><text>", where each entity is written as
[[TYPE:value]] and a newline inside the text as the two characters \\n. Offsets in the JSON are
UTF-16 code units, as Java's String counts them.
"""
import json
import re
import sys

MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def to_jsonl(lines):
    seen = set()
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        record_id, marked = line.split("\t", 1)
        if record_id in seen:
            sys.exit(f"line {number}: duplicate id {record_id}")
        seen.add(record_id)
        marked = marked.replace("\\n", "\n")
        text, entities, last = "", [], 0
        for match in MARK.finditer(marked):
            text += marked[last:match.start()]
            start = utf16_len(text)
            text += match.group(2)
            entities.append({"type": match.group(1), "start": start, "end": utf16_len(text)})
            last = match.end()
        text += marked[last:]
        if "[[" in text or "]]" in text:
            sys.exit(f"line {number}: unbalanced marker")
        print(json.dumps({"id": record_id, "text": text, "entities": entities}, ensure_ascii=False))


def to_marked(lines):
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        units = record["text"].encode("utf-16-le")
        out, last = "", 0
        for entity in sorted(record["entities"], key=lambda e: e["start"]):
            out += units[2 * last:2 * entity["start"]].decode("utf-16-le")
            value = units[2 * entity["start"]:2 * entity["end"]].decode("utf-16-le")
            out += f"[[{entity['type']}:{value}]]"
            last = entity["end"]
        out += units[2 * last:].decode("utf-16-le")
        print(record["id"] + "\t" + out.replace("\n", "\\n"))


if __name__ == "__main__":
    {"to-jsonl": to_jsonl, "to-marked": to_marked}[sys.argv[1]](sys.stdin)
