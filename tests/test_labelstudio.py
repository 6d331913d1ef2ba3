"""The Label Studio correction loop: `plans export-labelstudio` writes tasks in Label Studio's
documented import format (a list of tasks {"data", "predictions": [{"model_version", "result"}]},
labelled spans of type "labels") with a labelling config whose names the results use;
`plans import-labelstudio` turns an export back into annotation files, and `plans eval` on them
moves by exactly the corrections made (corpus/real2/p009, a dev document)."""
import json
import xml.etree.ElementTree as ET

import pytest

from pipeline.cli import main
from pipeline.labelstudio import LABELS, new_result_id

P009 = "corpus/real2/p009.txt"  # dev split: 21 targets, 60 unit roles, 13 references, a recurring date


def _eval(capsys, ann) -> dict[str, tuple[int, int, int]]:
    capsys.readouterr()
    assert main(["eval", "--annotations", str(ann), "--split", "all", "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)["all"]
    return {k: (v["tp"], v["fp"], v["fn"]) for k, v in scores.items() if "." not in k}


def _as_annotation(task: dict) -> None:
    """What Label Studio exports once an annotator submits the pre-annotation: the prediction's
    result as a completed annotation (the prediction kept, as Label Studio keeps it)."""
    task["id"] = 1
    task["annotations"] = [{"id": 1, "completed_by": 1, "was_cancelled": False, "ground_truth": False,
                            "result": json.loads(json.dumps(task["predictions"][0]["result"]))}]


@pytest.mark.slow  # extracts p009 and runs plans eval three times (~4 s)
def test_round_trip_export_edit_import_eval(tmp_path, capsys):
    out = tmp_path / "tasks.json"
    assert main(["export-labelstudio", P009, "--out", str(out)]) == 0
    tasks = json.loads(out.read_text(encoding="utf-8"))

    # The labelling config: <View><Labels name="label" toName="text"><Label value=…/>…</Labels>
    # <Text name="text" value="$text"/></View>, every label of the tasks among its Label values.
    view = ET.fromstring((tmp_path / "tasks.config.xml").read_text(encoding="utf-8"))
    assert view.tag == "View"
    labels_el, text_el = view.find("Labels"), view.find("Text")
    assert labels_el.attrib["name"] == "label" and labels_el.attrib["toName"] == "text"
    assert text_el.attrib == {"name": "text", "value": "$text"}
    config_labels = [el.attrib["value"] for el in labels_el.findall("Label")]
    assert config_labels == list(LABELS)

    # The documented task shape, each result's text the words at its offsets.
    assert isinstance(tasks, list) and len(tasks) == 1
    [task] = tasks
    assert set(task) == {"data", "predictions"}
    assert task["data"]["source"] == P009 and task["data"]["name"] == "p009"
    text = task["data"]["text"]
    [prediction] = task["predictions"]
    assert prediction["model_version"] == "plans-rules"
    result = prediction["result"]
    for r in result:
        assert set(r) == {"id", "from_name", "to_name", "type", "value"}
        assert (r["from_name"], r["to_name"], r["type"]) == ("label", "text", "labels")
        v = r["value"]
        assert set(v) == {"start", "end", "text", "labels"} and v["text"] == text[v["start"]:v["end"]]
        assert len(v["labels"]) == 1 and v["labels"][0] in config_labels
    # (p009: +5 units of its annex of aims, checked; +2: its Mặt trận Tổ quốc tỉnh and tổ chức chính
    # trị - xã hội monitor, "…, giám sát triển khai Kế hoạch", as annotated; −2: "Chủ trì, phối hợp
    # với …" makes its units lead, not coordinate; −2: its "Các sở, ngành, địa phương" names everyone,
    # no unit; +2: its heading "19. Các cơ sở đào tạo đại học, sau đại học", a class over its levels,
    # executes and coordinates, as annotated)
    assert len({r["id"] for r in result}) == len(result) == 127
    kinds: dict[str, int] = {}
    for r in result:
        kind = r["value"]["labels"][0].split(":")[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    assert kinds == {"document": 10, "section": 7, "reference": 13, "date": 16, "target": 21, "unit": 60}

    # Accepted as it stands: eval of the extraction against it is perfect but for one target, whose
    # indicator the span reading (learned.target_of) does not find ("…đạt\n95%": the words are before
    # the number, on another line) while the rules did.
    _as_annotation(task)
    export = tmp_path / "export.json"
    export.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    ann = tmp_path / "ann"
    assert main(["import-labelstudio", str(export), "--out", str(ann)]) == 0
    gold = json.loads((ann / "p009.json").read_text(encoding="utf-8"))
    assert gold["source"] == P009
    assert gold["document"]["number"] == "144" and gold["document"]["symbol"] == "KH-UBND"
    assert {"text": "ngày 15/11", "granularity": "recurring", "every": "year", "month": 11, "day": 15,
            "role": "deadline"} in gold["dates"]
    before = _eval(capsys, ann)
    assert before == {"document": (10, 0, 0), "sections": (7, 0, 0), "references": (8, 0, 0),
                      "reference_dates": (8, 0, 0), "reference_issuers": (8, 0, 0), "references_named": (0, 0, 0),
                      "dates": (15, 0, 0), "date_roles": (15, 0, 0), "dates_recurring": (1, 0, 0),
                      "targets": (21, 0, 0), "target_values": (21, 0, 0), "target_kinds": (21, 0, 0),
                      "responsibilities": (60, 0, 0), "responsibility_names": (33, 0, 0)}

    # The annotator's corrections, in the annotation's result as Label Studio would save them.
    res = task["annotations"][0]["result"]
    # 1. A unit's span end moved back: "Sở Văn hoá, Thể thao và Du lịch" (lead) → "Sở Văn hoá".
    [unit] = [r for r in res if r["value"]["labels"] == ["unit:lead"]
              and r["value"]["text"] == "Sở Văn hoá, Thể thao và Du lịch"]
    unit["value"]["end"] = unit["value"]["start"] + len("Sở Văn hoá")
    unit["value"]["text"] = text[unit["value"]["start"]:unit["value"]["end"]]
    # 2. A target judged spurious deleted: the "30%" of section VII.
    [spurious] = [r for r in res if r["value"]["labels"] == ["target:target"] and r["value"]["text"] == "30%"]
    res.remove(spurious)
    # 3. A missed target added: the annex's "01 Gb/s" broadband speed.
    at = text.index("01 Gb/s")
    res.append({"id": new_result_id(), "from_name": "label", "to_name": "text", "type": "labels",
                "origin": "manual", "value": {"start": at, "end": at + 7, "text": "01 Gb/s",
                                              "labels": ["target:target"]}})
    export.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    assert main(["import-labelstudio", str(export), "--out", str(ann)]) == 2  # exists: refused
    assert main(["import-labelstudio", str(export), "--out", str(ann), "--force"]) == 0
    gold = json.loads((ann / "p009.json").read_text(encoding="utf-8"))
    assert {"unit": "Sở Văn hoá", "role": "lead"} in gold["responsibilities"]
    [added] = [t for t in gold["targets"] if t["unit"] == "Gb/s"]
    assert (added["value"], added["comparator"], added["kind"]) == (1, "=", "target")
    after = _eval(capsys, ann)
    # Exactly the corrections: the cut unit is one spurious and one missed pair (tp -1, fp +1, fn +1);
    # the deleted 30% makes the rules' 30% spurious (tp -1, fp +1); the added target is missed (fn +1).
    assert after == {**before, "targets": (20, 1, 1), "target_values": (20, 1, 1), "target_kinds": (20, 0, 0),
                     "responsibilities": (59, 1, 1), "responsibility_names": (33, 0, 1)}


def _write(tmp_path, content) -> str:
    path = tmp_path / "export.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


_TASK = {"data": {"text": "Sở Nội vụ chủ trì", "source": "corpus/x.txt", "name": "x"},
         "annotations": [{"result": [{"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
                                      "value": {"start": 0, "end": 9, "text": "Sở Nội vụ", "labels": ["unit:lead"]}}]}]}


@pytest.mark.parametrize("content, reason", [
    ("[{", "not JSON"),
    ({"tasks": 1}, "no data.text"),
    ("3", "not a Label Studio export"),
    ([{"data": {"text": "x"}, "predictions": []}], "no data.source"),
    ([{"data": {"text": "x", "source": "a.txt"}}], "neither an annotation nor a prediction"),
    ([{**_TASK, "annotations": [{"result": [{"type": "labels", "id": "b", "value": {"start": 5, "end": 99,
                                                                                   "labels": ["unit:lead"]}}]}]}],
     "result 'b': no valid value.start, end and labels"),
    ([{**_TASK, "annotations": [{"result": [{"type": "labels", "id": "c", "value": {"start": 0, "end": 2,
                                                                                   "labels": ["PER"]}}]}]}],
     "result 'c': unknown label 'PER'"),
])
def test_malformed_exports_are_refused_naming_the_file(tmp_path, capsys, content, reason):
    path = _write(tmp_path, content)
    assert main(["import-labelstudio", path, "--out", str(tmp_path / "ann")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"plans: error: {path}") and reason in err and "Traceback" not in err
    assert not (tmp_path / "ann").exists()


def test_completed_annotation_preferred_and_cancelled_ignored(tmp_path):
    task = json.loads(json.dumps(_TASK))
    task["predictions"] = [{"model_version": "plans-rules", "result": []}]
    cancelled = {"was_cancelled": True, "result": []}
    task["annotations"].append(cancelled)
    path = _write(tmp_path, [task])
    assert main(["import-labelstudio", path, "--out", str(tmp_path / "ann")]) == 0
    gold = json.loads((tmp_path / "ann" / "x.json").read_text(encoding="utf-8"))
    assert gold["source"] == "corpus/x.txt"
    assert gold["responsibilities"] == [{"unit": "Sở Nội vụ", "role": "lead"}]
    assert gold["annotated"] == ["document", "sections", "references", "dates", "targets", "responsibilities"]
    assert not list((tmp_path / "ann").glob(".*"))  # no temporary file left


def test_export_of_a_missing_file_is_an_error_naming_it(tmp_path, capsys):
    assert main(["export-labelstudio", "corpus/no-such.txt", "--out", str(tmp_path / "t.json")]) == 1
    assert capsys.readouterr().err == "plans: error: corpus/no-such.txt: no such file\n"
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8")) == []
    assert (tmp_path / "t.config.xml").exists()
