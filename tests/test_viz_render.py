"""The rendering layer on synthetic graphs: escaping, offline pages, layout switch, cap, legend."""

from __future__ import annotations

import re

import pytest

from sinergi.errors import ParameterError
from sinergi.views import Page, build_graph, render_graph
from sinergi.views.cap import cap_graph
from sinergi.views.layout import static_layout
from sinergi.views.safe import esc, link, safe_url, tooltip
from sinergi.views.synthetic import synthetic_network
from viz_page import (
    HOSTILE_EVIDENCE,
    HOSTILE_NAME,
    HOSTILE_TITLE,
    hostile_graph,
    page_data,
    script_hash,
    tags,
)


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return render_graph(hostile_graph(), Page(f"Test {HOSTILE_NAME}", HOSTILE_TITLE))


def _node(data: dict, key: str) -> dict:
    return next(n for n in data["nodes"] if n["id"] == esc(key))


# --- escaping ---------------------------------------------------------------------------


def test_hostile_text_never_reaches_the_page_raw(hostile_html: str) -> None:
    for raw in (HOSTILE_NAME, HOSTILE_TITLE, HOSTILE_EVIDENCE, "<script>alert"):
        assert raw not in hostile_html
    # The only <script> and <img> elements are ours: three bare scripts, no images.
    parsed = tags(hostile_html)
    assert [t for t, _ in parsed.tags if t == "img"] == []
    assert len(parsed.scripts) == 3
    # The header shows the hostile page title as text.
    assert "<title>Test &lt;img src=x onerror=alert(1)&gt;</title>" in hostile_html


