"""The Qt user interface: the only package that imports PySide6.

Screens are thin: they lay out a Designer form (``forms/``, generated from ``../ui``), call
the services and show the results. Anything slow runs through ``jobs.run_job``.
"""
