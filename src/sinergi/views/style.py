"""How each kind of node and relationship looks, and the legend that explains it.

Institutions are coloured by family (local government, immigration, security and
law, others) and shaped by role inside the family, so that an analyst can tell a
Kanim from a Pemkab at a glance; the other labels (Region, Person, Agreement,
Meeting, Program) get their own shape. Relationships are told apart by colour and
line style. Only entries present in a page go into its legend.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeStyle:
    color: str
    shape: str
    legend: str


@dataclass(frozen=True)
class EdgeStyle:
    color: str
    dashes: bool
    width: float
    arrows: str
    legend: str


_GOV, _IMI, _SEC, _OTHER = "#2f7ed8", "#d9534f", "#6f42c1", "#7f8c8d"

KIND_STYLES: dict[str, NodeStyle] = {
    "PEMPROV": NodeStyle("#1f4e99", "hexagon", "Pemprov (province government)"),
    "PEMKAB": NodeStyle(_GOV, "dot", "Pemkab (regency government)"),
    "PEMKOT": NodeStyle("#5aa3e8", "dot", "Pemkot (city government)"),
    "DPRD": NodeStyle("#3c8dbc", "square", "DPRD (local parliament)"),
    "SETDA": NodeStyle("#4a90b8", "square", "Setda (regional secretariat)"),
    "DINAS": NodeStyle("#17a2b8", "square", "Dinas (regional agency)"),
    "KESBANGPOL": NodeStyle("#20c997", "square", "Kesbangpol"),
    "BADAN": NodeStyle("#138496", "square", "Badan (regional body)"),
    "MPP": NodeStyle("#e0a800", "triangle", "MPP (public service mall)"),
    "IMIGRASI_PUSAT": NodeStyle("#8b0000", "star", "Ditjen Imigrasi (central)"),
    "KANWIL": NodeStyle("#b52b27", "hexagon", "Kanwil (regional immigration office)"),
    "KANIM": NodeStyle(_IMI, "dot", "Kanim (immigration office)"),
    "ULP": NodeStyle("#f0ad4e", "dot", "ULP (immigration service unit)"),
    "TIMPORA": NodeStyle("#e83e8c", "star", "Timpora team"),
    "POLRI": NodeStyle(_SEC, "square", "Polri"),
    "TNI": NodeStyle("#59359a", "square", "TNI"),
    "KEJAKSAAN": NodeStyle("#8e6bd1", "square", "Kejaksaan"),
    "PUSAT_LAIN": NodeStyle(_OTHER, "square", "Other central body"),
    "NON_GOV": NodeStyle("#a0a0a0", "dot", "Non-government"),
    "FOREIGN": NodeStyle("#6f42c1", "dot", "Foreign partner"),
}
UNKNOWN_KIND = NodeStyle("#bbbbbb", "dot", "Institution (kind unknown)")

LABEL_STYLES: dict[str, NodeStyle] = {
    "Region": NodeStyle("#28a745", "box", "Region (kab/kota, province)"),
    "Person": NodeStyle("#fd7e14", "ellipse", "Person (official)"),
    "Agreement": NodeStyle("#ffc107", "diamond", "Agreement (MoU / PKS)"),
    "Meeting": NodeStyle("#6c757d", "triangleDown", "Meeting"),
    "Program": NodeStyle("#343a40", "box", "Program (topic)"),
}

EDGE_STYLES: dict[str, EdgeStyle] = {
    "PARTY_TO": EdgeStyle("#c79100", False, 2.0, "", "party to agreement"),
    "ATTENDED": EdgeStyle("#6c757d", True, 1.5, "", "attended meeting"),
    "JURISDICTION_OVER": EdgeStyle("#28a745", True, 1.0, "to", "jurisdiction over"),
    "HOLDS_POSITION": EdgeStyle("#fd7e14", False, 1.5, "to", "holds position at"),
    "SUCCEEDED_BY": EdgeStyle("#000000", False, 3.0, "to", "succeeded by"),
    "PART_OF": EdgeStyle("#999999", True, 1.0, "to", "part of"),
    "LOCATED_IN": EdgeStyle("#9ccc9c", True, 1.0, "to", "located in"),
    "COVERS": EdgeStyle("#9ccc9c", True, 1.0, "to", "agreement covers"),
    "ABOUT": EdgeStyle("#cccccc", True, 1.0, "to", "about program"),
}
UNKNOWN_EDGE = EdgeStyle("#999999", False, 1.0, "", "other relationship")


def node_style(label: str, kind: str | None) -> NodeStyle:
    if label == "Institution":
        return KIND_STYLES.get(kind or "", UNKNOWN_KIND)
    return LABEL_STYLES.get(label, UNKNOWN_KIND)


def edge_style(type_: str) -> EdgeStyle:
    return EDGE_STYLES.get(type_, UNKNOWN_EDGE)


def legend_entries(
    node_facets: set[tuple[str, str | None]], edge_types: set[str]
) -> dict[str, list[dict[str, object]]]:
    """Legend rows for the node (label, kind) pairs and relationship types on a page.

    Rows carry only our own style strings; the template escapes them anyway.
    """
    nodes: dict[str, dict[str, object]] = {}
    for label, kind in sorted(node_facets, key=lambda f: (f[0], f[1] or "")):
        style = node_style(label, kind)
        nodes.setdefault(style.legend, {"text": style.legend, "color": style.color,
                                        "shape": style.shape})
    edges = [
        {"text": s.legend, "color": s.color, "dashes": s.dashes, "arrows": s.arrows}
        for t in sorted(edge_types)
        for s in [edge_style(t)]
    ]
    return {"nodes": list(nodes.values()), "edges": edges}
