"""Writes need the API key: 403 when none is configured, 401 when missing or wrong;
with it, posting the same article twice creates nothing new."""

from __future__ import annotations

import pytest

from api_client import api_client, assert_error
from sinergi.settings import Settings
from sinergi.stores import GraphStore

URL = "/api/v1/ingest/articles"
KEY = "s3cret-key-for-tests-only"
# Written for this test (not from any published article).
ARTICLE = {
    "id": "uji-1",
    "url": "https://berita.example/uji-1",
    "title": "Imigrasi Batulicin dan Pemkab Tanah Bumbu teken PKS",
    "published": "2025-03-04",
    "text": (
        "Batulicin - Kantor Imigrasi Kelas II TPI Batulicin dan Pemerintah Kabupaten Tanah "
        "Bumbu menandatangani perjanjian kerja sama (PKS) tentang pelayanan paspor pada "
        "Selasa, 4 Maret 2025. Kepala Kantor Imigrasi Batulicin, Dewi Lestari, mengatakan "
        "kerja sama itu mendekatkan layanan paspor kepada warga."
    ),
}


def test_writes_are_refused_when_no_key_is_configured(settings: Settings,
                                                      store: GraphStore) -> None:
    with api_client(settings, store, api_key="") as client:
        body = assert_error(client.post(URL, json={"articles": [ARTICLE]},
                                        headers={"Authorization": f"Bearer {KEY}"}), 403,
                            "forbidden")
    assert "SINERGI_API_KEY" in str(body["message"])
    assert store.run("MATCH (a:Article) RETURN count(a) AS n")[0]["n"] == 10  # fixture only


@pytest.mark.parametrize("header", [None, "Bearer wrong-key", f"Basic {KEY}", KEY])
def test_missing_or_wrong_key_is_401(settings: Settings, store: GraphStore,
                                     header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    with api_client(settings, store, api_key=KEY) as client:
        r = client.post(URL, json={"articles": [ARTICLE]}, headers=headers)
    assert_error(r, 401, "unauthorized")
    assert r.headers["WWW-Authenticate"] == "Bearer"


def test_posting_the_same_article_twice_creates_nothing_new(settings: Settings,
                                                            store: GraphStore) -> None:
    auth = {"Authorization": f"Bearer {KEY}"}
    with api_client(settings, store, api_key=KEY) as client:
        first = client.post(URL, json={"articles": [ARTICLE]}, headers=auth)
        assert first.status_code == 200, first.text
        assert first.json()["articles_loaded"] == 1
        counts = store.counts()
        second = client.post(URL, json={"articles": [ARTICLE]}, headers=auth)
    assert second.status_code == 200, second.text
    assert second.json()["articles_loaded"] == 0
    assert second.json()["articles_unchanged"] == 1
    assert not any(second.json()["created"].values())
    assert store.counts() == counts
