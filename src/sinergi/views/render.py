"""networkx graph -> one self-contained pyvis HTML page.

The page works offline: the vis-network script and stylesheet that pyvis ships
(``pyvis/templates/lib/vis-9.1.2``) are inlined, and so are our own filter panel,
legend and styles; a Content-Security-Policy with the hashes of exactly those
inline scripts forbids any other script and any network fetch. That policy is
the second line of defence; the first is that every text from data is escaped
in ``safe`` before it reaches pyvis.

Big graphs: above ``cap.MAX_NODES`` nodes only the best-connected part is drawn
(with a visible note), and above ``layout.PHYSICS_THRESHOLD`` the positions are
precomputed and physics is off, so the page is usable at once.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from . import cap, layout
from .filters import facet_values
from .model import EVENT_LABELS, agreement_count
from .safe import esc, tooltip
from .style import edge_style, legend_entries, node_style
from .words import SCRIPT_WORDS, language, say, value

_HERE = Path(__file__).parent / "templates"
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_LABEL_MAX = 40
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


@dataclass
class Page:
    """What a page says about itself besides the network."""

    title: str
    subtitle: str = ""
    notes: list[str] = field(default_factory=list)
    filters: dict[str, Any] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _assets() -> dict[str, Markup]:
    """Inline assets, read once. A ``</script`` inside would end the element early."""
    files = {
        "vis_js": _VIS / "vis-network.min.js",
        "vis_css": _VIS / "vis-network.css",
        "page_js": _HERE / "sinergi.js",
        "page_css": _HERE / "sinergi.css",
    }
    out = {}
    for name, path in files.items():
        text = path.read_text(encoding="utf-8")
        if "</script" in text.lower() or "</style" in text.lower():
            raise RuntimeError(f"{path} cannot be inlined: it closes its own element")
        out[name] = Markup(text)  # our own or pyvis's file, not data
    return out


@lru_cache(maxsize=1)
def _template() -> Template:
    env = Environment(
        loader=FileSystemLoader(str(_HERE)), autoescape=select_autoescape(default=True)
    )
    return env.get_template("network.html")


class _BoundTemplate:
    """pyvis renders ``net.template`` with its own variables; this adds ours to them."""

    def __init__(self, template: Template, extra: dict[str, Any]) -> None:
        self.template, self.extra = template, extra

    def render(self, **pyvis_vars: Any) -> str:
        return self.template.render(**pyvis_vars, **self.extra)


def _label(name: str) -> str:
    return name if len(name) <= _LABEL_MAX else name[: _LABEL_MAX - 1] + "…"


def _size(g: nx.MultiDiGraph, node: str, attrs: dict[str, Any]) -> float:
    # Institutions grow with the agreements and meetings they take part in; the
    # rest with their degree, more gently.
    if attrs["label"] == "Institution":
        return 12 + 7 * math.sqrt(agreement_count(g, node))
    return 9 + 3 * math.sqrt(g.degree(node))


def _said(fields: list[tuple[str, object]], lang: str) -> list[tuple[str, object]]:
    """Field names and enumerated values in ``lang`` (names and dates as they are)."""
    columns = {"type": "source_label", "kind": "kind", "topics": "topics", "status": "status",
               "provenance": "provenance"}
    return [(say(k, lang), value(columns[k], v, lang) if k in columns else v)
            for k, v in fields]


def _node_fields(attrs: dict[str, Any], lang: str = "en") -> list[tuple[str, object]]:
    details = attrs.get("details", {})
    fields: list[tuple[str, object]] = [("type", attrs["label"]), ("kind", attrs.get("kind"))]
    fields += [("date", attrs.get("date")), ("topics", attrs.get("topics")),
               ("status", attrs.get("status"))]
    fields += [(k, v) for k, v in sorted(details.items()) if not isinstance(v, dict)]
    return _said(fields, lang)


def _vis_node(g: nx.MultiDiGraph, node: str, attrs: dict[str, Any],
              lang: str = "en") -> dict[str, Any]:
    style = node_style(attrs["label"], attrs.get("kind"))
    title = tooltip(attrs["name"], _node_fields(attrs, lang), attrs.get("evidence"),
                    attrs.get("source_url"), say("source", lang))
    name = str(attrs["name"])
    kind = attrs.get("kind")
    if attrs["label"] in EVENT_LABELS and kind and name.startswith(f"{kind} "):
        # a meeting without a name is called by its kind and date: the kind in lang
        name = f"{value('kind', kind, lang)}{name[len(kind):]}"
    out: dict[str, Any] = {
        "label": esc(_label(name)),
        "title": title,
        "color": style.color,
        "shape": style.shape,
        "size": round(_size(g, node, attrs), 1),
        # facets the page's filter panel reads; escaped like every data text
        "nlabel": esc(attrs["label"]),
        "kind": esc(attrs.get("kind")) if attrs["label"] == "Institution" else "",
        "topics": [esc(t) for t in attrs.get("topics", [])]
        if attrs["label"] in EVENT_LABELS else [],
        "year": attrs.get("year") if attrs["label"] in EVENT_LABELS else None,
    }
    if attrs.get("focus"):  # the institution an ego view is about; only it gets extras,
        # per-node options cost vis time on big pages
        out.update(borderWidth=5, font={"size": 18}, size=round(out["size"] * 1.4, 1),
                   color={"background": style.color, "border": "#111111"})
    return out


def _vis_edge(data: dict[str, Any], edge_id: str, lang: str = "en") -> dict[str, Any]:
    style = edge_style(data["type"])
    details = data.get("details", {})
    fields: list[tuple[str, object]] = [("date", data.get("date"))]
    fields += [(k, v) for k, v in sorted(details.items()) if k != "undirected"]
    title = tooltip(say(style.legend, lang), _said(fields, lang), data.get("evidence"),
                    data.get("source_url"), say("source", lang))
    edge: dict[str, Any] = {
        "id": edge_id,  # ours: keys from data need not be unique across node pairs
        "title": title,
        "color": style.color,
        "width": style.width,
        "etype": esc(data["type"]),
        "year": data.get("year"),
    }
    if style.dashes:
        edge["dashes"] = True
    # Always set: pyvis gives every edge of a directed network an arrow otherwise.
    edge["arrows"] = "" if details.get("undirected") else style.arrows
    if data["type"] == "SUCCEEDED_BY" and data.get("date"):
        edge["label"] = esc(data["date"])
    return edge


def _options(static: bool, n_nodes: int) -> dict[str, Any]:
    physics: dict[str, Any] = {"enabled": not static}
    if not static:
        physics.update(
            solver="barnesHut",
            barnesHut={"gravitationalConstant": -6000, "springLength": 120,
                       "avoidOverlap": 0.2},
            stabilization={"enabled": True, "iterations": 200, "fit": True},
        )
    return {
        "physics": physics,
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": static,
                        "navigationButtons": False, "keyboard": False},
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {"smooth": False if static else {"type": "continuous"},
                  "font": {"size": 10, "align": "middle"}},
        # vis's improved layout gives up (and says so) on bigger graphs
        "layout": {"improvedLayout": n_nodes <= 100, "randomSeed": 7},
    }


class _NodeIds(list[Any]):
    """pyvis tests ``id in net.node_ids`` (a list) for every node and edge it adds,
    which is quadratic; the same list with a set beside it answers at once."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._seen.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._seen


