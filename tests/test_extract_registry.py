"""The extractor registry: one way for every command to get its extractor, by name, with plug-ins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim.cli import app
from counterclaim.extract import (
    EXTRACTOR_VERSION,
    RuleExtractor,
    UnknownExtractor,
    extractor_names,
    get_extractor,
    register_extractor,
)
from counterclaim.extract import registry as registry_module
from counterclaim.records import Claim, Document
from counterclaim.store import Store

runner = CliRunner()
ARTICLE = "Militants killed 4 soldiers near the border on Monday, the army said.\n"


class FixedExtractor:
    """A stand-in for a model-backed extractor: one claim on the first word, whatever the text."""

    name = "fixed"
    version = "fixed-1.2"

    def extract(self, document: Document) -> list[Claim]:
        return [Claim(type="statement", outcome="warn", subject=None, claimant=None, span=(0, 9))]


@pytest.fixture
def fixed_extractor():
    register_extractor("fixed", FixedExtractor)
    yield
    registry_module._registered.pop("fixed", None)
    get_extractor.cache_clear()


def test_the_default_extractor_is_the_rule_engine_and_one_instance_per_process() -> None:
    engine = get_extractor()
    assert isinstance(engine, RuleExtractor) and engine.version == EXTRACTOR_VERSION
    assert get_extractor("rules") is get_extractor("rules")


def test_an_unknown_name_says_which_extractors_exist(tmp_path: Path) -> None:
    with pytest.raises(UnknownExtractor, match="available: .*rules"):
        get_extractor("no-such-engine")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--extractor", "no-such-engine"])
    assert result.exit_code == 2 and "no extractor named 'no-such-engine'" in result.output


def test_the_environment_variable_chooses_the_default(monkeypatch: pytest.MonkeyPatch, fixed_extractor) -> None:
    monkeypatch.setenv("COUNTERCLAIM_EXTRACTOR", "fixed")
    get_extractor.cache_clear()
    assert get_extractor().version == "fixed-1.2"


def test_extract_and_ingest_use_the_named_extractor_and_store_its_version(tmp_path: Path, fixed_extractor) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--format", "json", "--extractor", "fixed"])
    assert result.exit_code == 0, result.output
    assert [c["outcome"] for c in json.loads(result.stdout)["claims"]] == ["warn"]

    db = f"sqlite:///{tmp_path / 'claims.db'}"
    result = runner.invoke(app, ["ingest", str(article), "--db", db, "--extractor", "fixed", "--quiet"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert {c.extractor_version for c in store.iter_claims()} == {"fixed-1.2"}
        assert store.document_ids_to_reextract(EXTRACTOR_VERSION) != []
    result = runner.invoke(app, ["reextract", "--db", db])
    assert result.exit_code == 0 and f"with {EXTRACTOR_VERSION}" in result.output
    with Store(db) as store:
        claims = list(store.iter_claims())
        assert {c.extractor_version for c in claims} == {EXTRACTOR_VERSION}
        assert ("casualty", "killed") in {(c.claim.type, c.claim.outcome) for c in claims}


def test_an_installed_package_adds_an_extractor_through_its_entry_point(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plugin_extractor.py").write_text(
        "class Engine:\n    name = 'plugged'\n    version = 'plugged-0.1'\n"
        "    def extract(self, document):\n        return []\n", encoding="utf-8")
    info = tmp_path / "plugin_extractor-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: plugin-extractor\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[counterclaim.extractors]\nplugged = plugin_extractor:Engine\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    get_extractor.cache_clear()
    try:
        assert "plugged" in extractor_names()
        assert get_extractor("plugged").version == "plugged-0.1"
        listing = runner.invoke(app, ["extractors"])
        assert "plugged\tplugged-0.1" in listing.stdout and "rules\t" in listing.stdout
    finally:
        get_extractor.cache_clear()


def test_a_batch_in_two_processes_prints_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    texts = [
        "Militants killed 4 soldiers near the border on Monday, the army said.",
        "\x00binary",
        "Rebels said they shot down a helicopter and captured 3 armoured vehicles.",
        "The ministry said 12 civilians were wounded in shelling of the market.",
        "Farmers gathered for the harvest festival.",
    ] * 3
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"id": n, "text": t, "published": "2022-04-04"}) + "\n" for n, t in enumerate(texts)),
                     encoding="utf-8")
    one = runner.invoke(app, ["extract", str(batch), "--format", "jsonl"])
    two = runner.invoke(app, ["extract", str(batch), "--format", "jsonl", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    lines = [json.loads(line) for line in two.stdout.splitlines()]
    assert [line["id"] for line in lines] == list(range(len(texts)))
    assert lines[1]["error"] == "binary" and lines[0]["claims"]


def test_the_collector_stays_paused_while_the_extractor_loads_even_when_a_loader_enables_it() -> None:
    import gc

    from counterclaim.cli.extract_cmd import _collector_paused

    before = gc.get_threshold()
    with _collector_paused():
        gc.enable()  # what spaCy's model loader does once it has read the model's files
        assert gc.get_threshold()[0] == 0  # a zero threshold: no automatic collection, enabled or not
    assert gc.get_threshold() == before
