"""What every table shares: the declarative base, constraint names and choice columns.

Every change to a model needs an Alembic migration in ``storage/migrations/versions``; a test
compares the models with the migrated schema so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Enum, MetaData
from sqlalchemy.orm import DeclarativeBase

from coprod_desktop.vocabulary import Choice

# Named constraints make migrations reproducible on SQLite (batch mode recreates tables by name)
# and on PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Key in a schema object's ``info``: the one database kind it exists on (see include_object).
ONLY_ON = "only_on"


def include_object_for(dialect_name: str) -> Callable[..., bool]:
    """For Alembic's comparisons: leave out objects made only on another kind of database."""

    def include_object(obj: object, *_args: object) -> bool:
        info = getattr(obj, "info", None) or {}
        only_on = info.get(ONLY_ON)
        return only_on is None or only_on == dialect_name

    return include_object


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def choice_column(enum_class: type[Choice], name: str) -> Enum:
    """A string column limited to the enum's values by a CHECK constraint."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )
