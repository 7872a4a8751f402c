"""What people can do with their data, as plain functions taking a SQLAlchemy ``Session``.

The GUI and the ``coprod`` command line both call these; neither talks to the database itself.
Modules here must not import Qt (a test checks).
"""
