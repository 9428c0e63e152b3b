"""What ``sinergi load`` and ``POST /ingest`` accept, and the rules every write obeys.

The CLI and the API call only these functions, so a rule (the reference layer is
loaded before anything that resolves against it; a file is validated whole before any
of it is written) holds the same way whichever door the data comes in by:

- ``load_articles``: news articles (``sinergi.news``);
- ``load_sheets``: planners' record sheets (``sinergi.records``), workbooks written by
  ``sinergi export`` (``sinergi.backup``) and filled review sheets (``sinergi.review``),
  told apart by their headers (``kinds``).
"""

from .articles import load_articles
from .sheets import SheetsReport, load_sheets, read_source

__all__ = ["SheetsReport", "load_articles", "load_sheets", "read_source"]
