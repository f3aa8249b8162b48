"""The one-reason checker against real-world drafts: one reason passes, several are caught.

Each row is the kind of message people actually write when they end a client, in English or
Swedish, with a greeting and a sign-off where people put them. The table decides the checker.
"""

from __future__ import annotations

import pytest

from clientfit.offboarding import check_draft
from clientfit.offboarding.grievances import read_reasons

ONE = [
    # English "sent" is not Swedish "sent" (late)
    "Hi Anna,\n\nI have decided to end our collaboration, as I no longer believe my services "
    "meet your needs. I have sent you the final files today.\n\nKind regards",
    # one impersonal reason, and a sentence that only sounds like a list
    "Hi Eva, I am ending our collaboration: the project has grown beyond what I can do alone, "
    "and I would rather hand it over now than let it suffer. I will keep working until the 20th.",
    "Hej Eva, jag avslutar vårt samarbete eftersom jag ska gå ner i tid. Jag fortsätter att "
    "arbeta som vanligt till och med 20 januari och lämnar över allt senast 22 januari.",
    # The app's own templates' core, and what people write instead.
    "Dear Anna,\n\nThank you for the work we have done together. After careful thought, I have "
    "decided to end our collaboration. I no longer believe my services meet your needs.\n\n"
    "I will keep working as usual until 29 December 2026, and I will hand over all files, "
    "accounts and access by 4 January 2027.\n\nKind regards,\nPer",
    "Hi Tom, I've decided to stop taking on new work from you, as I am narrowing my business to "
    "brand identity only. I'll finish the current sprint and send the files by Friday. Best, Lea",
    "Hello Sara,\nI wanted to let you know that I'm closing my freelance practice at the end of "
    "March, so our work together will end then. It has been a pleasure.\nAll the best,\nJon",
    "Dear Mr Lind, I am writing to let you know that I will not renew our agreement when it ends "
    "on 30 June. I no longer think I am the right fit for what you need.",
    "Hi Kim! After a lot of thought I'm going to wrap up our work together. My services aren't "
    "a good fit for where your company is heading. I'll make sure you have everything by the 15th.",
    "I have valued working with you. I have decided to end our collaboration, as I can no longer "
    "give your work the time and attention it deserves.",
    "Thank you for the time we have worked together. I have decided to end our collaboration: I "
    "am taking my business in a new direction. You will have all files and access by 4 May.",
    "Dear Eva, your needs have grown beyond what I can offer on my own, so I have decided to end "
    "our collaboration. If it helps, I am happy to put you in touch with Maja, who can help you "
    "with branding.",
    "Hi team, I'm writing to give you 30 days' notice as our contract asks. I will keep working "
    "as usual until 1 June and you will have all files, accounts and access by 4 June.",
    "Hej Anna,\n\nTack för samarbetet under den här tiden. Efter moget övervägande har jag "
    "bestämt mig för att avsluta vårt samarbete. Jag tror inte längre att mina tjänster "
    "motsvarar era behov.\n\nVänliga hälsningar\nPer",
    "Hej Johan! Jag har bestämt mig för att avsluta vårt samarbete eftersom jag ska fokusera på "
    "förpackningsdesign framöver. Jag lämnar över alla filer senast fredag.",
    "Hej, jag vill meddela att jag inte förnyar avtalet när det löper ut den 30 juni. Jag har "
    "valt att ge min verksamhet en ny inriktning. Tack för den här tiden!",
    "Hej Lisa, jag har kommit fram till att era behov har vuxit till mer än vad jag kan erbjuda "
    "på egen hand, och därför har jag bestämt mig för att avsluta vårt samarbete.",
    "Hej! Jag säger härmed upp vårt avtal med 30 dagars uppsägningstid enligt § 9. Jag arbetar "
    "som vanligt till och med 1 juni och ni får alla filer senast 4 juni. Vänliga hälsningar, Per",
    "Tack för förtroendet under de här åren. Jag kan inte längre ge ert arbete den tid och "
    "uppmärksamhet det förtjänar, så jag avslutar vårt samarbete vid månadsskiftet.",
    "Hi Ben, I'll be ending our retainer at the end of next month. I simply don't have the "
    "capacity any more. I'm happy to recommend someone who does.",
]

