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

__all__ = [
    "Actor",
    "ActorForm",
    "ActorRegistry",
    "ConflictProfile",
    "Official",
    "ProfileError",
    "load_registry",
]
