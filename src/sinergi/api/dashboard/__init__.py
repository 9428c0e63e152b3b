"""The dashboard: server-rendered pages for planners, Bahasa Indonesia first.

One module per page (or family of pages), each with its own ``router``; this
package's ``router`` gathers them for the app. ``render`` holds the one template
environment and the helpers the templates share; templates live in ``templates/``.
"""

from __future__ import annotations

from fastapi import APIRouter

from . import evidence, home, peta, questions, wilayah

router = APIRouter()
for _module in (peta, wilayah, home, evidence, questions):
    router.include_router(_module.router)