SEVERAL = [
    "Also, you always pay late, you text me at night and you keep changing your mind.",
    "I no longer believe my services meet your needs. Also, you always pay late.",
    "Dear Anna, I am ending our collaboration. You never pay on time and you constantly move "
    "the goalposts.",
    "Hi Tom, my services no longer fit, and on top of that the late payments have made it "
    "impossible to plan.",
    "I've decided to stop working with you because you are rude to me in meetings and you "
    "ignore my invoices.",
    "We need to end this. You call me on weekends, you never read my e-mails, and frankly the "
    "scope creep has been exhausting.",
    "Hello Sara, I'm ending our work together. The constant changes and the endless revisions "
    "have taken a toll.",
    "I can no longer work with you. Your tone in the last meeting was unacceptable. Moreover, "
    "invoice 1023 is still unpaid.",
    "Dear Kim,\n\nI am ending our contract for these reasons:\n- late payments\n- messages at "
    "midnight\n- unclear briefs\n\nRegards, Jon",
    "I am ending it because you pay late and you message at night.",
    "Thank you for everything. Unfortunately you keep asking for changes after sign-off and you "
    "haven't paid for the last two months.",
    "I'm stepping away. Between the weekend calls and the overdue invoices it is not sustainable.",
    "Hej Anna, jag avslutar vårt samarbete. Ni betalar alltid sent och ni ringer mig på helgerna.",
    "Mina tjänster passar inte längre, och dessutom betalar ni sent.",
    "Jag avslutar eftersom ni betalar sent och skriver på nätterna.",
    "Hej! Jag orkar inte längre. Du ändrar dig hela tiden, du svarar aldrig på mejl och "
    "fakturorna är obetalda.",
    "Hej Johan, jag har bestämt mig för att avsluta samarbetet. De sena betalningarna och de "
    "ständiga ändringarna har gjort det omöjligt. Dessutom är tonen i mejlen respektlös.",
    "Jag tror inte längre att vi passar ihop. För övrigt har ni inte betalat faktura 1024.",
    "Hej, jag säger upp avtalet. Ni kräver svar mitt i natten och ni ifrågasätter allt jag gör.",
    "Tack för tiden. Tyvärr har era sena betalningar och er ton gjort att jag avslutar samarbetet.",
    # grievances without "you": the same list, written impersonally
    "Hej, jag avslutar vårt samarbete. Fakturorna betalas sent, mejlen kommer på nätterna och "
    "uppdraget ändras hela tiden.\n\nHälsningar",
    "Hi, I am ending our work together. The invoices are paid late and the brief changes all "
    "the time.\n\nBest",
]


@pytest.mark.parametrize("text", ONE)
def test_a_draft_with_one_reason_passes(text):
    codes = [w.code for w in check_draft(text, "en")]
    assert "several_reasons" not in codes, read_reasons(text).reasons


@pytest.mark.parametrize("text", SEVERAL)
def test_a_draft_with_several_grievances_is_caught(text):
    warnings = {w.code: w for w in check_draft(text, "sv")}
    assert "several_reasons" in warnings, read_reasons(text).reasons
    assert warnings["several_reasons"].evidence


def test_the_table_is_large_enough_to_decide():
    assert len(ONE) + len(SEVERAL) >= 30


def test_the_grievances_of_a_list_are_each_counted_in_both_languages():
    english = read_reasons(
        "Also, you always pay late, you text me at night and you keep changing your mind."
    )
    assert english.reasons == [
        "you always pay late",
        "you text me at night",
        "you keep changing your mind.",
    ]
    swedish = read_reasons("Jag avslutar. Ni betalar alltid sent och ni ringer mig på helgerna.")
    assert swedish.reasons == ["Ni betalar alltid sent", "ni ringer mig på helgerna."]


def test_the_list_of_grievances_the_issue_quotes_is_several_reasons_once():
    # The draft checker's first phrase list ("and also", "moreover", ...) found nothing here; the
    # one list both checkers share now has "also," and the grievance reading counts three.
    from clientfit.offboarding.drafts import ADDED_REASON, _phrase

    text = "Also, you always pay late, you text me at night and you keep changing your mind."
    assert any(_phrase(p).search(text) for p in ADDED_REASON)
    assert [w.code for w in check_draft(text)] == ["several_reasons"]