def test_names_titles_and_evidence_are_escaped_before_pyvis(hostile_html: str) -> None:
    data = page_data(hostile_html)
    evil = _node(data, "dinas:63.10:evil")
    assert evil["label"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "<b>&lt;img src=x onerror=alert(1)&gt;</b>" in evil["title"]
    agreement = _node(data, "agreement:evil")
    assert agreement["label"] == "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in agreement["title"]
    # Outside our own <b>, <i>, <br> and <a> tags there is no markup in any tooltip.
    for item in data["nodes"] + data["edges"]:
        leftover = re.sub(r"</?(b|i|br)>|<a href=\"https?://[^\"<>]*\"[^<>]*>|</a>", "",
                          item["title"])
        assert "<" not in leftover and ">" not in leftover, item["title"]


def test_only_http_links_become_links(hostile_html: str) -> None:
    data = page_data(hostile_html)
    assert 'href="javascript' not in hostile_html
    assert "href" not in _node(data, "agreement:evil")["title"]
    assert "not an http/https link" in _node(data, "agreement:evil")["title"]
    ok = _node(data, "agreement:ok")["title"]
    assert '<a href="https://news.example.org/ok?a=1&amp;b=2" target="_blank"' in ok


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.org/a", "https://news.example.org/a"),
        ("  http://x.example/b?c=1  ", "http://x.example/b?c=1"),
        ("javascript:alert(1)", None),
        ("JAVASCRIPT:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//evil.example/x", None),
        ('https://x.example/"onmouseover="alert(1)', None),
        ("https://", None),
        ("ftp://files.example/x", None),
        (None, None),
        (42, None),
    ],
)
def test_safe_url(url: object, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_tooltip_escapes_every_value_and_skips_empty_ones() -> None:
    html = tooltip("<b>x</b>", [("kind", "<i>K</i>"), ("date", None), ("topics", ["A<", "B"])],
                   "say \"hi\" & <bye>", "https://ok.example/?q=<x>")
    assert html.startswith("<b>&lt;b&gt;x&lt;/b&gt;</b>")
    assert "kind: &lt;i&gt;K&lt;/i&gt;" in html and "date" not in html
    assert "topics: A&lt;, B" in html
    assert "say &quot;hi&quot; &amp; &lt;bye&gt;" in html
    assert "href" not in html  # a URL with <> in it is not used as a link
    assert link("https://ok.example/p", "<src>") == (
        '<a href="https://ok.example/p" target="_blank" rel="noopener noreferrer nofollow">'
        "&lt;src&gt;</a>")


# --- offline ----------------------------------------------------------------------------


def test_page_is_self_contained_and_offline(hostile_html: str) -> None:
    parsed = tags(hostile_html)
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, (tag, attrs)
        assert not (tag == "link" and attrs.get("href")), (tag, attrs)
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", hostile_html.split("<script>")[0])
    assert "@import" not in hostile_html and "url(http" not in hostile_html
    assert "vis.Network" in hostile_html or "Network=" in hostile_html  # vis is inline
    assert len(hostile_html) > 400_000


def test_content_security_policy_allows_exactly_the_inline_scripts(hostile_html: str) -> None:
    parsed = tags(hostile_html)
    meta = [a for t, a in parsed.tags if t == "meta" and a.get("http-equiv")]
    assert len(meta) == 1
    policy = str(meta[0]["content"])
    assert "default-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    for script in parsed.scripts:
        assert script_hash(script) in policy
    # The policy comes before anything it has to govern.
    assert hostile_html.index("Content-Security-Policy") < hostile_html.index("<script>")


# --- layout switch and cap -----------------------------------------------------------------


def test_small_networks_use_physics_without_positions() -> None:
    nodes, edges = synthetic_network(120)
    data = page_data(render_graph(build_graph(nodes, edges), Page("small")))
    assert data["options"]["physics"]["enabled"] is True
    assert data["static"] is False
    assert all("x" not in n for n in data["nodes"])


def test_large_networks_get_precomputed_positions_and_no_physics() -> None:
    nodes, edges = synthetic_network(450)
    html = render_graph(build_graph(nodes, edges), Page("large"), physics_threshold=300)
    data = page_data(html)
    assert data["options"]["physics"]["enabled"] is False
    assert data["static"] is True
    assert len(data["nodes"]) == 450
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert "positions are precomputed" in html
    # The same graph under a higher threshold keeps physics.
    data = page_data(render_graph(build_graph(nodes, edges), Page("x"), physics_threshold=500))
    assert data["options"]["physics"]["enabled"] is True


def test_static_layout_places_every_node_apart_and_deterministically() -> None:
    g = build_graph(*synthetic_network(800))
    pos = static_layout(g)
    assert set(pos) == set(g)
    assert len({(round(x), round(y)) for x, y in pos.values()}) > 0.95 * len(g)
    assert pos == static_layout(g)


def test_cap_keeps_the_best_connected_and_notes_what_was_left_out() -> None:
    g = build_graph(*synthetic_network(500))
    html = render_graph(g, Page("capped"), max_nodes=100)
    data = page_data(html)
    assert len(data["nodes"]) == 100
    note = re.search(r'<div class="sinergi-note" role="note">(.*?)</div>', html, re.S)
    assert note, "no visible note on a capped page"
    assert "Showing the 100 best-connected of 500 nodes" in note.group(1)
    assert "Left out: 400 nodes" in note.group(1)
    kept, text = cap_graph(g, 100)
    degree = dict(g.degree())
    assert min(degree[n] for n in kept) >= max(degree[n] for n in g if n not in kept)
    assert text and f"{g.number_of_edges() - kept.number_of_edges():,} edges" in text


def test_uncapped_pages_have_no_note() -> None:
    html = render_graph(hostile_graph(), Page("x"))
    assert 'class="sinergi-note"' not in html


# --- styling ------------------------------------------------------------------------------


def test_style_by_kind_and_label_and_legend_of_what_is_present(hostile_html: str) -> None:
    data = page_data(hostile_html)
    kanim, region = _node(data, "kanim:batulicin"), _node(data, "63.10")
    assert kanim["shape"] == "dot" and region["shape"] == "box"
    assert _node(data, "agreement:ok")["shape"] == "diamond"
    assert kanim["color"] != _node(data, "pemkab:63.10")["color"]
    # Kanim takes part in two agreements: bigger than the Dinas with one.
    assert kanim["size"] > _node(data, "dinas:63.10:evil")["size"]
    party = [e for e in data["edges"] if e["etype"] == "PARTY_TO"]
    juris = [e for e in data["edges"] if e["etype"] == "JURISDICTION_OVER"]
    assert party[0]["color"] != juris[0]["color"] and juris[0]["dashes"] is True
    assert "date: 2024-06-30" in party[0]["title"]
    legend = hostile_html.split('id="sinergi-legend"')[1].split("</section>")[0]
    assert "Kanim (immigration office)" in legend and "Dinas (regional agency)" in legend
    assert "Timpora team" not in legend and "attended meeting" not in legend
    assert "party to agreement" in legend and "jurisdiction over" in legend


def test_edges_to_unknown_nodes_are_refused() -> None:
    with pytest.raises(ParameterError, match="unknown node 'nope'"):
        build_graph([{"key": "a"}], [{"source": "a", "target": "nope", "type": "PARTY_TO"}])
    with pytest.raises(ParameterError, match="without a key"):
        build_graph([{"name": "x"}], [])


def test_a_later_sighting_fills_in_a_missing_name() -> None:
    g = build_graph([{"key": "agreement:1", "label": "Agreement", "kind": "PKS",
                      "date": "2024-01-02"},
                     {"key": "agreement:1", "label": "Agreement", "name": "PKS Paspor"}], [])
    assert g.nodes["agreement:1"]["name"] == "PKS Paspor"
    assert g.nodes["agreement:1"]["year"] == 2024


def test_the_cut_note_speaks_indonesian_on_an_indonesian_page() -> None:
    g = build_graph(*synthetic_network(1500))
    html = render_graph(g, Page("capped"), max_nodes=1200, lang="id")
    note = re.search(r'<div class="sinergi-note" role="note">(.*?)</div>', html, re.S)
    assert note, "no visible note on a capped page"
    text = " ".join(note.group(1).split())
    assert text.startswith("Menampilkan 1.200 simpul dengan hubungan terbanyak dari 1.500.")
    assert "Tidak ditampilkan: 300 simpul (" in text and "Persempit tampilan" in text
    english = ("Showing", "Left out", "nodes", "edges", "others", "Narrow", "Institution ")
    assert not [w for w in english if w in text], text
    # The same cut, counted the same way, in both languages.
    _, en = cap_graph(g, 1200)
    _, id_ = cap_graph(g, 1200, lang="id")
    assert en and id_ and re.findall(r"\d+", en.replace(",", "")) == \
        re.findall(r"\d+", id_.replace(".", ""))
