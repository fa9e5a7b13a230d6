"""Colour maths for checking the side colours: colour-vision simulation, ΔE and contrast.

Pure Python, no Qt, so the tests can check the theme's colours exactly. The
simulation uses the Machado, Oliveira and Fernandes (2009) matrices at severity
1.0 (complete dichromacy), applied in linear sRGB; differences are CIEDE2000 on
CIE L*a*b* (D65); contrast is the WCAG 2 ratio.
"""

import math
from dataclasses import dataclass
from enum import StrEnum

Rgb = tuple[float, float, float]
Matrix = tuple[Rgb, Rgb, Rgb]


class Deficiency(StrEnum):
    """The three common dichromacies: missing red, green or blue cones."""

    PROTANOPIA = "protanopia"
    DEUTERANOPIA = "deuteranopia"
    TRITANOPIA = "tritanopia"


# Machado et al. 2009, Table 1, severity 1.0 (linear RGB in, linear RGB out).
MACHADO_MATRICES: dict[Deficiency, Matrix] = {
    Deficiency.PROTANOPIA: (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    Deficiency.DEUTERANOPIA: (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    Deficiency.TRITANOPIA: (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


@dataclass(frozen=True)
class Lab:
    """A colour in CIE L*a*b* (D65 white)."""

    l: float  # noqa: E741 - the standard name of the lightness axis
    a: float
    b: float


def parse_hex(colour: str) -> Rgb:
    """`#rrggbb` to sRGB components in 0…1; raises ValueError for anything else."""
    text = colour.strip().removeprefix("#")
    if len(text) != 6:
        raise ValueError(f"Not a #rrggbb colour: {colour!r}")
    try:
        value = int(text, 16)
    except ValueError:
        raise ValueError(f"Not a #rrggbb colour: {colour!r}") from None
    return ((value >> 16 & 0xFF) / 255, (value >> 8 & 0xFF) / 255, (value & 0xFF) / 255)


def to_linear(rgb: Rgb) -> Rgb:
    """sRGB (gamma-encoded) to linear light."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (channel(rgb[0]), channel(rgb[1]), channel(rgb[2]))


def to_srgb(linear: Rgb) -> Rgb:
    """Linear light to sRGB, clamped into gamut."""

    def channel(c: float) -> float:
        c = min(1.0, max(0.0, c))
        return c * 12.92 if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055

    return (channel(linear[0]), channel(linear[1]), channel(linear[2]))


def simulate(rgb: Rgb, deficiency: Deficiency) -> Rgb:
    """How an sRGB colour looks to someone with a complete dichromacy (sRGB out)."""
    linear = to_linear(rgb)
    rows = MACHADO_MATRICES[deficiency]
    mixed = tuple(sum(m * c for m, c in zip(row, linear, strict=True)) for row in rows)
    return to_srgb((mixed[0], mixed[1], mixed[2]))


def relative_luminance(rgb: Rgb) -> float:
    """WCAG relative luminance of an sRGB colour (0 black … 1 white)."""
    r, g, b = to_linear(rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: Rgb, second: Rgb) -> float:
    """WCAG contrast ratio between two sRGB colours, 1 … 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def to_lab(rgb: Rgb) -> Lab:
    """sRGB to CIE L*a*b* with the D65 white point."""
    r, g, b = to_linear(rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e_2000(first: Lab, second: Lab) -> float:
    """CIEDE2000 colour difference (about 2 is just noticeable; 20+ is plainly different)."""
    c1 = math.hypot(first.a, first.b)
    c2 = math.hypot(second.a, second.b)
    c_mean = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1, a2 = first.a * (1 + g), second.a * (1 + g)
    c1p, c2p = math.hypot(a1, first.b), math.hypot(a2, second.b)
    h1p = math.degrees(math.atan2(first.b, a1)) % 360
    h2p = math.degrees(math.atan2(second.b, a2)) % 360

    dl = second.l - first.l
    dc = c2p - c1p
    if c1p * c2p == 0:
        dh_angle = 0.0
    elif abs(h2p - h1p) <= 180:
        dh_angle = h2p - h1p
    else:
        dh_angle = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    dh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh_angle / 2))

    l_mean = (first.l + second.l) / 2
    cp_mean = (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rc = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    rt = -math.sin(math.radians(2 * 30 * math.exp(-(((h_mean - 275) / 25) ** 2)))) * rc
    return math.sqrt(
        (dl / sl) ** 2 + (dc / sc) ** 2 + (dh / sh) ** 2 + rt * (dc / sc) * (dh / sh)
    )


def side_difference(left: str, right: str, deficiency: Deficiency | None) -> float:
    """CIEDE2000 between two hex colours as seen with a deficiency (None: typical vision)."""
    a, b = parse_hex(left), parse_hex(right)
    if deficiency is not None:
        a, b = simulate(a, deficiency), simulate(b, deficiency)
    return delta_e_2000(to_lab(a), to_lab(b))
