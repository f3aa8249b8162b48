<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <location filename="../../desktop/clientfit/ui/app.py" line="109" />
            <source>Load the demo portfolio</source>
            <translation>Läs in demokunderna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/app.py" line="206" />
            <source>Open the database on this computer instead?</source>
            <translation>Öppna databasen på den här datorn i stället?</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/app.py" line="113" />
            <source>Start empty</source>
            <translation>Börja med en tom kundlista</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/app.py" line="223" />
            <source>That was not right. Passphrase:</source>
            <translation>Det var inte rätt. Lösenfras:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/app.py" line="188" />
            <source>The automatic backup failed: {error}</source>
            <translation>Den automatiska säkerhetskopieringen misslyckades: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/app.py" line="98" />
            <source>Welcome to Clientfit</source>
            <translation>Välkommen till Clientfit</translation>
        </message>
        <message>
            <source>Would you like to look around with a demo portfolio of eight freelance clients (some of them clearly trouble), or start with an empty roster?</source>
            <translation type="vanished">Vill du titta runt med åtta påhittade frilanskunder (några av dem tydligt besvärliga), eller börja med en tom kundlista?</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/app.py" line="101" />
            <source>Would you like to look around with a demo portfolio of eight freelance clients (some of them clearly trouble), or start with an empty roster? While the roster is empty, File → Load Demo Portfolio… loads the demo later.</source>
            <translation>Vill du titta runt med en demoportfölj med åtta frilanskunder (några av dem tydligt besvärliga), eller börja med en tom kundlista? Så länge kundlistan är tom kan du läsa in demon senare med Arkiv → Läs in demoportföljen….</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/app.py" line="99" />
            <source>Your client roster is empty.</source>
            <translation>Din kundlista är tom.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/app.py" line="221" />
            <source>Your data is encrypted. Passphrase:</source>
            <translation>Dina data är krypterade. Lösenfras:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/app.py" line="303" />
            <source>Your database was upgraded to this version of Clientfit. A backup of the old one is at:
{path}</source>
            <translation>Databasen har uppgraderats till den här versionen av Clientfit. En säkerhetskopia av den gamla finns här:
{path}</translation>
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/appearance_page.py" line="61" />
            <source>&amp;Appearance</source>
            <translation>&amp;Utseende</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/appearance_page.py" line="53" />
            <source>Appearance:</source>
            <translation>Utseende:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/appearance_page.py" line="38" />
            <source>Appearance: %1</source>
            <translation>Utseende: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/appearance_page.py" line="31" />
            <source>Dark</source>
            <translation>Mörkt</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/appearance_page.py" line="30" />
            <source>Light</source>
            <translation>Ljust</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/appearance_page.py" line="29" />
            <source>Like the rest of my computer</source>
            <translation>Som resten av datorn</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/appearance_page.py" line="47" />
            <source>The new look applies at once, to every open window. The health colours stay the same in both, so green, amber and red mean what they always mean.</source>
            <translation>Det nya utseendet gäller direkt, i alla öppna fönster. Hälsofärgerna är desamma i båda, så grönt, gult och rött betyder det de alltid betyder.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="165" />
            <source>&amp;Back Up Now</source>
            <translation>&amp;Säkerhetskopiera nu</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="167" />
            <source>&amp;Restore…</source>
            <translation>&amp;Återställ…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="166" />
            <source>Back up now</source>
            <translation>Säkerhetskopiera nu</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="123" />
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="153" />
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="284" />
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="195" />
            <source>Backups made by hand, before a restore or before an upgrade are deleted after one day (Settings → Privacy).</source>
            <translation>Säkerhetskopior som du har gjort själv, före en återställning eller före en uppgradering tas bort efter en dag (Inställningar → Integritet).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="199" />
            <source>Backups made by hand, before a restore or before an upgrade are deleted after {n} days (Settings → Privacy).</source>
            <translation>Säkerhetskopior som du har gjort själv, före en återställning eller före en uppgradering tas bort efter {n} dagar (Inställningar → Integritet).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="190" />
            <source>Backups made by hand, before a restore or before an upgrade are kept until you delete them; Settings → Privacy can delete them after a number of days.</source>
            <translation>Säkerhetskopior som du har gjort själv, före en återställning eller före en uppgradering sparas tills du tar bort dem; under Inställningar → Integritet kan de tas bort efter ett antal dagar.</translation>
        </message>
        <message>
            <source>Clientfit backs up your database automatically every half hour while you work and keeps the last 12 days, 10 weeks and 9 months. Every backup is checked before it is kept. Backups made by hand or before a restore are never deleted.</source>
            <translation type="vanished">Clientfit säkerhetskopierar databasen automatiskt varje halvtimme medan du arbetar och sparar de senaste 12 dagarna, 10 veckorna och 9 månaderna. Varje säkerhetskopia kontrolleras innan den sparas. Säkerhetskopior som du har gjort själv eller som gjordes före en återställning tas aldrig bort.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="130" />
            <source>Clientfit backs up your database automatically every half hour while you work and keeps the newest of each of the last 12 days, 10 weeks and 9 months. Every backup is checked before it is kept.</source>
            <translation>Clientfit säkerhetskopierar databasen automatiskt varje halvtimme medan du arbetar och sparar den senaste från var och en av de senaste 12 dagarna, 10 veckorna och 9 månaderna. Varje säkerhetskopia kontrolleras innan den sparas.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="91" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="140" />
            <source>Folder: {folder}</source>
            <translation>Mapp: {folder}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="96" />
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="161" />
            <source>No backups yet.</source>
            <translation>Inga säkerhetskopior än.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="281" />
            <source>Restore backup</source>
            <translation>Återställ säkerhetskopia</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="250" />
            <source>Restore the backup from {date} ({kind})?

Everything you changed since then will be replaced. The current state is backed up first, so you can go back to it.</source>
            <translation>Återställa säkerhetskopian från {date} ({kind})?

Allt du har ändrat sedan dess ersätts. Det nuvarande läget säkerhetskopieras först, så att du kan gå tillbaka till det.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="168" />
            <source>Restore the selected backup</source>
            <translation>Återställ den markerade säkerhetskopian</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="275" />
            <source>Restored the backup from {date}.</source>
            <translation>Säkerhetskopian från {date} är återställd.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="100" />
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="61" />
            <source>automatic</source>
            <translation>automatisk</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="70" />
            <source>backup</source>
            <translation>säkerhetskopia</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="65" />
            <source>before a restore</source>
            <translation>före en återställning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="67" />
            <source>before an upgrade</source>
            <translation>före en uppgradering</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="69" />
            <source>damaged database, set aside</source>
            <translation>skadad databas, flyttad åt sidan</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="63" />
            <source>made by hand</source>
            <translation>manuell</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="78" />
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="75" />
            <source>{n} bytes</source>
            <translation>{n} byte</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/backups/dialog.py" line="77" />
            <source>{n} kB</source>
            <translation>{n} kB</translation>
        </message>
    </context>
    <context>
        <name>Band</name>
        <message>
            <source>Consider ending</source>
            <translation type="vanished">Överväg att avsluta</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation type="vanished">Sund</translation>
        </message>
        <message>
            <source>Not enough data yet</source>
            <translation type="vanished">För lite data ännu</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation type="vanished">Okänd</translation>
        </message>
        <message>
            <source>Watch</source>
            <translation type="vanished">Håll ögonen på</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="50" />
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="50" />
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="160" />
            <source>%1 of %2 items ticked.</source>
            <translation>%1 av %2 punkter avbockade.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="93" />
            <source>2. Review the contract</source>
            <translation>2. Gå igenom avtalet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="116" />
            <source>A loose end: credentials, files or access to hand back…</source>
            <translation>En lös tråd: inloggningar, filer eller behörigheter att lämna tillbaka…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="119" />
            <source>Add loose end</source>
            <translation>Lägg till lös tråd</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="110" />
            <source>Checklist progress</source>
            <translation>Hur långt checklistan har kommit</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="103" />
            <source>Contract checklist</source>
            <translation>Checklista för avtalet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="95" />
            <source>Go through the contract line by line; without one, gather every document that defined the scope, the first e-mails included. Deliver what has been paid for. Bold items need doing before you announce. Tick what is settled.</source>
            <translation>Gå igenom avtalet rad för rad. Finns inget avtal, samla alla dokument som definierade uppdraget, de första mejlen också. Leverera det som kunden har betalat för. Punkter i fetstil ska vara klara innan du lämnar beskedet. Bocka av det som är avklarat.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="114" />
            <source>New loose end</source>
            <translation>Ny lös tråd</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="121" />
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/checklist.py" line="122" />
            <source>Remove the selected loose end</source>
            <translation>Ta bort den markerade lösa tråden</translation>
        </message>
    </context>
    <context>
        <name>ClientBreakdownModel</name>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/by_client.py" line="32" />
            <source>Already there</source>
            <translation>Fanns redan</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/by_client.py" line="28" />
            <source>Client</source>
            <translation>Kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/by_client.py" line="13" />
            <source>Matched</source>
            <translation>Matchad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/by_client.py" line="30" />
            <source>New</source>
            <translation>Nya</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/by_client.py" line="12" />
            <source>New client</source>
            <translation>Ny kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/by_client.py" line="29" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/by_client.py" line="31" />
            <source>Updated</source>
            <translation>Uppdaterade</translation>
        </message>
    </context>
    <context>
        <name>ClientCommands</name>
        <message>
            <source>Delete client</source>
            <translation type="vanished">Ta bort kund</translation>
        </message>
        <message>
            <source>Delete “{name}” and all its contacts, notes, messages, time entries, invoices and deliverables?

To keep the history, archive the client instead.</source>
            <translation type="vanished">Ta bort ”{name}” med alla kontaktpersoner, anteckningar, meddelanden, tidrapporter, fakturor och leveranser?

