"""The training block's template that ships with Legwork (`resources/programme/block.toml`)."""

from functools import cache

from app.domain.programme.template import Template, parse_template
from app.resources import resource_path


@cache
def block_template() -> Template:
    """The shipped template, read and checked once."""
    return parse_template(resource_path("programme", "block.toml").read_text(encoding="utf-8"))
