"""Writing staged upserts inside a transaction that also deletes.

``store.writer()`` commits its own transaction. Loaders that must delete and upsert
atomically (a corrected records file, a review merge) queue their upserts in a
``Writer`` that is never flushed, then send its batches through the same ``Tx`` as
their deletes with ``flush_into``.
"""

from __future__ import annotations

from ..errors import SchemaError
from . import GraphStore, Tx, Writer


def staged(store: GraphStore) -> Writer:
    """A writer that only collects (atomic: it never flushes by itself)."""
    return Writer(store, store.batch_size, atomic=True)


def flush_into(tx: Tx, w: Writer) -> int:
    """Run every queued batch in ``tx``; a relationship whose end is missing fails it."""
    written = 0
    for query, rows in w.batches():
        result = tx.run(query, {"rows": rows})
        n = int(result[0]["n"]) if result else 0
        if n < len(rows):
            raise SchemaError(f"{len(rows) - n} relationship row(s) name a missing node")
        written += n
    return written
