"""Importing an optional dependency, with an error that says what to install.

The core of integra needs only attrs, cattrs and python-stdnum. Bulk screening needs numpy (the
extra ``bulk``), the strategies need hypothesis (the extra ``testing``), and a screening exported
as a DataFrame needs pandas, pyarrow or polars. [`require`][integra._extras.require] imports such
a module and, when it is missing, raises [`MissingExtra`][integra.errors.MissingExtra] naming the
package or extra to install, instead of a bare ``ModuleNotFoundError``.

Examples:
    >>> require("json", "json").dumps([1])
    '[1]'
"""

from __future__ import annotations

import importlib
from types import ModuleType

from integra.errors import MissingExtra

__all__ = ["require"]


def require(module: str, install: str, *, needed_by: str = "") -> ModuleType:
    """Import ``module``, or raise ``MissingExtra`` saying to ``pip install`` ``install``.

    ``install`` is what a user passes to pip: an extra of integra (``"integra-pl[bulk]"``) or a
    package (``"pandas"``). Only the absence of ``module`` itself (or of a package it lies in) is
    turned into ``MissingExtra``; a module that is installed but fails while importing raises
    its own error unchanged.

    Examples:
        >>> import sys
        >>> require("decimal", "decimal").Decimal("1.10")
        Decimal('1.10')
        >>> saved = sys.modules.get("pandas")
        >>> sys.modules["pandas"] = None  # as if pandas were not installed
        >>> try:
        ...     require("pandas", "pandas", needed_by="Screening.to_pandas")
        ... except ImportError as error:
        ...     print(type(error).__name__, "-", error)
        MissingExtra - Screening.to_pandas needs pandas, which is not installed: pip install 'pandas'
        >>> if saved is None:
        ...     del sys.modules["pandas"]
        ... else:
        ...     sys.modules["pandas"] = saved
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        missing = error.name or ""
        if missing != module and not module.startswith(missing + "."):
            raise
        raise MissingExtra(module, install, needed_by=needed_by) from None
