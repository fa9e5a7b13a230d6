"""The kiosk's athlete tiles say who has a block session today (a small addition to each tile)."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from app.domain.errors import LegworkError
from app.services import programme as service
from app.ui.programme.source import today
from app.ui.shell.controller import AppController


def todays_session_texts(controller: AppController, athlete_ids: Sequence[int]) -> dict[int, str]:
    """For each athlete with a block session today, the line their tile shows."""
    db = controller.db
    if db is None:
        return {}
    try:
        sessions = service.todays_sessions(db, athlete_ids, today())
    except LegworkError:
        return {}
    texts = {}
    for athlete_id, session in sessions.items():
        kind = (QCoreApplication.translate("KioskTile", " · lighter") if session.light else "")
        texts[athlete_id] = QCoreApplication.translate(
            "KioskTile", "Today: block session, week {week}{kind}").format(
                week=session.week, kind=kind)
    return texts


def todays_session_label(text: str) -> QLabel:
    """The tile's extra line, sized like its other hint."""
    label = QLabel(text)
    label.setObjectName("todaysBlockSession")
    label.setProperty("role", "kioskHint")
    label.setStyleSheet("font-size: 12pt; font-weight: 600; background: transparent;")
    label.setWordWrap(True)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label
