"""Web dashboard and REST API over the store and the ledger: `create_app(db_url)` returns the FastAPI app.

Run it with `counterclaim serve`; pages live in pages.py, endpoints in api.py, our own JS/CSS in static/.
"""

from counterclaim.web.app import create_app

__all__ = ["create_app"]
