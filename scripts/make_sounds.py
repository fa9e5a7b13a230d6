"""Synthesise Legwork's audio cues as small WAV files.

Every cue is built from plain sine tones with the standard library only
(``wave``, ``math``, ``struct``), so the output is byte-for-byte identical on
every run. Files are 16-bit mono PCM at 44.1 kHz, 60-400 ms long, with a 5 ms
fade at the start and end of every note (no clicks) and a peak of about
-6 dBFS.

Usage::

    python scripts/make_sounds.py [OUTPUT_DIR]

OUTPUT_DIR defaults to ``resources/sounds`` next to this script's parent folder.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44_100
"""Samples per second."""

PEAK_DBFS = -6.0
"""Target peak level of every cue, in dB relative to full scale."""

FADE_SECONDS = 0.005
"""Length of the fade applied at both ends of every note."""

FULL_SCALE = 32_767
"""Largest positive 16-bit sample value."""

DEFAULT_OUTPUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"
"""Where the WAV files go when no directory is given on the command line."""


@dataclass(frozen=True)
class Note:
    """One tone inside a cue.

    Attributes:
        freq: Starting frequency in Hz.
        start: Offset from the start of the cue, in seconds.
        duration: Length of the note, in seconds.
        end_freq: Final frequency in Hz for an exponential sweep; ``None`` keeps
            the pitch steady.
        decay: Exponential decay rate per second (0 means a flat sustain).
        overtone: Level of the second harmonic relative to the fundamental,
            which adds a little brightness.
        level: Relative loudness of this note within the cue before the whole
            cue is normalised to the target peak.
    """

    freq: float
    start: float
    duration: float
    end_freq: float | None = None
    decay: float = 0.0
    overtone: float = 0.0
    level: float = 1.0


CUES: dict[str, tuple[Note, ...]] = {
    # Neutral tick for the count-in: very short, fast decay, mid pitch.
    "count_in": (Note(freq=1000.0, start=0.0, duration=0.07, decay=35.0, overtone=0.15),),
    # Start of the lowering phase: a clear, higher, sustained tone.
    "go": (Note(freq=1318.5, start=0.0, duration=0.18, decay=4.0, overtone=0.2),),
    # Phase change: a soft, pure, low blip.
    "phase": (Note(freq=587.3, start=0.0, duration=0.08, decay=25.0),),
    # Rep done: two notes stepping up a fourth (G5 -> C6).
    "rep": (
        Note(freq=784.0, start=0.0, duration=0.1, decay=10.0, overtone=0.1),
        Note(freq=1046.5, start=0.1, duration=0.14, decay=10.0, overtone=0.1),
    ),
    # Last two reps: a quick double blip.
    "last_reps": (
        Note(freq=880.0, start=0.0, duration=0.07, decay=15.0, overtone=0.25),
        Note(freq=880.0, start=0.12, duration=0.07, decay=15.0, overtone=0.25),
    ),
    # Set done: a C major chord built up note by note (C5, E5, G5).
    "set_done": (
        Note(freq=523.25, start=0.0, duration=0.38, decay=4.0, overtone=0.1),
        Note(freq=659.25, start=0.09, duration=0.29, decay=4.0, overtone=0.1),
        Note(freq=783.99, start=0.18, duration=0.2, decay=4.0, overtone=0.1),
    ),
    # Rest ending: two longer, steady beeps.
    "rest_end": (
        Note(freq=987.8, start=0.0, duration=0.12, decay=2.0, overtone=0.3),
        Note(freq=987.8, start=0.2, duration=0.12, decay=2.0, overtone=0.3),
    ),
    # Switch legs: an upward sweep, unlike any of the fixed-pitch cues.
    "switch_legs": (
        Note(freq=400.0, end_freq=1200.0, start=0.0, duration=0.3, decay=1.5, overtone=0.1),
    ),
}
"""Every cue, keyed by its file stem."""


def fade_gain(index: int, length: int, fade_samples: int) -> float:
    """Return the raised-cosine fade gain for sample ``index`` of a note.

    Args:
        index: Sample position inside the note, from 0.
        length: Number of samples in the note.
        fade_samples: Length of the fade at each end, in samples.

    Returns:
        A gain between 0 and 1 that rises over the first ``fade_samples``
        samples, falls over the last ``fade_samples`` and is 1 in between.
    """
    edge = min(index, length - 1 - index)
    if edge >= fade_samples:
        return 1.0
    return 0.5 - 0.5 * math.cos(math.pi * edge / fade_samples)


def render_note(note: Note, buffer: list[float]) -> None:
    """Add one note into ``buffer`` in place.

    The pitch follows an exponential glide when ``note.end_freq`` is set; the
    phase is accumulated sample by sample so the sweep stays continuous.

    Args:
        note: The tone to render.
        buffer: Mix buffer of floating-point samples, long enough for the note.
    """
    first = round(note.start * SAMPLE_RATE)
    length = round(note.duration * SAMPLE_RATE)
    fade_samples = round(FADE_SECONDS * SAMPLE_RATE)
    end_freq = note.freq if note.end_freq is None else note.end_freq
    phase = 0.0
    for i in range(length):
        t = i / SAMPLE_RATE
        freq = note.freq * (end_freq / note.freq) ** (i / max(length - 1, 1))
        tone = math.sin(phase) + note.overtone * math.sin(2.0 * phase)
        envelope = math.exp(-note.decay * t) * fade_gain(i, length, fade_samples)
        buffer[first + i] += note.level * envelope * tone
        phase += 2.0 * math.pi * freq / SAMPLE_RATE


def synthesise(notes: tuple[Note, ...]) -> list[int]:
    """Mix a cue's notes and convert them to normalised 16-bit samples.

    Args:
        notes: The notes that make up the cue.

    Returns:
        Signed 16-bit sample values whose peak sits at ``PEAK_DBFS``.
    """
    total = max(round((n.start + n.duration) * SAMPLE_RATE) for n in notes)
    buffer = [0.0] * total
    for note in notes:
        render_note(note, buffer)
    peak = max(abs(x) for x in buffer) or 1.0
    scale = FULL_SCALE * 10.0 ** (PEAK_DBFS / 20.0) / peak
    return [max(-FULL_SCALE, min(FULL_SCALE, round(x * scale))) for x in buffer]


def write_wav(path: Path, samples: list[int]) -> None:
    """Write samples to ``path`` as 16-bit mono PCM at ``SAMPLE_RATE``.

    Args:
        path: Destination file; it is overwritten if it exists.
        samples: Signed 16-bit sample values.
    """
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def make_sounds(output_dir: Path) -> list[Path]:
    """Synthesise every cue in ``CUES`` into ``output_dir``.

    Args:
        output_dir: Folder for the WAV files; created if missing.

    Returns:
        The paths written, in ``CUES`` order.
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, notes in CUES.items():
        path = output_dir / f"{name}.wav"
        write_wav(path, synthesise(notes))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point.

    Args:
        argv: Arguments after the program name; the optional first one is the
            output directory.

    Returns:
        Process exit status (0 on success, 2 on a usage error).
    """
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1:
        print(f"usage: {Path(sys.argv[0]).name} [OUTPUT_DIR]", file=sys.stderr)
        return 2
    output_dir = Path(args[0]) if args else DEFAULT_OUTPUT_DIR
    for path in make_sounds(output_dir):
        duration_ms = (path.stat().st_size - 44) / 2 / SAMPLE_RATE * 1000
        print(f"{path}  {duration_ms:.0f} ms  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
