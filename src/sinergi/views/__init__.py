"""Interactive network views: query rows -> networkx -> a self-contained pyvis page.

Entry points (used by the CLI ``sinergi viz``, the HTTP API and ``sinergi demo``):
``render_view(store, view, params, filters) -> str`` (the HTML),
``write_view(store, view, params, filters, out) -> Path`` and
``view_graph(store, view, params, filters) -> networkx.MultiDiGraph``; views are
province, institution, region and path. ``render_graph`` draws any graph built
with ``build_graph`` from node and edge dicts.
"""

from __future__ import annotations

from .catalog import VIEWS, render_view, view_graph, write_view
from .filters import Filters
from .model import build_graph
from .render import Page, render_graph

__all__ = [
    "VIEWS",
    "Filters",
    "Page",
    "build_graph",
    "render_graph",
    "render_view",
    "view_graph",
    "write_view",
]
