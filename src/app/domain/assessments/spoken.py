"""What a timed trial says aloud, for athletes who chose spoken cues, as the session does.

The count-in is counted ("3", "2", "1"), as in a session. On the heel-rise
metronome the beat between two rises says "down" and each finished rise is
counted, so an athlete who cannot see the screen still hears the pace and
the count. "Go" and the end of a hold or window are tones only, as in a
session.
"""

from app.domain.assessments.timed_trial import TrialCue
from app.domain.session import Cue, Speech, SpeechKind


def trial_speech(cue: TrialCue, reps: int) -> Speech | None:
    """The spoken cue for `cue` (None when it is a tone only); `reps` is the count so far."""
    if cue.cue is Cue.COUNT_IN:
        return Speech(SpeechKind.COUNT, number=cue.number)
    if cue.cue is Cue.PHASE:
        return Speech(SpeechKind.DOWN)
    if cue.cue is Cue.REP:
        return Speech(SpeechKind.COUNT, number=reps)
    return None
