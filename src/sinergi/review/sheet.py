"""The review queue as a workbook with a decision column, and reading it back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError, NotFound, ParameterError
from ..schema import short_hash
from ..sheets import Sheet, text, write_xlsx_rows
from ..sheets.columns import CHOICE, NUMBER, Column, header_id
from ..stores import GraphStore
from .decide import STATUS_FOR, PlannedDecision, _check_merge, find_target

DECISIONS = ("accept", "reject", "merge")

REVIEW = (
    Column("key", "Kunci fakta", required=True, help="Key of the fact (do not edit)."),
    Column("what", "Jenis fakta", help="Agreement, Meeting, Person, Institution."),
    Column("summary", "Ringkasan", help="What the machine read."),
    Column("evidence", "Kalimat bukti", help="The sentence it read it from."),
    Column("source", "Sumber", help="Article or record."),
    Column("confidence", "Keyakinan", NUMBER, help="0..1."),
    Column("status", "Status", help="Current review status."),
    Column("reason", "Keraguan mesin", help="Why the machine doubts what it read."),
    Column("decision", "Keputusan", CHOICE, choices=DECISIONS,
           help="accept, reject or merge; leave empty to decide later."),
    Column("merge_into", "Gabung ke", help="For merge: key of the node that survives."),
    Column("by", "Oleh", help="Who decided."),
    Column("why", "Alasan", help="Why."),
)


def write_review_sheet(rows: list[dict[str, Any]], out: Path) -> Path:
    """The queue as a workbook with an empty decision column, for people who prefer Excel."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    if out.suffix.lower() != ".xlsx":
        raise ParameterError(f"--out must end in .xlsx, not {out.name!r}", param="out")
    book = Workbook()
    ws: Any = book.active
    ws.title = "review"
    write_xlsx_rows(ws, [[c.header for c in REVIEW]])
    write_xlsx_rows(ws, ([r.get(c.id) for c in REVIEW] for r in rows))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    col = [c.id for c in REVIEW].index("decision") + 1
    letter = ws.cell(row=1, column=col).column_letter
    dv = DataValidation(type="list", formula1='"accept,reject,merge"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"{letter}2:{letter}{max(len(rows) + 1, 2)}")
    ws.freeze_panes = "A2"
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return out


def read_review_sheet(sheet: Sheet, store: GraphStore
                      ) -> tuple[list[PlannedDecision], list[InputError]]:
    """Decisions filled in a review sheet; rows with an empty decision are skipped."""
    index = {header_id(h, REVIEW): i for i, h in enumerate(sheet.headers) if h}
    planned, errors = [], []
    for n, cells in sheet.rows:
        cell = {c: text(cells[i]) if i < len(cells) else None for c, i in index.items()}
        action = (cell.get("decision") or "").lower()
        if not action:
            continue
        source = f"{Path(sheet.file).name} row {n}"
        written = cell.get("key") or ""
        key = "decision:" + short_hash(action, written, source)
        if store.run("MATCH (d:Decision {key: $k}) RETURN d.key AS k", {"k": key}):
            continue  # applied when this sheet was loaded before (a merged key is gone now)
        try:
            if action not in STATUS_FOR and action != "merge":
                raise ParameterError(f"decision {action!r}: use accept, reject or merge",
                                     param="decision")
            target = find_target(store, written)
            merge_into = cell.get("merge_into")
            into = find_target(store, merge_into) if merge_into else None
            if action == "merge":
                _check_merge(target, into)
        except (NotFound, ParameterError) as exc:
            param = getattr(exc, "param", None)
            column = {"into": "merge_into", None: "key"}.get(param, param)
            errors.append(InputError(exc.message, file=sheet.where, line=n, column=column))
            continue
        planned.append(PlannedDecision(action, target, into, cell.get("by"), cell.get("why"),
                                       source, key))
    return planned, errors
