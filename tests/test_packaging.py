"""Tests of the distribution: one version, read from the installed metadata, under the
distribution's own name."""

from __future__ import annotations

from importlib import metadata

import pytest

import integra


def test_version_is_the_installed_metadata() -> None:
    assert integra.__version__ == metadata.version("integra-pl")
    from integra import __version__

    assert __version__ == integra.__version__


def test_metadata_names_the_license_and_languages() -> None:
    meta = metadata.metadata("integra-pl")
    classifiers = meta.get_all("Classifier") or []
    assert "License :: OSI Approved :: MIT License" in classifiers
    assert {"Natural Language :: Polish", "Natural Language :: English"} <= set(classifiers)


def test_unknown_attribute_is_still_an_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = integra.no_such_name
