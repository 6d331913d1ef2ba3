"""The published contract (pipeline/schemas, docs/contract.md): every output validates against its
JSON Schema — the extraction of corpus documents (a handful here, every document the build reads in
the slow test), `plans check` reports (the real chains here, every fixture in the slow test) and the
rows of a built dataset — a broken record does not, and the data dictionary (docs/dataset.md) and
the dataset schema are what the generator writes from DTYPES and columns.json."""
from __future__ import annotations

import copy
import functools
import json
import shutil

import jsonschema
import pandas as pd
import pytest

from pipeline import contract, dataset
from pipeline.check import Against, check_plan
from pipeline.cli import main
from pipeline.dataset import DTYPES, records
from pipeline.rows import document_rows
from pipeline.works import WORK_COLUMNS

from conftest import REAL, ROOT, SEED_000, SEED_001, SEEDS

REAL2 = ROOT / "corpus" / "real2"
CHECK_REAL = ROOT / "tests" / "fixtures" / "check-real"
P009 = REAL2 / "p009.txt"


@functools.cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(contract.load_schema(name))


def _errors(name: str, instance) -> list[str]:
    """Each error as "path: message" (empty when the instance is valid)."""
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in _validator(name).iter_errors(instance)]


def _row_errors(table: str, rows: list[dict]) -> list[str]:
    return _errors("dataset", {table: rows})


# --- the schemas ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", contract.NAMES)
def test_each_schema_is_draft_2020_12_and_printed_by_plans_schema(name, capsys):
    schema = contract.load_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert main(["schema", name]) == 0
    assert json.loads(capsys.readouterr().out) == schema


def test_the_schemas_carry_the_versions_the_code_writes():
    from pipeline.check import SCHEMA as CHECK
    from pipeline.dataset import DATASET_SCHEMA
    from pipeline.model import SCHEMA
    assert contract.load_schema("extract")["properties"]["schema"] == {"const": SCHEMA} and SCHEMA == "plans/2"
    assert contract.load_schema("check")["properties"]["schema"] == {"const": CHECK} and CHECK == "plans-check/1"
    assert DATASET_SCHEMA in contract.load_schema("dataset")["title"] and DATASET_SCHEMA == "plans-dataset/2"


def test_the_schemas_are_shipped_as_package_data():
    import tomllib
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    assert "schemas/*.json" in data["pipeline"]
    assert sorted(p.name for p in contract.SCHEMA_DIR.glob("*.json")) == [
        "check.json", "columns.json", "dataset.json", "extract.json"]


# --- extraction -------------------------------------------------------------------------------

def test_a_handful_of_corpus_extractions_validate(extracted):
    """The five seeds, a real plan of real2, a real PDF and a real DOCX (the slow test does them all)."""
    paths = sorted(SEEDS.glob("*.txt")) + [P009, REAL / "03_QD-2319-QD-TTg_signed.pdf",
                                            REAL / "12_KH-CCHC-2026-UBND-LamDong.docx"]
    for path in paths:
        doc = extracted(path).to_dict(with_text=True)
        assert _errors("extract", doc) == [], path
    p009 = extracted(P009).to_dict()
    assert (p009["document"]["code"], p009["document"]["code_key"]) == ("144/KH-UBND", "144/KH-UBND")
    sai = next(r for r in p009["responsibilities"] if r["unit"] == "Sở Tài chính" and r["role"] == "execute")
    assert sai["unit_key"] == "sở tài chính" and len(sai["tasks"]) == 3


def test_the_document_code_key_joins_a_citation_of_it(extracted):
    """Nghị quyết 10-NQ/TW (the parent of the real pair p04) is cited by the Government's programme
    as "10-NQ/TW": both sides key "10/NQ-TW" (the function references use, resolve.code_key)."""
    parent = extracted(CHECK_REAL / "p04-parent.txt").document
    child = extracted(CHECK_REAL / "p04-child.txt")
    assert (parent.code, parent.code_key) == ("10-NQ/TW", "10/NQ-TW")
    assert {(r.code, r.code_key) for r in child.references if r.code_key == parent.code_key} == {
        ("10-NQ/TW", "10/NQ-TW")}


def _seed_doc(extracted) -> dict:
    return copy.deepcopy(extracted(SEED_001).to_dict())


