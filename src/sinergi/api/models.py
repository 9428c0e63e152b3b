"""Response and request bodies, documented with examples in the OpenAPI schema."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..gate import date_problem


class Health(BaseModel):
    ok: bool = Field(examples=[True])
    backend: str = Field(examples=["neo4j"])
    reachable: bool = Field(examples=[True])
    version: str = Field(examples=["0.1.0"])


class Region(BaseModel):
    key: str = Field(examples=["63.10"])
    name: str | None = Field(None, examples=["Kabupaten Tanah Bumbu"])
    level: str | None = Field(None, examples=["regency"])
    parent: str | None = Field(None, examples=["63"])
    province: str | None = Field(None, examples=["63"])


class Institution(BaseModel):
    key: str = Field(examples=["kanim:batulicin"])
    name: str | None = Field(None, examples=["Kantor Imigrasi Kelas II TPI Batulicin"])
    kind: str | None = Field(None, examples=["KANIM"])
    place: str | None = Field(None, examples=["Batulicin"])
    region: str | None = Field(None, examples=["63.10"])
    province: str | None = Field(None, examples=["63"])
    office_class: str | None = Field(None, examples=["Kelas II TPI"])
    aliases: list[str] | None = Field(None, examples=[["Kanim Batulicin"]])
    status: str | None = Field(None, examples=["accepted"])


class Agreement(BaseModel):
    key: str = Field(examples=["agreement:3f2a9c1b7d40"])
    kind: str | None = Field(None, examples=["PKS"])
    coop_type: str | None = Field(None, examples=["VERTICAL"],
                                  description="Cooperation type derived from the parties.")
    status: str | None = Field(None, examples=["signed"])
    title: str | None = Field(None, examples=["PKS pelayanan paspor"])
    signed_on: str | None = Field(None, examples=["2024-05-14"])
    valid_until: str | None = Field(None, examples=["2029-05-14"])
    topics: list[str] | None = Field(None, examples=[["PASSPORT_SERVICE"]])
    review: str | None = Field(None, examples=["accepted"])
    parties: list[str] = Field(default_factory=list)
    party_keys: list[str] = Field(default_factory=list, examples=[["kanim:batulicin"]])
    regions: list[str] = Field(default_factory=list, examples=[["63.10"]])


class Meeting(BaseModel):
    key: str = Field(examples=["meeting:9b1c04e2aa51"])
    kind: str | None = Field(None, examples=["COORDINATION"])
    date: str | None = Field(None, examples=["2024-03-05"])
    venue: str | None = Field(None, examples=["Aula Bupati Tanah Bumbu"])
    topic: str | None = Field(None, examples=["TIMPORA"])
    review: str | None = Field(None, examples=["accepted"])
    region: str | None = Field(None, examples=["63.10"])
    participants: list[str] = Field(default_factory=list)
    participant_keys: list[str] = Field(default_factory=list, examples=[["pemkab:63.10"]])


class Evidence(BaseModel):
    fact: str | None = Field(None, examples=["agreement:3f2a9c1b7d40"])
    target: str | None = Field(None, examples=["agreement:3f2a9c1b7d40"])
    source: str = Field(examples=["article:1c9e0d5a6b7f8a90"])
    source_kind: str = Field(examples=["article"])
    url: str | None = Field(None, examples=["https://berita.example/pks-paspor"])
    title: str | None = None
    publisher: str | None = None
    published: str | None = Field(None, examples=["2024-05-15"])
    file: str | None = Field(None, examples=["rencana-2025.xlsx"])
    sheet: str | None = None
    row: int | None = Field(None, examples=[7])
    evidence: str | None = Field(None, examples=["Kedua pihak menandatangani PKS ..."])
    char_start: int | None = None
    char_end: int | None = None
    extractor: str | None = Field(None, examples=["sinergi-rules/1"])
    confidence: float | None = Field(None, examples=[0.9])
    status: str | None = Field(None, examples=["accepted"])


class Page(BaseModel):
    """One page of a list: ``total`` rows match in all; ``next`` links to the next page
    (absent on the last one)."""

    total: int = Field(examples=[132])
    limit: int = Field(examples=[50])
    offset: int = Field(examples=[0])
    next: str | None = Field(None, examples=["/api/v1/regions?limit=50&offset=50"])


class RegionPage(Page):
    items: list[Region]


class InstitutionPage(Page):
    items: list[Institution]


class AgreementPage(Page):
    items: list[Agreement]


class MeetingPage(Page):
    items: list[Meeting]


class EvidenceList(BaseModel):
    key: str = Field(examples=["pemkab:63.10"])
    items: list[Evidence]


class Table(BaseModel):
    """A question's answer: its columns and its rows (objects keyed by column)."""

    name: str = Field(examples=["coverage"])
    columns: list[str] = Field(examples=[["region", "name", "status"]])
    rows: list[dict[str, Any]]
    # List questions (limit/offset) only: all matching rows, this page, the next one.
    total: int | None = Field(None, examples=[59])
    limit: int | None = Field(None, examples=[50])
    offset: int | None = Field(None, examples=[0])
    next: str | None = Field(None, examples=["/api/v1/queries/list-regions?offset=50"])


class Profile(BaseModel):
    """An institution and the rows of the ``institution`` question about it."""

    institution: Institution
    columns: list[str]
    rows: list[dict[str, Any]]


class ParamInfo(BaseModel):
    name: str = Field(examples=["province"])
    type: str = Field(examples=["province"])
    required: bool = Field(examples=[True])
    default: Any = None
    doc: str = Field(examples=["province code or name"])


class QueryInfo(BaseModel):
    name: str = Field(examples=["coverage"])
    title: str = Field(examples=["Coverage of a topic in a province"])
    description: str = ""
    params: list[ParamInfo]
    columns: list[str]


class GraphData(BaseModel):
    view: str = Field(examples=["province"])
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=500, examples=["kalsel-2024-05-14-pks"])
    text: str = Field(min_length=1, examples=["Kantor Imigrasi Batulicin dan Pemkab ..."])
    url: str | None = Field(None, max_length=2000, examples=["https://berita.example/pks"])
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", examples=["2024-05-14"])

    @field_validator("published")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        # The pattern lets 2026-13-45 and 0000-00-00 through; never store them.
        if value is not None and (problem := date_problem(value)):
            raise ValueError(problem)
        return value


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=1000)


class IngestReport(BaseModel):
    ok: bool = True
    articles_loaded: int = Field(examples=[1])
    articles_unchanged: int = Field(examples=[0])
    errors: list[str] = Field(default_factory=list)
    created: dict[str, int] = Field(default_factory=dict, examples=[{"Agreement": 1}])
