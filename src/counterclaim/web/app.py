"""The FastAPI application: REST API under /api, server-rendered pages, our static files and Leaflet's.

`create_app(db_url)` opens the store once and wires routers, security headers, the request-size cap,
error handlers that never leak tracebacks, and (only when asked) CORS. It does not start a server:
`counterclaim serve` runs it with uvicorn.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from counterclaim.config import TOKEN_ENV
from counterclaim.store import Store
from counterclaim.web.export_cache import EXPORT_CACHE_BYTES, EXPORT_CACHE_BYTES_ENV, ExportCache
from counterclaim.web.ledger_view import LedgerCache

WEB_DIR = Path(__file__).parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
MAX_REQUEST_BYTES_ENV = "COUNTERCLAIM_MAX_REQUEST_BYTES"
# Largest request body accepted (POST /api/ingest carries one document's text or HTML).
DEFAULT_MAX_REQUEST_BYTES = 2 * 1024 * 1024
# Responses larger than this are gzip-compressed for clients that accept it (ledger pages, exports).
GZIP_MINIMUM_BYTES = 4096
# gzip level, of the middleware and of the answers compressed once and kept: level 6 packs the full CSV
# export within 3% of level 9's size in three quarters of its time (level 9 is Starlette's default).
GZIP_LEVEL = 6

# Sent with every response. Scripts and styles only from this server; no inline script can run,
# so text that slipped past escaping still could not execute.
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
# /docs loads Swagger UI from a CDN by default; we serve no CDN assets, so /docs gets a page that links
# the OpenAPI document and lists the endpoints itself (see pages.py), and these headers stay strict.

logger = logging.getLogger("counterclaim.web")


@dataclass
class WebSettings:
    """What a running app needs besides the store."""

    token: str | None = None
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    cors_origins: list[str] = field(default_factory=list)
    extractor: str | None = None  # the registry's extractor for POST /api/ingest (None: the default)


@dataclass
class WebState:
    """Shared by every request: the store, settings, and caches of derived views."""

    store: Store
    settings: WebSettings
    templates: Jinja2Templates
    ledgers: LedgerCache = field(default_factory=LedgerCache)
    exports: ExportCache = field(default_factory=ExportCache)
    caches: dict[str, Any] = field(default_factory=dict)
    app_openapi: Any = None


def web_state(request: Request) -> WebState:
    state: WebState = request.app.state.counterclaim
    return state


class RequestSizeLimit:
    """ASGI middleware: refuse bodies over the cap with 413, by Content-Length or by counting the stream."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared < 0 or declared > self.max_bytes:
                    await _too_large(send, self.max_bytes)
                    return
        received = 0
        response_started = False
        refused = False

        async def counting_receive() -> Message:
            nonlocal received, refused, response_started
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # Answer 413 now and tell the app the client went away; whatever it sends is dropped.
                    refused = True
                    if not response_started:
                        response_started = True
                        await _too_large(send, self.max_bytes)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal response_started
            if refused:
                return
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        await self.app(scope, counting_receive, guarded_send)


