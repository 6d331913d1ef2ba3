"""`plans show` pages in a real browser: Debian's chromium driven by selenium through chromium-driver
(both installed by setup.sh; without them these tests skip, saying which is missing).

Each test loads a page from a file (no server, no network), reads the browser's console log (no
errors) and checks the DOM: every mark's text is the document's text at the record's offsets.
The screenshot of a real plan's page is written under the test's tmp dir; with
``UPDATE_SCREENSHOT=1`` also to docs/img/show.png (the README's)."""
import json
import os
import shutil
import textwrap
import unicodedata

import pytest

from pipeline.show import render_page, spans_of, write_page

from conftest import ROOT, SEED_000

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
REAL2 = ROOT / "corpus" / "real2"

# Every mark's text, by "kind record-id" (fragments joined), and the text of #doc.
_MARKED_JS = """
var out={};document.querySelectorAll('#doc mark').forEach(function(m){
  var kind=m.classList[1];m.getAttribute('data-r').split(' ').forEach(function(id){
    var k=kind+' '+id;out[k]=(out[k]||'')+m.textContent;});});
return {marked:out,text:document.getElementById('doc').textContent,
        pages:document.querySelectorAll('#doc .pb').length};
"""


@pytest.fixture(scope="module")
def browser():
    missing = [name for name, found in (("chromium", CHROMIUM), ("chromium-driver", CHROMEDRIVER)) if not found]
    if missing:
        pytest.skip(f"no {' and '.join(missing)} (Debian packages; setup.sh installs them as root)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed (the dev extra)")
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,1000",
                "--lang=vi"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The system chromedriver, named: selenium would otherwise try to download one.
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    yield driver
    driver.quit()


def _open(browser, page: str, path):
    write_page(page, path)
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(path.as_uri())
    return browser.execute_script(_MARKED_JS)


