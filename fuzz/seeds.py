#!/usr/bin/env python3
"""Stages the seed inputs of every fuzz target under OUT/<target>/, from the
project's own texts (examples/, tests/data/): whole files, and each paragraph
on its own (small inputs fuzz faster); the extract JSON of the texts for the
merge reader (made by the whosaid binary given); gold and prediction files
with their text after a NUL byte; and every language data file, good and bad,
behind the byte that selects it in fuzz_lang.cpp. fuzz/corpus.sh then keeps
only what adds coverage (libFuzzer -merge=1).

    fuzz/seeds.py OUT build/whosaid
"""
import hashlib
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def texts():
    """The plain-text articles of examples/ and tests/data/, each once."""
    seen, out = set(), []
    for path in sorted(list((ROOT / "examples").glob("*.txt")) + list((ROOT / "tests/data").rglob("*.txt"))):
        data = path.read_bytes()
        if data not in seen:
            seen.add(data)
            out.append(path)
    return out


def paragraphs(data):
    return [p for p in data.split(b"\n\n") if p.strip()]


def chrome_classes():
    """kind -> the html_* classes of web_chrome.tsv."""
    out = {}
    for line in (ROOT / "data/lang/fr/web_chrome.tsv").read_text().splitlines():
        fields = line.split("\t")
        if len(fields) == 2 and fields[0].startswith("html_"):
            out.setdefault(fields[0], []).append(fields[1])
    return out


def page(paras):
    """An HTML page around an article's paragraphs: head metadata, a title,
    a byline, chrome and a readers' comment block, as the reader expects."""
    classes = chrome_classes()
    header = classes.get("html_header_class", ["byline"])[0]
    chrome = classes.get("html_chrome_class", ["share"])[0]
    comment = classes.get("html_comment_class", ["comments"])[0]
    body = [p.decode() for p in paras]
    if not body:
        return b""
    html = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + body[0][:80] + "</title>",
            '<meta name="author" content="A. B."><meta property="article:published_time" content="2024-01-02">',
            '<meta property="og:site_name" content="Site"></head><body><nav><a href="/">x</a></nav><article>',
            "<h1>" + body[0] + "</h1>", '<p class="' + header + '">' + body[0][:40] + "</p>"]
    html += ["<p>" + p.replace("\n", "<br>") + "</p>" for p in body[1:-1]]
    html += ['<div class="' + chrome + '">' + body[-1][:30] + "</div></article>",
             '<section class="' + comment + '"><ul><li>' + body[-1] + "</li></ul></section></body></html>"]
    return "\n".join(html).encode()


class Stage:
    def __init__(self, out):
        self.out = pathlib.Path(out)

    def put(self, target, data):
        folder = self.out / target
        folder.mkdir(parents=True, exist_ok=True)
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    stage, whosaid = Stage(sys.argv[1]), sys.argv[2]
    articles = texts()
    for path in articles:
        data = path.read_bytes()
        for target in ("pipeline", "graph"):
            stage.put(target, data)
            for p in paragraphs(data):
                stage.put(target, p)
        lines = [json.dumps({"id": path.stem, "text": data.decode()}, ensure_ascii=False)]
        lines += [json.dumps({"id": f"{path.stem}-{i}", "text": p.decode(), "source": "seed"}, ensure_ascii=False)
                  for i, p in enumerate(paragraphs(data)[:6])]
        stage.put("jsonl", ("\n".join(lines) + "\n").encode())
        stage.put("jsonl", (lines[1] + "\n" + lines[-1] + "\n").encode() if len(lines) > 1 else lines[0].encode())
        # The extract JSON of the article and of its first paragraphs.
        for i, text in enumerate([data] + paragraphs(data)[:4]):
            run = subprocess.run([whosaid, "extract", "-"], input=text, capture_output=True, check=False)
            if run.returncode == 0:
                stage.put("document_json", run.stdout)
        stage.put("html", page(paragraphs(data)))
    for path in sorted((ROOT / "tests/data").rglob("*.html")):
        data = path.read_bytes()
        stage.put("html", data)
        stage.put("jsonl", (json.dumps({"id": path.stem, "html": data.decode()}, ensure_ascii=False) + "\n").encode())
        run = subprocess.run([whosaid, "extract", "--input", "html", str(path)], capture_output=True, check=False)
        if run.returncode == 0:
            stage.put("document_json", run.stdout)
    # Gold files with their text, and the extract JSON of the same text (a
    # prediction file) with it.
    for gold in sorted((ROOT / "tests/data").rglob("*.json")):
        try:
            document = json.loads(gold.read_text()).get("document", "")
        except (ValueError, AttributeError):
            continue
        candidates = [gold.parent / document, gold.parent.parent / "text" / document, gold.with_suffix(".txt")]
        text = next((c.read_bytes() for c in candidates if document and c.is_file()), None)
        stage.put("gold", gold.read_bytes())
        if text is not None:
            stage.put("gold", gold.read_bytes() + b"\0" + text)
            run = subprocess.run([whosaid, "extract", "-"], input=text, capture_output=True, check=False)
            if run.returncode == 0:
                stage.put("gold", run.stdout + b"\0" + text)
    # brat .ann gold with the text it annotates (fuzz_gold reads its input
    # as brat too): NAME.txt beside it, or text/NAME.txt (PolNeAR's layout,
    # NAME_XXXX.ann with XXXX the annotator).
    for ann in sorted((ROOT / "tests/data").rglob("*.ann")):
        stem = ann.stem
        names = [stem] + ([stem.rsplit("_", 1)[0]] if "_" in stem else [])
        candidates = [d / (n + ".txt") for n in names for d in (ann.parent, ann.parent.parent / "text")]
        text = next((c.read_bytes() for c in candidates if c.is_file()), None)
        if text is not None:
            stage.put("gold", ann.read_bytes() + b"\0" + text)
    # Language data: sorted names, as fuzz_lang.cpp sorts them.
    names = sorted(p.name for p in (ROOT / "data/lang/fr").iterdir() if p.is_file())
    for i, name in enumerate(names):
        stage.put("lang", bytes([i]) + (ROOT / "data/lang/fr" / name).read_bytes())
    for bad in sorted((ROOT / "tests/data/lang").rglob("*")):
        if bad.is_file() and bad.name in names:
            stage.put("lang", bytes([names.index(bad.name)]) + bad.read_bytes())


if __name__ == "__main__":
    main()
