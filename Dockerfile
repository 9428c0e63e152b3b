# The Sinergi API (`sinergi serve`); docker-compose.yml runs it next to Neo4j.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# Only what the wheel needs, so edits to tests/docs do not invalidate the install layer.
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install . \
    && useradd --create-home --uid 10001 sinergi

USER sinergi
EXPOSE 8000
CMD ["sinergi", "serve", "--host", "0.0.0.0", "--port", "8000"]
