"""HTML of the fixture news site: two layouts real Indonesian news sites use (a portal
with <nav>/<aside>, and a WordPress theme of <div>s with widget classes), each with a
menu, breadcrumbs, share buttons, an inline "Baca juga" link, a related-links list
and reader comments around the article."""

from __future__ import annotations

import html
import json

from .articles import Story

MENU = ("Beranda", "Politik", "Ekonomi", "Olahraga", "Indeks Berita")
RELATED = ("Harga Cabai Rawit Melonjak Jelang Idul Adha",
           "Pemkot Banjarmasin Resmikan Taman Siring Baru",
           "Dinas Pariwisata Gelar Festival Pasar Terapung")
COMMENTS = ("Mantap, semoga orang asing ilegal cepat ditindak",
            "Kapan gerai di Martapura dibuka, Pak?")


def _date_head(story: Story, base: str) -> str:
    url = f"{base}/{story.slug}"
    if story.dated_by == "meta":
        return (f'<meta property="article:published_time" '
                f'content="{story.published}T09:15:00+08:00">')
    if story.dated_by == "jsonld":
        data = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "Kabar Banua", "url": base},
            {"@type": "NewsArticle", "headline": story.title, "url": url,
             "datePublished": f"{story.published}T14:02:11+08:00",
             "dateModified": "2025-09-30T08:00:00+08:00"}]}
        return f'<script type="application/ld+json">{json.dumps(data)}</script>'
    return ""


def _paragraphs(story: Story) -> str:
    first, *rest = (f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    related = (f'<p><strong>Baca juga:</strong> <a href="/lain/1">{html.escape(RELATED[0])}'
               "</a></p>")
    return "\n".join([first, related, *rest])


def portal(story: Story, base: str) -> str:
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    related = "".join(f'<li><a href="/lain/{i}">{html.escape(t)}</a></li>'
                      for i, t in enumerate(RELATED))
    comments = "".join(f'<li class="comment"><b>Warga {i}</b><p>{html.escape(c)}</p></li>'
                       for i, c in enumerate(COMMENTS))
    byline = (f'<time itemprop="datePublished" datetime="{story.published}T07:30:00+08:00">'
              f"{story.published}</time>" if story.dated_by == "itemprop" else "")
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="utf-8">
<title>{html.escape(story.title)} - Kabar Banua</title>
<link rel="canonical" href="{base}/{story.slug}">
<meta property="og:title" content="{html.escape(story.title)}">
{_date_head(story, base)}
</head><body>
<header><div class="logo">Redaksi Kabar Banua</div><nav><ul>{menu}</ul></nav></header>
<div class="breadcrumb"><a href="/">Beranda</a> &raquo; <a href="/daerah">Daerah</a></div>
<main><article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">{html.escape(story.title)}</h1>
<div class="byline">Oleh Tim Redaksi {byline}</div>
<div class="share"><a href="#">Bagikan ke Facebook</a> <a href="#">Bagikan ke WhatsApp</a></div>
<div class="article-body" itemprop="articleBody">
{_paragraphs(story)}
</div>
</article>
<aside class="related-posts"><h3>Berita Terkait</h3><ul>{related}</ul></aside>
<section id="comments" class="comments"><h3>Komentar</h3><ol>{comments}</ol></section>
</main>
<footer><p>&copy; 2025 Redaksi Kabar Banua. Hak cipta dilindungi.</p>
<ul>{menu}</ul></footer>
</body></html>"""


def wordpress(story: Story, base: str) -> str:
    menu = "".join(f'<div class="menu-item"><a href="/{m.lower()}">{m}</a></div>' for m in MENU)
    related = "".join(f'<div class="jp-relatedposts-post"><a href="/lain/{i}">'
                      f"{html.escape(t)}</a></div>" for i, t in enumerate(RELATED))
    comments = "".join(f'<div class="comment-body"><div class="comment-author">Pembaca {i}'
                       f'</div><div class="comment-content"><p>{html.escape(c)}</p></div></div>'
                       for i, c in enumerate(COMMENTS))
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{html.escape(story.title)} | Kabar Banua</title>
<link rel="canonical" href="{base}/{story.slug}">
{_date_head(story, base)}
</head><body class="single-post">
<div id="masthead"><div class="site-title">Redaksi Kabar Banua</div>
<div class="main-navigation">{menu}</div></div>
<div id="content"><div class="td-post-header">
<h1 class="entry-title">{html.escape(story.title)}</h1></div>
<div class="sharedaddy sd-sharing"><span>Bagikan ke WhatsApp</span>
<span>Bagikan ke Twitter</span></div>
<div class="entry-content td-post-content">
{_paragraphs(story)}
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Terkait</h3>{related}</div>
</div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 tanggapan</h2>{comments}</div>
</div>
<div id="secondary" class="widget-area"><div class="widget"><h2>Terpopuler</h2>
<a href="/lain/2">{html.escape(RELATED[2])}</a></div></div>
<div id="colophon">Redaksi Kabar Banua</div>
</body></html>"""


def page(story: Story, base: str) -> str:
    return (portal if story.layout == "portal" else wordpress)(story, base)
