"""Reference data the extraction engine reads: actor registry, conflict profiles, gazetteer, weapons lexicon.

Everything is read from files shipped in this package or in installed packages; nothing is downloaded.
"""

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
from counterclaim.data.weapons import WeaponTerm, load_weapon_lexicon, weapon_category

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
    "load_gazetteer",
    "load_registry",
    "load_weapon_lexicon",
    "weapon_category",
]
