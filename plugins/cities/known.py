"""What is known: the published scores of a city, and of all cities side by side, with the rest
folded away (listed, never drawn). Pure and language-neutral: the pages put it into words."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Area, Assessment, City, CityData, Figure, Method

OVERALL = "overall"  # the overall index, beside the method's areas


@dataclass(frozen=True)
class Folded:
    """One city's scores: the published ones (the overall first, then areas in the method's order)
    and the areas whose score was not published."""

    overall: Figure
    published: tuple[tuple[Area, Figure], ...]  # areas with a published score
    missing: tuple[Area, ...]  # areas without

    @property
    def total(self) -> int:
        """The method's areas (the overall index not counted)."""
        return len(self.published) + len(self.missing)

    @property
    def nothing(self) -> bool:
        """No score at all, neither the overall nor any area."""
        return not self.overall.published and not self.published


def fold(assessment: Assessment, method: Method) -> Folded:
    published: list[tuple[Area, Figure]] = []
    missing: list[Area] = []
    for area in method.areas:
        figure = assessment.area(area.id)
        if figure.published:
            published.append((area, figure))
        else:
            missing.append(area)
    return Folded(assessment.overall, tuple(published), tuple(missing))


@dataclass(frozen=True)
class Matrix:
    """Cities down, scores across: only the columns in which some city has a published score and
    only the cities with at least one of them; the rest named apart."""

    columns: tuple[str, ...]  # OVERALL and/or area ids, the overall first, then the method's order
    rows: tuple[tuple[City, tuple[Figure, ...]], ...]  # a figure per column
    unscored: tuple[City, ...]  # cities without any published score
    empty: tuple[str, ...]  # OVERALL and/or area ids no city has a published score for

    @property
    def empty_areas(self) -> tuple[str, ...]:
        """The method's areas (the overall index not counted) no city has a published score for."""
        return tuple(column for column in self.empty if column != OVERALL)

    @property
    def areas(self) -> int:
        """The method's areas (the overall index not counted)."""
        return len(self.columns) + len(self.empty) - 1


def _figure(city: City, column: str) -> Figure:
    return city.assessment.overall if column == OVERALL else city.assessment.area(column)


def matrix(data: CityData, cities: tuple[City, ...] | None = None) -> Matrix:
    """``cities`` in the order to show them (default: the data's)."""
    cities = data.cities if cities is None else cities
    columns: list[str] = []
    empty: list[str] = []
    for column in (OVERALL, *(area.id for area in data.method.areas)):
        known = any(_figure(city, column).published for city in cities)
        (columns if known else empty).append(column)
    rows: list[tuple[City, tuple[Figure, ...]]] = []
    unscored: list[City] = []
    for city in cities:
        figures = tuple(_figure(city, column) for column in columns)
        if any(figure.published for figure in figures):
            rows.append((city, figures))
        else:
            unscored.append(city)
    return Matrix(tuple(columns), tuple(rows), tuple(unscored), tuple(empty))
