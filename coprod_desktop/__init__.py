"""coprod-desktop: a register of the people who co-produce services with a community group.

The package is split so that everything except ``coprod_desktop.gui`` can run without Qt:
``storage`` (database), ``services`` (what users can do), ``exports`` (files for other programs)
and ``cli`` (the ``coprod`` command). The GUI is a thin layer over the same services.
"""

__version__ = "0.1.0"
APP_NAME = "coprod-desktop"
