"""Starting a session of the block in the live Session view, through the services."""

from typing import TYPE_CHECKING

from app.domain.clock import Clock
from app.services import programme as service
from app.ui.programme.source import today
from app.ui.shell.controller import AppController

if TYPE_CHECKING:
    from app.ui.session.session_controller import CueSink, SessionController


def start_block_session(
    app: AppController, number: int | None, clock: Clock, cue_sink: "CueSink", *,
    autotick: bool = True,
) -> "SessionController":
    """Open the block's session `number` (today's for None), each leg filled in with its dose."""
    from app.ui.session.session_controller import SessionController

    prefs = app.preferences
    opened = app.apply(service.start_block_session(
        app.require_db(), app.require_athlete().id, clock, prefs, today(), number=number,
        line=float(prefs.symmetry_line_percent)))
    return SessionController(app, opened.engine, opened.session_id, cue_sink, autotick=autotick)


def start_calibration_session(
    app: AppController, clock: Clock, cue_sink: "CueSink", *, autotick: bool = True,
) -> "SessionController":
    """Open the block's calibration session: each leg tries the rungs until a set fails."""
    from app.ui.session.session_controller import SessionController

    opened = app.apply(service.start_calibration_session(
        app.require_db(), app.require_athlete().id, clock, app.preferences))
    return SessionController(app, opened.engine, opened.session_id, cue_sink, autotick=autotick)
