"""Ending a client well: the offboarding plan (no Qt).

The public surface, for the dialog, the CLI and the packet:

- `start_plan(client, reason, on=, notice_days=, cooling_off_days=, lang=)` -> OffboardingPlan
- `running_plan(client)`, `latest_plan(client)`
- `build_plan_view(plan_or_id, today=, lang=)` -> `PlanView` (frozen dataclasses, no database
  needed to render it; `PlanView.to_dict()` for JSON)
- changes: `set_reason`, `schedule_meeting`, `clear_meeting`, `set_message`, `set_notice`,
  `set_announce_on`, `add_loose_end`, `remove_loose_end`, `set_done`, `finish_plan`, `cancel_plan`
  (a consideration is logged with `clientfit.store.user_log.log_consideration`)
- `check_draft(text, lang)` -> [DraftWarning]; `templates(lang)`; `render_template(plan, key, lang)`
- `upcoming(today, lang)` -> [UpcomingEvent] across running plans, soonest first
- defaults and settings: `clientfit.offboarding.defaults`

May import `common/`, `store/` and the plumbing (`i18n`, `lazy`, `resources`); never `health/`
or `intake/` (its siblings), `core/`, `packet/` or a face. (import-linter: pyproject.toml.)
"""

from clientfit.lazy import lazy_exports

__all__ = lazy_exports(
    __name__,
    {
        "build": [
            "STEP_TITLES",
            "build_plan_view",
            "considerations",
            "render_template",
        ],
        "drafts": [
            "check_draft",
            "format_day",
            "templates",
        ],
        "plan": [
            "PlanError",
            "add_loose_end",
            "cancel_plan",
            "clear_meeting",
            "default_notice_days",
            "finish_plan",
            "latest_plan",
            "override_payment_first",
            "record_event",
            "remove_event",
            "set_announce_latest",
            "set_referrals",
            "remove_loose_end",
            "running_plan",
            "schedule_meeting",
            "set_announce_on",
            "set_done",
            "set_message",
            "set_notice",
            "set_reason",
            "start_plan",
        ],
        "schedule": [
            "upcoming",
        ],
        "views": [
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
            "PlanEventView",
            "PlanView",
            "ReferralMatch",
            "Referrals",
            "TimelineEntry",
            "UpcomingEvent",
        ],
    },
)
