#!/usr/bin/python3
"""Checks a `whosaid report` page, as written and as Chromium rendered it.

Run with Debian's python (/usr/bin/python3: python3-html5lib). Each command
prints what is wrong and exits 1, or prints "ok: ..." and exits 0.

    check_report.py validate PAGE.html
        Strict HTML5 parsing (html5lib raises on the first parse error), then
        what the page must be: self-contained (no src, no href or xlink:href
        but to "#id" of the page, no url(), @import, <link>, <iframe>,
        <object>, <embed>, <img>, <base>, no script but one inline), ids
        unique, every "#id", aria-labelledby and aria-describedby pointing to
        an element of the page, <html lang>, the landmarks (banner, nav, main,
        contentinfo), headings that never skip a level, every button named.

    check_report.py marks DOM.html EXTRACT.json
        DOM.html is Chromium's --dump-dom of the page: its script ran
        (data-script="ready"), and every attribution of the extract JSON (one
        document, or an array in page order) has, for each of its source, cue,
        content and recipient, <mark> pieces in the article's text whose first
        carries the span's start and end (code points) and whose texts, in
        order, give the span's text.

    check_report.py hostile DOM.html
        The rendered page of tests/data/report/hostile-article.txt: nothing its
        markup would make exists (no element or attribute it would add, no
        second script, no img, no on* attribute), and its markup shows as text.

    check_report.py netlog NETLOG.json
        Chromium's --log-net-log: no request started by the page (the browser's
        own background requests, initiator "not an origin", are not the page's).

    check_report.py interaction DOM.html
        The page with tests' probe script appended (report_browser_test.cpp):
        focus and hover showed the attribution's row, a source's button
        highlighted exactly its marks and released them, and at the window's
        width nothing overflowed sideways.
"""
import json
import re
import sys

try:
    import html5lib
except ImportError:
    sys.exit("html5lib is missing: apt-get install python3-html5lib, and run with /usr/bin/python3")

NS = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"
problems = []


def problem(text):
    if len(problems) < 40:
        problems.append(text)


def local(tag):
    return tag.split("}", 1)[1] if isinstance(tag, str) and "}" in tag else tag


def parse(path, strict=False):
    with open(path, "rb") as f:
        data = f.read()
    parser = html5lib.HTMLParser(strict=strict, namespaceHTMLElements=True)
    try:
        return parser.parse(data)
    except Exception as e:  # html5lib's ParseError names the position
        sys.exit("%s: not valid HTML5: %s at %s" % (path, e, parser.errors[:1]))


def text_of(el):
    return "".join(el.itertext())


def finish(what):
    if problems:
        for p in problems:
            print(p)
        sys.exit(1)
    print("ok: " + what)


