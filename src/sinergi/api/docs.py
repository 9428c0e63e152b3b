"""``/api/v1/docs`` offline: Swagger UI from the ``swagger-ui-bundle-v2`` package
(Apache-2.0; Swagger UI 5, which reads the OpenAPI 3.1 that FastAPI writes), served
by the app itself, so the page works with no network and loads nothing from a CDN."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path


def install_docs(app: FastAPI, prefix: str) -> None:
    """Serve the docs page at ``{prefix}/docs`` and its assets under ``/docs/assets``."""
    assets = f"{prefix}/docs/assets"
    app.mount(assets, StaticFiles(directory=swagger_ui_path), name="swagger-assets")

    @app.get(f"{prefix}/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=str(app.openapi_url),
            title=f"{app.title} · docs",
            swagger_js_url=f"{assets}/swagger-ui-bundle.js",
            swagger_css_url=f"{assets}/swagger-ui.css",
            swagger_favicon_url=f"{assets}/favicon-32x32.png",
        )