class EmptyQueryValuesDropped:
    """ASGI middleware: a query parameter with an empty value (`type=&since=`) is dropped, so it means
    "no filter". Browsers send every field of a submitted form, the empty ones too."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            scope = dict(scope)
            scope["query_string"] = drop_empty_values(scope["query_string"])
        await self.app(scope, receive, send)


# What an optional query parameter also accepts: an empty value, which EmptyQueryValuesDropped removes.
EMPTY_QUERY_VALUE: dict[str, Any] = {"type": "string", "maxLength": 0}
EMPTY_QUERY_NOTE = "An empty value is ignored (as if the parameter were not given)."


def document_empty_query_values(schema: dict[str, Any]) -> dict[str, Any]:
    """State in the OpenAPI document that every optional query parameter may be sent empty (`since=`):
    forms send their empty fields, and the server reads them as absent. Changes `schema` in place."""
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else ():
                if parameter.get("in") != "query" or parameter.get("required"):
                    continue
                given = parameter.get("schema", {})
                parameter["schema"] = {"anyOf": [given, EMPTY_QUERY_VALUE], "title": given.get("title", parameter["name"])}
                if "default" in given:
                    parameter["schema"]["default"] = given["default"]
                note = parameter.get("description")
                parameter["description"] = f"{note}. {EMPTY_QUERY_NOTE}" if note else EMPTY_QUERY_NOTE
    return schema


def drop_empty_values(query: bytes) -> bytes:
    """`a=&b=1&c` -> `b=1`: the pairs whose value is empty (or missing) removed, the rest kept as sent."""
    return b"&".join(pair for pair in query.split(b"&") if pair.partition(b"=")[2])


async def _too_large(send: Send, max_bytes: int) -> None:
    response = JSONResponse({"detail": f"request body larger than {max_bytes} bytes"}, status_code=413)
    await response({"type": "http"}, _empty_receive, send)


async def _empty_receive() -> Message:
    return {"type": "http.disconnect"}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


async def _unexpected_error_response(request: Request, exc: Exception) -> Response:
    """A 500 that names no internals; the traceback goes to the server log only."""
    logger.error("error serving %s %s", request.method, request.url.path, exc_info=exc)
    if _wants_html(request):
        state = web_state(request)
        return state.templates.TemplateResponse(
            request, "error.html", {"status": 500, "message": "Internal error; it has been logged."}, status_code=500
        )
    return JSONResponse({"detail": "internal error; it has been logged on the server"}, status_code=500)


def _install_error_handlers(app: FastAPI) -> None:
    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if _wants_html(request):
            state = web_state(request)
            return state.templates.TemplateResponse(
                request, "error.html", {"status": exc.status_code, "message": str(exc.detail)}, status_code=exc.status_code
            )
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        # Location and message only: echoing the input back could reflect a payload.
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "invalid"), "type": e.get("type")} for e in exc.errors()]
        if _wants_html(request):
            return _invalid_filters_page(request, errors)
        return JSONResponse({"detail": errors}, status_code=422)

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, _unexpected_error_response)


# What a field of the filter forms expects, said to a person (the field's label and the expected form).
FIELD_HELP: dict[str, tuple[str, str]] = {
    "type": ("Type", "one of the claim types in the list"),
    "side": ("Side", "an actor code such as AZE"),
    "claimant": ("Claimant", "an actor code such as ARM"),
    "outcome": ("Outcome", "an outcome such as killed or destroyed"),
    "category": ("Category", "a category such as military or tank"),
    "stance": ("Stance", "assert or deny"),
    "since": ("Since", "a date written YYYY-MM-DD"),
    "until": ("Until", "a date written YYYY-MM-DD"),
    "place": ("Place", "part of a place name"),
    "by": ("Period", "whole, day, week or month"),
    "conflict": ("Conflict", "a conflict from the list"),
    "limit": ("Rows", "a number from 1 to 1000"),
    "cursor": ("Page", "a page link from this site"),
    "offset": ("Page", "a page link from this site"),
    "q": ("Search", "words to look for (up to 200 characters)"),
    "scale": ("Scale", "linear or log"),
}


def _invalid_filters_page(request: Request, errors: list[dict[str, Any]]) -> Response:
    """A 422 for people: the page's message names each field that was refused and what it expects, and
    links the same view without those fields (no JSON page for a mistyped date)."""
    from urllib.parse import urlencode

    bad = [str(e["loc"][-1]) for e in errors if e.get("loc") and e["loc"][0] in ("query", "path")]
    problems = []
    for name in dict.fromkeys(bad):
        label, expected = FIELD_HELP.get(name, (name, "a valid value"))
        problems.append({"name": name, "label": label, "expected": expected})
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in bad]
    state = web_state(request)
    return state.templates.TemplateResponse(
        request, "error.html",
        {"status": 422, "message": "Some filters could not be used.", "problems": problems,
         "retry": f"{request.url.path}?{urlencode(kept)}" if kept else request.url.path, "reset": request.url.path},
        status_code=422,
    )


class _Today:
    """Renders as today's UTC date (a template global evaluated when a page is drawn)."""

    def __str__(self) -> str:
        import datetime as dt

        return dt.datetime.now(dt.UTC).date().isoformat()


class ExtractorVersions:
    """The extractor versions the stored documents were read with, for "cite this" (iterated by templates)."""

    def __init__(self, store: Store | None) -> None:
        self.store = store

    def __iter__(self) -> Any:
        if self.store is None:
            return iter(())
        from sqlalchemy import select

        from counterclaim.store.schema import DocumentRow

        with self.store.session() as session:
            found = session.execute(select(DocumentRow.extractor_version).distinct()).scalars()
            return iter(sorted(v for v in found if v))


