"""The real cue player: every sound loaded once, follows the settings, works without devices."""

from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtTextToSpeech import QTextToSpeech

from app.domain import preferences as prefs
from app.domain.session import Cue
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


def test_without_a_sound_device_it_says_so_once_and_plays_nothing(
    qtbot, controller: AppController, ui_settings: UiSettings
) -> None:
    player = QtCuePlayer(controller, ui_settings, speech_engine="mock")
    if QMediaDevices.audioOutputs():
        assert player.audio_available
        return
    assert not player.audio_available
    assert player.notices == [NO_AUDIO_NOTICE]
    for cue in Cue:
        player.play(cue.value)  # silently does nothing
    player.play("no-such-cue")
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
