"""Find shipped data files (exercises, sounds, icons) wherever Legwork runs from.

An installed wheel carries them inside the package as ``app/resources``; a
source checkout keeps them at the top level in ``resources/``. This is the only
place that knows the difference.
"""

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def resources_root() -> Path:
    """The folder that holds `exercises/`, `sounds/`, `icons/` and the rest."""
    packaged = Path(str(resources.files("app"))) / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"Legwork's resources are missing: looked in {packaged} and {checkout}."
    )


def resource_path(*parts: str) -> Path:
    """Path of one shipped file, e.g. ``resource_path("sounds", "rep.wav")``."""
    return resources_root().joinpath(*parts)
