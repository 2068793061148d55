// The report in a real browser: Debian's headless Chromium renders pages the
// built `whosaid report` wrote, with every host name unresolvable and a log of
// its network requests, and tests/tools/check_report.py (Debian's
// python3-html5lib) reads what it rendered:
//   - the seed's page marks every attribution of `whosaid extract` with its
//     spans, its script runs, it requests nothing, and it is strict HTML5;
//   - a hostile article's markup shows as text and makes nothing;
//   - the page's Content-Security-Policy stops a script and an image that an
//     escaping bug would let in (and, as a control, without it they get in and
//     the checks fail);
//   - focus, hover, Escape and the source buttons work, and nothing overflows
//     sideways at a phone's width.
// Screenshots (desktop and phone width) and the pages are kept in the build
// folder, report-artifacts/ beside the binary. With WHOSAID_REGENERATE_GRAPHS
// set, the desktop screenshot also replaces docs/report.png (the README's).
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "support/command.h"

using namespace whosaid::test;
namespace fs = std::filesystem;

namespace {

const char* kChromium = "/usr/bin/chromium";
const char* kPython = "/usr/bin/python3";  // Debian's, with python3-html5lib

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

fs::path artifacts() {
  fs::path dir = fs::path(whosaid_binary()).parent_path() / "report-artifacts";
  fs::create_directories(dir);
  return dir;
}

struct Run {
  int code = -1;
  std::string out;
};

// Runs a shell command line (arguments already quoted), its output (stdout and stderr) captured.
Run run(const Scratch& scratch, const std::string& command) {
  const std::string log = scratch.path("run.log").string();
  const int status = std::system((command + " >" + shell_quote(log) + " 2>&1 </dev/null").c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(log)};
}

// One headless Chromium run on a page, in a fresh profile, with no host
// name resolvable: `what` is "--dump-dom" or "--screenshot=PATH".
Run chromium(const Scratch& scratch, const fs::path& page, const std::string& what, const std::string& size,
             const fs::path& dom = {}, const fs::path& netlog = {}) {
  REQUIRE(fs::exists(kChromium));  // chromium is in .ci/packages.txt
  static int profiles = 0;
  const fs::path profile = scratch.path("profile-" + std::to_string(++profiles));
  std::string command = "timeout 120 " + std::string(kChromium) +
                        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                        " --disable-background-networking --disable-component-update --disable-sync"
                        " --hide-scrollbars --force-device-scale-factor=1"
                        " --host-resolver-rules=" + shell_quote("MAP * ~NOTFOUND") +
                        " --user-data-dir=" + shell_quote(profile.string()) + " --window-size=" + size;
  if (!netlog.empty()) command += " --log-net-log=" + shell_quote(netlog.string());
  command += " " + what + " " + shell_quote("file://" + fs::absolute(page).string());
  if (!dom.empty()) {
    const int status = std::system((command + " >" + shell_quote(dom.string()) + " 2>/dev/null </dev/null").c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(dom)};
  }
  return run(scratch, command);
}

Run check(const Scratch& scratch, const std::string& args) {
  REQUIRE(fs::exists(kPython));
  const fs::path tool = fs::path(env("WHOSAID_TEST_DATA")).parent_path() / "tools" / "check_report.py";
  REQUIRE(fs::exists(tool));
  return run(scratch, std::string(kPython) + " " + shell_quote(tool.string()) + " " + args);
}

std::string q(const fs::path& p) { return shell_quote(p.string()); }

// The page `whosaid report INPUT` writes, and the extract JSON of the same input.
void make_report(const Scratch& scratch, const fs::path& input, const fs::path& html, const fs::path& json) {
  CommandResult r = run_whosaid(scratch, "report " + q(input) + " -o " + q(html));
  INFO(r.err);
  REQUIRE(r.code == 0);
  r = run_whosaid(scratch, "extract " + q(input) + " -o " + q(json));
  INFO(r.err);
  REQUIRE(r.code == 0);
}

// A PNG of the given width, not blank-sized.
void check_png(const fs::path& png, uint32_t width) {
  const std::string bytes = read_file(png);
  INFO(png.string());
  REQUIRE(bytes.size() > 20000);
  CHECK(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  const auto b = [&](std::size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])); };
  CHECK((b(16) << 24 | b(17) << 16 | b(18) << 8 | b(19)) == width);
}

