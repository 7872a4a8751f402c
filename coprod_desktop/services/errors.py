"""Errors a service raises for the person using the app to read (never a stack trace)."""

from __future__ import annotations


class ServiceError(Exception):
    """Something the person can understand and act on; ``str()`` is the whole message."""


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    """The record changed since it was opened (someone else saved it first)."""
