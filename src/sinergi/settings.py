"""One settings object, read from ``SINERGI_*`` environment variables.

Nothing here touches the disk or the network: building a ``Settings`` only reads
the environment, so importing this module is free.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from . import __version__


class Settings(BaseSettings):
    """Every setting Sinergi reads; the README's configuration table lists them all."""

    model_config = SettingsConfigDict(env_prefix="SINERGI_", extra="ignore")

    backend: Literal["embedded", "neo4j"] = Field(
        "embedded", description="Graph store: the in-process LadybugDB file, or a Neo4j server."
    )
    data_dir: Path = Field(
        Path("./sinergi-data"), description="Where the embedded store keeps its database file."
    )
    embedded_buffer_mb: int = Field(
        1024, ge=16, le=1_048_576,
        description="Memory (MiB) the embedded store may use for pages of its file and "
        "for the working memory of queries; the engine's own default is most of the "
        "machine's memory.",
    )
    neo4j_uri: str = Field("bolt://127.0.0.1:7687", description="Bolt URI of the Neo4j server.")
    neo4j_user: str = Field("neo4j", description="Neo4j user name.")
    neo4j_password: str = Field("", description="Neo4j password.")
    neo4j_database: str = Field("neo4j", description="Neo4j database name.")
    neo4j_timeout: float = Field(
        2.0, description="Seconds to wait for Neo4j before reporting it unreachable."
    )
    batch_size: int = Field(
        1000, ge=1, le=100_000, description="Rows per UNWIND batch when writing."
    )
    api_key: str = Field(
        "", description="Bearer token required by write endpoints; writes are refused when empty."
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed by CORS (JSON list)."
    )
    max_article_bytes: int = Field(
        2_000_000, ge=1, description="Largest article file read by extract/load (bytes)."
    )
    max_sheet_bytes: int = Field(
        50_000_000, ge=1, description="Largest sheet file (.xlsx/.csv) read by load (bytes)."
    )
    max_sheet_rows: int = Field(
        500_000, ge=1, description="Most rows read from one sheet (checked while reading)."
    )
    max_sheet_columns: int = Field(
        1_000, ge=1, description="Most columns one sheet may have."
    )
    max_sheet_cells: int = Field(
        5_000_000, ge=1, description="Most cells read from one file, all sheets together."
    )
    max_unzipped_bytes: int = Field(
        500_000_000, ge=1, description="Most bytes an .xlsx may unpack to (zip bombs)."
    )
    max_request_bytes: int = Field(
        5_000_000, ge=1, description="Largest request body accepted by the API (bytes)."
    )
    load_workers: int = Field(
        0, ge=0, le=256,
        description="Processes extracting articles during `load articles` (0: one per core).",
    )
    cache_seconds: float = Field(
        10.0, ge=0, description="Seconds the API keeps a question's answer (0: no cache)."
    )
    fetch_delay: float = Field(
        1.0, ge=0, description="Seconds between two requests of `sinergi fetch` to one host."
    )
    fetch_timeout: float = Field(
        20.0, gt=0, description="Seconds `sinergi fetch` waits for a server before giving up."
    )
    fetch_max_bytes: int = Field(
        5_000_000, ge=1, description="Largest page, feed or sitemap `sinergi fetch` downloads."
    )
    fetch_retries: int = Field(
        3, ge=0, le=10, description="Retries of `sinergi fetch` after HTTP 429 or 5xx."
    )
    fetch_backoff: float = Field(
        2.0, ge=0, description="Seconds before the first retry; doubled for each next one."
    )
    fetch_user_agent: str = Field(
        # No made-up home page: the project has no public URL yet, so the operator adds
        # their own contact (office site or e-mail) through the setting.
        f"Sinergi/{__version__} (open-source reader of Indonesian cooperation news)",
        description="User-Agent of `sinergi fetch`: names Sinergi; add your office's contact.",
    )
    today: str | None = Field(
        None, description="ISO date used as 'today' by questions (default: the real date)."
    )

    @property
    def embedded_path(self) -> Path:
        return self.data_dir / "graph.lbdb"


@lru_cache
def get_settings() -> Settings:
    return Settings()
