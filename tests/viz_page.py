"""Helpers for the view tests: a small hostile graph, and reading a page's parts back."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from typing import Any

import networkx as nx

from sinergi.views import build_graph

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_TITLE = '"><script>alert(1)</script>'
# Would set the flag if any of it ever ran as markup.
HOSTILE_EVIDENCE = 'Ditandatangani <img src=x onerror="window.__xss=1"> di Batulicin.'

_DATA = re.compile(r"window\.SINERGI_DATA = (.*?);\s*</script>", re.S)


def hostile_graph() -> nx.MultiDiGraph:
    nodes = [
        {"key": "dinas:63.10:evil", "label": "Institution", "kind": "DINAS", "name": HOSTILE_NAME},
        {"key": "kanim:batulicin", "kind": "KANIM", "name": "Kantor Imigrasi Batulicin"},
        {"key": "pemkab:63.10", "kind": "PEMKAB", "name": "Pemkab Tanah Bumbu"},
        {"key": "agreement:evil", "label": "Agreement", "kind": "PKS", "name": HOSTILE_TITLE,
         "date": "2024-06-30", "topics": ["TIMPORA"], "evidence": HOSTILE_EVIDENCE,
         "source_url": "javascript:window.__xss=2"},
        {"key": "agreement:ok", "label": "Agreement", "kind": "MOU", "name": "MoU paspor",
         "date": "2023-01-05", "topics": ["PASSPORT_SERVICE"], "evidence": "Sah.",
         "source_url": "https://news.example.org/ok?a=1&b=2"},
        {"key": "63.10", "label": "Region", "name": "Tanah Bumbu"},
    ]
    edges = [
        {"source": "dinas:63.10:evil", "target": "agreement:evil", "type": "PARTY_TO",
         "date": "2024-06-30", "evidence": HOSTILE_EVIDENCE},
        {"source": "kanim:batulicin", "target": "agreement:evil", "type": "PARTY_TO",
         "date": "2024-06-30"},
        {"source": "kanim:batulicin", "target": "agreement:ok", "type": "PARTY_TO",
         "date": "2023-01-05"},
        {"source": "pemkab:63.10", "target": "agreement:ok", "type": "PARTY_TO",
         "date": "2023-01-05"},
        {"source": "kanim:batulicin", "target": "63.10", "type": "JURISDICTION_OVER"},
        {"source": "pemkab:63.10", "target": "63.10", "type": "JURISDICTION_OVER"},
    ]
    return build_graph(nodes, edges)


def page_data(html: str) -> dict[str, Any]:
    """The nodes, edges and options a page hands to vis-network."""
    match = _DATA.search(html)
    assert match, "page has no SINERGI_DATA"
    return dict(json.loads(match.group(1)))


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def tags(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    return parser


def script_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"
