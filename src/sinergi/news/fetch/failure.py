"""Why a page, feed or sitemap could not be read: one line, Bahasa Indonesia first.

Every failure of ``sinergi fetch`` is a ``FetchFailure``; the run prints its ``line``
(``URL: alasan / reason``), loads nothing from that URL and goes on with the next one.
"""

from __future__ import annotations

from ...errors import SinergiError


class FetchFailure(SinergiError):
    """One URL that could not be read; ``http_code`` is the HTTP status when there was one."""

    def __init__(self, url: str, indonesian: str, english: str, *,
                 status: int | None = None) -> None:
        self.url, self.http_code = url, status
        self.reason = f"{indonesian} / {english}"
        super().__init__(f"{url}: {self.reason}")

    @property
    def line(self) -> str:
        return self.message


def http_status(url: str, status: int, retries: int = 0) -> FetchFailure:
    """The failure for an HTTP status that is neither 200, 304 nor a redirect."""
    tried = f" setelah {retries} percobaan ulang" if retries else ""
    tried_en = f" after {retries} retries" if retries else ""
    if status == 404 or status == 410:
        return FetchFailure(url, f"halaman tidak ditemukan (HTTP {status})",
                            f"page not found (HTTP {status})", status=status)
    if status == 429:
        return FetchFailure(url, f"server meminta berhenti (HTTP 429){tried}",
                            f"server asked to slow down (HTTP 429){tried_en}", status=status)
    if status >= 500:
        return FetchFailure(url, f"server gagal (HTTP {status}){tried}",
                            f"server error (HTTP {status}){tried_en}", status=status)
    return FetchFailure(url, f"server menolak permintaan (HTTP {status})",
                        f"server refused the request (HTTP {status})", status=status)


def unexpected(url: str, exc: Exception) -> FetchFailure:
    detail = f"{type(exc).__name__}: {exc}"[:200]
    return FetchFailure(url, f"galat tak terduga saat membaca ({detail})",
                        f"unexpected error while reading ({detail})")


__all__ = ["FetchFailure", "http_status", "unexpected"]
