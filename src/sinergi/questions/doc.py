"""Writes ``docs/queries.md`` from the question headers, so the doc cannot drift.

    python -m sinergi.questions.doc > docs/queries.md
"""

from __future__ import annotations

from . import post
from .header import TODAY, Param
from .registry import Query, registry

INTRO = """# Questions

Generated from the headers of `src/sinergi/questions/cypher/*.cypher` by
`python -m sinergi.questions.doc > docs/queries.md`; a test fails when a question or
one of its parameters is missing here, so regenerate after editing a header.

Ask a question from the command line with `sinergi ask NAME -p name=value ...`
(`--json`, `--csv`; `sinergi ask --list` shows them all), from the API with
`GET /queries/NAME?name=value`, or from Python with
`sinergi.questions.registry.run_query(store, NAME, params)`.

Parameters are checked before anything reaches the database; a bad one is refused
with a message naming it (CLI exit code 2, API status 422). Types:

| type | accepts |
|---|---|
| `string` | text (at most 300 characters) |
| `int` | a whole number |
| `bool` | true/false, yes/no, 1/0 |
| `date` | an ISO date `YYYY-MM-DD`; `today` defaults come from `SINERGI_TODAY` or the real date |
| `topic` | one of the topics of `schema.Topic` (`TIMPORA`, `PASSPORT_SERVICE`, ...), any case |
| `agreement_type` | a cooperation type of `schema.AgreementType` (`KSDD`, `KSDPK`, \
`VERTICAL`, `KSDPL_KSDLL`, ...) or a planner's word (`antardaerah`, `pihak ketiga`, \
`vertikal`, `luar negeri`), any case |
| `province` | a province code (`63`), name (`Kalimantan Selatan`) or alias (`Kalsel`) |
| `region` | a region code (`63.10`) or name, resolved to the code |
| `institution` | an institution key (`kanim:batulicin`), exact name or alias, resolved to the key |

Both backends give identical rows: list columns marked *set* come back sorted, and
rows are ordered as each question says. A question whose Cypher needs the embedded
dialect's own text has an override in `cypher/embedded/`; a question with a Python
step (`questions/post.py`) derives values before the query or reshapes its rows.

Review decisions (`sinergi review`, see `records.md`) hold in every answer. A fact
rejected in review is left out: an Agreement or Meeting whose `review` is `rejected`,
an Institution or Person whose `status` is, a `HOLDS_POSITION` whose `review` is, and
a `REPORTS` edge whose `status` is (it no longer counts as a source, dates nothing and
shows no evidence sentence). Left out means neither listed nor counted: a rejected
agreement covers no region and renews nothing, a rejected institution is nobody's party,
neighbour or team, chains do not pass through rejected facts, and an `institution`
parameter naming a rejected institution is refused. Only `evidence` keeps rejected
reports, with their `status`, as the record of what was decided. A merged institution
is gone: the survivor answers for both, and the old name is its alias.
"""


def _default(p: Param) -> str:
    if p.required:
        return "required"
    if p.default == TODAY:
        return "today"
    if p.default in (None, ""):
        return "empty"
    return f"`{p.default}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _section(q: Query) -> str:
    lines = [f"## `{q.name}`: {q.title}", "", f"*{q.header.title_id}*: {q.header.summary_id}",
             "", q.description, ""]
    if q.params:
        lines += ["| parameter | type | default | meaning |", "|---|---|---|---|"]
        lines += [f"| `{p.name}` | {p.type} | {_default(p)} | {_cell(p.doc)} |" for p in q.params]
    else:
        lines.append("No parameters.")
    sets = set(q.header.sets)
    columns = ", ".join(f"`{c}`" + (" (set)" if c in sets else "") for c in q.columns)
    lines += ["", f"Columns: {columns}."]
    notes = []
    if q.header.order:
        notes.append("ordered by " + ", ".join(
            c + (" descending" if desc else "") for c, desc in q.header.order))
    if q.embedded:
        notes.append(f"embedded override `cypher/embedded/{q.name}.cypher`")
    if post.has_post(q.name) or post.has_prepare(q.name):
        notes.append("Python step in `questions/post.py`")
    if notes:
        lines += ["", "Rows " + "; ".join(notes) + "."]
    return "\n".join(lines)


def render() -> str:
    sections = [_section(q) for q in registry().values()]
    return INTRO + "\n" + "\n\n".join(sections) + "\n"


if __name__ == "__main__":
    print(render(), end="")
