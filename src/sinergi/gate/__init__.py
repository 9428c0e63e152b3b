"""The one input gate: every article and sheet that enters Sinergi passes here first,
whichever door it comes in by (``sinergi extract``/``load``, ``POST /ingest/articles``,
the records loader).

- ``files``: regular files only (no device, FIFO or socket), size checked before
  reading and capped while reading;
- ``text``: encoding detection (UTF-8, UTF-16/32 with BOM, cp1252/latin-1 with a
  warning), refusal of binary data and renamed PDF/Office files, empty and oversized
  articles;
- ``fields``: ISO dates that are real calendar dates, typed ids.

``docs/security.md`` lists what each check protects against.
"""

from .fields import date_problem, id_problem, iso_date
from .files import open_regular, read_capped
from .text import check_article, decode

__all__ = ["check_article", "date_problem", "decode", "id_problem", "iso_date",
           "open_regular", "read_capped"]
