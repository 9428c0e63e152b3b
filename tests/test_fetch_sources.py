"""sources.toml: the example that ships parses; every mistake names file, line, problem."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from sinergi.errors import InputError
from sinergi.news.fetch import Plan, read_sources


def test_the_shipped_example_parses_into_sources() -> None:
    example = resources.files("sinergi") / "data" / "sources.example.toml"
    sources = read_sources(Path(str(example)))
    assert [s.name for s in sources] == [
        "Kantor Imigrasi Contoh (berita kantor)", "Pemerintah Kabupaten Contoh",
        "Portal Berita Daerah Contoh"]
    assert sources[1].province == "Kalimantan Selatan"  # "Kalsel" read as the province
    assert sources[1].selector == "div.entry-content"
    assert len(sources[2].feeds) == 2 and len(sources[2].sitemaps) == 1
    plan = Plan()
    plan.add_sources(sources)
    assert len(plan.feeds) == 3 and len(plan.sitemaps) == 2
    assert plan.feeds[0][1].province == "Kalimantan Selatan"


def test_the_docs_show_the_example() -> None:
    docs = (Path(__file__).parent.parent / "docs" / "fetch.md").read_text()
    assert "sources.example.toml" in docs and "[[source]]" in docs


GOOD = '[[source]]\nname = "A"\nfeed = "https://a.example/feed"\n\n'


@pytest.mark.parametrize(("second", "words"), [
    ('[[source]]\nname = "B"\n', "give a feed or a sitemap"),
    ('[[source]]\nfeed = "https://b.example/feed"\n', "name is required"),
    ('[[source]]\nname = "B"\nfeed = "ftp://b.example/x"\n', "must be an http(s) URL"),
    ('[[source]]\nname = "B"\nfeed = "https://b.example/f"\nprovince = "Atlantis"\n',
     "unknown province"),
    ('[[source]]\nname = "B"\nfeed = "https://b.example/f"\nselector = "div[["\n',
     "invalid CSS selector"),
    ('[[source]]\nname = "B"\nrss = "https://b.example/f"\n', "unknown key(s): rss"),
])
def test_a_bad_source_names_file_line_and_problem(tmp_path: Path, second: str,
                                                  words: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(GOOD + second)
    with pytest.raises(InputError) as err:
        read_sources(path)
    assert err.value.file == str(path) and err.value.line == 5
    assert words in err.value.message


def test_broken_toml_is_refused_with_its_position(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(GOOD + "[[source]\nname = \n")
    with pytest.raises(InputError, match=r"invalid TOML.*line 5"):
        read_sources(path)
