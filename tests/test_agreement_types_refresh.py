"""`sinergi load reference` gives agreements written before cooperation types existed
(or before a party's kind was known) the type their parties make. Both backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import BACKENDS, backend_settings
from sinergi.reference.load import load_reference, refresh_agreement_types
from sinergi.stores import open_graph

pytestmark = pytest.mark.parametrize("backend", BACKENDS)


def test_old_agreements_get_their_type_once(backend: str, tmp_path: Path) -> None:
    with open_graph(backend_settings(backend, tmp_path)) as store:
        store.clear()
        with store.writer() as w:  # as an older Sinergi wrote them: no coop_type
            for key, parties in (("agreement:lama-vertikal", ("pemkab:63.10", "kanim:uji")),
                                 ("agreement:lama-antardaerah", ("pemkab:63.10", "pemkot:63.71"))):
                w.node("Agreement", {"key": key, "kind": "PKS", "status": "signed"})
                for party in parties:
                    w.rel("PARTY_TO", ("Institution", party), ("Agreement", key))
            for key, kind in (("pemkab:63.10", "PEMKAB"), ("pemkot:63.71", "PEMKOT"),
                              ("kanim:uji", "KANIM")):
                w.node("Institution", {"key": key, "kind": kind, "name": key})
        counts = load_reference(store)
        assert counts["agreement types refreshed"] == 2
        types = {r["key"]: r["t"] for r in store.run(
            "MATCH (a:Agreement) RETURN a.key AS key, a.coop_type AS t")}
        assert types == {"agreement:lama-vertikal": "VERTICAL",
                         "agreement:lama-antardaerah": "KSDD"}
        assert refresh_agreement_types(store) == 0  # loading twice changes nothing
        assert "agreement types refreshed" not in load_reference(store)
