"""Sounds and speech for a live session, through Qt Multimedia and Qt TextToSpeech.

Every sound is loaded once, when the player is made, and kept for the life of
the app, so the first "go" of a session sounds as promptly as the hundredth.
A computer without a sound device or without a speech engine still runs the
session: the player stays silent and says why, once, through `notice`.
"""

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
from PySide6.QtTextToSpeech import QTextToSpeech

from app.domain import preferences as prefs
from app.domain.session import Cue
from app.resources import resource_path
from app.services.changes import Changes
from app.ui.shell.controller import AppController
from app.ui.shell.settings import VOLUME_KEY, UiSettings
from app.ui.shell.translation import QT_TRANSLATE_NOOP

# Marked for translation here, translated when told (`QtCuePlayer.tr`).
NO_AUDIO_NOTICE = QT_TRANSLATE_NOOP(
    "QtCuePlayer", "No sound device found, so cues are shown on screen only.")
NO_SPEECH_NOTICE = QT_TRANSLATE_NOOP(
    "QtCuePlayer", "Spoken cues are not available on this computer (no speech engine).")


class QtCuePlayer(QObject):
    """Plays the session's cues as the athlete chose (sounds, voice) at this computer's volume.

    `speech_engine` picks a Qt text-to-speech plug-in by name ("mock" in
    tests); by default Qt chooses. `notices` holds what could not be set up;
    `notice` carries each one as it is found (a speech engine may fail late).
    """

    notice = Signal(str)

    def __init__(
        self, controller: AppController, settings: UiSettings, *,
        speech_engine: str | None = None, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._settings = settings
        self.notices: list[str] = []
        self.audio_available = bool(QMediaDevices.audioOutputs())
        self.effects: dict[str, QSoundEffect] = {}
        for cue in Cue:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{cue.value}.wav"))))
            self.effects[cue.value] = effect
        if not self.audio_available:
            self._tell(self.tr(NO_AUDIO_NOTICE))
        self.speech: QTextToSpeech | None = None
        engines = QTextToSpeech.availableEngines()
        if speech_engine is not None and speech_engine not in engines:
            engines = []
        if engines:
            self.speech = (
                QTextToSpeech(self) if speech_engine is None
                else QTextToSpeech(speech_engine, self)
            )
            self.speech.stateChanged.connect(self._speech_state_changed)
        self._speech_state_changed()
        self._apply_volume()
        settings.notifier.changed.connect(self._setting_changed)
        controller.changed.connect(self._preferences_changed)

    @property
    def speech_available(self) -> bool:
        """Whether a working speech engine is loaded."""
        return self.speech is not None and self.speech.state() != QTextToSpeech.State.Error

    def play(self, cue: str) -> None:
        """Play one cue's sound, if sounds are on and there is somewhere to play it."""
        effect = self.effects.get(cue)
        if effect is not None and self.audio_available and self._controller.preferences.sounds:
            effect.play()

    def say(self, text: str) -> None:
        """Speak a word or two, cutting off anything still being said (cues must be current)."""
        if (self.speech is not None and self.speech_available
                and self._controller.preferences.voice):
            self.speech.say(text)

    def _tell(self, text: str) -> None:
        if text not in self.notices:
            self.notices.append(text)
            self.notice.emit(text)

    def _speech_state_changed(self, *_state: object) -> None:
        if not self.speech_available:
            self._tell(self.tr(NO_SPEECH_NOTICE))

    def _apply_volume(self) -> None:
        level = self._settings.volume() / 100
        for effect in self.effects.values():
            effect.setVolume(level)
        if self.speech is not None:
            self.speech.setVolume(level)

    def _setting_changed(self, key: str) -> None:
        if key == VOLUME_KEY:
            self._apply_volume()

    def _preferences_changed(self, changes: object) -> None:
        # Stop a long sound or sentence at once when the athlete mutes it.
        muting = {prefs.SOUNDS, prefs.VOICE}
        if not isinstance(changes, Changes) or not changes.preferences & muting:
            return
        if not self._controller.preferences.sounds:
            for effect in self.effects.values():
                effect.stop()
        if self.speech is not None and not self._controller.preferences.voice:
            self.speech.stop()
