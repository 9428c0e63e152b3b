"""A news site on 127.0.0.1 for the fetch tests: the stories in two layouts, a feed, a
sitemap index, robots.txt, and one route per way a fetch can fail. It answers ETag and
Last-Modified like a well-kept server, and records every request it gets."""

from __future__ import annotations

import contextlib
import hashlib
import html
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .articles import STORIES
from .pages import MENU, page

LAST_MODIFIED = format_datetime(datetime(2025, 9, 1, 8, 0, tzinfo=UTC), usegmt=True)

ROBOTS = "User-agent: *\nDisallow: /private/\n\nUser-agent: Sinergi\nDisallow: /private/\n"

FAILURES = {
    # path: the words its failure line must contain
    "/hilang": "404",
    "/lambat": "waktu habis",
    "/tetes": "waktu habis",  # a body dripped slower than the timeout allows in all
    "/laporan.pdf": "bukan halaman HTML",
    "/besar": "SINERGI_FETCH_MAX_BYTES",
    "/putar-a": "pengalihan berputar",
    "/indeks": "tidak ada artikel",
    "/private/rahasia": "robots.txt",
    "/selalu-sibuk": "HTTP 503",
    "/feed-rusak.xml": "feed rusak",
    "/sitemap-rusak.xml": "sitemap rusak",
}


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float
    status: int = 0


@dataclass
class Site:
    base: str = ""
    hits: list[Hit] = field(default_factory=list)
    slow_seconds: float = 2.0
    busy_left: dict[str, int] = field(default_factory=lambda: {"/sibuk": 2})
    conditional: bool = True  # answer If-None-Match / If-Modified-Since with 304
    robots_status: int = 200

    def story_urls(self) -> list[str]:
        return [f"{self.base}/{s.slug}" for s in STORIES]

    def pages_hit(self) -> list[Hit]:
        slugs = {f"/{s.slug}" for s in STORIES}
        return [h for h in self.hits if h.path in slugs]


def _feed(base: str) -> str:
    items = "".join(
        f"<item><title>{html.escape(s.title)}</title><link>{base}/{s.slug}</link>"
        f"<guid>{base}/{s.slug}</guid>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(s.published + 'T01:00:00+00:00'))}"
        "</pubDate></item>" for s in STORIES)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Kabar Banua</title><link>{base}/</link><description>Berita daerah"
            f"</description>{items}</channel></rss>")


def _sitemap_index(base: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemap-berita.xml</loc></sitemap></sitemapindex>")


def _sitemap(base: str) -> str:
    urls = "".join(f"<url><loc>{base}/{s.slug}</loc><lastmod>{s.published}</lastmod></url>"
                   for s in STORIES)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')


def _index_page() -> str:
    links = "".join(f'<li><a href="/{s.slug}">{html.escape(s.title)}</a></li>'
                    for s in STORIES)
    menu = "".join(f"<li>{m}</li>" for m in MENU)
    return (f'<html lang="id"><head><title>Indeks Berita</title></head><body><nav><ul>{menu}'
            f"</ul></nav><h1>Indeks Berita</h1><ul>{links}</ul></body></html>")


class Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def handle(self) -> None:
        # the client may give up first (the timeout case)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().handle()

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        hit = Hit(self.path, dict(self.headers.items()), time.monotonic())
        self.site.hits.append(hit)
        if self.path == "/tetes":
            self.drip(page(STORIES[0], self.site.base).encode())
            return
        if self.path == "/besar-tanpa-panjang":  # no Content-Length: read until closed
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>" + b"<p>isi</p>" * 20_000 + b"</body></html>")
            return
        status, headers, body = self.route(self.path)
        hit.status = status
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def route(self, path: str) -> tuple[int, dict[str, str], bytes]:
        base, site = self.site.base, self.site
        stories = {f"/{s.slug}": s for s in STORIES}
        if path == "/robots.txt" and site.robots_status != 200:
            return site.robots_status, {}, b""
        if path in stories:
            return self.cached(page(stories[path], base), "text/html; charset=utf-8")
        simple = {
            "/robots.txt": (ROBOTS, "text/plain"),
            "/feed.xml": (_feed(base), "application/rss+xml"),
            "/sitemap.xml": (_sitemap_index(base), "application/xml"),
            "/sitemap-berita.xml": (_sitemap(base), "application/xml"),
            "/indeks": (_index_page(), "text/html"),
            "/feed-rusak.xml": (_feed(base)[:-40], "application/rss+xml"),
            "/sitemap-rusak.xml": (_sitemap(base).replace("</urlset>", "<url><loc>"),
                                   "application/xml"),
            "/laporan.pdf": ("%PDF-1.4 not really", "application/pdf"),
            "/besar": ("<html><body>" + "<p>isi</p>" * 20_000 + "</body></html>", "text/html"),
            "/private/rahasia": (page(STORIES[0], base), "text/html"),
        }
        if path in ("/feed.xml", "/sitemap-berita.xml"):
            return self.cached(*simple[path])
        if path in simple:
            text, kind = simple[path]
            return 200, {"Content-Type": kind}, text.encode()
        if path == "/lambat":
            time.sleep(site.slow_seconds)
            return 200, {"Content-Type": "text/html"}, page(STORIES[0], base).encode()
        if path == "/cp1252":
            text = page(STORIES[2], base).replace('<meta charset="utf-8">', "")
            text = text.replace("Banjarbaru - ", "Banjarbaru \u2013 ")
            return 200, {"Content-Type": "text/html; charset=windows-1252"}, text.encode("cp1252")
        if path.startswith("/jauh/"):
            return 302, {"Location": f"/jauh/{int(path.rsplit('/', 1)[1]) + 1}"}, b""
        if path in ("/putar-a", "/putar-b"):
            return 302, {"Location": "/putar-b" if path == "/putar-a" else "/putar-a"}, b""
        if path == "/pindah":
            return 301, {"Location": f"/{STORIES[0].slug}"}, b""
        if path == "/sibuk" and site.busy_left["/sibuk"] > 0:
            site.busy_left["/sibuk"] -= 1
            return 503, {"Retry-After": "0"}, b""
        if path == "/sibuk":
            return 200, {"Content-Type": "text/html"}, page(STORIES[1], base).encode()
        if path == "/selalu-sibuk":
            return 503, {}, b""
        return 404, {"Content-Type": "text/html"}, b"<html><body>Tidak ditemukan</body></html>"

    def drip(self, body: bytes) -> None:
        """Every read gets a byte within the timeout, the whole body takes much longer."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for i in range(0, 10):
            self.wfile.write(body[i:i + 1])
            self.wfile.flush()
            time.sleep(0.2)

    def cached(self, text: str, kind: str) -> tuple[int, dict[str, str], bytes]:
        body = text.encode()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        headers = {"Content-Type": kind, "ETag": etag, "Last-Modified": LAST_MODIFIED}
        if self.site.conditional and (self.headers.get("If-None-Match") == etag
                                      or self.headers.get("If-Modified-Since") == LAST_MODIFIED):
            return 304, headers, b""
        return 200, headers, body


def serve() -> tuple[ThreadingHTTPServer, Site]:
    site = Site()
    handler = type("SiteHandler", (Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, site
