"""The cache of compiled regular expressions: patterns from it behave as `re` compiles them, a damaged or missing
file is compiled again, and the cache can be turned off. Patterns and texts written for these tests."""

from __future__ import annotations

import marshal
import re
from array import array
from pathlib import Path

import pytest

from counterclaim.extract import regex_programs
from counterclaim.extract.regex_programs import programs_cached

PATTERNS = [
    (r"(?P<count>\d+)\s+(?:soldiers|fighters|civilians)\s+(?:were\s+)?(?P<out>killed|wounded)", re.I),
    (r"\b(?:shell(?:ed|ing)|bombard\w*)\b(?!\s+(?:workers|companies))", 0),
    (r"(?x) (?<![\w-]) (?:at \s+ least \s+)? (?P<n>\d{1,3}(?:,\d{3})*)", 0),
    (r"[Çç]a\s+(?i:va)", 0),
]
TEXT = "At least 1,200 FIGHTERS were killed; the army shelled Ça VA and 14 civilians wounded, not shelling workers."


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()  # re's own cache would answer without compiling
    return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def _behaviour(patterns: list[re.Pattern[str]]) -> list[object]:
    return [(p.pattern, p.flags, p.groups, dict(p.groupindex), [m.groupdict() or m.span() for m in p.finditer(TEXT)])
            for p in patterns]


def test_patterns_from_the_cache_behave_as_compiled_by_re(tmp_path: Path) -> None:
    cache = tmp_path / "programs.marshal"
    expected = _behaviour(_compile_all())
    with programs_cached(cache):
        first = _compile_all()  # compiled, then written
    assert cache.exists()
    with programs_cached(cache):
        second = _compile_all()  # read back
    assert _behaviour(first) == expected
    assert _behaviour(second) == expected


def test_only_missing_programs_are_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "programs.marshal"
    with programs_cached(cache):
        _compile_all()
    built: list[str] = []
    real_build = regex_programs.build_program
    monkeypatch.setattr(regex_programs, "build_program", lambda p, f: built.append(p) or real_build(p, f))
    with programs_cached(cache):
        _compile_all()
        re.compile(r"\bnew\s+pattern\b")
    assert built == [r"\bnew\s+pattern\b"]
    written = marshal.loads(cache.read_bytes())
    assert (r"\bnew\s+pattern\b", 0) in written and len(written) == len(PATTERNS) + 1


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps(["a", "list"]), marshal.dumps({("x", 0): (0, "bad")})])
def test_a_damaged_cache_file_is_compiled_again(tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "programs.marshal"
    cache.write_bytes(content)
    expected = _behaviour(_compile_all())
    with programs_cached(cache):
        found = _behaviour(_compile_all())
    assert found == expected
    assert len(marshal.loads(cache.read_bytes())) == len(PATTERNS)


def test_a_damaged_program_is_rebuilt(tmp_path: Path) -> None:
    cache = tmp_path / "programs.marshal"
    pattern, flags = PATTERNS[0]
    cache.write_bytes(marshal.dumps({(pattern, int(flags)): (int(flags), array("I", [999, 999, 999]).tobytes(), 0, {}, (None,))}))
    with programs_cached(cache):
        re.purge()
        compiled = re.compile(pattern, flags)
    assert [m.group("count") for m in compiled.finditer(TEXT)] == ["200", "14"]


def test_the_cache_is_off_when_asked_and_re_is_left_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(regex_programs.SWITCH_ENV, "0")
    assert regex_programs.cache_file() is None
    compile_before = re._compiler.compile  # type: ignore[attr-defined]
    with programs_cached():
        _compile_all()
    assert re._compiler.compile is compile_before  # type: ignore[attr-defined]
    monkeypatch.setenv(regex_programs.SWITCH_ENV, "1")
    monkeypatch.setenv("COUNTERCLAIM_CACHE_DIR", str(tmp_path))
    assert regex_programs.cache_file() is not None and regex_programs.cache_file().parent == tmp_path


def test_a_cache_folder_that_cannot_be_written_leaves_compilation_as_usual(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    expected = _behaviour(_compile_all())
    with programs_cached(blocked / "programs.marshal"):
        assert _behaviour(_compile_all()) == expected


def test_later_blocks_of_a_process_keep_the_earlier_blocks_programs_and_read_the_file_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the rule modules' import compiles many patterns, the warm-up then a few more (the actor registry's): the file
    # written after the warm-up must still hold the import's, or every start-up would compile them again
    cache = tmp_path / "programs.marshal"
    reads: list[Path] = []
    real_read = regex_programs._read
    monkeypatch.setattr(regex_programs, "_read", lambda path: reads.append(path) or real_read(path))
    with programs_cached(cache):
        _compile_all()
    with programs_cached(cache):
        re.compile(r"(?i)\b(?:the\s+)?(?:junta|militia|cartel)\b")
    written = marshal.loads(cache.read_bytes())
    assert {pattern for pattern, _ in written} == {pattern for pattern, _ in PATTERNS} | {r"(?i)\b(?:the\s+)?(?:junta|militia|cartel)\b"}
    assert reads == [cache]


def test_the_warm_up_keeps_the_actor_registrys_patterns_in_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from counterclaim.extract import get_extractor, mentions
    from counterclaim.extract.registry import warm_up

    cache = tmp_path / "programs.marshal"
    monkeypatch.setattr(regex_programs, "cache_file", lambda: cache)
    mentions.registry_matcher.cache_clear()  # built again, as in a new process
    warm_up(get_extractor("rules").extract)
    written = marshal.loads(cache.read_bytes())
    registry_patterns = {p.pattern for p in (mentions.registry_matcher()._sensitive, mentions.registry_matcher()._insensitive)}
    assert registry_patterns <= {pattern for pattern, _ in written}
