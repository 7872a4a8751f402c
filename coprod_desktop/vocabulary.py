"""The fixed lists the register uses: roles, access needs, consent, payment and contact choices.

Each list is a ``StrEnum`` whose values are what the database stores (short, stable, English
identifiers) and whose ``label`` is what people read on screen and in exports. Keeping both here,
free of Qt and SQLAlchemy, lets the GUI, the command line and the storage layer share one truth.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Choice(StrEnum):
    """A stored value with a plain-English label."""

    @property
    def label(self) -> str:
        # Keyed by class as well as value: StrEnum members compare equal to their string, so
        # ContactMethod.EMAIL and ConsentMethod.EMAIL would collide in a flat dictionary.
        return _LABELS[type(self)][self.value]

    @classmethod
    def parse(cls, text: str) -> Self:
        """Accept the stored value, a hyphenated spelling or the label, in any case.

        The command line is typed by people, so ``lived-experience``, ``lived_experience`` and
        ``Person with lived experience`` all mean the same role.
        """
        wanted = text.strip().casefold().replace("-", "_").replace(" ", "_")
        for member in cls:
            if wanted in (member.value, member.label.casefold().replace(" ", "_")):
                return member
        choices = ", ".join(m.value.replace("_", "-") for m in cls)
        raise ValueError(f"'{text}' is not one of: {choices}")


class Role(Choice):
    LIVED_EXPERIENCE = "lived_experience"
    CARER = "carer"
    PROFESSIONAL = "professional"
    EXPERT_BY_LEARNING = "expert_by_learning"
    STAFF = "staff"
    OTHER = "other"


class AccessNeed(Choice):
    """Needs from a fixed list; anything else is written in ``access_other``."""

    LARGE_PRINT = "large_print"
    EASY_READ = "easy_read"
    BSL_INTERPRETER = "bsl_interpreter"
    HEARING_LOOP = "hearing_loop"
    STEP_FREE = "step_free"
    QUIET_SPACE = "quiet_space"


class ContactMethod(Choice):
    EMAIL = "email"
    PHONE = "phone"
    TEXT_MESSAGE = "text_message"
    POST = "post"
    IN_PERSON = "in_person"


class ConsentMethod(Choice):
    SIGNED_FORM = "signed_form"
    EASY_READ_FORM = "easy_read_form"
    VERBAL = "verbal"
    EMAIL = "email"
    ONLINE_FORM = "online_form"
    OTHER = "other"


class PaymentPreference(Choice):
    """How someone chooses to receive rewards (see docs/domain: some people must not be paid)."""

    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    VOUCHER = "voucher"
    CHARITY = "charity"
    EXPENSES_ONLY = "expenses_only"
    DECLINES = "declines"


class Status(Choice):
    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"


class ProjectStage(Choice):
    """Which kind of co-production the project is in (see docs: SCIE's kinds)."""

    CO_DESIGN = "co_design"
    CO_DECISION = "co_decision"
    CO_DELIVERY = "co_delivery"
    CO_EVALUATION = "co_evaluation"


class SessionKind(Choice):
    MEETING = "meeting"
    WORKSHOP = "workshop"
    INTERVIEW_PANEL = "interview_panel"
    TRAINING = "training"
    EVENT = "event"


class PaymentBasis(Choice):
    """How time at a session is paid: by the hour, or a set half-day or full-day rate."""

    HOURLY = "hourly"
    HALF_DAY = "half_day"
    FULL_DAY = "full_day"


class AttendanceStatus(Choice):
    INVITED = "invited"
    ATTENDED = "attended"
    APOLOGIES = "apologies"
    DID_NOT_ATTEND = "did_not_attend"


class PaymentKind(Choice):
    FEE = "fee"  # payment for time: counts as income
    EXPENSE = "expense"  # reimbursed costs: not income
    VOUCHER = "voucher"  # counts as income
    RECOGNITION = "recognition"  # a thank-you, certificate or reference: no money


class ExpenseType(Choice):
    MILEAGE = "mileage"
    PUBLIC_TRANSPORT = "public_transport"
    CARE = "care"
    SUBSISTENCE = "subsistence"
    OTHER = "other"


class Vehicle(Choice):
    CAR = "car"
    MOTORCYCLE = "motorcycle"
    BICYCLE = "bicycle"


class PaymentStatus(Choice):
    DRAFT = "draft"
    APPROVED = "approved"
    PAID = "paid"
    CANCELLED = "cancelled"


class PaymentMethod(Choice):
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    VOUCHER = "voucher"
    CHARITY = "charity"
    OTHER = "other"


class GoalStatus(Choice):
    """Where a shared goal stands, as the group sees it."""

    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    SET_ASIDE = "set_aside"


class ActionStatus(Choice):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"  # always with a reason


class DecisionMethod(Choice):
    """How a decision was made (seed guidance: consensus or consent, kept open and documented)."""

    CONSENSUS = "consensus"
    CONSENT = "consent"
    VOTE = "vote"
    DELEGATED = "delegated"


class FeedbackResponse(Choice):
    """What the group did with what someone said ("you said, we did")."""

    NOT_YET = "not_yet"
    WE_DID = "we_did"
    COULD_NOT = "could_not"
    IN_PROGRESS = "in_progress"


class FeedbackStatus(Choice):
    OPEN = "open"  # being worked on
    TOLD_BACK = "told_back"  # the response has been shared with the people who said it
    CLOSED = "closed"


class MonitoringMethod(Choice):
    """How a monitoring form was filled in."""

    PAPER_FORM = "paper_form"
    ONLINE = "online"
    CONVERSATION = "conversation"


class MonitoringAccess(Choice):
    """What was done with someone's individual monitoring answers (the access log)."""

    VIEWED = "viewed"
    RECORDED = "recorded"
    REMOVED = "removed"


class StoryConsent(Choice):
    """How a story may be used; every printout and export checks this."""

    INTERNAL_ONLY = "internal_only"  # never leaves the app
    ANONYMISED = "anonymised"  # in reports without the teller's name or identifying details
    WITH_NAME = "with_name"  # in reports with the teller's name


class CycleStage(Choice):
    """Where a project stands in the cycle of co-production (C4PC, seed 000), in order."""

    LIVED_EXPERIENCE = "lived_experience"
    STORIES = "stories"
    COLLECTIVE_EVIDENCE = "collective_evidence"
    STRATEGIC = "strategic"
    OUTPUTS = "outputs"
    EVALUATION = "evaluation"


class CoproductionValue(Choice):
    """The values a group rates itself against in the self-check (domain.md)."""

    SHARING_POWER = "sharing_power"
    ALL_PERSPECTIVES = "all_perspectives"
    RESPECTING_KNOWLEDGE = "respecting_knowledge"
    RECIPROCITY = "reciprocity"
    RELATIONSHIPS = "relationships"


class CoproductionLevel(Choice):
    """The level of co-production a group thinks it has reached (SCIE, seed 002)."""

    DESCRIPTIVE = "descriptive"
    INTERMEDIATE = "intermediate"
    TRANSFORMATIVE = "transformative"


class DevelopmentKind(Choice):
    """What a participant's development log records."""

    SKILL = "skill"
    TRAINING = "training"
    ROLE = "role"
    REFERENCE = "reference"


_LABELS: dict[type[Choice], dict[str, str]] = {
    Role: {
        Role.LIVED_EXPERIENCE.value: "Person with lived experience",
        Role.CARER.value: "Carer or family member",
        Role.PROFESSIONAL.value: "Professional",
        Role.EXPERT_BY_LEARNING.value: "Expert by learning",
        Role.STAFF.value: "Staff",
        Role.OTHER.value: "Other role",
    },
    AccessNeed: {
        AccessNeed.LARGE_PRINT.value: "Large print",
        AccessNeed.EASY_READ.value: "Easy read",
        AccessNeed.BSL_INTERPRETER.value: "BSL interpreter",
        AccessNeed.HEARING_LOOP.value: "Hearing loop",
        AccessNeed.STEP_FREE.value: "Step-free access",
        AccessNeed.QUIET_SPACE.value: "Quiet space",
    },
    ContactMethod: {
        ContactMethod.EMAIL.value: "Email",
        ContactMethod.PHONE.value: "Phone call",
        ContactMethod.TEXT_MESSAGE.value: "Text message",
        ContactMethod.POST.value: "Letter by post",
        ContactMethod.IN_PERSON.value: "In person",
    },
    ConsentMethod: {
        ConsentMethod.SIGNED_FORM.value: "Signed consent form",
        ConsentMethod.EASY_READ_FORM.value: "Easy read consent form",
        ConsentMethod.VERBAL.value: "Said yes out loud, noted by staff",
        ConsentMethod.EMAIL.value: "By email",
        ConsentMethod.ONLINE_FORM.value: "Online form",
        ConsentMethod.OTHER.value: "Another way",
    },
    PaymentPreference: {
        PaymentPreference.BANK_TRANSFER.value: "Bank transfer",
        PaymentPreference.CASH.value: "Cash, with a signed receipt",
        PaymentPreference.VOUCHER.value: "Voucher",
        PaymentPreference.CHARITY.value: "Paid to a charity of their choice",
        PaymentPreference.EXPENSES_ONLY.value: "Expenses only",
        PaymentPreference.DECLINES.value: "Declines payment (recognition instead)",
    },
    Status: {
        Status.ACTIVE.value: "Active",
        Status.PAUSED.value: "Paused",
        Status.LEFT.value: "Left",
    },
    ProjectStage: {
        ProjectStage.CO_DESIGN.value: "Co-design (planning together)",
        ProjectStage.CO_DECISION.value: "Co-decision (deciding together)",
        ProjectStage.CO_DELIVERY.value: "Co-delivery (running it together)",
        ProjectStage.CO_EVALUATION.value: "Co-evaluation (reviewing it together)",
    },
    SessionKind: {
        SessionKind.MEETING.value: "Meeting",
        SessionKind.WORKSHOP.value: "Workshop",
        SessionKind.INTERVIEW_PANEL.value: "Interview panel",
        SessionKind.TRAINING.value: "Training",
        SessionKind.EVENT.value: "Event",
    },
    PaymentBasis: {
        PaymentBasis.HOURLY.value: "By the hour",
        PaymentBasis.HALF_DAY.value: "Half-day rate",
        PaymentBasis.FULL_DAY.value: "Full-day rate",
    },
    AttendanceStatus: {
        AttendanceStatus.INVITED.value: "Invited",
        AttendanceStatus.ATTENDED.value: "Attended",
        AttendanceStatus.APOLOGIES.value: "Gave apologies",
        AttendanceStatus.DID_NOT_ATTEND.value: "Did not attend",
    },
    PaymentKind: {
        PaymentKind.FEE.value: "Fee for time",
        PaymentKind.EXPENSE.value: "Expenses",
        PaymentKind.VOUCHER.value: "Voucher",
        PaymentKind.RECOGNITION.value: "Thank-you (no money)",
    },
    ExpenseType: {
        ExpenseType.MILEAGE.value: "Mileage",
        ExpenseType.PUBLIC_TRANSPORT.value: "Public transport",
        ExpenseType.CARE.value: "Care or replacement care",
        ExpenseType.SUBSISTENCE.value: "Food and drink",
        ExpenseType.OTHER.value: "Other expense",
    },
    Vehicle: {
        Vehicle.CAR.value: "Car or van",
        Vehicle.MOTORCYCLE.value: "Motorcycle",
        Vehicle.BICYCLE.value: "Bicycle",
    },
    PaymentStatus: {
        PaymentStatus.DRAFT.value: "Draft",
        PaymentStatus.APPROVED.value: "Approved",
        PaymentStatus.PAID.value: "Paid",
        PaymentStatus.CANCELLED.value: "Cancelled",
    },
    PaymentMethod: {
        PaymentMethod.BANK_TRANSFER.value: "Bank transfer",
        PaymentMethod.CASH.value: "Cash",
        PaymentMethod.VOUCHER.value: "Voucher",
        PaymentMethod.CHARITY.value: "Paid to a charity",
        PaymentMethod.OTHER.value: "Other",
    },
    GoalStatus: {
        GoalStatus.AGREED.value: "Agreed",
        GoalStatus.IN_PROGRESS.value: "Working on it",
        GoalStatus.ACHIEVED.value: "Achieved",
        GoalStatus.SET_ASIDE.value: "Set aside",
    },
    ActionStatus: {
        ActionStatus.NOT_STARTED.value: "Not started",
        ActionStatus.IN_PROGRESS.value: "In progress",
        ActionStatus.DONE.value: "Done",
        ActionStatus.DROPPED.value: "Dropped",
    },
    DecisionMethod: {
        DecisionMethod.CONSENSUS.value: "Consensus (everyone agreed)",
        DecisionMethod.CONSENT.value: "Consent (no one objected)",
        DecisionMethod.VOTE.value: "Vote",
        DecisionMethod.DELEGATED.value: "Delegated (a person or group decided for us)",
    },
    FeedbackResponse: {
        FeedbackResponse.NOT_YET.value: "No response yet",
        FeedbackResponse.WE_DID.value: "We did",
        FeedbackResponse.COULD_NOT.value: "We could not, because",
        FeedbackResponse.IN_PROGRESS.value: "In progress",
    },
    FeedbackStatus: {
        FeedbackStatus.OPEN.value: "Open",
        FeedbackStatus.TOLD_BACK.value: "Response shared",
        FeedbackStatus.CLOSED.value: "Closed",
    },
    MonitoringMethod: {
        MonitoringMethod.PAPER_FORM.value: "Paper form",
        MonitoringMethod.ONLINE.value: "Online form",
        MonitoringMethod.CONVERSATION.value: "In conversation",
    },
    MonitoringAccess: {
        MonitoringAccess.VIEWED.value: "Answers looked at",
        MonitoringAccess.RECORDED.value: "Answers recorded",
        MonitoringAccess.REMOVED.value: "Answers removed at their request",
    },
    StoryConsent: {
        StoryConsent.INTERNAL_ONLY.value: "Internal only (never printed or exported)",
        StoryConsent.ANONYMISED.value: "Anonymised in reports",
        StoryConsent.WITH_NAME.value: "With their name",
    },
    CycleStage: {
        CycleStage.LIVED_EXPERIENCE.value: "Lived experience",
        CycleStage.STORIES.value: "Stories shared",
        CycleStage.COLLECTIVE_EVIDENCE.value: "Collective evidence",
        CycleStage.STRATEGIC.value: "Strategic co-production",
        CycleStage.OUTPUTS.value: "Co-produced outputs and services",
        CycleStage.EVALUATION.value: "Evaluation",
    },
    CoproductionValue: {
        CoproductionValue.SHARING_POWER.value: "Sharing power",
        CoproductionValue.ALL_PERSPECTIVES.value: "Including all perspectives and skills",
        CoproductionValue.RESPECTING_KNOWLEDGE.value: "Respecting and valuing everyone's knowledge",
        CoproductionValue.RECIPROCITY.value: "Reciprocity (everyone gets something back)",
        CoproductionValue.RELATIONSHIPS.value: "Building and keeping relationships",
    },
    CoproductionLevel: {
        CoproductionLevel.DESCRIPTIVE.value: "Descriptive",
        CoproductionLevel.INTERMEDIATE.value: "Intermediate",
        CoproductionLevel.TRANSFORMATIVE.value: "Transformative",
    },
    DevelopmentKind: {
        DevelopmentKind.SKILL.value: "Skill gained",
        DevelopmentKind.TRAINING.value: "Training attended",
        DevelopmentKind.ROLE.value: "Role taken on",
        DevelopmentKind.REFERENCE.value: "Reference given",
    },
}
