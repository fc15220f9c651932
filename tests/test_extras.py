"""A missing optional dependency raises ``MissingExtra`` naming what to install."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integra import IntegraError
from integra._extras import require
from integra.errors import MissingExtra


def _without(module: str, statement: str) -> subprocess.CompletedProcess[str]:
    """Run ``statement`` in a fresh interpreter where ``module`` cannot be imported."""
    program = textwrap.dedent(
        f"""
        import sys
        sys.modules[{module!r}] = None
        try:
            {statement}
        except ImportError as error:
            print(type(error).__name__, isinstance(error, {IntegraError.__name__}), error.name)
            print(error)
            print(error.__cause__, error.__suppress_context__)
        """
    )
    prelude = f"from integra import {IntegraError.__name__}\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + program],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )


def test_bulk_without_numpy_names_the_bulk_extra() -> None:
    out = _without("numpy", "import integra.bulk").stdout.splitlines()
    assert out == [
        "MissingExtra True numpy",
        "integra.bulk needs numpy, which is not installed: pip install 'integra-pl[bulk]'",
        "None True",
    ]


def test_a_bulk_module_imported_directly_names_the_extra_too() -> None:
    out = _without("numpy", "from integra.bulk.frame import Frame").stdout.splitlines()
    assert (
        out[1] == "integra.bulk needs numpy, which is not installed: pip install 'integra-pl[bulk]'"
    )


def test_strategies_without_hypothesis_name_the_testing_extra() -> None:
    out = _without("hypothesis", "import integra.strategies").stdout.splitlines()
    assert out == [
        "MissingExtra True hypothesis",
        "integra.strategies needs hypothesis, which is not installed: "
        "pip install 'integra-pl[testing]'",
        "None True",
    ]


def test_the_core_imports_without_either_extra() -> None:
    program = (
        "import sys\n"
        "sys.modules['numpy'] = sys.modules['hypothesis'] = None\n"
        "import integra, integra.rules, integra.programmes, integra.outcomes\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout == "ok\n"


@pytest.mark.parametrize("package", ["pandas", "pyarrow", "polars"])
def test_a_missing_dataframe_library_is_named(
    package: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, package, None)
    with pytest.raises(MissingExtra) as caught:
        require(package, package, needed_by=f"Screening.to_{package}")
    assert str(caught.value) == (
        f"Screening.to_{package} needs {package}, which is not installed: pip install '{package}'"
    )
    assert caught.value.name == package
    assert caught.value.install == package
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_an_installed_module_is_returned() -> None:
    import decimal

    assert require("decimal", "decimal") is decimal
    assert require("os.path", "os").join("a", "b") in {"a/b", "a\\b"}


def test_a_missing_parent_package_counts_as_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    # A package no test imports: its submodule cannot be cached from an earlier import.
    monkeypatch.setitem(sys.modules, "integra_absent_parent", None)
    with pytest.raises(
        MissingExtra, match=r"^integra_absent_parent.child is needed, which is not installed"
    ):
        require("integra_absent_parent.child", "integra_absent_parent")


def test_an_installed_module_that_fails_inside_keeps_its_own_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A module that is found but imports something else that is missing is a broken install,
    # not a missing extra: its error is not replaced.
    monkeypatch.setitem(sys.modules, "integra_test_dependency", None)
    monkeypatch.setattr(
        "importlib.import_module",
        lambda name: __import__("integra_test_dependency"),
    )
    with pytest.raises(ModuleNotFoundError) as caught:
        require("json", "json")
    assert not isinstance(caught.value, MissingExtra)
    assert caught.value.name == "integra_test_dependency"


_NAMES = st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True).map(lambda s: f"integra_absent_{s}")


@given(_NAMES, st.sampled_from(["integra-pl[bulk]", "integra-pl[testing]", "pandas"]))
def test_any_absent_module_is_a_missing_extra_naming_the_install(name: str, install: str) -> None:
    with pytest.raises(MissingExtra) as caught:
        require(name, install)
    assert isinstance(caught.value, IntegraError)
    assert isinstance(caught.value, ImportError)
    assert str(caught.value) == f"{name} is needed, which is not installed: pip install '{install}'"
