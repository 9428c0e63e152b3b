"""Graph stores: Neo4j (primary) and the embedded LadybugDB default, one protocol."""

from __future__ import annotations

from ..settings import Settings
from .base import GraphStore, Tx, Writer


def open_graph(settings: Settings, *, ensure_schema: bool = True) -> GraphStore:
    """Open the store ``settings.backend`` names, with its schema in place."""
    store: GraphStore
    if settings.backend == "neo4j":
        from .neo4j_store import Neo4jStore

        store = Neo4jStore(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password,
            database=settings.neo4j_database,
            timeout=settings.neo4j_timeout,
            batch_size=settings.batch_size,
        )
    else:
        from .embedded import EmbeddedStore

        store = EmbeddedStore(settings.embedded_path, batch_size=settings.batch_size,
                              buffer_mb=settings.embedded_buffer_mb)
    if ensure_schema:
        try:
            store.ensure_schema()
        except BaseException:
            store.close()
            raise
    return store


__all__ = ["GraphStore", "Tx", "Writer", "open_graph"]