# ---------------------------------------------------------------- validate
def validate(path):
    root = parse(path, strict=True)
    with open(path, encoding="utf-8") as f:
        source = f.read()
    if not source.startswith("<!DOCTYPE html>"):
        problem("no <!DOCTYPE html> first")
    if not root.get("lang"):
        problem("<html> has no lang")
    elements = list(root.iter())
    ids = {}
    for el in elements:
        i = el.get("id")
        if i is not None:
            if i in ids:
                problem("id %r twice" % i)
            ids[i] = el
    forbidden = {"link", "iframe", "object", "embed", "img", "base", "frame", "audio", "video", "source", "form"}
    scripts = 0
    for el in elements:
        name = local(el.tag)
        if name in forbidden:
            problem("<%s> in the page" % name)
        if name == "script":
            scripts += 1
            if el.get("src") is not None:
                problem("a script with src")
            for word in ("fetch(", "XMLHttpRequest", "import(", "WebSocket", "EventSource", "sendBeacon", "innerHTML",
                         "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("):
                if word in (el.text or ""):
                    problem("the script uses %s" % word)
        for attr, value in el.attrib.items():
            a = local(attr)
            if a == "src" or a == "srcset":
                problem("<%s %s=%r>" % (name, a, value))
            if a == "href" or attr == XLINK:
                if not value.startswith("#"):
                    problem("<%s> links outside the page: %r" % (name, value))
                elif value[1:] not in ids:
                    problem("<%s href=%r>: no such id" % (name, value))
            if a.startswith("on"):
                problem("<%s %s=...>: an event handler attribute" % (name, a))
            if a == "style":
                problem("<%s style=...>: inline styles are not allowed by the CSP" % name)
            if a in ("aria-labelledby", "aria-describedby", "for"):
                for ref in value.split():
                    if ref not in ids:
                        problem("<%s %s=%r>: no such id" % (name, a, ref))
            if "url(" in value:
                problem("<%s %s> holds url(...)" % (name, a))
        if name == "style" and re.search(r"url\(|@import", el.text or ""):
            problem("the stylesheet loads something (url() or @import)")
        if name == "button" and not text_of(el).strip():
            problem("a button without a name")
    if scripts != 1:
        problem("%d scripts (one inline script expected)" % scripts)
    # Landmarks: a banner and a contentinfo (header/footer outside main), a nav, one main.
    body = root.find(NS + "body")
    children = [local(c.tag) for c in body] if body is not None else []
    for landmark in ("header", "nav", "main", "footer"):
        if landmark not in children:
            problem("no <%s> landmark at the top of <body>" % landmark)
    if len(root.findall(".//" + NS + "main")) != 1:
        problem("not exactly one <main>")
    # Heading levels: none skipped going down.
    level = 0
    for el in elements:
        name = local(el.tag)
        if re.fullmatch(r"h[1-6]", name or ""):
            n = int(name[1])
            if n > level + 1:
                problem("<%s> %r comes after <h%d>" % (name, text_of(el)[:40], level))
            level = n
    meta = [m for m in root.iter(NS + "meta") if (m.get("http-equiv") or "").lower() == "content-security-policy"]
    if not meta or "default-src 'none'" not in meta[0].get("content", ""):
        problem("no Content-Security-Policy with default-src 'none'")
    finish("%s: valid HTML5, self-contained, %d elements, %d ids" % (path, len(elements), len(ids)))


