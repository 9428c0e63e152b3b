"""``/api/v1/docs`` offline: Swagger UI from the ``swagger-ui-bundle-v2`` package
(Apache-2.0; Swagger UI 5, which reads the OpenAPI 3.1 that FastAPI writes), served
by the app itself, so the page works with no network and loads nothing from a CDN."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

MISSING = ("Swagger UI tidak terpasang: jalankan `pip install swagger-ui-bundle-v2` / "
           "Swagger UI is not installed: run `pip install swagger-ui-bundle-v2`")


def install_docs(app: FastAPI, prefix: str) -> None:
    """Serve the docs page at ``{prefix}/docs`` and its assets under ``/docs/assets``.
    Without the package (an environment not reinstalled since it became a dependency)
    the page says so instead of the app failing to start."""
    assets = f"{prefix}/docs/assets"
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        swagger_ui_path = None
    else:
        app.mount(assets, StaticFiles(directory=swagger_ui_path), name="swagger-assets")

    @app.get(f"{prefix}/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if swagger_ui_path is None:
            return HTMLResponse(f"<p>{MISSING}</p>", status_code=503)
        return get_swagger_ui_html(
            openapi_url=str(app.openapi_url),
            title=f"{app.title} · docs",
            swagger_js_url=f"{assets}/swagger-ui-bundle.js",
            swagger_css_url=f"{assets}/swagger-ui.css",
            swagger_favicon_url=f"{assets}/favicon-32x32.png",
        )
