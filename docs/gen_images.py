"""Draw the pictures of the documentation while the site is built (an mkdocs hook).

``mkdocs.yml`` lists this file under ``hooks:``. On every build, ``on_files`` draws each picture
of ``PICTURES`` with matplotlib's non-interactive Agg backend and adds it to the site as a
generated file, so the pages link to it as to any other file (the strict build checks those
links) and no drawn image is kept in the repository:

* ``images/timeline.png``, on "Eligibility over time": one person's facts and verdicts,
  ``integra.charts.plot_timeline``;
* ``images/act-2025-transitions.png``, on "What changes if the law changes": the transitions of
  long-term unemployment on 2025-06-01 between the act on employment promotion (UPZ) and the
  labour-market act (URP), ``Comparison.plot()``.

Each picture is drawn by the same code as the example printed on its page. Importing this
module has no side effects: it reads, draws and writes nothing until mkdocs calls ``on_files``.

Example:
    >>> sorted(PICTURES)
    ['images/act-2025-transitions.png', 'images/timeline.png']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["PICTURES", "act_2025_figure", "on_files", "png", "timeline_figure"]


def timeline_figure() -> Any:
    """The picture of "Eligibility over time": a client registered from 2023-02-01, with an
    internship, two social-assistance awards, a disability certificate and a move out of the
    revitalisation area, under four rules from 2023 to 2025.

    Example:
        >>> [ax.get_title(loc="left") for ax in timeline_figure().axes]
        ['facts', 'eligibility']
    """
    from datetime import date

    from integra import (
        Address,
        BenefitAward,
        BenefitKind,
        DateRange,
        ExcludedPeriod,
        ExclusionKind,
        Person,
        Registration,
        Residence,
        Sex,
    )
    from integra.bulk.generate import EXAMPLE_AREA
    from integra.charts import plot_timeline
    from integra.labels import Label
    from integra.people import CertificateSource, DisabilityCertificate, DisabilityDegree
    from integra.rules import (
        LONG_TERM_UNEMPLOYED,
        RECEIVES_SOCIAL_ASSISTANCE,
        SIGNIFICANT_OR_MODERATE_DISABILITY,
        ResidesInArea,
        all_of,
        any_of,
    )

    internship = ExcludedPeriod(
        ExclusionKind.INTERNSHIP, DateRange(date(2023, 9, 1), date(2024, 2, 29))
    )
    client = Person(
        date(1972, 5, 10),
        Sex.FEMALE,
        registrations=[Registration(DateRange(date(2023, 2, 1)), exclusions=[internship])],
        benefit_awards=[
            BenefitAward(
                BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2024, 3, 1), date(2024, 8, 31))
            ),
            BenefitAward(
                BenefitKind.PURPOSIVE_ALLOWANCE, DateRange(date(2024, 11, 1), date(2024, 11, 30))
            ),
        ],
        certificates=[
            DisabilityCertificate(
                CertificateSource.DEGREE,
                date(2024, 5, 6),
                DateRange(date(2024, 5, 6), date(2026, 5, 31)),
                degree=DisabilityDegree.MODERATE,
            )
        ],
        residences=[
            Residence(
                Address(gmina="Wałbrzych", street="Główna", house_number="15"),
                DateRange(date(2020, 1, 1), date(2024, 12, 31)),
            ),
            Residence(
                Address(gmina="Wałbrzych", street="Wysockiego", house_number="3"),
                DateRange(date(2025, 1, 1)),
            ),
        ],
    )
    call = all_of(
        any_of(
            LONG_TERM_UNEMPLOYED,
            RECEIVES_SOCIAL_ASSISTANCE,
            SIGNIFICANT_OR_MODERATE_DISABILITY,
            name="call_groups",
        ),
        ResidesInArea(EXAMPLE_AREA),
        name="regional_call",
        label=Label(pl="nabór regionalny (przykład)", en="regional call (an illustration)"),
    )
    rules = [LONG_TERM_UNEMPLOYED, RECEIVES_SOCIAL_ASSISTANCE, SIGNIFICANT_OR_MODERATE_DISABILITY]
    return plot_timeline(client, [*rules, call], date(2023, 1, 1), date(2025, 12, 31))


def act_2025_figure() -> Any:
    """The picture of "What changes if the law changes": the transition chart of long-term
    unemployment over the synthetic caseload, the facts of 2025-06-01 under the law of
    2025-05-31 and of 2025-06-01.

    Example:
        >>> [ax.get_title() for ax in act_2025_figure().axes]
        ['long_term_unemployed: 5 of 20000 changed']
    """
    from datetime import date

    from integra.bulk import compare, generate
    from integra.rules import LONG_TERM_UNEMPLOYED

    acts = compare(
        [LONG_TERM_UNEMPLOYED],
        [LONG_TERM_UNEMPLOYED],
        generate(20_000, seed=1),
        date(2025, 6, 1),
        baseline_law_on=date(2025, 5, 31),
        variant_law_on=date(2025, 6, 1),
    )
    return acts.plot()


PICTURES: dict[str, Callable[[], Any]] = {
    "images/timeline.png": timeline_figure,
    "images/act-2025-transitions.png": act_2025_figure,
}
"""The pictures drawn into the site, by their path in it."""


def png(figure: Any, dpi: int = 100) -> bytes:
    """``figure`` as PNG bytes, drawn by the Agg backend whatever backend is configured.

    Example:
        >>> from matplotlib.figure import Figure
        >>> png(Figure(figsize=(1, 1)))[:4]
        b'\\x89PNG'
    """
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)  # the figure is drawn by this canvas from now on
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi, metadata={"Software": None})
    return out.getvalue()


def on_files(files: Any, config: Any) -> Any:
    """The mkdocs event: add every picture of ``PICTURES`` to the site's files.

    Example:
        >>> import tempfile
        >>> from mkdocs.config.defaults import MkDocsConfig
        >>> from mkdocs.structure.files import Files
        >>> config = MkDocsConfig()
        >>> config.load_dict({"site_name": "x", "docs_dir": tempfile.mkdtemp(), "site_dir": tempfile.mkdtemp(),
        ...                   "hooks": [__file__]})
        >>> config.validate()
        ([], [])
        >>> sorted(f.src_uri for f in config.plugins.on_files(Files([]), config=config))
        ['images/act-2025-transitions.png', 'images/timeline.png']
    """
    from mkdocs.structure.files import File

    for path, draw in PICTURES.items():
        files.append(File.generated(config, path, content=png(draw())))
    return files
