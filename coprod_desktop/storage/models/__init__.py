"""The tables, as SQLAlchemy 2 typed models, one module per concept."""

from coprod_desktop.storage.models.base import (
    ONLY_ON,
    Base,
    choice_column,
    include_object_for,
)
from coprod_desktop.storage.models.cycle import CycleMove
from coprod_desktop.storage.models.decision import Decision, DecisionPerson, FeedbackItem
from coprod_desktop.storage.models.development import DevelopmentEntry
from coprod_desktop.storage.models.monitoring import (
    LocalQuestion,
    MonitoringAccessLog,
    MonitoringForm,
    OutreachAction,
    OutreachPlan,
    ProjectReference,
    ReferenceFigure,
    ReferencePopulation,
)
from coprod_desktop.storage.models.participant import (
    Participant,
    ParticipantAccessNeed,
    ParticipantRole,
)
from coprod_desktop.storage.models.payment import Payment
from coprod_desktop.storage.models.plan import Action, ActionNote, ActionOwner, SharedGoal
from coprod_desktop.storage.models.policy import RewardRates
from coprod_desktop.storage.models.project import (
    AgendaItem,
    Project,
    ProjectSession,
    SessionAttendance,
)
from coprod_desktop.storage.models.story import DecisionStory, Story, StoryTheme, Theme
from coprod_desktop.storage.models.values_check import ValuesCheck, ValuesRating

__all__ = [
    "ONLY_ON",
    "Action",
    "ActionNote",
    "ActionOwner",
    "AgendaItem",
    "Base",
    "CycleMove",
    "Decision",
    "DecisionPerson",
    "DecisionStory",
    "DevelopmentEntry",
    "FeedbackItem",
    "LocalQuestion",
    "MonitoringAccessLog",
    "MonitoringForm",
    "OutreachAction",
    "OutreachPlan",
    "Participant",
    "ParticipantAccessNeed",
    "ParticipantRole",
    "Payment",
    "Project",
    "ProjectReference",
    "ProjectSession",
    "ReferenceFigure",
    "ReferencePopulation",
    "RewardRates",
    "SessionAttendance",
    "SharedGoal",
    "Story",
    "StoryTheme",
    "Theme",
    "ValuesCheck",
    "ValuesRating",
    "choice_column",
    "include_object_for",
]