# ---------------------------------------------------------------- marks
def normalize(text):
    """The text as an HTML page shows it: CR LF and CR as LF, controls as U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        c = ord(ch)
        bad = (c < 0x20 and ch not in "\t\n\f") or 0x7F <= c <= 0x9F or 0xFDD0 <= c <= 0xFDEF or (c & 0xFFFE) == 0xFFFE
        out.append("\ufffd" if bad else ch)
    return "".join(out)


def marks(dom_path, extract_path):
    root = parse(dom_path)
    if root.get("data-script") != "ready":
        problem("the page's script did not run to its end (no data-script=\"ready\")")
    with open(extract_path, encoding="utf-8") as f:
        extract = json.load(f)
    documents = extract if isinstance(extract, list) else [extract]
    articles = [a for a in root.iter(NS + "article") if a.get("class") == "report-article"]
    if len(articles) != len(documents):
        problem("%d articles in the page, %d documents in the extract JSON" % (len(articles), len(documents)))
    checked = 0
    for doc, article in zip(documents, articles):
        texts = [d for d in article.iter(NS + "div") if d.get("class") == "article-text"]
        if len(texts) != 1:
            problem("%s: no single article text" % article.get("id"))
            continue
        pieces = {}
        for m in texts[0].iter(NS + "mark"):
            if m.get("data-a"):
                pieces.setdefault((m.get("data-a"), m.get("data-role")), []).append(m)
        anchors = [m for m in texts[0].iter(NS + "mark") if m.get("tabindex") == "0"]
        for a in doc["attributions"]:
            marked = False
            for role in ("source", "cue", "content", "recipient"):
                span = a.get(role)
                if not span or span["start"] == span["end"]:
                    continue
                marked = True
                checked += 1
                where = "%s %s %s %r" % (article.get("id"), a["id"], role, span["text"][:50])
                found = pieces.get((a["id"], role), [])
                if not found:
                    problem(where + ": not marked")
                    continue
                first = found[0]
                if first.get("data-start") != str(span["start"]) or first.get("data-end") != str(span["end"]):
                    problem(where + ": marked at %s-%s, not %d-%d" % (first.get("data-start"), first.get("data-end"),
                                                                      span["start"], span["end"]))
                if any(p.get("data-start") is not None for p in found[1:]) or any(p.get("data-part") is None for p in found[1:]):
                    problem(where + ": pieces after the first must be later parts")
                shown = "".join(text_of(p) for p in found)
                if shown != normalize(span["text"]):
                    problem(where + ": the marks show %r" % shown[:80])
            if marked:
                anchor = [m for m in anchors if m.get("data-a") == a["id"]]
                if len(anchor) != 1:
                    problem("%s %s: %d focusable marks, not one" % (article.get("id"), a["id"], len(anchor)))
                elif anchor[0].get("aria-describedby") != "%s-%s-info" % (article.get("id"), a["id"]):
                    problem("%s %s: the focusable mark is not described by its row" % (article.get("id"), a["id"]))
    finish("%d spans of %d attributions marked" % (checked, sum(len(d["attributions"]) for d in documents)))


# ---------------------------------------------------------------- hostile
def hostile(dom_path):
    root = parse(dom_path)
    if root.get("data-script") != "ready":
        problem("the page's script did not run")
    body = root.find(NS + "body")
    if body is None:
        sys.exit("no body")
    for el in root.iter():
        name = local(el.tag)
        if name in ("img", "iframe", "b", "pwned", "object", "embed") or el.get("id") == "pwned":
            problem("an element the article's markup made: <%s>" % name)
        for attr in el.attrib:
            if local(attr).startswith("on") or local(attr) == "data-pwned":
                problem("an attribute the article's markup made: <%s %s>" % (name, local(attr)))
    if len(list(root.iter(NS + "script"))) != 1:
        problem("%d scripts: the article's markup made one" % len(list(root.iter(NS + "script"))))
    title = root.find(NS + "head/" + NS + "title")
    if title is None or "pwned" in (title.text or ""):
        problem("the title was changed")
    shown = "".join(text_of(d) for d in root.iter(NS + "div") if d.get("class") == "article-text")
    for literal in ("<script>", "</script>", "onerror=", "<b onmouseover="):
        if literal not in shown:
            problem("the article text does not show %r" % literal)
    finish("the hostile article's markup shows as text and made nothing")


# ---------------------------------------------------------------- netlog
def netlog(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    # Chromium may stop before closing the JSON: cut at the last whole event.
    try:
        log = json.loads(raw)
    except json.JSONDecodeError:
        cut = raw.rfind("},")
        log = json.loads(raw[:cut + 1] + "]}")
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    requests = 0
    for event in log.get("events", []):
        if names.get(event.get("type")) != "URL_REQUEST_START_JOB":
            continue
        params = event.get("params", {})
        url = params.get("url")
        if url is None:
            continue
        requests += 1
        if params.get("initiator") != "not an origin":
            problem("the page requested %s (initiator %s)" % (url[:120], params.get("initiator")))
    finish("no request from the page (%d by the browser itself, all unresolved)" % requests)


# ---------------------------------------------------------------- interaction
def interaction(dom_path):
    root = parse(dom_path)
    body = root.find(NS + "body")
    raw = body.get("data-probe") if body is not None else None
    if not raw:
        sys.exit("the probe script left no result (data-probe)")
    r = json.loads(raw)
    expect = {
        "focus_shows_info": True, "focus_info_has_rule": True, "focus_lights_marks": True,
        "hover_shows_info": True, "hover_info_has_rule": True, "escape_hides_info": True,
        "pressed": "true", "picking": True, "released": "false", "unpicked": True,
    }
    for key, value in expect.items():
        if r.get(key) != value:
            problem("%s: %r, expected %r" % (key, r.get(key), value))
    if not r.get("entity_marks") or r.get("highlighted") != r.get("entity_marks"):
        problem("the source's button highlighted %r marks; the source has %r" % (r.get("highlighted"), r.get("entity_marks")))
    if r.get("left_highlighted") != 0:
        problem("%r marks stayed highlighted" % r.get("left_highlighted"))
    if r.get("overflow", 1) > 0:
        problem("the page is %r px wider than the window (%r px)" % (r.get("overflow"), r.get("width")))
    finish("focus, hover, Escape and the source buttons work; no sideways overflow at %r px" % r.get("width"))


COMMANDS = {"validate": (validate, 1), "marks": (marks, 2), "hostile": (hostile, 1), "netlog": (netlog, 1),
            "interaction": (interaction, 1)}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS or len(sys.argv) != 2 + COMMANDS[sys.argv[1]][1]:
        sys.exit(__doc__)
    COMMANDS[sys.argv[1]][0](*sys.argv[2:])
