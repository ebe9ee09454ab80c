#!/usr/bin/env python3
# Copied into the project with the development gold (tests/data/gold-dev.json) so the
# suite scores extraction on its own; keep in step with the eval kit it came from.
"""Score people and date extraction against a hand-checked gold file.

    python score_extraction.py GOLD.json DOC_KEY PRED.json --text SOURCE.txt [--json]

PRED.json is what `python manage.py extract SOURCE.txt --json` prints:
    {"language": "en"|"fa", "entities": [{"type": "PERSON"|"PLACE"|"ORG"|"DATE",
      "text": str, "start": int, "end": int, "value": str (DATE only), ...}]}
start/end are character offsets into SOURCE.txt as decoded from UTF-8.

People are scored per distinct person (recall) and per distinct predicted surface
string (precision); dates per gold expression, needing both the span and the
normalised value. Where the gold covers only some lines of the file ("line_range"
or per-date "line"), predictions outside those lines are ignored.
Standard library only.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata

TITLES = {"mr", "mr.", "mrs", "comrade", "general", "citizen", "prince", "tsar"}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("ي", "ی").replace("ك", "ک").replace("\u200c", " ")
    text = re.sub(r"[\u064b-\u0652]", "", text)  # Arabic diacritics
    text = re.sub(r"[’']s\b", "", text)  # English possessive
    text = re.sub(r"[^\w\s-]", " ", text)
    return " ".join(text.casefold().split())


def tokens(text: str) -> list[str]:
    return [t for t in norm(text).split() if t not in TITLES]


def contains_tokens(big: str, small: str) -> bool:
    b, s = tokens(big), tokens(small)
    if not s or not b:
        return False
    n = len(s)
    return any(b[i : i + n] == s for i in range(len(b) - n + 1))


def name_match(pred: str, mention: str) -> bool:
    return contains_tokens(pred, mention) or contains_tokens(mention, pred)


def line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    return starts


def line_of(offset: int, starts: list[int]) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


def strip_time(v: str) -> str:
    return v.split("T")[0]


def value_ok(pred: str | None, gold: dict) -> bool:
    if not pred:
        return False
    p = strip_time(str(pred)).lstrip("-")
    wanted = {gold.get(k) for k in ("value", "value_julian", "value_gregorian")} - {None}
    for g in list(wanted):
        wanted.update(g.split("/"))  # either end of a range
    wanted = {strip_time(g) for g in wanted}
    if p in wanted:
        return True
    md = gold.get("month_day")
    if md is None:
        for g in wanted:
            if re.fullmatch(r"\d{4}-\d\d-\d\d", g) and gold.get("year_inferred"):
                md = g[5:]
    if md and (p.endswith(md) or p == md):
        return True
    m = re.fullmatch(r"day-(\d+)", gold.get("value", ""))
    return bool(m and re.fullmatch(rf"(.*-)?0?{m.group(1)}", p))


def spans_overlap(pred_text: str, gold: dict) -> bool:
    cands = [gold["text"]] + ([gold["core_text"]] if gold.get("core_text") else [])
    p = norm(pred_text)
    return bool(p) and any(norm(c) and (norm(c) in p or p in norm(c)) for c in cands)


def score(gold: dict, pred: dict, source: str) -> dict:
    starts = line_starts(source)
    lo, hi = gold.get("line_range", [1, len(starts)])
    date_lines = {d["line"] for d in gold["dates"] if "line" in d}

    def in_range(e: dict, lines: set[int] | None = None) -> bool:
        if "start" not in e:
            return lines is None
        ln = line_of(int(e["start"]), starts)
        return (ln in lines) if lines else lo <= ln <= hi

    ents = pred.get("entities", [])
    bad_offsets = sum(
        1
        for e in ents
        if "start" in e and norm(source[e["start"] : e["end"]]) != norm(e["text"])
    )

    # people
    def required(p: dict) -> bool:  # a person named only as a type ("the Kornilovs") is optional
        generic_only = p.get("generic") and set(p["mentions"]) <= set(p.get("generic_mentions", []))
        return not p.get("optional") and not generic_only

    people = [p for p in gold["people"] if required(p)]
    person_preds = {
        e["text"].strip() for e in ents if e["type"] == "PERSON" and in_range(e)
    }
    all_mentions = [m for p in gold["people"] for m in p["mentions"]]
    found = [p for p in people if any(name_match(s, m) for s in person_preds for m in p["mentions"])]
    tp_surfaces = [s for s in person_preds if any(name_match(s, m) for m in all_mentions)]
    missed = [p["canonical"] for p in people if p not in found]
    wrong = sorted(set(person_preds) - set(tp_surfaces))

    # dates
    dates = [d for d in gold["dates"] if not d.get("optional")]
    date_preds = [e for e in ents if e["type"] == "DATE" and in_range(e, date_lines or None)]
    span_hits = value_hits = 0
    date_misses = []
    for d in dates:
        overl = [e for e in date_preds if spans_overlap(e["text"], d)]
        if overl:
            span_hits += 1
        if any(value_ok(e.get("value"), d) for e in overl):
            value_hits += 1
        else:
            got = [e.get("value") for e in overl]
            date_misses.append(f"{d['text']!r} want {d['value']} got {got}")
    date_tp = [e for e in date_preds if any(spans_overlap(e["text"], d) for d in gold["dates"])]
    date_fp = [e["text"] for e in date_preds if e not in date_tp]

    def ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 1.0

    return {
        "people_recall": ratio(len(found), len(people)),
        "people_precision": ratio(len(tp_surfaces), len(person_preds)),
        "people_missed": missed,
        "people_false": wrong,
        "dates_recall_span": ratio(span_hits, len(dates)),
        "dates_recall_value": ratio(value_hits, len(dates)),
        "dates_precision": ratio(len(date_tp), len(date_preds)),
        "dates_missed": date_misses,
        "dates_false": date_fp,
        "offsets_not_matching_text": bad_offsets,
        "counts": {
            "gold_people": len(people),
            "pred_person_surfaces": len(person_preds),
            "gold_dates": len(dates),
            "pred_dates": len(date_preds),
        },
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("doc", help="key of the document in the gold file")
    ap.add_argument("pred", help="prediction JSON file, or - for stdin")
    ap.add_argument("--text", required=True, help="the source document")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = ap.parse_args()
    gold = json.load(open(args.gold, encoding="utf-8"))[args.doc]
    pred = json.load(sys.stdin if args.pred == "-" else open(args.pred, encoding="utf-8"))
    source = open(args.text, encoding="utf-8").read()
    result = score(gold, pred, source)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for k, v in result.items():
            if isinstance(v, list):
                print(f"{k}: {len(v)}" + (f"  e.g. {v[:8]}" if v else ""))
            else:
                print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