@pytest.mark.parametrize("breakage, where", [
    (lambda d: d["responsibilities"][0].update(role="boss"), "responsibilities/0/role"),
    (lambda d: d["responsibilities"][0].update(tasks="Tuyên truyền; vận động"), "responsibilities/0/tasks"),
    (lambda d: d["targets"][0].update(kind="aim"), "targets/0/kind"),
    (lambda d: d["dates"][0].update(granularity="week"), "dates/0/granularity"),
    (lambda d: d["dates"][0].update(value="05/01/2024"), "dates/0/value"),
    (lambda d: d["references"][0].update(relation="cites"), "references/0/relation"),
    (lambda d: d["references"][0].pop("code_key"), "references/0"),
    (lambda d: d["document"].update(colour="red"), "document"),
    (lambda d: d["document"].update(doc_id=None), "document/doc_id"),
    (lambda d: d["sections"][0].update(start=-1), "sections/0/start"),
    (lambda d: d.update(schema="plans/1"), "schema"),
])
def test_a_broken_extraction_fails(extracted, breakage, where):
    doc = _seed_doc(extracted)
    assert _errors("extract", doc) == []
    breakage(doc)
    errors = _errors("extract", doc)
    assert errors and all(e.startswith(where) for e in errors), errors


def test_a_recurring_date_needs_its_rule(extracted):
    doc = copy.deepcopy(extracted(P009).to_dict())
    recurring = next(d for d in doc["dates"] if d["granularity"] == "recurring")
    assert (recurring["value"], recurring["every"]) == ("--11-15", "year")
    recurring["every"] = None
    assert _errors("extract", doc) != []
    recurring["every"], recurring["granularity"] = "year", "day"  # a day date may not have a rule
    assert _errors("extract", doc) != []


@pytest.mark.slow
def test_every_corpus_document_the_build_reads_validates_and_so_do_its_rows(corpus_outputs):
    """Every document of corpus/ that `plans build corpus` reads (extracted as `plans extract`
    does, in worker processes), and the table rows the build makes of it."""
    found, docs, failed = corpus_outputs
    assert len(found.files) >= 114 and not found.refused
    assert failed == {} and len(docs) == len(found.files)
    for path, doc in docs.items():
        source = str(path)
        assert _errors("extract", doc) == [], source
        # What JSON Schema cannot say: a span ends where it starts or after, inside the text.
        spans = [(x["start"], x["end"]) for table in ("sections", "references", "dates", "targets",
                                                      "responsibilities", "recipients", "abbreviations")
                 for x in doc[table] if x["start"] is not None]
        assert all(0 <= s <= e <= len(doc["text"]) for s, e in spans), source
        rows = document_rows(doc)
        rows["texts"] = [{"doc_id": doc["document"]["doc_id"], "source": source, "text": doc["text"]}]
        rows["documents"][0].update(sha256="0" * 64, work_id="vn/x/kh/unknown/draft", rendering_of=None,
                                    version_of=None)  # (what the build adds)
        assert _errors("dataset", rows) == [], source


# --- plans check ------------------------------------------------------------------------------

def _real_report(extracted, pair: str, lang: str = "vi") -> dict:
    parent = extracted(CHECK_REAL / f"{pair}-parent.txt").to_dict(with_text=True)
    plan = extracted(CHECK_REAL / f"{pair}-child.txt").to_dict(with_text=True)
    return check_plan(plan, Against(docs={parent["document"]["doc_id"]: parent}), lang).to_dict()


def test_reports_of_the_real_chains_validate(extracted):
    p06 = _real_report(extracted, "p06")
    assert [f["code"] for f in p06["findings"]] == ["citation-mismatch", "parent-unchecked",
                                                    "period-outside-parent", "period-outside-parent"]
    assert _errors("check", p06) == []
    p09 = _real_report(extracted, "p09", "en")
    assert p09["findings"] == [] and len(p09["parents"]) == 1 and _errors("check", p09) == []


@pytest.mark.parametrize("breakage, where", [
    (lambda r: r["findings"][0].update(severity="info"), "findings/0/severity"),  # citation-mismatch is an error
    (lambda r: r["findings"][0]["details"].pop("cited"), "findings/0/details"),
    (lambda r: r["findings"][0]["details"].update(note="x"), "findings/0/details"),
    (lambda r: r["findings"][0].update(code="looks-odd"), "findings/0/code"),
    (lambda r: r["findings"][0]["evidence"][0].update(document="child"), "findings/0/evidence/0/document"),
    (lambda r: r["parents"][0].update(relation="mentions"), "parents/0/relation"),
    (lambda r: r["counts"].update(fatal=0), "counts"),
])
def test_a_broken_report_fails(extracted, breakage, where):
    report = copy.deepcopy(_real_report(extracted, "p06"))
    breakage(report)
    errors = _errors("check", report)
    assert errors and all(e.startswith(where) for e in errors), errors