def build_network(g: nx.MultiDiGraph, static: bool, lang: str = "en") -> Network:
    """The pyvis network for ``g``: styled, escaped, positioned when ``static``."""
    # directed=True also spares pyvis its scan of every edge for an undirected twin.
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.node_ids = _NodeIds()
    positions = layout.static_layout(g) if static else {}
    for node, attrs in g.nodes(data=True):
        extra = _vis_node(g, node, attrs, lang)
        if static:
            extra["x"], extra["y"] = (round(c, 1) for c in positions[node])
        net.add_node(esc(node), **extra)
    for i, (u, v, data) in enumerate(g.edges(data=True)):
        net.add_edge(esc(u), esc(v), **_vis_edge(data, f"e{i}", lang))
    net.options = _options(static, len(g))
    return net


def render_graph(
    g: nx.MultiDiGraph,
    page: Page,
    *,
    max_nodes: int = cap.MAX_NODES,
    physics_threshold: int = layout.PHYSICS_THRESHOLD,
    lang: str = "en",
    home: str | None = None,
    evidence: str | None = None,
) -> str:
    """The HTML page showing ``g`` (capped and laid out as its size requires), in
    ``lang``; ``home`` links back to the dashboard and ``evidence`` (a URL prefix to
    which a node key is added) links the clicked node's evidence, when served."""
    lang = language(lang)
    shown, cap_note = cap.cap_graph(g, max_nodes, lang)
    static = layout.needs_static_layout(len(shown), physics_threshold)
    net = build_network(shown, static, lang)
    notes = [*(say(n, lang) for n in page.notes), *([cap_note] if cap_note else [])]
    facets = {facet: [(v, value(facet, v, lang)) for v in values]
              for facet, values in facet_values(shown).items()}
    legend = legend_entries(
        {(a["label"], a.get("kind")) for _, a in shown.nodes(data=True)},
        {d["type"] for _, _, d in shown.edges(data=True)})
    for row in [*legend["nodes"], *legend["edges"]]:
        row["text"] = say(str(row["text"]), lang)
    extra = {
        "page": Page(say(page.title, lang), say(page.subtitle, lang)),
        "lang": lang,
        "t": lambda text: say(text, lang),
        "home": home,
        "script_words": {**SCRIPT_WORDS[lang], "evidenceBase": evidence},
        "notes": notes,
        "capped": cap_note is not None,
        "static": static,
        "total_nodes": len(g),
        "facets": facets,
        "active": {k: ("" if v is None else str(v)) for k, v in page.filters.items()},
        "legend": legend,
        "options_data": net.options,
        **_assets(),
    }
    net.template = _BoundTemplate(_template(), extra)
    html = net.generate_html(notebook=True)
    return _with_csp(html)


def _with_csp(html: str) -> str:
    """Allow exactly the inline scripts the page has, no network, no plugins."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in _SCRIPT.findall(html)
    )
    policy = (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    )
    return html.replace("<!--CSP-->", f'<meta http-equiv="Content-Security-Policy" '
                        f'content="{policy}">', 1)