std::string with_text_at(std::string page, std::string_view after, const std::string& insert) {
  const std::size_t at = page.find(after);
  REQUIRE(at != std::string::npos);
  page.insert(at + after.size(), insert);
  return page;
}

std::string without_csp(std::string page) {
  const std::size_t begin = page.find("<meta http-equiv=\"Content-Security-Policy\"");
  REQUIRE(begin != std::string::npos);
  page.erase(begin, page.find('>', begin) + 1 - begin);
  return page;
}

// Drives the page as a reader would and leaves what happened on <body data-probe>.
constexpr const char* kProbe = R"(<script>
(function () {
  var r = {};
  var info = document.getElementById("info");
  var anchors = document.querySelectorAll("article mark.anchor");
  var anchor = anchors[0], art = anchor.closest("article");
  function rowOf(m) { return document.getElementById(art.id + "-" + m.getAttribute("data-a") + "-info"); }
  anchor.focus();
  r.focus_shows_info = !info.hidden;
  r.focus_info_has_rule = info.textContent.indexOf(rowOf(anchor).querySelector("code").textContent) >= 0;
  r.focus_lights_marks = anchor.classList.contains("on");
  document.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
  r.escape_hides_info = info.hidden;
  var other = anchors[Math.min(2, anchors.length - 1)];
  other.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  var row = rowOf(other);
  r.hover_shows_info = !info.hidden;
  r.hover_info_has_rule = info.textContent.indexOf(row.querySelector("code").textContent) >= 0 &&
                          info.textContent.indexOf(row.cells[3].textContent) >= 0;
  var button = art.querySelector("button.pick");
  r.entity_marks = art.querySelectorAll("mark[data-e='" + button.getAttribute("data-e") + "']").length;
  button.click();
  r.pressed = button.getAttribute("aria-pressed");
  r.picking = art.classList.contains("picking");
  r.highlighted = art.querySelectorAll("mark.hl").length;
  button.click();
  r.released = button.getAttribute("aria-pressed");
  r.unpicked = !art.classList.contains("picking");
  r.left_highlighted = art.querySelectorAll("mark.hl").length;
  r.width = document.documentElement.clientWidth;
  r.overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  document.body.setAttribute("data-probe", JSON.stringify(r));
})();
</script>
)";

}  // namespace

TEST_CASE("browser: the seed's page marks every attribution, fetches nothing, is strict HTML5", "[report][browser]") {
  Scratch scratch("report-browser-seed");
  const fs::path input = fs::path(env("WHOSAID_EXAMPLES")) / "reuters-ceasefire-fr.txt";
  const fs::path html = artifacts() / "reuters-ceasefire-fr.report.html", json = scratch.path("seed.json");
  make_report(scratch, input, html, json);

  Run valid = check(scratch, "validate " + q(html));
  INFO(valid.out);
  CHECK(valid.code == 0);

  const fs::path dom = scratch.path("seed.dom.html"), netlog = scratch.path("seed.netlog.json");
  REQUIRE(chromium(scratch, html, "--dump-dom", "1280,2000", dom, netlog).code == 0);
  Run marks = check(scratch, "marks " + q(dom) + " " + q(json));
  INFO(marks.out);
  CHECK(marks.code == 0);
  Run net = check(scratch, "netlog " + q(netlog));
  INFO(net.out);
  CHECK(net.code == 0);

  const fs::path desktop = artifacts() / "reuters-ceasefire-fr.report.png";
  const fs::path phone = artifacts() / "reuters-ceasefire-fr.report-phone.png";
  std::remove(desktop.c_str());
  std::remove(phone.c_str());
  CHECK(chromium(scratch, html, "--screenshot=" + q(desktop), "1280,1500").code == 0);
  CHECK(chromium(scratch, html, "--screenshot=" + q(phone), "390,1500").code == 0);
  check_png(desktop, 1280);
  check_png(phone, 390);
  if (!env("WHOSAID_REGENERATE_GRAPHS").empty())
    fs::copy_file(desktop, fs::path(env("WHOSAID_DOCS")) / "report.png", fs::copy_options::overwrite_existing);
}

