"""Sentences the domain says to a person, kept as values: a template and what fills it.

The domain never translates. `str(message)` is the English sentence, which the
command line and the printed sheets use as it is; the UI looks the same
template up in Qt's translations (`app.ui.shell.messages`) and fills it in,
so a rule's reason reads in the user's language without the rule knowing Qt.

Templates use `str.format` fields (``{reps}``, ``{load:g}``); a value that is
an enum the UI has words for (a `Side`) is rendered by the UI in its words.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Message:
    """One sentence: an English `template` and the `values` its fields take."""

    template: str
    values: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def __str__(self) -> str:
        """The sentence in English, filled in."""
        return self.template.format(**self.values) if self.values else self.template


def message(template: str, **values: object) -> Message:
    """A `Message` from a template and its values: ``message("Got {n}.", n=3)``."""
    return Message(template, MappingProxyType(dict(values)))
