#!/usr/bin/env python3
"""Validate the attribution gold corpus (tests/data/attributions/*.jsonl).

Usage: python3 validate.py [DIR] [--min-per-style N] [--seeds SEED_DIR] [--quiet]

Checks every document and attribution (see README.md for the format), prints counts per
style, per source_type and per cue, and exits with status 1 on any problem.
Only the Python 3 standard library is used.
"""
import argparse
import collections
import json
import os
import re
import sys

STYLES = {  # file stem -> id prefix
    "afp": "afp-",
    "interviews": "itw-",
    "liveblogs": "live-",
    "surveys": "survey-",
}
SOURCE_TYPES = {"person", "organization", "document", "country_or_capital", "anonymous", "self"}
SUBTYPES = {"government", "military", "intelligence", "media", "think_tank", "international",
            "company", "ngo", "other"}
CONDITIONALS = {"reportive", "hypothetical"}
DOC_KEYS = {"id", "style", "text", "attributions"}
REQUIRED = {"cue", "source", "source_type", "hedged", "negated"}
STRING_FIELDS = ("cue", "source", "antecedent", "quote", "content")  # located with <field>_nth
OPTIONAL = {"cue_nth", "source_nth", "source_subtype", "acronym", "handle", "antecedent",
            "antecedent_nth", "quote", "quote_nth", "content", "content_nth", "conditional"}
# Subject clitics that may sit inside an inverted-incise cue (« a-t-il déclaré », « affirme-t-elle »).
CLITICS = {"il", "elle", "ils", "elles", "on"}
MAX_CUE_SOURCE_GAP = 250      # characters between cue and source spans
MAX_CUE_PAYLOAD_GAP = 700     # characters between cue and quote/content spans


def find_nth(text, needle, nth):
    """Start index of the nth (1-based) occurrence of needle, occurrences may overlap; -1 if none."""
    if not needle or nth < 1:
        return -1
    k = text.find(needle)
    while k != -1 and nth > 1:
        k = text.find(needle, k + 1)
        nth -= 1
    return k


