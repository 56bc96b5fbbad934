"""The ledger policy: which claims set low / best / high, read from a TOML file (policy.toml is the default).

Holds settings only; the figures themselves are computed in figures (totals.py and __init__).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from counterclaim.ledger.relation import Relation

POLICY_ENV = "COUNTERCLAIM_LEDGER_POLICY"
DEFAULT_POLICY_FILE = Path(__file__).with_name("policy.toml")


class PolicyError(ValueError):
    """A policy file that cannot be read or has a bad value: says which file and which key."""


class LedgerPolicy(BaseModel):
    """How figures are reconciled; field meanings are documented in policy.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = "default"
    low_relations: tuple[Relation, ...] = ("self",)
    low_evidence: bool = True
    best_relations: tuple[Relation, ...] = ("third_party",)
    best_evidence: bool = True
    best_median: Literal["low", "high", "mean"] = "low"
    range_point: Literal["low", "mid", "high"] = "low"
    hedged_counts: bool = True
    merge_window_days: int = 1
    duplicate_threshold: float = 0.7
    minhash_permutations: int = 32
    duplicate_min_shingles: int = 3


def load_policy(path: str | Path | None = None) -> LedgerPolicy:
    """The policy in `path`, else in $COUNTERCLAIM_LEDGER_POLICY, else the shipped default."""
    chosen = path or os.environ.get(POLICY_ENV) or DEFAULT_POLICY_FILE
    chosen = Path(chosen)
    try:
        values = tomllib.loads(chosen.read_text(encoding="utf-8"))
    except OSError as error:
        raise PolicyError(f"cannot read ledger policy {chosen}: {error.strerror or error}") from error
    except tomllib.TOMLDecodeError as error:
        raise PolicyError(f"ledger policy {chosen} is not valid TOML: {error}") from error
    try:
        return LedgerPolicy(**values)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        raise PolicyError(f"ledger policy {chosen}: {problems}") from error
