#include "report/page_assets.h"

#include "report/article_context.h"
#include "report/reading_graph.h"

namespace whosaid::report {
namespace {

// Text #1b1b1b on white is 17:1, muted #555 7.5:1, links #0b57d0 6.6:1; every
// source colour is at least 4.5:1 on white (reading_graph.cpp).
constexpr std::string_view kBaseCss = R"css(
:root{color-scheme:light;--ink:#1b1b1b;--muted:#555;--line:#d4d4d4;--link:#0b57d0;--paper:#fff;--soft:#f6f6f3;--fg:#424242;--bg:#f5f5f5}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--paper)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,summary:focus-visible,mark:focus-visible,main:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:var(--paper);padding:.5em 1em;z-index:10}
.skip:focus{left:.5rem}
.banner,nav,main,.page-foot{max-width:80rem;margin:0 auto;padding:0 1rem}
.banner{padding-top:1rem;padding-bottom:.5rem;border-bottom:1px solid var(--line)}
h1{font-size:1.6rem;margin:.2em 0}
h2{font-size:1.45rem;margin:1.4em 0 .3em}
h3{font-size:1.15rem;margin:1.4em 0 .5em;padding-bottom:.2em;border-bottom:1px solid var(--line)}
h4{font-size:1rem;margin:1.1em 0 .3em}
nav h2{font-size:1rem;margin:.8em 0 .2em}
nav ol{margin:0 0 .5em;padding-left:1.4em}
.hint,.muted{color:var(--muted)}
.hint{font-size:.9rem;margin:.2em 0 .6em}
.warn{color:#a11a1a;font-weight:600}
.n{color:var(--muted);font-weight:400}
.provenance,.figures{display:flex;flex-wrap:wrap;gap:.2rem 1.6rem;margin:.3em 0}
.provenance dt,.figures dt{font-size:.8rem;color:var(--muted)}
.provenance dd,.figures dd{margin:0;overflow-wrap:anywhere}
.figures dd{font-size:1.5rem;font-weight:700}
.columns{display:grid;grid-template-columns:minmax(0,2fr) minmax(16rem,1fr);gap:2rem;align-items:start}
@media (min-width:62.01rem){.columns>.sources{position:sticky;top:0;max-height:100vh;overflow-y:auto;padding-right:.3rem}}
@media (max-width:62rem){.columns{grid-template-columns:minmax(0,1fr);gap:0}}
.legend{font-size:.9rem}
.legend ul,.edge-legend{list-style:none;padding:0;margin:.2em 0;display:flex;flex-wrap:wrap;gap:.3em 1.1em}
.legend-title{font-weight:600;margin-right:.5em}
.article-text{font-family:Georgia,"Times New Roman",serif;font-size:1.06rem;line-height:2.05;max-width:44em}
.flow{white-space:pre-wrap;overflow-wrap:anywhere}
.part{margin:0 0 1.2em}
.part.header{color:#333;border-left:3px solid var(--line);padding-left:.7em}
.part-label{font:600 .78rem/1.4 system-ui,sans-serif;color:var(--muted);margin:0;text-transform:uppercase;letter-spacing:.04em}
details.part{border:1px dashed #9e9e9e;border-radius:4px;padding:.3em .7em;background:var(--soft)}
details.part>summary{font:600 .9rem/1.6 system-ui,sans-serif;color:var(--muted);cursor:pointer}
.m{color:inherit;background:none;padding:0 1px;border-radius:3px}
.m.s{background:var(--bg);box-shadow:inset 0 0 0 1px var(--fg)}
.m.q{font-weight:700;color:var(--fg);outline:1px dashed var(--fg);outline-offset:-1px}
.m.t{text-decoration-line:underline;text-decoration-color:var(--fg);text-decoration-thickness:2px;text-underline-offset:.22em;text-decoration-skip-ink:none}
.m.t.direct{text-decoration-style:solid;text-decoration-thickness:3px}
.m.t.indirect{text-decoration-style:dotted}
.m.t.mixed,.m.t.noquote{text-decoration-style:dashed}
.m.t.nested{text-underline-offset:.55em}
.m.t.nested:not([data-part])::before{content:"\21B3";color:var(--fg);font:700 .8em system-ui,sans-serif;margin-right:.1em}
.m.r{box-shadow:inset 0 -3px 0 #2e7d32}
.m.anchor::after{content:attr(data-n);font:700 .62rem/1 system-ui,sans-serif;vertical-align:super;color:var(--fg);margin-left:2px}
mark.m.on{outline:2px solid var(--fg);outline-offset:1px}
.picking .m:not(.hl){--fg:#767676;--bg:#f2f2f2}
.picking .m.hl.s{box-shadow:inset 0 0 0 2px var(--fg)}
.sources{font-size:.95rem}
.source-list{list-style:none;padding:0;margin:0}
.source{border-left:6px solid var(--fg);background:var(--soft);padding:.4em .7em;margin:0 0 .8em;border-radius:0 4px 4px 0}
.pick{font:inherit;font-weight:700;color:var(--ink);background:var(--bg);border:1px solid var(--fg);border-radius:4px;padding:.25em .6em;cursor:pointer;text-align:left;max-width:100%;overflow-wrap:anywhere}
.pick[aria-pressed="true"]{background:var(--fg);color:#fff}
.pick[aria-pressed="true"] .eid{color:#fff}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;background:var(--fg);margin-right:.45em;vertical-align:-.05em}
.eid{font-weight:400;font-size:.8em;color:var(--muted)}
.source dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1em .7em;margin:.4em 0 0;font-size:.88rem}
.source dt{color:var(--muted)}
.source dd{margin:0;overflow-wrap:anywhere}
.mentions{margin:0;padding-left:1.1em}
ul.inline{display:inline;padding:0;margin:0}
ul.inline li{display:inline}
ul.inline li+li::before{content:", "}
.claims,.entities,.groups{padding-left:1.2em}
.claims li,.groups li{margin:.3em 0}
.claims li::marker,.entities li::marker,.groups li::marker{color:var(--fg)}
.cue{font-weight:700}
q{font-style:italic}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.85rem;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.3em .5em;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
tbody tr td:first-child{border-left:4px solid var(--fg)}
details.attributions,details.dot{margin:1em 0}
details>summary{cursor:pointer;font-weight:600}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.78rem;background:var(--soft);padding:.7em;max-height:32em;overflow:auto}
figure{margin:.5em 0}
figcaption{font-size:.9rem;color:var(--muted);margin-top:.3em}
.graph-svg{max-width:100%;height:auto}
.edge-legend li{font-size:.85rem;padding-left:2.2em;background-repeat:no-repeat;position:relative}
.edge-legend li::before{content:"";position:absolute;left:0;top:.7em;width:1.8em;border-top:3px solid #37474f}
.edge-legend .denies::before{border-top-color:#c62828}
.edge-legend .refuses::before{border-top:2px dashed #616161}
.edge-legend .relays::before{border-top-color:#1565c0}
.edge-legend .told-to::before{border-top:2px solid #2e7d32}
.edge-legend .member-of::before{border-top:3px dotted #6a1b9a}
.shared table{width:auto}
.info{position:fixed;right:1rem;bottom:1rem;max-width:28rem;max-height:60vh;overflow:auto;background:var(--paper);border:2px solid var(--ink);border-radius:6px;padding:.5em .8em;box-shadow:0 4px 18px rgba(0,0,0,.25);font-size:.85rem;z-index:5}
.info dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:0 .7em;margin:0}
.info dt{color:var(--muted)}
.info dd{margin:0;overflow-wrap:anywhere}
.page-foot{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:2.5rem;padding-top:.6rem;padding-bottom:2rem}
@media (max-width:40rem){body{font-size:15px}.info{left:.5rem;right:.5rem;bottom:.5rem;max-width:none}.article-text{font-size:1rem}.figures dd{font-size:1.2rem}}
)css";

// ES5, no framework: the page must open anywhere, offline.
constexpr std::string_view kScript = R"js(
(function () {
  "use strict";
  var info = document.getElementById("info");
  var lit = [];
  function article(el) { return el.closest("article"); }
  function marksOf(art, attr, value) {
    return Array.prototype.slice.call(art.querySelectorAll("mark[" + attr + "=\"" + value + "\"]"));
  }
  function hide() {
    lit.forEach(function (m) { m.classList.remove("on"); });
    lit = [];
    info.hidden = true;
  }
  function show(mark) {
    var art = article(mark);
    var key = mark.getAttribute("data-a");
    if (!art || !/^a[0-9]+$/.test(key)) return;
    hide();
    lit = marksOf(art, "data-a", key);
    lit.forEach(function (m) { m.classList.add("on"); });
    var row = document.getElementById(art.id + "-" + key + "-info");
    if (!row) return;
    var heads = row.closest("table").querySelectorAll("thead th");
    var list = document.createElement("dl");
    for (var i = 0; i < row.cells.length; i++) {
      var value = row.cells[i].textContent;
      if (!value) continue;
      var dt = document.createElement("dt");
      dt.textContent = heads[i] ? heads[i].textContent : "";
      var dd = document.createElement("dd");
      dd.textContent = value;
      list.appendChild(dt);
      list.appendChild(dd);
    }
    while (info.firstChild) info.removeChild(info.firstChild);
    info.appendChild(list);
    info.hidden = false;
  }
  function markAt(target) {
    return target && target.closest ? target.closest("mark[data-a]") : null;
  }
  document.addEventListener("mouseover", function (e) {
    var m = markAt(e.target);
    if (m) show(m);
    else if (lit.length && !(info.contains(e.target))) hide();
  });
  document.addEventListener("focusin", function (e) {
    var m = markAt(e.target);
    if (m) show(m);
    else hide();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") hide();
  });
  document.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest("button.pick") : null;
    if (!button) return;
    var art = article(button);
    var entity = button.getAttribute("data-e");
    if (!art || !/^d[0-9]+-e[0-9]+$/.test(entity)) return;
    var pressed = button.getAttribute("aria-pressed") === "true";
    Array.prototype.forEach.call(art.querySelectorAll("button.pick"), function (b) {
      b.setAttribute("aria-pressed", "false");
    });
    Array.prototype.forEach.call(art.querySelectorAll("mark.hl"), function (m) { m.classList.remove("hl"); });
    art.classList.remove("picking");
    if (pressed) return;
    button.setAttribute("aria-pressed", "true");
    art.classList.add("picking");
    marksOf(art, "data-e", entity).forEach(function (m) { m.classList.add("hl"); });
  });
  document.documentElement.setAttribute("data-script", "ready");
})();
)js";

std::string build_css() {
  std::string css(kBaseCss);
  for (int c = 0; c < kColours; ++c)
    css += ".c" + std::to_string(c) + "{--fg:" + palette(c).dark + ";--bg:" + palette(c).light + "}\n";
  css += std::string(".cx{--fg:") + palette(-1).dark + ";--bg:" + palette(-1).light + "}\n";
  return css;
}

}  // namespace

const std::string& page_css() {
  static const std::string css = build_css();
  return css;
}

std::string_view page_script() { return kScript; }

}  // namespace whosaid::report
