"""A queryset compiled to SQL once per connection and run again with other values.

The query that routes to an article reads five tables at once (the page, its
specific row, its picture, its parent type's row and whether it has
translations), and the ids of its topics and related articles. The ORM
takes about a millisecond of processor time to compile it, more than
PostgreSQL takes to run it as a prepared statement.
:class:`CompiledQuery` compiles it the first time, remembers where each
value the caller varies sits among the parameters, and then runs the same
SQL with new values, building the model instances as Django's own
``ModelIterable`` does (the same select-related populators and annotations).
"""

import weakref

from django.db import connections, router
from django.db.models.query import get_related_populators


class CompiledQuery:
    """``build(**values)`` compiled once, then run with other ``values``.

    ``examples`` are one value for each keyword of ``build``, each of which
    must reach the SQL as exactly one parameter, unchanged (an equality on a
    text or integer field): compiling fails otherwise, so a query that
    cannot be reused this way is never run with a wrong value.
    """

    def __init__(self, build, **examples):
        self._build = build
        self._examples = examples
        self._queryset = None  # built once: its model chooses the database
        # One compilation per connection: its converters belong to it.
        self._compiled = weakref.WeakKeyDictionary()

    def objects(self, **values):
        """The model instances the query gives for ``values``."""
        if self._queryset is None:
            self._queryset = self._build(**self._examples)
        alias = router.db_for_read(self._queryset.model)
        connection = connections[alias]
        compiled = self._compiled.get(connection)
        if compiled is None:
            compiled = self._compiled[connection] = _compile(
                self._queryset, alias, self._examples
            )
        sql, params, slots, build_instances = compiled
        params = list(params)
        for name, position in slots.items():
            params[position] = values[name]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return build_instances(rows)


def _compile(queryset, alias, examples):
    """(sql, params, {name: position of its parameter}, rows -> instances)."""
    compiler = queryset.query.get_compiler(using=alias)
    sql, params = compiler.as_sql()
    slots = {}
    for name, example in examples.items():
        positions = [i for i, param in enumerate(params) if param == example]
        if len(positions) != 1:
            raise ValueError(
                f"{name}={example!r} is {len(positions)} parameters of the "
                "compiled query, not one"
            )
        slots[name] = positions[0]
    return sql, tuple(params), slots, _instance_builder(compiler, alias)


def _instance_builder(compiler, alias):
    """A function making model instances from the compiled query's rows as
    ``ModelIterable`` does; what depends only on the query is worked out
    once (the columns, the select-related populators, the converters)."""
    select, klass_info = compiler.select, compiler.klass_info
    annotations = list((compiler.annotation_col_map or {}).items())
    model = klass_info["model"]
    fields = klass_info["select_fields"]
    start, end = fields[0], fields[-1] + 1
    attnames = [column[0].target.attname for column in select[start:end]]
    populators = get_related_populators(klass_info, select, alias)
    columns = compiler.col_count if compiler.has_extra_select else None
    expressions = [column[0] for column in select[: compiler.col_count]]
    converters = compiler.get_converters(expressions)
    composite = compiler.has_composite_fields(expressions)

    def build(rows):
        if columns is not None:  # as execute_sql leaves them out
            rows = [row[:columns] for row in rows]
        if converters:
            rows = compiler.apply_converters(rows, converters)
        if composite:
            rows = compiler.composite_fields_to_tuples(rows, expressions)
        instances = []
        for row in rows:
            instance = model.from_db(alias, attnames, row[start:end])
            for populator in populators:
                populator.populate(row, instance)
            for name, position in annotations:
                setattr(instance, name, row[position])
            instances.append(instance)
        return instances

    return build
