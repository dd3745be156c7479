"""Our own narrative gold sets (history and biography texts under `data/gold/timex/`), scored through
the evaluation module as `chronology evaluate` scores them. `narrative.jsonl` is the set the narrative
rules were fitted on; `narrative_holdout.jsonl` and then `narrative_blind.jsonl` were written afterwards
to see how they carry over. The floors sit a little below the figures reached, so a change that loses
narrative expressions or values fails here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from chronology.evaluation.runner import Evaluation, evaluate
from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from chronology.timex.values import is_valid_timex3_value

GOLD_FOLDER = Path(__file__).resolve().parents[2] / "data" / "gold" / "timex"
GOLD = GOLD_FOLDER / "narrative.jsonl"
HOLDOUT = GOLD_FOLDER / "narrative_holdout.jsonl"
BLIND = GOLD_FOLDER / "narrative_blind.jsonl"
SETS = [GOLD, HOLDOUT, BLIND]

# measured on narrative.jsonl: strict F1 0.990, relaxed F1 1.000, value accuracy 0.990, type F1 1.000;
# on narrative_holdout.jsonl: strict F1 0.983, relaxed F1 0.994, value accuracy 1.000, type F1 0.994;
# on narrative_blind.jsonl: 1.000 for every figure
FLOORS = {
    "strict_f1": 0.96,
    "relaxed_f1": 0.98,
    "value_accuracy": 0.96,
    "value_f1": 0.96,
    "type_f1": 0.97,
}


def _documents(path: Path = GOLD) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=SETS, ids=lambda path: path.stem)
def evaluation(request: pytest.FixtureRequest) -> Evaluation:
    path: Path = request.param
    return evaluate(path)


def test_the_gold_set_is_six_documents_of_300_to_600_words() -> None:
    documents = _documents()
    assert len(documents) == 6
    assert sum(1 for document in documents if document["dct"] is None) == 1
    assert all(300 <= len(document["text"].split()) <= 600 for document in documents)


@pytest.mark.parametrize("path", SETS, ids=lambda path: path.stem)
def test_the_gold_sets_are_well_formed(path: Path) -> None:
    for document in _documents(path):
        for timex in document["timexes"]:
            assert document["text"][timex["start"] : timex["end"]] == timex["text"], timex
            assert timex["type"] in ("DATE", "TIME", "DURATION", "SET"), timex
            assert is_valid_timex3_value(timex["value"]), timex


@pytest.mark.parametrize(
    "document",
    [document for path in SETS for document in _documents(path)],
    ids=lambda document: str(document["id"]),
)
def test_every_gold_text_is_detected_as_narrative(document: dict[str, Any]) -> None:
    dct = date.fromisoformat(document["dct"]) if document["dct"] else None
    assert detect_document_kind(document["text"], dct) == DocumentKind.NARRATIVE


# written and annotated before the tagger was run on them, then scored once (see their .src.txt);
# reached after the rules that scoring led to: blind_news strict F1 0.973, relaxed F1 0.984, value
# accuracy 0.978, value F1 0.962, type F1 0.984; blind_narrative 1.000 for each of these figures;
# blind_news_2 strict F1 0.981, relaxed F1 0.994, value accuracy 0.954, value F1 0.948, type F1 0.986;
# blind_narrative_2 strict F1 0.995, relaxed F1 0.995, value accuracy 0.996, value F1 0.991, type F1 0.995;
# blind_narrative_3 strict F1 1.000, relaxed F1 1.000, value accuracy 0.983, value F1 0.983, type F1 1.000;
# blind_mixed (see its .src.txt); blind_narrative_6 1.000 for each of these figures; blind_news_5 strict
# F1 1.000, relaxed F1 1.000, value accuracy 0.994, value F1 0.994, type F1 1.000; blind_features
# strict F1 0.998, relaxed F1 0.998, value accuracy 0.985, value F1 0.983, type F1 0.998;
# blind_colloquial strict F1 0.992, relaxed F1 0.992, value accuracy 0.976, value F1 0.968, type F1 0.992
# blind_biography strict F1 0.993, relaxed F1 0.998, value accuracy 1.000, value F1 0.998, type F1 0.998
# blind_news_6 strict F1 1.000, relaxed F1 1.000, value accuracy 0.978, value F1 0.978, type F1 0.994
# blind_business strict F1 1.000, relaxed F1 1.000, value accuracy 0.994, value F1 0.994, type F1 0.994
# blind_narrative_7 strict F1 1.000, relaxed F1 1.000, value accuracy 0.995, value F1 0.995, type F1 0.995
# blind_news_7 strict F1 0.989, relaxed F1 0.989, value accuracy 0.988, value F1 0.977, type F1 0.983
# blind_narrative_8 strict F1 0.996, relaxed F1 1.000, value accuracy 0.996, value F1 0.996, type F1 0.996
# blind_sports strict F1 0.983, relaxed F1 0.990, value accuracy 0.980, value F1 0.970, type F1 0.990
# blind_timelines strict F1 0.997, relaxed F1 0.997, value accuracy 1.000, value F1 0.997, type F1 0.992
# blind_official strict F1 0.997, relaxed F1 0.997, value accuracy 0.987, value F1 0.984, type F1 0.997
# blind_memoir strict F1 0.982, relaxed F1 0.982, value accuracy 0.978, value F1 0.960, type F1 0.982
# blind_news_8 strict F1 0.995, relaxed F1 1.000, value accuracy 0.995, value F1 0.995, type F1 1.000
# blind_news_9 strict F1 1.000, relaxed F1 1.000, value accuracy 0.989, value F1 0.989, type F1 1.000
# blind_narrative_9 strict F1 0.996, relaxed F1 0.996, value accuracy 0.994, value F1 0.990, type F1 0.996
# blind_narrative_10 strict F1 0.993, relaxed F1 0.993, value accuracy 0.989, value F1 0.982, type F1 0.993
# blind_news_10 strict F1 0.998, relaxed F1 0.998, value accuracy 0.990, value F1 0.988, type F1 0.998
# blind_news_11 strict F1 0.981, relaxed F1 0.990, value accuracy 0.976, value F1 0.967, type F1 0.990
# blind_narrative_11 strict F1 1.000, relaxed F1 1.000, value accuracy 0.994, value F1 0.994, type F1 1.000
# blind_news_12 strict F1 0.997, relaxed F1 0.997, value accuracy 0.962, value F1 0.960, type F1 0.992
# blind_narrative_12 strict F1 0.979, relaxed F1 0.984, value accuracy 0.992, value F1 0.975, type F1 0.984
# blind_narrative_13 strict F1 0.988, relaxed F1 0.995, value accuracy 0.983, value F1 0.978, type F1 0.992
# blind_narrative_14 strict F1 1.000, relaxed F1 1.000, value accuracy 0.993, value F1 0.993, type F1 1.000
# blind_narrative_15 strict F1 0.980, relaxed F1 0.987, value accuracy 0.978, value F1 0.966, type F1 0.980
# blind_news_13 strict F1 1.000, relaxed F1 1.000, value accuracy 0.954, value F1 0.954, type F1 1.000
# blind_news_14 strict F1 0.990, relaxed F1 0.995, value accuracy 0.995, value F1 0.990, type F1 0.984
# blind_narrative_16 strict F1 0.982, relaxed F1 0.994, value accuracy 0.976, value F1 0.970, type F1 0.990
# blind_news_15 strict F1 0.998, relaxed F1 0.998, value accuracy 0.967, value F1 0.965, type F1 0.998
# blind_narrative_17 strict F1 0.981, relaxed F1 0.990, value accuracy 0.987, value F1 0.977, type F1 0.990
# blind_narrative_18 strict F1 0.973, relaxed F1 0.977, value accuracy 0.983, value F1 0.960, type F1 0.966
# blind_narrative_20 strict F1 0.987, relaxed F1 0.987, value accuracy 0.987, value F1 0.974, type F1 0.987
# blind_news_18 strict F1 0.994, relaxed F1 0.994, value accuracy 0.970, value F1 0.964, type F1 0.994
# blind_narrative_21 strict F1 0.979, relaxed F1 0.979, value accuracy 0.996, value F1 0.975, type F1 0.975
# blind_narrative_22 strict F1 1.000, relaxed F1 1.000, value accuracy 0.971, value F1 0.971, type F1 0.993
# blind_narrative_23 strict F1 1.000, relaxed F1 1.000, value accuracy 0.994, value F1 0.994, type F1 1.000
# blind_news_19 strict F1 0.993, relaxed F1 0.993, value accuracy 0.986, value F1 0.979, type F1 0.988
# blind_mixed_2 strict F1 1.000, relaxed F1 1.000, value accuracy 0.964, value F1 0.964, type F1 1.000
# blind_narrative_25 strict F1 0.997, relaxed F1 1.000, value accuracy 0.979, value F1 0.979, type F1 1.000
# blind_narrative_24 strict F1 0.999, relaxed F1 0.999, value accuracy 0.994, value F1 0.993, type F1 0.999
# blind_news_20 strict F1 0.990, relaxed F1 0.990, value accuracy 0.967, value F1 0.958, type F1 0.986
# blind_news_21 strict F1 0.995, relaxed F1 0.995, value accuracy 0.990, value F1 0.984, type F1 0.984
# blind_narrative_27 strict F1 0.995, relaxed F1 0.995, value accuracy 1.000, value F1 0.995, type F1 0.995
# blind_narrative_26 strict F1 0.991, relaxed F1 0.991, value accuracy 0.978, value F1 0.969, type F1 0.991
# blind_news_22 strict F1 0.989, relaxed F1 0.989, value accuracy 0.995, value F1 0.984, type F1 0.989
# blind_narrative_28 strict F1 1.000, relaxed F1 1.000, value accuracy 1.000, value F1 1.000, type F1 1.000
# blind_narrative_29 strict F1 0.964, relaxed F1 0.984, value accuracy 0.963, value F1 0.948, type F1 0.984
# blind_news_23 strict F1 1.000, relaxed F1 1.000, value accuracy 0.981, value F1 0.981, type F1 1.000
# blind_narrative_30 strict F1 0.995, relaxed F1 0.995, value accuracy 0.964, value F1 0.959, type F1 0.991
# blind_news_26 strict F1 0.993, relaxed F1 0.993, value accuracy 1.000, value F1 0.993, type F1 0.988
# blind_narrative_31 strict F1 0.996, relaxed F1 0.996, value accuracy 0.985, value F1 0.981, type F1 0.996
# blind_news_25 strict F1 0.998, relaxed F1 0.998, value accuracy 1.000, value F1 0.998, type F1 0.998
# blind_mixed_3 strict F1 0.984, relaxed F1 0.984, value accuracy 0.976, value F1 0.960, type F1 0.980
# blind_narrative_32 strict F1 0.995, relaxed F1 0.995, value accuracy 0.978, value F1 0.973, type F1 0.995
# blind_news_27 strict F1 1.000, relaxed F1 1.000, value accuracy 0.993, value F1 0.993, type F1 1.000
# blind_narrative_33 strict F1 0.998, relaxed F1 0.998, value accuracy 0.993, value F1 0.992, type F1 0.998
# blind_narrative_35 strict F1 0.989, relaxed F1 0.989, value accuracy 0.973, value F1 0.962, type F1 0.989
# blind_news_29 strict F1 1.000, relaxed F1 1.000, value accuracy 0.977, value F1 0.977, type F1 1.000
# blind_narrative_36 strict F1 0.972, relaxed F1 0.977, value accuracy 0.968, value F1 0.946, type F1 0.972
# blind_narrative_37 strict F1 1.000, relaxed F1 1.000, value accuracy 1.000, value F1 1.000, type F1 1.000
# blind_narrative_38 strict F1 1.000, relaxed F1 1.000, value accuracy 1.000, value F1 1.000, type F1 1.000
# blind_news_31 strict F1 0.980, relaxed F1 0.985, value accuracy 0.980, value F1 0.965, type F1 0.985
# blind_news_30 strict F1 0.993, relaxed F1 0.993, value accuracy 0.952, value F1 0.945, type F1 0.993
# blind_narrative_39 strict F1 0.993, relaxed F1 0.993, value accuracy 0.979, value F1 0.973, type F1 0.990
# blind_news_33 strict F1 0.988, relaxed F1 1.000, value accuracy 0.982, value F1 0.982, type F1 1.000
# blind_news_32 strict F1 0.986, relaxed F1 0.986, value accuracy 0.976, value F1 0.962, type F1 0.981
# blind_narrative_40 strict F1 0.968, relaxed F1 0.972, value accuracy 0.982, value F1 0.955, type F1 0.968
# blind_news_34 strict F1 0.992, relaxed F1 0.992, value accuracy 0.990, value F1 0.982, type F1 0.987
# blind_news_35 strict F1 0.969, relaxed F1 0.988, value accuracy 0.971, value F1 0.959, type F1 0.983
# blind_narrative_41 strict F1 0.997, relaxed F1 0.997, value accuracy 0.955, value F1 0.952, type F1 0.992
# blind_news_37 strict F1 1.000, relaxed F1 1.000, value accuracy 0.988, value F1 0.988, type F1 1.000
# blind_news_36 strict F1 0.983, relaxed F1 0.987, value accuracy 0.987, value F1 0.974, type F1 0.974
# blind_narrative_42 strict F1 0.986, relaxed F1 0.991, value accuracy 0.986, value F1 0.976, type F1 0.986
# blind_narrative_43 strict F1 1.000, relaxed F1 1.000, value accuracy 0.987, value F1 0.987, type F1 1.000
# blind_news_38 strict F1 1.000, relaxed F1 1.000, value accuracy 0.989, value F1 0.989, type F1 1.000
# blind_narrative_44 strict F1 1.000, relaxed F1 1.000, value accuracy 1.000, value F1 1.000, type F1 1.000
# blind_news_39 strict F1 0.993, relaxed F1 0.993, value accuracy 0.981, value F1 0.974, type F1 0.983
# blind_news_40 strict F1 1.000, relaxed F1 1.000, value accuracy 0.972, value F1 0.972, type F1 0.991
# blind_narrative_45 strict F1 0.996, relaxed F1 1.000, value accuracy 0.979, value F1 0.979, type F1 1.000
# blind_mixed_5 strict F1 0.972, relaxed F1 0.987, value accuracy 0.959, value F1 0.947, type F1 0.987
# blind_narrative_46 strict F1 0.997, relaxed F1 0.997, value accuracy 0.984, value F1 0.981, type F1 0.997
# blind_narrative_47 strict F1 0.996, relaxed F1 0.996, value accuracy 1.000, value F1 0.996, type F1 0.996
# blind_news_42 strict F1 0.995, relaxed F1 1.000, value accuracy 0.989, value F1 0.989, type F1 0.989
# blind_news_43 strict F1 0.997, relaxed F1 0.997, value accuracy 0.978, value F1 0.976, type F1 0.997
# blind_narrative_48 strict F1 0.994, relaxed F1 0.994, value accuracy 0.962, value F1 0.956, type F1 0.994
# blind_news_44 strict F1 1.000, relaxed F1 1.000, value accuracy 1.000, value F1 1.000, type F1 1.000
# blind_narrative_49 strict F1 0.989, relaxed F1 0.994, value accuracy 0.994, value F1 0.989, type F1 0.994
# blind_news_47 strict F1 1.000, relaxed F1 1.000, value accuracy 0.981, value F1 0.981, type F1 0.995
# blind_news_46 strict F1 0.989, relaxed F1 0.993, value accuracy 0.987, value F1 0.980, type F1 0.993
# blind_narrative_50 strict F1 0.979, relaxed F1 0.987, value accuracy 0.965, value F1 0.953, type F1 0.987
# blind_narrative_52 strict F1 0.989, relaxed F1 0.989, value accuracy 0.991, value F1 0.980, type F1 0.984
# blind_news_49 strict F1 0.982, relaxed F1 0.992, value accuracy 0.995, value F1 0.987, type F1 0.992 (Lunar New Year tagged, as blind_news_28)
# blind_news_48 strict F1 0.988, relaxed F1 0.988, value accuracy 0.952, value F1 0.941, type F1 0.988
# blind_narrative_51 strict F1 1.000, relaxed F1 1.000, value accuracy 1.000, value F1 1.000, type F1 1.000
# blind_news_51 strict F1 0.995, relaxed F1 0.995, value accuracy 0.989, value F1 0.983, type F1 0.995
# blind_narrative_53 strict F1 1.000, relaxed F1 1.000, value accuracy 0.972, value F1 0.972, type F1 1.000
# blind_news_50 strict F1 0.977, relaxed F1 0.991, value accuracy 0.954, value F1 0.945, type F1 0.982
# blind_narrative_54 strict F1 0.997, relaxed F1 0.997, value accuracy 0.984, value F1 0.981, type F1 0.997
# blind_narrative_55 strict F1 0.995, relaxed F1 0.995, value accuracy 0.995, value F1 0.990, type F1 0.995
# blind_narrative_56 strict F1 0.997, relaxed F1 0.997, value accuracy 0.967, value F1 0.964, type F1 0.992
# blind_news_52 strict F1 0.992, relaxed F1 0.992, value accuracy 0.994, value F1 0.986, type F1 0.992
# blind_narrative_57 strict F1 0.997, relaxed F1 0.997, value accuracy 0.976, value F1 0.973, type F1 0.997
# blind_narrative_58 strict F1 0.997, relaxed F1 0.997, value accuracy 0.988, value F1 0.985, type F1 0.997
# blind_news_53 strict F1 1.000, relaxed F1 1.000, value accuracy 0.975, value F1 0.975, type F1 1.000
# blind_news_55 strict F1 0.998, relaxed F1 0.998, value accuracy 0.992, value F1 0.990, type F1 0.998
# blind_colloquial_7 strict F1 0.991, relaxed F1 0.991, value accuracy 0.996, value F1 0.987, type F1 0.991
# blind_narrative_59 strict F1 0.998, relaxed F1 0.998, value accuracy 0.985, value F1 0.983, type F1 0.998
# blind_news_58 strict F1 0.988, relaxed F1 0.988, value accuracy 0.972, value F1 0.960, type F1 0.984
# blind_news_57 strict F1 0.996, relaxed F1 0.996, value accuracy 0.964, value F1 0.960, type F1 0.996
# blind_narrative_60 strict F1 0.995, relaxed F1 0.998, value accuracy 0.997, value F1 0.995, type F1 0.995
# blind_narrative_61 strict F1 0.989, relaxed F1 0.989, value accuracy 0.989, value F1 0.978, type F1 0.989
# blind_narrative_62 strict F1 1.000, relaxed F1 1.000, value accuracy 0.990, value F1 0.990, type F1 1.000
# blind_news_59 strict F1 0.992, relaxed F1 0.997, value accuracy 0.990, value F1 0.987, type F1 0.987
# blind_narrative_63 strict F1 1.000, relaxed F1 1.000, value accuracy 0.996, value F1 0.996, type F1 0.996
# blind_profiles strict F1 1.000, relaxed F1 1.000, value accuracy 1.000, value F1 1.000, type F1 1.000
# blind_narrative_64 strict F1 0.992, relaxed F1 0.992, value accuracy 0.987, value F1 0.979, type F1 0.992
# blind_news_64 strict F1 0.991, relaxed F1 0.991, value accuracy 0.995, value F1 0.986, type F1 0.991
# blind_narrative_65 strict F1 1.000, relaxed F1 1.000, value accuracy 0.997, value F1 0.997, type F1 1.000
# blind_narrative_66 strict F1 0.998, relaxed F1 0.998, value accuracy 0.993, value F1 0.991, type F1 0.998
# blind_news_65 strict F1 0.992, relaxed F1 0.996, value accuracy 0.988, value F1 0.984, type F1 0.992
# blind_minutes strict F1 0.987, relaxed F1 0.987, value accuracy 0.991, value F1 0.979, type F1 0.987
# blind_news_67 strict F1 0.995, relaxed F1 0.995, value accuracy 0.984, value F1 0.979, type F1 0.995
# blind_news_66 strict F1 0.996, relaxed F1 0.996, value accuracy 0.982, value F1 0.978, type F1 0.996
# blind_narrative_68 strict F1 0.987, relaxed F1 0.987, value accuracy 0.964, value F1 0.952, type F1 0.987
# blind_news_68 strict F1 0.991, relaxed F1 0.991, value accuracy 0.960, value F1 0.951, type F1 0.991
# blind_news_69 strict F1 1.000, relaxed F1 1.000, value accuracy 0.964, value F1 0.964, type F1 1.000
# blind_judgments strict F1 0.997, relaxed F1 0.997, value accuracy 0.959, value F1 0.957, type F1 0.987
# blind_narrative_70 strict F1 0.994, relaxed F1 0.998, value accuracy 0.985, value F1 0.983, type F1 0.998
# blind_news_71 strict F1 0.993, relaxed F1 0.993, value accuracy 0.953, value F1 0.946, type F1 0.988
# blind_narrative_71 strict F1 0.985, relaxed F1 0.990, value accuracy 0.956, value F1 0.946, type F1 0.990
# blind_news_70 strict F1 0.995, relaxed F1 0.995, value accuracy 0.986, value F1 0.982, type F1 0.995
# blind_news_74 strict F1 0.991, relaxed F1 0.991, value accuracy 0.969, value F1 0.960, type F1 0.991
# blind_research strict F1 0.982, relaxed F1 0.982, value accuracy 0.970, value F1 0.953, type F1 0.982
# blind_news_77 strict F1 0.996, relaxed F1 0.996, value accuracy 0.980, value F1 0.977, type F1 0.996
# blind_narrative_73 strict F1 0.998, relaxed F1 0.998, value accuracy 0.953, value F1 0.951, type F1 0.998
# blind_news_76 strict F1 0.989, relaxed F1 0.989, value accuracy 0.982, value F1 0.971, type F1 0.989
# blind_contracts strict F1 0.998, relaxed F1 0.998, value accuracy 0.960, value F1 0.958, type F1 0.994
# blind_narrative_75 strict F1 0.980, relaxed F1 0.980, value accuracy 0.971, value F1 0.952, type F1 0.980
# blind_clinical strict F1 0.998, relaxed F1 0.998, value accuracy 0.965, value F1 0.963, type F1 0.989
# blind_news_80 strict F1 0.988, relaxed F1 0.992, value accuracy 0.984, value F1 0.976, type F1 0.992
# blind_releases strict F1 0.998, relaxed F1 0.998, value accuracy 0.965, value F1 0.962, type F1 0.998
# blind_narrative_78 strict F1 1.000, relaxed F1 1.000, value accuracy 0.992, value F1 0.992, type F1 1.000
# blind_news_81 strict F1 0.998, relaxed F1 0.998, value accuracy 0.996, value F1 0.994, type F1 0.998
# blind_narrative_77 strict F1 0.998, relaxed F1 0.998, value accuracy 0.996, value F1 0.994, type F1 0.998
# blind_news_82 strict F1 1.000, relaxed F1 1.000, value accuracy 0.996, value F1 0.996, type F1 1.000
# blind_news_83 strict F1 1.000, relaxed F1 1.000, value accuracy 0.996, value F1 0.996, type F1 1.000
# blind_narrative_80 strict F1 0.996, relaxed F1 1.000, value accuracy 0.985, value F1 0.985, type F1 0.996
# blind_narrative_81 strict F1 0.998, relaxed F1 0.998, value accuracy 1.000, value F1 0.998, type F1 0.998
# blind_narrative_82 strict F1 1.000, relaxed F1 1.000, value accuracy 0.987, value F1 0.987, type F1 1.000
# blind_news_84 strict F1 0.993, relaxed F1 0.993, value accuracy 0.980, value F1 0.973, type F1 0.993
# blind_narrative_83 strict F1 0.985, relaxed F1 0.989, value accuracy 0.987, value F1 0.976, type F1 0.989
# blind_narrative_84 strict F1 0.993, relaxed F1 0.993, value accuracy 1.000, value F1 0.993, type F1 0.993
# blind_news_85 strict F1 0.990, relaxed F1 0.994, value accuracy 0.959, value F1 0.953, type F1 0.990
# blind_news_87 strict F1 0.998, relaxed F1 0.998, value accuracy 0.971, value F1 0.969, type F1 0.993
# blind_narrative_86 strict F1 0.992, relaxed F1 1.000, value accuracy 0.969, value F1 0.969, type F1 0.992
# blind_narrative_87 strict F1 0.992, relaxed F1 0.992, value accuracy 0.974, value F1 0.966, type F1 0.992
# blind_narrative_85 strict F1 0.998, relaxed F1 0.998, value accuracy 0.989, value F1 0.987, type F1 0.998
# blind_news_86 strict F1 0.992, relaxed F1 0.992, value accuracy 0.979, value F1 0.972, type F1 0.982
# blind_narrative_88 strict F1 1.000, relaxed F1 1.000, value accuracy 0.995, value F1 0.995, type F1 1.000
# blind_news_89 strict F1 0.988, relaxed F1 1.000, value accuracy 0.988, value F1 0.988, type F1 1.000
# blind_news_90 strict F1 0.995, relaxed F1 0.995, value accuracy 0.996, value F1 0.991, type F1 0.991
# blind_narrative_89 strict F1 0.987, relaxed F1 0.996, value accuracy 0.996, value F1 0.992, type F1 0.996
# blind_narrative_90 strict F1 1.000, relaxed F1 1.000, value accuracy 0.988, value F1 0.988, type F1 1.000
# blind_narrative_91 strict F1 0.998, relaxed F1 0.998, value accuracy 0.992, value F1 0.989, type F1 0.998
# blind_news_91 strict F1 0.994, relaxed F1 0.998, value accuracy 0.989, value F1 0.987, type F1 0.994
# blind_news_93 strict F1 0.992, relaxed F1 1.000, value accuracy 0.951, value F1 0.951, type F1 0.984
# blind_narrative_93 strict F1 0.989, relaxed F1 0.989, value accuracy 0.987, value F1 0.976, type F1 0.989
# blind_news_92 strict F1 0.996, relaxed F1 0.996, value accuracy 0.970, value F1 0.966, type F1 0.996
# blind_narrative_92 strict F1 0.992, relaxed F1 0.996, value accuracy 0.988, value F1 0.984, type F1 0.992
# blind_news_94 strict F1 0.996, relaxed F1 0.996, value accuracy 0.992, value F1 0.988, type F1 0.992
# blind_news_96 strict F1 0.995, relaxed F1 0.995, value accuracy 0.995, value F1 0.990, type F1 0.995
# blind_narrative_96 strict F1 0.979, relaxed F1 0.992, value accuracy 0.970, value F1 0.962, type F1 0.983
# blind_narrative_98 strict F1 0.991, relaxed F1 0.995, value accuracy 0.957, value F1 0.953, type F1 0.991
# blind_narrative_99 strict F1 0.996, relaxed F1 0.996, value accuracy 0.961, value F1 0.957, type F1 0.996
# blind_news_97 strict F1 0.980, relaxed F1 0.984, value accuracy 0.964, value F1 0.949, type F1 0.972
# blind_narrative_100 strict F1 0.984, relaxed F1 0.984, value accuracy 0.993, value F1 0.977, type F1 0.984
# blind_news_100 strict F1 0.982, relaxed F1 0.986, value accuracy 0.954, value F1 0.940, type F1 0.979
# blind_narrative_104 strict F1 0.986, relaxed F1 0.989, value accuracy 0.950, value F1 0.940, type F1 0.982
# blind_news_101 strict F1 0.976, relaxed F1 0.996, value accuracy 0.952, value F1 0.948, type F1 0.996
# blind_news_102 strict F1 0.991, relaxed F1 0.994, value accuracy 0.989, value F1 0.983, type F1 0.994
# blind_narrative_105 strict F1 0.971, relaxed F1 0.978, value accuracy 0.964, value F1 0.942, type F1 0.971
# blind_narrative_106 strict F1 0.996, relaxed F1 0.996, value accuracy 0.953, value F1 0.949, type F1 0.992
# blind_news_103 strict F1 0.996, relaxed F1 1.000, value accuracy 0.953, value F1 0.953, type F1 0.996
# blind_news_104 strict F1 0.989, relaxed F1 0.993, value accuracy 0.950, value F1 0.944, type F1 0.989
# blind_news_105 strict F1 0.994, relaxed F1 0.994, value accuracy 0.965, value F1 0.959, type F1 0.994
# blind_narrative_108 strict F1 0.992, relaxed F1 0.992, value accuracy 0.972, value F1 0.964, type F1 0.992
# blind_news_106 strict F1 0.992, relaxed F1 1.000, value accuracy 0.989, value F1 0.989, type F1 0.992
# blind_news_107 strict F1 0.996, relaxed F1 0.996, value accuracy 0.959, value F1 0.955, type F1 0.996
# blind_news_109 strict F1 0.993, relaxed F1 0.996, value accuracy 0.968, value F1 0.964, type F1 0.996
# blind_news_110 strict F1 0.970, relaxed F1 0.983, value accuracy 0.983, value F1 0.966, type F1 0.979
# blind_news_111 strict F1 0.985, relaxed F1 0.985, value accuracy 0.978, value F1 0.963, type F1 0.980
BLIND_SETS = [
    GOLD_FOLDER / "blind_news.jsonl",
    GOLD_FOLDER / "blind_narrative.jsonl",
    GOLD_FOLDER / "blind_news_2.jsonl",
    GOLD_FOLDER / "blind_narrative_2.jsonl",
    GOLD_FOLDER / "blind_narrative_3.jsonl",
    GOLD_FOLDER / "blind_mixed.jsonl",
    GOLD_FOLDER / "blind_narrative_4.jsonl",
    GOLD_FOLDER / "blind_news_4.jsonl",
    GOLD_FOLDER / "blind_narrative_5.jsonl",
    GOLD_FOLDER / "blind_narrative_6.jsonl",
    GOLD_FOLDER / "blind_news_5.jsonl",
    GOLD_FOLDER / "blind_features.jsonl",
    GOLD_FOLDER / "blind_colloquial.jsonl",
    GOLD_FOLDER / "blind_biography.jsonl",
    GOLD_FOLDER / "blind_news_6.jsonl",
    GOLD_FOLDER / "blind_business.jsonl",
    GOLD_FOLDER / "blind_narrative_7.jsonl",
    GOLD_FOLDER / "blind_news_7.jsonl",
    GOLD_FOLDER / "blind_narrative_8.jsonl",
    GOLD_FOLDER / "blind_sports.jsonl",
    GOLD_FOLDER / "blind_timelines.jsonl",
    GOLD_FOLDER / "blind_official.jsonl",
    GOLD_FOLDER / "blind_memoir.jsonl",
    GOLD_FOLDER / "blind_news_8.jsonl",
    GOLD_FOLDER / "blind_news_9.jsonl",
    GOLD_FOLDER / "blind_narrative_9.jsonl",
    GOLD_FOLDER / "blind_narrative_10.jsonl",
    GOLD_FOLDER / "blind_news_10.jsonl",
    GOLD_FOLDER / "blind_news_11.jsonl",
    GOLD_FOLDER / "blind_narrative_11.jsonl",
    GOLD_FOLDER / "blind_news_12.jsonl",
    GOLD_FOLDER / "blind_narrative_12.jsonl",
    GOLD_FOLDER / "blind_narrative_13.jsonl",
    GOLD_FOLDER / "blind_narrative_14.jsonl",
    GOLD_FOLDER / "blind_narrative_15.jsonl",
    GOLD_FOLDER / "blind_news_13.jsonl",
    GOLD_FOLDER / "blind_news_14.jsonl",
    GOLD_FOLDER / "blind_narrative_16.jsonl",
    GOLD_FOLDER / "blind_news_15.jsonl",
    GOLD_FOLDER / "blind_narrative_17.jsonl",
    GOLD_FOLDER / "blind_narrative_18.jsonl",
    GOLD_FOLDER / "blind_narrative_20.jsonl",
    GOLD_FOLDER / "blind_news_18.jsonl",
    GOLD_FOLDER / "blind_narrative_21.jsonl",
    GOLD_FOLDER / "blind_narrative_22.jsonl",
    GOLD_FOLDER / "blind_narrative_23.jsonl",
    GOLD_FOLDER / "blind_news_19.jsonl",
    GOLD_FOLDER / "blind_mixed_2.jsonl",
    GOLD_FOLDER / "blind_narrative_25.jsonl",
    GOLD_FOLDER / "blind_narrative_24.jsonl",
    GOLD_FOLDER / "blind_news_20.jsonl",
    GOLD_FOLDER / "blind_news_21.jsonl",
    GOLD_FOLDER / "blind_narrative_27.jsonl",
    GOLD_FOLDER / "blind_narrative_26.jsonl",
    GOLD_FOLDER / "blind_news_22.jsonl",
    GOLD_FOLDER / "blind_narrative_28.jsonl",
    GOLD_FOLDER / "blind_narrative_29.jsonl",
    GOLD_FOLDER / "blind_news_23.jsonl",
    GOLD_FOLDER / "blind_narrative_30.jsonl",
    GOLD_FOLDER / "blind_news_26.jsonl",
    GOLD_FOLDER / "blind_narrative_31.jsonl",
    GOLD_FOLDER / "blind_news_25.jsonl",
    GOLD_FOLDER / "blind_mixed_3.jsonl",
    GOLD_FOLDER / "blind_narrative_32.jsonl",
    GOLD_FOLDER / "blind_news_27.jsonl",
    GOLD_FOLDER / "blind_narrative_33.jsonl",
    GOLD_FOLDER / "blind_narrative_35.jsonl",
    GOLD_FOLDER / "blind_news_29.jsonl",
    GOLD_FOLDER / "blind_narrative_36.jsonl",
    GOLD_FOLDER / "blind_narrative_37.jsonl",
    GOLD_FOLDER / "blind_narrative_38.jsonl",
    GOLD_FOLDER / "blind_news_31.jsonl",
    GOLD_FOLDER / "blind_news_30.jsonl",
    GOLD_FOLDER / "blind_narrative_39.jsonl",
    GOLD_FOLDER / "blind_news_33.jsonl",
    GOLD_FOLDER / "blind_news_32.jsonl",
    GOLD_FOLDER / "blind_narrative_40.jsonl",
    GOLD_FOLDER / "blind_news_34.jsonl",
    GOLD_FOLDER / "blind_news_35.jsonl",
    GOLD_FOLDER / "blind_narrative_41.jsonl",
    GOLD_FOLDER / "blind_news_37.jsonl",
    GOLD_FOLDER / "blind_news_36.jsonl",
    GOLD_FOLDER / "blind_narrative_42.jsonl",
    GOLD_FOLDER / "blind_narrative_43.jsonl",
    GOLD_FOLDER / "blind_news_38.jsonl",
    GOLD_FOLDER / "blind_narrative_44.jsonl",
    GOLD_FOLDER / "blind_news_39.jsonl",
    GOLD_FOLDER / "blind_news_40.jsonl",
    GOLD_FOLDER / "blind_narrative_45.jsonl",
    GOLD_FOLDER / "blind_mixed_5.jsonl",
    GOLD_FOLDER / "blind_narrative_46.jsonl",
    GOLD_FOLDER / "blind_narrative_47.jsonl",
    GOLD_FOLDER / "blind_news_42.jsonl",
    GOLD_FOLDER / "blind_news_43.jsonl",
    GOLD_FOLDER / "blind_narrative_48.jsonl",
    GOLD_FOLDER / "blind_news_44.jsonl",
    GOLD_FOLDER / "blind_narrative_49.jsonl",
    GOLD_FOLDER / "blind_news_47.jsonl",
    GOLD_FOLDER / "blind_news_46.jsonl",
    GOLD_FOLDER / "blind_narrative_50.jsonl",
    GOLD_FOLDER / "blind_narrative_52.jsonl",
    GOLD_FOLDER / "blind_news_49.jsonl",
    GOLD_FOLDER / "blind_news_48.jsonl",
    GOLD_FOLDER / "blind_narrative_51.jsonl",
    GOLD_FOLDER / "blind_news_51.jsonl",
    GOLD_FOLDER / "blind_narrative_53.jsonl",
    GOLD_FOLDER / "blind_news_50.jsonl",
    GOLD_FOLDER / "blind_narrative_54.jsonl",
    GOLD_FOLDER / "blind_narrative_55.jsonl",
    GOLD_FOLDER / "blind_narrative_56.jsonl",
    GOLD_FOLDER / "blind_news_52.jsonl",
    GOLD_FOLDER / "blind_narrative_57.jsonl",
    GOLD_FOLDER / "blind_narrative_58.jsonl",
    GOLD_FOLDER / "blind_news_53.jsonl",
    GOLD_FOLDER / "blind_news_55.jsonl",
    GOLD_FOLDER / "blind_colloquial_7.jsonl",
    GOLD_FOLDER / "blind_narrative_59.jsonl",
    GOLD_FOLDER / "blind_news_58.jsonl",
    GOLD_FOLDER / "blind_news_57.jsonl",
    GOLD_FOLDER / "blind_narrative_60.jsonl",
    GOLD_FOLDER / "blind_narrative_61.jsonl",
    GOLD_FOLDER / "blind_narrative_62.jsonl",
    GOLD_FOLDER / "blind_news_59.jsonl",
    GOLD_FOLDER / "blind_narrative_63.jsonl",
    GOLD_FOLDER / "blind_profiles.jsonl",
    GOLD_FOLDER / "blind_narrative_64.jsonl",
    GOLD_FOLDER / "blind_news_64.jsonl",
    GOLD_FOLDER / "blind_narrative_65.jsonl",
    GOLD_FOLDER / "blind_narrative_66.jsonl",
    GOLD_FOLDER / "blind_news_65.jsonl",
    GOLD_FOLDER / "blind_minutes.jsonl",
    GOLD_FOLDER / "blind_news_67.jsonl",
    GOLD_FOLDER / "blind_news_66.jsonl",
    GOLD_FOLDER / "blind_narrative_68.jsonl",
    GOLD_FOLDER / "blind_news_68.jsonl",
    GOLD_FOLDER / "blind_news_69.jsonl",
    GOLD_FOLDER / "blind_judgments.jsonl",
    GOLD_FOLDER / "blind_narrative_70.jsonl",
    GOLD_FOLDER / "blind_news_71.jsonl",
    GOLD_FOLDER / "blind_narrative_71.jsonl",
    GOLD_FOLDER / "blind_news_70.jsonl",
    GOLD_FOLDER / "blind_news_74.jsonl",
    GOLD_FOLDER / "blind_research.jsonl",
    GOLD_FOLDER / "blind_news_77.jsonl",
    GOLD_FOLDER / "blind_narrative_73.jsonl",
    GOLD_FOLDER / "blind_news_76.jsonl",
    GOLD_FOLDER / "blind_contracts.jsonl",
    GOLD_FOLDER / "blind_narrative_75.jsonl",
    GOLD_FOLDER / "blind_clinical.jsonl",
    GOLD_FOLDER / "blind_news_80.jsonl",
    GOLD_FOLDER / "blind_releases.jsonl",
    GOLD_FOLDER / "blind_narrative_78.jsonl",
    GOLD_FOLDER / "blind_news_81.jsonl",
    GOLD_FOLDER / "blind_narrative_77.jsonl",
    GOLD_FOLDER / "blind_news_82.jsonl",
    GOLD_FOLDER / "blind_news_83.jsonl",
    GOLD_FOLDER / "blind_narrative_80.jsonl",
    GOLD_FOLDER / "blind_narrative_81.jsonl",
    GOLD_FOLDER / "blind_narrative_82.jsonl",
    GOLD_FOLDER / "blind_news_84.jsonl",
    GOLD_FOLDER / "blind_narrative_83.jsonl",
    GOLD_FOLDER / "blind_narrative_84.jsonl",
    GOLD_FOLDER / "blind_news_85.jsonl",
    GOLD_FOLDER / "blind_news_87.jsonl",
    GOLD_FOLDER / "blind_narrative_86.jsonl",
    GOLD_FOLDER / "blind_narrative_87.jsonl",
    GOLD_FOLDER / "blind_narrative_85.jsonl",
    GOLD_FOLDER / "blind_news_86.jsonl",
    GOLD_FOLDER / "blind_narrative_88.jsonl",
    GOLD_FOLDER / "blind_news_89.jsonl",
    GOLD_FOLDER / "blind_news_90.jsonl",
    GOLD_FOLDER / "blind_narrative_89.jsonl",
    GOLD_FOLDER / "blind_narrative_90.jsonl",
    GOLD_FOLDER / "blind_narrative_91.jsonl",
    GOLD_FOLDER / "blind_news_91.jsonl",
    GOLD_FOLDER / "blind_news_93.jsonl",
    GOLD_FOLDER / "blind_narrative_93.jsonl",
    GOLD_FOLDER / "blind_news_92.jsonl",
    GOLD_FOLDER / "blind_narrative_92.jsonl",
    GOLD_FOLDER / "blind_news_94.jsonl",
    GOLD_FOLDER / "blind_news_96.jsonl",
    GOLD_FOLDER / "blind_narrative_96.jsonl",
    GOLD_FOLDER / "blind_narrative_98.jsonl",
    GOLD_FOLDER / "blind_narrative_99.jsonl",
    GOLD_FOLDER / "blind_news_97.jsonl",
    GOLD_FOLDER / "blind_narrative_100.jsonl",
    GOLD_FOLDER / "blind_narrative_103.jsonl",
    GOLD_FOLDER / "blind_news_100.jsonl",
    GOLD_FOLDER / "blind_narrative_104.jsonl",
    GOLD_FOLDER / "blind_news_101.jsonl",
    GOLD_FOLDER / "blind_news_102.jsonl",
    GOLD_FOLDER / "blind_narrative_105.jsonl",
    GOLD_FOLDER / "blind_narrative_106.jsonl",
    GOLD_FOLDER / "blind_notices.jsonl",
    GOLD_FOLDER / "blind_news_103.jsonl",
    GOLD_FOLDER / "blind_news_104.jsonl",
    GOLD_FOLDER / "blind_forecasts.jsonl",
    GOLD_FOLDER / "blind_news_105.jsonl",
    GOLD_FOLDER / "blind_narrative_108.jsonl",
    GOLD_FOLDER / "blind_news_106.jsonl",
    GOLD_FOLDER / "blind_news_107.jsonl",
    GOLD_FOLDER / "blind_news_109.jsonl",
    GOLD_FOLDER / "blind_narrative_110.jsonl",
    GOLD_FOLDER / "blind_news_110.jsonl",
    GOLD_FOLDER / "blind_narrative_111.jsonl",
    GOLD_FOLDER / "blind_narrative_112.jsonl",
    GOLD_FOLDER / "blind_news_111.jsonl",
]
BLIND_FLOORS = {
    "strict_f1": 0.95,
    "relaxed_f1": 0.97,
    "value_accuracy": 0.95,
    "value_f1": 0.94,
    "type_f1": 0.96,
}


@pytest.mark.parametrize("path", BLIND_SETS, ids=lambda path: path.stem)
@pytest.mark.parametrize(("figure", "floor"), sorted(BLIND_FLOORS.items()))
def test_blind_set_figures_stay_above_their_floor(path: Path, figure: str, floor: float) -> None:
    result = evaluate(path)
    assert not result.failed
    reached = getattr(result.timex.overall, figure)
    assert reached >= floor, f"{path.stem}: {figure} fell to {reached:.4f} (floor {floor})"


# Blind sets whose figures after the fixes are still under BLIND_FLOORS (their headers list the gaps):
# each keeps a floor of its own a little under what it reached, so what was fixed stays fixed.
# Reached: blind_schedules strict F1 0.977, relaxed 0.986, value accuracy 0.886, value F1 0.873, type
# F1 0.977; blind_spoken strict F1 0.947, relaxed 0.972, value accuracy 0.933, value F1 0.907, type
# F1 0.964; blind_news_16 strict F1 0.970, relaxed 0.980, value accuracy 0.912, value F1 0.893, type
# F1 0.975; blind_narrative_19 strict F1 0.992, relaxed 1.000, value accuracy 0.943, value F1 0.943,
# type F1 1.000; blind_news_17 strict F1 0.968, relaxed 0.977, value accuracy 0.886, value F1 0.866,
# type F1 0.972; blind_news_24 strict F1 0.986, relaxed 0.991, value accuracy 0.930, value F1 0.921,
# type F1 0.977; blind_colloquial_2 strict F1 0.969, relaxed 0.973, value accuracy 0.908, value F1
# 0.883, type F1 0.951; blind_news_28 strict F1 0.910, relaxed 0.918, value accuracy 0.912, value F1
# 0.837, type F1 0.914; blind_narrative_34 strict F1 0.992, relaxed 0.992, value accuracy 0.946, value
# F1 0.938, type F1 0.992; blind_mixed_4 strict F1 0.965, relaxed 0.975, value accuracy 0.828, value F1
# 0.808, type F1 0.975; blind_colloquial_3 strict F1 0.947, relaxed 0.962, value accuracy 0.902, value
# F1 0.868, type F1 0.943; blind_colloquial_4 strict F1 0.957, relaxed 0.957, value accuracy 0.955,
# value F1 0.913, type F1 0.944; blind_news_41 strict F1 0.974, relaxed 0.988, value accuracy 0.910,
# value F1 0.900, type F1 0.974; blind_colloquial_5 strict F1 0.972, relaxed 0.983, value accuracy
# 0.937, value F1 0.921, type F1 0.961; blind_colloquial_6 strict F1 0.945, relaxed 0.970, value
# accuracy 0.902, value F1 0.874, type F1 0.955; blind_spoken_2 strict F1 0.960, relaxed 0.981, value
# accuracy 0.842, value F1 0.827, type F1 0.971; blind_news_45 strict F1 0.983, relaxed 0.987, value
# accuracy 0.939, value F1 0.927, type F1 0.970; blind_news_54 strict F1 0.990, relaxed 0.995, value
# accuracy 0.946, value F1 0.941, type F1 0.995; blind_news_56 strict F1 0.989, relaxed 0.994, value
# accuracy 0.909, value F1 0.903, type F1 0.989; blind_news_60 strict F1 0.963, relaxed 0.969, value
# accuracy 0.919, value F1 0.890, type F1 0.958; blind_news_61 strict F1 0.967, relaxed 0.971, value
# accuracy 0.945, value F1 0.918, type F1 0.971; blind_news_62 strict F1 1.000, relaxed 1.000, value
# accuracy 0.943, value F1 0.943, type F1 1.000; blind_news_63 strict F1 0.984, relaxed 0.989, value
# accuracy 0.932, value F1 0.921, type F1 0.984; blind_instructions strict F1 0.989, relaxed 0.993,
# value accuracy 0.920, value F1 0.914, type F1 0.958; blind_chats strict F1 0.972, relaxed 0.972, value
# accuracy 0.942, value F1 0.915, type F1 0.955.
BELOW_COMMON_FLOOR = {
    GOLD_FOLDER / "blind_schedules.jsonl": {
        "strict_f1": 0.96,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.87,
        "value_f1": 0.85,
        "type_f1": 0.96,
    },
    GOLD_FOLDER / "blind_spoken.jsonl": {
        "strict_f1": 0.93,
        "relaxed_f1": 0.96,
        "value_accuracy": 0.91,
        "value_f1": 0.89,
        "type_f1": 0.95,
    },
    GOLD_FOLDER / "blind_news_16.jsonl": {
        "strict_f1": 0.96,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.90,
        "value_f1": 0.88,
        "type_f1": 0.96,
    },
    GOLD_FOLDER / "blind_narrative_19.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.99,
        "value_accuracy": 0.93,
        "value_f1": 0.93,
        "type_f1": 0.99,
    },
    GOLD_FOLDER / "blind_news_17.jsonl": {
        "strict_f1": 0.96,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.87,
        "value_f1": 0.85,
        "type_f1": 0.96,
    },
    GOLD_FOLDER / "blind_news_24.jsonl": {
        "strict_f1": 0.97,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.92,
        "value_f1": 0.91,
        "type_f1": 0.97,
    },
    GOLD_FOLDER / "blind_colloquial_2.jsonl": {
        "strict_f1": 0.95,
        "relaxed_f1": 0.96,
        "value_accuracy": 0.89,
        "value_f1": 0.87,
        "type_f1": 0.94,
    },
    GOLD_FOLDER / "blind_narrative_34.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.93,
        "value_f1": 0.92,
        "type_f1": 0.98,
    },
    GOLD_FOLDER / "blind_news_28.jsonl": {
        "strict_f1": 0.90,
        "relaxed_f1": 0.91,
        "value_accuracy": 0.89,
        "value_f1": 0.82,
        "type_f1": 0.90,
    },
    GOLD_FOLDER / "blind_mixed_4.jsonl": {
        "strict_f1": 0.95,
        "relaxed_f1": 0.96,
        "value_accuracy": 0.81,
        "value_f1": 0.79,
        "type_f1": 0.96,
    },
    GOLD_FOLDER / "blind_colloquial_3.jsonl": {
        "strict_f1": 0.93,
        "relaxed_f1": 0.95,
        "value_accuracy": 0.89,
        "value_f1": 0.85,
        "type_f1": 0.93,
    },
    GOLD_FOLDER / "blind_colloquial_4.jsonl": {
        "strict_f1": 0.94,
        "relaxed_f1": 0.94,
        "value_accuracy": 0.94,
        "value_f1": 0.90,
        "type_f1": 0.93,
    },
    GOLD_FOLDER / "blind_news_41.jsonl": {
        "strict_f1": 0.96,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.90,
        "value_f1": 0.89,
        "type_f1": 0.96,
    },
    GOLD_FOLDER / "blind_colloquial_5.jsonl": {
        "strict_f1": 0.96,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.92,
        "value_f1": 0.90,
        "type_f1": 0.95,
    },
    GOLD_FOLDER / "blind_colloquial_6.jsonl": {
        "strict_f1": 0.93,
        "relaxed_f1": 0.96,
        "value_accuracy": 0.89,
        "value_f1": 0.86,
        "type_f1": 0.94,
    },
    GOLD_FOLDER / "blind_spoken_2.jsonl": {
        "strict_f1": 0.94,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.82,
        "value_f1": 0.80,
        "type_f1": 0.96,
    },
    GOLD_FOLDER / "blind_news_45.jsonl": {
        "strict_f1": 0.97,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.92,
        "value_f1": 0.90,
        "type_f1": 0.96,
    },
    GOLD_FOLDER / "blind_news_54.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.99,
        "value_accuracy": 0.93,
        "value_f1": 0.93,
        "type_f1": 0.98,
    },
    GOLD_FOLDER / "blind_news_56.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.89,
        "value_f1": 0.89,
        "type_f1": 0.98,
    },
    GOLD_FOLDER / "blind_news_60.jsonl": {
        "strict_f1": 0.95,
        "relaxed_f1": 0.96,
        "value_accuracy": 0.90,
        "value_f1": 0.88,
        "type_f1": 0.95,
    },
    GOLD_FOLDER / "blind_news_61.jsonl": {
        "strict_f1": 0.95,
        "relaxed_f1": 0.96,
        "value_accuracy": 0.93,
        "value_f1": 0.91,
        "type_f1": 0.96,
    },
    GOLD_FOLDER / "blind_news_62.jsonl": {
        "strict_f1": 0.99,
        "relaxed_f1": 0.99,
        "value_accuracy": 0.92,
        "value_f1": 0.92,
        "type_f1": 0.99,
    },
    GOLD_FOLDER / "blind_news_63.jsonl": {
        "strict_f1": 0.97,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.92,
        "value_f1": 0.91,
        "type_f1": 0.97,
    },
    GOLD_FOLDER / "blind_instructions.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.91,
        "value_f1": 0.90,
        "type_f1": 0.95,
    },
    GOLD_FOLDER / "blind_chats.jsonl": {
        "strict_f1": 0.96,
        "relaxed_f1": 0.96,
        "value_accuracy": 0.93,
        "value_f1": 0.90,
        "type_f1": 0.94,
    },
    # blind_guidebooks strict F1 0.975, relaxed F1 0.986, value accuracy 0.831, value F1 0.819, type F1
    # 0.986: the timeless present of dated guides puts standing clock times, climate months and "in
    # winter" on the DCT's day and year, and a festival calendar's feasts on the nearest year
    GOLD_FOLDER / "blind_guidebooks.jsonl": {
        "strict_f1": 0.96,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.81,
        "value_f1": 0.80,
        "type_f1": 0.97,
    },
    # blind_narrative_67 strict F1 0.950, relaxed F1 0.985, value accuracy 0.782, value F1 0.770, type
    # F1 0.975: an undated thriller whose days have no year keeps its clock times unanchored (XXXX-XX-XX)
    GOLD_FOLDER / "blind_narrative_67.jsonl": {
        "strict_f1": 0.94,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.77,
        "value_f1": 0.76,
        "type_f1": 0.96,
    },
    # blind_narrative_69 strict F1 0.935, relaxed F1 0.966, value accuracy 0.805, value F1 0.777, type
    # F1 0.949: feasts named as customs of any year (XXXX) are dated in the story's year, and a digression
    # on sources leaves the story's year behind for the next section
    GOLD_FOLDER / "blind_narrative_69.jsonl": {
        "strict_f1": 0.92,
        "relaxed_f1": 0.95,
        "value_accuracy": 0.79,
        "value_f1": 0.76,
        "type_f1": 0.93,
    },
    # blind_news_72 strict F1 0.923, relaxed F1 0.926, value accuracy 0.879, value F1 0.814, type F1
    # 0.926: Islamic, Hindu and Buddhist feasts with no table of their days (Eid al-Fitr, Eid al-Adha,
    # Diwali, Holi, Vesak), the multi-day festivals the tagger dates, and weekdays ahead in past and
    # present perfect clauses ("moved the holiday from Monday to Tuesday", "have given Tuesday")
    GOLD_FOLDER / "blind_news_72.jsonl": {
        "strict_f1": 0.91,
        "relaxed_f1": 0.91,
        "value_accuracy": 0.86,
        "value_f1": 0.80,
        "type_f1": 0.91,
    },
    # blind_news_73 strict F1 0.991, relaxed F1 0.996, value accuracy 0.936, value F1 0.932, type F1
    # 0.991: a quotation dated only by a clause before its attribution ("In an interview recorded on
    # January 9 ..., he told detectives:"), the night of a crime and the next morning told from a clock
    # time of the small hours, "the previous evening" and "the next day" after a glance back, a quoted
    # plan overtaken ("were still preparing to replay it on Sunday")
    GOLD_FOLDER / "blind_news_73.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.99,
        "value_accuracy": 0.92,
        "value_f1": 0.92,
        "type_f1": 0.98,
    },
    # blind_narrative_72 strict F1 0.946, relaxed F1 0.966, value accuracy 0.902, value F1 0.871, type F1
    # 0.966: daylight and dark as parts of the day, habitual "at noon" in a log's routine, a quoted letter
    # whose only date is quoted in its lead, a quoted diary entry's "this day" after a night told in it,
    # "the next morning but one", "the 10th of next month", "this day sennight", "12 and 13 September"
    GOLD_FOLDER / "blind_narrative_72.jsonl": {
        "strict_f1": 0.93,
        "relaxed_f1": 0.95,
        "value_accuracy": 0.88,
        "value_f1": 0.85,
        "type_f1": 0.95,
    },
    # blind_narrative_74 strict F1 0.967, relaxed F1 0.971, value accuracy 0.964, value F1 0.937, type F1
    # 0.971: bare habitual clock hours ("at nine on Tuesdays", "every Monday at ten"), habitual clock times
    # given the story's year, the years of a book's title, "a year or two older", "the 1900s"
    GOLD_FOLDER / "blind_narrative_74.jsonl": {
        "strict_f1": 0.95,
        "relaxed_f1": 0.96,
        "value_accuracy": 0.95,
        "value_f1": 0.92,
        "type_f1": 0.96,
    },
    # blind_news_75 strict F1 0.998, relaxed F1 0.998, value accuracy 0.924, value F1 0.922, type F1
    # 0.998: days a story names paragraphs before ("Doors open at 7pm" for Saturday's reunion, "engaged
    # at Christmas" in 1953, a 1968 letter's "the 10th" and "that spring"), "born at 12.03am" on New
    # Year's Day, a quoted "Last winter" in an undated feature, a bare "got up at seven"
    GOLD_FOLDER / "blind_news_75.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.91,
        "value_f1": 0.90,
        "type_f1": 0.98,
    },
    # blind_news_78 strict F1 0.979, relaxed F1 0.986, value accuracy 0.942, value F1 0.928, type F1
    # 0.979: clock times restated in another zone in parentheses (left out on purpose), bare dotted
    # readings ("closes at 23.00."), days of weekdays and clock times where tense misleads ("Perhaps on
    # Thursday" in a reported quotation, "surgery on Tuesday" with "is recovering")
    GOLD_FOLDER / "blind_news_78.jsonl": {
        "strict_f1": 0.97,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.93,
        "value_f1": 0.92,
        "type_f1": 0.97,
    },
    # blind_narrative_76 strict F1 0.998, relaxed F1 0.998, value accuracy 0.920, value F1 0.918, type F1
    # 0.998: sections that go back over a night already told ("Survivors' accounts", "Coverage", "Methods",
    # "Response on the ground") read on from the last day reached, "three days later" counted from the
    # event's day rather than the day just told, a bare "at 9.35." ending a sentence, the habitual "published
    # at 6 p.m. for the following day" of an undated present
    GOLD_FOLDER / "blind_narrative_76.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.90,
        "value_f1": 0.90,
        "type_f1": 0.98,
    },
    # blind_news_79 strict F1 0.964, relaxed F1 0.972, value accuracy 0.932, value F1 0.906, type F1
    # 0.967: bare dotted clock times with no a.m. or p.m. ("music at 7.30", "nightly at 6.15 and 8.45",
    # "matinees ... at 2.30"), clock times of a listing anchored to a day told in another entry or to a
    # holiday in an event's name ("The Christmas Folk Session, 2pm-5pm"), "Ends Sunday" and "Friday at
    # 7 p.m." in a listing put on the nearest day, seasons naming a series, "annual" (value accuracy 0.921
    # and value F1 0.895 since "nightly" became XXXX-XX-XXTNI in the lexicon; the set's gold has P1D)
    GOLD_FOLDER / "blind_news_79.jsonl": {
        "strict_f1": 0.95,
        "relaxed_f1": 0.96,
        "value_accuracy": 0.91,
        "value_f1": 0.88,
        "type_f1": 0.95,
    },
    # blind_narrative_79 strict F1 0.998, relaxed F1 0.998, value accuracy 0.949, value F1 0.947, type F1
    # 0.998: two forward asides ("challenged Polk's account ... in December 1847", "where she served in
    # the civil war of 1891") that carry the story's next dates into their years, "the day before it is
    # often counted" (a pronoun after "before"), "fifteen years later" counted from the war
    GOLD_FOLDER / "blind_narrative_79.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.93,
        "value_f1": 0.93,
        "type_f1": 0.98,
    },
    # blind_news_88 strict F1 0.992, relaxed F1 0.996, value accuracy 0.940, value F1 0.936, type F1
    # 0.996: southern-hemisphere seasons, a past relative clause after a present main verb, a plan's
    # "had planned to spend Christmas" days ahead, an adjectival "closed on Friday", a clock time after
    # another day's, "the same weekend last year" left in two
    GOLD_FOLDER / "blind_news_88.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.93,
        "value_f1": 0.92,
        "type_f1": 0.98,
    },
    # blind_narrative_94 strict F1 0.998, relaxed F1 0.998, value accuracy 0.931, value F1 0.929, type F1
    # 0.998: a past-perfect glance back at 1531 and 1724 taken as the Lisbon story's year, a storm's evening
    # after "for the winter", a witness's letter "a month later" and "until dawn. The next morning"
    GOLD_FOLDER / "blind_narrative_94.jsonl": {
        "strict_f1": 0.99,
        "relaxed_f1": 0.99,
        "value_accuracy": 0.92,
        "value_f1": 0.92,
        "type_f1": 0.99,
    },
    # blind_narrative_95 strict F1 0.996, relaxed F1 0.996, value accuracy 0.925, value F1 0.921, type F1
    # 0.996: a hijacking story put on the eve of its flight by "a ticket ... on Thanksgiving Day" in the
    # background, "[the next day]" after "[A week] after the kidnapping", "[the previous autumn]" counted
    # from "since 1926", "[two decades later]" from the last year told
    GOLD_FOLDER / "blind_narrative_95.jsonl": {
        "strict_f1": 0.99,
        "relaxed_f1": 0.99,
        "value_accuracy": 0.91,
        "value_f1": 0.91,
        "type_f1": 0.99,
    },
    # blind_news_95 strict F1 0.993, relaxed F1 0.997, value accuracy 0.935, value F1 0.932, type F1
    # 0.987: a cruise line's next-year season read from the DCT ("[the summer]", "[July] and [August]",
    # "from [November] to [April]" after "[spring 2027]"), timetabled hours and seasons of a place's coming
    # schedule put on a day or year, "[Last year]'s strike, over [Easter]", "[the Sunday]" of a festival
    GOLD_FOLDER / "blind_news_95.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.99,
        "value_accuracy": 0.92,
        "value_f1": 0.92,
        "type_f1": 0.98,
    },
    # blind_narrative_97 strict F1 0.990, relaxed F1 0.990, value accuracy 0.928, value F1 0.919, type F1
    # 0.986: an opening day's clock times put on the Saturday before June 1838 by "had picked a Saturday",
    # "during the night" before a ceremony set for "the next morning", trains named by their dotted
    # departure times ("the 8.15 from Carlford") not found, a habit's "between sunrise and sunset" on the
    # story's year
    GOLD_FOLDER / "blind_narrative_97.jsonl": {
        "strict_f1": 0.98,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.92,
        "value_f1": 0.91,
        "type_f1": 0.98,
    },
    # blind_itineraries strict F1 0.948, relaxed F1 0.964, value accuracy 0.905, value F1 0.873, type F1
    # 0.956: a letter's date line heads the trip's clock times and weekdays after it, a past year told
    # between a tour's days sends its clock times to the DCT, and a programme's "the morning of the
    # wedding", "the first week" and standing times of a dated plan are missed or put on the DCT
    GOLD_FOLDER / "blind_itineraries.jsonl": {
        "strict_f1": 0.93,
        "relaxed_f1": 0.95,
        "value_accuracy": 0.89,
        "value_f1": 0.86,
        "type_f1": 0.94,
    },
    # blind_narrative_102 strict F1 0.972, relaxed F1 0.981, value accuracy 0.957, value F1 0.939, type F1
    # 0.981: rates and measures read as times ("30 pounds of potatoes a day", "one anna a day", "5 shillings
    # a quarter" of wheat), "the wet summer of 1315" tagged as a season where the sets tag the year alone,
    # habits told in the past ("between midsummer and Lammas", "walked out at dawn", "sailed mostly in
    # winter") put on the story's year, and "that autumn" or a heading's "The following year" counted from
    # the last year told rather than the section's
    GOLD_FOLDER / "blind_narrative_102.jsonl": {
        "strict_f1": 0.96,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.94,
        "value_f1": 0.92,
        "type_f1": 0.97,
    },
    # blind_captions strict F1 0.968, relaxed F1 0.968, value accuracy 0.924, value F1 0.895, type F1
    # 0.968: a caption's present tense ("Firefighters tackle the blaze on Saturday morning") is read as a
    # timetable's, a year between commas after a lowercase word ("a railway journey, 1962, 8mm") or a
    # dotted two-digit date ("3.3.63") is missed, and a film's months are put near the DCT
    GOLD_FOLDER / "blind_captions.jsonl": {
        "strict_f1": 0.95,
        "relaxed_f1": 0.95,
        "value_accuracy": 0.91,
        "value_f1": 0.88,
        "type_f1": 0.95,
    },
    # blind_news_99 strict F1 0.984, relaxed F1 0.993, value accuracy 0.940, value F1 0.933, type F1
    # 0.993: an incident's timeline told on a named day with "this month" after it stays on the DCT,
    # "midnight local time" after a morning hour of a named day goes to the midnight that opened it,
    # "every quarter" is P1Q where most sets write P3M, and a generic "midnight UTC" takes a year named
    # before it
    GOLD_FOLDER / "blind_news_99.jsonl": {
        "strict_f1": 0.97,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.93,
        "value_f1": 0.92,
        "type_f1": 0.98,
    },
    # blind_shownotes strict F1 0.983, relaxed F1 0.988, value accuracy 0.906, value F1 0.895, type F1
    # 0.988: a podcast's retelling of 1565 has its yearless dates put near the DCT, a weekend preview's
    # days ("Then it's Sunday's big one at 4.30pm", "Monday's reaction show goes out at 7am, as always")
    # and a listing's "Repeated Sunday at 9pm" are read as past, and "the 1812 Overture" is a year
    GOLD_FOLDER / "blind_shownotes.jsonl": {
        "strict_f1": 0.97,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.89,
        "value_f1": 0.88,
        "type_f1": 0.98,
    },
    # blind_narrative_101 strict F1 0.983, relaxed F1 0.992, value accuracy 0.853, value F1 0.846, type F1
    # 0.987: a night told hour by hour under the headings "Evening" and "Midnight" takes the heading's
    # midnight for the story's clock, so the hours after it (and the days counted from them) run a day or
    # two late; a section that goes back to the day after an aftershock told weeks ahead, a source "writing
    # a year later" and a yearless "March" and "Tuesday" are read from the wrong time
    GOLD_FOLDER / "blind_narrative_101.jsonl": {
        "strict_f1": 0.97,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.84,
        "value_f1": 0.83,
        "type_f1": 0.97,
    },
    # blind_news_98 strict F1 0.973, relaxed F1 0.973, value accuracy 0.940, value F1 0.914, type F1
    # 0.969: a day told in an earlier paragraph is not carried to a clock time after a sentence about
    # something else ("The service of rededication begins at 10.30am"), a practice told in the present
    # ("abstain ... from dawn until sunset") is put on the day just named, "the month" of Ramadan is read as
    # a calendar month, and Diwali 2024 is dated by the almanac that puts it on 1 November
    GOLD_FOLDER / "blind_news_98.jsonl": {
        "strict_f1": 0.96,
        "relaxed_f1": 0.96,
        "value_accuracy": 0.93,
        "value_f1": 0.90,
        "type_f1": 0.96,
    },
    # blind_letters strict F1 0.967, relaxed F1 0.973, value accuracy 0.944, value F1 0.918, type F1
    # 0.973: standing hours told in the present or a past habit ("Night staff finish at 7.30am", "in my
    # day we started milking at 5am") are put on the DCT's day, "ten o'clock on the last night" of a
    # regatta is read as a morning, and "one weekend", "the extra hour" and "the night before nobody
    # slept" are missed
    GOLD_FOLDER / "blind_letters.jsonl": {
        "strict_f1": 0.95,
        "relaxed_f1": 0.96,
        "value_accuracy": 0.93,
        "value_f1": 0.90,
        "type_f1": 0.96,
    },
    # blind_diaries strict F1 0.953, relaxed F1 0.962, value accuracy 0.936, value F1 0.900, type F1
    # 0.957: a field notebook's day-first "12/3" headings and its dotted clock times ("at 10.40") are
    # missed, and so the entries' "yesterday", "tonight" and "overnight" fall on the DCT's days; bare
    # hours ("till ten", "at about five", "at three") are missed, and a schoolgirl's "Bed at half past
    # eight" and "home at ten to four" are read as mornings
    GOLD_FOLDER / "blind_diaries.jsonl": {
        "strict_f1": 0.94,
        "relaxed_f1": 0.95,
        "value_accuracy": 0.92,
        "value_f1": 0.89,
        "type_f1": 0.95,
    },
    # blind_narrative_107 strict F1 0.973, relaxed F1 0.985, value accuracy 0.949, value F1 0.936, type F1
    # 0.981: a past habit's hours, months and feast ("Day students attended from nine in the morning",
    # "The session ran from early October to late June, with a fortnight at Christmas", "Students rose at
    # seven, attended prayers at half past seven") are put on the story's day and year, bare hours ("from
    # eight until ten", "at four") are missed, "every Easter" is read as one Easter, "sixteen months
    # later" in apposition to "the following year" counts on from it, and "on show until 30 June" after a
    # past "opened" is read in the year before the DCT
    GOLD_FOLDER / "blind_narrative_107.jsonl": {
        "strict_f1": 0.96,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.94,
        "value_f1": 0.92,
        "type_f1": 0.97,
    },
    # blind_narrative_109 strict F1 0.989, relaxed F1 0.989, value accuracy 0.894, value F1 0.885, type F1
    # 0.989: a cup final's day told only as "the morning of the match" is not found again after a day of
    # ticket sales weeks before, so its hours, evening and the next days fall a month early; "is on
    # Tuesday" of a fixture is read as the day before the DCT, a past habit's months and a race start
    # "moved to 10 a.m." are put on the story's year, and bare decimal hours ("at 5.15", "by 8.45") are
    # missed
    GOLD_FOLDER / "blind_narrative_109.jsonl": {
        "strict_f1": 0.97,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.88,
        "value_f1": 0.87,
        "type_f1": 0.97,
    },
    # blind_news_108 strict F1 0.980, relaxed F1 0.985, value accuracy 0.934, value F1 0.920, type F1
    # 0.985: a flower show's "Friday evening" and "Friday afternoon" after its Saturday and Sunday are read
    # as the Friday after the DCT, clock times on a dated day are made habits by an "every spring" in the
    # clause, standing advice ("usually means mid-May", "bonfires are allowed only between October and
    # March") and a plain "in winter" are put on a year, "from 1 October" and "by late March" ahead are
    # read in the past year, "midsummer" is read as the season's middle, "the longest day" and "the
    # shortest day" are missed, "overnight", "the best of the year" and a yew's age are tagged, an undated
    # "next year" is FUTURE_REF and "cut late this year" takes the adverb in
    GOLD_FOLDER / "blind_news_108.jsonl": {
        "strict_f1": 0.97,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.92,
        "value_f1": 0.91,
        "type_f1": 0.97,
    },
    # blind_adverts strict F1 0.982, relaxed F1 0.982, value accuracy 0.922, value F1 0.905, type F1
    # 0.963: a class timetable's "Mon, Wed and Fri at 7am" is read as the nearest dates, a catalogue's
    # "30 July" of a 1966 programme carries "by 5pm on Friday" back to 1966, "Weekly lets run" and
    # "published in November" are read as past tenses, a weekly course's hours are put on its first day,
    # seasons in capitals ("WINTER SALE", "AUTUMN PROSPECTUS") and "Birmingham 1904" are missed, and a
    # present habit's "in spring" is put on a year told before
    GOLD_FOLDER / "blind_adverts.jsonl": {
        "strict_f1": 0.97,
        "relaxed_f1": 0.97,
        "value_accuracy": 0.91,
        "value_f1": 0.89,
        "type_f1": 0.95,
    },
    # blind_newsletters strict F1 0.981, relaxed F1 0.991, value accuracy 0.934, value F1 0.925, type F1
    # 0.981: a weekday and its date set off by a comma after "this" or "next" are read as one, standing
    # hours shared by two days or run on after a weekday range are put on the nearest day, a staff
    # bulletin's "December" and "Christmas Eve" in March are read back to the year before, the clock
    # times of a day told after "because of this week's rain" stay on the DCT, a title ("Midnight in
    # March") and a bell-ringers' "1260" are tagged, and "Thursday runs" is read as a date
    GOLD_FOLDER / "blind_newsletters.jsonl": {
        "strict_f1": 0.97,
        "relaxed_f1": 0.98,
        "value_accuracy": 0.92,
        "value_f1": 0.91,
        "type_f1": 0.97,
    },
}


@pytest.mark.parametrize(
    ("path", "figure", "floor"),
    [
        (path, figure, floor)
        for path, floors in BELOW_COMMON_FLOOR.items()
        for figure, floor in floors.items()
    ],
    ids=lambda value: value.stem if isinstance(value, Path) else str(value),
)
def test_blind_sets_under_the_common_floor_keep_their_own(path: Path, figure: str, floor: float) -> None:
    result = evaluate(path)
    assert not result.failed
    reached = getattr(result.timex.overall, figure)
    assert reached >= floor, f"{path.stem}: {figure} fell to {reached:.4f} (floor {floor})"


@pytest.mark.parametrize(("figure", "floor"), sorted(FLOORS.items()))
def test_narrative_figures_stay_above_their_floor(evaluation: Evaluation, figure: str, floor: float) -> None:
    assert not evaluation.failed
    reached = getattr(evaluation.timex.overall, figure)
    assert reached >= floor, f"{figure} fell to {reached:.4f} (floor {floor})"


def test_no_narrative_date_is_left_underspecified(evaluation: Evaluation) -> None:
    """Every date of these texts can be anchored to the story or the DCT: none may stay XXXX."""
    underspecified = [
        error
        for error in evaluation.timex.errors
        if error.predicted is not None and "XXXX" in error.predicted.value
    ]
    assert not underspecified


def test_a_long_history_that_says_today_several_times_is_still_a_narrative() -> None:
    """An encyclopedia's "Today the fort is a museum" recurs across a long article; unlike weekdays it
    does not make the article news."""
    text = "\n\n".join(document["text"] for document in _documents())
    assert text.count("Today") >= 3
    assert detect_document_kind(text, date(2024, 1, 1)) == DocumentKind.NARRATIVE
