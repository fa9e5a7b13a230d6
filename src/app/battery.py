"""The built-in test battery as shipped in `resources/tests/`, with its references."""

from functools import cache

from app.domain.assessments.definition_file import load_battery
from app.domain.assessments.definitions import TestDefinition
from app.resources import resource_path


@cache
def builtin_tests() -> tuple[TestDefinition, ...]:
    """The battery's tests in testing-day order, loaded and checked once per process."""
    return tuple(
        load_battery(resource_path("tests"), resource_path("assessment-references.toml"))
    )