Vill du behålla historiken kan du arkivera kunden i stället.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/client_commands.py" line="93" />
            <source>Edit client</source>
            <translation>Redigera kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/client_commands.py" line="169" />
            <source>Left as they were: {list}</source>
            <translation>Lämnade som de var: {list}</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation type="vanished">Nytt namn:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/client_commands.py" line="97" />
            <source>Overwrite</source>
            <translation>Skriv över</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/client_commands.py" line="96" />
            <source>Reload</source>
            <translation>Läs in igen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/client_commands.py" line="167" />
            <source>Removed from {n} backups.</source>
            <translation>Borttagen ur {n} säkerhetskopior.</translation>
        </message>
        <message>
            <source>Rename client</source>
            <translation type="vanished">Byt namn på kund</translation>
        </message>
    </context>
    <context>
        <name>ClientDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="64" />
            <source> day</source>
            <translation> dag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="64" />
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="70" />
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="58" />
            <source>&amp;Currency:</source>
            <translation>&amp;Valuta:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="75" />
            <source>&amp;Gut feeling:</source>
            <translation>&amp;Magkänsla:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="66" />
            <source>&amp;Keep in touch:</source>
            <translation>Håll &amp;kontakten:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="53" />
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>1 – dread every message</source>
            <translation type="vanished">1 – jag bävar för varje meddelande</translation>
        </message>
        <message>
            <source>2 – draining</source>
            <translation type="vanished">2 – tär på krafterna</translation>
        </message>
        <message>
            <source>3 – fine</source>
            <translation type="vanished">3 – okej</translation>
        </message>
        <message>
            <source>4 – good</source>
            <translation type="vanished">4 – bra</translation>
        </message>
        <message>
            <source>5 – a joy to work with</source>
            <translation type="vanished">5 – en fröjd att jobba med</translation>
        </message>
        <message>
            <source>C&amp;ontract document:</source>
            <translation type="vanished">Avtals&amp;dokument:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="83" />
            <source>Disrespectful</source>
            <translation>Respektlös</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="49" />
            <source>Edit client</source>
            <translation>Redigera kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="56" />
            <source>N&amp;eeds:</source>
            <translation>B&amp;ehov:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="49" />
            <source>New client</source>
            <translation>Ny kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="68" />
            <source>No reminder</source>
            <translation>Ingen påminnelse</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation type="vanished">Inte bedömd</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="62" />
            <source>Payment &amp;terms:</source>
            <translation>&amp;Betalningsvillkor:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="81" />
            <source>The client has been &amp;disrespectful</source>
            <translation>Kunden har varit &amp;respektlös</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="72" />
            <source>Today reminds you when no message, meeting or note came for this long</source>
            <translation>Idag påminner dig när inget meddelande, möte eller anteckning kommit på så här länge</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="57" />
            <source>e.g. branding, wordpress, copywriting</source>
            <translation>t.ex. varumärke, wordpress, copywriting</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="69" />
            <source>every </source>
            <translation>var </translation>
        </message>
        <message>
            <source>path to the signed contract, or empty for none</source>
            <translation type="vanished">sökväg till det underskrivna avtalet, eller tomt om det inte finns något</translation>
        </message>
    </context>
    <context>
        <name>ClientView</name>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="141" />
            <location filename="../../desktop/clientfit/ui/client/view.py" line="279" />
            <source>&amp;Contacts</source>
            <translation>&amp;Kontakter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="146" />
            <source>&amp;Deliverables</source>
            <translation>&amp;Leveranser</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="145" />
            <location filename="../../desktop/clientfit/ui/client/view.py" line="281" />
            <source>&amp;Invoices</source>
            <translation>&amp;Fakturor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="143" />
            <location filename="../../desktop/clientfit/ui/client/view.py" line="280" />
            <source>&amp;Messages</source>
            <translation>&amp;Meddelanden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="144" />
            <source>&amp;Time</source>
            <translation>&amp;Tid</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/common/record_tab.py" line="56" />
            <source>Add…</source>
            <translation>Lägg till…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="234" />
            <source>Archived {day}</source>
            <translation>Arkiverad {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="104" />
            <source>Client name</source>
            <translation>Kundens namn</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="131" />
            <source>Client records</source>
            <translation>Kunduppgifter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="114" />
            <source>Client summary</source>
            <translation>Sammanfattning av kunden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="132" />
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="147" />
            <source>Contr&amp;act</source>
            <translation>&amp;Avtal</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="253" />
            <source>Contract: {path}</source>
            <translation>Avtal: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="298" />
            <source>Delete</source>
            <location filename="../../desktop/clientfit/ui/common/record_tab.py" line="58" />
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="327" />
            <source>Delete the contact “{name}”?</source>
            <translation>Ta bort kontaktpersonen ”{name}”?</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="394" />
            <source>Delete the deliverable “{title}” and its revision rounds?</source>
            <translation>Ta bort leveransen ”{title}” och dess ändringsrundor?</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="351" />
            <source>Delete this note?</source>
            <translation>Ta bort anteckningen?</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="92" />
            <source>Deliverable</source>
            <translation>Leverans</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="137" />
            <source>Deliverables</source>
            <translation>Leveranser</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="94" />
            <source>Delivered</source>
            <translation>Levererad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="53" />
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="31" />
            <source>Direction</source>
            <translation>Riktning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="73" />
            <source>Due</source>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="93" />
            <translation>Förfaller</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="103" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/common/record_tab.py" line="57" />
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="35" />
            <source>Flags</source>
            <translation>Märkning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="249" />
            <source>Gut feeling: {n}/5</source>
            <translation>Magkänsla: {n}/5</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="51" />
            <source>Hours</source>
            <translation>Timmar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="136" />
            <source>Invoices</source>
            <translation>Fakturor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="72" />
            <source>Issued</source>
            <translation>Utfärdad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="259" />
            <source>Marked disrespectful</source>
            <translation>Markerad som respektlös</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="134" />
            <source>Messages</source>
            <translation>Meddelanden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="142" />
            <source>N&amp;otes</source>
            <translation>&amp;Anteckningar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="101" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="237" />
            <source>Needs: {needs}</source>
            <translation>Behov: {needs}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="262" />
            <source>No contacts yet.</source>
            <translation>Inga kontakter än.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="255" />
            <source>No contract on file</source>
            <translation>Inget avtal sparat</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="275" />
            <source>No deliverables yet.</source>
            <translation>Inga leveranser än.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="273" />
            <source>No invoices. Import an invoice export with File → Import…</source>
            <translation>Inga fakturor. Importera en fakturaexport med Arkiv → Importera…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="265" />
            <source>No messages. Import mail with File → Import…</source>
            <translation>Inga meddelanden. Importera e-post med Arkiv → Importera…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="239" />
            <source>No needs recorded</source>
            <translation>Inga behov angivna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="263" />
            <source>No notes yet.</source>
            <translation>Inga anteckningar än.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="269" />
            <source>No time entries. Import a time-tracker export with File → Import…</source>
            <translation>Ingen registrerad tid. Importera en export från ditt tidrapporteringsverktyg med Arkiv → Importera…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="108" />
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="133" />
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="71" />
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="81" />
            <source>Outstanding</source>
            <translation>Att betala</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="95" />
            <source>Paid</source>
            <translation>Betald</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="89" />
            <source>Paid on</source>
            <translation>Betald den</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="245" />
            <source>Payment terms: %1 days</source>
            <translation>Betalningsvillkor: %1 dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="244" />
            <source>Payment terms: 1 day</source>
            <translation>Betalningsvillkor: 1 dag</translation>
        </message>
        <message>
            <source>Payment terms: {n} days</source>
            <translation type="vanished">Betalningsvillkor: {n} dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="104" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="52" />
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="96" />
            <source>Revision rounds</source>
            <translation>Ändringsrundor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="102" />
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="152" />
            <source>Select a client on the left, or add one with Client → New Client (Ctrl+N).</source>
            <translation>Välj en kund till vänster, eller lägg till en med Kund → Ny kund (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="30" />
            <source>Sent</source>
            <translation>Skickat</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="50" />
            <source>Started</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="88" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="34" />
            <source>Subject</source>
            <translation>Ämne</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/view.py" line="135" />
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="74" />
            <source>Total</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="107" />
            <source>Written</source>
            <translation>Skriven</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="41" />
            <source>change request</source>
            <translation>ändringsönskemål</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="65" />
            <source>disputed</source>
            <translation>bestriden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="32" />
            <source>from client</source>
            <translation>från kunden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="95" />
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="42" />
            <source>not quite</source>
            <translation>inte riktigt</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="64" />
            <source>open</source>
            <translation>obetald</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="63" />
            <source>overdue</source>
            <translation>förfallen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="62" />
            <source>paid</source>
            <translation>betald</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="66" />
            <source>partly paid</source>
            <translation>delvis betald</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="60" />
            <source>partly paid (amount unknown)</source>
            <translation>delvis betald (okänt belopp)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="32" />
            <source>to client</source>
            <translation>till kunden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="43" />
            <source>urgent</source>
            <translation>brådskande</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/columns.py" line="95" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>ColleagueForm</name>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="92" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="86" />
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="95" />
            <source>&amp;Skills:</source>
            <translation>&amp;Kompetenser:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="83" />
            <source>Edit colleague</source>
            <translation>Redigera kollega</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="83" />
            <source>New colleague</source>
            <translation>Ny kollega</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="97" />
            <source>e.g. WordPress, SEO, copywriting</source>
            <translation>t.ex. WordPress, SEO, copywriting</translation>
        </message>
    </context>
    <context>
        <name>ColleaguesDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="113" />
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="122" />
            <source>Colleagues</source>
            <translation>Kollegor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="34" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="33" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="138" />
            <source>No colleagues yet. Add the people you would refer a client to.</source>
            <translation>Inga kollegor än. Lägg till dem du skulle tipsa en kund om.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="168" />
            <source>Remove colleague</source>
            <translation>Ta bort kollega</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="169" />
            <source>Remove “%1” from your network?</source>
            <translation>Ta bort ”%1” från ditt nätverk?</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="35" />
            <source>Skills</source>
            <translation>Kompetenser</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/colleagues/dialog.py" line="117" />
            <source>The people you would refer a client to. Their skills are matched against your clients' needs when a plan suggests whom to refer.</source>
            <translation>De du skulle tipsa en kund om. Deras kompetenser matchas mot kundernas behov när en plan föreslår vem du kan rekommendera.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="120" />
            <source>&amp;E-mail addresses:</source>
            <translation>&amp;E-postadresser:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="116" />
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="123" />
            <source>&amp;Phone numbers:</source>
            <translation>&amp;Telefonnummer:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="118" />
            <source>&amp;Role:</source>
            <translation>&amp;Roll:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="112" />
            <source>Edit contact</source>
            <translation>Redigera kontaktperson</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="112" />
            <source>New contact</source>
            <translation>Ny kontaktperson</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="122" />
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="124" />
            <source>comma-separated</source>
            <translation>separera med kommatecken</translation>
        </message>
    </context>
    <context>
        <name>ContractTab</name>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="102" />
            <source> day</source>
            <translation> dag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="102" />
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="197" />
            <source>%1 (a path only: attach the file to keep it)</source>
            <translation>%1 (bara en sökväg: bifoga filen för att spara den)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="194" />
            <source>%1 (not saved yet)</source>
            <translation>%1 (inte sparad än)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="189" />
            <source>%1 (stored in the database, %2 kB)</source>
            <translation>%1 (sparad i databasen, %2 kB)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="135" />
            <source>&amp;Ends:</source>
            <translation>S&amp;lutar:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="131" />
            <source>&amp;Notice:</source>
            <translation>&amp;Uppsägningstid:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="93" />
            <source>&amp;Remove Document</source>
            <translation>&amp;Ta bort dokumentet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="133" />
            <source>&amp;Starts:</source>
            <translation>Bö&amp;rjar:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="91" />
            <source>Attac&amp;h Signed Contract…</source>
            <translation>&amp;Bifoga undertecknat avtal…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="208" />
            <source>Attach the signed contract</source>
            <translation>Bifoga det undertecknade avtalet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="132" />
            <source>C&amp;lause:</source>
            <translation>&amp;Klausul:</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="vanished">Avtal</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="90" />
            <source>Contract document</source>
            <translation>Avtalsdokument</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="128" />
            <source>Document:</source>
            <translation>Dokument:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="210" />
            <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
            <translation>Dokument (*.pdf *.docx *.odt *.txt);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="112" />
            <source>Ends</source>
            <translation>Slutar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="115" />
            <source>How and when either side may end it, in your own words.</source>
            <translation>Hur och när parterna får säga upp det, med dina egna ord.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="120" />
            <source>Licences, who owns the files, whether you may show the work in your portfolio.</source>
            <translation>Licenser, vem som äger filerna, om du får visa arbetet i din portfolio.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="186" />
            <source>No contract on file.</source>
            <translation>Inget avtal sparat.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="134" />
            <source>Rene&amp;ws:</source>
            <translation>&amp;Förlängs:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="111" />
            <source>Renews</source>
            <translation>Förlängs</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="137" />
            <source>Rights:</source>
            <translation>Rättigheter:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="142" />
            <source>Sa&amp;ve Contract</source>
            <translation>S&amp;para avtalet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="92" />
            <source>Save a Cop&amp;y…</source>
            <translation>Spara en k&amp;opia…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="232" />
            <source>Save a copy</source>
            <translation>Spara en kopia</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="110" />
            <source>Starts</source>
            <translation>Börjar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="136" />
            <source>Termination terms:</source>
            <translation>Villkor för uppsägning:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="107" />
            <source>e.g. § 9</source>
            <translation>t.ex. § 9</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/contract_tab.py" line="101" />
            <source>not stated</source>
            <translation>anges inte</translation>
        </message>
    </context>
    <context>
        <name>CoolOffPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="49" />
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="55" />
            <source> day</source>
            <translation> dag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="49" />
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="55" />
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="112" />
            <source>%1 days left</source>
            <translation>%1 dagar kvar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="110" />
            <source>1 day left</source>
            <translation>1 dag kvar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="32" />
            <source>1. Cool off</source>
            <translation>1. Låt det svalna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="60" />
            <source>Considerations</source>
            <translation>Tidigare funderingar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="50" />
            <source>Cooling-off period</source>
            <translation>Betänketid</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="51" />
            <source>Cooling-off period:</source>
            <translation>Betänketid:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="59" />
            <source>Cooling-off status</source>
            <translation>Läget för betänketiden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="71" />
            <source>Drop the plan; the client stays active.</source>
            <translation>Avbryt planen; kunden förblir aktiv.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="61" />
            <source>Gut feeling</source>
            <translation>Magkänsla</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="70" />
            <source>I changed my mind…</source>
            <translation>Jag har ändrat mig…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="56" />
            <source>Notice period</source>
            <translation>Uppsägningstid</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="57" />
            <source>Notice period:</source>
            <translation>Uppsägningstid:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="42" />
            <source>Reason for ending</source>
            <translation>Skäl till avslutet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="45" />
            <source>Reason:</source>
            <translation>Skäl:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="68" />
            <source>Save reason</source>
            <translation>Spara skälet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="66" />
            <source>Start the plan</source>
            <translation>Starta planen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="115" />
            <source>Started %1. Cooling off until %2 (%3): this is a draft.</source>
            <translation>Påbörjad %1. Betänketid till %2 (%3): det här är ett utkast.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="104" />
            <source>Started %1. The cooling-off period ended on %2.</source>
            <translation>Påbörjad %1. Betänketiden gick ut %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="34" />
            <source>Take emotion out of it: don't act in frustration. Write down why, then wait a few days before you act. Until the cooling-off period has passed, everything the plan produces is a draft.</source>
            <translation>Lägg känslorna åt sidan och agera inte i frustration. Skriv ner varför, och vänta sedan några dagar innan du gör något. Så länge betänketiden pågår är allt som planen tar fram ett utkast.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="94" />
            <source>The plan has not started yet.</source>
            <translation>Planen har inte startat än.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="123" />
            <source>Times you have considered ending this client: %1 in all, %2 in the last 30 days, %3 in the last year.</source>
            <translation>Så många gånger har du övervägt att avsluta kunden: %1 totalt, %2 de senaste 30 dagarna, %3 det senaste året.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/cooling_off.py" line="43" />
            <source>Why are you ending this client? (for you)</source>
            <translation>Varför avslutar du samarbetet? (bara för dig själv)</translation>
        </message>
    </context>
    <context>
        <name>DatabasePage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="74" />
            <source>&amp;Database</source>
            <translation>&amp;Databas</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="52" />
            <source>&amp;Test connection</source>
            <translation>&amp;Testa anslutningen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="86" />
            <source>A PostgreSQL address starts with postgresql:// (%1).</source>
            <translation>En PostgreSQL-adress börjar med postgresql:// (%1).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="40" />
            <source>A shared database (PostgreSQL)</source>
            <translation>En delad databas (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="113" />
            <source>Connected: PostgreSQL %1, a Clientfit database (schema %2).</source>
            <translation>Ansluten: PostgreSQL %1, en Clientfit-databas (schema %2).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="109" />
            <source>Connected: PostgreSQL %1; the database is new, Clientfit will set it up.</source>
            <translation>Ansluten: PostgreSQL %1; databasen är ny, Clientfit gör i ordning den.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="101" />
            <source>Connecting…</source>
            <translation>Ansluter…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="98" />
            <source>Enter an address that starts with postgresql://</source>
            <translation>Skriv en adress som börjar med postgresql://</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="43" />
            <source>For two computers or a small studio: the roster on a PostgreSQL server, each person logged in as their own role. Leave the field empty to use the file on this computer. The change applies at the next start.</source>
            <translation>För två datorer eller en liten studio: kundlistan på en PostgreSQL-server, där var och en loggar in med sin egen roll. Lämna fältet tomt för att använda filen på den här datorn. Ändringen gäller från nästa start.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="51" />
            <source>PostgreSQL database address</source>
            <translation>PostgreSQL-databasens adress</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="37" />
            <source>This window works on %1: %2</source>
            <translation>Det här fönstret arbetar i %1: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="35" />
            <source>a PostgreSQL database</source>
            <translation>en PostgreSQL-databas</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/database_page.py" line="35" />
            <source>a file</source>
            <translation>en fil</translation>
        </message>
    </context>
    <context>
        <name>DeleteClientDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/client/delete_dialog.py" line="49" />
            <source>Also remove it from every backup (there are {n})</source>
            <translation>Ta också bort den ur alla säkerhetskopior (det finns {n})</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/delete_dialog.py" line="54" />
            <source>Anonymise instead</source>
            <translation>Anonymisera i stället</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/delete_dialog.py" line="53" />
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/delete_dialog.py" line="32" />
            <source>Delete client</source>
            <translation>Ta bort kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/delete_dialog.py" line="36" />
            <source>Delete “{name}” and all its contacts, notes, messages, time entries, invoices and deliverables?</source>
            <translation>Ta bort ”{name}” och alla dess kontakter, anteckningar, meddelanden, tidsposter, fakturor och leveranser?</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/delete_dialog.py" line="43" />
            <source>It stays deleted: imports and syncs will skip it until you allow it back. To keep the history, archive the client instead.</source>
            <translation>Den förblir borttagen: importer och synkningar hoppar över den tills du släpper tillbaka den. Arkivera kunden i stället om du vill behålla historiken.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/delete_dialog.py" line="56" />
            <source>Keep the money and hours in your totals; remove the name, contacts and notes.</source>
            <translation>Behåll pengar och timmar i dina summor; ta bort namnet, kontakterna och anteckningarna.</translation>
        </message>
    </context>
    <context>
        <name>DeliverableDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="201" />
            <source>&amp;Price:</source>
            <translation>&amp;Pris:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="194" />
            <source>&amp;Title:</source>
            <translation>&amp;Rubrik:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="198" />
            <source>Delivered:</source>
            <translation>Levererad:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="196" />
            <source>Due:</source>
            <translation>Förfaller:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="190" />
            <source>Edit deliverable</source>
            <translation>Redigera leverans</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="216" />
            <source>Invoices are linked by importing them; paid status follows the invoice unless you say otherwise here.</source>
            <translation>Fakturor kopplas när du importerar dem; betalstatus följer fakturan om du inte anger något annat här.</translation>
        </message>
        <message>
            <source>Link the deliverable to an invoice by importing invoices; paid status follows the invoice.</source>
            <translation type="vanished">Koppla leveransen till en faktura genom att importera fakturor; betalstatusen följer fakturan.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="190" />
            <source>New deliverable</source>
            <translation>Ny leverans</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="206" />
            <source>P&amp;aid:</source>
            <translation>&amp;Betald:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="236" />
            <source>The price cannot be negative.</source>
            <translation>Priset kan inte vara negativt.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="233" />
            <source>The price must be a number, e.g. 12500 or 12500.50.</source>
            <translation>Priset måste vara ett tal, t.ex. 12500 eller 12500,50.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="208" />
            <source>as the invoice says</source>
            <translation>som fakturan säger</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="198" />
            <source>delivered on</source>
            <translation>levererad den</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="196" />
            <source>has a due date</source>
            <translation>har ett förfallodatum</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="210" />
            <source>no, not yet</source>
            <translation>nej, inte än</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="205" />
            <source>optional, e.g. 12500</source>
            <translation>frivilligt, t.ex. 12500</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="209" />
            <source>yes (paid in advance, say)</source>
            <translation>ja (till exempel förskott)</translation>
        </message>
    </context>
    <context>
        <name>DoneDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/today/snooze.py" line="67" />
            <source>Done</source>
            <translation>Klar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/snooze.py" line="71" />
            <source>Optional. For example: sent a reminder</source>
            <translation>Frivilligt. Till exempel: skickade en påminnelse</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/snooze.py" line="73" />
            <source>What you did:</source>
            <translation>Vad du gjorde:</translation>
        </message>
    </context>
    <context>
        <name>EndDateDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/end_date.py" line="30" />
            <source>End date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/end_date.py" line="31" />
            <source>End date:</source>
            <translation>Slutdatum:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/end_date.py" line="17" />
            <source>Finish the plan</source>
            <translation>Slutför planen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/end_date.py" line="21" />
            <source>The client will be archived with this end date. Nothing is deleted; you can restore the client later.</source>
            <translation>Kunden arkiveras med det här slutdatumet. Inget tas bort; du kan återställa kunden senare.</translation>
        </message>
    </context>
    <context>
        <name>EndingBanner</name>
        <message>
            <location filename="../../desktop/clientfit/ui/client/banner.py" line="107" />
            <source>End Collaboration…</source>
            <translation>Avsluta samarbetet…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/banner.py" line="70" />
            <location filename="../../desktop/clientfit/ui/client/banner.py" line="87" />
            <source>Ending</source>
            <translation>Avslutas</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/banner.py" line="100" />
            <source>Open the Plan…</source>
            <translation>Öppna planen…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/banner.py" line="104" />
            <source>This client is in the lowest band. When managing the problems has hit a wall, end the collaboration professionally.</source>
            <translation>Kunden ligger i det lägsta bandet. När det inte längre går att hantera problemen, avsluta samarbetet på ett professionellt sätt.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/banner.py" line="95" />
            <source>next: %1 on %2</source>
            <translation>nästa: %1 den %2</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/banner.py" line="91" />
            <source>waiting for payment of %1</source>
            <translation>väntar på betalning av %1</translation>
        </message>
    </context>
    <context>
        <name>Factor</name>
        <message>
            <source>After hours</source>
            <translation type="vanished">Utanför arbetstid</translation>
        </message>
        <message>
            <source>Gut feeling</source>
            <translation type="vanished">Magkänsla</translation>
        </message>
        <message>
            <source>Indecision</source>
            <translation type="vanished">Obeslutsamhet</translation>
        </message>
        <message>
            <source>Intensity</source>
            <translation type="vanished">Kontakttäthet</translation>
        </message>
        <message>
            <source>Late payment</source>
            <translation type="vanished">Sena betalningar</translation>
        </message>
        <message>
            <source>Profitability</source>
            <translation type="vanished">Lönsamhet</translation>
        </message>
        <message>
            <source>Time vs. revenue</source>
            <translation type="vanished">Tid mot intäkter</translation>
        </message>
    </context>
    <context>
        <name>FactorBar</name>
        <message>
            <location filename="../../desktop/clientfit/ui/health/charts.py" line="35" />
            <source>No data</source>
            <translation>Inga uppgifter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/charts.py" line="27" />
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/charts.py" line="37" />
            <source>Risk {pct} %</source>
            <translation>Risk {pct} %</translation>
        </message>
    </context>
    <context>
        <name>FactorLegend</name>
        <message>
            <location filename="../../desktop/clientfit/ui/health/legend.py" line="82" />
            <source>Each bar is the factor's risk, 0–100 %: green is low, amber is worth watching, red is high. The weight says how much a factor counts in the score (×1.5 counts half again as much as ×1). A dashed frame means no data yet.</source>
            <translation>Varje stapel är faktorns risk, 0–100 %: grönt är lågt, gult är värt att hålla ögonen på, rött är högt. Vikten säger hur mycket en faktor väger i poängen (×1,5 väger hälften mer än ×1). En streckad ram betyder att det inte finns data än.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/legend.py" line="91" />
            <source>Evidence</source>
            <translation>Underlag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/legend.py" line="87" />
            <source>Factor</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/legend.py" line="36" />
            <source>Risk</source>
            <location filename="../../desktop/clientfit/ui/health/legend.py" line="64" />
            <translation>Risk</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/legend.py" line="37" />
            <source>Risk from 0 to 100 %, in the colours of the bands</source>
            <translation>Risk från 0 till 100 %, i nivåernas färger</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/legend.py" line="88" />
            <source>Weight</source>
            <translation>Vikt</translation>
        </message>
    </context>
    <context>
        <name>GutScale</name>
        <message>
            <location filename="../../desktop/clientfit/ui/common/gut_scale.py" line="15" />
            <source>1 – dread every message</source>
            <translation>1 – varje meddelande känns tungt</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/common/gut_scale.py" line="14" />
            <source>2 – draining</source>
            <translation>2 – tar på krafterna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/common/gut_scale.py" line="13" />
            <source>3 – fine</source>
            <translation>3 – okej</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/common/gut_scale.py" line="12" />
            <source>4 – good</source>
            <translation>4 – bra</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/common/gut_scale.py" line="11" />
            <source>5 – a joy to work with</source>
            <translation>5 – en glädje att arbeta med</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/common/gut_scale.py" line="29" />
            <source>Not rated</source>
            <translation>Inte bedömd</translation>
        </message>
    </context>
    <context>
        <name>HappenedBox</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/happened.py" line="61" />
            <source>Decision announced</source>
            <translation>Beslutet meddelat</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/happened.py" line="62" />
            <source>Notice sent</source>
            <translation>Uppsägning skickad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/happened.py" line="39" />
            <source>On which day</source>
            <translation>Vilken dag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/happened.py" line="63" />
            <source>Payment reminder sent</source>
            <translation>Betalningspåminnelse skickad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/happened.py" line="40" />
            <source>Record</source>
            <translation>Anteckna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/happened.py" line="47" />
            <source>Recorded events</source>
            <translation>Antecknade händelser</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/happened.py" line="65" />
            <source>Referred to %1</source>
            <translation>Tipsade om %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/happened.py" line="33" />
            <source>What actually happened:</source>
            <translation>Vad som faktiskt hände:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/happened.py" line="35" />
            <source>What happened</source>
            <translation>Vad som hände</translation>
        </message>
    </context>
    <context>
        <name>HealthGauge</name>
        <message>
            <location filename="../../desktop/clientfit/ui/health/gauge.py" line="40" />
            <source>Health gauge</source>
            <translation>Hälsomätare</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation type="vanished">Inga uppgifter än</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/gauge.py" line="63" />
            <source>No score: not enough data yet</source>
            <translation>Ingen poäng: för lite uppgifter än</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/gauge.py" line="66" />
            <source>Score {score} of 100: {band}</source>
            <translation>Poäng {score} av 100: {band}</translation>
        </message>
    </context>
    <context>
        <name>HealthPanel</name>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="187" />
            <source>&amp;Gut feeling:</source>
            <translation>&amp;Magkänsla:</translation>
        </message>
        <message>
            <source>1 – dread</source>
            <translation type="vanished">1 – bävar</translation>
        </message>
        <message>
            <source>3 – so-so</source>
            <translation type="vanished">3 – sådär</translation>
        </message>
        <message>
            <source>5 – delight</source>
            <translation type="vanished">5 – en fröjd</translation>
        </message>
        <message>
            <source>A score needs more evidence:</source>
            <translation type="vanished">Poäng kräver mer underlag:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="331" />
            <source>Add a deliverable first</source>
            <translation>Lägg till en leverans först</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="142" />
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="284" />
            <source>Client health</source>
            <translation>Kundrelationens hälsa</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="337" />
            <source>Considered ending {n}× in the last 30 days</source>
            <translation>Övervägt att avsluta: {n} gånger på 30 dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="182" />
            <source>Gut feeling about this client</source>
            <translation>Magkänsla för kunden</translation>
        </message>
        <message>
            <source>Gut feeling: not rated</source>
            <translation type="vanished">Magkänsla: inte bedömd</translation>
        </message>
        <message>
            <source>Gut feeling: {label}</source>
            <translation type="vanished">Magkänsla: {label}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="190" />
            <source>I considered ending this client today</source>
            <translation>Jag övervägde att avsluta i dag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="153" />
            <source>Last 12 months</source>
            <translation>Senaste 12 månaderna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="175" />
            <source>Log a revision round</source>
            <translation>Ny ändringsrunda</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="176" />
            <source>Log a revision round on a deliverable</source>
            <translation>Registrera en ändringsrunda på en leverans</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="333" />
            <source>Log one more round of changes</source>
            <translation>Registrera ytterligare en ändringsrunda</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="107" />
            <source>No data</source>
            <translation>Inga uppgifter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="121" />
            <source>Risk {risk} %, weight {weight}</source>
            <translation>Risk {risk} %, vikt {weight}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="315" />
            <source>The database is read-only: nothing can be logged.</source>
            <translation>Databasen är skrivskyddad: inget kan loggas.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="285" />
            <source>The health score could not be computed:
{error}</source>
            <translation>Hälsopoängen kunde inte räknas ut:
{error}</translation>
        </message>
        <message>
            <source>What is missing for a score</source>
            <translation type="vanished">Vad som saknas för en poäng</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/panel.py" line="323" />
            <source>{title} ({n} rounds so far)</source>
            <translation>{title} ({n} rundor hittills)</translation>
        </message>
    </context>
    <context>
        <name>HealthSettingsPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="122" />
            <source> per hour</source>
            <translation> per timme</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="192" />
            <source>&amp;Health</source>
            <translation>&amp;Hälsa</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="96" />
            <source>Add day off</source>
            <translation>Lägg till ledig dag</translation>
        </message>
        <message>
            <source>Asks for changes or says “not quite”:</source>
            <translation type="vanished">Ber om ändringar eller säger ”inte riktigt”:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="95" />
            <source>Day off to add</source>
            <translation>Ledig dag att lägga till</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="90" />
            <source>Days off</source>
            <translation>Lediga dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="115" />
            <source>Days off (holidays, vacation):</source>
            <translation>Lediga dagar (helgdagar, semester):</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="56" />
            <source>Fri</source>
            <translation>fre</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="46" />
            <source>Health settings</source>
            <translation>Inställningar för hälsa</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="124" />
            <source>How much each factor counts (0 = not at all)</source>
            <translation>Hur mycket varje faktor väger (0 = inte alls)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="52" />
            <source>Mon</source>
            <translation>mån</translation>
        </message>
        <message>
            <source>Phrases in messages (one per line, English or Swedish)</source>
            <translation type="vanished">Fraser i meddelanden (en per rad, på engelska eller svenska)</translation>
        </message>
        <message>
            <source>Phrases that ask for changes</source>
            <translation type="vanished">Fraser som ber om ändringar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="142" />
            <source>Rate</source>
            <translation>Timpenning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="98" />
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="99" />
            <source>Remove the selected day off</source>
            <translation>Ta bort den markerade lediga dagen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="146" />
            <source>Restore defaults</source>
            <translation>Återställ standardvärden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="147" />
            <source>Restore the default health settings</source>
            <translation>Återställ standardinställningarna för hälsa</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="57" />
            <source>Sat</source>
            <translation>lör</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="58" />
            <source>Sun</source>
            <translation>sön</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="80" />
            <source>System time zone ({zone})</source>
            <translation>Systemets tidszon ({zone})</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="123" />
            <source>Target hourly rate</source>
            <translation>Mål för timpenning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="144" />
            <source>Target hourly rate:</source>
            <translation>Mål för timpenning:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="121" />
            <source>The portfolio's median</source>
            <translation>Medianen för alla kunder</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="55" />
            <source>Thu</source>
            <translation>tor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="78" />
            <source>Time zone</source>
            <translation>Tidszon</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="114" />
            <source>Time zone:</source>
            <translation>Tidszon:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="53" />
            <source>Tue</source>
            <translation>tis</translation>
        </message>
        <message>
            <source>Urgent:</source>
            <translation type="vanished">Brådskande:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="54" />
            <source>Wed</source>
            <translation>ons</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="133" />
            <source>Weight of {factor}</source>
            <translation>Vikt för {factor}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="110" />
            <source>When you work</source>
            <translation>När du arbetar</translation>
        </message>
        <message>
            <source>Words that mark a message urgent</source>
            <translation type="vanished">Ord som gör ett meddelande brådskande</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="70" />
            <source>Working day ends</source>
            <translation>Arbetsdagen slutar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="67" />
            <source>Working day starts</source>
            <translation>Arbetsdagen börjar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="61" />
            <source>Working day: {day}</source>
            <translation>Arbetsdag: {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="112" />
            <source>Working days:</source>
            <translation>Arbetsdagar:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/health_page.py" line="113" />
            <source>Working hours:</source>
            <translation>Arbetstid:</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="184" />
            <source>&amp;Getting Started</source>
            <translation>&amp;Kom igång</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="188" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Ko&amp;rtkommandon</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="49" />
            <source>Beside the gauge each factor has a bar: its risk from 0 to 100 % in the colour of its band, its weight, and the evidence behind it. A client with too little data has no score yet; the panel says what is missing.</source>
            <translation>Bredvid mätaren har varje faktor en stapel: dess risk från 0 till 100 % i nivåns färg, dess vikt och underlaget bakom. En kund med för lite data har ingen poäng än; panelen säger vad som saknas.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="56" />
            <source>Bring in your records</source>
            <translation>Hämta in det du har</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="73" />
            <source>Client → End Collaboration… guides you step by step: a cooling-off period first, so you do not decide in frustration; a checklist of the contract and what is still owed, both ways; a meeting; a short message with one reason; the notice period; and colleagues to refer the client to. Client → Export Packet… writes it all into one PDF to work from.</source>
            <translation>Kund → Avsluta samarbetet… leder dig steg för steg: först en betänketid, så att du inte bestämmer dig i affekt; en checklista över avtalet och vad som fortfarande är skyldigt, åt båda hållen; ett möte; ett kort meddelande med ett enda skäl; uppsägningstiden; och kolleger att hänvisa kunden till. Kund → Exportera underlag för avslut… samlar allt i en PDF att arbeta utifrån.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="164" />
            <source>Command</source>
            <translation>Kommando</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="41" />
            <source>Each client gets a score from 0 to 100, worked out from your own records: messages after hours and on days off, how much they write per billed hour, revision rounds and “not quite” feedback, late payment, your effective hourly rate, their share of your time against their share of your revenue, and your gut feeling.</source>
            <translation>Varje kund får en poäng från 0 till 100, beräknad ur dina egna uppgifter: meddelanden utanför arbetstid och på lediga dagar, hur mycket kunden skriver per fakturerad timme, ändringsrundor och ”inte riktigt”-svar, sena betalningar, ditt effektiva timpris, kundens andel av din tid mot dess andel av dina intäkter, och din magkänsla.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="72" />
            <source>Ending a collaboration</source>
            <translation>Att avsluta ett samarbete</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="83" />
            <source>Everything stays on this computer. File → Backups… keeps copies, and File → Export writes your data as JSON or CSV.</source>
            <translation>Allt stannar på den här datorn. Arkiv → Säkerhetskopior… sparar kopior, och Arkiv → Exportera skriver ut dina uppgifter som JSON eller CSV.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="118" />
            <source>Getting Started</source>
            <translation>Kom igång</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="89" />
            <source>Getting started with Clientfit</source>
            <translation>Kom igång med Clientfit</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="159" />
            <source>Keyboard Shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="163" />
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="164" />
            <source>Shortcut</source>
            <translation>Kortkommando</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="65" />
            <source>The Pareto view</source>
            <translation>Paretoanalysen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="40" />
            <source>The health gauge</source>
            <translation>Hälsomätaren</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="57" />
            <source>Use File → Import… for contacts (vCard or a CSV from Google, Outlook or LinkedIn), mail (mbox or .eml), time-tracker exports and invoice exports. The import shows what it will do before anything is saved. Or add a client by hand with Client → New Client…, and its contacts, notes and deliverables in its tabs.</source>
            <translation>Använd Arkiv → Importera… för kontakter (vCard eller en CSV från Google, Outlook eller LinkedIn), e-post (mbox eller .eml), export från tidrapportering och fakturaexporter. Importen visar vad den kommer att göra innan något sparas. Eller lägg till en kund för hand med Kund → Ny kund…, och dess kontakter, anteckningar och leveranser under flikarna.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="66" />
            <source>View → Pareto View… shows which clients take most of your time and messages against the revenue they bring, and what your year would look like without them.</source>
            <translation>Visa → Paretoanalys… visar vilka kunder som tar mest av din tid och dina meddelanden jämfört med intäkterna de ger, och hur ditt år skulle se ut utan dem.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/help.py" line="82" />
            <source>Your data</source>
            <translation>Dina uppgifter</translation>
        </message>
    </context>
    <context>
        <name>ImapDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="37" />
            <source>Add IMAP Account</source>
            <translation>Lägg till IMAP-konto</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="59" />
            <source>Browse…</source>
            <translation>Bläddra…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="58" />
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="102" />
            <source>CA certificate</source>
            <translation>CA-certifikat</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="72" />
            <source>CA certificate:</source>
            <translation>CA-certifikat:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="104" />
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certifikat (*.pem *.crt);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="55" />
            <source>Folders</source>
            <translation>Mappar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="71" />
            <source>Folders:</source>
            <translation>Mappar:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="75" />
            <source>Gmail needs an app password (Google Account → Security → App passwords). Microsoft 365 and Outlook.com accept only OAuth for IMAP, which Clientfit does not support yet. The password is kept in this computer's keyring, never in Clientfit's database. Folders are only read, never changed.</source>
            <translation>Gmail kräver ett applösenord (Google-konto → Säkerhet → Applösenord). Microsoft 365 och Outlook.com godtar bara OAuth för IMAP, vilket Clientfit inte stöder än. Lösenordet sparas i datorns nyckelring, aldrig i Clientfits databas. Mapparna läses bara, de ändras aldrig.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="129" />
            <source>Logging in…</source>
            <translation>Loggar in…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="57" />
            <source>Only for a private certificate authority</source>
            <translation>Bara för en egen certifikatutfärdare</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="53" />
            <source>Password</source>
            <translation>Lösenord</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="70" />
            <source>Password:</source>
            <translation>Lösenord:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="45" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="67" />
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="41" />
            <source>STARTTLS on a plain port (required, never plain text)</source>
            <translation>STARTTLS på en okrypterad port (krävs, aldrig klartext)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="40" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="66" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="50" />
            <source>User name</source>
            <translation>Användarnamn</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/imap_dialog.py" line="69" />
            <source>User name:</source>
            <translation>Användarnamn:</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="317" />
            <source>%1 (%2 s)</source>
            <translation>%1 (%2 s)</translation>
        </message>
        <message>
            <source>%1 already there</source>
            <translation type="vanished">%1 fanns redan</translation>
        </message>
        <message>
            <source>%1 could not be read</source>
            <translation type="vanished">%1 gick inte att läsa</translation>
        </message>
        <message>
            <source>%1 draft invoices are left out.</source>
            <translation type="vanished">%1 fakturautkast utelämnas.</translation>
        </message>
        <message>
            <source>%1 left out</source>
            <translation type="vanished">%1 utelämnade</translation>
        </message>
        <message>
            <source>%1 messages belong to no client and are left out.</source>
            <translation type="vanished">%1 meddelanden hör inte till någon kund och utelämnas.</translation>
        </message>
        <message>
            <source>%1 new clients</source>
            <translation type="vanished">%1 nya kunder</translation>
        </message>
        <message>
            <source>%1 records read. Nothing is saved until you press Import.</source>
            <translation type="vanished">%1 poster lästa. Inget sparas förrän du trycker på Importera.</translation>
        </message>
        <message>
            <source>%1 records to save</source>
            <translation type="vanished">%1 poster att spara</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="358" />
            <source>%1 — ready to preview</source>
            <translation>%1 – redo att förhandsvisas</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="321" />
            <source>%1.</source>
            <translation>%1.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="294" />
            <source>%1. Nothing is saved until you press Import.</source>
            <translation>%1. Inget sparas förrän du trycker på Importera.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="155" />
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="152" />
            <source>&amp;Preview</source>
            <translation>&amp;Förhandsvisa</translation>
        </message>
        <message>
            <source>1 already there</source>
            <translation type="vanished">1 fanns redan</translation>
        </message>
        <message>
            <source>1 could not be read</source>
            <translation type="vanished">1 gick inte att läsa</translation>
        </message>
        <message>
            <source>1 left out</source>
            <translation type="vanished">1 utelämnad</translation>
        </message>
        <message>
            <source>1 new client</source>
            <translation type="vanished">1 ny kund</translation>
        </message>
        <message>
            <source>1 record to save</source>
            <translation type="vanished">1 post att spara</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="114" />
            <source>As the file shows, else my setting</source>
            <translation>Som filen visar, annars min inställning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="326" />
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="333" />
            <source>Cancelled. Nothing was changed.</source>
            <translation>Avbrutet. Inget har ändrats.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="264" />
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="79" />
            <source>Choose &amp;file…</source>
            <translation>Välj &amp;fil…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="83" />
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="189" />
            <source>Choose a Maildir folder</source>
            <translation>Välj en Maildir-mapp</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="80" />
            <source>Choose a file</source>
            <translation>Välj en fil</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="76" />
            <source>Choose a file exported from another program</source>
            <translation>Välj en fil som har exporterats från ett annat program</translation>
        </message>
        <message>
            <source>Clientfit JSON dump</source>
            <translation type="vanished">Clientfit-dump (JSON)</translation>
        </message>
        <message>
            <source>Clientfit backup file (JSON)</source>
            <translation type="vanished">Clientfits säkerhetskopia (JSON)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="99" />
            <source>Clientfit export (JSON)</source>
            <translation>Export från Clientfit (JSON)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="94" />
            <source>Contacts (vCard)</source>
            <translation>Kontakter (vCard)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="95" />
            <source>Contacts (vCard, Google, Outlook or LinkedIn CSV)</source>
            <translation>Kontakter (vCard, Google-, Outlook- eller LinkedIn-CSV)</translation>
        </message>
        <message>
            <source>Could not be read: %1</source>
            <translation type="vanished">Kunde inte läsas: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="112" />
            <source>Date order</source>
            <translation>Datumordning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="133" />
            <source>Dates:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="115" />
            <source>Day first (31/12/2026)</source>
            <translation>Dag först (31/12/2026)</translation>
        </message>
        <message>
            <source>Draft invoices (left out): %1</source>
            <translation type="vanished">Fakturautkast (utelämnade): %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="303" />
            <source>Everything in this file is already in Clientfit; there is nothing to import.</source>
            <translation>Allt i filen finns redan i Clientfit; det finns inget att importera.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="183" />
            <source>Exports (*.vcf *.mbox *.eml *.csv *.json);;All files (*)</source>
            <translation>Exporter (*.vcf *.mbox *.eml *.csv *.json);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="77" />
            <source>File to import</source>
            <translation>Fil att importera</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="130" />
            <source>File:</source>
            <translation>Fil:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="132" />
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="122" />
            <source>How to read dates like 01/10/2026 when no day above 12 in the file tells. A file that shows another order is refused.</source>
            <translation>Hur datum som 01/10/2026 ska läsas när ingen dag över 12 i filen avgör. En fil som visar en annan ordning vägras.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="55" />
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="182" />
            <source>Import a file</source>
            <translation>Importera en fil</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="137" />
            <source>Import progress</source>
            <translation>Importens förlopp</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="142" />
            <source>Import status</source>
            <translation>Status för importen</translation>
        </message>
        <message>
            <source>Imported %1 records</source>
            <translation type="vanished">%1 poster importerade</translation>
        </message>
        <message>
            <source>Imported 1 record</source>
            <translation type="vanished">1 post importerad</translation>
        </message>
        <message>
            <source>Imported: %1 records in %2 s.</source>
            <translation type="vanished">Importerat: %1 poster på %2 s.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="98" />
            <source>Invoices (Harvest, FreshBooks, Invoice Ninja v4/v5)</source>
            <translation>Fakturor (Harvest, FreshBooks, Invoice Ninja v4/v5)</translation>
        </message>
        <message>
            <source>Invoices (Harvest, FreshBooks, Invoice Ninja)</source>
            <translation type="vanished">Fakturor (Harvest, FreshBooks, Invoice Ninja)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="91" />
            <source>Kind of file</source>
            <translation>Typ av fil</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="131" />
            <source>Kind:</source>
            <translation>Typ:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="96" />
            <source>Mail (mbox, .eml, Maildir)</source>
            <translation>E-post (mbox, .eml, Maildir)</translation>
        </message>
        <message>
            <source>Mail from these addresses counts as sent by you; mail to a client as “out”.</source>
            <translation type="vanished">E-post från de här adresserna räknas som skickad av dig; e-post till en kund som ”ut”.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="82" />
            <source>Maildir &amp;folder…</source>
            <translation>Maildir-&amp;mapp…</translation>
        </message>
        <message>
            <source>Messages that belong to no client (left out): %1</source>
            <translation type="vanished">Meddelanden som inte hör till någon kund (utelämnade): %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="116" />
            <source>Month first (12/31/2026)</source>
            <translation>Månad först (12/31/2026)</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation type="vanished">Nya kunder</translation>
        </message>
        <message>
            <source>New clients: %1</source>
            <translation type="vanished">Nya kunder: %1</translation>
        </message>
        <message>
            <source>Not an e-mail address: %1</source>
            <translation type="vanished">Inte en e-postadress: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="342" />
            <source>Nothing was imported and nothing was changed.</source>
            <translation>Inget importerades och inget har ändrats.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="229" />
            <source>Reading…</source>
            <translation>Läser…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="282" />
            <source>Reading… %1 of %2 MB</source>
            <translation>Läser… %1 av %2 MB</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="276" />
            <source>Reading… %1 of %2 messages</source>
            <translation>Läser… %1 av %2 meddelanden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="93" />
            <source>Recognise automatically</source>
            <translation>Känn igen automatiskt</translation>
        </message>
        <message>
            <source>Records by kind</source>
            <translation type="vanished">Poster per typ</translation>
        </message>
        <message>
            <source>Records that could not be read</source>
            <translation type="vanished">Poster som inte kunde läsas</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="256" />
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="97" />
            <source>Time entries (Toggl, Clockify, Harvest)</source>
            <translation>Tidrapporter (Toggl, Clockify, Harvest)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="117" />
            <source>Year first (26/12/31)</source>
            <translation>År först (26/12/31)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/dialog.py" line="128" />
            <source>Your addresses:</source>
            <translation>Dina adresser:</translation>
        </message>
        <message>
            <source>Your own e-mail addresses</source>
            <translation type="vanished">Dina egna e-postadresser</translation>
        </message>
        <message>
            <source>you@example.com, other@example.com</source>
            <translation type="vanished">du@exempel.se, annan@exempel.se</translation>
        </message>
    </context>
    <context>
        <name>ImportOutcome</name>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="31" />
            <source>%1 already there</source>
            <translation>%1 fanns redan</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="37" />
            <source>%1 could not be read</source>
            <translation>%1 gick inte att läsa</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="34" />
            <source>%1 left out</source>
            <translation>%1 utelämnade</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="28" />
            <source>%1 new clients</source>
            <translation>%1 nya kunder</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="23" />
            <source>%1 records to save</source>
            <translation>%1 poster att spara</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="31" />
            <source>1 already there</source>
            <translation>1 fanns redan</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="37" />
            <source>1 could not be read</source>
            <translation>1 gick inte att läsa</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="34" />
            <source>1 left out</source>
            <translation>1 utelämnad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="28" />
            <source>1 new client</source>
            <translation>1 ny kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="23" />
            <source>1 record to save</source>
            <translation>1 post att spara</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="25" />
            <source>Imported %1 records</source>
            <translation>%1 poster importerade</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/outcome.py" line="25" />
            <source>Imported 1 record</source>
            <translation>1 post importerad</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="115" />
            <source>%1 matched</source>
            <translation>%1 matchade</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="114" />
            <source>%1 new</source>
            <translation>%1 nya</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="115" />
            <source>1 matched</source>
            <translation>1 matchad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="114" />
            <source>1 new</source>
            <translation>1 ny</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="120" />
            <source>By client: %1</source>
            <translation>Per kund: %1</translation>
        </message>
        <message>
            <source>By client: %1, %2</source>
            <translation type="vanished">Per kund: %1, %2</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="176" />
            <source>Cancelled invoices (left out): %1</source>
            <translation>Makulerade fakturor (utelämnade): %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="151" />
            <source>Could not be read: %1</source>
            <translation>Kunde inte läsas: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="66" />
            <source>Date order</source>
            <translation>Datumordning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="172" />
            <source>Draft invoices (left out): %1</source>
            <translation>Fakturautkast (utelämnade): %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="68" />
            <source>Matched to existing clients</source>
            <translation>Matchade mot befintliga kunder</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="145" />
            <source>Matched to existing clients: %1 · merged within the file: %2</source>
            <translation>Matchade mot befintliga kunder: %1 · sammanslagna inom filen: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="166" />
            <source>Messages that belong to no client (left out): %1</source>
            <translation>Meddelanden som inte hör till någon kund (utelämnade): %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="73" />
            <source>New clients</source>
            <translation>Nya kunder</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="149" />
            <source>New clients: %1</source>
            <translation>Nya kunder: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="54" />
            <source>Records by client</source>
            <translation>Poster per kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="42" />
            <source>Records by kind</source>
            <translation>Poster per typ</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="75" />
            <source>Records that could not be read</source>
            <translation>Poster som inte kunde läsas</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="135" />
            <source>“%1” matched to existing client %2 (%3)</source>
            <translation>”%1” matchades mot befintlig kund %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/preview.py" line="133" />
            <source>“%1” merges with “%2”, also new in this file (%3)</source>
            <translation>”%1” slås ihop med ”%2”, också ny i den här filen (%3)</translation>
        </message>
    </context>
    <context>
        <name>ImportsPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/imports_page.py" line="56" />
            <source>&amp;Imports</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/imports_page.py" line="29" />
            <source>As my locale writes them: %1</source>
            <translation>Som min språkmiljö skriver dem: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/imports_page.py" line="27" />
            <source>Date order</source>
            <translation>Datumordning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/imports_page.py" line="48" />
            <source>Dates in imported files:</source>
            <translation>Datum i importerade filer:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/imports_page.py" line="21" />
            <source>Day first (31/12/2026)</source>
            <translation>Dag först (31/12/2026)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/imports_page.py" line="22" />
            <source>Month first (12/31/2026)</source>
            <translation>Månad först (12/31/2026)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/imports_page.py" line="31" />
            <source>Not set: ask for each file</source>
            <translation>Inte inställd: fråga för varje fil</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/imports_page.py" line="41" />
            <source>Used only when a time or invoice export does not show its order itself (no day above 12 anywhere in the file) and you did not choose one for that import. A file whose dates show another order is never read in this one.</source>
            <translation>Används bara när en tids- eller fakturaexport inte själv visar sin ordning (ingen dag över 12 någonstans i filen) och du inte valt någon för just den importen. En fil vars datum visar en annan ordning läses aldrig i den här.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/imports_page.py" line="23" />
            <source>Year first (26/12/31)</source>
            <translation>År först (26/12/31)</translation>
        </message>
    </context>
    <context>
        <name>IntegrityGuard</name>
        <message>
            <location filename="../../desktop/clientfit/ui/window/integrity_guard.py" line="135" />
            <source>(read-only)</source>
            <translation>(skrivskyddad)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/integrity_guard.py" line="96" />
            <source>Clientfit found damage in your database and will not write to it.</source>
            <translation>Clientfit hittade skador i din databas och skriver inte till den.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/integrity_guard.py" line="98" />
            <source>Open Backups…</source>
            <translation>Öppna säkerhetskopior…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/integrity_guard.py" line="95" />
            <source>The database is damaged</source>
            <translation>Databasen är skadad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/integrity_guard.py" line="121" />
            <source>{path} is read-only: you can look, but nothing can be changed or saved. Make the file writable and restart Clientfit to work in it.</source>
            <translation>{path} är skrivskyddad: du kan titta, men inget kan ändras eller sparas. Gör filen skrivbar och starta om Clientfit för att arbeta i den.</translation>
        </message>
    </context>
    <context>
        <name>InvoiceModel</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="41" />
            <source>%1 days overdue</source>
            <translation>%1 dagar försenad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="40" />
            <source>1 day overdue</source>
            <translation>1 dag försenad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="48" />
            <source>Due</source>
            <translation>Förfaller</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="47" />
            <source>Invoice</source>
            <translation>Faktura</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="49" />
            <source>Outstanding</source>
            <translation>Att betala</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="56" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="38" />
            <source>open</source>
            <translation>obetald</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/language_page.py" line="83" />
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="vanished">&amp;Språk:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/language_page.py" line="64" />
            <source>&amp;Restart Now</source>
            <translation>&amp;Starta om nu</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/language_page.py" line="45" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/language_page.py" line="73" />
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <source>Restart Clientfit to switch the language.</source>
            <translation type="vanished">Starta om Clientfit för att byta språk.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/language_page.py" line="59" />
            <source>Restart Clientfit to switch to the new language.</source>
            <translation>Starta om Clientfit för att byta till det nya språket.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/language_page.py" line="65" />
            <source>Save the settings and restart Clientfit</source>
            <translation>Spara inställningarna och starta om Clientfit</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/language_page.py" line="47" />
            <source>System language (%1)</source>
            <translation>Systemets språk (%1)</translation>
        </message>
        <message>
            <source>The new language applies the next time you start Clientfit. It covers the windows, dates and amounts, and the packet unless you choose its language when you export it.</source>
            <translation type="vanished">Det nya språket gäller från nästa gång du startar Clientfit. Det gäller fönstren, datum och belopp, och underlaget för avslut om du inte väljer ett annat språk när du exporterar det.</translation>
        </message>
        <message>
            <source>The new language applies the next time you start Clientfit: windows, dates and amounts, the message templates offered first, and the offboarding packet.</source>
            <translation type="vanished">Det nya språket gäller från nästa gång du startar Clientfit: fönster, datum och belopp, vilka meddelandemallar som visas först och underlaget för avslut.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/language_page.py" line="54" />
            <source>The new language applies when Clientfit starts again: windows, dates and amounts, the message templates offered first, and the offboarding packet.</source>
            <translation>Det nya språket gäller när Clientfit startar igen: fönster, datum och belopp, vilka meddelandemallar som föreslås först och underlaget för avslut.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="73" />
            <source>&amp;About Clientfit</source>
            <translation>&amp;Om Clientfit</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="371" />
            <source>&amp;Archive</source>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="52" />
            <translation>&amp;Arkivera</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="88" />
            <source>&amp;Backups…</source>
            <translation>&amp;Säkerhetskopior…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="136" />
            <source>&amp;Client</source>
            <translation>&amp;Kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="124" />
            <source>&amp;Clients as CSV…</source>
            <translation>&amp;Kunder som CSV…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="56" />
            <source>&amp;Delete…</source>
            <translation>&amp;Ta bort…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="46" />
            <source>&amp;Edit Client…</source>
            <translation>&amp;Redigera kund…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="121" />
            <source>&amp;Export</source>
            <translation>&amp;Exportera</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="119" />
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="159" />
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="86" />
            <source>&amp;Import…</source>
            <translation>&amp;Importera…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="126" />
            <source>&amp;Invoices as CSV…</source>
            <translation>&amp;Fakturor som CSV…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="90" />
            <source>&amp;Merge…</source>
            <translation>Slå &amp;ihop…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="39" />
            <source>&amp;New Client…</source>
            <translation>&amp;Ny kund…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="83" />
            <source>&amp;Pareto View…</source>
            <translation>&amp;Paretoanalys…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="71" />
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="49" />
            <source>&amp;Rename…</source>
            <translation>&amp;Byt namn…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="371" />
            <source>&amp;Restore</source>
            <translation>&amp;Återställ</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="65" />
            <source>&amp;Search</source>
            <translation>&amp;Sök</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="76" />
            <source>&amp;Settings…</source>
            <translation>I&amp;nställningar…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="125" />
            <source>&amp;Time entries as CSV…</source>
            <translation>&amp;Tidrapporter som CSV…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="155" />
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="102" />
            <source>&amp;What If It Ended…</source>
            <translation>Tänk o&amp;m det tog slut…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="385" />
            <source>About Clientfit</source>
            <translation>Om Clientfit</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="92" />
            <source>All bands</source>
            <translation>Alla nivåer</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="99" />
            <source>C&amp;olleagues…</source>
            <translation>K&amp;ollegor…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="101" />
            <source>Client roster</source>
            <translation>Kundlista</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="387" />
            <source>Clientfit {version}

Your client roster, its health, and a careful way to end a relationship.
Everything stays on this computer.

Database: {path}</source>
            <translation>Clientfit {version}

Din kundlista, hur kundrelationerna mår och ett omsorgsfullt sätt att avsluta dem.
Allt stannar på den här datorn.

Databas: {path}</translation>
        </message>
        <message>
            <source>Clients: {total} ({active} active)</source>
            <translation type="vanished">Kunder: {total} ({active} aktiva)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="343" />
            <source>Could not read the roster: {error}</source>
            <translation>Kunde inte läsa kundlistan: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="334" />
            <source>Could not update the health trend: {error}</source>
            <translation>Kunde inte uppdatera hälsotrenden: {error}</translation>
        </message>
        <message>
            <source>Delete client</source>
            <translation type="vanished">Ta bort kund</translation>
        </message>
        <message>
            <source>Delete “{name}” and all its contacts, notes, messages, time entries, invoices and deliverables?

To keep the history, archive the client instead.</source>
            <translation type="vanished">Ta bort ”{name}” med alla kontaktpersoner, anteckningar, meddelanden, tidrapporter, fakturor och leveranser?

Vill du behålla historiken kan du arkivera kunden i stället.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="93" />
            <source>End &amp;Collaboration…</source>
            <translation>Avsluta &amp;samarbetet…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="123" />
            <source>Everything as &amp;JSON…</source>
            <translation>Allt som &amp;JSON…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="96" />
            <source>Export &amp;Packet…</source>
            <translation>Exportera &amp;underlag för avslut…</translation>
        </message>
        <message>
            <source>Export offboarding packet</source>
            <translation type="vanished">Exportera underlaget för avslut</translation>
        </message>
        <message>
            <source>Export packet</source>
            <translation type="vanished">Exportera underlaget</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="91" />
            <source>Filter by health band</source>
            <translation>Filtrera på hälsonivå</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="266" />
            <source>Loading…</source>
            <translation>Läser in…</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation type="vanished">Nytt namn:</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="vanished">PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Packet saved: {path}</source>
            <translation type="vanished">Underlaget sparat: {path}</translation>
        </message>
        <message>
            <source>Pareto: who takes your time</source>
            <translation type="vanished">Pareto: vem tar din tid</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/menus.py" line="68" />
            <source>Re&amp;fresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="194" />
            <source>Reading your imported mail again…</source>
            <translation>Läser din importerade post igen…</translation>
        </message>
        <message>
            <source>Rename client</source>
            <translation type="vanished">Byt namn på kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="87" />
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="88" />
            <source>Search clients</source>
            <translation>Sök kunder</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="95" />
            <source>Show archived</source>
            <translation>Visa arkiverade</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/main_window.py" line="96" />
            <source>Show archived clients</source>
            <translation>Visa arkiverade kunder</translation>
        </message>
        <message>
            <source>The packet could not be written to {path}:
{error}</source>
            <translation type="vanished">Underlaget kunde inte sparas i {path}:
{error}</translation>
        </message>
        <message>
            <source>Writing the packet…</source>
            <translation type="vanished">Skriver underlaget…</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="38" />
            <source>4. Meet</source>
            <translation>4. Träffas</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="64" />
            <source>Address, phone number or call link</source>
            <translation>Adress, telefonnummer eller länk till samtalet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="48" />
            <source>By phone</source>
            <translation>Per telefon</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="48" />
            <source>By video</source>
            <translation>Via video</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="70" />
            <source>Clear the meeting</source>
            <translation>Stryk mötet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="72" />
            <source>Export to calendar (.ics)…</source>
            <translation>Exportera till kalendern (.ics)…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="56" />
            <source>How:</source>
            <translation>Hur:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="48" />
            <source>In person</source>
            <translation>Personligen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="40" />
            <source>Meet face to face, or by phone or video if you work remotely. Don't just stop answering, and don't end it by e-mail.</source>
            <translation>Träffas ansikte mot ansikte, eller hörs per telefon eller video om ni jobbar på distans. Sluta inte bara svara, och avsluta inte samarbetet via mejl.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="79" />
            <source>Meeting</source>
            <translation>Möte</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="111" />
            <source>Meeting %1 on %2 at %3%4 (%5 minutes).</source>
            <translation>Möte %1 den %2 kl. %3%4 (%5 minuter).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="60" />
            <source>Meeting date and time</source>
            <translation>Datum och tid för mötet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="80" />
            <source>Meeting warnings</source>
            <translation>Varningar om mötet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="103" />
            <source>No meeting scheduled yet.</source>
            <translation>Inget möte inbokat än.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="63" />
            <source>Place or call link</source>
            <translation>Plats eller länk till samtalet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="68" />
            <source>Schedule the meeting</source>
            <translation>Boka mötet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="61" />
            <source>When:</source>
            <translation>När:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/meeting.py" line="65" />
            <source>Where:</source>
            <translation>Var:</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/client/merge.py" line="40" />
            <source>&amp;Merge</source>
            <translation>Slå &amp;ihop</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/merge.py" line="47" />
            <source>Every contact, note, message, time entry, invoice and deliverable of “%1” moves to “%2”, and “%1” is removed. A backup is taken first, so this can be undone with File → Backups.</source>
            <translation>Alla kontakter, anteckningar, meddelanden, tidsposter, fakturor och leveranser hos ”%1” flyttas till ”%2”, och ”%1” tas bort. En säkerhetskopia tas först, så det går att ångra med Arkiv → Säkerhetskopior.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/merge.py" line="28" />
            <source>Merge clients</source>
            <translation>Slå ihop kunder</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/merge.py" line="34" />
            <source>Merge in:</source>
            <translation>Slå ihop med:</translation>
        </message>
    </context>
    <context>
        <name>MessagePage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="120" />
            <source>%1 words, %2 sentences.</source>
            <translation>%1 ord, %2 meningar.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="29" />
            <source>5. Message</source>
            <translation>5. Meddelande</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="64" />
            <source>Copy</source>
            <translation>Kopiera</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="57" />
            <source>Draft length</source>
            <translation>Utkastets längd</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="58" />
            <source>Draft warnings</source>
            <translation>Varningar om utkastet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="31" />
            <source>Keep it short and give one reason, such as “I no longer believe my services meet your needs.” The more you explain, the more you open the door to an argument.</source>
            <translation>Håll det kort och ge ett enda skäl, till exempel ”Jag tror inte längre att mina tjänster motsvarar era behov.” Ju mer du förklarar, desto mer öppnar du för diskussion.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="55" />
            <source>Message draft</source>
            <translation>Utkast till meddelande</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="40" />
            <source>Message language</source>
            <translation>Meddelandets språk</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="44" />
            <source>Message template</source>
            <translation>Mall för meddelandet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="101" />
            <source>Replace your own text with the template? Your edits will be lost.</source>
            <translation>Ersätta din egen text med mallen? Dina ändringar försvinner.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="62" />
            <source>Save the draft</source>
            <translation>Spara utkastet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="52" />
            <source>Template:</source>
            <translation>Mall:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="46" />
            <location filename="../../desktop/clientfit/ui/offboarding/message.py" line="100" />
            <source>Use this template</source>
            <translation>Använd mallen</translation>
        </message>
    </context>
    <context>
        <name>MoneyPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="169" />
            <source>&amp;Money</source>
            <translation>&amp;Pengar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="140" />
            <source>1</source>
            <translation>1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="127" />
            <source>Amounts are never added across currencies. The health gauge's rate factor, the time-vs-revenue comparison and the portfolio's medians convert other currencies into the base currency with your rates below, each figure with the latest rate dated on or before its day. A currency without a rate is left out of them, with a note.</source>
            <translation>Belopp i olika valutor läggs aldrig ihop. Hälsomätarens timprisfaktor, jämförelsen tid mot intäkter och portföljens medianer räknar om andra valutor till basvalutan med dina kurser nedan, varje belopp med den senaste kursen daterad samma dag eller tidigare. En valuta utan kurs utelämnas, med en anteckning.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="85" />
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="135" />
            <source>Base currency</source>
            <translation>Basvaluta</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="60" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="99" />
            <source>Currency of the new rate</source>
            <translation>Valuta för den nya kursen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="149" />
            <source>Exchange rates</source>
            <translation>Växelkurser</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="68" />
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="229" />
            <source>No rate for {codes}: their figures are left out of the comparisons.</source>
            <translation>Ingen kurs för {codes}: deras belopp utelämnas ur jämförelserna.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="61" />
            <source>Rate</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="103" />
            <source>Rate: base-currency units per 1 unit</source>
            <translation>Kurs: basvaluta per 1 enhet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="218" />
            <source>Rates are set in the base currency: after changing it, set your rates again in {base}.</source>
            <translation>Kurserna anges i basvalutan: när du byter den, ange dina kurser igen i {base}.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="122" />
            <source>Remove rate</source>
            <translation>Ta bort kurs</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="108" />
            <source>Set rate</source>
            <translation>Ange kurs</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="107" />
            <source>The rate applies from</source>
            <translation>Kursen gäller från</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="137" />
            <source>Your base currency:</source>
            <translation>Din basvaluta:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="117" />
            <source>Your exchange rates</source>
            <translation>Dina växelkurser</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="145" />
            <source>from</source>
            <translation>från</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/money_page.py" line="182" />
            <source>{code} is the base currency: its rate is always 1.</source>
            <translation>{code} är basvalutan: dess kurs är alltid 1.</translation>
        </message>
    </context>
    <context>
        <name>NoScoreNote</name>
        <message>
            <location filename="../../desktop/clientfit/ui/health/no_score.py" line="40" />
            <source>A score needs evidence of at least two kinds (mail, hours, invoices, deliverables) and four weeks of history, so that one busy week or a single invoice does not judge a client.</source>
            <translation>En poäng kräver underlag av minst två slag (e-post, timmar, fakturor, leveranser) och fyra veckors historik, så att en intensiv vecka eller en enda faktura inte avgör en kund.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/no_score.py" line="58" />
            <source>Add Deliverable…</source>
            <translation>Lägg till leverans…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/no_score.py" line="56" />
            <source>Import…</source>
            <translation>Importera…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/no_score.py" line="71" />
            <source>Missing:</source>
            <translation>Saknas:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/no_score.py" line="32" />
            <source>No health score yet: not enough data</source>
            <translation>Ingen hälsopoäng än: för lite data</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/no_score.py" line="31" />
            <source>Not enough data for a health score</source>
            <translation>För lite data för en hälsopoäng</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/no_score.py" line="48" />
            <source>To add it: import the client's mail, your time-tracker export and your invoices with Import… (or add a mail source in Settings → Sources), and record deliverables and their revision rounds.</source>
            <translation>Så fyller du på: importera kundens e-post, exporten från din tidrapportering och dina fakturor med Importera… (eller lägg till en e-postkälla under Inställningar → Källor), och för in leveranser och deras ändringsrundor.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/no_score.py" line="54" />
            <source>What is missing for a score</source>
            <translation>Vad som saknas för en poäng</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="144" />
            <source>&amp;Private: only I see this note</source>
            <translation>&amp;Privat: bara jag ser anteckningen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="137" />
            <source>Edit note</source>
            <translation>Redigera anteckning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="137" />
            <source>New note</source>
            <translation>Ny anteckning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="139" />
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
    </context>
    <context>
        <name>NoticePage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="49" />
            <source> day</source>
            <translation> dag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="49" />
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="34" />
            <source>6. Notice</source>
            <translation>6. Uppsägning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="57" />
            <source>Apply</source>
            <translation>Verkställ</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="43" />
            <source>Days:</source>
            <translation>Dagar:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="52" />
            <source>Deliverable that ends the notice</source>
            <translation>Leveransen som avslutar uppsägningstiden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="36" />
            <source>If the client relies on you for regular work, give it time to find someone new: 30 days, the end of a larger deliverable, or whatever fits.</source>
            <translation>Om kunden är beroende av dig för löpande arbete, ge den tid att hitta någon ny: 30 dagar, tills en större leverans är klar, eller vad som passar.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="62" />
            <source>Notice note</source>
            <translation>Om uppsägningstiden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="50" />
            <source>Notice period in days</source>
            <translation>Uppsägningstid i dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="113" />
            <source>Notice until “%1” is done</source>
            <translation>Uppsägningstid tills ”%1” är klar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="64" />
            <source>Notice warning</source>
            <translation>Varning om uppsägningstiden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="74" />
            <source>Timeline</source>
            <translation>Tidslinje</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="44" />
            <source>Until done:</source>
            <translation>Tills klar:</translation>
        </message>
    </context>
    <context>
        <name>NotificationsPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/notifications_page.py" line="42" />
            <source>&amp;Notifications</source>
            <translation>&amp;Aviseringar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/notifications_page.py" line="24" />
            <source>A notification says how many items are due; with names allowed it also names the clients, which anyone who sees your screen (or your locked screen) can read. Notifications come at most once per refresh: one summary after a sync or an import, never one per item.</source>
            <translation>En avisering säger hur många punkter som är aktuella; med namn tillåtna nämner den också kunderna, vilket alla som ser din skärm (eller din låsta skärm) kan läsa. Aviseringar kommer högst en gång per uppdatering: en sammanfattning efter en synkning eller en import, aldrig en per punkt.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/notifications_page.py" line="20" />
            <source>Keep Clientfit running in the tray when I close its window</source>
            <translation>Låt Clientfit fortsätta köra i systemfältet när jag stänger fönstret</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/notifications_page.py" line="18" />
            <source>Name the clients in notifications</source>
            <translation>Nämn kunderna i aviseringar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/notifications_page.py" line="17" />
            <source>Notify me when items on Today come due</source>
            <translation>Avisera mig när punkter på Idag blir aktuella</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/notifications_page.py" line="16" />
            <source>Show Clientfit in the tray, with the number of items due</source>
            <translation>Visa Clientfit i systemfältet, med antalet aktuella punkter</translation>
        </message>
    </context>
    <context>
        <name>OffboardingDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="244" />
            <source>%1: cooling off until %2. Everything here is a draft.</source>
            <translation>%1: betänketid till %2. Allt här är ett utkast.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="119" />
            <source>&lt; Back</source>
            <translation>&lt; Tillbaka</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="385" />
            <source>Calendar files (*.ics)</source>
            <translation>Kalenderfiler (*.ics)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="125" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="250" />
            <source>Cooling off has passed. Last working day: %1; handover: %2.</source>
            <translation>Betänketiden har gått ut. Sista arbetsdagen: %1; överlämning: %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="326" />
            <source>Drop the plan?</source>
            <translation>Avbryta planen?</translation>
        </message>
        <message>
            <source>End date</source>
            <translation type="vanished">Slutdatum</translation>
        </message>
        <message>
            <source>End date:</source>
            <translation type="vanished">Slutdatum:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="73" />
            <source>End the collaboration with %1</source>
            <translation>Avsluta samarbetet med %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="121" />
            <source>Export Packet…</source>
            <translation>Exportera underlaget…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="385" />
            <source>Export the meeting</source>
            <translation>Exportera mötet</translation>
        </message>
        <message>
            <source>Finish the plan</source>
            <translation type="vanished">Slutför planen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="124" />
            <source>Finish the plan…</source>
            <translation>Slutför planen…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="238" />
            <source>Finished on %1. The client is archived.</source>
            <translation>Slutförd %1. Kunden är arkiverad.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="120" />
            <source>Next &gt;</source>
            <translation>Nästa &gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="235" />
            <source>Not started. Write down why, then start the plan.</source>
            <translation>Inte påbörjad. Skriv ner varför, och starta sedan planen.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="346" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="345" />
            <source>Payment reminder</source>
            <translation>Betalningspåminnelse</translation>
        </message>
        <message>
            <source>Payment reminder %1.pdf</source>
            <translation type="vanished">Betalningspåminnelse %1.pdf</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="88" />
            <source>Plan status</source>
            <translation>Planens status</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="346" />
            <source>Save the payment reminder</source>
            <translation>Spara betalningspåminnelsen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="97" />
            <source>Steps</source>
            <translation>Steg</translation>
        </message>
        <message>
            <source>The client will be archived with this end date. Nothing is deleted; you can restore the client later.</source>
            <translation type="vanished">Kunden arkiveras med det här slutdatumet. Inget tas bort; du kan återställa kunden senare.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="327" />
            <source>The plan is kept as history and the client stays active.</source>
            <translation>Planen sparas i historiken och kunden förblir aktiv.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="122" />
            <source>What If It Ended…</source>
            <translation>Tänk om det tog slut…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/dialog.py" line="229" />
            <source>You can finish after the cooling-off period, on %1.</source>
            <translation>Du kan slutföra när betänketiden har gått ut, den %1.</translation>
        </message>
    </context>
    <context>
        <name>OwnAddresses</name>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/addresses.py" line="38" />
            <source>Mail from these addresses counts as sent by you; mail to a client as “out”.</source>
            <translation>E-post från de här adresserna räknas som skickad av dig; e-post till en kund som ”ut”.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/addresses.py" line="65" />
            <source>Not an e-mail address: %1</source>
            <translation>Inte en e-postadress: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/addresses.py" line="44" />
            <source>Without them, every message to a client counts as sent by you, also one that someone else sent.</source>
            <translation>Utan dem räknas varje meddelande till en kund som skickat av dig, även ett som någon annan skickade.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/addresses.py" line="35" />
            <source>Your own e-mail addresses</source>
            <translation>Dina egna e-postadresser</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/addresses.py" line="36" />
            <source>you@example.com, other@example.com</source>
            <translation>du@exempel.se, annan@exempel.se</translation>
        </message>
    </context>
    <context>
        <name>ParetoView</name>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="78" />
            <source> and {n} more</source>
            <translation> och {n} till</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="120" />
            <source>Client</source>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="220" />
            <translation>Kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="346" />
            <source>Clients by share of trouble</source>
            <translation>Kunder efter andel av besväret</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="377" />
            <source>Computing…</source>
            <translation>Räknar…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="126" />
            <source>Cumulative</source>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="227" />
            <translation>Ackumulerat</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="121" />
            <source>Hours</source>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="222" />
            <translation>Timmar</translation>
        </message>
        <message>
            <source>In the top 20 % by time and trouble</source>
            <translation type="vanished">Bland de 20 % som kräver mest tid och besvär</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="169" />
            <source>In the top 20 %: more of your time and trouble than of your revenue</source>
            <translation>Bland de 20 % översta: mer av din tid och ditt besvär än av dina intäkter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="122" />
            <source>Messages</source>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="222" />
            <translation>Meddelanden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="71" />
            <source>No client takes more of your time and messages than of your revenue (last 12 months).</source>
            <translation>Ingen kund tar mer av din tid och dina meddelanden än av dina intäkter (senaste 12 månaderna).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="236" />
            <source>No data yet</source>
            <translation>Inga uppgifter än</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="62" />
            <source>No hours, messages or payments in the last 12 months yet.</source>
            <translation>Inga timmar, meddelanden eller betalningar de senaste 12 månaderna än.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="184" />
            <source>Pareto chart</source>
            <translation>Paretodiagram</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="325" />
            <source>Pareto view</source>
            <translation>Paretoanalys</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="127" />
            <source>Revenue</source>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="231" />
            <translation>Intäkter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="65" />
            <source>Revenue in {codes} is left out: add an exchange rate in Settings → Money.</source>
            <translation>Intäkter i {codes} utelämnas: lägg till en växelkurs under Inställningar → Pengar.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="167" />
            <source>Revenue left out: its currency has no exchange rate (Settings → Money)</source>
            <translation>Intäkterna utelämnas: valutan saknar växelkurs (Inställningar → Pengar)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="123" />
            <source>Share of
hours</source>
            <translation>Andel av
timmarna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="124" />
            <source>Share of
messages</source>
            <translation>Andel av
meddelandena</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="134" />
            <source>Share of
revenue</source>
            <translation>Andel av
intäkterna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="125" />
            <source>Share of
trouble</source>
            <translation>Andel av
besväret</translation>
        </message>
        <message>
            <source>Share of hours</source>
            <translation type="vanished">Andel av timmarna</translation>
        </message>
        <message>
            <source>Share of messages</source>
            <translation type="vanished">Andel av meddelandena</translation>
        </message>
        <message>
            <source>Share of revenue</source>
            <translation type="vanished">Andel av intäkterna</translation>
        </message>
        <message>
            <source>Share of trouble</source>
            <translation type="vanished">Andel av besväret</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="394" />
            <source>The Pareto view could not be computed: {error}</source>
            <translation>Paretoanalysen kunde inte räknas ut: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="81" />
            <source>The top {n} of {total} clients ({names}) take {trouble} of your time and messages and bring {revenue} of your revenue (last 12 months).</source>
            <translation>De {n} mest krävande av {total} kunder ({names}) tar {trouble} av din tid och dina meddelanden och står för {revenue} av intäkterna (senaste 12 månaderna).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="331" />
            <source>Top 20 % of clients</source>
            <translation>De 20 % mest krävande kunderna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="135" />
            <source>Trouble minus
revenue</source>
            <translation>Besvär minus
intäkter</translation>
        </message>
        <message>
            <source>Trouble minus revenue</source>
            <translation type="vanished">Besvär minus intäkter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/pareto.py" line="307" />
            <source>{n} more clients: {trouble} of the trouble, {revenue} of the revenue</source>
            <translation>{n} kunder till: {trouble} av besväret, {revenue} av intäkterna</translation>
        </message>
    </context>
    <context>
        <name>PaymentPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="68" />
            <source>3. Payment guard</source>
            <translation>3. Bevaka betalningarna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="121" />
            <source>Announce at the latest on:</source>
            <translation>Lämna beskedet senast den:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="84" />
            <source>Announce on:</source>
            <translation>Lämna beskedet den:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="101" />
            <source>Announcement day</source>
            <translation>Dag för beskedet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="85" />
            <source>Choose the day to announce</source>
            <translation>Välj dag för beskedet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="89" />
            <source>Day to announce</source>
            <translation>Dag för beskedet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="142" />
            <source>Go Ahead Anyway</source>
            <translation>Gå vidare ändå</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="70" />
            <source>If the client may not pay what it owes, limit the damage: perhaps wait until it has paid before you tell it your intentions.</source>
            <translation>Om du misstänker att kunden inte kommer att betala det den är skyldig, begränsa skadan: vänta kanske tills den har betalat innan du berättar vad du tänker göra.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="125" />
            <source>Latest day to announce</source>
            <translation>Sista dag för beskedet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="165" />
            <source>No open invoices: nothing to wait for.</source>
            <translation>Inga obetalda fakturor: inget att vänta på.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="78" />
            <source>Open invoices</source>
            <translation>Obetalda fakturor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="112" />
            <source>Payment Reminder…</source>
            <translation>Betalningspåminnelse…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="75" />
            <source>Payment warning</source>
            <translation>Varning om betalning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="141" />
            <source>Reason to go ahead before payment</source>
            <translation>Skäl att gå vidare före betalning</translation>
        </message>
        <message>
            <source>Set</source>
            <translation type="vanished">Ange</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="126" />
            <source>Set Latest Day</source>
            <translation>Ange sista dag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="81" />
            <source>Suggestion</source>
            <translation>Förslag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="114" />
            <source>The overdue invoices, days late, interest and compensation, as a PDF.</source>
            <translation>De förfallna fakturorna, dagar sent, ränta och ersättning, som PDF.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="90" />
            <source>Use This Day</source>
            <translation>Använd den här dagen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="91" />
            <source>Use the suggested day</source>
            <translation>Använd föreslagen dag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="144" />
            <source>Wait for Payment</source>
            <translation>Vänta på betalning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="139" />
            <source>Why you go ahead before payment (kept in the record)</source>
            <translation>Varför du går vidare före betalning (sparas i beslutsunderlaget)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="183" />
            <source>You announce on %1 (your choice).</source>
            <translation>Du lämnar beskedet %1 (ditt val).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="184" />
            <source>You announce on %1, at the meeting.</source>
            <translation>Du lämnar beskedet %1, på mötet.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="185" />
            <source>You announce on %1, when cooling off ends (no meeting yet).</source>
            <translation>Du lämnar beskedet %1, när betänketiden går ut (inget möte än).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="186" />
            <source>You announce on %1: the overdue invoices were paid that day.</source>
            <translation>Du lämnar beskedet %1: de förfallna fakturorna betalades den dagen.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="188" />
            <source>You announce once the overdue invoices are paid (%1 at the earliest).</source>
            <translation>Du lämnar beskedet när de förfallna fakturorna är betalda (tidigast %1).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/payment.py" line="191" />
            <source>You announce once the overdue invoices are paid, on %1 at the latest.</source>
            <translation>Du lämnar beskedet när de förfallna fakturorna är betalda, senast %1.</translation>
        </message>
    </context>
    <context>
        <name>PhrasesPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/phrases_page.py" line="70" />
            <source>&amp;Phrases</source>
            <translation>&amp;Fraser</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/phrases_page.py" line="41" />
            <source>Asks for changes</source>
            <translation>Ber om ändringar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/phrases_page.py" line="53" />
            <source>Built in: %1</source>
            <translation>Inbyggda: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/phrases_page.py" line="33" />
            <source>Clientfit reads the new text of each imported message (quoted replies and signatures left out) and looks for these phrases, in English and Swedish. The built-in phrases are always used; add your own below, one per line. Only the flags and a short excerpt are kept, never the message itself.</source>
            <translation>Clientfit läser den nya texten i varje importerat meddelande (citerade svar och signaturer utelämnade) och letar efter de här fraserna, på engelska och svenska. De inbyggda fraserna används alltid; lägg till egna nedan, en per rad. Bara markeringarna och ett kort utdrag sparas, aldrig själva meddelandet.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/phrases_page.py" line="29" />
            <source>Phrases in messages</source>
            <translation>Fraser i meddelanden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/phrases_page.py" line="42" />
            <source>Says “not quite”</source>
            <translation>Säger ”inte riktigt”</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/phrases_page.py" line="43" />
            <source>Urgent</source>
            <translation>Brådskande</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/phrases_page.py" line="57" />
            <source>Your own phrases, one per line</source>
            <translation>Dina egna fraser, en per rad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/phrases_page.py" line="56" />
            <source>Your own phrases: %1</source>
            <translation>Dina egna fraser: %1</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="63" />
            <source> day</source>
            <translation> dag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="63" />
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="104" />
            <source>&amp;Privacy</source>
            <translation>&amp;Integritet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="68" />
            <source>Automatic backups keep the newest of each of the last 12 days, 10 weeks and 9 months. To remove one client from every backup, delete it with “Also remove it from every backup”.</source>
            <translation>Automatiska säkerhetskopior behåller den senaste från var och en av de senaste 12 dagarna, 10 veckorna och 9 månaderna. Ta bort en kund ur alla säkerhetskopior genom att ta bort den med ”Ta också bort den ur alla säkerhetskopior”.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="59" />
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="181" />
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="189" />
            <source>Encrypt my data</source>
            <translation>Kryptera mina data</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="49" />
            <source>Encrypt my data…</source>
            <translation>Kryptera mina data…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="122" />
            <source>Encrypt your database and every backup?

Choose a passphrase you will remember. If you forget it and this computer's keyring is lost, your data cannot be recovered by anyone - not by Clientfit either.</source>
            <translation>Kryptera din databas och alla säkerhetskopior?

Välj en lösenfras du kommer ihåg. Om du glömmer den och datorns nyckelring går förlorad kan ingen återställa dina data – inte heller Clientfit.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="44" />
            <source>Encrypting keeps your database and every backup unreadable without the key. The key is kept in this computer's keyring; where there is none, your passphrase unlocks it. Exports (packets, JSON, CSV) are not encrypted.</source>
            <translation>Kryptering gör din databas och alla säkerhetskopior oläsliga utan nyckeln. Nyckeln sparas i datorns nyckelring; där det inte finns någon låser din lösenfras upp den. Exporter (paket, JSON, CSV) krypteras inte.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="40" />
            <source>Encryption</source>
            <translation>Kryptering</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="65" />
            <source>Keep backups made by hand or before a change:</source>
            <translation>Behåll säkerhetskopior gjorda för hand eller före en ändring:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="182" />
            <source>New passphrase (at least 8 characters):</source>
            <translation>Ny lösenfras (minst 8 tecken):</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="171" />
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="201" />
            <source>Privacy</source>
            <translation>Integritet</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="190" />
            <source>The same again:</source>
            <translation>Samma igen:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="196" />
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>De två lösenfraserna skiljer sig åt; inget ändrades.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="139" />
            <source>Turn encryption off? Your database and every backup become plain files again.</source>
            <translation>Stänga av krypteringen? Din databas och alla säkerhetskopior blir vanliga filer igen.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="50" />
            <source>Turn encryption off…</source>
            <translation>Stäng av krypteringen…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="89" />
            <source>Your data is encrypted.</source>
            <translation>Dina data är krypterade.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="91" />
            <source>Your data is not encrypted.</source>
            <translation>Dina data är inte krypterade.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/privacy_page.py" line="62" />
            <source>for ever</source>
            <translation>för alltid</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <location filename="../../desktop/clientfit/ui/common/read_only.py" line="41" />
            <source>The database is read-only: nothing can be changed.</source>
            <translation>Databasen är skrivskyddad: inget kan ändras.</translation>
        </message>
    </context>
    <context>
        <name>ReferralModel</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="22" />
            <source>Colleague</source>
            <translation>Kollega</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="24" />
            <source>Covers</source>
            <translation>Täcker</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="23" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="34" />
            <source>7. Referrals</source>
            <translation>7. Rekommendera vidare</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="44" />
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="49" />
            <source>Colleagues to refer</source>
            <translation>Kollegor att rekommendera</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="116" />
            <source>Finished on %1: the client is archived.</source>
            <translation>Slutförd %1: kunden är arkiverad.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="69" />
            <source>Finishing</source>
            <translation>Slutför planen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="55" />
            <source>Provider advice</source>
            <translation>Råd om leverantör</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="41" />
            <source>Referral note</source>
            <translation>Om rekommendationer</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="61" />
            <source>Save Referrals</source>
            <translation>Spara rekommendationerna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="53" />
            <source>The kind of provider to suggest:</source>
            <translation>Leverantörer du kan föreslå:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="36" />
            <source>Unless the client was disrespectful, help it find a new solution: refer a colleague who could meet its needs, or say what kind of provider would fit better.</source>
            <translation>Om kunden inte har varit respektlös, hjälp den att hitta en ny lösning: rekommendera en kollega som kan möta behoven, eller säg vilken sorts leverantör som skulle passa bättre.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="123" />
            <source>When the notice has run and everything is handed over, finish the plan: the client is archived with its end date, and nothing is deleted.</source>
            <translation>När uppsägningstiden har gått ut och allt är överlämnat, slutför planen: kunden arkiveras med sitt slutdatum, och inget tas bort.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/referrals.py" line="47" />
            <source>Whom you refer (ticked):</source>
            <translation>Vem du tipsar om (bockade):</translation>
        </message>
    </context>
    <context>
        <name>RenameDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="258" />
            <source>New &amp;name:</source>
            <translation>Nytt &amp;namn:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/client/forms.py" line="256" />
            <source>Rename client</source>
            <translation>Byt namn på kund</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <location filename="../../desktop/clientfit/ui/roster/model.py" line="165" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/roster/model.py" line="166" />
            <source>Archived</source>
            <translation>Arkiverad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/roster/model.py" line="97" />
            <source>Client</source>
            <translation>Kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/roster/model.py" line="165" />
            <source>Ending</source>
            <translation>Avslutas</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/roster/model.py" line="99" />
            <source>Health</source>
            <translation>Hälsa</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/roster/model.py" line="196" />
            <source>Health score {score} of 100: {band}</source>
            <translation>Hälsopoäng {score} av 100: {band}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/roster/model.py" line="100" />
            <source>Last contact</source>
            <translation>Senaste kontakt</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/roster/model.py" line="171" />
            <source>No score yet</source>
            <translation>Ingen poäng än</translation>
        </message>
        <message>
            <source>Not enough data for a score</source>
            <translation type="vanished">För lite uppgifter för att räkna fram poäng</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/roster/model.py" line="101" />
            <source>Outstanding</source>
            <translation>Att betala</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/roster/model.py" line="98" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/dialog.py" line="115" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>&amp;Health</source>
            <translation type="vanished">&amp;Hälsa</translation>
        </message>
        <message>
            <source>&amp;Privacy</source>
            <translation type="vanished">&amp;Integritet</translation>
        </message>
        <message>
            <source>Checking your messages against the new phrases…</source>
            <translation type="vanished">Går igenom dina meddelanden mot de nya fraserna…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/dialog.py" line="152" />
            <source>Reading your imported mail again for the new phrases…</source>
            <translation>Läser din importerade post igen med de nya fraserna…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/dialog.py" line="48" />
            <location filename="../../desktop/clientfit/ui/settings/dialog.py" line="49" />
            <location filename="../../desktop/clientfit/ui/settings/dialog.py" line="158" />
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/dialog.py" line="53" />
            <location filename="../../desktop/clientfit/ui/settings/dialog.py" line="57" />
            <source>Settings pages</source>
            <translation>Inställningssidor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/dialog.py" line="153" />
            <source>Skip</source>
            <translation>Hoppa över</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/dialog.py" line="71" />
            <source>The database is read-only: only the settings kept on this computer (appearance, language, database) can be changed.</source>
            <translation>Databasen är skrivskyddad: bara inställningarna som sparas på den här datorn (utseende, språk, databas) kan ändras.</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <location filename="../../desktop/clientfit/ui/window/single_instance.py" line="83" />
            <source>The database {path} is already open in Clientfit ({who}).

Close Clientfit there first, or open another database with --db.</source>
            <translation>Databasen {path} är redan öppen i Clientfit ({who}).

Stäng Clientfit där först, eller öppna en annan databas med --db.</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Due again on</source>
            <translation type="vanished">Aktuell igen den</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/snooze.py" line="46" />
            <source>Due again on:</source>
            <translation>Aktuell igen den:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/snooze.py" line="44" />
            <source>For example: they promised to pay on Friday</source>
            <translation>Till exempel: de lovade att betala på fredag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/snooze.py" line="33" />
            <source>Snooze</source>
            <translation>Skjut upp</translation>
        </message>
        <message>
            <source>Why</source>
            <translation type="vanished">Varför</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/snooze.py" line="47" />
            <source>Why:</source>
            <translation>Varför:</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>Find &amp;Past Mail</source>
            <translation type="vanished">Hitta &amp;tidigare post</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/__init__.py" line="36" />
            <source>Find Pa&amp;st Mail</source>
            <translation>Hitta ti&amp;digare post</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/__init__.py" line="40" />
            <source>Read your mail sources again for this client's earlier messages</source>
            <translation>Läs e-postkällorna igen efter klientens tidigare meddelanden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/__init__.py" line="29" />
            <source>S&amp;ync Mail Now</source>
            <translation>S&amp;ynka posten nu</translation>
        </message>
    </context>
    <context>
        <name>SourcesPage</name>
        <message>
            <source>%1: %2 (%3 folders)</source>
            <translation type="vanished">%1: %2 (%3 mappar)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="186" />
            <source>%1: %2 (mail folders: %3)</source>
            <translation>%1: %2 (e-postmappar: %3)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="121" />
            <source>&amp;Remove</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="122" />
            <source>&amp;Sync Now</source>
            <translation>&amp;Synka nu</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="120" />
            <source>Add &amp;IMAP Account…</source>
            <translation>Lägg till &amp;IMAP-konto…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="118" />
            <source>Add &amp;Maildir…</source>
            <translation>Lägg till &amp;Maildir…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="138" />
            <source>Add &amp;Selected</source>
            <translation>Lägg till &amp;markerade</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="119" />
            <source>Add m&amp;box…</source>
            <translation>Lägg till m&amp;box…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="250" />
            <source>Added %1; reading it now.</source>
            <translation>Lade till %1; läser den nu.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="97" />
            <source>Clientfit connects to nothing unless you add an IMAP account, and then only to that server.</source>
            <translation>Clientfit ansluter inte till något om du inte lägger till ett IMAP-konto, och då bara till den servern.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="88" />
            <source>Clientfit keeps client mail current from these sources, by the same rules as File → Import: local folders are read when new mail arrives, IMAP accounts every few minutes. Only the headers and the first text part of a client's own mail are read, and only the flags and a short excerpt are kept.</source>
            <translation>Clientfit håller klienternas post aktuell från de här källorna, med samma regler som Arkiv → Importera: lokala mappar läses när ny post kommer, IMAP-konton med några minuters mellanrum. Bara rubrikerna och första textdelen av klientens egen post läses, och bara flaggorna och ett kort utdrag sparas.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="221" />
            <source>Folder of mbox files</source>
            <translation>Mapp med mbox-filer</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="140" />
            <source>Found on this computer</source>
            <translation>Hittade på den här datorn</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="67" />
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="69" />
            <source>Last sync</source>
            <translation>Senast synkad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="136" />
            <source>Mail folders found on this computer</source>
            <translation>E-postmappar som hittades på den här datorn</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="112" />
            <source>Mail sources</source>
            <translation>E-postkällor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="219" />
            <source>Maildir folder</source>
            <translation>Maildir-mapp</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="195" />
            <source>No Thunderbird, Maildir or mbox folders found.</source>
            <translation>Inga Thunderbird-, Maildir- eller mbox-mappar hittades.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="63" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="62" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="264" />
            <source>Remove Source</source>
            <translation>Ta bort källa</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="270" />
            <source>Removed %1.</source>
            <translation>Tog bort %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="166" />
            <source>S&amp;ources</source>
            <translation>K&amp;ällor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="68" />
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="70" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="265" />
            <source>Stop reading %1? The mail it brought in stays.</source>
            <translation>Sluta läsa %1? Posten den hämtade finns kvar.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="277" />
            <source>Syncing…</source>
            <translation>Synkar…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/sources_page.py" line="55" />
            <source>not yet</source>
            <translation>inte än</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="131" />
            <source>Already there</source>
            <translation>Fanns redan</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="100" />
            <source>Clients</source>
            <translation>Kunder</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="101" />
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="102" />
            <source>E-mail addresses and phones</source>
            <translation>E-postadresser och telefonnummer</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="105" />
            <source>Invoices</source>
            <translation>Fakturor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="103" />
            <source>Messages</source>
            <translation>Meddelanden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="129" />
            <source>New</source>
            <translation>Nya</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="107" />
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="106" />
            <source>Payments</source>
            <translation>Betalningar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="120" />
            <source>Records</source>
            <translation>Poster</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="104" />
            <source>Time entries</source>
            <translation>Tidrapporter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/importing/worker.py" line="130" />
            <source>Updated</source>
            <translation>Uppdaterade</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/runner.py" line="205" />
            <source>Mail sync failed: %1</source>
            <translation>Synkningen av posten misslyckades: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/runner.py" line="168" />
            <source>Mail sync progress</source>
            <translation>Synkningens förlopp</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/runner.py" line="188" />
            <source>Syncing %1…</source>
            <translation>Synkar %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/sources/runner.py" line="181" />
            <source>Syncing mail…</source>
            <translation>Synkar posten…</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="24" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/offboarding/notice.py" line="25" />
            <source>What</source>
            <translation>Vad</translation>
        </message>
    </context>
    <context>
        <name>TodayModel</name>
        <message>
            <location filename="../../desktop/clientfit/ui/today/model.py" line="41" />
            <source>%1 days late</source>
            <translation>försenad %1 dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/model.py" line="40" />
            <source>1 day late</source>
            <translation>försenad 1 dag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/model.py" line="83" />
            <source>Client</source>
            <translation>Kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/model.py" line="82" />
            <source>Due</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/model.py" line="72" />
            <source>Snoozed: %1</source>
            <translation>Uppskjuten: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/model.py" line="84" />
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/model.py" line="81" />
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/model.py" line="36" />
            <source>in %1 days</source>
            <translation>om %1 dagar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/model.py" line="33" />
            <source>snoozed until %1</source>
            <translation>uppskjuten till %1</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/model.py" line="38" />
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/model.py" line="36" />
            <source>tomorrow</source>
            <translation>i morgon</translation>
        </message>
    </context>
    <context>
        <name>TodayPanel</name>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="185" />
            <source>%1 due</source>
            <translation>%1 aktuella</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="185" />
            <source>1 due</source>
            <translation>1 aktuell</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="176" />
            <source>Could not read the Today list: %1</source>
            <translation>Kunde inte läsa Idag-listan: %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation type="vanished">Klar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="100" />
            <source>Done…</source>
            <translation>Klar…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="101" />
            <source>It is dealt with: take it off the list</source>
            <translation>Den är avklarad: ta bort den från listan</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="103" />
            <source>Not now: due again on a day you choose</source>
            <translation>Inte nu: aktuell igen en dag du väljer</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="189" />
            <source>Nothing is due. Dates of ending plans, unpaid invoices, drops in health and clients to keep in touch with show up here.</source>
            <translation>Inget är aktuellt. Datum i avslutsplaner, obetalda fakturor, fall i hälsa och kunder att hålla kontakten med visas här.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="99" />
            <source>Open Client</source>
            <translation>Öppna kund</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="84" />
            <source>Show snoozed</source>
            <translation>Visa uppskjutna</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="85" />
            <source>Show snoozed items</source>
            <translation>Visa uppskjutna punkter</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation type="vanished">Skjut upp</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="102" />
            <source>Snooze…</source>
            <translation>Skjut upp…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="78" />
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="286" />
            <source>Today</source>
            <translation>Idag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/today/panel.py" line="91" />
            <source>Today: what is due</source>
            <translation>Idag: det som är aktuellt</translation>
        </message>
    </context>
    <context>
        <name>TrayController</name>
        <message>
            <location filename="../../desktop/clientfit/ui/tray/icon.py" line="121" />
            <source>%1 more in Today…</source>
            <translation>%1 till i Idag…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/tray/icon.py" line="125" />
            <source>Quit Clientfit</source>
            <translation>Avsluta Clientfit</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/tray/icon.py" line="108" />
            <source>Show Clientfit</source>
            <translation>Visa Clientfit</translation>
        </message>
    </context>
    <context>
        <name>TrayNotices</name>
        <message>
            <location filename="../../desktop/clientfit/ui/tray/notices.py" line="51" />
            <source>%1 and %2 more</source>
            <translation>%1 och %2 till</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/tray/notices.py" line="42" />
            <source>%1 items are due</source>
            <translation>%1 punkter är aktuella</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/tray/notices.py" line="72" />
            <source>%1 more items are due (%2 in all).</source>
            <translation>%1 punkter till är aktuella (%2 totalt).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/tray/notices.py" line="41" />
            <source>1 item is due</source>
            <translation>1 punkt är aktuell</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/tray/notices.py" line="69" />
            <source>1 more item is due (%1 in all).</source>
            <translation>1 punkt till är aktuell (%1 totalt).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/tray/notices.py" line="79" />
            <source>Clientfit: Today</source>
            <translation>Clientfit: Idag</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/tray/notices.py" line="39" />
            <source>Nothing is due</source>
            <translation>Inget är aktuellt</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../../desktop/clientfit/ui/health/charts.py" line="72" />
            <source>Health trend by month</source>
            <translation>Hälsan månad för månad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/charts.py" line="87" />
            <location filename="../../desktop/clientfit/ui/health/charts.py" line="114" />
            <source>No history yet</source>
            <translation>Ingen historik än</translation>
        </message>
    </context>
    <context>
        <name>UpcomingModel</name>
        <message>
            <source>%1 days ago</source>
            <translation type="vanished">för %1 dagar sedan</translation>
        </message>
        <message>
            <source>Client</source>
            <translation type="vanished">Kund</translation>
        </message>
        <message>
            <source>In</source>
            <translation type="vanished">När</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="vanished">Vad</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="vanished">Datum</translation>
        </message>
        <message>
            <source>in %1 days</source>
            <translation type="vanished">om %1 dagar</translation>
        </message>
        <message>
            <source>today</source>
            <translation type="vanished">i dag</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation type="vanished">i morgon</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation type="vanished">i går</translation>
        </message>
    </context>
    <context>
        <name>UpcomingPanel</name>
        <message>
            <source>Coming up</source>
            <translation type="vanished">På gång</translation>
        </message>
        <message>
            <source>Coming up in offboarding plans</source>
            <translation type="vanished">På gång i avslutsplanerna</translation>
        </message>
        <message>
            <source>No offboarding plans are running.</source>
            <translation type="vanished">Inga avslutsplaner pågår.</translation>
        </message>
    </context>
    <context>
        <name>WhatIfView</name>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="169" />
            <source> and {n} more</source>
            <translation> och {n} till</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="42" />
            <source>Billed hours</source>
            <translation>Debiterade timmar</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="165" />
            <source>Change</source>
            <translation>Skillnad</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="138" />
            <source>Computing…</source>
            <translation>Räknar…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="58" />
            <source>Effective hourly rate</source>
            <translation>Faktisk timpenning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="86" />
            <source>Effective hourly rate in {currency}</source>
            <translation>Faktisk timpenning i {currency}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="165" />
            <source>Figure</source>
            <translation>Mått</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="43" />
            <source>Messages from clients</source>
            <translation>Meddelanden från kunder</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="165" />
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="46" />
            <source>Overdue now</source>
            <translation>Förfallet obetalt nu</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="97" />
            <source>Replace with</source>
            <translation>Ersätt med</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="87" />
            <source>Replacement hours</source>
            <translation>Timmar som ersätter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="93" />
            <source>Replacement rate per hour</source>
            <translation>Timpris för det som ersätter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="41" />
            <source>Revenue (invoiced)</source>
            <translation>Intäkter (fakturerat)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="82" />
            <source>Revenue in {currency} (your exchange rates)</source>
            <translation>Intäkter i {currency} (dina växelkurser)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="45" />
            <source>Revision rounds</source>
            <translation>Ändringsrundor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="67" />
            <source>Share of trouble of the top 20 %</source>
            <translation>De översta 20 %:s andel av besväret</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="184" />
            <source>The clients who remain cause {share} of today's time and messages.</source>
            <translation>Kunderna som blir kvar står för {share} av dagens tid och meddelanden.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="207" />
            <source>The what-if could not be computed: {error}</source>
            <translation>Det gick inte att räkna ut: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="70" />
            <source>The year now and without them</source>
            <translation>Året nu och utan dem</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="192" />
            <source>To keep revenue level: about {hours} hours of new work at {rate} an hour ({how}).</source>
            <translation>För att behålla intäkterna: omkring {hours} timmar nytt arbete à {rate} i timmen ({how}).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="228" />
            <source>What if they went?</source>
            <translation>Tänk om de försvann?</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="106" />
            <source>What it means</source>
            <translation>Vad det betyder</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="51" />
            <source>What-if</source>
            <translation>Tänk om</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="161" />
            <source>With {hours} h at {rate}</source>
            <translation>Med {hours} tim à {rate}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="165" />
            <source>Without them</source>
            <translation>Utan dem</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="170" />
            <source>Your year without {names}</source>
            <translation>Ditt år utan {names}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="101" />
            <source>an hour</source>
            <translation>i timmen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="99" />
            <source>hours of new work at</source>
            <translation>timmar nytt arbete à</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="201" />
            <source>improving</source>
            <translation>blev bättre</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="92" />
            <source>median rate</source>
            <translation>mediantimpris</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="202" />
            <source>steady</source>
            <translation>var stabil</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="203" />
            <source>worsening</source>
            <translation>blev sämre</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="190" />
            <source>your median rate</source>
            <translation>din mediantimpenning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="190" />
            <source>your rate</source>
            <translation>din timpenning</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="61" />
            <source>{amount}/h</source>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="89" />
            <translation>{amount}/tim</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="209" />
            <source>{client} was {direction}: {slope} points a month over {n} months.</source>
            <translation>{client} {direction}: {slope} poäng i månaden under {n} månader.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="196" />
            <source>{client}: no forecast yet ({n} of the 4 monthly scores it needs).</source>
            <translation>{client}: ingen prognos än ({n} av de 4 månadspoäng som behövs).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif.py" line="172" />
            <source>{first} – {last}: invoiced revenue, hours and messages from clients.</source>
            <translation>{first} – {last}: fakturerade intäkter, timmar och meddelanden från kunder.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="44" />
            <source>… after hours</source>
            <translation>… utanför arbetstid</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/health/whatif_model.py" line="48" />
            <source>… days late (weighted)</source>
            <translation>… dagar försenat (viktat)</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="38" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="30" />
            <source>Clientfit export</source>
            <translation>Export från Clientfit</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="31" />
            <source>Clients</source>
            <translation>Kunder</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="59" />
            <source>Could not export to {path}:
{error}</source>
            <translation>Kunde inte exportera till {path}:
{error}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="36" />
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="58" />
            <source>Export</source>
            <translation>Exportera</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="166" />
            <source>Export offboarding packet</source>
            <translation>Exportera underlaget för avslut</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="203" />
            <source>Export packet</source>
            <translation>Exportera underlaget</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="51" />
            <source>Exported to {path}</source>
            <translation>Exporterat till {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="43" />
            <source>Exporting…</source>
            <translation>Exporterar…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="33" />
            <source>Invoices</source>
            <translation>Fakturor</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="38" />
            <source>JSON files (*.json)</source>
            <translation>JSON-filer (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="180" />
            <source>Offboarding packet</source>
            <translation>Underlag för avslut</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="166" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="195" />
            <source>Packet saved: {path}</source>
            <translation>Underlaget sparat: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="104" />
            <source>Pareto: who takes your time</source>
            <translation>Pareto: vem tar din tid</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="204" />
            <source>The packet could not be written to {path}:
{error}</source>
            <translation>Underlaget kunde inte sparas i {path}:
{error}</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="32" />
            <source>Time entries</source>
            <translation>Tidrapporter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="111" />
            <source>What If They Went…</source>
            <translation>Tänk om de försvann…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="187" />
            <source>Writing the packet…</source>
            <translation>Skriver underlaget…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/window_commands.py" line="113" />
            <source>Your year without the selected clients (the top 20 % if none)</source>
            <translation>Ditt år utan de markerade kunderna (de översta 20 % om ingen är markerad)</translation>
        </message>
        <message>
            <source>clientfit-export.json</source>
            <translation type="vanished">clientfit-export.json</translation>
        </message>
        <message>
            <source>clients.csv</source>
            <translation type="vanished">kunder.csv</translation>
        </message>
        <message>
            <source>invoices.csv</source>
            <translation type="vanished">fakturor.csv</translation>
        </message>
        <message>
            <source>time-entries.csv</source>
            <translation type="vanished">tidrapporter.csv</translation>
        </message>
    </context>
    <context>
        <name>WindowStates</name>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="104" />
            <source>Clear Filter</source>
            <translation>Rensa filtret</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="142" />
            <source>Clients: {shown} of {total} shown</source>
            <translation>Kunder: {shown} av {total} visas</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="136" />
            <source>Clients: {total} ({active} active)</source>
            <translation>Kunder: {total} ({active} aktiva)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="98" />
            <source>Import…</source>
            <translation>Importera…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="107" />
            <source>Load &amp;Demo Portfolio…</source>
            <translation>Läs in &amp;demoportföljen…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="212" />
            <source>Load Demo Portfolio</source>
            <translation>Läs in demoportföljen</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="100" />
            <source>Load Demo Portfolio…</source>
            <translation>Läs in demoportföljen…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="99" />
            <source>New Client…</source>
            <translation>Ny kund…</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="176" />
            <source>No client matches the filter. Clear it to see your clients again.</source>
            <translation>Ingen kund matchar filtret. Rensa det för att se dina kunder igen.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="133" />
            <source>No clients</source>
            <translation>Inga kunder</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="156" />
            <source>No clients match the filter.</source>
            <translation>Inga kunder matchar filtret.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="154" />
            <source>No clients match “{text}”.</source>
            <translation>Inga kunder matchar ”{text}”.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="93" />
            <source>No clients yet. Import your contacts, mail, time or invoices, add a client, or look around with the demo portfolio.</source>
            <translation>Inga kunder än. Importera dina kontakter, din e-post, tid eller fakturor, lägg till en kund, eller titta runt i demoportföljen.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="178" />
            <source>Select a client on the left.</source>
            <translation>Välj en kund till vänster.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="213" />
            <source>The demo portfolio can only be loaded into an empty database.</source>
            <translation>Demoportföljen kan bara läsas in i en tom databas.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="82" />
            <source>Working in the background</source>
            <translation>Arbetar i bakgrunden</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/window/states.py" line="170" />
            <source>Your roster is empty.

Import what you have (File → Import…), add a client (Client → New Client…) or look around with the demo portfolio (File → Load Demo Portfolio…).</source>
            <translation>Din kundlista är tom.

Importera det du har (Arkiv → Importera…), lägg till en kund (Kund → Ny kund…) eller titta runt i demoportföljen (Arkiv → Läs in demoportföljen…).</translation>
        </message>
    </context>
    <context>
        <name>YouPage</name>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="86" />
            <source> percentage points</source>
            <translation> procentenheter</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="51" />
            <source>&amp;Address:</source>
            <translation>&amp;Adress:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="50" />
            <source>&amp;Business name:</source>
            <translation>&amp;Företagsnamn:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="53" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="99" />
            <source>&amp;Fixed compensation per invoice:</source>
            <translation>Förseningsersättning &amp;per faktura:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="98" />
            <source>&amp;Interest over the reference rate:</source>
            <translation>Ränta &amp;över referensräntan:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="49" />
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="52" />
            <source>&amp;Organisation number:</source>
            <translation>&amp;Organisationsnummer:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="54" />
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="97" />
            <source>&amp;Reference rate:</source>
            <translation>&amp;Referensränta:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="55" />
            <source>&amp;Signature:</source>
            <translation>Si&amp;gnatur:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="112" />
            <source>&amp;You</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="100" />
            <source>Compensation &amp;currency:</source>
            <translation>&amp;Valuta för ersättningen:</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="76" />
            <source>Late payment (the payment reminder)</source>
            <translation>Sen betalning (betalningspåminnelsen)</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="41" />
            <source>Leave empty to sign with your name, business, phone and e-mail.</source>
            <translation>Lämna tomt för att skriva under med namn, företag, telefon och e-post.</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="105" />
            <source>The Riksbank sets the reference rate every six months (1 January and 1 July).</source>
            <translation>Riksbanken fastställer referensräntan varje halvår (1 januari och 1 juli).</translation>
        </message>
        <message>
            <location filename="../../desktop/clientfit/ui/settings/you_page.py" line="61" />
            <source>Your details head the closing letter and the offboarding packet and sign every message draft, so a letter can be sent as it is.</source>
            <translation>Dina uppgifter står överst i avslutsbrevet och underlaget och under varje utkast, så att brevet kan skickas som det är.</translation>
        </message>
    </context>
</TS>
