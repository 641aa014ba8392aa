"""The board app's models, one module per concern."""

from board.models.board import (
    DEFAULT_OFFICE,
    Board,
    BoardDecision,
    BoardMembership,
    DeadlineNotification,
    EmergencyPublication,
    FourEyesApprovalTask,
    Office,
    SectionAssignment,
)
from board.models.notifications import Frequency, NotificationPreference, QueuedNotification
from board.models.oversight import ReportSettings, RoyaltyRates, SiteRoyaltyRates
from board.models.records import (
    BoardMeeting,
    BoardPlan,
    MeetingDecision,
    MeetingKind,
    PartyReport,
    ReportKind,
)
from board.models.supply import UnitApprovalRequest, UnitApprovalTask

__all__ = [
    "BoardMeeting",
    "BoardPlan",
    "MeetingDecision",
    "MeetingKind",
    "PartyReport",
    "ReportKind",
    "DEFAULT_OFFICE",
    "Board",
    "BoardDecision",
    "BoardMembership",
    "DeadlineNotification",
    "EmergencyPublication",
    "FourEyesApprovalTask",
    "Frequency",
    "NotificationPreference",
    "QueuedNotification",
    "Office",
    "ReportSettings",
    "SectionAssignment",
    "RoyaltyRates",
    "SiteRoyaltyRates",
    "UnitApprovalRequest",
    "UnitApprovalTask",
]
