"""``/api/v1/docs`` works offline: every asset it names is served by the app itself."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from sinergi.api.app import create_app
from sinergi.settings import Settings


def test_the_docs_page_names_no_external_url_and_its_assets_load(tmp_path: object) -> None:
    app = create_app(Settings(backend="embedded", data_dir=tmp_path))  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as client:
        page = client.get("/api/v1/docs")
        assert page.status_code == 200 and "SwaggerUIBundle" in page.text
        assert not re.search(r"https?://", page.text), re.findall(r"https?://\S+", page.text)
        assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text)
        assert len(assets) >= 3  # script, stylesheet, icon
        for url in assets:
            response = client.get(url)
            assert response.status_code == 200 and len(response.content) > 100, url
        bundle = client.get("/api/v1/docs/assets/swagger-ui-bundle.js")
        assert "javascript" in bundle.headers["content-type"]
        assert client.get("/api/v1/openapi.json").json()["openapi"].startswith("3.")
