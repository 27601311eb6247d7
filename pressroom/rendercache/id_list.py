"""A list of ids read as one column of an outer query, on PostgreSQL and SQLite.

The query that routes to an article can bring along the ids that its render
would otherwise read in queries of their own (its topics, its related
articles): each such query costs a round trip to the database and the
cursor's work in Python, more than the database takes to answer it.
:class:`IdList` is a subquery giving one column of its rows as a Python
list, in the subquery's order: ``ARRAY(…)`` on PostgreSQL, a JSON array on
SQLite (``json_group_array``).
"""

import json

from django.db import NotSupportedError, models
from django.db.models import F, Subquery


class IdListField(models.Field):
    """The output of :class:`IdList`: a list, however the database gives it."""

    def from_db_value(self, value, expression, connection):
        if value is None:
            return []
        if isinstance(value, str):  # SQLite: a JSON array
            return json.loads(value)
        return list(value)


class IdList(Subquery):
    """The ``field`` column of ``queryset``'s rows as a list, in its order.

    ``queryset`` is usually correlated with the outer query
    (``filter(page=OuterRef("pk"))``); no rows give an empty list.
    """

    output_field = IdListField()

    def __init__(self, queryset, field):
        super().__init__(queryset.values(listed=F(field)))

    def as_sql(self, compiler, connection, template=None, **extra_context):
        raise NotSupportedError(f"IdList has no SQL for {connection.vendor}")

    def as_sqlite(self, compiler, connection, **extra_context):
        # SQLite documents an aggregate's order as arbitrary; in practice it
        # aggregates a FROM subquery with ORDER BY in that order (the
        # related-articles test checks it). json_group_array(… ORDER BY …)
        # needs SQLite 3.44.
        template = "(SELECT json_group_array(listed) FROM (%(subquery)s))"
        return super().as_sql(compiler, connection, template, **extra_context)

    def as_postgresql(self, compiler, connection, **extra_context):
        template = "ARRAY(%(subquery)s)"
        return super().as_sql(compiler, connection, template, **extra_context)
