"""Ending a client well: the offboarding plan (no Qt).

The public surface, for the dialog, the CLI and the packet:

- `start_plan(client, reason, on=, notice_days=, cooling_off_days=, lang=)` -> OffboardingPlan
- `running_plan(client)`, `latest_plan(client)`
- `build_plan_view(plan_or_id, today=, lang=)` -> `PlanView` (frozen dataclasses, no database
  needed to render it; `PlanView.to_dict()` for JSON)
- changes: `set_reason`, `schedule_meeting`, `clear_meeting`, `set_message`, `set_notice`,
  `set_announce_on`, `add_loose_end`, `remove_loose_end`, `set_done`, `finish_plan`, `cancel_plan`,
  `record_consideration`
- `check_draft(text, lang)` -> [DraftWarning]; `templates(lang)`; `render_template(plan, key, lang)`
- `upcoming(today, lang)` -> [UpcomingEvent] across running plans, soonest first
- defaults and settings: `clientfit.offboarding.defaults`
"""

from clientfit.offboarding.build import (
    STEP_TITLES,
    build_plan_view,
    considerations,
    render_template,
)
from clientfit.offboarding.drafts import check_draft, format_day, templates
from clientfit.offboarding.plan import (
    PlanError,
    add_loose_end,
    cancel_plan,
    clear_meeting,
    finish_plan,
    latest_plan,
    record_consideration,
    remove_loose_end,
    running_plan,
    schedule_meeting,
    set_announce_on,
    set_done,
    set_message,
    set_notice,
    set_reason,
    start_plan,
)
from clientfit.offboarding.schedule import upcoming
from clientfit.offboarding.views import (
    Amount,
    CalendarEvent,
    ChecklistEntry,
    Considerations,
    CoolingOff,
    DraftWarning,
    Meeting,
    MessageDraft,
    MessageTemplate,
    Notice,
    OpenInvoice,
    PaymentGuard,
    PlanView,
    ReferralMatch,
    Referrals,
    TimelineEntry,
    UpcomingEvent,
)

__all__ = [
    "STEP_TITLES",
    "Amount",
    "CalendarEvent",
    "ChecklistEntry",
    "Considerations",
    "CoolingOff",
    "DraftWarning",
    "Meeting",
    "MessageDraft",
    "MessageTemplate",
    "Notice",
    "OpenInvoice",
    "PaymentGuard",
    "PlanError",
    "PlanView",
    "ReferralMatch",
    "Referrals",
    "TimelineEntry",
    "UpcomingEvent",
    "add_loose_end",
    "build_plan_view",
    "cancel_plan",
    "check_draft",
    "clear_meeting",
    "considerations",
    "finish_plan",
    "format_day",
    "latest_plan",
    "record_consideration",
    "remove_loose_end",
    "render_template",
    "running_plan",
    "schedule_meeting",
    "set_announce_on",
    "set_done",
    "set_message",
    "set_notice",
    "set_reason",
    "start_plan",
    "templates",
    "upcoming",
]