def gap(a, b):
    """Characters between two [begin, end) spans (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def contains(outer, inner):
    return outer[0] <= inner[0] and inner[1] <= outer[1]


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def check_attribution(self, where, text, a):
        if not isinstance(a, dict):
            self.err(where, "attribution is not an object")
            return None
        for k in REQUIRED - a.keys():
            self.err(where, "missing required field %r" % k)
        for k in a.keys() - REQUIRED - OPTIONAL:
            self.err(where, "unknown field %r" % k)
        if a.get("source_type") not in SOURCE_TYPES:
            self.err(where, "bad source_type %r" % a.get("source_type"))
        sub = a.get("source_subtype")
        if a.get("source_type") == "organization" and sub is None:
            self.err(where, "organization without source_subtype")
        if sub is not None and sub not in SUBTYPES:
            self.err(where, "bad source_subtype %r" % sub)
        for k in ("hedged", "negated"):
            if k in a and not isinstance(a[k], bool):
                self.err(where, "%s must be a boolean" % k)
        if "conditional" in a and a["conditional"] not in CONDITIONALS:
            self.err(where, "bad conditional %r" % a["conditional"])
        for k in ("acronym", "handle"):
            if k in a:
                if not isinstance(a[k], str) or not a[k] or a[k] not in text:
                    self.err(where, "%s %r does not occur in the text" % (k, a.get(k)))
        if "handle" in a and not str(a["handle"]).startswith("@"):
            self.err(where, "handle must start with '@'")
        spans = {}
        for f in STRING_FIELDS:
            nk = f + "_nth"
            if f not in a:
                if nk in a:
                    self.err(where, "%s without %s" % (nk, f))
                continue
            s = a[f]
            if not isinstance(s, str) or not s:
                self.err(where, "%s must be a non-empty string" % f)
                continue
            if s != s.strip():
                self.err(where, "%s %r has leading/trailing whitespace" % (f, s))
            nth = a.get(nk, 1)
            if not isinstance(nth, int) or isinstance(nth, bool) or nth < 1:
                self.err(where, "%s must be an integer >= 1" % nk)
                continue
            if nk in a and nth == 1:
                self.err(where, "%s given as 1 (omit it)" % nk)
            k = find_nth(text, s, nth)
            if k < 0:
                self.err(where, "%s %r: occurrence %d not found" % (f, s, nth))
                continue
            spans[f] = (k, k + len(s))
        cue, src = spans.get("cue"), spans.get("source")
        if cue and src:
            if overlaps(cue, src):
                inverted = (a["source"].lower() in CLITICS and contains(cue, src)
                            and text[src[0] - 1] == "-")
                if not inverted:
                    self.err(where, "cue %r and source %r overlap" % (a["cue"], a["source"]))
            if gap(cue, src) > MAX_CUE_SOURCE_GAP:
                self.err(where, "cue %r and source %r are %d characters apart (wrong nth?)"
                         % (a["cue"], a["source"], gap(cue, src)))
        if cue:
            for f in ("quote", "content"):
                if f in spans and gap(cue, spans[f]) > MAX_CUE_PAYLOAD_GAP:
                    self.err(where, "%s is %d characters away from the cue (wrong nth?)"
                             % (f, gap(cue, spans[f])))
            if "content" in spans:
                for f in ("cue", "source"):
                    if f in spans and overlaps(spans["content"], spans[f]):
                        self.err(where, "content overlaps the %s" % f)
            if "quote" in spans:
                q = a["quote"]
                for f in ("cue", "source"):  # a quote may enclose its own incise, never cut it
                    if f in spans and overlaps(spans["quote"], spans[f]) \
                            and not contains(spans["quote"], spans[f]):
                        self.err(where, "quote partially overlaps the %s" % f)
                if "handle" not in a and not re.match(r'^[«“"]', q):
                    self.err(where, "quote %r must start with its opening quotation mark" % q)
                if "handle" not in a and not re.search(r'[»”"]$', q):
                    self.err(where, "quote %r must end with its closing quotation mark" % q)
        if a.get("source_type") == "self" and a.get("source", "").lower() not in \
                CLITICS | {"lui", "elle", "eux", "elles"}:
            self.err(where, "source_type self expects a pronoun, got %r" % a.get("source"))
        if "handle" in a and a.get("cue") != "—":
            self.err(where, "handle given but the cue is not the embed dash")
        return (cue, src)

    def check_file(self, path, stem, stats, seen_ids):
        prefix = STYLES[stem]
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for ln, line in enumerate(lines, 1):
            where = "%s:%d" % (os.path.basename(path), ln)
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as e:
                self.err(where, "invalid JSON: %s" % e)
                continue
            if not isinstance(doc, dict):
                self.err(where, "line is not a JSON object")
                continue
            for k in DOC_KEYS - doc.keys():
                self.err(where, "missing document field %r" % k)
            for k in doc.keys() - DOC_KEYS:
                self.err(where, "unknown document field %r" % k)
            did, text = doc.get("id"), doc.get("text")
            if not isinstance(did, str) or not re.fullmatch(re.escape(prefix) + r"\d{3}", did):
                self.err(where, "id %r must look like %s001" % (did, prefix))
            elif did in seen_ids:
                self.err(where, "duplicate id %r" % did)
            seen_ids.add(did)
            where = "%s:%d (%s)" % (os.path.basename(path), ln, did)
            if doc.get("style") != stem:
                self.err(where, "style %r must be %r (the file name)" % (doc.get("style"), stem))
            if not isinstance(text, str) or not text.strip():
                self.err(where, "text must be a non-empty string")
                continue
            if re.search(r"[{}\r\t]", text):
                self.err(where, "text contains markup braces, CR or TAB")
            if text != text.strip():
                self.err(where, "text has leading/trailing whitespace")
            atts = doc.get("attributions")
            if not isinstance(atts, list):
                self.err(where, "attributions must be a list")
                continue
            stats["docs"][stem] += 1
            pairs = set()
            for i, a in enumerate(atts, 1):
                w = "%s attribution %d" % (where, i)
                res = self.check_attribution(w, text, a)
                if res is None:
                    continue
                if res in pairs and None not in res:
                    self.err(w, "duplicate cue/source pair")
                pairs.add(res)
                stats["style"][stem] += 1
                stats["type"][a.get("source_type")] += 1
                stats["cue"][str(a.get("cue", "")).lower()] += 1
                for flag in ("hedged", "negated"):
                    if a.get(flag) is True:
                        stats["flag"][flag] += 1
                for flag in ("quote", "content", "acronym", "handle", "antecedent", "conditional"):
                    if flag in a:
                        stats["flag"][flag] += 1


def seed_overlap(seed_dir, docs_text, n=8):
    """8-word shingles shared with the reference seed pages (copying them is forbidden)."""
    def shingles(t):
        w = re.findall(r"\w+", t.lower().replace("\u2019", "'"))
        return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}
    seeds = set()
    for name in sorted(os.listdir(seed_dir)):
        if name.endswith(".txt"):
            with open(os.path.join(seed_dir, name), encoding="utf-8", errors="replace") as f:
                seeds |= shingles(f.read())
    return sorted(shingles(docs_text) & seeds)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("dir", nargs="?", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--min-per-style", type=int, default=35)
    ap.add_argument("--seeds", help="directory of reference pages that must not be copied")
    ap.add_argument("--quiet", action="store_true", help="print only problems")
    args = ap.parse_args()

    c = Checker()
    stats = {k: collections.Counter() for k in ("docs", "style", "type", "cue", "flag")}
    seen, all_text = set(), []
    for stem in STYLES:
        path = os.path.join(args.dir, stem + ".jsonl")
        if not os.path.exists(path):
            c.err(stem, "missing file %s" % path)
            continue
        c.check_file(path, stem, stats, seen)
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    all_text.append(json.loads(line).get("text", ""))
                except (json.JSONDecodeError, AttributeError):
                    pass
    for stem in STYLES:
        if stats["style"][stem] < args.min_per_style:
            c.err(stem, "only %d attributions (minimum %d)" % (stats["style"][stem], args.min_per_style))
    if args.seeds:
        for sh in seed_overlap(args.seeds, "\n".join(all_text)):
            c.err("seeds", "text shares the 8-word sequence %r with a seed page" % sh)

    if not args.quiet:
        total = sum(stats["style"].values())
        print("documents: %d, attributions: %d" % (sum(stats["docs"].values()), total))
        print("per style:")
        for stem in STYLES:
            print("  %-11s %3d documents %4d attributions" % (stem, stats["docs"][stem], stats["style"][stem]))
        print("per source_type:")
        for t in sorted(SOURCE_TYPES, key=lambda t: -stats["type"][t]):
            print("  %-19s %4d" % (t, stats["type"][t]))
        print("fields/flags: " + ", ".join("%s %d" % kv for kv in sorted(stats["flag"].items())))
        print("cues (%d distinct): " % len(stats["cue"]) +
              ", ".join("%s %d" % kv for kv in stats["cue"].most_common()))
    for e in c.errors:
        print("ERROR " + e, file=sys.stderr)
    if c.errors:
        print("%d problem(s)" % len(c.errors), file=sys.stderr)
        return 1
    if not args.quiet:
        print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
