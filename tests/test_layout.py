"""The package's shape: no import loop between modules, no subpackage swallowing the
rest. import-linter checks the layers between subpackages; this checks what layers
cannot see, the modules inside one subpackage (a loop there once made the extractor's
rule modules depend on import order)."""

from __future__ import annotations

from pathlib import Path

import grimp

import sinergi

PACKAGE = Path(sinergi.__file__).parent


def _loops(graph: grimp.ImportGraph) -> list[tuple[str, ...]]:
    loops = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back:
                loops.add(tuple(sorted({module, *back})))
    return sorted(loops)


def test_no_module_is_part_of_an_import_loop() -> None:
    assert _loops(grimp.build_graph("sinergi")) == []


def test_the_loop_check_finds_a_loop() -> None:
    graph = grimp.ImportGraph()
    for a, b in (("pkg.a", "pkg.b"), ("pkg.b", "pkg.c"), ("pkg.c", "pkg.a"), ("pkg.c", "pkg.d")):
        graph.add_import(importer=a, imported=b)
    assert _loops(graph) == [("pkg.a", "pkg.b", "pkg.c")]


def _lines(folder: Path) -> int:
    return sum(len(f.read_text(encoding="utf-8").splitlines()) for f in folder.rglob("*.py"))


def test_no_subpackage_holds_more_than_two_fifths_of_the_code() -> None:
    total = _lines(PACKAGE)
    shares = {d.name: _lines(d) / total for d in PACKAGE.iterdir() if d.is_dir()}
    assert max(shares.values()) <= 0.40, shares