TEST_CASE("browser: a hostile article's markup shows as text and runs nothing", "[report][browser]") {
  Scratch scratch("report-browser-hostile");
  const fs::path input = test_data("report/hostile-article.txt");
  const fs::path html = artifacts() / "hostile-article.report.html", json = scratch.path("hostile.json");
  make_report(scratch, input, html, json);
  Run valid = check(scratch, "validate " + q(html));
  INFO(valid.out);
  CHECK(valid.code == 0);
  const fs::path dom = scratch.path("hostile.dom.html"), netlog = scratch.path("hostile.netlog.json");
  REQUIRE(chromium(scratch, html, "--dump-dom", "1280,2000", dom, netlog).code == 0);
  Run hostile = check(scratch, "hostile " + q(dom));
  INFO(hostile.out);
  CHECK(hostile.code == 0);
  Run marks = check(scratch, "marks " + q(dom) + " " + q(json));
  INFO(marks.out);
  CHECK(marks.code == 0);
  CHECK(check(scratch, "netlog " + q(netlog)).code == 0);

  // The checks fail on the same article opened as a page of its own: they can tell.
  const fs::path raw = scratch.write("raw.html", read_file(input));
  const fs::path raw_dom = scratch.path("raw.dom.html");
  REQUIRE(chromium(scratch, raw, "--dump-dom", "1280,1000", raw_dom).code == 0);
  CHECK(check(scratch, "hostile " + q(raw_dom)).code == 1);
}

TEST_CASE("browser: the page's CSP stops what an escaping bug would let in", "[report][browser]") {
  Scratch scratch("report-browser-csp");
  const fs::path html = scratch.path("seed.html"), json = scratch.path("seed.json");
  make_report(scratch, fs::path(env("WHOSAID_EXAMPLES")) / "reuters-ceasefire-fr.txt", html, json);
  const std::string injected =
      "<script>document.documentElement.setAttribute('data-injected', 'yes')</script>"
      "<img src=\"http://example.invalid/tracker.png\" alt=\"\">";
  const std::string page = with_text_at(read_file(html), "<body>\n", injected);

  const fs::path guarded = scratch.write("guarded.html", page), dom = scratch.path("guarded.dom.html");
  const fs::path netlog = scratch.path("guarded.netlog.json");
  REQUIRE(chromium(scratch, guarded, "--dump-dom", "1280,1000", dom, netlog).code == 0);
  const std::string rendered = read_file(dom);
  CHECK(rendered.find("data-injected=\"yes\"") == std::string::npos);
  CHECK(rendered.find("data-script=\"ready\"") != std::string::npos);  // the page's own script still runs
  Run net = check(scratch, "netlog " + q(netlog));
  INFO(net.out);
  CHECK(net.code == 0);

  // Control: without the policy the injected script runs and the image is requested.
  const fs::path open = scratch.write("open.html", without_csp(page)), open_dom = scratch.path("open.dom.html");
  const fs::path open_log = scratch.path("open.netlog.json");
  REQUIRE(chromium(scratch, open, "--dump-dom", "1280,1000", open_dom, open_log).code == 0);
  CHECK(read_file(open_dom).find("data-injected=\"yes\"") != std::string::npos);
  Run leak = check(scratch, "netlog " + q(open_log));
  INFO(leak.out);
  CHECK(leak.code == 1);
  CHECK(leak.out.find("http://example.invalid/tracker.png") != std::string::npos);
}

TEST_CASE("browser: focus, hover and the source buttons work at a phone's width", "[report][browser]") {
  Scratch scratch("report-browser-probe");
  const fs::path html = scratch.path("seed.html"), json = scratch.path("seed.json");
  make_report(scratch, fs::path(env("WHOSAID_EXAMPLES")) / "reuters-ceasefire-fr.txt", html, json);
  // The probe is a second script: the page's policy would stop it, so this copy has none.
  const std::string page = without_csp(read_file(html));
  const std::size_t end = page.rfind("</body>");
  REQUIRE(end != std::string::npos);
  const fs::path probed = scratch.write("probed.html", page.substr(0, end) + kProbe + page.substr(end));
  for (const char* size : {"390,1200", "1280,1200"}) {
    INFO(size);
    const fs::path dom = scratch.path("probed.dom.html");
    REQUIRE(chromium(scratch, probed, "--dump-dom", size, dom).code == 0);
    Run r = check(scratch, "interaction " + q(dom));
    INFO(r.out);
    CHECK(r.code == 0);
  }
}
