"""plans export-sqlite as an archive: keys, full-text search with and without diacritics, the
Datasette metadata and canned queries, the refusal to overwrite other files; and Datasette serving
the export (slow: a server process)."""
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import numpy as np
import pytest

from pipeline import archive, cli, dataset, export
from pipeline.dataset import DTYPES
from pipeline.link import LINK_COLUMNS
from pipeline.works import WORK_COLUMNS

from conftest import SEEDS, WEB

# Five seeds (trade-union plans citing party resolutions) and three web plans (fire prevention
# in Trà Vinh; school plans of Hà Nội), built and exported once for the module.
SUBSET = [*sorted(SEEDS.glob("*.txt")), WEB / "d01.txt", WEB / "d16.txt", WEB / "d17.txt"]
S001, S002, S003 = "001_f7ed4621f7bb48e0.txt", "002_e859b3787dc53850.txt", "003_d7c72909e470e888.txt"


@pytest.fixture(scope="module")
def archive_file(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("archive")
    src = tmp / "in"
    src.mkdir()
    for f in SUBSET:
        shutil.copy(f, src / f.name)
    dataset.build([str(src)], tmp / "ds", jobs=1)
    export.export_sqlite(tmp / "ds", tmp / "plans.sqlite")
    return tmp / "plans.sqlite"


@pytest.fixture(scope="module")
def con(archive_file):
    c = sqlite3.connect(f"{archive_file.as_uri()}?mode=ro", uri=True)
    yield c
    c.close()


def _name(source):
    return source.rsplit("/", 1)[-1]


def _hits(con, fts, query):
    """(kind, file name, item) of each search_content row ``fts`` finds for ``query``, in row order."""
    rows = con.execute(f"SELECT c.kind, c.source, c.item FROM {fts} JOIN search_content AS c ON c.id = {fts}.rowid "
                       f"WHERE {fts} MATCH ? ORDER BY c.id", (query,))
    return [(kind, _name(source), item) for kind, source, item in rows]


def _canned(con, archive_file, name, **params):
    meta = json.loads(archive_file.with_name("plans.metadata.json").read_text(encoding="utf-8"))
    return con.execute(meta["databases"]["plans"]["queries"][name]["sql"], params).fetchall()


# --- keys ------------------------------------------------------------------------------------

def test_primary_and_foreign_keys(con):
    def pk(table):
        cols = con.execute(f'PRAGMA table_info("{table}")').fetchall()
        return [c[1] for c in sorted((c for c in cols if c[5]), key=lambda c: c[5])]
    assert pk("documents") == pk("texts") == pk("errors") == ["source"]
    for table in ("sections", "references", "dates", "targets", "responsibilities", "recipients",
                  "abbreviations", "warnings"):
        assert pk(table) == ["source", "item"], table
        assert [(f[2], f[3], f[4]) for f in con.execute(f'PRAGMA foreign_key_list("{table}")')] == \
            [("documents", "source", "source")]
    assert pk("links") == ["citing_source", "ref_id"]
    assert sorted((f[3], f[4]) for f in con.execute("PRAGMA foreign_key_list(links)")) == \
        [("cited_source", "source"), ("citing_source", "source")]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("sql, index", [
    ('SELECT * FROM "references" WHERE code_key = ?', "ix_references_code_key"),
    ("SELECT * FROM responsibilities WHERE unit_key = ?", "ix_responsibilities_unit_key"),
    ("SELECT * FROM documents WHERE issuer = ?", "ix_documents_issuer"),
    ("SELECT * FROM documents WHERE substr(issued_date, 1, 4) = ?", "ix_documents_year"),
    ("SELECT * FROM targets WHERE doc_id = ?", "ix_targets_doc_id"),
    ("SELECT * FROM links WHERE cited_work_id = ?", "ix_links_cited_work_id"),
])
def test_filters_use_an_index(con, sql, index):
    plan = " ".join(row[-1] for row in con.execute("EXPLAIN QUERY PLAN " + sql, ("x",)))
    assert f"USING INDEX {index}" in plan, plan


def test_marked_as_a_plans_export(con):
    assert con.execute("PRAGMA application_id").fetchone()[0] == export.APPLICATION_ID == 0x504C4E53
    assert con.execute("PRAGMA user_version").fetchone()[0] == export.FORMAT
    meta = dict(con.execute("SELECT key, value FROM plans_export"))
    assert meta["writer"] == "plans export-sqlite"
    assert json.loads(meta["rows"])["documents"] == 8


# --- full-text search ----------------------------------------------------------------------

PHONG_CHAY = [("text", "d01.txt", None), ("text", "d16.txt", None), ("text", "d17.txt", None),
              ("title", "d01.txt", None)]


def test_search_without_diacritics(con):
    assert _hits(con, "search_folded", '"phong chay"') == PHONG_CHAY
    assert _hits(con, "search_folded", '"phòng cháy"') == PHONG_CHAY
    assert _hits(con, "search", '"phòng cháy"') == PHONG_CHAY
    assert _hits(con, "search", '"phong chay"') == []  # the exact index keeps the marks


def dao_tao_hits() -> list[tuple]:
    """What "dao tao" finds: three texts, and the references of d16 and d17, which name their
    issuers ("Sở Giáo dục và Đào tạo Hà Nội", "Bộ Giáo dục và Đào tạo") since an issuer's name goes
    on through "và"."""
    return [("text", S001, None), ("text", "d16.txt", None), ("text", "d17.txt", None),
            ("reference", "d16.txt", 0), ("reference", "d17.txt", 0), ("reference", "d17.txt", 1)]


def test_d_is_folded_in_the_shadow_column(con):
    # FTS5 leaves đ alone: U+0111 has no decomposition into d and a mark. The folded index also
    # reads content_folded (đ written d), so "dao tao" finds "đào tạo" and "ĐÀO TẠO".
    memory = sqlite3.connect(":memory:")
    memory.execute("CREATE VIRTUAL TABLE f USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    memory.execute("INSERT INTO f VALUES ('PHÒNG GIÁO DỤC & ĐÀO TẠO')")
    assert memory.execute("SELECT count(*) FROM f WHERE f MATCH 'dao'").fetchone()[0] == 0
    dao_tao = dao_tao_hits()
    assert _hits(con, "search_folded", '"dao tao"') == dao_tao
    assert _hits(con, "search_folded", '"đào tạo"') == dao_tao
    assert _hits(con, "search", '"ĐÀO TẠO"') == dao_tao
    assert _hits(con, "search", '"dao tao"') == []
    assert export.fold_d("Đảng đoàn") == "Dảng doàn"


def test_search_covers_headings_references_targets_units_and_tasks(con):
    assert _hits(con, "search_folded", '"an toan ve sinh lao dong"') == [
        ("text", S001, None), ("text", S002, None), ("title", S002, None),
        ("heading", S002, 13), ("heading", S002, 28), ("heading", S002, 40),
        ("task", S002, 0), ("task", S002, 0), ("task", S002, 1), ("task", S002, 1), ("task", S002, 3),
        ("task", S002, 4), ("task", S002, 9), ("task", S002, 9), ("task", S002, 10), ("task", S002, 10),
        # (11: "công đoàn ngành", split from the heading "Liên đoàn lao động các huyện, thành phố,
        # công đoàn ngành" (10), the same tasks.)
        ("task", S002, 11), ("task", S002, 11)]
    # The citation as written: "20-NQ/TW" is the tokens 20, nq, tw.
    assert _hits(con, "search_folded", '"20-NQ/TW"') == [("text", S001, None), ("reference", S001, 4)]
    assert _hits(con, "search_folded", '"chuan van hoa"') == [
        ("text", S001, None), ("target", S001, 4), ("target", S001, 5)]
    assert _hits(con, "search_folded", '"nu cong"') == [
        ("text", S001, None), ("text", S002, None), ("heading", S002, 36), ("heading", S002, 47),
        ("unit", S001, 6), ("unit", S002, 0), ("unit", S002, 1), ("unit", S002, 2), ("unit", S002, 12),
        ("task", S001, 0), ("task", S002, 3), ("task", S002, 4), ("task", S002, 5), ("task", S002, 6)]


def test_a_task_row_is_one_task_of_its_responsibility(con):
    rows = con.execute("SELECT c.source, c.item, c.content FROM search_content AS c WHERE c.kind = 'task'").fetchall()
    assert len(rows) > 20
    for source, item, content in rows:
        tasks = json.loads(con.execute("SELECT tasks FROM responsibilities WHERE source = ? AND item = ?",
                                       (source, item)).fetchone()[0])
        assert content in tasks


def test_task_list_reads_a_json_array_a_list_or_a_joined_string():
    assert export.task_list('["Theo dõi; đôn đốc", "Báo cáo"]') == ["Theo dõi; đôn đốc", "Báo cáo"]
    assert export.task_list(np.array(["a", "b"], dtype=object)) == ["a", "b"]
    assert export.task_list(["a"]) == ["a"]
    # A "; "-joined string cannot be split back (a task may hold "; "): it is one searchable row.
    assert export.task_list("Theo dõi; đôn đốc") == ["Theo dõi; đôn đốc"]
    assert export.task_list("[không phải JSON") == ["[không phải JSON"]
    assert export.task_list(None) == export.task_list("") == export.task_list("[]") == []
    # A Parquet list cell is written as the JSON array of the CSV files.
    assert export._value(np.array(["Theo dõi; đôn đốc", "Báo cáo"], dtype=object)) == \
        '["Theo dõi; đôn đốc", "Báo cáo"]'


def test_tasks_as_a_list_column_export_as_the_json_array_does(archive_file, con, tmp_path):
    # A dataset whose tasks are JSON array strings (as CSV holds them) gives the same cells,
    # search rows and units' tasks as the Parquet list column (pandas: an array per cell).
    tables = dataset.load(archive_file.parent / "ds")
    resp = tables["responsibilities"].copy()
    resp["tasks"] = [json.dumps([str(x) for x in np.asarray(t, dtype=object)], ensure_ascii=False)
                     for t in resp["tasks"]]
    export._write({**tables, "responsibilities": resp}, tmp_path / "lists.sqlite", {})
    lists = sqlite3.connect(tmp_path / "lists.sqlite")
    for sql in ("SELECT source, item, tasks FROM responsibilities ORDER BY source, item",
                "SELECT id, kind, source, item, content FROM search_content ORDER BY id",
                f"SELECT source, item, {archive.N_TASKS} FROM responsibilities ORDER BY source, item"):
        assert lists.execute(sql).fetchall() == con.execute(sql).fetchall()
    assert lists.execute("PRAGMA table_info(responsibilities)").fetchall() == \
        con.execute("PRAGMA table_info(responsibilities)").fetchall()


def test_number_of_tasks_of_a_json_array_or_a_joined_string():
    memory = sqlite3.connect(":memory:")
    memory.execute("CREATE TABLE responsibilities (tasks TEXT)")
    cells = ['["Theo dõi; đôn đốc", "Báo cáo"]', "a; b; c", "một việc", "[]", "", None, "[không phải JSON"]
    memory.executemany("INSERT INTO responsibilities VALUES (?)", [(c,) for c in cells])
    counts = [n for (n,) in memory.execute(f"SELECT {archive.N_TASKS} FROM responsibilities ORDER BY rowid")]
    assert counts == [2, 3, 1, 0, 0, 0, 1]


# --- canned queries -------------------------------------------------------------------------

def test_canned_queries(con, archive_file):
    # 02-NQ/TW, cited by two seeds (neither dated: by file).
    assert [_name(r[0]) for r in _canned(con, archive_file, "documents_citing_code", code_key="2/NQ-TW")] == \
        [S001, S003]
    cited = _canned(con, archive_file, "most_cited_codes")
    assert cited[:2] == [("1/KL-TW", "01-KL/TW", "Kết luận", 2, 2), ("2/NQ-TW", "02-NQ/TW", "Nghị quyết", 2, 2)]
    targets = _canned(con, archive_file, "targets_by_indicator", indicator="van hoa")
    assert [(r[0], r[2], _name(r[9]), r[10]) for r in targets] == [
        ("cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", 80.0, S001, 4),
        ("doanh nghiệp có tổ chức công đoàn đạt chuẩn văn hóa", 70.0, S001, 5),
        ("gia đình đoàn viên và người lao động đạt gia đình văn hóa", 90.0, S001, 6)]
    assert _canned(con, archive_file, "units_by_tasks")[:3] == [
        ("ban tuyên giáo và nữ công", "Ban Tuyên giáo và Nữ công", 10, 1, 4),
        ("liên đoàn lao động huyện", "Liên đoàn Lao động huyện", 6, 2, 4),
        ("văn phòng", "Văn phòng", 6, 2, 5)]  # (+ monitor: "Giao Văn phòng tham mưu … theo dõi", annotated)
    assert _canned(con, archive_file, "plans_by_issuer_and_year") == [
        (None, "2024", 1, 1, 1), (None, "2023", 1, 1, 1), ("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", "2023", 1, 1, 1),
        ("PHÒNG GIÁO DỤC & ĐÀO TẠO", "2016", 1, 1, 1), (None, None, 2, 2, 2)]
    assert [(r[0], _name(r[4])) for r in _canned(con, archive_file, "plans_in_year", year="2023")] == [
        (None, S002), ("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", "d01.txt")]
    assert [(k, _name(s), i) for k, s, i, _ in _canned(con, archive_file, "full_text", q="phong chay")] == \
        sorted(PHONG_CHAY, key=lambda h: h[0] != "title")  # ranked: the title's few words first
    assert _canned(con, archive_file, "full_text_exact", q="phong chay") == []
    assert _canned(con, archive_file, "full_text", q='"; DROP') == []  # typed text, not FTS syntax


def test_metadata_describes_every_table_and_column(archive_file):
    meta = json.loads(archive_file.with_name("plans.metadata.json").read_text(encoding="utf-8"))
    assert meta["source"] == archive.SOURCE
    db = meta["databases"]["plans"]
    con = sqlite3.connect(archive_file)
    tables = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                                        "'%VIRTUAL%' AND name NOT LIKE 'search\\_%' ESCAPE '\\' OR name = "
                                        "'search_content'")]
    for table in tables:
        cols = [c[1] for c in con.execute(f'PRAGMA table_xinfo("{table}")')]
        assert db["tables"][table]["description"], table
        assert list(db["tables"][table]["columns"]) == cols, table
    assert db["tables"]["search_content"]["fts_table"] == "search_folded"
    assert set(db["queries"]) == {"documents_citing_code", "most_cited_codes", "targets_by_indicator",
                                  "units_by_tasks", "plans_by_issuer_and_year", "plans_in_year",
                                  "full_text", "full_text_exact"}