@pytest.mark.slow
def test_every_check_fixture_report_validates():
    """`plans check` of every fixture child (tests/fixtures/check against the corpus, as the check
    benchmark does; check-extra and check-real against their parents), in both languages: 126
    reports, and between them every one of the 12 finding codes."""
    import sys
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from check_fixtures import corpus_paths

    from pipeline.check import check_file
    corpus = Against.from_paths(corpus_paths())
    runs = [(case / "child.txt", corpus) for case in sorted((ROOT / "tests" / "fixtures" / "check").iterdir())
            if (case / "child.txt").exists()]
    for case in sorted((ROOT / "tests" / "fixtures" / "check-extra").iterdir()):
        if case.is_dir():
            runs.append((case / "child.txt", Against.from_paths([str(p) for p in sorted(case.glob("parent*"))])))
    for child in sorted(CHECK_REAL.glob("*-child.txt")):
        runs.append((child, Against.from_paths([str(child).replace("-child", "-parent")])))
    codes = set()
    for child, against in runs:
        for lang in ("vi", "en"):
            report = check_file(str(child), against, lang).to_dict()
            assert _errors("check", report) == [], (child, lang)
            codes |= {f["code"] for f in report["findings"]}
    assert len(runs) == 63
    assert codes == set(contract.load_schema("check")["$defs"]["finding"]["properties"]["code"]["enum"])


# --- the dataset ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A dataset of seed 001 and corpus/real2/p009.txt (a plan whose tasks hold "; ")."""
    out = tmp_path_factory.mktemp("contract") / "ds"
    dataset.build([str(SEED_001), str(P009)], out, jobs=1)
    return out


def test_the_rows_of_a_built_dataset_validate(built):
    tables = dataset.load(built)
    instance = {name: records(df) for name, df in tables.items()}
    assert _errors("dataset", instance) == []
    assert {name: len(rows) for name, rows in instance.items() if name in ("documents", "responsibilities")} == {
        "documents": 2, "responsibilities": 73}  # (p009: "a) Các sở, ngành, địa phương có trách nhiệm …";
    # +5 with its annex of aims, "TT | Chỉ tiêu | Chủ trì": 3 leads of the gold, 2 units executing;
    # +2: "…, giám sát triển khai Kế hoạch" makes its Mặt trận and tổ chức chính trị - xã hội monitor;
    # +1: seed 001's "chỉ đạo các cấp công đoàn …" makes them execute, as annotated; +2: seed 001's
    # heading "…; các công đoàn ngành" names them (execute, lead); +1: the bodies it directs to work
    # closely with others ("chỉ đạo các cấp công đoàn … phối hợp chặt chẽ với …") coordinate too;
    # −2: p009's "Chủ trì, phối hợp với …" makes its units lead, not coordinate; −2: its "Các sở,
    # ngành, địa phương" names everyone, no unit; +2: its heading "19. Các cơ sở đào tạo đại học,
    # sau đại học", a class over its levels, executes and, "b) Phối hợp với …", coordinates; +1: seed
    # 001's "các cơ quan thông tin đại chúng", a class naming which bodies, coordinates, as annotated)


def test_tasks_are_a_list_column_in_parquet_csv_and_load(built):
    import pyarrow.parquet as pq
    assert str(pq.read_schema(built / "responsibilities.parquet").field("tasks").type) == "list<element: string>"
    resp = dataset.load(built)["responsibilities"]
    assert all(isinstance(ts, list) for ts in resp["tasks"])
    semicolon = next(t for ts in resp["tasks"] for t in ts if "; " in t)  # one task, not split at its "; "
    assert semicolon.startswith("a) Chủ trì, tham mưu hoàn thiện thể chế, cơ chế, chính sách phát triển kinh tế số")
    csv = pd.read_csv(built / "responsibilities.csv", dtype=str, keep_default_na=False)
    assert [json.loads(cell) for cell in csv["tasks"]] == list(resp["tasks"])


def test_the_documents_table_has_code_key(built):
    docs = dataset.load(built)["documents"].set_index("source")
    assert docs.loc[str(P009), "code_key"] == "144/KH-UBND"
    assert pd.isna(docs.loc[str(SEED_001), "code_key"])  # the seed's number is blank


