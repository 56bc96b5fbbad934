"""Country outlines for the map: the Natural Earth shapes read by counterclaim.data.countries (offline)."""

from __future__ import annotations

from counterclaim.data.countries import (
    countries_containing,
    country_at,
    country_outline,
    natural_earth_path,
    outlines_feature_collection,
)

__all__ = ["country_at", "country_outline", "countries_containing", "natural_earth_path", "outlines_feature_collection"]
