"""A training block as stored: what the athlete chose, and where it stands."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from app.domain.plan import LegPrescription, Plan
from app.domain.programme.prescription import LegStart
from app.domain.programme.schedule import BlockSpec
from app.domain.sides import Side


class BlockStatus(StrEnum):
    """A block is active until stopped; a paused one keeps its place."""

    ACTIVE = "active"
    PAUSED = "paused"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Calibration:
    """A block's calibration session (`app.domain.programme.calibration`).

    Present when the athlete chose to find the starts in a first session;
    `session_id` is the training session that ran it once started; `done`
    once its findings became the block's starts.
    """

    session_id: int | None = None
    done: bool = False


@dataclass(frozen=True)
class Block:
    """One athlete's block: its calendar (`spec`), its exercises (`plan`), each leg's start."""

    id: int
    athlete_id: int
    spec: BlockSpec
    template_id: str
    plan: Plan
    status: BlockStatus = BlockStatus.ACTIVE
    start: Mapping[str, Mapping[Side, LegStart]] = field(
        default_factory=lambda: MappingProxyType({}))
    calibration: Calibration | None = None

    @property
    def calibration_due(self) -> bool:
        """Whether the block waits for its calibration session to find the starts."""
        return self.calibration is not None and not self.calibration.done

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        """The block's exercises, in session order."""
        return tuple(item.exercise_id for item in self.plan.items)


@dataclass(frozen=True)
class DoneSession:
    """A session of the block that was trained: on which day, as which training session."""

    number: int
    day: date
    training_session_id: int


OwnValues = Mapping[str, Mapping[Side, LegPrescription]]
"""The athlete's own values for one session: exercise id → leg → dose."""