@pytest.mark.parametrize("table, breakage", [
    ("responsibilities", lambda r: r.update(tasks=json.dumps(r["tasks"]))),  # the old JSON string
    ("responsibilities", lambda r: r.update(role="boss")),
    ("targets", lambda r: r.update(kind=None)),
    ("documents", lambda r: r.pop("code_key")),
    ("documents", lambda r: r.update(n_sections=None)),
    ("references", lambda r: r.update(item="0")),
])
def test_a_broken_row_fails(built, table, breakage):
    row = records(dataset.load(built)[table].head(1))[0]
    assert _row_errors(table, [row]) == []
    breakage(row)
    assert _row_errors(table, [row]) != []


def test_a_dataset_of_the_old_format_is_refused_by_load_with_how_to_rebuild(built, tmp_path):
    old = tmp_path / "old"
    shutil.copytree(built, old)
    manifest = json.loads((old / "manifest.json").read_text(encoding="utf-8"))
    del manifest["dataset_schema"]  # as written before plans-dataset/2
    (old / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(dataset.DatasetError, match=r"dataset format plans-dataset/1, and this plans reads "
                                                     r"plans-dataset/2 .* plans build INPUT\.\.\. --out"):
        dataset.load(old)


@pytest.mark.slow
def test_a_build_over_a_dataset_of_the_old_format_rebuilds_it(built, tmp_path):
    """A dataset written before plans-dataset/2 (tasks a JSON string, no documents.code_key, no
    dataset_schema in the manifest) is extracted again whole, and reads as the new format."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    old = tmp_path / "old"
    shutil.copytree(built, old)
    resp = pq.read_table(old / "responsibilities.parquet")
    as_text = pa.array([json.dumps(v, ensure_ascii=False) for v in resp.column("tasks").to_pylist()])
    pq.write_table(resp.set_column(resp.schema.get_field_index("tasks"), "tasks", as_text),
                   old / "responsibilities.parquet")
    pq.write_table(pq.read_table(old / "documents.parquet").drop_columns(["code_key"]), old / "documents.parquet")
    manifest = json.loads((old / "manifest.json").read_text(encoding="utf-8"))
    del manifest["dataset_schema"]
    (old / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = dataset.build([str(SEED_001), str(P009)], old, jobs=1)
    assert (result.previous_format, result.extracted, result.reused) == ("plans-dataset/1", 2, 0)
    tables = dataset.load(old)
    assert _errors("dataset", {name: records(df) for name, df in tables.items()}) == []
    assert tables["documents"].set_index("source").loc[str(P009), "code_key"] == "144/KH-UBND"


# --- the data dictionary ----------------------------------------------------------------------

def test_every_column_is_described_and_the_generated_files_are_up_to_date():
    described = contract.columns()
    assert {t: list(c["columns"]) for t, c in described.items() if t != "links"} == {
        t: list(c) for t, c in {**DTYPES, "works": WORK_COLUMNS}.items()}
    for path, text in contract.generated(ROOT).items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run python -m pipeline.contract"
    assert sum(len(c["columns"]) for c in described.values()) == 158


def test_each_columns_example_is_valid_for_its_column():
    """The data dictionary's examples are real values, and the schema takes them (an enum's member,
    a date in ISO, a list of strings for tasks)."""
    for table, info in contract.columns().items():
        example = {col: c["example"] for col, c in info["columns"].items()}
        assert _row_errors(table, [example]) == [], table


def test_the_dictionary_gives_type_nullability_and_example():
    text = (ROOT / "docs" / "dataset.md").read_text(encoding="utf-8")
    assert '| `tasks` | list of strings | no | The unit\'s tasks in this role' in text
    assert '| `code_key` | string | yes | The code with separators normalised, the key a citation' in text
    assert "| `kind` | string | no | target (an aim), achieved" in text


def test_a_column_in_dtypes_without_a_description_is_an_error(monkeypatch):
    monkeypatch.setitem(DTYPES, "targets", {**DTYPES["targets"], "weight": "Float64"})
    with pytest.raises(ValueError, match="table targets: columns"):
        contract.dataset_schema()


def test_a_dtype_that_contradicts_the_extraction_schema_is_an_error(monkeypatch):
    monkeypatch.setitem(DTYPES, "targets", {**DTYPES["targets"], "value": "string"})
    with pytest.raises(ValueError, match="targets.value: DTYPES says string"):
        contract.dataset_schema()


def test_seed_000_rows_validate(extracted):
    rows = document_rows(extracted(SEED_000).to_dict())
    rows["documents"][0].update(sha256="0" * 64, work_id="vn/x/kh/unknown/draft", rendering_of=None,
                                version_of=None)  # (what the build adds)
    assert _errors("dataset", rows) == []
