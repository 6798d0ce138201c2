#!/usr/bin/env python3
"""Check Entente sample gold files: anchors verbatim and unique, vocabulary, JSON shape.

  python3 SampleData/check_gold.py SampleData/gold/*.json
"""
import json, os, re, sys, unicodedata

TYPES = {"pledge", "support", "position", "call", "welcome", "condemn"}
TOPICS = set("""security counterterrorism economy trade investment finance energy infrastructure
agriculture industry mining technology cyber space health education culture water climate
sovereignty territorial humanitarian regional_conflict diplomatic_process other""".split())
KINDS = {"joint_statement", "communique", "declaration", "readout", "press_statement", "news_report"}
ORGS = {"UN", "EU", "AU", "GCC", "LAS", "ASEAN", "SCO", "BRICS", "OIC", "NATO", "IMF", "WB", "WTO"}
ROLES = {"president", "vice_president", "king", "emir", "sultan", "crown_prince", "prime_minister",
         "deputy_prime_minister", "foreign_minister", "deputy_foreign_minister", "minister",
         "senior_official", "special_envoy", "secretary_general", "ambassador", "spokesperson",
         "parliament_speaker", "other"}
# Titles and honorifics that GUIDELINES.md keeps out of a person's name.
HONORIFICS = re.compile(r"^(Dr\.?|Mr\.?|Mrs\.?|Ms\.?|H\.\s?E\.?|HE|HH|Sheikh|Sheikha|Prince|His |Her |M\.|Mme|Mlle|"
                        r"الشيخ|الشيخة|الأمير|الأميرة|سمو|معالي|فخامة|السيد|السيدة|الدكتور|الدكتورة|د\.)\s")
HARAKAT = re.compile("[\u064b-\u0652\u0670\u0640]")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = HARAKAT.sub("", s)
    s = re.sub("[\u201c\u201d\u201e\u00ab\u00bb\"\u2018\u2019']", "", s)
    return re.sub(r"\s+", " ", s).strip()


def code_ok(c):
    return c in ORGS or re.fullmatch(r"[A-Z]{2}", c) is not None


def load_text(folder, ref):
    path, _, line = ref.partition("#")
    full = os.path.join(folder, path)
    if line:
        rows = [l for l in open(full, encoding="utf-8") if l.strip()]
        obj = json.loads(rows[int(line) - 1])
        return obj["text"], obj.get("published")
    raw = open(full, encoding="utf-8").read()
    pub = None
    if raw.startswith("---\n"):
        head = raw[4:raw.index("\n---", 4)]
        for l in head.splitlines():
            if l.startswith("published:"):
                pub = l.split(":", 1)[1].strip()
    return raw, pub


def body(text):
    """The text after a `---` front matter block, if any."""
    if text.startswith("---\n") and "\n---" in text[4:]:
        return text[text.index("\n---", 4) + 4:]
    return text


def check_case(g, folder):
    errs = []
    for k in ("id", "lang", "text_file", "given", "kind", "venue", "date", "round", "parties",
              "mentioned", "persons", "commitments", "non_commitments"):
        if k not in g:
            errs.append("missing field %s" % k)
    text, pub = load_text(folder, g["text_file"])
    ntext = norm(text)
    if g["lang"] not in ("ar", "en", "fr"):
        errs.append("bad lang")
    if pub and g["given"].get("published") != pub:
        errs.append("given.published %s != front matter %s" % (g["given"].get("published"), pub))
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", g["given"].get("published", "")):
        errs.append("given.published missing/bad")
    if g["kind"] not in KINDS:
        errs.append("bad kind %s" % g["kind"])
    if g["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["date"]):
        errs.append("bad date")
    if g["round"] is not None and not isinstance(g["round"], int):
        errs.append("bad round")
    for c in g["parties"] + g["mentioned"]:
        if not code_ok(c):
            errs.append("bad party code %s" % c)
    if set(g["parties"]) & set(g["mentioned"]):
        errs.append("issuer also mentioned: %s" % (set(g["parties"]) & set(g["mentioned"])))
    for p in g["persons"]:
        if p["role"] not in ROLES:
            errs.append("bad role %s" % p["role"])
        if not code_ok(p["party"]):
            errs.append("bad person party %s" % p["party"])
        if p["name"] not in text:
            errs.append("person name not in text: %s" % p["name"])
        if HONORIFICS.match(p["name"]):
            errs.append("honorific in person name: %s" % p["name"])
        if not isinstance(p.get("participant", True), bool):
            errs.append("participant is not a boolean: %s" % p["name"])
    spans = []
    for c in g["commitments"]:
        a = c["anchor"]
        n = text.count(a)
        if n != 1:
            errs.append("anchor occurs %d times: %s" % (n, a))
        nn = ntext.count(norm(a))
        if nn != 1:
            errs.append("normalised anchor occurs %d times: %s" % (nn, a))
        words = len(a.split())
        if not 4 <= words <= 8:
            errs.append("anchor has %d words: %s" % (words, a))
        if c["type"] not in TYPES:
            errs.append("bad type %s" % c["type"])
        if not c["topics"] or any(t not in TOPICS for t in c["topics"]):
            errs.append("bad topics %s" % c["topics"])
        for b in c["by"]:
            if not code_ok(b):
                errs.append("bad by %s" % b)
            elif b not in g["parties"] and b not in g["mentioned"]:
                errs.append("by %s neither issuer nor mentioned" % b)
        if n >= 1:
            i = text.index(a)
            spans.append((i, i + len(a), a))
        for alt in c.get("alt_anchors", []):
            # a headline restating the body may be repeated in the front matter's title
            if body(text).count(alt) != 1:
                errs.append("alt anchor occurs %d times in the body: %s" % (body(text).count(alt), alt))
    spans.sort()
    for (s1, e1, a1), (s2, e2, a2) in zip(spans, spans[1:]):
        if s2 < e1:
            errs.append("anchors overlap: %s | %s" % (a1, a2))
    for t in g["non_commitments"]:
        if t not in text:
            errs.append("non_commitment not in text: %s" % t)
        for c in g["commitments"]:
            for a in [c["anchor"]] + c.get("alt_anchors", []):
                if norm(a) in norm(t) or norm(t) in norm(a):
                    errs.append("non_commitment overlaps anchor: %s" % t)
    return errs, len(g["commitments"])


def main():
    bad, total = 0, 0
    for path in sys.argv[1:]:
        data = json.load(open(path, encoding="utf-8"))
        for g in data if isinstance(data, list) else [data]:
            errs, n = check_case(g, os.path.dirname(os.path.abspath(path)))
            total += n
            print("%-32s %-3s %3d commitments  %s" % (g.get("id"), g.get("lang"), n, "OK" if not errs else "FAIL"))
            for e in errs:
                print("    " + e)
            bad += bool(errs)
    print("total commitments %d, failing cases %d" % (total, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
