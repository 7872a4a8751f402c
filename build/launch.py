"""Entry script for the frozen app built by build/coprod-desktop.spec."""

import sys

from coprod_desktop.__main__ import main

sys.exit(main())