def _errors(browser) -> list[dict]:
    return [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def _assert_placed(plan, dom):
    assert dom["text"] == plan.text
    spans = spans_of(plan)
    expected = {f"{s.kind} {rid}": plan.text[s.start:s.end] for s in spans for rid in s.ids}
    assert dom["marked"] == expected


def test_real_plan_page_in_the_browser(browser, extracted, tmp_path):
    plan = extracted("corpus/real2/p037.txt")  # (relative: the page shows the source as given)
    dom = _open(browser, render_page(plan), tmp_path / "p037.html")
    assert _errors(browser) == []
    _assert_placed(plan, dom)
    # every target's figure, read from the DOM, is the text at its offsets
    for i, t in enumerate(plan.targets):
        assert dom["marked"][f"tgt t:{i}"] == plan.text[t.start:t.end]
    assert dom["marked"]["tgt t:0"] == "40 μg/m3"
    # clicking a target's row in its table pins its record in the viewer and scrolls to its mark
    from selenium.webdriver.common.by import By
    row = browser.find_element(By.CSS_SELECTOR, '#t-targets tr[data-r="t:0"]')
    browser.execute_script("arguments[0].scrollIntoView()", row)
    row.click()
    shown = json.loads(browser.find_element(By.ID, "rec").text)
    assert shown["id"] == "t:0" and shown["record"]["unit"] == "μg/m3" and shown["record"]["value"] == 40
    lit = browser.find_elements(By.CSS_SELECTOR, "#doc mark.hl")
    assert {m.get_attribute("data-r") for m in lit} == {"t:0"} and len(lit) == 2  # the figure and its clause
    # clicking a mark inside nested ones shows every record around it, innermost first
    mark = browser.find_element(By.CSS_SELECTOR, '#doc mark.tgt[data-r="t:0"]')
    mark.click()
    chain = json.loads(browser.find_element(By.ID, "rec").text)
    # (the figure and its clause share one record; the bullet heading holds them)
    assert [r["id"] for r in chain] == ["t:0", "s:sec_I__item_2__item_a__bullet_1"]
    assert _errors(browser) == []
    shot = tmp_path / "show.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 50_000
    if os.environ.get("UPDATE_SCREENSHOT"):
        (ROOT / "docs" / "img").mkdir(exist_ok=True)
        shutil.copyfile(shot, ROOT / "docs" / "img" / "show.png")
    # hovering (nothing pinned) shows the records under the pointer: a unit inside its item
    from selenium.webdriver.common.action_chains import ActionChains
    browser.find_element(By.ID, "doc").click()  # (a click on no mark unpins)
    unit = browser.find_element(By.CSS_SELECTOR, "#doc mark.unit")
    browser.execute_script("arguments[0].scrollIntoView({block:'center'})", unit)
    ActionChains(browser).move_to_element(unit).perform()
    hovered = json.loads(browser.find_element(By.ID, "rec").text)
    records = hovered if isinstance(hovered, list) else [hovered]
    assert records[0]["kind"] == "resp" and records[0]["record"]["unit"] == unit.text
    # the legend's box hides a kind: its marks lose their colour
    target = browser.find_element(By.CSS_SELECTOR, "#doc mark.tgt")
    assert target.value_of_css_property("background-color") == "rgba(240, 228, 66, 1)"
    box = browser.find_element(By.CSS_SELECTOR, '.legend input[data-kind="tgt"]')
    browser.execute_script("arguments[0].scrollIntoView({block:'end'})", box)  # (below the sticky viewer)
    box.click()
    assert target.value_of_css_property("background-color") == "rgba(0, 0, 0, 0)"


def test_script_in_a_document_does_not_run(browser, tmp_path):
    from pipeline import extract
    text = SEED_000.read_text(encoding="utf-8").replace(
        "MỤC ĐÍCH, YÊU CẦU", "MỤC ĐÍCH <script>window.PWNED=1</script><img src=x onerror=window.PWNED=2>", 1)
    plan = extract(text, source="<script>window.PWNED=3</script>.txt")
    dom = _open(browser, render_page(plan), tmp_path / "hostile.html")
    assert browser.execute_script("return window.PWNED === undefined")
    assert browser.execute_script("return document.querySelectorAll('#doc script, #doc img').length") == 0
    assert _errors(browser) == []
    _assert_placed(plan, dom)


def test_a_100_page_pdf_opens_with_all_its_spans(browser, tmp_path):
    """A 100-page PDF made from the longest real plan's text (p037, 2,670 lines): the page loads
    without errors, shows 100 page markers and every span."""
    import scripts_fonts
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pipeline.api import extract_raw
    from pipeline.ingest import read
    font = scripts_fonts.register()
    # (NFC: the file spells some letters with combining marks, which the PDF font has no glyphs for)
    text = unicodedata.normalize("NFC", (REAL2 / "p037.txt").read_text(encoding="utf-8").replace("**", ""))
    lines = [w for line in text.splitlines()
             for w in (textwrap.wrap(line, 95) or [""])]
    per_page = -(-len(lines) // 100)
    pdf = tmp_path / "long.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    for p in range(100):
        c.setFont(font, 9)
        for i, line in enumerate(lines[p * per_page:(p + 1) * per_page]):
            c.drawString(40, 800 - 12 * i, line)
        c.showPage()
    c.save()
    raw = read(pdf)
    assert raw.pages == 100
    plan = extract_raw(raw)
    # the same 33 targets as the text file; 430 spans to mark
    # (432: "Bộ Công an chỉ đạo lực lượng công an các cấp, …" gives its unit and item spans, annotated;
    # 434: "giao các trường đại học, trung tâm, viện nghiên cứu trực thuộc" its unit and task, annotated;
    # 436: "…, đặc biệt là công an cấp xã, …", the body singled out among those directed, annotated;
    # 438: abbreviations of central bodies the lexicon now expands, "VOV", "VPCP"; 436: "các bộ,
    # ngành, địa phương" names everyone, no unit, as the gold leaves it out; 438: "Các cơ sở sản xuất",
    # a class whose kind takes five words to open, executes, as annotated)
    assert (len(plan.targets), len(spans_of(plan))) == (33, 438)
    dom = _open(browser, render_page(plan), tmp_path / "long.html")
    assert _errors(browser) == []
    assert dom["pages"] == 100
    _assert_placed(plan, dom)


def test_dataset_site_in_the_browser(browser, tmp_path):
    """The site of a dataset (tests/test_site.py's: the p04 pair, two seeds, an empty file): the
    index loads without console errors, sorts and filters, and the child's citation of Nghị quyết
    10-NQ/TW leads to the resolution's page, whose "cited by" leads back."""
    from selenium.webdriver.common.by import By
    from test_site import make_dataset

    from pipeline.site import build_site
    build_site(make_dataset(tmp_path), tmp_path / "site")
    browser.get_log("browser")
    browser.get((tmp_path / "site" / "index.html").as_uri())
    assert _errors(browser) == []
    rows = browser.find_elements(By.CSS_SELECTOR, "#docs tbody tr")
    assert len(rows) == 4 and browser.find_element(By.ID, "shown").text == "4 of 4 shown"
    browser.find_element(By.CSS_SELECTOR, '#docs th[data-col="1"]').click()  # sort by number
    numbers = [r.find_elements(By.TAG_NAME, "td")[1].text for r in
               browser.find_elements(By.CSS_SELECTOR, "#docs tbody tr")]
    assert numbers == ["", "", "10-NQ/TW", "88/NQ-CP"]
    browser.find_element(By.ID, "filter").send_keys("88/nq")
    assert browser.find_element(By.ID, "shown").text == "1 of 4 shown"
    visible = [r for r in browser.find_elements(By.CSS_SELECTOR, "#docs tbody tr") if r.is_displayed()]
    assert [r.find_elements(By.TAG_NAME, "td")[1].text for r in visible] == ["88/NQ-CP"]
    visible[0].find_element(By.TAG_NAME, "a").click()
    assert browser.title == "plans show: NGHỊ QUYẾT 88/NQ-CP"
    link = browser.find_element(By.CSS_SELECTOR, "#t-refs a.cite")
    browser.execute_script("arguments[0].scrollIntoView({block:'center'})", link)
    link.click()
    assert browser.title == "plans show: NGHỊ QUYẾT 10-NQ/TW"
    assert _errors(browser) == []
    back = browser.find_element(By.CSS_SELECTOR, "#t-citedby a.citedby")
    assert back.text == "NGHỊ QUYẾT 88/NQ-CP"
    browser.execute_script("arguments[0].scrollIntoView({block:'center'})", back)
    back.click()
    assert browser.title == "plans show: NGHỊ QUYẾT 88/NQ-CP"
    browser.get((tmp_path / "site" / "errors.html").as_uri())
    assert _errors(browser) == []
    assert browser.find_element(By.CSS_SELECTOR, "#errors td:nth-child(2)").text == "empty file"
