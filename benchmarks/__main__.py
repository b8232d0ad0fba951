"""``make bench``: ``python -m benchmarks [NAMES] [--quick] [--rounds N]``."""

import sys

from benchmarks.run import main

sys.exit(main())
