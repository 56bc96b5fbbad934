"""Reference data the extraction engine reads: actor registry, conflict profiles, gazetteer, weapons lexicon.

Everything is read from files shipped in this package or in installed packages; nothing is downloaded.
Names are imported lazily so that a process needing only the registry does not load the gazetteer code.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from counterclaim.data.actors import (
        Actor,
        ActorForm,
        ActorRegistry,
        ConflictProfile,
        Official,
        ProfileError,
        load_registry,
    )
    from counterclaim.data.gazetteer import Gazetteer, Place, load_gazetteer
    from counterclaim.data.weapons import WeaponTerm, find_model_codes, load_weapon_lexicon, weapon_category

_HOMES = {
    "Actor": "actors",
    "ActorForm": "actors",
    "ActorRegistry": "actors",
    "ConflictProfile": "actors",
    "Official": "actors",
    "ProfileError": "actors",
    "load_registry": "actors",
    "Gazetteer": "gazetteer",
    "Place": "gazetteer",
    "load_gazetteer": "gazetteer",
    "WeaponTerm": "weapons",
    "find_model_codes": "weapons",
    "load_weapon_lexicon": "weapons",
    "weapon_category": "weapons",
}

__all__ = [
    "Actor",
    "ActorForm",
    "ActorRegistry",
    "ConflictProfile",
    "Gazetteer",
    "Official",
    "Place",
    "ProfileError",
    "WeaponTerm",
    "find_model_codes",
    "load_gazetteer",
    "load_registry",
    "load_weapon_lexicon",
    "weapon_category",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'counterclaim.data' has no attribute {name!r}")
    return getattr(importlib.import_module(f"counterclaim.data.{home}"), name)
