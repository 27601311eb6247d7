"""One column of the rows matching a few equalities, read without the ORM's compiler.

A render reads a few short lists of ids for the page it shows (an article's
topics, its related articles, a page's translations). Compiling each such
query with the ORM costs about half a millisecond of processor time, more
than the database takes to answer; :func:`column_values` writes the same
plain ``SELECT`` from the model's own table and column names, with the
values passed as parameters, prepared by each field for the database as the
ORM prepares them.
"""

from django.db import connections, router


def column_values(model, field_name, order_by=(), **equal):
    """The ``field_name`` column of ``model``'s rows whose fields equal ``equal``.

    ``field_name`` and the keys of ``equal`` are field names (a foreign key
    gives its id column); ``order_by`` names fields to sort by, ascending.
    Returns a list of the column's values as the database gives them.
    """
    connection = connections[router.db_for_read(model)]
    meta = model._meta
    quote = connection.ops.quote_name

    def column(name):
        return quote(meta.get_field(name).column)

    conditions, params = [], []
    for name, value in equal.items():
        field = meta.get_field(name)
        target = getattr(field, "target_field", field)
        conditions.append(f"{column(name)} = %s")
        params.append(target.get_db_prep_value(value, connection))
    # Names from the model, quoted by the database backend; values as parameters.
    sql = f"SELECT {column(field_name)} FROM {quote(meta.db_table)}"  # noqa: S608
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    if order_by:
        sql += " ORDER BY " + ", ".join(column(name) for name in order_by)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]
