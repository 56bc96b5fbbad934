"""A cache of the rules' compiled regular expressions, so that start-up does not compile them again.

Importing the rule modules compiles about a thousand regular expressions, many of them long word lists, and
Python's `re` compiles in pure Python: that was about a quarter of a second of every run's start-up (0.5 s on a
slow box), more than loading the statistical model. `re` keeps no compiled program between processes, so
`programs_cached()` keeps them in a file of the user's cache folder (beside the gazetteer's index): while the
rule modules are imported, each pattern `re` compiles is looked up there by its source and flags, and only the
ones not found are compiled; the file is written again when some were (a first run, or changed rules).

What is cached is exactly what `re` builds (the program `re._compiler` makes from the parsed pattern), given to
the same `_sre.compile` that `re` calls, so a pattern behaves the same either way. Those are internals of
CPython's `re` (3.11 and later): the file's name holds the interpreter's version and `_sre.MAGIC`, anything
unexpected (another interpreter, a missing internal, an unreadable or damaged file, a read-only cache folder)
falls back to `re`'s own compilation, and `COUNTERCLAIM_REGEX_CACHE=0` turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
import sys
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from counterclaim.data.cache_folder import cache_dir, read_table, write_table

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # an interpreter without CPython's re internals: compile as usual
    _sre = _compiler = _parser = None  # type: ignore[assignment]

SWITCH_ENV = "COUNTERCLAIM_REGEX_CACHE"
# (pattern, flags) -> (flags with the pattern's inline ones, program, groups - 1, group index, names by group); the
# program is kept as the bytes of its code words, made a list only for `_sre.compile` (a thousand lists of Python ints
# would cost some 30 MB while the table is read)
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
CODE_WORD = "I"


def cache_file() -> Path | None:
    """The cache file of this interpreter, or None when the cache is off or `re`'s internals are missing."""
    if os.environ.get(SWITCH_ENV, "1") == "0" or _sre is None or not hasattr(_compiler, "_code") or array(CODE_WORD).itemsize != _sre.CODESIZE:
        return None
    version = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()).hexdigest()[:16]
    return cache_dir() / f"regex-programs-{version}.marshal"


def build_program(pattern: str, flags: int) -> Program:
    """What `re._compiler.compile` builds for a pattern string, before it hands it to `_sre.compile`."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    group_index = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in group_index.items():
        names[number] = name
    return int(flags | parsed.state.flags), array(CODE_WORD, code).tobytes(), parsed.state.groups - 1, group_index, tuple(names)


def from_program(pattern: str, program: Program) -> Any:
    """The compiled pattern object of a cached program."""
    flags, code, groups, group_index, names = program
    return _sre.compile(pattern, flags, array(CODE_WORD, code).tolist(), groups, group_index, names)


@contextmanager
def programs_cached(path: Path | None = None) -> Iterator[None]:
    """Inside the block, `re` takes the programs of string patterns from the cache file (`cache_file()` unless
    `path` is given) and compiles only the missing ones; when some were missing the file is rewritten with the
    programs used in this process's blocks (and the others it held, while they are few). The file is read once per
    process, so several blocks (the rule modules' import, then the extractor's warm-up, which builds the actor
    registry's patterns) cost one read. A block entered while another is open, or with the cache off, changes
    nothing. Other threads compiling meanwhile get the same programs."""
    path = path if path is not None else cache_file()
    if path is None or _compiler is None or getattr(_compiler.compile, "_counterclaim_cached", False):
        yield
        return
    if path not in _tables:
        _tables[path] = _read(path)
    cached = _tables[path]
    used = _used.setdefault(path, {})
    compile_as_usual: Callable[..., Any] = _compiler.compile

    def compile_from_cache(pattern: Any, flags: Any = 0) -> Any:
        flags = int(flags)
        if not isinstance(pattern, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return compile_as_usual(pattern, flags)
        key = (pattern, flags)
        program = used.get(key) or cached.get(key)
        if program is None:
            program = build_program(pattern, flags)
        try:
            compiled = from_program(pattern, program)
        except (RuntimeError, TypeError, ValueError):  # a damaged entry: _sre rejects the program
            program = build_program(pattern, flags)
            compiled = from_program(pattern, program)
        used[key] = program
        return compiled

    compile_from_cache._counterclaim_cached = True  # type: ignore[attr-defined]
    _compiler.compile = compile_from_cache
    try:
        yield
    finally:
        _compiler.compile = compile_as_usual
    if any(cached.get(key) != program for key, program in used.items()):
        # Programs of other versions of the rules stay (two checkouts may share the cache folder) while they are few.
        _tables[path] = {**cached, **used} if len(cached) <= 2 * len(used) else dict(used)
        _write(path, _tables[path])


# The table read from each cache file, and the programs this process's blocks have used (all of them: a later block must not
# write a table that lacks an earlier block's programs), so that a process reads each file once.
_tables: dict[Path, dict[tuple[str, int], Program]] = {}
_used: dict[Path, dict[tuple[str, int], Program]] = {}


def _read(path: Path) -> dict[tuple[str, int], Program]:
    return read_table(path, _well_formed)  # none yet, unreadable or damaged: {}, compiled as usual and written again


def _well_formed(key: Any, program: Any) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int)
            and isinstance(program, tuple) and len(program) == 5 and isinstance(program[1], bytes) and len(program[1]) % _sre.CODESIZE == 0)


def _write(path: Path, programs: dict[tuple[str, int], Program]) -> None:
    write_table(path, programs)  # a cache folder that cannot be written leaves the cache off