def test_descriptions_cover_the_dataset_columns_and_nothing_else():
    described = archive.descriptions()
    expected = {**DTYPES, "works": WORK_COLUMNS, "links": LINK_COLUMNS}
    for table, columns in expected.items():
        assert list(described[table]["columns"]) == list(columns), table
    assert set(described) == set(expected) | {"search_content", "plans_export"}
    assert all(text.strip() for t in described.values() for text in [t["description"], *t["columns"].values()])


# --- overwriting --------------------------------------------------------------------------

def _export_cli(*args, capsys):
    code = cli.main(["export-sqlite", *map(str, args)])
    return code, capsys.readouterr().err


def test_refuses_to_overwrite_what_is_not_its_export(archive_file, tmp_path, capsys):
    ds = archive_file.parent / "ds"
    notes = tmp_path / "notes.sqlite"
    notes.write_text("mes notes\n", encoding="utf-8")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    before = other.read_bytes()
    for target in (notes, other):
        code, err = _export_cli(ds, target, capsys=capsys)
        assert code == 2
        assert err == (f"plans: error: {target}: exists and is not a plans export (plans export-sqlite "
                       "overwrites only its own files); remove it or choose another file\n")
    assert notes.read_text(encoding="utf-8") == "mes notes\n" and other.read_bytes() == before
    assert not (tmp_path / "notes.metadata.json").exists()
    code, err = _export_cli(ds, tmp_path / "missing" / "x.sqlite", capsys=capsys)
    assert (code, err) == (2, f"plans: error: {tmp_path / 'missing' / 'x.sqlite'}: no such folder "
                              f"{tmp_path / 'missing'}\n")
    # Its own export (and an empty file) it overwrites; a metadata file not its own it refuses.
    own = tmp_path / "own.sqlite"
    shutil.copy(archive_file, own)
    own.with_name("own.metadata.json").write_text("{}", encoding="utf-8")
    code, err = _export_cli(ds, own, capsys=capsys)
    assert (code, err) == (2, f"plans: error: {tmp_path / 'own.metadata.json'}: exists and is not a plans "
                              "export's metadata; remove it or pass another --metadata file\n")
    code, err = _export_cli(ds, own, "--no-metadata", capsys=capsys)
    assert (code, err) == (0, "")
    (tmp_path / "empty.sqlite").touch()
    assert _export_cli(ds, tmp_path / "empty.sqlite", capsys=capsys) == (0, "")
    assert export.is_own_export(tmp_path / "empty.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "empty.metadata.json", "empty.sqlite", "notes.sqlite", "other.sqlite", "own.metadata.json", "own.sqlite"]


def test_a_failed_export_leaves_the_old_file_whole(archive_file, tmp_path, monkeypatch):
    target = tmp_path / "plans.sqlite"
    shutil.copy(archive_file, target)
    before = target.read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(export, "_write_search", full_disk)
    with pytest.raises(export.ExportError) as failure:
        export.export_sqlite(archive_file.parent / "ds", target)
    assert str(failure.value) == f"{target}: cannot write the export: [Errno 28] No space left on device"
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plans.sqlite"]
    # What a killed export left (its writer gone) is removed by the next; a live writer's is not.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = tmp_path / f".plans.sqlite.tmp-{int(dead.stdout)}"
    left.write_bytes(b"half an export")
    live = tmp_path / f".plans.metadata.json.tmp-{os.getppid()}"
    live.write_text("{", encoding="utf-8")
    monkeypatch.undo()
    export.export_sqlite(archive_file.parent / "ds", target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "plans.metadata.json", "plans.sqlite"]


# --- Datasette ------------------------------------------------------------------------------

def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
        return json.loads(r.read().decode("utf-8"))


@pytest.mark.slow
def test_datasette_serves_the_export(archive_file):
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(archive_file), "-m",
                               str(archive_file.with_name("plans.metadata.json")), "--host", "127.0.0.1",
                               "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(300):  # up to 30 s for the server to start on a loaded machine
            try:
                _get(port, "/-/versions.json")
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                time.sleep(0.1)
        # The table's description and its columns', from the metadata, on the table's page.
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/plans/references", timeout=10) as r:
            page = r.read().decode("utf-8")
        assert "Every mention of another document (SPEC §2 `references`, §2.1)" in page
        assert "<dt>code_key</dt><dd>The code with separators normalised, for joins" in page
        # A canned query.
        rows = _get(port, "/plans/documents_citing_code.json?_shape=array&code_key=" +
                    urllib.parse.quote("2/NQ-TW"))
        assert [_name(r["source"]) for r in rows] == [S001, S003]
        # The table's search box, without diacritics (search_folded), and with (?_fts_table=search).
        rows = _get(port, "/plans/search_content.json?_shape=array&_sort=id&_search=" +
                    urllib.parse.quote("phong chay"))
        assert [(r["kind"], _name(r["source"])) for r in rows] == [(k, s) for k, s, _ in PHONG_CHAY]
        rows = _get(port, "/plans/search_content.json?_shape=array&_fts_table=search&_search=" +
                    urllib.parse.quote("phong chay"))
        assert rows == []
        rows = _get(port, "/plans/full_text.json?_shape=array&q=" + urllib.parse.quote("dao tao"))
        # (One row per hit: the texts and the references naming "… Giáo dục và Đào tạo".)
        assert sorted(_name(r["source"]) for r in rows) == sorted(s for _, s, _ in dao_tao_hits())
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.stderr:
            server.stderr.close()
