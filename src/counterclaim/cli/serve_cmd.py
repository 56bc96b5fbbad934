"""`counterclaim serve`: the web dashboard and REST API over a database, run with uvicorn.

Binds to 127.0.0.1 by default; writes (POST /api/ingest) are enabled only when COUNTERCLAIM_TOKEN is set.
"""

from __future__ import annotations

from typing import Annotated

import typer

from counterclaim.cli.app import EXTRACTOR_HELP, app, chosen_extractor

DB_HELP = "database: a URL or a plain file path; default $COUNTERCLAIM_DB or the default SQLite file"
LOOPBACK_ADDRESSES = frozenset({"127.0.0.1", "localhost", "::1"})
LOOPBACK_HOST_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


@app.command()
def serve(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    host: Annotated[str, typer.Option("--host", help="address to bind; 0.0.0.0 exposes it to the network")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port")] = 8765,
    cors_origin: Annotated[
        list[str] | None, typer.Option("--cors-origin", help="allow cross-origin GETs from this origin (repeat); off by default")
    ] = None,
    extractor: Annotated[str | None, typer.Option("--extractor", help=EXTRACTOR_HELP + "; used by POST /api/ingest")] = None,
) -> None:
    """Serve the dashboard (ledger, timeline, map, claims, articles) and the REST API (/api, /openapi.json).

    Examples:

      counterclaim serve        # the default database on port 8765

      counterclaim serve --db news.db --port 9000

      COUNTERCLAIM_TOKEN=secret counterclaim serve   # POST /api/ingest on
    """
    import uvicorn

    from counterclaim.cli.store_cmd import EXIT_DATABASE, database_problem
    from counterclaim.config import database_url
    from counterclaim.store import Store
    from counterclaim.web import create_app

    url = database_url(db)
    extractor_name = chosen_extractor(extractor).name
    try:
        store = Store(url, create=False)  # serving reads: it never creates a database or a folder
    except Exception as exc:  # missing, not a database, unreachable, older schema, bad URL: one line
        typer.echo(f"error: {database_problem(db, exc)}", err=True)
        raise typer.Exit(EXIT_DATABASE) from exc
    # Bound to loopback: answer only loopback host names, so a web page cannot reach the server
    # through a DNS name it rebinds to 127.0.0.1.
    hosts = LOOPBACK_HOST_NAMES if host in LOOPBACK_ADDRESSES else None
    web_app = create_app(url, cors_origins=cors_origin or (), allowed_hosts=hosts, store=store, extractor=extractor_name)
    typer.echo(f"counterclaim: serving {url.split('://', 1)[0]} database on http://{host}:{port}/ (Ctrl-C stops)")
    try:
        uvicorn.run(web_app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)
    finally:
        store.close()
