"""The packet's words for ending well: the closing letter, the evidence log, the handover list,
the money summary, the note on rights, the client's personal data, what actually happened, and
the payment reminder. English msgids (N_); their Swedish is in the gettext catalog, as for `texts.py`.
"""

from __future__ import annotations

from clientfit.i18n import N_

LETTER = N_("Closing letter")
LETTER_HINT = N_("The message to the client on your letterhead, ready to send once you have met.")
EVIDENCE = N_("Evidence log")
EVIDENCE_HINT = N_("Dated facts from your records: what happened, not how it felt.")
NO_EVIDENCE = N_("Nothing in the records stands out.")
HANDOVER = N_("Handover list")
HANDOVER_HINT = N_(
    "What goes to the client and what stays with you, each with its date. Transfer or revoke "
    "every account and credential."
)
WHAT = N_("What")
WHOSE = N_("Whose")
ACTION = N_("Action")
BY = N_("By")
THEIRS = N_("Theirs")
YOURS = N_("Yours")
MONEY = N_("Money summary")
INVOICED = N_("Invoiced")
PAID = N_("Paid")
OPEN = N_("Open")
CURRENCY = N_("Currency")
FINAL_INVOICE = N_("Final invoice to send")
NO_FINAL_INVOICE = N_("Nothing is left to invoice: every delivered item is invoiced.")
RIGHTS = N_("Rights")
RIGHTS_NONE = N_(
    "The contract says nothing on file about licences or portfolio use. Agree in writing which "
    "files and rights the client receives on final payment, and whether you may show the work "
    "in your portfolio."
)
PERSONAL_DATA = N_("The client's personal data")
PERSONAL_DATA_TEXT = N_(
    "Under the GDPR, return or delete the personal data you hold for this client once the work "
    "and the bookkeeping no longer need it (accounting records are kept for 7 years in Sweden)."
)
DATA_KIND = N_("Data")
DATA_COUNT = N_("Held")
DATA_ACTION = N_("Return or delete by")
HAPPENED = N_("What actually happened")
NOTHING_HAPPENED = N_("Nothing is recorded yet: note when you announced, sent notice and referred.")
REMINDER = N_("Payment reminder")
INTEREST = N_("Interest")
WAITING = N_("Waiting for payment of {numbers}")
NEXT_STEP = N_("Next step")
WENT_AHEAD = N_("Announced before payment because")
PAYMENT_FIRST = N_("Payment first")
