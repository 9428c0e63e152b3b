"""The planners' questions: named Cypher files, their registry, and typed wrappers.

See ``registry`` (how a question runs), ``header`` (the header format of a
``cypher/NAME.cypher`` file) and ``docs/queries.md`` (every question).
"""