def leaflet_dir() -> Path | None:
    """Leaflet's files as installed by the xstatic-leaflet package (never copied into the repo)."""
    try:
        import xstatic.pkg.leaflet as leaflet
    except ImportError:
        return None
    path = Path(leaflet.BASE_DIR)
    return path if path.is_dir() else None


def create_app(
    db_url: str | None = None,
    *,
    token: str | None = None,
    max_request_bytes: int | None = None,
    cors_origins: Sequence[str] = (),
    allowed_hosts: Sequence[str] | None = None,
    store: Store | None = None,
    extractor: str | None = None,
    export_cache_bytes: int | None = None,
) -> FastAPI:
    """The dashboard and API over the database at `db_url` (None: COUNTERCLAIM_DB or the default file).

    `token` enables POST /api/ingest (default: the COUNTERCLAIM_TOKEN variable; unset means no write
    endpoint). `cors_origins` is empty by default: no cross-origin reads. `allowed_hosts` limits the Host
    header (`counterclaim serve` on a loopback address allows only loopback names, against DNS rebinding).
    `extractor` names the registry's extractor that POST /api/ingest uses (None: the default).
    `export_cache_bytes` bounds the finished exports kept in memory (default: COUNTERCLAIM_EXPORT_CACHE_BYTES,
    else 96 MiB; 0 keeps none).
    """
    from counterclaim.web import api, pages

    opened = store if store is not None else Store(db_url)
    env_cap = os.environ.get(MAX_REQUEST_BYTES_ENV)
    settings = WebSettings(
        token=token if token is not None else (os.environ.get(TOKEN_ENV) or None),
        max_request_bytes=max_request_bytes or (int(env_cap) if env_cap else DEFAULT_MAX_REQUEST_BYTES),
        cors_origins=list(cors_origins),
        extractor=extractor,
    )
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    templates.env.trim_blocks = True
    templates.env.lstrip_blocks = True
    templates.env.globals["type_names"] = api.CLAIM_TYPE_NAMES
    templates.env.globals["nav"] = pages.NAVIGATION
    templates.env.filters["format_count"] = pages.format_count
    from counterclaim.web import names

    templates.env.globals.update(
        actor_label=names.actor_label, conflict_label=names.conflict_label, relation_words=names.relation_words,
        document_title=names.document_title, safe_link=names.safe_link, code_key=names.CODE_KEY,
        relation_key=tuple(names.RELATION_WORDS.items()), actor_name=names.actor_name,
        source_label=names.source_label, app_version=_package_version(),
    )
    templates.env.globals["extractor_versions"] = ExtractorVersions(opened)
    templates.env.globals["today"] = _Today()
    if export_cache_bytes is None:
        env_exports = os.environ.get(EXPORT_CACHE_BYTES_ENV)
        export_cache_bytes = int(env_exports) if env_exports else EXPORT_CACHE_BYTES
    state = WebState(store=opened, settings=settings, templates=templates, exports=ExportCache(export_cache_bytes))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Warm the caches that the first visitor would otherwise wait for (ledger, outlines).
        threading.Thread(target=pages.warm_caches, args=(state,), daemon=True).start()
        yield
        if store is None:
            opened.close()

    app = FastAPI(
        title="counterclaim",
        summary="Claims, sides and contradictions from conflict news: a sourced, reconciled record.",
        version=_package_version(),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.counterclaim = state

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document_empty_query_values(FastAPI.openapi(app))
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]
    state.app_openapi = app.openapi

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        try:
            response: Response = await call_next(request)
        except Exception as exc:  # answered here, not re-raised: the connection stays usable
            response = await _unexpected_error_response(request, exc)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET"], allow_headers=[])
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM_BYTES, compresslevel=GZIP_LEVEL)
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(RequestSizeLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(EmptyQueryValuesDropped)
    _install_error_handlers(app)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    leaflet = leaflet_dir()
    if leaflet is not None:
        app.mount("/vendor/leaflet", StaticFiles(directory=str(leaflet)), name="leaflet")
    return app


def _package_version() -> str:
    try:
        from importlib.metadata import version

        return version("counterclaim")
    except Exception:
        return "0"
