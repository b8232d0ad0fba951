"""Optional dependencies: one clear line naming the extra to install when one is missing.

The extras are declared in ``pyproject.toml`` (``plot``: matplotlib for ``kg network
--plot``; ``dask``: Dask distributed for ``kg build --engine dask``).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from kg.errors import UsageError

__all__ = ["EXTRAS", "require"]

# module -> (the extra that installs it, the package users know it by)
EXTRAS: dict[str, tuple[str, str]] = {
    "matplotlib": ("plot", "matplotlib"),
    "dask.distributed": ("dask", "Dask distributed"),
}


def require(module: str, feature: str) -> ModuleType:
    """Import ``module`` or raise a UsageError (exit 2): "FEATURE needs PACKAGE, which is
    not installed: pip install 'company-kg[EXTRA]'"."""
    try:
        return importlib.import_module(module)
    except ImportError:
        extra, package = EXTRAS[module]
        raise UsageError(
            f"{feature} needs {package}, which is not installed: pip install 'company-kg[{extra}]'"
        ) from None
