"""The real cue player: every sound loaded once, follows the settings, works without devices."""

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtMultimedia import QAudioDevice, QSoundEffect
from PySide6.QtTextToSpeech import QTextToSpeech

from app.domain import preferences as prefs
from app.domain.session import Cue
from app.ui.session import cue_player
from app.ui.session.cue_player import NO_AUDIO_NOTICE, NO_SPEECH_NOTICE, QtCuePlayer
from app.ui.shell.controller import AppController
from app.ui.shell.settings import UiSettings


def test_every_cue_has_a_loaded_sound(
    qtbot, controller: AppController, ui_settings: UiSettings
) -> None:
    player = QtCuePlayer(controller, ui_settings, speech_engine="mock")
    assert set(player.effects) == {cue.value for cue in Cue}
    for effect in player.effects.values():
        assert Path(effect.source().toLocalFile()).is_file()


class _Devices:
    """Stands in for `QMediaDevices`: the sound outputs this computer is said to have."""

    outputs: ClassVar[list[QAudioDevice]] = []

    @classmethod
    def audioOutputs(cls) -> list[QAudioDevice]:
        return cls.outputs


@pytest.fixture
def played(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources of the sound effects played, instead of sending them to a device."""
    sounds: list[str] = []
    monkeypatch.setattr(QSoundEffect, "play",
                        lambda effect: sounds.append(Path(effect.source().toLocalFile()).stem))
    return sounds


@pytest.fixture
def devices(monkeypatch: pytest.MonkeyPatch) -> type[_Devices]:
    """Whether the player finds a sound device is the test's to say, on any machine."""
    monkeypatch.setattr(cue_player, "QMediaDevices", _Devices)
    monkeypatch.setattr(_Devices, "outputs", [])
    return _Devices


def test_with_a_sound_device_every_cue_is_played_while_sounds_are_on(
    qtbot, controller: AppController, ui_settings: UiSettings, devices: type[_Devices],
    played: list[str],
) -> None:
    devices.outputs = [QAudioDevice()]
    player = QtCuePlayer(controller, ui_settings, speech_engine="mock")
    assert player.audio_available
    assert NO_AUDIO_NOTICE not in player.notices
    for cue in Cue:
        player.play(cue.value)
    player.play("no-such-cue")
    assert played == [cue.value for cue in Cue]
    controller.set_preference(prefs.SOUNDS, False)
    player.play(Cue.GO.value)
    assert played == [cue.value for cue in Cue], "muted sounds play nothing"


def test_without_a_sound_device_it_says_so_once_and_plays_nothing(
    qtbot, controller: AppController, ui_settings: UiSettings, devices: type[_Devices],
    played: list[str],
) -> None:
    player = QtCuePlayer(controller, ui_settings, speech_engine="mock")
    assert not player.audio_available
    assert player.notices == [NO_AUDIO_NOTICE]
    for cue in Cue:
        player.play(cue.value)  # silently does nothing
    player.play("no-such-cue")
    assert played == []
    assert player.notices == [NO_AUDIO_NOTICE]


def test_speech_goes_to_the_engine_when_the_voice_is_on(
    qtbot, controller: AppController, ui_settings: UiSettings
) -> None:
    player = QtCuePlayer(controller, ui_settings, speech_engine="mock")
    assert player.speech is not None and player.speech_available
    with qtbot.waitSignal(player.speech.stateChanged, timeout=2000):
        player.say("down")
    assert player.speech.state() == QTextToSpeech.State.Speaking
    player.speech.stop()
    controller.set_preference(prefs.VOICE, False)
    qtbot.wait(50)
    player.say("up")
    assert player.speech.state() != QTextToSpeech.State.Speaking


def test_no_speech_engine_means_a_notice_and_silence(
    qtbot, controller: AppController, ui_settings: UiSettings
) -> None:
    player = QtCuePlayer(controller, ui_settings, speech_engine="no-such-engine")
    assert player.speech is None and not player.speech_available
    assert NO_SPEECH_NOTICE in player.notices
    player.say("hold")  # does not raise


def test_volume_follows_the_setting(
    qtbot, controller: AppController, ui_settings: UiSettings
) -> None:
    player = QtCuePlayer(controller, ui_settings, speech_engine="mock")
    assert player.effects["go"].volume() == pytest.approx(ui_settings.volume() / 100)
    ui_settings.set_volume(35)
    assert all(e.volume() == pytest.approx(0.35) for e in player.effects.values())
    assert player.speech is not None
    assert player.speech.volume() == pytest.approx(0.35)
