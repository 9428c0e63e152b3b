"""Sheets into the graph, all or nothing: planners' records, exports and review sheets.

Every file is read and every row of every sheet validated before anything is written;
one problem anywhere and nothing loads (``InputErrors`` lists them all as
``file:row:column: message``). Then each clean file is written: its exported rows
restored (``backup.restore``), its fact rows written as the source that owns them
(``records.load``), its review decisions applied (``review``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .. import gate, review
from ..backup import restore
from ..errors import InputError, InputErrors
from ..records import load as records
from ..records.duplicates import duplicate_warnings
from ..records.rows import parse_sheet
from ..reference.directory import Directory
from ..reference.load import ensure_reference
from ..settings import Settings
from ..sheets import Sheet, read_sheets
from ..sheets.xlsx import Limits
from ..stores import GraphStore
from .kinds import RECORD_KINDS, detect_kind, nearest_kind

# Nodes before the edges between them, offices before the facts that name them.
_ORDER = ("nodes", "relationships", "offices", "agreements", "meetings", "officials", "review")


@dataclass
class SourceFile:
    path: Path
    sha256: str
    sheets: list[tuple[Sheet, str]]
    records: records.RecordsFile
    restore: restore.Restore = field(default_factory=restore.Restore)
    warnings: list[str] = field(default_factory=list)
    decisions: list[review.PlannedDecision] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def has_records(self) -> bool:
        return any(kind in RECORD_KINDS for _, kind in self.sheets)


@dataclass
class SheetsReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    facts: int = 0
    removed: int = 0
    restored: int = 0
    decisions: int = 0
    warnings: list[str] = field(default_factory=list)


def read_source(path: Path, settings: Settings | None = None) -> SourceFile:
    """One file's sheets with their kinds, not yet validated; read through the input
    gate (a regular file within ``SINERGI_MAX_SHEET_BYTES``) and the sheet limits."""
    settings = settings or Settings()
    data = gate.read_capped(path, settings.max_sheet_bytes, setting="SINERGI_MAX_SHEET_BYTES")
    sha = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    read = read_sheets(path, data, limits=Limits.of(settings), warnings=warnings)
    sheets = [(s, kind) for s in read if (kind := detect_kind(s.headers))]
    if not sheets:
        raise _unknown_sheets(path, read)
    source = SourceFile(path, sha, sheets, records.RecordsFile(path.name, sha))
    source.warnings = warnings
    return source


def _unknown_sheets(path: Path, read: list[Sheet]) -> InputError:
    """No sheet has a known kind: name the columns the closest one lacks."""
    for sheet in read:
        if near := nearest_kind(sheet.headers):
            kind, missing = near
            return InputError(f"looks like a sheet of {kind} but lacks the column(s) "
                              f"{', '.join(repr(m) for m in missing)}; start from "
                              f"`sinergi template {kind}`", file=sheet.where,
                              line=sheet.header_row)
    return InputError("no sheet with known columns (agreements, meetings, officials, "
                      "offices, review, or an export's nodes/relationships); start from "
                      "`sinergi template`", file=str(path), line=1)


def load_sheets(store: GraphStore, paths: Iterable[Path | str],
                announce: Callable[[str], None] | None = None) -> SheetsReport:
    """Validate every file, then write each clean file in its own transaction."""
    files = _validate(store, [Path(p) for p in paths], announce)
    report = SheetsReport()
    report.warnings += [w for f in files for w in f.warnings]
    report.warnings += duplicate_warnings([fact for f in files for fact in f.records.facts])
    for f in files:
        if f.restore.rows:
            report.restored += f.restore.write(store)
        if f.has_records:
            if records.unchanged(store, f.records):
                report.unchanged.append(f.name)
            else:
                report.removed += records.write_file(store, f.records, report.warnings)
                report.loaded.append(f.name)
                report.facts += len(f.records.facts)
        if f.decisions:
            report.decisions += review.apply_planned(store, f.decisions)
    return report


def _validate(store: GraphStore, paths: Sequence[Path],
              announce: Callable[[str], None] | None) -> list[SourceFile]:
    """Read and check everything; ``InputErrors`` with every problem, or the parsed files."""
    errors: list[InputError] = []
    files: list[SourceFile] = []
    for path in paths:
        try:
            files.append(read_source(path))
        except InputError as exc:
            errors.append(exc)
        except InputErrors as exc:  # e.g. every formula cell without a saved value
            errors += exc.errors
    names = [f.name for f in files]
    for f in files:
        if names.count(f.name) > 1:
            errors.append(InputError("two files with this name in one load: a file's name "
                                     "identifies its rows, rename one", file=str(f.path)))
    if any(f.has_records for f in files):
        # Rows name institutions and regions; an export brings its own reference layer.
        ensure_reference(store, announce)
    directory = Directory.from_store(store)
    nodes_seen: set[tuple[str, str]] = set()
    work = [(f, s, kind) for f in files for s, kind in f.sheets]
    for f, sheet, kind in sorted(work, key=lambda t: _ORDER.index(t[2])):
        if kind == "nodes":
            errors += f.restore.read_nodes(sheet, nodes_seen)
        elif kind == "relationships":
            errors += f.restore.read_rels(sheet, store, nodes_seen)
        elif kind == "review":
            planned, problems = review.read_review_sheet(sheet, store)
            f.decisions += planned
            errors += problems
        else:
            facts, problems = parse_sheet(sheet, kind, directory)
            f.records.facts += [(sheet, fact) for fact in facts]
            errors += problems
    if errors:
        raise InputErrors(errors)
    return files
