<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of the console; a change takes effect when SSPR Console restarts.</source>
        <translation>Die Sprache der Konsole; eine Änderung wird beim nächsten Start von SSPR Console wirksam.</translation>
    </message>
    <message>
        <source>A new language takes effect when SSPR Console restarts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von SSPR Console wirksam.</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Default country or re&amp;gion:</source>
        <translation>Standardland oder -re&amp;gion:</translation>
    </message>
    <message>
        <source>Used for numbers typed without a country code when the user has no usage location.</source>
        <translation>Für Nummern ohne Landesvorwahl, wenn für den Benutzer kein Verwendungsort festgelegt ist.</translation>
    </message>
    <message>
        <source>Authenticator QR codes</source>
        <translation>Authenticator-QR-Codes</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>The tenant&apos;s name</source>
        <translation>Name des Mandanten</translation>
    </message>
    <message>
        <source>The name authenticator apps show above the account; empty uses the tenant&apos;s name.</source>
        <translation>Der Name, den Authenticator-Apps über dem Konto anzeigen; leer verwendet den Namen des Mandanten.</translation>
    </message>
    <message>
        <source>&amp;Close the QR code after:</source>
        <translation>QR-Code s&amp;chließen nach:</translation>
    </message>
    <message>
        <source>Seconds until a shown QR code closes by itself, so that no secret stays on screen.</source>
        <translation>Sekunden, bis sich ein angezeigter QR-Code selbst schließt, damit kein Geheimnis auf dem Bildschirm bleibt.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynchronisieren alle:</translation>
    </message>
    <message>
        <source>Minutes between syncs with a connected tenant.</source>
        <translation>Minuten zwischen Synchronisierungen mit einem verbundenen Mandanten.</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Pro&amp;xyeinstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy (HTTP):</source>
        <translation>&amp;Manueller Proxy (HTTP):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
</context>
<context>
    <name>Sspr::Cli</name>
    <message>
        <source>Use the store file PATH.</source>
        <translation>Die Speicherdatei PATH verwenden.</translation>
    </message>
    <message>
        <source>Use the tenant profile NAME (default: demo).</source>
        <translation>Das Mandantenprofil NAME verwenden (Standard: demo).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show help for ssprctl or for a command.</source>
        <translation>Hilfe zu ssprctl oder zu einem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>Usage: ssprctl [--db PATH | --profile NAME] [--json] COMMAND [ARGS]

SSPR Console from scripts: the same store and rules as the console.
Exit codes: 0 success, 1 runtime failure, 2 usage or validation error.

Commands:
</source>
        <translation>Verwendung: ssprctl [--db PATH | --profile NAME] [--json] COMMAND [ARGS]

SSPR Console für Skripts: derselbe Speicher und dieselben Regeln wie in der Konsole.
Exitcodes: 0 Erfolg, 1 Laufzeitfehler, 2 Verwendungs- oder Validierungsfehler.

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options:
</source>
        <translation>
Globale Optionen:
</translation>
    </message>
    <message>
        <source>
Run &quot;ssprctl COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>
&quot;ssprctl COMMAND --help&quot; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Usage: ssprctl %1</source>
        <translation>Verwendung: ssprctl %1</translation>
    </message>
    <message>
        <source> [options]

%1
</source>
        <translation> [Optionen]

%1
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <source> (see ssprctl --help)</source>
        <translation> (siehe ssprctl --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see ssprctl --help)</source>
        <translation>Unbekannter Befehl &quot;%1&quot; (siehe ssprctl --help)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2 (see ssprctl %1 --help)</source>
        <translation>&quot;%1&quot; akzeptiert --%2 nicht (siehe ssprctl %1 --help)</translation>
    </message>
    <message>
        <source>use either --db or --profile, not both</source>
        <translation>Entweder --db oder --profile verwenden, nicht beides</translation>
    </message>
    <message>
        <source><byte value="xd"/>Creating the demo tenant: %1 of %2 users</source>
        <translation><byte value="xd"/>Demomandant wird erstellt: %1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>seed takes no arguments, only --users N and --seed S</source>
        <translation>seed akzeptiert keine Argumente, nur --users N und --seed S</translation>
    </message>
    <message>
        <source>--users must be a whole number from 1 to %1</source>
        <translation>--users muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name</source>
        <translation>&quot;%1&quot; ist kein gültiger Profilname</translation>
    </message>
    <message>
        <source><byte value="xd"/>Generating users: %1 of %2</source>
        <translation><byte value="xd"/>Benutzer werden generiert: %1 von %2</translation>
    </message>
    <message>
        <source>Seeded %1 users into %2 in %3 s (%4 MB).</source>
        <translation>%1 Benutzer in %2 in %3 s generiert (%4 MB).</translation>
    </message>
    <message>
        <source>db info takes no arguments</source>
        <translation>db info akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>Store:          %1</source>
        <translation>Speicher:       %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion:  %1</translation>
    </message>
    <message>
        <source>Tenant:         %1 (%2)</source>
        <translation>Mandant:        %1 (%2)</translation>
    </message>
    <message>
        <source>Size:           %1 MB</source>
        <translation>Größe:          %1 MB</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Zeilen je Tabelle:</translation>
    </message>
    <message>
        <source>Generate the deterministic demo tenant into a new store.</source>
        <translation>Den deterministischen Demomandanten in einen neuen Speicher generieren.</translation>
    </message>
    <message>
        <source>Number of users (default 2000).</source>
        <translation>Anzahl der Benutzer (Standard 2000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same tenant.</source>
        <translation>Startwert für den Zufallsgenerator; derselbe Wert ergibt denselben Mandanten.</translation>
    </message>
    <message>
        <source>Show the store&apos;s schema version and row counts.</source>
        <translation>Schemaversion und Zeilenanzahl des Speichers anzeigen.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1</source>
        <translation>--limit muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>groups search needs the text to look for (&quot;&quot; lists the first groups)</source>
        <translation>groups search benötigt den Suchtext (&quot;&quot; listet die ersten Gruppen auf)</translation>
    </message>
    <message>
        <source>No groups match &quot;%1&quot;.</source>
        <translation>Keine Gruppen entsprechen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mail nickname</source>
        <translation>E-Mail-Spitzname</translation>
    </message>
    <message>
        <source>Direct members</source>
        <translation>Direkte Mitglieder</translation>
    </message>
    <message>
        <source>group create needs the group&apos;s display name</source>
        <translation>group create benötigt den Anzeigenamen der Gruppe</translation>
    </message>
    <message>
        <source>no mail nickname can be made from &quot;%1&quot;; give one with --mail-nickname</source>
        <translation>Aus &quot;%1&quot; lässt sich kein E-Mail-Spitzname bilden; geben Sie einen mit --mail-nickname an</translation>
    </message>
    <message>
        <source>--description can be at most %1 characters long</source>
        <translation>--description darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>the mail nickname &quot;%1&quot; is already used by the group &quot;%2&quot;%3</source>
        <translation>Der E-Mail-Spitzname &quot;%1&quot; wird bereits von der Gruppe &quot;%2&quot; verwendet%3</translation>
    </message>
    <message>
        <source>; choose one with --mail-nickname</source>
        <translation>; wählen Sie einen mit --mail-nickname</translation>
    </message>
    <message>
        <source>Created the security group &quot;%1&quot; (mail nickname %2, id %3).</source>
        <translation>Sicherheitsgruppe &quot;%1&quot; erstellt (E-Mail-Spitzname %2, ID %3).</translation>
    </message>
    <message>
        <source>group members needs the group&apos;s display name</source>
        <translation>group members benötigt den Anzeigenamen der Gruppe</translation>
    </message>
    <message>
        <source>no group named &quot;%1&quot; in the store (see ssprctl groups search)</source>
        <translation>Keine Gruppe namens &quot;%1&quot; im Speicher (siehe ssprctl groups search)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s), nested groups included</source>
        <translation>
            <numerusform>%1: %n Mitglied, einschließlich geschachtelter Gruppen</numerusform>
            <numerusform>%1: %n Mitglieder, einschließlich geschachtelter Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n direct member(s)</source>
        <translation>
            <numerusform>%1: %n direktes Mitglied</numerusform>
            <numerusform>%1: %n direkte Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>(through a nested group)</source>
        <translation>(über eine geschachtelte Gruppe)</translation>
    </message>
    <message>
        <source>Find groups whose name or mail nickname contains TEXT.</source>
        <translation>Gruppen suchen, deren Name oder E-Mail-Spitzname TEXT enthält.</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>Höchstens N Ergebnisse (Standard 50).</translation>
    </message>
    <message>
        <source>Names starting with TEXT come first. &quot;&quot; lists the first groups by name.</source>
        <translation>Namen, die mit TEXT beginnen, stehen vorn. &quot;&quot; listet die ersten Gruppen nach Namen auf.</translation>
    </message>
    <message>
        <source>Create a security group (as POST /groups with mailEnabled false).</source>
        <translation>Eine Sicherheitsgruppe erstellen (wie POST /groups mit mailEnabled false).</translation>
    </message>
    <message>
        <source>The group&apos;s description.</source>
        <translation>Die Beschreibung der Gruppe.</translation>
    </message>
    <message>
        <source>The unique mail nickname (default: made from the name).</source>
        <translation>Der eindeutige E-Mail-Spitzname (Standard: aus dem Namen gebildet).</translation>
    </message>
    <message>
        <source>A mail nickname is unique, at most 64 ASCII characters, without spaces or any of @ ( ) \ [ ] &quot; ; : . &lt; &gt; ,. A name, nickname or description that breaks a rule exits 2 and creates nothing.</source>
        <translation>Ein E-Mail-Spitzname ist eindeutig, höchstens 64 ASCII-Zeichen lang, ohne Leerzeichen und ohne @ ( ) \ [ ] &quot; ; : . &lt; &gt; ,. Ein Name, Spitzname oder eine Beschreibung, die gegen eine Regel verstößt, endet mit Exitcode 2 und erstellt nichts.</translation>
    </message>
    <message>
        <source>List a group&apos;s members, with --transitive also those of nested groups.</source>
        <translation>Mitglieder einer Gruppe auflisten, mit --transitive auch die geschachtelter Gruppen.</translation>
    </message>
    <message>
        <source>Follow nested groups to any depth.</source>
        <translation>Geschachtelten Gruppen in beliebiger Tiefe folgen.</translation>
    </message>
    <message>
        <source>At most N members (default: all).</source>
        <translation>Höchstens N Mitglieder (Standard: alle).</translation>
    </message>
    <message>
        <source>Members are listed in a stable order, one per line (or streamed as JSON), so a group of any size can be listed. An unknown group exits 1.</source>
        <translation>Mitglieder werden in stabiler Reihenfolge aufgelistet, eines pro Zeile (oder als JSON gestreamt), sodass Gruppen jeder Größe aufgelistet werden können. Eine unbekannte Gruppe endet mit Exitcode 1.</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows</source>
        <translation>Import: %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source> · %1 rows/s</source>
        <translation> · %1 Zeilen/s</translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation> · noch %1 s</translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to %1</source>
        <translation>--batch-size muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>--column takes ROLE=COLUMN with ROLE one of user, mobile, office, alternateMobile, alternateEmail, country; not &quot;%1&quot;</source>
        <translation>--column erwartet ROLE=COLUMN mit ROLE aus user, mobile, office, alternateMobile, alternateEmail, country; nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--column %1: the file has no such column (it has %2 columns)</source>
        <translation>--column %1: Die Datei hat keine solche Spalte (sie hat %2 Spalten)</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): nothing was changed.</source>
        <translation>Testlauf von %1 (%2): Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import #%1 of %2 (%3), resumed: %4.</source>
        <translation>Import #%1 von %2 (%3), fortgesetzt: %4.</translation>
    </message>
    <message>
        <source>Import #%1 of %2 (%3): %4.</source>
        <translation>Import #%1 von %2 (%3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n Zeile: %1</numerusform>
            <numerusform>%n Zeilen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>If applied: %1.</source>
        <translation>Bei Anwendung: %1.</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>Ergebnis: %1.</translation>
    </message>
    <message>
        <source>Rows not imported (%1):</source>
        <translation>Nicht importierte Zeilen (%1):</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <source>… and %1 more; --report FILE.csv writes every row.</source>
        <translation>… und %1 weitere; --report FILE.csv schreibt jede Zeile.</translation>
    </message>
    <message>
        <source>… and %1 more in the report.</source>
        <translation>… und %1 weitere im Bericht.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Resume it with: ssprctl import resume %1</source>
        <translation>Fortsetzen mit: ssprctl import resume %1</translation>
    </message>
    <message>
        <source>the import stopped: %1 (nothing of the failed batch was applied; resume with &quot;ssprctl import resume %2&quot;)</source>
        <translation>Der Import wurde angehalten: %1 (vom fehlgeschlagenen Stapel wurde nichts angewendet; fortsetzen mit &quot;ssprctl import resume %2&quot;)</translation>
    </message>
    <message>
        <source>%1 takes one CSV file (- reads standard input)</source>
        <translation>%1 erwartet eine CSV-Datei (- liest die Standardeingabe)</translation>
    </message>
    <message>
        <source>--type applies to import phones only</source>
        <translation>--type gilt nur für import phones</translation>
    </message>
    <message>
        <source>--type must be mobile, alternateMobile or office, not &quot;%1&quot;</source>
        <translation>--type muss mobile, alternateMobile oder office sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--region applies to import phones only</source>
        <translation>--region gilt nur für import phones</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US, GB or DE, not &quot;%1&quot;</source>
        <translation>--region muss ein zweistelliger Ländercode wie US, GB oder DE sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--existing must be skip or overwrite, not &quot;%1&quot;</source>
        <translation>--existing muss skip oder overwrite sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>import #%1 of this file is unfinished and used other options; resume it with &quot;ssprctl import resume %1&quot; or cancel it with &quot;ssprctl import cancel %1&quot;</source>
        <translation>Import #%1 dieser Datei ist unvollständig und verwendete andere Optionen; setzen Sie ihn mit &quot;ssprctl import resume %1&quot; fort oder brechen Sie ihn mit &quot;ssprctl import cancel %1&quot; ab</translation>
    </message>
    <message>
        <source>Resuming import #%1 of this file (started %2).</source>
        <translation>Import #%1 dieser Datei wird fortgesetzt (begonnen %2).</translation>
    </message>
    <message>
        <source>Checking: %1 (%2 of %3)</source>
        <translation>Prüfung: %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>%1 takes one run id (see ssprctl import list)</source>
        <translation>%1 erwartet eine Lauf-ID (siehe ssprctl import list)</translation>
    </message>
    <message>
        <source>%1 takes at most one run id</source>
        <translation>%1 erwartet höchstens eine Lauf-ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id (see ssprctl import list)</source>
        <translation>&quot;%1&quot; ist keine Lauf-ID (siehe ssprctl import list)</translation>
    </message>
    <message>
        <source>there is no unfinished import to resume (see ssprctl import list)</source>
        <translation>Es gibt keinen unvollständigen Import zum Fortsetzen (siehe ssprctl import list)</translation>
    </message>
    <message>
        <source>import list takes no arguments</source>
        <translation>import list akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>%1 of %2 rows settled</source>
        <translation>%1 von %2 Zeilen erledigt</translation>
    </message>
    <message>
        <source>import #%1 is already %2</source>
        <translation>Import #%1 ist bereits %2</translation>
    </message>
    <message>
        <source>Not applied: the import was cancelled.</source>
        <translation>Nicht angewendet: Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Import #%1 cancelled; rows not yet applied stay unapplied.</source>
        <translation>Import #%1 abgebrochen; noch nicht angewendete Zeilen bleiben unangewendet.</translation>
    </message>
    <message>
        <source>Check and report every row; change nothing.</source>
        <translation>Jede Zeile prüfen und melden; nichts ändern.</translation>
    </message>
    <message>
        <source>Write the per-row result to FILE.csv.</source>
        <translation>Das Ergebnis je Zeile in FILE.csv schreiben.</translation>
    </message>
    <message>
        <source>A user who already has a different value: skip (default) keeps it, overwrite replaces it.</source>
        <translation>Ein Benutzer mit bereits einem anderen Wert: skip (Standard) behält ihn, overwrite ersetzt ihn.</translation>
    </message>
    <message>
        <source>Also import numbers registered on another account or given to several users (held back by default).</source>
        <translation>Auch Nummern importieren, die bei einem anderen Konto registriert sind oder mehreren Benutzern zugewiesen werden (standardmäßig zurückgehalten).</translation>
    </message>
    <message>
        <source>Use COLUMN (number or header) for ROLE: user, mobile, office, alternateMobile, alternateEmail, country. Repeatable.</source>
        <translation>COLUMN (Nummer oder Überschrift) für ROLE verwenden: user, mobile, office, alternateMobile, alternateEmail, country. Wiederholbar.</translation>
    </message>
    <message>
        <source>Rows applied per transaction (default %1).</source>
        <translation>Pro Transaktion angewendete Zeilen (Standard %1).</translation>
    </message>
    <message>
        <source>Import the phone column as this type: mobile, alternateMobile or office (default: each phone column as its own type).</source>
        <translation>Die Telefonspalte als diesen Typ importieren: mobile, alternateMobile oder office (Standard: jede Telefonspalte als eigener Typ).</translation>
    </message>
    <message>
        <source>Country (e.g. US, GB) for numbers without a country code, when the row has no country and the user no usage location.</source>
        <translation>Land (z. B. US, GB) für Nummern ohne Landesvorwahl, wenn die Zeile kein Land und der Benutzer keinen Verwendungsort hat.</translation>
    </message>
    <message>
        <source>Every row is checked first (unknown users, invalid values, duplicates, shared numbers, Entra&apos;s rules), then the rows that pass are applied in transactions of --batch-size rows, each journaled in the store. If the run is interrupted (even by kill -9), &quot;ssprctl import resume&quot; continues where it stopped, and importing the same file again resumes its unfinished run. Exit 0 when every row succeeded (added, updated, unchanged, or kept by --existing skip), 1 when some did not, 2 when the file or the column mapping cannot be used (nothing is changed).</source>
        <translation>Jede Zeile wird zuerst geprüft (unbekannte Benutzer, ungültige Werte, Duplikate, gemeinsam genutzte Nummern, Entra-Regeln), dann werden die bestandenen Zeilen in Transaktionen zu je --batch-size Zeilen angewendet und jeweils im Speicher protokolliert. Wird der Lauf unterbrochen (auch durch kill -9), setzt &quot;ssprctl import resume&quot; dort fort, wo er angehalten hat, und ein erneuter Import derselben Datei setzt ihren unvollständigen Lauf fort. Exitcode 0, wenn jede Zeile erfolgreich war (hinzugefügt, aktualisiert, unverändert oder durch --existing skip beibehalten), 1, wenn einige nicht erfolgreich waren, 2, wenn die Datei oder die Spaltenzuordnung nicht verwendet werden kann (es wird nichts geändert).</translation>
    </message>
    <message>
        <source>Import phone methods for many users from a CSV file.</source>
        <translation>Telefonmethoden für viele Benutzer aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <source>Import the email method for many users from a CSV file.</source>
        <translation>Die E-Mail-Methode für viele Benutzer aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <source>Continue an interrupted import (default: the latest unfinished one).</source>
        <translation>Einen unterbrochenen Import fortsetzen (Standard: den neuesten unvollständigen).</translation>
    </message>
    <message>
        <source>Rows already applied are never applied again. Exit codes as for import phones.</source>
        <translation>Bereits angewendete Zeilen werden nie erneut angewendet. Exitcodes wie bei import phones.</translation>
    </message>
    <message>
        <source>List the imports recorded in the store.</source>
        <translation>Die im Speicher aufgezeichneten Importe auflisten.</translation>
    </message>
    <message>
        <source>The 50 newest runs: id, start, kind, state and how many rows are settled.</source>
        <translation>Die 50 neuesten Läufe: ID, Start, Art, Status und wie viele Zeilen erledigt sind.</translation>
    </message>
    <message>
        <source>Summarise an import; --report writes its rows.</source>
        <translation>Einen Import zusammenfassen; --report schreibt seine Zeilen.</translation>
    </message>
    <message>
        <source>Exit 0 when every row of the run succeeded, 1 otherwise.</source>
        <translation>Exitcode 0, wenn jede Zeile des Laufs erfolgreich war, sonst 1.</translation>
    </message>
    <message>
        <source>Stop an unfinished import for good; rows not yet applied stay unapplied.</source>
        <translation>Einen unvollständigen Import endgültig beenden; noch nicht angewendete Zeilen bleiben unangewendet.</translation>
    </message>
    <message>
        <source>Rows already applied stay applied; the report lists the others as cancelled.</source>
        <translation>Bereits angewendete Zeilen bleiben angewendet; der Bericht führt die übrigen als abgebrochen auf.</translation>
    </message>
    <message>
        <source>--issuer must not be empty</source>
        <translation>--issuer darf nicht leer sein</translation>
    </message>
    <message>
        <source>totp new takes one user principal name (see ssprctl totp new --help)</source>
        <translation>totp new erwartet einen Benutzerprinzipalnamen (siehe ssprctl totp new --help)</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>give at least one of --png, --svg, --pdf or --uri, or the new secret would be lost</source>
        <translation>Geben Sie mindestens eine der Optionen --png, --svg, --pdf oder --uri an, sonst ginge das neue Geheimnis verloren</translation>
    </message>
    <message>
        <source>there is no user %1 in the store</source>
        <translation>Im Speicher gibt es keinen Benutzer %1</translation>
    </message>
    <message>
        <source>the token could not be recorded, so no file was kept: %1</source>
        <translation>Das Token konnte nicht aufgezeichnet werden, daher wurde keine Datei behalten: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Issued token %1 to %2 (issuer &quot;%3&quot;).</source>
        <translation>Token %1 für %2 ausgestellt (Aussteller &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translation>%1 geschrieben: %2</translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <translation>Geheimnis: %1</translation>
    </message>
    <message>
        <source>totp code takes no arguments, only options (see ssprctl totp code --help)</source>
        <translation>totp code akzeptiert keine Argumente, nur Optionen (siehe ssprctl totp code --help)</translation>
    </message>
    <message>
        <source>totp code needs --secret B32 (or --secret - to read it from standard input)</source>
        <translation>totp code benötigt --secret B32 (oder --secret -, um es von der Standardeingabe zu lesen)</translation>
    </message>
    <message>
        <source>--secret is empty</source>
        <translation>--secret ist leer</translation>
    </message>
    <message>
        <source>--time must be a whole number of seconds since 1970 (Unix time)</source>
        <translation>--time muss eine ganze Zahl von Sekunden seit 1970 sein (Unix-Zeit)</translation>
    </message>
    <message>
        <source>totp batch takes no arguments, only options (see ssprctl totp batch --help)</source>
        <translation>totp batch akzeptiert keine Argumente, nur Optionen (siehe ssprctl totp batch --help)</translation>
    </message>
    <message>
        <source>totp batch needs --group NAME</source>
        <translation>totp batch benötigt --group NAME</translation>
    </message>
    <message>
        <source>totp batch needs both --pdf FILE (the handouts) and --oath-csv FILE (for the Entra upload)</source>
        <translation>totp batch benötigt sowohl --pdf FILE (die Handzettel) als auch --oath-csv FILE (für den Upload in Entra)</translation>
    </message>
    <message>
        <source>--pdf and --oath-csv must be different files</source>
        <translation>--pdf und --oath-csv müssen verschiedene Dateien sein</translation>
    </message>
    <message>
        <source>there is no group named &quot;%1&quot; in the store</source>
        <translation>Im Speicher gibt es keine Gruppe namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 groups are named &quot;%2&quot;; rename one so the name is unique</source>
        <translation>%1 Gruppen heißen &quot;%2&quot;; benennen Sie eine um, damit der Name eindeutig ist</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has no members who can get a token</source>
        <translation>Die Gruppe &quot;%1&quot; hat keine Mitglieder, die ein Token erhalten können</translation>
    </message>
    <message>
        <source><byte value="xd"/>Writing handouts: %1 of %2</source>
        <translation><byte value="xd"/>Handzettel werden geschrieben: %1 von %2</translation>
    </message>
    <message>
        <source>the tokens could not be recorded, so no file was kept: %1</source>
        <translation>Die Token konnten nicht aufgezeichnet werden, daher wurde keine Datei behalten: %1</translation>
    </message>
    <message>
        <source>Members of &quot;%1&quot; given a token (issuer &quot;%2&quot;): %3</source>
        <translation>Mitglieder von &quot;%1&quot; mit Token (Aussteller &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>Guest accounts left out (Entra OATH tokens are not for guests): %1</source>
        <translation>Ausgelassene Gastkonten (Entra-OATH-Token sind nicht für Gäste): %1</translation>
    </message>
    <message>
        <source>Wrote PDF: %1</source>
        <translation>PDF geschrieben: %1</translation>
    </message>
    <message>
        <source>Wrote OATH CSV: %1</source>
        <translation>OATH-CSV geschrieben: %1</translation>
    </message>
    <message>
        <source>Issuer the authenticator app shows (default: the tenant name).</source>
        <translation>Aussteller, den die Authenticator-App anzeigt (Standard: der Name des Mandanten).</translation>
    </message>
    <message>
        <source>Code length: 6 (default) or 8.</source>
        <translation>Codelänge: 6 (Standard) oder 8.</translation>
    </message>
    <message>
        <source>Seconds per code: 30 (default) or 60.</source>
        <translation>Sekunden je Code: 30 (Standard) oder 60.</translation>
    </message>
    <message>
        <source>HMAC hash: SHA1 (default), SHA256 or SHA512.</source>
        <translation>HMAC-Hash: SHA1 (Standard), SHA256 oder SHA512.</translation>
    </message>
    <message>
        <source>Also print the key in clear on PDF handouts, for manual entry.</source>
        <translation>Den Schlüssel zusätzlich im Klartext auf PDF-Handzettel drucken, zur manuellen Eingabe.</translation>
    </message>
    <message>
        <source>Write the PDF handout to FILE.</source>
        <translation>Den PDF-Handzettel in FILE schreiben.</translation>
    </message>
    <message>
        <source>Issue a new authenticator (TOTP) key to a user: QR code as PNG, SVG or PDF handout.</source>
        <translation>Einem Benutzer einen neuen Authenticator-Schlüssel (TOTP) ausstellen: QR-Code als PNG, SVG oder PDF-Handzettel.</translation>
    </message>
    <message>
        <source>Write the QR code as a PNG image to FILE.</source>
        <translation>Den QR-Code als PNG-Bild in FILE schreiben.</translation>
    </message>
    <message>
        <source>Write the QR code as an SVG image to FILE.</source>
        <translation>Den QR-Code als SVG-Bild in FILE schreiben.</translation>
    </message>
    <message>
        <source>Print the secret and the otpauth:// URI (they grant access).</source>
        <translation>Das Geheimnis und den otpauth://-URI ausgeben (sie gewähren Zugriff).</translation>
    </message>
    <message>
        <source>Print the current (or --time) code of a Base32 secret.</source>
        <translation>Den aktuellen Code (oder den zu --time) eines Base32-Geheimnisses ausgeben.</translation>
    </message>
    <message>
        <source>The Base32 secret, or - to read it from standard input.</source>
        <translation>Das Base32-Geheimnis oder -, um es von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>Unix time to compute the code for (default: now).</source>
        <translation>Unix-Zeit, für die der Code berechnet wird (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Issue keys to every member of a group (nested groups included): one PDF page per user and the Entra hardware-OATH CSV.</source>
        <translation>Jedem Mitglied einer Gruppe (einschließlich geschachtelter Gruppen) Schlüssel ausstellen: eine PDF-Seite pro Benutzer und die Hardware-OATH-CSV für Entra.</translation>
    </message>
    <message>
        <source>The group&apos;s display name.</source>
        <translation>Der Anzeigename der Gruppe.</translation>
    </message>
    <message>
        <source>Write the handouts (one page per user) to FILE.</source>
        <translation>Die Handzettel (eine Seite pro Benutzer) in FILE schreiben.</translation>
    </message>
    <message>
        <source>Write the Entra OATH token CSV to FILE.</source>
        <translation>Die Entra-OATH-Token-CSV in FILE schreiben.</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot; in the store (see ssprctl users search)</source>
        <translation>Kein Benutzer &quot;%1&quot; im Speicher (siehe ssprctl users search)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Can reset password: %1</source>
        <translation>Kann Kennwort zurücksetzen: %1</translation>
    </message>
    <message>
        <source>(administrator policy: two methods, no security questions)</source>
        <translation>(Administratorrichtlinie: zwei Methoden, keine Sicherheitsfragen)</translation>
    </message>
    <message>
        <source>users search needs the text to look for (&quot;&quot; lists the first users)</source>
        <translation>users search benötigt den Suchtext (&quot;&quot; listet die ersten Benutzer auf)</translation>
    </message>
    <message>
        <source>No users match &quot;%1&quot;.</source>
        <translation>Keine Benutzer entsprechen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) shown.</source>
        <translation>
            <numerusform>%1 von %n Benutzer angezeigt.</numerusform>
            <numerusform>%1 von %n Benutzern angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>user show takes one user principal name</source>
        <translation>user show erwartet einen Benutzerprinzipalnamen</translation>
    </message>
    <message>
        <source>Contact data on the user object, not authentication methods.</source>
        <translation>Kontaktdaten am Benutzerobjekt, keine Authentifizierungsmethoden.</translation>
    </message>
    <message>
        <source>Object id:</source>
        <translation>Objekt-ID:</translation>
    </message>
    <message>
        <source>Mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Usage location:</source>
        <translation>Verwendungsort:</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>synced from on-premises</source>
        <translation>aus lokaler Umgebung synchronisiert</translation>
    </message>
    <message>
        <source>cloud-only</source>
        <translation>nur Cloud</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Administratorrollen:</translation>
    </message>
    <message>
        <source>Authentication methods:</source>
        <translation>Authentifizierungsmethoden:</translation>
    </message>
    <message>
        <source>(none registered)</source>
        <translation>(keine registriert)</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>verwendbar</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message numerus="yes">
        <source>shared number: also registered on %n other account(s): %1</source>
        <translation>
            <numerusform>gemeinsam genutzte Nummer: auch bei %n anderen Konto registriert: %1</numerusform>
            <numerusform>gemeinsam genutzte Nummer: auch bei %n anderen Konten registriert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile contact data (on the user object; not authentication methods):</source>
        <translation>Kontaktdaten des Profils (am Benutzerobjekt; keine Authentifizierungsmethoden):</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Group memberships:</source>
        <translation>Gruppenmitgliedschaften:</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>inherited through %1</source>
        <translation>geerbt über %1</translation>
    </message>
    <message>
        <source>user add-phone takes a user principal name and a phone number</source>
        <translation>user add-phone erwartet einen Benutzerprinzipalnamen und eine Telefonnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number Entra accepts: %2</source>
        <translation>&quot;%1&quot; ist keine Telefonnummer, die Entra akzeptiert: %2</translation>
    </message>
    <message>
        <source>Added %1 %2 to %3.</source>
        <translation>%1 %2 zu %3 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Note: this number is also registered on %n other account(s): %1</source>
        <translation>
            <numerusform>Hinweis: Diese Nummer ist auch bei %n anderen Konto registriert: %1</numerusform>
            <numerusform>Hinweis: Diese Nummer ist auch bei %n anderen Konten registriert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>user add-email takes a user principal name and an email address</source>
        <translation>user add-email erwartet einen Benutzerprinzipalnamen und eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Added email method %1 to %2.</source>
        <translation>E-Mail-Methode %1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>user remove-method takes a user principal name and a method id or kind</source>
        <translation>user remove-method erwartet einen Benutzerprinzipalnamen und eine Methoden-ID oder -art</translation>
    </message>
    <message>
        <source>%1 methods have an id per registration: give the id shown by &quot;ssprctl user show %2&quot;</source>
        <translation>%1-Methoden haben eine ID je Registrierung: Geben Sie die von &quot;ssprctl user show %2&quot; angezeigte ID an</translation>
    </message>
    <message>
        <source>%1 has no method &quot;%2&quot; (see ssprctl user show %1)</source>
        <translation>%1 hat keine Methode &quot;%2&quot; (siehe ssprctl user show %1)</translation>
    </message>
    <message>
        <source>Removed %1 %2 from %3.</source>
        <translation>%1 %2 von %3 entfernt.</translation>
    </message>
    <message>
        <source>user can-reset takes one user principal name</source>
        <translation>user can-reset erwartet einen Benutzerprinzipalnamen</translation>
    </message>
    <message>
        <source>Find users by name, UPN, mail or phone digits.</source>
        <translation>Benutzer nach Name, UPN, E-Mail oder Telefonziffern suchen.</translation>
    </message>
    <message>
        <source>Words match the start of a word of the name, UPN or mail; four or more digits match anywhere in a phone number, whatever its punctuation. &quot;&quot; lists the first users by name.</source>
        <translation>Wörter passen auf den Anfang eines Wortes von Name, UPN oder E-Mail; vier oder mehr Ziffern passen an beliebiger Stelle einer Telefonnummer, unabhängig von ihrer Zeichensetzung. &quot;&quot; listet die ersten Benutzer nach Namen auf.</translation>
    </message>
    <message>
        <source>Show a user: methods, profile contact data, groups and the reset verdict.</source>
        <translation>Einen Benutzer anzeigen: Methoden, Kontaktdaten des Profils, Gruppen und ob er sein Kennwort zurücksetzen kann.</translation>
    </message>
    <message>
        <source>Exit 1 if there is no such user.</source>
        <translation>Exitcode 1, wenn es keinen solchen Benutzer gibt.</translation>
    </message>
    <message>
        <source>Register a phone method (normalised to Graph&apos;s +CC NUMBER form).</source>
        <translation>Eine Telefonmethode registrieren (normalisiert auf die Graph-Form +CC NUMBER).</translation>
    </message>
    <message>
        <source>Phone type: mobile (default), alternateMobile or office.</source>
        <translation>Telefontyp: mobile (Standard), alternateMobile oder office.</translation>
    </message>
    <message>
        <source>Country (e.g. US, GB) for a number without a country code (default: the user&apos;s usage location).</source>
        <translation>Land (z. B. US, GB) für eine Nummer ohne Landesvorwahl (Standard: der Verwendungsort des Benutzers).</translation>
    </message>
    <message>
        <source>Entra&apos;s rules apply: one phone of each type, an alternate mobile needs a mobile, an extension only on an office phone. A number that cannot be read, or a rule it breaks, exits 2 with the reason and changes nothing; an unknown user exits 1.</source>
        <translation>Es gelten die Regeln von Entra: ein Telefon je Typ, ein alternatives Mobiltelefon setzt ein Mobiltelefon voraus, eine Durchwahl nur bei einem Bürotelefon. Eine Nummer, die nicht gelesen werden kann oder gegen eine Regel verstößt, endet mit Exitcode 2 und dem Grund und ändert nichts; ein unbekannter Benutzer endet mit Exitcode 1.</translation>
    </message>
    <message>
        <source>Register the email method (used only for password reset).</source>
        <translation>Die E-Mail-Methode registrieren (nur für die Kennwortzurücksetzung verwendet).</translation>
    </message>
    <message>
        <source>One email method per user; an invalid address or a second one exits 2.</source>
        <translation>Eine E-Mail-Methode pro Benutzer; eine ungültige Adresse oder eine zweite endet mit Exitcode 2.</translation>
    </message>
    <message>
        <source>Delete a method by id, or by kind for mobile, alternateMobile, office and email.</source>
        <translation>Eine Methode nach ID löschen oder nach Art für mobile, alternateMobile, office und email.</translation>
    </message>
    <message>
        <source>Ids are shown by &quot;ssprctl user show UPN&quot;. The password cannot be deleted, nor the mobile phone while an alternate mobile phone exists (exit 2); a method the user does not have exits 1.</source>
        <translation>IDs zeigt &quot;ssprctl user show UPN&quot; an. Das Kennwort kann nicht gelöscht werden, ebenso wenig das Mobiltelefon, solange ein alternatives Mobiltelefon existiert (Exitcode 2); eine Methode, die der Benutzer nicht hat, endet mit Exitcode 1.</translation>
    </message>
    <message>
        <source>Can this user reset their password, and if not, why? (exit 0 either way)</source>
        <translation>Kann dieser Benutzer sein Kennwort zurücksetzen, und wenn nicht, warum? (Exitcode 0 in beiden Fällen)</translation>
    </message>
    <message>
        <source>The verdict under the stored policy, with the reasons traced to the settings that decide it.</source>
        <translation>Das Ergebnis unter der gespeicherten Richtlinie, mit den Gründen bis zu den entscheidenden Einstellungen.</translation>
    </message>
    <message>
        <source>Connect a profile first: ssprctl connect --profile NAME --tenant T --client-id C</source>
        <translation>Verbinden Sie zuerst ein Profil: ssprctl connect --profile NAME --tenant T --client-id C</translation>
    </message>
    <message>
        <source>To sign in, open this page in a web browser: %1</source>
        <translation>Öffnen Sie zum Anmelden diese Seite in einem Webbrowser: %1</translation>
    </message>
    <message>
        <source>No browser could be opened here: open the page on this computer (the sign-in returns to it), or use --auth device-code.</source>
        <translation>Hier kann kein Browser geöffnet werden: Öffnen Sie die Seite auf diesem Computer (die Anmeldung kehrt hierher zurück), oder verwenden Sie --auth device-code.</translation>
    </message>
    <message>
        <source>connect takes no arguments, only options (see ssprctl connect --help)</source>
        <translation>connect akzeptiert keine Argumente, nur Optionen (siehe ssprctl connect --help)</translation>
    </message>
    <message>
        <source>connect creates a named profile: use --profile NAME, not --db</source>
        <translation>connect erstellt ein benanntes Profil: Verwenden Sie --profile NAME, nicht --db</translation>
    </message>
    <message>
        <source>connect needs --profile NAME, the name of the tenant profile to create</source>
        <translation>connect benötigt --profile NAME, den Namen des zu erstellenden Mandantenprofils</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot; ist kein gültiger Profilname: Verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the demo tenant&apos;s profile: choose another name</source>
        <translation>&quot;%1&quot; ist das Profil des Demomandanten: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>connect needs --tenant (tenant id or domain) and --client-id (the app registration&apos;s application id)</source>
        <translation>connect benötigt --tenant (Mandanten-ID oder Domäne) und --client-id (die Anwendungs-ID der App-Registrierung)</translation>
    </message>
    <message>
        <source>cannot read the certificate file %1</source>
        <translation>Die Zertifikatdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--secret-stdin is for client-secret and certificate sign-in only</source>
        <translation>--secret-stdin ist nur für die Anmeldung mit geheimem Clientschlüssel oder Zertifikat vorgesehen</translation>
    </message>
    <message>
        <source>client-secret sign-in needs the secret on standard input with --secret-stdin, or in the SSPR_CLIENT_SECRET environment variable</source>
        <translation>Die Anmeldung mit geheimem Clientschlüssel benötigt den geheimen Schlüssel auf der Standardeingabe mit --secret-stdin oder in der Umgebungsvariablen SSPR_CLIENT_SECRET</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; holds local data, not a Graph connection: choose another name</source>
        <translation>Das Profil &quot;%1&quot; enthält lokale Daten, keine Graph-Verbindung: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation>Öffnen Sie zum Anmelden %1, und geben Sie den Code %2 ein</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>signed in, but Graph refused the first request: %1</source>
        <translation>Angemeldet, aber Graph hat die erste Anforderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Connected profile &quot;%1&quot; to %2 (%3) with %4 sign-in.</source>
        <translation>Profil &quot;%1&quot; mit %2 (%3) verbunden, Anmeldung per %4.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Secrets are in the system keychain; remove them with: ssprctl disconnect --profile %1</source>
        <translation>Geheimnisse liegen im Systemschlüsselbund; entfernen Sie sie mit: ssprctl disconnect --profile %1</translation>
    </message>
    <message>
        <source>disconnect takes no arguments (see ssprctl disconnect --help)</source>
        <translation>disconnect akzeptiert keine Argumente (siehe ssprctl disconnect --help)</translation>
    </message>
    <message>
        <source>disconnect needs --profile NAME</source>
        <translation>disconnect benötigt --profile NAME</translation>
    </message>
    <message>
        <source>signed out, but the store %1 could not be deleted</source>
        <translation>Abgemeldet, aber der Speicher %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;: its secrets were removed from the keychain.</source>
        <translation>Von &quot;%1&quot; abgemeldet: Seine Geheimnisse wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Deleted the store %1.</source>
        <translation>Speicher %1 gelöscht.</translation>
    </message>
    <message>
        <source>The store was kept: %1</source>
        <translation>Der Speicher wurde beibehalten: %1</translation>
    </message>
    <message>
        <source>profiles takes no arguments</source>
        <translation>profiles akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>No profiles yet. The demo profile is created on first use; connect a tenant with: ssprctl connect --profile NAME --tenant T --client-id C</source>
        <translation>Noch keine Profile. Das Demoprofil wird bei der ersten Verwendung erstellt; verbinden Sie einen Mandanten mit: ssprctl connect --profile NAME --tenant T --client-id C</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>Profile:   %1</source>
        <translation>Profil:    %1</translation>
    </message>
    <message>
        <source>Tenant:    %1 (%2)</source>
        <translation>Mandant:   %1 (%2)</translation>
    </message>
    <message>
        <source>Sign-in:   %1, client id %2</source>
        <translation>Anmeldung: %1, Client-ID %2</translation>
    </message>
    <message>
        <source>Graph:     %1 (%2 cloud)</source>
        <translation>Graph:     %1 (Cloud %2)</translation>
    </message>
    <message>
        <source>Connect a new tenant profile to Microsoft Graph and sign in.</source>
        <translation>Ein neues Mandantenprofil mit Microsoft Graph verbinden und anmelden.</translation>
    </message>
    <message>
        <source>Directory (tenant) id or verified domain.</source>
        <translation>Verzeichnis-ID (Mandant) oder überprüfte Domäne.</translation>
    </message>
    <message>
        <source>Application (client) id of the app registration.</source>
        <translation>Anwendungs-ID (Client-ID) der App-Registrierung.</translation>
    </message>
    <message>
        <source>global (default), usgov, usgovdod or china.</source>
        <translation>global (Standard), usgov, usgovdod oder china.</translation>
    </message>
    <message>
        <source>browser (default), device-code, client-secret or certificate.</source>
        <translation>browser (Standard), device-code, client-secret oder certificate.</translation>
    </message>
    <message>
        <source>Certificate with private key (PFX/P12 or PEM) for certificate sign-in.</source>
        <translation>Zertifikat mit privatem Schlüssel (PFX/P12 oder PEM) für die Anmeldung mit Zertifikat.</translation>
    </message>
    <message>
        <source>Read the client secret (or certificate password) from standard input; else from SSPR_CLIENT_SECRET (SSPR_CERTIFICATE_PASSWORD).</source>
        <translation>Den geheimen Clientschlüssel (oder das Zertifikatkennwort) von der Standardeingabe lesen; sonst aus SSPR_CLIENT_SECRET (SSPR_CERTIFICATE_PASSWORD).</translation>
    </message>
    <message>
        <source>Graph root instead of the cloud&apos;s (https, or http on loopback).</source>
        <translation>Graph-Stamm-URL anstelle der der Cloud (https oder http über Loopback).</translation>
    </message>
    <message>
        <source>Sign-in authority instead of the cloud&apos;s (https, or http on loopback).</source>
        <translation>Anmeldeautorität anstelle der der Cloud (https oder http über Loopback).</translation>
    </message>
    <message>
        <source>Print the sign-in page instead of opening a browser.</source>
        <translation>Die Anmeldeseite ausgeben, statt einen Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Secrets are never taken from the command line and are kept only in the system keychain.</source>
        <translation>Geheimnisse werden nie von der Befehlszeile übernommen und nur im Systemschlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Sign a tenant profile out: remove its secrets from the keychain.</source>
        <translation>Ein Mandantenprofil abmelden: seine Geheimnisse aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Also delete the profile&apos;s store file.</source>
        <translation>Auch die Speicherdatei des Profils löschen.</translation>
    </message>
    <message>
        <source>List the tenant profiles (* marks the console&apos;s active one).</source>
        <translation>Die Mandantenprofile auflisten (* markiert das aktive Profil der Konsole).</translation>
    </message>
    <message>
        <source>Sign in with the profile&apos;s saved credentials and show the tenant Graph reports.</source>
        <translation>Mit den gespeicherten Anmeldeinformationen des Profils anmelden und den Mandanten anzeigen, den Graph meldet.</translation>
    </message>
    <message>
        <source>%1 needs one outbox item id (see ssprctl outbox list)</source>
        <translation>%1 benötigt genau eine Postausgangselement-ID (siehe ssprctl outbox list)</translation>
    </message>
    <message>
        <source>outbox list takes no arguments (filter with --state)</source>
        <translation>outbox list akzeptiert keine Argumente (filtern mit --state)</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot; (one or more of %2, comma-separated)</source>
        <translation>Unbekannter Status &quot;%1&quot; (einer oder mehrere von %2, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Pending %1, sending %2, failed %3, conflicts %4, done %5, discarded %6</source>
        <translation>Ausstehend %1, wird gesendet %2, fehlgeschlagen %3, Konflikte %4, erledigt %5, verworfen %6</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>give either an item id or --all-failed, not both</source>
        <translation>Geben Sie entweder eine Element-ID oder --all-failed an, nicht beides</translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s) will be sent again.</source>
        <translation>
            <numerusform>%n fehlgeschlagenes Element wird erneut gesendet.</numerusform>
            <numerusform>%n fehlgeschlagene Elemente werden erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no outbox item %1</source>
        <translation>Es gibt kein Postausgangselement %1</translation>
    </message>
    <message>
        <source>outbox item %1 is %2: only failed items and conflicts can be retried</source>
        <translation>Postausgangselement %1 hat den Status %2: Nur fehlgeschlagene Elemente und Konflikte können wiederholt werden</translation>
    </message>
    <message>
        <source>Item %1 will be sent again and will overwrite the tenant&apos;s value.</source>
        <translation>Element %1 wird erneut gesendet und überschreibt den Wert des Mandanten.</translation>
    </message>
    <message>
        <source>Item %1 will be sent again.</source>
        <translation>Element %1 wird erneut gesendet.</translation>
    </message>
    <message>
        <source>outbox item %1 is %2: only pending, failed and conflicting items can be discarded</source>
        <translation>Postausgangselement %1 hat den Status %2: Nur ausstehende, fehlgeschlagene und in Konflikt stehende Elemente können verworfen werden</translation>
    </message>
    <message>
        <source>Item %1 discarded; this profile shows the tenant&apos;s value again.</source>
        <translation>Element %1 verworfen; dieses Profil zeigt wieder den Wert des Mandanten.</translation>
    </message>
    <message>
        <source>outbox push takes no arguments</source>
        <translation>outbox push akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>this profile is local: its changes are already in the store and nothing is sent (connect a tenant with ssprctl connect)</source>
        <translation>Dieses Profil ist lokal: Seine Änderungen sind bereits im Speicher, und nichts wird gesendet (verbinden Sie einen Mandanten mit ssprctl connect)</translation>
    </message>
    <message>
        <source>Outbox: %1 done, %2 failed, %3 conflicts, %4 left; %5 requests</source>
        <translation>Postausgang: %1 erledigt, %2 fehlgeschlagen, %3 Konflikte, %4 übrig; %5 Anforderungen</translation>
    </message>
    <message>
        <source>Temporary Access Pass for %1 (item %2): %3</source>
        <translation>Befristeter Zugriffspass für %1 (Element %2): %3</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 conflicts, %4 not answered (still pending); %5 HTTP requests.</source>
        <translation>%1 gesendet, %2 fehlgeschlagen, %3 Konflikte, %4 ohne Antwort (noch ausstehend); %5 HTTP-Anforderungen.</translation>
    </message>
    <message>
        <source>some changes were not applied; see ssprctl outbox list --state failed,conflict,pending</source>
        <translation>Einige Änderungen wurden nicht angewendet; siehe ssprctl outbox list --state failed,conflict,pending</translation>
    </message>
    <message>
        <source>List the changes bound for the tenant and their state.</source>
        <translation>Die für den Mandanten bestimmten Änderungen und ihren Status auflisten.</translation>
    </message>
    <message>
        <source>Only items in state S: pending, sending, done, failed, conflict, discarded (comma-separated).</source>
        <translation>Nur Elemente mit Status S: pending, sending, done, failed, conflict, discarded (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Oldest first; a failed item or a conflict shows the reason under it (a conflict shows both the tenant&apos;s value and ours).</source>
        <translation>Älteste zuerst; unter einem fehlgeschlagenen Element oder einem Konflikt steht der Grund (bei einem Konflikt sowohl der Wert des Mandanten als auch unserer).</translation>
    </message>
    <message>
        <source>Send a failed item again; a conflict is sent again to overwrite the tenant&apos;s value.</source>
        <translation>Ein fehlgeschlagenes Element erneut senden; ein Konflikt wird erneut gesendet, um den Wert des Mandanten zu überschreiben.</translation>
    </message>
    <message>
        <source>Retry every failed item (not the conflicts).</source>
        <translation>Jedes fehlgeschlagene Element wiederholen (nicht die Konflikte).</translation>
    </message>
    <message>
        <source>The item goes back to pending; run ssprctl outbox push (or let the console send it).</source>
        <translation>Das Element wird wieder ausstehend; führen Sie ssprctl outbox push aus (oder lassen Sie die Konsole es senden).</translation>
    </message>
    <message>
        <source>Drop a pending, failed or conflicting change and put this profile back to the tenant&apos;s value.</source>
        <translation>Eine ausstehende, fehlgeschlagene oder in Konflikt stehende Änderung verwerfen und dieses Profil auf den Wert des Mandanten zurücksetzen.</translation>
    </message>
    <message>
        <source>Send the outbox to the tenant until nothing is left to send; progress on stderr.</source>
        <translation>Den Postausgang an den Mandanten senden, bis nichts mehr zu senden ist; Fortschritt auf stderr.</translation>
    </message>
    <message>
        <source>Independent changes go together in $batch requests, paced under the tenant&apos;s write quota. Exits 1 when a change failed, is in conflict or got no answer.</source>
        <translation>Unabhängige Änderungen werden gemeinsam in $batch-Anforderungen gesendet, im Rahmen des Schreibkontingents des Mandanten. Exitcode 1, wenn eine Änderung fehlgeschlagen ist, in Konflikt steht oder keine Antwort erhalten hat.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n requests)</source>
        <translation>
            <numerusform> (%n Anforderung)</numerusform>
            <numerusform> (%n Anforderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Users (full): %1 added, %2 updated, %3 removed</source>
        <translation>Benutzer (vollständig): %1 hinzugefügt, %2 aktualisiert, %3 entfernt</translation>
    </message>
    <message>
        <source>Users: %1 added, %2 updated, %3 removed</source>
        <translation>Benutzer: %1 hinzugefügt, %2 aktualisiert, %3 entfernt</translation>
    </message>
    <message>
        <source>Groups (full): %1 added, %2 updated, %3 removed</source>
        <translation>Gruppen (vollständig): %1 hinzugefügt, %2 aktualisiert, %3 entfernt</translation>
    </message>
    <message>
        <source>Groups: %1 added, %2 updated, %3 removed</source>
        <translation>Gruppen: %1 hinzugefügt, %2 aktualisiert, %3 entfernt</translation>
    </message>
    <message>
        <source>Memberships: %1 added, %2 removed</source>
        <translation>Mitgliedschaften: %1 hinzugefügt, %2 entfernt</translation>
    </message>
    <message>
        <source>Policy: read</source>
        <translation>Richtlinie: gelesen</translation>
    </message>
    <message>
        <source>Registration report: %1 users</source>
        <translation>Registrierungsbericht: %1 Benutzer</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>sync takes no arguments (see ssprctl sync --help)</source>
        <translation>sync akzeptiert keine Argumente (siehe ssprctl sync --help)</translation>
    </message>
    <message>
        <source>Methods: %1 users read, %2 failed</source>
        <translation>Methoden: %1 Benutzer gelesen, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>the sync was cancelled; run it again to resume</source>
        <translation>Die Synchronisierung wurde abgebrochen; führen Sie sie erneut aus, um fortzufahren</translation>
    </message>
    <message>
        <source>the sync stopped: %1 (run it again to resume)</source>
        <translation>Die Synchronisierung wurde angehalten: %1 (führen Sie sie erneut aus, um fortzufahren)</translation>
    </message>
    <message>
        <source>Sync the profile&apos;s tenant from Microsoft Graph into the store</source>
        <translation>Den Mandanten des Profils aus Microsoft Graph in den Speicher synchronisieren</translation>
    </message>
    <message>
        <source>Read everything again instead of the changes since the last sync.</source>
        <translation>Alles erneut lesen statt nur der Änderungen seit der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Also read every user&apos;s registered authentication methods.</source>
        <translation>Auch die registrierten Authentifizierungsmethoden jedes Benutzers lesen.</translation>
    </message>
    <message>
        <source>Reads users, groups and memberships (changes only, after the first sync), the authentication methods policy and the registration report. An interrupted sync resumes where it stopped. Progress goes to stderr, the summary to stdout.</source>
        <translation>Liest Benutzer, Gruppen und Mitgliedschaften (nach der ersten Synchronisierung nur Änderungen), die Richtlinie für Authentifizierungsmethoden und den Registrierungsbericht. Eine unterbrochene Synchronisierung wird dort fortgesetzt, wo sie angehalten wurde. Der Fortschritt geht an stderr, die Zusammenfassung an stdout.</translation>
    </message>
</context>
<context>
    <name>Sspr::Cli::PolicyCommands</name>
    <message>
        <source>give at least one KEY=VALUE (see ssprctl policy set --help)</source>
        <translation>Geben Sie mindestens ein KEY=VALUE an (siehe ssprctl policy set --help)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>policy show takes no arguments</source>
        <translation>policy show akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>außerdem: %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The policy follows every rule.</source>
        <translation>Die Richtlinie erfüllt alle Regeln.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 0 to 100000</source>
        <translation>--limit muss eine ganze Zahl von 0 bis 100000 sein</translation>
    </message>
    <message>
        <source>--csv needs --category loseReset|forcedToRegister|inScopeWithoutMethods</source>
        <translation>--csv benötigt --category loseReset|forcedToRegister|inScopeWithoutMethods</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>(%1 users considered in %2 ms; nothing was changed)</source>
        <translation>(%1 Benutzer in %2 ms betrachtet; es wurde nichts geändert)</translation>
    </message>
    <message>
        <source>Show the Password reset policy (--json: the portal&apos;s shape).</source>
        <translation>Die Richtlinie zur Kennwortzurücksetzung anzeigen (--json: in der Form des Portals).</translation>
    </message>
    <message>
        <source>Change settings; a rule violation exits 2 and changes nothing.</source>
        <translation>Einstellungen ändern; ein Regelverstoß endet mit Exitcode 2 und ändert nichts.</translation>
    </message>
    <message>
        <source>Keys (named after the portal&apos;s payload):
</source>
        <translation>Schlüssel (benannt nach den Nutzdaten des Portals):
</translation>
    </message>
    <message>
        <source>Check the stored policy (or it with changes applied) against every rule; exit 2 on errors.</source>
        <translation>Die gespeicherte Richtlinie (oder sie mit angewendeten Änderungen) gegen alle Regeln prüfen; Exitcode 2 bei Fehlern.</translation>
    </message>
    <message>
        <source>Preview who a change would affect, without changing anything.</source>
        <translation>Vorschau, wen eine Änderung betreffen würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Users listed per category (default 20).</source>
        <translation>Aufgeführte Benutzer je Kategorie (Standard 20).</translation>
    </message>
    <message>
        <source>The category --csv exports.</source>
        <translation>Die Kategorie, die --csv exportiert.</translation>
    </message>
    <message>
        <source>Export every user of --category to FILE.</source>
        <translation>Jeden Benutzer von --category in FILE exportieren.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::AuthMethod</name>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Alternate mobile phone</source>
        <translation>Alternatives Mobiltelefon</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Bürotelefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Microsoft Authenticator</source>
        <translation>Microsoft Authenticator</translation>
    </message>
    <message>
        <source>Software OATH token</source>
        <translation>Software-OATH-Token</translation>
    </message>
    <message>
        <source>Hardware OATH token</source>
        <translation>Hardware-OATH-Token</translation>
    </message>
    <message>
        <source>FIDO2 security key</source>
        <translation>FIDO2-Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Windows Hello for Business</source>
        <translation>Windows Hello for Business</translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation>Befristeter Zugriffspass</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::AuthMethodsPolicy</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <source>Email OTP</source>
        <translation>E-Mail-OTP</translation>
    </message>
    <message>
        <source>Microsoft Authenticator</source>
        <translation>Microsoft Authenticator</translation>
    </message>
    <message>
        <source>Third-party software OATH tokens</source>
        <translation>Software-OATH-Token von Drittanbietern</translation>
    </message>
    <message>
        <source>Hardware OATH tokens</source>
        <translation>Hardware-OATH-Token</translation>
    </message>
    <message>
        <source>Passkey (FIDO2)</source>
        <translation>Passkey (FIDO2)</translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation>Befristeter Zugriffspass</translation>
    </message>
    <message>
        <source>Certificate-based authentication</source>
        <translation>Zertifikatbasierte Authentifizierung</translation>
    </message>
    <message>
        <source>%1: invalid %2 %3, expected %4.</source>
        <translation>%1: ungültiger Wert %2 %3, erwartet wird %4.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>ein Array von Objekten</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1: a target has no group id. Pick a group or remove the target.</source>
        <translation>%1: Ein Ziel hat keine Gruppen-ID. Wählen Sie eine Gruppe aus, oder entfernen Sie das Ziel.</translation>
    </message>
    <message>
        <source>%1: the group %2 is targeted twice. Remove one of the two targets.</source>
        <translation>%1: Die Gruppe %2 ist zweimal als Ziel festgelegt. Entfernen Sie eines der beiden Ziele.</translation>
    </message>
    <message>
        <source>%1: an exclusion has no group id. Pick a group or remove the exclusion.</source>
        <translation>%1: Ein Ausschluss hat keine Gruppen-ID. Wählen Sie eine Gruppe aus, oder entfernen Sie den Ausschluss.</translation>
    </message>
    <message>
        <source>%1: all users cannot be excluded. To turn the method off for everyone, disable it instead.</source>
        <translation>%1: Alle Benutzer können nicht ausgeschlossen werden. Um die Methode für alle zu deaktivieren, deaktivieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>%1: the group %2 is excluded twice. Remove one of the two exclusions.</source>
        <translation>%1: Die Gruppe %2 ist zweimal ausgeschlossen. Entfernen Sie einen der beiden Ausschlüsse.</translation>
    </message>
    <message>
        <source>%1: the group %2 is both included and excluded; the exclusion wins, so the inclusion does nothing.</source>
        <translation>%1: Die Gruppe %2 ist sowohl eingeschlossen als auch ausgeschlossen; der Ausschluss hat Vorrang, daher bewirkt der Einschluss nichts.</translation>
    </message>
    <message>
        <source>Pre-migration</source>
        <translation>Vor der Migration</translation>
    </message>
    <message>
        <source>Migration in progress</source>
        <translation>Migration wird ausgeführt</translation>
    </message>
    <message>
        <source>Migration complete</source>
        <translation>Migration abgeschlossen</translation>
    </message>
    <message>
        <source>%1: targeting individual users is no longer supported. Put the user %2 in a group and target the group.</source>
        <translation>%1: Einzelne Benutzer als Ziel werden nicht mehr unterstützt. Fügen Sie den Benutzer %2 einer Gruppe hinzu, und legen Sie die Gruppe als Ziel fest.</translation>
    </message>
    <message>
        <source>%1: authentication mode &quot;%2&quot; is not one of any, push or deviceBasedPush.</source>
        <translation>%1: Der Authentifizierungsmodus &quot;%2&quot; ist keiner von any, push oder deviceBasedPush.</translation>
    </message>
    <message>
        <source>%1 is enabled but targets nobody. Target all users or a group, or disable the method.</source>
        <translation>%1 ist aktiviert, hat aber kein Ziel. Legen Sie alle Benutzer oder eine Gruppe als Ziel fest, oder deaktivieren Sie die Methode.</translation>
    </message>
    <message>
        <source>Email OTP cannot be disabled while external users may use it. Turn off &quot;Allow external users to use email OTP&quot; first.</source>
        <translation>E-Mail-OTP kann nicht deaktiviert werden, solange externe Benutzer es verwenden dürfen. Deaktivieren Sie zuerst &quot;Externen Benutzern die Verwendung von E-Mail-OTP erlauben&quot;.</translation>
    </message>
    <message>
        <source>Temporary Access Pass lifetimes must be between %1 and %2 minutes (30 days); %3 is %4.</source>
        <translation>Die Gültigkeitsdauern des befristeten Zugriffspasses müssen zwischen %1 und %2 Minuten (30 Tage) liegen; %3 ist %4.</translation>
    </message>
    <message>
        <source>The Temporary Access Pass lifetimes must satisfy minimum &lt;= default &lt;= maximum (now %1, %2, %3 minutes).</source>
        <translation>Für die Gültigkeitsdauern des befristeten Zugriffspasses muss Minimum &lt;= Standard &lt;= Maximum gelten (jetzt %1, %2, %3 Minuten).</translation>
    </message>
    <message>
        <source>The Temporary Access Pass length must be between %1 and %2 characters, not %3.</source>
        <translation>Die Länge des befristeten Zugriffspasses muss zwischen %1 und %2 Zeichen liegen, nicht %3.</translation>
    </message>
    <message>
        <source>Unknown authentication method configuration (id %1, @odata.type %2).</source>
        <translation>Unbekannte Konfiguration einer Authentifizierungsmethode (ID %1, @odata.type %2).</translation>
    </message>
    <message>
        <source>The configuration id %1 does not match its @odata.type %2.</source>
        <translation>Die Konfigurations-ID %1 passt nicht zu ihrem @odata.type %2.</translation>
    </message>
    <message>
        <source>The policy holds two configurations for %1; keep one.</source>
        <translation>Die Richtlinie enthält zwei Konfigurationen für %1; behalten Sie eine.</translation>
    </message>
    <message>
        <source>Days allowed to snooze must be between 0 and %1, not %2.</source>
        <translation>Die Anzahl der Tage zum Zurückstellen muss zwischen 0 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>Every registration campaign target needs the method to register, such as microsoftAuthenticator.</source>
        <translation>Jedes Ziel der Registrierungskampagne benötigt die zu registrierende Methode, etwa microsoftAuthenticator.</translation>
    </message>
    <message>
        <source>The registration campaign targets &quot;%1&quot;; Graph documents microsoftAuthenticator (and fido2 in beta) only.</source>
        <translation>Die Registrierungskampagne hat &quot;%1&quot; als Ziel; Graph dokumentiert nur microsoftAuthenticator (und fido2 in der Betaversion).</translation>
    </message>
    <message>
        <source>The registration campaign is enabled but targets nobody. Target all users or a group.</source>
        <translation>Die Registrierungskampagne ist aktiviert, hat aber kein Ziel. Legen Sie alle Benutzer oder eine Gruppe als Ziel fest.</translation>
    </message>
    <message>
        <source>The policy is about %1 KB; Entra refuses policies over about 20 KB. Target fewer groups.</source>
        <translation>Die Richtlinie ist etwa %1 KB groß; Entra lehnt Richtlinien über etwa 20 KB ab. Legen Sie weniger Gruppen als Ziel fest.</translation>
    </message>
    <message>
        <source>Microsoft Authenticator (with Authenticator OTP allowed) and software OATH tokens</source>
        <translation>Microsoft Authenticator (mit zugelassenem Authenticator-OTP) und Software-OATH-Token</translation>
    </message>
    <message>
        <source>SMS and voice call</source>
        <translation>SMS und Sprachanruf</translation>
    </message>
    <message>
        <source>Voice call with office phone allowed</source>
        <translation>Sprachanruf mit zugelassenem Bürotelefon</translation>
    </message>
    <message>
        <source>No equivalent: security questions stay in the password reset policy</source>
        <translation>Keine Entsprechung: Sicherheitsfragen bleiben in der Richtlinie zur Kennwortzurücksetzung</translation>
    </message>
    <message>
        <source>This tenant started its migration in &quot;%1&quot; and can&apos;t go back to &quot;%2&quot;. Choose Migration in progress or Migration complete.</source>
        <translation>Dieser Mandant hat seine Migration in &quot;%1&quot; begonnen und kann nicht zu &quot;%2&quot; zurückkehren. Wählen Sie &quot;Migration wird ausgeführt&quot; oder &quot;Migration abgeschlossen&quot;.</translation>
    </message>
    <message>
        <source>Rolling back from Migration complete needs a reason; give one.</source>
        <translation>Das Zurücksetzen von &quot;Migration abgeschlossen&quot; erfordert eine Begründung; geben Sie eine an.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::Base32</name>
    <message>
        <source>%1 at position %2 is not a Base32 character (only the letters A-Z and the digits 2-7 are).</source>
        <translation>%1 an Position %2 ist kein Base32-Zeichen (nur die Buchstaben A-Z und die Ziffern 2-7 sind es).</translation>
    </message>
    <message>
        <source>Base32 has no 0, 1, 8 or 9: read 0 as the letter O and 1 as the letter I.</source>
        <translation>Base32 kennt kein 0, 1, 8 oder 9: Lesen Sie 0 als den Buchstaben O und 1 als den Buchstaben I.</translation>
    </message>
    <message>
        <source>&quot;=&quot; padding at position %1 is followed by more characters; padding may only come at the end.</source>
        <translation>Auf den &quot;=&quot;-Füllwert an Position %1 folgen weitere Zeichen; Füllzeichen dürfen nur am Ende stehen.</translation>
    </message>
    <message>
        <source>Base32 text cannot have a length of %1; a character is missing or extra.</source>
        <translation>Base32-Text kann nicht %1 Zeichen lang sein; ein Zeichen fehlt oder ist zu viel.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::ClipboardTable</name>
    <message>
        <source>The pasted text contains no rows.</source>
        <translation>Der eingefügte Text enthält keine Zeilen.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::CsvColumnMapping</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>office phone</source>
        <translation>Bürotelefon</translation>
    </message>
    <message>
        <source>alternate mobile phone</source>
        <translation>alternatives Mobiltelefon</translation>
    </message>
    <message>
        <source>authentication email</source>
        <translation>Authentifizierungs-E-Mail</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (column %2)</source>
        <translation>&quot;%1&quot; (Spalte %2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 all look like the %2 column; choose the one to use.</source>
        <translation>%1 sehen alle wie die Spalte %2 aus; wählen Sie die zu verwendende.</translation>
    </message>
    <message>
        <source>No column was recognised as the user (user principal name) column; choose it.</source>
        <translation>Keine Spalte wurde als Benutzerspalte (Benutzerprinzipalname) erkannt; wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>No column was recognised for the value to import (%1); choose it.</source>
        <translation>Keine Spalte wurde für den zu importierenden Wert (%1) erkannt; wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>The %1 column is set to column %2, but the file has only %3 columns.</source>
        <translation>Die Spalte %1 ist auf Spalte %2 festgelegt, die Datei hat aber nur %3 Spalten.</translation>
    </message>
    <message>
        <source>The file is empty: it contains no rows.</source>
        <translation>Die Datei ist leer: Sie enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::CsvReader</name>
    <message>
        <source>Line %1: text follows the closing quote of a field. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Zeile %1: Auf das schließende Anführungszeichen eines Felds folgt Text. Ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a closing quote (&quot;) is missing.</source>
        <translation>Das Feld in Anführungszeichen ab Zeile %1 wird nie geschlossen: Ein schließendes Anführungszeichen (&quot;) fehlt.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is longer than %2; is a closing quote missing?</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist länger als %2; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2.</source>
        <translation>Zeile %1: Ein Feld ist länger als %2.</translation>
    </message>
    <message>
        <source>Line %1 has more than %L2 fields.</source>
        <translation>Zeile %1 hat mehr als %L2 Felder.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot; (or as Unicode text) and import it again.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text. Speichern Sie die Datei als &quot;CSV UTF-8&quot; (oder als Unicode-Text), und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 contains a broken UTF-16 character.</source>
        <translation>Zeile %1 enthält ein beschädigtes UTF-16-Zeichen.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %L2 rows; split it into smaller files.</source>
        <translation>Zeile %1: Die Datei hat mehr als %L2 Zeilen; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character: this is not a text file, or it is UTF-16 saved without a byte-order mark.</source>
        <translation>Zeile %1 enthält ein NUL-Zeichen: Dies ist keine Textdatei, oder sie wurde als UTF-16 ohne Bytereihenfolge-Marke gespeichert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as the separator: choose a comma, a semicolon, a tab or another ASCII character other than a quote.</source>
        <translation>&quot;%1&quot; kann nicht als Trennzeichen verwendet werden: Wählen Sie ein Komma, ein Semikolon, einen Tabulator oder ein anderes ASCII-Zeichen außer einem Anführungszeichen.</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32, which is not supported. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Die Datei ist als UTF-32 gespeichert, was nicht unterstützt wird. Speichern Sie sie als &quot;CSV UTF-8&quot;, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1: the file ends in the middle of a UTF-16 character.</source>
        <translation>Zeile %1: Die Datei endet mitten in einem UTF-16-Zeichen.</translation>
    </message>
    <message>
        <source>The file is empty: it contains no rows.</source>
        <translation>Die Datei ist leer: Sie enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::CsvWriter</name>
    <message>
        <source>&quot;%1&quot; cannot be used as the separator of a CSV file.</source>
        <translation>&quot;%1&quot; kann nicht als Trennzeichen einer CSV-Datei verwendet werden.</translation>
    </message>
    <message>
        <source>The report file is not open for writing.</source>
        <translation>Die Berichtsdatei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::DemoTenant</name>
    <message>
        <source>In what city was your first job?</source>
        <translation>In welcher Stadt hatten Sie Ihre erste Arbeitsstelle?</translation>
    </message>
    <message>
        <source>What was the name of your first pet?</source>
        <translation>Wie hieß Ihr erstes Haustier?</translation>
    </message>
    <message>
        <source>What was your childhood nickname?</source>
        <translation>Wie war Ihr Spitzname in der Kindheit?</translation>
    </message>
    <message>
        <source>In what city did your parents meet?</source>
        <translation>In welcher Stadt haben sich Ihre Eltern kennengelernt?</translation>
    </message>
    <message>
        <source>What was the make of your first car?</source>
        <translation>Welche Marke hatte Ihr erstes Auto?</translation>
    </message>
    <message>
        <source>What is the name of the street you grew up on?</source>
        <translation>Wie heißt die Straße, in der Sie aufgewachsen sind?</translation>
    </message>
    <message>
        <source>What was the name of your first school?</source>
        <translation>Wie hieß Ihre erste Schule?</translation>
    </message>
    <message>
        <source>What is your favourite book?</source>
        <translation>Was ist Ihr Lieblingsbuch?</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::Eligibility</name>
    <message>
        <source>The account is disabled: a disabled account cannot sign in or reset its password.</source>
        <translation>Das Konto ist deaktiviert: Ein deaktiviertes Konto kann sich weder anmelden noch sein Kennwort zurücksetzen.</translation>
    </message>
    <message>
        <source>Guest users reset their password in their home tenant, not here.</source>
        <translation>Gastbenutzer setzen ihr Kennwort in ihrem Basismandanten zurück, nicht hier.</translation>
    </message>
    <message>
        <source>Administrator policy: self-service password reset for administrators is off (allowedToUseSSPR = false).</source>
        <translation>Administratorrichtlinie: Die Self-Service-Kennwortzurücksetzung für Administratoren ist deaktiviert (allowedToUseSSPR = false).</translation>
    </message>
    <message>
        <source>Properties: self-service password reset is enabled for None.</source>
        <translation>Eigenschaften: Die Self-Service-Kennwortzurücksetzung ist für &quot;Keine&quot; aktiviert.</translation>
    </message>
    <message>
        <source>Properties: the user is not a member (direct or nested) of the selected group.</source>
        <translation>Eigenschaften: Der Benutzer ist kein (direktes oder geschachteltes) Mitglied der ausgewählten Gruppe.</translation>
    </message>
    <message numerus="yes">
        <source>Administrator policy: two methods are required (mobile phone, office phone, email or Authenticator); the user has %n.</source>
        <translation>
            <numerusform>Administratorrichtlinie: Zwei Methoden sind erforderlich (Mobiltelefon, Bürotelefon, E-Mail oder Authenticator); der Benutzer hat %n.</numerusform>
            <numerusform>Administratorrichtlinie: Zwei Methoden sind erforderlich (Mobiltelefon, Bürotelefon, E-Mail oder Authenticator); der Benutzer hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Authentication methods: %1 required; the user has %2 usable qualifying method(s).</source>
        <translation>Authentifizierungsmethoden: %1 erforderlich; der Benutzer hat %2 verwendbare qualifizierende Methode(n).</translation>
    </message>
    <message>
        <source>On-premises integration: password writeback is off, so a synced user cannot reset.</source>
        <translation>Lokale Integration: Das Kennwortrückschreiben ist deaktiviert, daher kann ein synchronisierter Benutzer nicht zurücksetzen.</translation>
    </message>
    <message>
        <source>Can reset with: %1.</source>
        <translation>Kann zurücksetzen mit: %1.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::MethodRules</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Only an office phone can have an extension. Remove the extension (x%1) from this %2 number, or add the number as the %3.</source>
        <translation>Nur ein Bürotelefon kann eine Durchwahl haben. Entfernen Sie die Durchwahl (x%1) aus dieser Nummer (%2), oder fügen Sie die Nummer als %3 hinzu.</translation>
    </message>
    <message>
        <source>%1 is not a phone type. Choose mobile phone, alternate mobile phone or office phone.</source>
        <translation>%1 ist kein Telefontyp. Wählen Sie Mobiltelefon, alternatives Mobiltelefon oder Bürotelefon.</translation>
    </message>
    <message>
        <source>The user has no method with id %1 (any more). Reload the user&apos;s methods and try again.</source>
        <translation>Der Benutzer hat keine Methode mit der ID %1 (mehr). Laden Sie die Methoden des Benutzers neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The user already has a phone of type %1 (%2); each phone type is allowed once. Edit that number instead, or delete it first.</source>
        <translation>Der Benutzer hat bereits ein Telefon vom Typ %1 (%2); jeder Telefontyp ist nur einmal zulässig. Bearbeiten Sie stattdessen diese Nummer, oder löschen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>An alternate mobile phone needs a mobile phone. Add the mobile phone first, or add this number as the mobile phone.</source>
        <translation>Ein alternatives Mobiltelefon setzt ein Mobiltelefon voraus. Fügen Sie zuerst das Mobiltelefon hinzu, oder fügen Sie diese Nummer als Mobiltelefon hinzu.</translation>
    </message>
    <message>
        <source>The user already has an email method (%1), and only one is allowed. Edit that address instead.</source>
        <translation>Der Benutzer hat bereits eine E-Mail-Methode (%1), und nur eine ist zulässig. Bearbeiten Sie stattdessen diese Adresse.</translation>
    </message>
    <message>
        <source>%1 is registered by the user, on their own device, in My Security Info; an administrator cannot add it. Issue a Temporary Access Pass so the user can register it.</source>
        <translation>%1 wird vom Benutzer auf seinem eigenen Gerät unter &quot;Meine Sicherheitsinformationen&quot; registriert; ein Administrator kann es nicht hinzufügen. Stellen Sie einen befristeten Zugriffspass aus, damit der Benutzer es registrieren kann.</translation>
    </message>
    <message>
        <source>Every user already has a password method. Use Reset password to set a new password.</source>
        <translation>Jeder Benutzer hat bereits eine Kennwortmethode. Verwenden Sie &quot;Kennwort zurücksetzen&quot;, um ein neues Kennwort festzulegen.</translation>
    </message>
    <message>
        <source>The method %1 is of type %2, not a phone; only a phone&apos;s number can be edited here.</source>
        <translation>Die Methode %1 ist vom Typ %2, kein Telefon; hier kann nur die Nummer eines Telefons bearbeitet werden.</translation>
    </message>
    <message>
        <source>A phone&apos;s type cannot be changed; only its number can. To move this number to %1, add it as a phone of type %1, then delete the phone of type %2.</source>
        <translation>Der Typ eines Telefons kann nicht geändert werden, nur seine Nummer. Um diese Nummer zu %1 zu verschieben, fügen Sie sie als Telefon vom Typ %1 hinzu, und löschen Sie dann das Telefon vom Typ %2.</translation>
    </message>
    <message>
        <source>The password method cannot be deleted. To replace the password, use Reset password.</source>
        <translation>Die Kennwortmethode kann nicht gelöscht werden. Verwenden Sie &quot;Kennwort zurücksetzen&quot;, um das Kennwort zu ersetzen.</translation>
    </message>
    <message>
        <source>The mobile phone cannot be deleted while the user has an alternate mobile phone. To remove this number, change the mobile phone to the alternate mobile number, then delete the alternate mobile phone.</source>
        <translation>Das Mobiltelefon kann nicht gelöscht werden, solange der Benutzer ein alternatives Mobiltelefon hat. Um diese Nummer zu entfernen, ändern Sie das Mobiltelefon in die alternative Mobilnummer, und löschen Sie dann das alternative Mobiltelefon.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address: %2</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse: %2</translation>
    </message>
    <message>
        <source>Enter an email address, for example kim@contoso.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, z. B. kim@contoso.com.</translation>
    </message>
    <message>
        <source>it is longer than 254 characters.</source>
        <translation>Sie ist länger als 254 Zeichen.</translation>
    </message>
    <message>
        <source>it must contain exactly one @ between the name and the domain.</source>
        <translation>Sie muss genau ein @ zwischen Name und Domäne enthalten.</translation>
    </message>
    <message>
        <source>there is nothing before the @.</source>
        <translation>Vor dem @ steht nichts.</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters.</source>
        <translation>Der Teil vor dem @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>the part before the @ may contain letters, digits and . _ % + - (no spaces, no dot at either end, no two dots in a row).</source>
        <translation>Der Teil vor dem @ darf Buchstaben, Ziffern und . _ % + - enthalten (keine Leerzeichen, kein Punkt am Anfang oder Ende, keine zwei Punkte hintereinander).</translation>
    </message>
    <message>
        <source>there is no domain after the @.</source>
        <translation>Nach dem @ steht keine Domäne.</translation>
    </message>
    <message>
        <source>the domain after the @ must be a name such as contoso.com.</source>
        <translation>Die Domäne nach dem @ muss ein Name wie contoso.com sein.</translation>
    </message>
    <message>
        <source>The user has no email method to edit. Add one instead.</source>
        <translation>Der Benutzer hat keine E-Mail-Methode zum Bearbeiten. Fügen Sie stattdessen eine hinzu.</translation>
    </message>
    <message>
        <source>The Temporary Access Pass policy is inconsistent: its minimum lifetime (%1 minutes) is above its maximum (%2 minutes). Correct the policy first.</source>
        <translation>Die Richtlinie für befristete Zugriffspässe ist widersprüchlich: Ihre minimale Gültigkeitsdauer (%1 Minuten) liegt über der maximalen (%2 Minuten). Korrigieren Sie zuerst die Richtlinie.</translation>
    </message>
    <message>
        <source>A lifetime of %1 minutes is outside the policy&apos;s range of %2 to %3 minutes. Choose a lifetime in that range.</source>
        <translation>Eine Gültigkeitsdauer von %1 Minuten liegt außerhalb des Bereichs der Richtlinie von %2 bis %3 Minuten. Wählen Sie eine Gültigkeitsdauer in diesem Bereich.</translation>
    </message>
    <message>
        <source>The policy allows only one-time Temporary Access Passes. Make this pass one-time.</source>
        <translation>Die Richtlinie erlaubt nur einmalig verwendbare befristete Zugriffspässe. Machen Sie diesen Pass einmalig verwendbar.</translation>
    </message>
    <message>
        <source>The user&apos;s existing Temporary Access Pass (created %1) will be replaced: a user can have only one.</source>
        <translation>Der vorhandene befristete Zugriffspass des Benutzers (erstellt %1) wird ersetzt: Ein Benutzer kann nur einen haben.</translation>
    </message>
    <message>
        <source>The user&apos;s existing Temporary Access Pass will be replaced: a user can have only one.</source>
        <translation>Der vorhandene befristete Zugriffspass des Benutzers wird ersetzt: Ein Benutzer kann nur einen haben.</translation>
    </message>
    <message>
        <source>%1 is not an OATH token type. Choose hardware or software OATH.</source>
        <translation>%1 ist kein OATH-Tokentyp. Wählen Sie Hardware- oder Software-OATH.</translation>
    </message>
    <message>
        <source>expired or used</source>
        <translation>abgelaufen oder verwendet</translation>
    </message>
    <message>
        <source>Not usable (%1). A Temporary Access Pass is never used for password reset; issue a new one for sign-in and registration.</source>
        <translation>Nicht verwendbar (%1). Ein befristeter Zugriffspass wird nie für die Kennwortzurücksetzung verwendet; stellen Sie für Anmeldung und Registrierung einen neuen aus.</translation>
    </message>
    <message>
        <source>A Temporary Access Pass is for sign-in and registering methods, not for password reset.</source>
        <translation>Ein befristeter Zugriffspass dient zur Anmeldung und zum Registrieren von Methoden, nicht zur Kennwortzurücksetzung.</translation>
    </message>
    <message>
        <source>marked not usable</source>
        <translation>als nicht verwendbar markiert</translation>
    </message>
    <message>
        <source>Not usable (%1); password reset cannot use it.</source>
        <translation>Nicht verwendbar (%1); die Kennwortzurücksetzung kann ihn nicht verwenden.</translation>
    </message>
    <message>
        <source>Usable for password reset by text message or voice call.</source>
        <translation>Für die Kennwortzurücksetzung per SMS oder Sprachanruf verwendbar.</translation>
    </message>
    <message>
        <source>An alternate mobile phone is used only for MFA, not for password reset. Register the number as the mobile or office phone to use it for reset.</source>
        <translation>Ein alternatives Mobiltelefon wird nur für die MFA verwendet, nicht für die Kennwortzurücksetzung. Registrieren Sie die Nummer als Mobil- oder Bürotelefon, um sie für die Zurücksetzung zu verwenden.</translation>
    </message>
    <message>
        <source>Usable for password reset by voice call only; the extension is dropped before the call is placed.</source>
        <translation>Für die Kennwortzurücksetzung nur per Sprachanruf verwendbar; die Durchwahl wird vor dem Anruf entfernt.</translation>
    </message>
    <message>
        <source>Usable for password reset by voice call only.</source>
        <translation>Für die Kennwortzurücksetzung nur per Sprachanruf verwendbar.</translation>
    </message>
    <message>
        <source>Usable for password reset by a code sent to this address (email is used only for password reset).</source>
        <translation>Für die Kennwortzurücksetzung per Code an diese Adresse verwendbar (E-Mail wird nur für die Kennwortzurücksetzung verwendet).</translation>
    </message>
    <message>
        <source>Usable for password reset by app notification or code, when the policy enables the mobile app.</source>
        <translation>Für die Kennwortzurücksetzung per App-Benachrichtigung oder Code verwendbar, wenn die Richtlinie die mobile App aktiviert.</translation>
    </message>
    <message>
        <source>Usable for password reset by a verification code, when the policy enables OATH tokens.</source>
        <translation>Für die Kennwortzurücksetzung per Prüfcode verwendbar, wenn die Richtlinie OATH-Token aktiviert.</translation>
    </message>
    <message>
        <source>%1 is for sign-in only; password reset does not use it.</source>
        <translation>%1 dient nur der Anmeldung; die Kennwortzurücksetzung verwendet es nicht.</translation>
    </message>
    <message>
        <source>The password is what password reset replaces, not a way to verify the user.</source>
        <translation>Das Kennwort wird durch die Kennwortzurücksetzung ersetzt; es ist keine Möglichkeit, den Benutzer zu überprüfen.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::OtpauthUri</name>
    <message>
        <source>The %1 has a &quot;%&quot; that is not followed by two hexadecimal digits.</source>
        <translation>%1 enthält ein &quot;%&quot;, auf das nicht zwei Hexadezimalziffern folgen.</translation>
    </message>
    <message>
        <source>The %1 is not valid UTF-8 after percent-decoding.</source>
        <translation>%1 ist nach der Prozentdecodierung kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>%1 enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The account name is empty.</source>
        <translation>Der Kontoname ist leer.</translation>
    </message>
    <message>
        <source>The account name contains control characters.</source>
        <translation>Der Kontoname enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The issuer contains control characters.</source>
        <translation>Der Aussteller enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Das Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>The issuer and account name are too long for an otpauth link (%1 characters encoded; at most %2).</source>
        <translation>Aussteller und Kontoname sind für einen otpauth-Link zu lang (%1 Zeichen codiert; höchstens %2).</translation>
    </message>
    <message>
        <source>The text is too long for an otpauth link (%1 characters; at most %2).</source>
        <translation>Der Text ist für einen otpauth-Link zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The otpauth link is empty.</source>
        <translation>Der otpauth-Link ist leer.</translation>
    </message>
    <message>
        <source>This is not an authenticator link: it must start with &quot;otpauth://&quot;.</source>
        <translation>Dies ist kein Authenticator-Link: Er muss mit &quot;otpauth://&quot; beginnen.</translation>
    </message>
    <message>
        <source>This is a counter-based (HOTP) key; only time-based (TOTP) keys are supported.</source>
        <translation>Dies ist ein zählerbasierter Schlüssel (HOTP); nur zeitbasierte Schlüssel (TOTP) werden unterstützt.</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported; only &quot;totp&quot; is.</source>
        <translation>Der Schlüsseltyp &quot;%1&quot; wird nicht unterstützt; nur &quot;totp&quot;.</translation>
    </message>
    <message>
        <source>The otpauth link has no account name.</source>
        <translation>Der otpauth-Link hat keinen Kontonamen.</translation>
    </message>
    <message>
        <source>issuer in the label</source>
        <translation>Aussteller in der Bezeichnung</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears more than once.</source>
        <translation>Der Parameter &quot;%1&quot; kommt mehrfach vor.</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;</source>
        <translation>Parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The otpauth link has no secret.</source>
        <translation>Der otpauth-Link hat kein Geheimnis.</translation>
    </message>
    <message>
        <source>The secret is not valid: %1</source>
        <translation>Das Geheimnis ist ungültig: %1</translation>
    </message>
    <message>
        <source>Without an issuer, authenticator apps show only the account name, which is hard to tell apart from other accounts.</source>
        <translation>Ohne Aussteller zeigen Authenticator-Apps nur den Kontonamen an, der sich schwer von anderen Konten unterscheiden lässt.</translation>
    </message>
    <message>
        <source>The issuer contains &quot;:&quot;; some apps cut it off there.</source>
        <translation>Der Aussteller enthält &quot;:&quot;; manche Apps schneiden ihn dort ab.</translation>
    </message>
    <message>
        <source>The secret is shorter than 128 bits, the minimum RFC 4226 allows.</source>
        <translation>Das Geheimnis ist kürzer als 128 Bit, das Minimum, das RFC 4226 zulässt.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::PhoneNumber</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>A number there looks like %1.</source>
        <translation>Eine Nummer dort sieht so aus: %1.</translation>
    </message>
    <message>
        <source>It was read as a number in %1 because it has no country code; if it belongs to another country, type + and that country&apos;s code first.</source>
        <translation>Sie wurde als Nummer in %1 gelesen, da sie keine Landesvorwahl hat; gehört sie zu einem anderen Land, geben Sie zuerst + und dessen Landesvorwahl ein.</translation>
    </message>
    <message>
        <source>The text is too long to be a phone number (%1 characters; at most %2). Enter only the number, with + and the country code.</source>
        <translation>Der Text ist für eine Telefonnummer zu lang (%1 Zeichen; höchstens %2). Geben Sie nur die Nummer mit + und Landesvorwahl ein.</translation>
    </message>
    <message>
        <source>Enter a phone number, with + and the country code, for example +1 425 555 0100.</source>
        <translation>Geben Sie eine Telefonnummer mit + und Landesvorwahl ein, z. B. +1 425 555 0100.</translation>
    </message>
    <message>
        <source>The character %1 cannot be part of a phone number. Use only digits, spaces, - . ( ) and a leading +.</source>
        <translation>Das Zeichen %1 kann nicht Teil einer Telefonnummer sein. Verwenden Sie nur Ziffern, Leerzeichen, - . ( ) und ein führendes +.</translation>
    </message>
    <message>
        <source>%1 is not a phone number: it contains no digits.</source>
        <translation>%1 ist keine Telefonnummer: Sie enthält keine Ziffern.</translation>
    </message>
    <message>
        <source>%1 contains no digits. Enter + and the country code, then the number, for example +44 20 7946 0018.</source>
        <translation>%1 enthält keine Ziffern. Geben Sie + und die Landesvorwahl und dann die Nummer ein, z. B. +44 20 7946 0018.</translation>
    </message>
    <message>
        <source>A + may appear only once, before the country code.</source>
        <translation>Ein + darf nur einmal vorkommen, vor der Landesvorwahl.</translation>
    </message>
    <message>
        <source>The character %1 cannot appear inside a phone number. Write an extension at the end as x123 or ext. 123.</source>
        <translation>Das Zeichen %1 darf nicht innerhalb einer Telefonnummer stehen. Schreiben Sie eine Durchwahl am Ende als x123 oder ext. 123.</translation>
    </message>
    <message>
        <source>The number contains letters (%1). Type the digits only; letters on a keypad are not converted. Write an extension as x123 or ext. 123.</source>
        <translation>Die Nummer enthält Buchstaben (%1). Geben Sie nur die Ziffern ein; Buchstaben auf einer Telefontastatur werden nicht umgewandelt. Schreiben Sie eine Durchwahl als x123 oder ext. 123.</translation>
    </message>
    <message>
        <source>There are no digits before the extension. Enter + and the country code, then the number.</source>
        <translation>Vor der Durchwahl stehen keine Ziffern. Geben Sie + und die Landesvorwahl und dann die Nummer ein.</translation>
    </message>
    <message>
        <source>The extension %1 has %2 digits; Microsoft Entra accepts at most %3.</source>
        <translation>Die Durchwahl %1 hat %2 Ziffern; Microsoft Entra akzeptiert höchstens %3.</translation>
    </message>
    <message>
        <source>There are no digits after the international prefix 00.</source>
        <translation>Nach der internationalen Vorwahl 00 folgen keine Ziffern.</translation>
    </message>
    <message>
        <source>(%1 is not a known region code.)</source>
        <translation>(%1 ist kein bekannter Regionscode.)</translation>
    </message>
    <message>
        <source>%1 has no country code and no default region is set.%2 Start with + and the country code, for example +49 30 1234567, or set the user&apos;s usage location.</source>
        <translation>%1 hat keine Landesvorwahl, und keine Standardregion ist festgelegt.%2 Beginnen Sie mit + und der Landesvorwahl, z. B. +49 30 1234567, oder legen Sie den Verwendungsort des Benutzers fest.</translation>
    </message>
    <message>
        <source>Country calling codes never start with 0, but the digits after the + (or 00) are %1. Remove the 0, or type + and the country code.</source>
        <translation>Landesvorwahlen beginnen nie mit 0, aber die Ziffern nach dem + (oder 00) lauten %1. Entfernen Sie die 0, oder geben Sie + und die Landesvorwahl ein.</translation>
    </message>
    <message>
        <source>No country calling code starts with +%1. Check the digits after the + (for example +1 for the US and Canada, +44 for the United Kingdom).</source>
        <translation>Keine Landesvorwahl beginnt mit +%1. Prüfen Sie die Ziffern nach dem + (z. B. +1 für die USA und Kanada, +44 für das Vereinigte Königreich).</translation>
    </message>
    <message>
        <source>%1 cannot be read as a phone number. Enter + and the country code, then the number.</source>
        <translation>%1 kann nicht als Telefonnummer gelesen werden. Geben Sie + und die Landesvorwahl und dann die Nummer ein.</translation>
    </message>
    <message>
        <source>Read as a number in %1, but %2 is too short to be a phone number. Check for missing digits.</source>
        <translation>Als Nummer in %1 gelesen, aber %2 ist für eine Telefonnummer zu kurz. Prüfen Sie, ob Ziffern fehlen.</translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number. Check for missing digits.</source>
        <translation>%1 ist für eine Telefonnummer zu kurz. Prüfen Sie, ob Ziffern fehlen.</translation>
    </message>
    <message>
        <source>Read as a number in %1, but %2 has more digits than any phone number. Check for extra digits.</source>
        <translation>Als Nummer in %1 gelesen, aber %2 hat mehr Ziffern als jede Telefonnummer. Prüfen Sie, ob Ziffern zu viel sind.</translation>
    </message>
    <message>
        <source>%1 has more digits than any phone number. Check for extra digits.</source>
        <translation>%1 hat mehr Ziffern als jede Telefonnummer. Prüfen Sie, ob Ziffern zu viel sind.</translation>
    </message>
    <message>
        <source>Read as a number in %1 with national number %2.</source>
        <translation>Als Nummer in %1 mit der nationalen Nummer %2 gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>It has only %n digit(s): a local number. Add the area code.</source>
        <translation>
            <numerusform>Sie hat nur %n Ziffer: eine Ortsnummer. Fügen Sie die Vorwahl hinzu.</numerusform>
            <numerusform>Sie hat nur %n Ziffern: eine Ortsnummer. Fügen Sie die Vorwahl hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has only %n digit(s), too few for %1. Check for missing digits.</source>
        <translation>
            <numerusform>Sie hat nur %n Ziffer, zu wenige für %1. Prüfen Sie, ob Ziffern fehlen.</numerusform>
            <numerusform>Sie hat nur %n Ziffern, zu wenige für %1. Prüfen Sie, ob Ziffern fehlen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n digit(s), too many for %1. Check for extra digits or a wrong country code.</source>
        <translation>
            <numerusform>Sie hat %n Ziffer, zu viele für %1. Prüfen Sie, ob Ziffern zu viel sind oder die Landesvorwahl falsch ist.</numerusform>
            <numerusform>Sie hat %n Ziffern, zu viele für %1. Prüfen Sie, ob Ziffern zu viel sind oder die Landesvorwahl falsch ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n digit(s), a length that numbers in %1 do not have. Check for missing or extra digits.</source>
        <translation>
            <numerusform>Sie hat %n Ziffer, eine Länge, die Nummern in %1 nicht haben. Prüfen Sie, ob Ziffern fehlen oder zu viel sind.</numerusform>
            <numerusform>Sie hat %n Ziffern, eine Länge, die Nummern in %1 nicht haben. Prüfen Sie, ob Ziffern fehlen oder zu viel sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 is not a known country calling code. Check the digits after the +.</source>
        <translation>+%1 ist keine bekannte Landesvorwahl. Prüfen Sie die Ziffern nach dem +.</translation>
    </message>
    <message>
        <source>No phone numbers in %1 start like that (unknown area code or number range). Check the digits and the country code.</source>
        <translation>Keine Telefonnummern in %1 beginnen so (unbekannte Vorwahl oder unbekannter Nummernbereich). Prüfen Sie die Ziffern und die Landesvorwahl.</translation>
    </message>
    <message>
        <source>Microsoft Entra cannot store this number: its national part must have 4 to 20 digits.</source>
        <translation>Microsoft Entra kann diese Nummer nicht speichern: Ihr nationaler Teil muss 4 bis 20 Ziffern haben.</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation> Durchwahl %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>sie ist leer.</translation>
    </message>
    <message>
        <source>it must start with + and the country code.</source>
        <translation>sie muss mit + und der Landesvorwahl beginnen.</translation>
    </message>
    <message>
        <source>it needs exactly one space, between the country code and the number, and no other spaces.</source>
        <translation>sie benötigt genau ein Leerzeichen zwischen Landesvorwahl und Nummer und keine weiteren Leerzeichen.</translation>
    </message>
    <message>
        <source>the country code must be 1 to 4 digits and cannot start with 0.</source>
        <translation>die Landesvorwahl muss 1 bis 4 Ziffern haben und darf nicht mit 0 beginnen.</translation>
    </message>
    <message>
        <source>the number must be 4 to 20 digits.</source>
        <translation>die Nummer muss 4 bis 20 Ziffern haben.</translation>
    </message>
    <message>
        <source>the extension after x must be 1 to 10 digits.</source>
        <translation>die Durchwahl nach x muss 1 bis 10 Ziffern haben.</translation>
    </message>
    <message>
        <source>it contains other characters.</source>
        <translation>sie enthält andere Zeichen.</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft Graph&apos;s phone format +CC NUMBER[xEXT] (for example +1 4255550100 or +1 4255550100x123): %2</source>
        <translation>%1 hat nicht das Telefonformat +CC NUMBER[xEXT] von Microsoft Graph (z. B. +1 4255550100 oder +1 4255550100x123): %2</translation>
    </message>
    <message>
        <source>the non-geographic service +%1</source>
        <translation>den nicht geografischen Dienst +%1</translation>
    </message>
    <message>
        <source>country code +%1</source>
        <translation>Landesvorwahl +%1</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::PolicyKeys</name>
    <message>
        <source>Self service password reset enabled: none, selected (one group) or all</source>
        <translation>Self-Service-Kennwortzurücksetzung aktiviert: none, selected (eine Gruppe) oder all</translation>
    </message>
    <message>
        <source>Object id of the one group whose members may reset (with selected)</source>
        <translation>Objekt-ID der einen Gruppe, deren Mitglieder zurücksetzen dürfen (mit selected)</translation>
    </message>
    <message>
        <source>Number of methods required to reset</source>
        <translation>Anzahl der zum Zurücksetzen erforderlichen Methoden</translation>
    </message>
    <message>
        <source>All methods available to users at once: mobileAppNotification, mobileAppCode, email, mobilePhone, officePhone, securityQuestions</source>
        <translation>Alle für Benutzer verfügbaren Methoden auf einmal: mobileAppNotification, mobileAppCode, email, mobilePhone, officePhone, securityQuestions</translation>
    </message>
    <message>
        <source>Mobile app notification (only when 2 methods are required)</source>
        <translation>Benachrichtigung über mobile App (nur wenn 2 Methoden erforderlich sind)</translation>
    </message>
    <message>
        <source>Mobile app code</source>
        <translation>Code aus mobiler App</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Mobile phone (text message and voice call)</source>
        <translation>Mobiltelefon (SMS und Sprachanruf)</translation>
    </message>
    <message>
        <source>Office phone (voice call; paid tenants only)</source>
        <translation>Bürotelefon (Sprachanruf; nur kostenpflichtige Mandanten)</translation>
    </message>
    <message>
        <source>Security questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <source>Number of security questions required to register</source>
        <translation>Anzahl der für die Registrierung erforderlichen Sicherheitsfragen</translation>
    </message>
    <message>
        <source>Number of security questions required to reset (at most the number to register)</source>
        <translation>Anzahl der für die Zurücksetzung erforderlichen Sicherheitsfragen (höchstens die Anzahl für die Registrierung)</translation>
    </message>
    <message>
        <source>The question pool (at most 20): texts, or {&quot;key&quot;, &quot;text&quot;, &quot;custom&quot;} objects</source>
        <translation>Der Fragenpool (höchstens 20): Texte oder {&quot;key&quot;, &quot;text&quot;, &quot;custom&quot;}-Objekte</translation>
    </message>
    <message>
        <source>Require users to register when signing in</source>
        <translation>Benutzer müssen sich bei der Anmeldung registrieren</translation>
    </message>
    <message>
        <source>Days before users are asked to reconfirm their authentication information (0 = never; only with registration required)</source>
        <translation>Tage, bevor Benutzer aufgefordert werden, ihre Authentifizierungsinformationen erneut zu bestätigen (0 = nie; nur mit erforderlicher Registrierung)</translation>
    </message>
    <message>
        <source>Notify users on password resets</source>
        <translation>Benutzer bei Kennwortzurücksetzungen benachrichtigen</translation>
    </message>
    <message>
        <source>Notify all admins when other admins reset their password</source>
        <translation>Alle Administratoren benachrichtigen, wenn andere Administratoren ihr Kennwort zurücksetzen</translation>
    </message>
    <message>
        <source>Customize the helpdesk link</source>
        <translation>Helpdesklink anpassen</translation>
    </message>
    <message>
        <source>Custom helpdesk email address or http(s) URL (with customizeHelpdeskLink)</source>
        <translation>Benutzerdefinierte Helpdesk-E-Mail-Adresse oder http(s)-URL (mit customizeHelpdeskLink)</translation>
    </message>
    <message>
        <source>Write back passwords to your on-premises directory</source>
        <translation>Kennwörter in Ihr lokales Verzeichnis zurückschreiben</translation>
    </message>
    <message>
        <source>Write back passwords with Microsoft Entra Connect cloud sync</source>
        <translation>Kennwörter mit der Microsoft Entra Connect-Cloudsynchronisierung zurückschreiben</translation>
    </message>
    <message>
        <source>Allow users to unlock accounts without resetting their password</source>
        <translation>Benutzern das Entsperren von Konten ohne Zurücksetzen des Kennworts erlauben</translation>
    </message>
    <message>
        <source>Administrators may use SSPR (Graph authorizationPolicy; admins only)</source>
        <translation>Administratoren dürfen SSPR verwenden (Graph authorizationPolicy; nur Administratoren)</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known settings: %2.</source>
        <translation>Unbekannte Einstellung &quot;%1&quot;. Bekannte Einstellungen: %2.</translation>
    </message>
    <message>
        <source>Invalid value %1 for %2: expected %3.</source>
        <translation>Ungültiger Wert %1 für %2: erwartet wird %3.</translation>
    </message>
    <message>
        <source>true or false (also yes/no, 1/0)</source>
        <translation>true oder false (auch yes/no, 1/0)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>none, selected or all (or 0, 1, 2)</source>
        <translation>none, selected oder all (oder 0, 1, 2)</translation>
    </message>
    <message>
        <source>one group object id, or nothing to clear the group</source>
        <translation>eine Gruppenobjekt-ID oder nichts, um die Gruppe zu entfernen</translation>
    </message>
    <message>
        <source>a comma-separated list of %1, or none</source>
        <translation>eine durch Kommas getrennte Liste aus %1 oder none</translation>
    </message>
    <message>
        <source>a JSON array of question texts or of {&quot;key&quot;, &quot;text&quot;, &quot;custom&quot;} objects</source>
        <translation>ein JSON-Array aus Fragetexten oder {&quot;key&quot;, &quot;text&quot;, &quot;custom&quot;}-Objekten</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>%1 takes exactly one group: the portal scopes password reset to a single group. Give one group object id.</source>
        <translation>%1 akzeptiert genau eine Gruppe: Das Portal beschränkt die Kennwortzurücksetzung auf eine einzige Gruppe. Geben Sie eine Gruppenobjekt-ID an.</translation>
    </message>
    <message>
        <source>(also: %1)</source>
        <translation>(außerdem: %1)</translation>
    </message>
    <message>
        <source>%1 and %2 are the same setting but have different values; give only one of them.</source>
        <translation>%1 und %2 sind dieselbe Einstellung, haben aber unterschiedliche Werte; geben Sie nur eine davon an.</translation>
    </message>
    <message>
        <source>Expected KEY=VALUE, got &quot;%1&quot;.</source>
        <translation>KEY=VALUE erwartet, &quot;%1&quot; erhalten.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::PolicyValidator</name>
    <message>
        <source>Self service password reset must be None, Selected or All.</source>
        <translation>Die Self-Service-Kennwortzurücksetzung muss &quot;Keine&quot;, &quot;Ausgewählt&quot; oder &quot;Alle&quot; sein.</translation>
    </message>
    <message>
        <source>With Selected, choose the one group whose members may reset their password.</source>
        <translation>Wählen Sie bei &quot;Ausgewählt&quot; die eine Gruppe aus, deren Mitglieder ihr Kennwort zurücksetzen dürfen.</translation>
    </message>
    <message>
        <source>Password reset can be scoped to exactly one group. Choose a single group; nest other groups in it if needed.</source>
        <translation>Die Kennwortzurücksetzung kann auf genau eine Gruppe beschränkt werden. Wählen Sie eine einzige Gruppe; schachteln Sie bei Bedarf andere Gruppen darin.</translation>
    </message>
    <message>
        <source>The selected group %1 does not exist. Choose an existing group.</source>
        <translation>Die ausgewählte Gruppe %1 existiert nicht. Wählen Sie eine vorhandene Gruppe.</translation>
    </message>
    <message>
        <source>The number of methods required to reset must be 1 or 2, not %1.</source>
        <translation>Die Anzahl der zum Zurücksetzen erforderlichen Methoden muss 1 oder 2 sein, nicht %1.</translation>
    </message>
    <message>
        <source>Select at least one method available to users; Microsoft recommends two or more.</source>
        <translation>Wählen Sie mindestens eine für Benutzer verfügbare Methode; Microsoft empfiehlt zwei oder mehr.</translation>
    </message>
    <message>
        <source>Two methods are required to reset but only one is available. Select another method, or require one.</source>
        <translation>Zum Zurücksetzen sind zwei Methoden erforderlich, aber nur eine ist verfügbar. Wählen Sie eine weitere Methode, oder verlangen Sie nur eine.</translation>
    </message>
    <message>
        <source>The mobile app cannot be the only method when one method is required. Also select Email, Mobile phone, Office phone or Security questions.</source>
        <translation>Die mobile App kann nicht die einzige Methode sein, wenn eine Methode erforderlich ist. Wählen Sie zusätzlich E-Mail, Mobiltelefon, Bürotelefon oder Sicherheitsfragen.</translation>
    </message>
    <message numerus="yes">
        <source>With two methods required, the mobile app needs at least two other methods. Select %n more of Email, Mobile phone, Office phone or Security questions.</source>
        <translation>
            <numerusform>Bei zwei erforderlichen Methoden benötigt die mobile App mindestens zwei weitere Methoden. Wählen Sie %n weitere aus E-Mail, Mobiltelefon, Bürotelefon oder Sicherheitsfragen.</numerusform>
            <numerusform>Bei zwei erforderlichen Methoden benötigt die mobile App mindestens zwei weitere Methoden. Wählen Sie %n weitere aus E-Mail, Mobiltelefon, Bürotelefon oder Sicherheitsfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one method is available. Microsoft recommends at least two, so that users who lose one can still reset.</source>
        <translation>Nur eine Methode ist verfügbar. Microsoft empfiehlt mindestens zwei, damit Benutzer, die eine verlieren, trotzdem zurücksetzen können.</translation>
    </message>
    <message>
        <source>Mobile app notification is available only when two methods are required. Require two methods, or use Mobile app code instead.</source>
        <translation>Die Benachrichtigung über mobile App ist nur verfügbar, wenn zwei Methoden erforderlich sind. Verlangen Sie zwei Methoden, oder verwenden Sie stattdessen &quot;Code aus mobiler App&quot;.</translation>
    </message>
    <message>
        <source>Office phone is available only in tenants with a paid subscription. Clear Office phone.</source>
        <translation>Das Bürotelefon ist nur in Mandanten mit einem kostenpflichtigen Abonnement verfügbar. Deaktivieren Sie &quot;Bürotelefon&quot;.</translation>
    </message>
    <message>
        <source>Migration to the Authentication methods policy is complete, so %1 is managed there: change %2 in the Authentication methods policy instead.</source>
        <translation>Die Migration zur Richtlinie für Authentifizierungsmethoden ist abgeschlossen, daher wird %1 dort verwaltet: Ändern Sie %2 stattdessen in der Richtlinie für Authentifizierungsmethoden.</translation>
    </message>
    <message>
        <source>Users whose only registered method is %1 will no longer be able to reset. Check the impact preview before saving.</source>
        <translation>Benutzer, deren einzige registrierte Methode %1 ist, können nicht mehr zurücksetzen. Prüfen Sie vor dem Speichern die Vorschau der Auswirkungen.</translation>
    </message>
    <message>
        <source>Requiring two methods blocks users who registered only one until they register another. Check the impact preview before saving.</source>
        <translation>Zwei erforderliche Methoden blockieren Benutzer, die nur eine registriert haben, bis sie eine weitere registrieren. Prüfen Sie vor dem Speichern die Vorschau der Auswirkungen.</translation>
    </message>
    <message>
        <source>The number of questions required to register must be between %1 and %2, not %3.</source>
        <translation>Die Anzahl der für die Registrierung erforderlichen Fragen muss zwischen %1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>The number of questions required to reset must be between %1 and %2, not %3.</source>
        <translation>Die Anzahl der für die Zurücksetzung erforderlichen Fragen muss zwischen %1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>Users can&apos;t be asked %1 questions at reset when they register only %2. Lower the number to reset or raise the number to register.</source>
        <translation>Benutzern können beim Zurücksetzen keine %1 Fragen gestellt werden, wenn sie nur %2 registrieren. Senken Sie die Anzahl für die Zurücksetzung, oder erhöhen Sie die Anzahl für die Registrierung.</translation>
    </message>
    <message>
        <source>At most %1 security questions are allowed; there are %2. Remove some.</source>
        <translation>Höchstens %1 Sicherheitsfragen sind zulässig; es sind %2. Entfernen Sie einige.</translation>
    </message>
    <message>
        <source>Users must register %1 questions but only %2 are available. Add questions or lower the number to register.</source>
        <translation>Benutzer müssen %1 Fragen registrieren, aber nur %2 sind verfügbar. Fügen Sie Fragen hinzu, oder senken Sie die Anzahl für die Registrierung.</translation>
    </message>
    <message>
        <source>Security question %1 has no text. Write the question or remove it.</source>
        <translation>Sicherheitsfrage %1 hat keinen Text. Schreiben Sie die Frage, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Custom security question %1 has %2 characters; at most %3 are allowed. Shorten it.</source>
        <translation>Die benutzerdefinierte Sicherheitsfrage %1 hat %2 Zeichen; höchstens %3 sind zulässig. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>Security question %1 repeats question %2 (&quot;%3&quot;). Remove it or ask something else.</source>
        <translation>Sicherheitsfrage %1 wiederholt Frage %2 (&quot;%3&quot;). Entfernen Sie sie, oder fragen Sie etwas anderes.</translation>
    </message>
    <message>
        <source>Security questions are the weakest method: answers can often be found or guessed. Microsoft recommends turning them off.</source>
        <translation>Sicherheitsfragen sind die schwächste Methode: Antworten lassen sich oft herausfinden oder erraten. Microsoft empfiehlt, sie zu deaktivieren.</translation>
    </message>
    <message>
        <source>The number of days before users reconfirm must be between 0 (never) and %1, not %2.</source>
        <translation>Die Anzahl der Tage bis zur erneuten Bestätigung muss zwischen 0 (nie) und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>The reconfirmation interval can be changed only while users are required to register when signing in. Require registration, or keep %1 days.</source>
        <translation>Das Intervall für die erneute Bestätigung kann nur geändert werden, solange Benutzer sich bei der Anmeldung registrieren müssen. Verlangen Sie die Registrierung, oder behalten Sie %1 Tage bei.</translation>
    </message>
    <message>
        <source>Users are not told when their password is reset, so a reset by someone else goes unnoticed. CIS recommends Yes.</source>
        <translation>Benutzer werden nicht informiert, wenn ihr Kennwort zurückgesetzt wird, daher bleibt eine Zurücksetzung durch andere unbemerkt. CIS empfiehlt &quot;Ja&quot;.</translation>
    </message>
    <message>
        <source>Admins are not told when another admin resets their password. CIS recommends Yes.</source>
        <translation>Administratoren werden nicht informiert, wenn ein anderer Administrator sein Kennwort zurücksetzt. CIS empfiehlt &quot;Ja&quot;.</translation>
    </message>
    <message>
        <source>Enter the helpdesk email address or URL, or turn off &quot;Customize helpdesk link&quot;.</source>
        <translation>Geben Sie die Helpdesk-E-Mail-Adresse oder -URL ein, oder deaktivieren Sie &quot;Helpdesklink anpassen&quot;.</translation>
    </message>
    <message>
        <source>The helpdesk email or URL contains spaces. Remove them (write a space in a URL as %20).</source>
        <translation>Die Helpdesk-E-Mail oder -URL enthält Leerzeichen. Entfernen Sie sie (ein Leerzeichen in einer URL schreiben Sie als %20).</translation>
    </message>
    <message>
        <source>Links of type &quot;%1:&quot; are not allowed. Enter an email address (without mailto:) or a URL starting with https://.</source>
        <translation>Links vom Typ &quot;%1:&quot; sind nicht zulässig. Geben Sie eine E-Mail-Adresse (ohne mailto:) oder eine URL ein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Check it for typing mistakes.</source>
        <translation>&quot;%1&quot; ist keine gültige URL. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; has no host name. Write it in full, like https://support.contoso.com/password.</source>
        <translation>Die URL &quot;%1&quot; hat keinen Hostnamen. Schreiben Sie sie vollständig, etwa https://support.contoso.com/password.</translation>
    </message>
    <message>
        <source>The URL contains a user name or password. Remove them: the link is shown to everyone.</source>
        <translation>Die URL enthält einen Benutzernamen oder ein Kennwort. Entfernen Sie sie: Der Link wird allen angezeigt.</translation>
    </message>
    <message>
        <source>The helpdesk URL uses http. Use https so that the page cannot be tampered with on the way.</source>
        <translation>Die Helpdesk-URL verwendet http. Verwenden Sie https, damit die Seite unterwegs nicht manipuliert werden kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an email address nor a complete URL. Write the URL in full, starting with https://.</source>
        <translation>&quot;%1&quot; ist weder eine E-Mail-Adresse noch eine vollständige URL. Schreiben Sie die URL vollständig, beginnend mit https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address. Check it for typing mistakes, like helpdesk@contoso.com.</source>
        <translation>&quot;%1&quot; ist keine gültige E-Mail-Adresse. Prüfen Sie sie auf Tippfehler, etwa helpdesk@contoso.com.</translation>
    </message>
    <message>
        <source>%1 is a mailbox of this tenant. Users locked out of this tenant may need the helpdesk most; Microsoft advises an address that does not depend on it.</source>
        <translation>%1 ist ein Postfach dieses Mandanten. Benutzer, die aus diesem Mandanten ausgesperrt sind, brauchen den Helpdesk womöglich am dringendsten; Microsoft rät zu einer Adresse, die nicht von ihm abhängt.</translation>
    </message>
    <message>
        <source>Writing back with cloud sync has no effect while password writeback is off.</source>
        <translation>Das Zurückschreiben mit Cloudsynchronisierung hat keine Wirkung, solange das Kennwortrückschreiben deaktiviert ist.</translation>
    </message>
    <message>
        <source>Unlocking accounts without a reset has no effect while password writeback is off.</source>
        <translation>Das Entsperren von Konten ohne Zurücksetzen hat keine Wirkung, solange das Kennwortrückschreiben deaktiviert ist.</translation>
    </message>
    <message>
        <source>Users outside the new scope will no longer be able to reset their password. Check the impact preview before saving.</source>
        <translation>Benutzer außerhalb des neuen Bereichs können ihr Kennwort nicht mehr zurücksetzen. Prüfen Sie vor dem Speichern die Vorschau der Auswirkungen.</translation>
    </message>
    <message>
        <source>Managed in the Authentication methods policy since the migration is complete.</source>
        <translation>Wird in der Richtlinie für Authentifizierungsmethoden verwaltet, da die Migration abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Set self service password reset to Selected to choose a group.</source>
        <translation>Legen Sie die Self-Service-Kennwortzurücksetzung auf &quot;Ausgewählt&quot; fest, um eine Gruppe zu wählen.</translation>
    </message>
    <message>
        <source>Available only when two methods are required.</source>
        <translation>Nur verfügbar, wenn zwei Methoden erforderlich sind.</translation>
    </message>
    <message>
        <source>Available only in tenants with a paid subscription.</source>
        <translation>Nur in Mandanten mit einem kostenpflichtigen Abonnement verfügbar.</translation>
    </message>
    <message>
        <source>Select Security questions as a method to set these.</source>
        <translation>Wählen Sie &quot;Sicherheitsfragen&quot; als Methode, um diese festzulegen.</translation>
    </message>
    <message>
        <source>Available only when users are required to register when signing in.</source>
        <translation>Nur verfügbar, wenn Benutzer sich bei der Anmeldung registrieren müssen.</translation>
    </message>
    <message>
        <source>Turn on &quot;Customize helpdesk link&quot; to enter an email address or URL.</source>
        <translation>Aktivieren Sie &quot;Helpdesklink anpassen&quot;, um eine E-Mail-Adresse oder URL einzugeben.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::QrMatrix</name>
    <message>
        <source>The text is too long for a QR code: %1 bytes, where at most about %2 fit at this level of error correction.</source>
        <translation>Der Text ist für einen QR-Code zu lang: %1 Byte, wobei auf dieser Fehlerkorrekturstufe höchstens etwa %2 passen.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::SsprPolicy</name>
    <message>
        <source>Mobile app notification</source>
        <translation>Benachrichtigung über mobile App</translation>
    </message>
    <message>
        <source>Mobile app code</source>
        <translation>Code aus mobiler App</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Bürotelefon</translation>
    </message>
    <message>
        <source>Security questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::Totp</name>
    <message>
        <source>The algorithm &quot;%1&quot; is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation>Der Algorithmus &quot;%1&quot; wird nicht unterstützt; verwenden Sie SHA1, SHA256 oder SHA512.</translation>
    </message>
    <message>
        <source>The number of digits &quot;%1&quot; is not supported; use 6 or 8.</source>
        <translation>Die Ziffernanzahl &quot;%1&quot; wird nicht unterstützt; verwenden Sie 6 oder 8.</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not supported; use 30 or 60 seconds.</source>
        <translation>Der Zeitraum &quot;%1&quot; wird nicht unterstützt; verwenden Sie 30 oder 60 Sekunden.</translation>
    </message>
    <message>
        <source>The algorithm is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation>Der Algorithmus wird nicht unterstützt; verwenden Sie SHA1, SHA256 oder SHA512.</translation>
    </message>
    <message>
        <source>Google Authenticator ignores the algorithm and computes SHA1 codes, and other apps (Microsoft Authenticator among them) mishandle %1: codes will not match there.</source>
        <translation>Google Authenticator ignoriert den Algorithmus und berechnet SHA1-Codes, und andere Apps (darunter Microsoft Authenticator) verarbeiten %1 falsch: Die Codes stimmen dort nicht überein.</translation>
    </message>
    <message>
        <source>Entra hardware OATH tokens accept only SHA1 and SHA256.</source>
        <translation>Entra-Hardware-OATH-Token akzeptieren nur SHA1 und SHA256.</translation>
    </message>
    <message>
        <source>Google Authenticator on Android ignores the number of digits and shows 6.</source>
        <translation>Google Authenticator unter Android ignoriert die Ziffernanzahl und zeigt 6 an.</translation>
    </message>
    <message>
        <source>Google Authenticator ignores the period and changes codes every 30 seconds.</source>
        <translation>Google Authenticator ignoriert den Zeitraum und wechselt die Codes alle 30 Sekunden.</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::AuthCodePkceFlow</name>
    <message numerus="yes">
        <source>The sign-in in the browser wasn&apos;t finished within %n minute(s). Start it again.</source>
        <translation>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Minute abgeschlossen. Starten Sie sie erneut.</numerusform>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Minuten abgeschlossen. Starten Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t wait for the browser: no local port could be opened (%1).</source>
        <translation>Es kann nicht auf den Browser gewartet werden: Es konnte kein lokaler Port geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>No web browser can be opened here. Use the device code sign-in instead.</source>
        <translation>Hier kann kein Webbrowser geöffnet werden. Verwenden Sie stattdessen die Anmeldung per Gerätecode.</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>This address only receives the sign-in answer.</source>
        <translation>Diese Adresse empfängt nur die Antwort der Anmeldung.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Sign-in already handled</source>
        <translation>Anmeldung bereits verarbeitet</translation>
    </message>
    <message>
        <source>This sign-in has already been handled. You can close this window.</source>
        <translation>Diese Anmeldung wurde bereits verarbeitet. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Warten auf Anmeldung</translation>
    </message>
    <message>
        <source>The browser&apos;s answer did not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>Die Antwort des Browsers gehörte nicht zu dieser Anmeldung (state stimmt nicht überein). Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You are signed in to SSPR Console. You can close this window.</source>
        <translation>Sie sind bei SSPR Console angemeldet. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Can&apos;t wait for the browser: no local port could be opened on both loopback addresses.</source>
        <translation>Warten auf den Browser nicht möglich: Auf beiden Loopback-Adressen konnte kein lokaler Port geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::ClientCertificate</name>
    <message>
        <source>Can&apos;t read the certificate file %1: %2</source>
        <translation>Die Zertifikatdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate file.</source>
        <translation>%1 ist zu groß für eine Zertifikatdatei.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not a readable certificate: expected a PEM file (key and certificate) or a PKCS#12 (.pfx) file, and the right password if it has one.</source>
        <translation>Kein lesbares Zertifikat: Erwartet wird eine PEM-Datei (Schlüssel und Zertifikat) oder eine PKCS#12-Datei (.pfx) und, falls vorhanden, das richtige Kennwort.</translation>
    </message>
    <message>
        <source>The private key is missing, or the password is wrong.</source>
        <translation>Der private Schlüssel fehlt, oder das Kennwort ist falsch.</translation>
    </message>
    <message>
        <source>The certificate is missing: the file holds only a private key.</source>
        <translation>Das Zertifikat fehlt: Die Datei enthält nur einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The key is not an RSA key; Microsoft Entra certificate credentials need RSA.</source>
        <translation>Der Schlüssel ist kein RSA-Schlüssel; Zertifikatanmeldeinformationen in Microsoft Entra erfordern RSA.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate can&apos;t be encoded.</source>
        <translation>Das Zertifikat kann nicht codiert werden.</translation>
    </message>
    <message>
        <source>No private key is loaded.</source>
        <translation>Es ist kein privater Schlüssel geladen.</translation>
    </message>
    <message>
        <source>Signing the client assertion with the certificate&apos;s key failed.</source>
        <translation>Das Signieren der Clientassertion mit dem Schlüssel des Zertifikats ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::Cloud</name>
    <message>
        <source>Unknown cloud &quot;%1&quot;: use global, usgov, usgovdod or china.</source>
        <translation>Unbekannte Cloud &quot;%1&quot;: Verwenden Sie global, usgov, usgovdod oder china.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete web address (like https://graph.microsoft.com).</source>
        <translation>&quot;%1&quot; ist keine vollständige Webadresse (wie https://graph.microsoft.com).</translation>
    </message>
    <message>
        <source>The address %1 contains a user name or password; leave them out.</source>
        <translation>Die Adresse %1 enthält einen Benutzernamen oder ein Kennwort; lassen Sie diese weg.</translation>
    </message>
    <message>
        <source>The address %1 uses plain http, which would send sign-in tokens unencrypted. Use https (http is allowed only for this computer: localhost or 127.0.0.1).</source>
        <translation>Die Adresse %1 verwendet unverschlüsseltes http, wodurch Anmeldetoken unverschlüsselt gesendet würden. Verwenden Sie https (http ist nur für diesen Computer zulässig: localhost oder 127.0.0.1).</translation>
    </message>
    <message>
        <source>The address %1 uses &quot;%2&quot;; only https addresses are allowed.</source>
        <translation>Die Adresse %1 verwendet &quot;%2&quot;; nur https-Adressen sind zulässig.</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::DelegatedTokenProvider</name>
    <message>
        <source>The saved sign-in can&apos;t be read from the keychain: %1</source>
        <translation>Die gespeicherte Anmeldung kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to the tenant first.</source>
        <translation>Nicht angemeldet. Melden Sie sich zuerst beim Mandanten an.</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::GraphClient</name>
    <message>
        <source>Microsoft Graph gave a link to %1, which is not on %2; it was not followed.</source>
        <translation>Microsoft Graph hat einen Link zu %1 geliefert, der nicht auf %2 liegt; ihm wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Microsoft Graph path.</source>
        <translation>&quot;%1&quot; ist kein gültiger Microsoft Graph-Pfad.</translation>
    </message>
    <message>
        <source>Microsoft Graph redirected the request to %1, which is another host, not encrypted, or would change the request; it was not followed.</source>
        <translation>Microsoft Graph hat die Anforderung an %1 umgeleitet, einen anderen Host, eine unverschlüsselte Adresse oder eine Umleitung, die die Anforderung ändern würde; ihr wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>A Microsoft Graph batch holds at most %1 requests; this one had %2.</source>
        <translation>Ein Microsoft Graph-Batch enthält höchstens %1 Anforderungen; dieser hatte %2.</translation>
    </message>
    <message>
        <source>One batch can&apos;t mix Graph versions (%1 and %2).</source>
        <translation>Ein Batch kann keine Graph-Versionen mischen (%1 und %2).</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::GraphErrorText</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anforderung wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph didn&apos;t answer within %n second(s). Check the network connection and try again.</source>
        <translation>
            <numerusform>Microsoft Graph hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie die Netzwerkverbindung, und versuchen Sie es erneut.</numerusform>
            <numerusform>Microsoft Graph hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie die Netzwerkverbindung, und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Microsoft Graph: %1. Check the network connection and the proxy settings.</source>
        <translation>Microsoft Graph ist nicht erreichbar: %1. Prüfen Sie die Netzwerkverbindung und die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s answer was cut off or unreadable. Try again.</source>
        <translation>Die Antwort von Microsoft Graph war abgeschnitten oder nicht lesbar. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Microsoft Graph redirected the request too many times; it was stopped.</source>
        <translation>Microsoft Graph hat die Anforderung zu oft umgeleitet; sie wurde beendet.</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired (they last 7 days), so the tenant must be synchronised again in full.</source>
        <translation>Der gespeicherte Änderungsnachverfolgungslink ist abgelaufen (er gilt 7 Tage), daher muss der Mandant erneut vollständig synchronisiert werden.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the sign-in token, even a freshly fetched one. Sign in again; if this keeps happening, check the app registration and the tenant.</source>
        <translation>Microsoft Graph hat das Anmeldetoken abgelehnt, selbst ein neu abgerufenes. Melden Sie sich erneut an; wenn das weiterhin geschieht, prüfen Sie die App-Registrierung und den Mandanten.</translation>
    </message>
    <message>
        <source>Your role can&apos;t change this user&apos;s methods: an Authentication Administrator can&apos;t act on administrators; a Privileged Authentication Administrator can. The app also needs the UserAuthenticationMethod.ReadWrite.All permission.</source>
        <translation>Ihre Rolle kann die Methoden dieses Benutzers nicht ändern: Ein Authentifizierungsadministrator kann nicht auf Administratoren einwirken, ein Administrator für privilegierte Authentifizierung schon. Die App benötigt außerdem die Berechtigung UserAuthenticationMethod.ReadWrite.All.</translation>
    </message>
    <message>
        <source>You can&apos;t read this user&apos;s methods: that needs the UserAuthenticationMethod.Read.All permission and a role such as Global Reader, Authentication Administrator or Privileged Authentication Administrator.</source>
        <translation>Sie können die Methoden dieses Benutzers nicht lesen: Dazu sind die Berechtigung UserAuthenticationMethod.Read.All und eine Rolle wie Globaler Leser, Authentifizierungsadministrator oder Administrator für privilegierte Authentifizierung erforderlich.</translation>
    </message>
    <message>
        <source>Changing the authentication methods policy needs the Policy.ReadWrite.AuthenticationMethod permission and the Authentication Policy Administrator role.</source>
        <translation>Zum Ändern der Richtlinie für Authentifizierungsmethoden sind die Berechtigung Policy.ReadWrite.AuthenticationMethod und die Rolle Authentifizierungsrichtlinienadministrator erforderlich.</translation>
    </message>
    <message>
        <source>Reading the authentication methods policy needs the Policy.Read.AuthenticationMethod permission and a role such as Global Reader or Authentication Policy Administrator.</source>
        <translation>Zum Lesen der Richtlinie für Authentifizierungsmethoden sind die Berechtigung Policy.Read.AuthenticationMethod und eine Rolle wie Globaler Leser oder Authentifizierungsrichtlinienadministrator erforderlich.</translation>
    </message>
    <message>
        <source>Changing the administrator password reset policy needs the Policy.ReadWrite.Authorization permission.</source>
        <translation>Zum Ändern der Richtlinie zur Kennwortzurücksetzung für Administratoren ist die Berechtigung Policy.ReadWrite.Authorization erforderlich.</translation>
    </message>
    <message>
        <source>Reading the authorization policy needs the Policy.Read.All permission.</source>
        <translation>Zum Lesen der Autorisierungsrichtlinie ist die Berechtigung Policy.Read.All erforderlich.</translation>
    </message>
    <message>
        <source>Managing hardware OATH tokens needs the Policy.ReadWrite.AuthenticationMethod permission and the Authentication Policy Administrator role.</source>
        <translation>Zum Verwalten von Hardware-OATH-Token sind die Berechtigung Policy.ReadWrite.AuthenticationMethod und die Rolle Authentifizierungsrichtlinienadministrator erforderlich.</translation>
    </message>
    <message>
        <source>The registration report needs the AuditLog.Read.All permission and a role such as Reports Reader, Security Reader or Global Reader.</source>
        <translation>Für den Registrierungsbericht sind die Berechtigung AuditLog.Read.All und eine Rolle wie Berichtsleser, Sicherheitsleseberechtigter oder Globaler Leser erforderlich.</translation>
    </message>
    <message>
        <source>Creating or changing groups needs the Group.ReadWrite.All (or Group.Create) permission and a role such as Groups Administrator.</source>
        <translation>Zum Erstellen oder Ändern von Gruppen sind die Berechtigung Group.ReadWrite.All (oder Group.Create) und eine Rolle wie Gruppenadministrator erforderlich.</translation>
    </message>
    <message>
        <source>Reading groups and their members needs the GroupMember.Read.All (or Group.Read.All) permission.</source>
        <translation>Zum Lesen von Gruppen und ihren Mitgliedern ist die Berechtigung GroupMember.Read.All (oder Group.Read.All) erforderlich.</translation>
    </message>
    <message>
        <source>Changing a user&apos;s profile needs the User.ReadWrite.All permission and a role such as User Administrator.</source>
        <translation>Zum Ändern des Profils eines Benutzers sind die Berechtigung User.ReadWrite.All und eine Rolle wie Benutzeradministrator erforderlich.</translation>
    </message>
    <message>
        <source>Reading users needs the User.Read.All permission.</source>
        <translation>Zum Lesen von Benutzern ist die Berechtigung User.Read.All erforderlich.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request: your account or the app lacks the permission for it (%1).</source>
        <translation>Microsoft Graph hat die Anforderung abgelehnt: Ihrem Konto oder der App fehlt die Berechtigung dafür (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph can&apos;t find it: the user, group or method may have been deleted or renamed. Sync again to refresh the list.</source>
        <translation>Microsoft Graph kann das Objekt nicht finden: Der Benutzer, die Gruppe oder die Methode wurde möglicherweise gelöscht oder umbenannt. Synchronisieren Sie erneut, um die Liste zu aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is throttling this app, and the request still failed after %n attempt(s). Wait a few minutes and try again.</source>
        <translation>
            <numerusform>Microsoft Graph drosselt diese App, und die Anforderung ist auch nach %n Versuch fehlgeschlagen. Warten Sie einige Minuten, und versuchen Sie es erneut.</numerusform>
            <numerusform>Microsoft Graph drosselt diese App, und die Anforderung ist auch nach %n Versuchen fehlgeschlagen. Warten Sie einige Minuten, und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done because an earlier request in the same batch failed.</source>
        <translation>Nicht ausgeführt, weil eine frühere Anforderung im selben Batch fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the change because it conflicts with what is there: %1</source>
        <translation>Microsoft Graph hat die Änderung abgelehnt, weil sie mit dem Vorhandenen in Konflikt steht: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the change: %1</source>
        <translation>Microsoft Graph hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request as invalid (%1).</source>
        <translation>Microsoft Graph hat die Anforderung als ungültig abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph is temporarily unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation>Microsoft Graph ist vorübergehend nicht verfügbar (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with HTTP status %1.</source>
        <translation>Microsoft Graph hat mit dem HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with HTTP status %1: %2</source>
        <translation>Microsoft Graph hat mit dem HTTP-Status %1 geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::IdentityEndpoint</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service didn&apos;t answer in time. Check the network connection and try again.</source>
        <translation>Der Microsoft-Anmeldedienst hat nicht rechtzeitig geantwortet. Prüfen Sie die Netzwerkverbindung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service sent an unreadable answer. Try again.</source>
        <translation>Der Microsoft-Anmeldedienst hat eine nicht lesbare Antwort gesendet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The app&apos;s client secret was refused (%1): it is wrong or has expired. Create a new secret in the app registration.</source>
        <translation>Der geheime Clientschlüssel der App wurde abgelehnt (%1): Er ist falsch oder abgelaufen. Erstellen Sie in der App-Registrierung einen neuen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>The app&apos;s certificate was refused (%1): it is not uploaded to this app registration, has expired, or this computer&apos;s clock is wrong.</source>
        <translation>Das Zertifikat der App wurde abgelehnt (%1): Es ist nicht in diese App-Registrierung hochgeladen, ist abgelaufen, oder die Uhr dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>The app (client id) is not registered in this tenant (%1). Check the client id and the tenant.</source>
        <translation>Die App (Client-ID) ist in diesem Mandanten nicht registriert (%1). Prüfen Sie die Client-ID und den Mandanten.</translation>
    </message>
    <message>
        <source>The tenant was not found (%1). Check the tenant id or domain, and the cloud.</source>
        <translation>Der Mandant wurde nicht gefunden (%1). Prüfen Sie die Mandanten-ID oder Domäne und die Cloud.</translation>
    </message>
    <message>
        <source>The app registration doesn&apos;t allow this sign-in (%1): turn on &quot;Allow public client flows&quot; in its Authentication settings.</source>
        <translation>Die App-Registrierung lässt diese Anmeldung nicht zu (%1): Aktivieren Sie in ihren Authentifizierungseinstellungen &quot;Öffentliche Clientflows zulassen&quot;.</translation>
    </message>
    <message>
        <source>The app hasn&apos;t been granted the permissions it asks for (%1). An administrator must grant consent in the app registration.</source>
        <translation>Der App wurden die angeforderten Berechtigungen nicht erteilt (%1). Ein Administrator muss in der App-Registrierung die Einwilligung erteilen.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required (%1). Sign in again interactively.</source>
        <translation>Eine mehrstufige Authentifizierung ist erforderlich (%1). Melden Sie sich erneut interaktiv an.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the sign-in (%1).</source>
        <translation>Eine Richtlinie für bedingten Zugriff hat die Anmeldung blockiert (%1).</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The app&apos;s credentials were refused (%1). Check the client secret or certificate of the app registration.</source>
        <translation>Die Anmeldeinformationen der App wurden abgelehnt (%1). Prüfen Sie den geheimen Clientschlüssel oder das Zertifikat der App-Registrierung.</translation>
    </message>
    <message>
        <source>The app is not allowed to sign in this way (%1). Check the app registration.</source>
        <translation>Die App darf sich nicht auf diese Weise anmelden (%1). Prüfen Sie die App-Registrierung.</translation>
    </message>
    <message>
        <source>The permissions asked for are not valid for this app or cloud (%1).</source>
        <translation>Die angeforderten Berechtigungen sind für diese App oder Cloud nicht gültig (%1).</translation>
    </message>
    <message>
        <source>Sign-in was cancelled, or consent was refused (%1).</source>
        <translation>Die Anmeldung wurde abgebrochen, oder die Einwilligung wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>Sign-in was declined on the verification page.</source>
        <translation>Die Anmeldung wurde auf der Überprüfungsseite abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er verwendet wurde. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in code was not recognised. Start the sign-in again.</source>
        <translation>Der Anmeldecode wurde nicht erkannt. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service is temporarily unavailable (%1). Try again in a few minutes.</source>
        <translation>Der Microsoft-Anmeldedienst ist vorübergehend nicht verfügbar (%1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Sign-in failed (HTTP %1).</source>
        <translation>Anmeldung fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>Anmeldung fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach the Microsoft sign-in service: %1.</source>
        <translation>Der Microsoft-Anmeldedienst ist nicht erreichbar: %1.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AddMethodDialog</name>
    <message>
        <source>Add authentication method — %1</source>
        <translation>Authentifizierungsmethode hinzufügen – %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Phone number — mobile</source>
        <translation>Telefonnummer – Mobiltelefon</translation>
    </message>
    <message>
        <source>Phone number — alternate mobile</source>
        <translation>Telefonnummer – alternatives Mobiltelefon</translation>
    </message>
    <message>
        <source>Phone number — office</source>
        <translation>Telefonnummer – Bürotelefon</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Country or region for numbers without a country code</source>
        <translation>Land oder Region für Nummern ohne Landesvorwahl</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country or region:</source>
        <translation>&amp;Land oder Region:</translation>
    </message>
    <message>
        <source>Edit %1 — %2</source>
        <translation>%1 bearbeiten – %2</translation>
    </message>
    <message>
        <source>The kind of a phone method cannot change: add the new kind, then delete the old one.</source>
        <translation>Die Art einer Telefonmethode kann sich nicht ändern: Fügen Sie die neue Art hinzu, und löschen Sie dann die alte.</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>e.g. +49 170 1234567, (425) 555-0100, 0170 1234567</source>
        <translation>z. B. +49 170 1234567, (425) 555-0100, 0170 1234567</translation>
    </message>
    <message>
        <source>e.g. kim@example.com</source>
        <translation>z. B. kim@example.com</translation>
    </message>
    <message>
        <source>Type the number with its country code (+CC), or in the national format of the country chosen above.</source>
        <translation>Geben Sie die Nummer mit Landesvorwahl (+CC) oder im nationalen Format des oben gewählten Landes ein.</translation>
    </message>
    <message>
        <source>Type the address the user will receive reset codes at.</source>
        <translation>Geben Sie die Adresse ein, an die der Benutzer Codes zum Zurücksetzen erhält.</translation>
    </message>
    <message>
        <source>Will be saved as %1 — %2.</source>
        <translation>Wird gespeichert als %1 – %2.</translation>
    </message>
    <message numerus="yes">
        <source>Note: this number is already registered for %n other account(s): %1</source>
        <translation>
            <numerusform>Hinweis: Diese Nummer ist bereits für %n anderes Konto registriert: %1</numerusform>
            <numerusform>Hinweis: Diese Nummer ist bereits für %n andere Konten registriert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be saved as %1.</source>
        <translation>Wird gespeichert als %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AdminPolicyPage</name>
    <message>
        <source>Administrator policy</source>
        <translation>Administratorrichtlinie</translation>
    </message>
    <message>
        <source>Administrators reset their password under a policy of Microsoft&apos;s that cannot be edited. The settings on the other pages do not apply to them.</source>
        <translation>Administratoren setzen ihr Kennwort unter einer nicht bearbeitbaren Richtlinie von Microsoft zurück. Die Einstellungen auf den anderen Seiten gelten für sie nicht.</translation>
    </message>
    <message>
        <source>The two-gate policy</source>
        <translation>Die Richtlinie mit zwei Gates</translation>
    </message>
    <message>
        <source>• Who: every account holding one of about 70 administrator roles (Global, Privileged Authentication, Authentication, Password, User, Helpdesk, Exchange, SharePoint, Security and Billing Administrator, and more).
• Two gates: an administrator proves their identity with two pieces of data, such as a mobile phone and an email address or the Microsoft Authenticator app.
• Security questions are never allowed for administrators.
• It becomes a one-gate policy in a trial of under 30 days, or in a tenant without a custom domain and without directory synchronisation.
• It is independent of the Authentication methods policy and of the scope set on Properties.</source>
        <translation>• Wer: jedes Konto mit einer von etwa 70 Administratorrollen (Globaler Administrator, Administrator für privilegierte Authentifizierung, Authentifizierungsadministrator, Kennwortadministrator, Benutzeradministrator, Helpdeskadministrator, Exchange-, SharePoint-, Sicherheits- und Abrechnungsadministrator und weitere).
• Zwei Gates: Ein Administrator weist seine Identität mit zwei Daten nach, etwa einem Mobiltelefon und einer E-Mail-Adresse oder der Microsoft Authenticator-App.
• Sicherheitsfragen sind für Administratoren nie zulässig.
• In einer Testversion unter 30 Tagen oder in einem Mandanten ohne benutzerdefinierte Domäne und ohne Verzeichnissynchronisierung wird sie zu einer Richtlinie mit einem Gate.
• Sie ist unabhängig von der Richtlinie für Authentifizierungsmethoden und vom unter &quot;Eigenschaften&quot; festgelegten Bereich.</translation>
    </message>
    <message>
        <source>Administrators only</source>
        <translation>Nur Administratoren</translation>
    </message>
    <message>
        <source>Administrators may use self-service password reset (administrators only)</source>
        <translation>Administratoren dürfen die Self-Service-Kennwortzurücksetzung verwenden (nur Administratoren)</translation>
    </message>
    <message>
        <source>Allow &amp;administrators to use self-service password reset? (administrators only)</source>
        <translation>&amp;Administratoren die Verwendung der Self-Service-Kennwortzurücksetzung erlauben? (nur Administratoren)</translation>
    </message>
    <message>
        <source>This switch (allowedToUseSSPR in Graph&apos;s authorization policy) concerns administrators only; it does not turn password reset on or off for users. With No, administrators who are also in the users&apos; scope are told they cannot register. A change can take up to an hour to apply.</source>
        <translation>Dieser Schalter (allowedToUseSSPR in der Autorisierungsrichtlinie von Graph) betrifft nur Administratoren; er schaltet die Kennwortzurücksetzung für Benutzer weder ein noch aus. Bei &quot;Nein&quot; wird Administratoren, die auch im Bereich der Benutzer liegen, mitgeteilt, dass sie sich nicht registrieren können. Eine Änderung kann bis zu einer Stunde dauern, bis sie wirksam wird.</translation>
    </message>
    <message numerus="yes">
        <source>In this tenant it covers %n administrator account(s).</source>
        <translation>
            <numerusform>In diesem Mandanten betrifft sie %n Administratorkonto.</numerusform>
            <numerusform>In diesem Mandanten betrifft sie %n Administratorkonten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The administrators could not be counted: %1</source>
        <translation>Die Administratoren konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>Every change made through the console or ssprctl: when, who, what was changed, the old and the new value.</source>
        <translation>Jede über die Konsole oder ssprctl vorgenommene Änderung: wann, wer, was geändert wurde, alter und neuer Wert.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Überwachungsprotokoll filtern</translation>
    </message>
    <message>
        <source>Who, action, target, setting or value</source>
        <translation>Wer, Aktion, Ziel, Einstellung oder Wert</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Überwachungsprotokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Überwachungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing has been logged yet. Every change saved through the console or ssprctl will be listed here.</source>
        <translation>Noch wurde nichts protokolliert. Jede über die Konsole oder ssprctl gespeicherte Änderung wird hier aufgeführt.</translation>
    </message>
    <message>
        <source>No entry matches “%1”.</source>
        <translation>Kein Eintrag entspricht „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Rückgängig machen…</translation>
    </message>
    <message>
        <source>Revert the selected change</source>
        <translation>Ausgewählte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Revert the change?</source>
        <translation>Änderung rückgängig machen?</translation>
    </message>
    <message>
        <source>Set &quot;%1&quot; back to &quot;%2&quot;? The change is staged on its page for you to review and save.</source>
        <translation>&quot;%1&quot; wieder auf &quot;%2&quot; setzen? Die Änderung wird auf ihrer Seite vorgemerkt, damit Sie sie prüfen und speichern können.</translation>
    </message>
    <message>
        <source>Select a policy change to revert it.</source>
        <translation>Wählen Sie eine Richtlinienänderung aus, um sie rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Stage the old value of this setting again</source>
        <translation>Den alten Wert dieser Einstellung erneut vormerken</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuditRevert</name>
    <message>
        <source>Save or discard the policy changes you are making first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Richtlinienänderungen, die Sie gerade vornehmen.</translation>
    </message>
    <message>
        <source>Security questions are changed on the Authentication methods page.</source>
        <translation>Sicherheitsfragen werden auf der Seite &quot;Authentifizierungsmethoden&quot; geändert.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is not unique or no longer exists: choose the group on the Properties page.</source>
        <translation>Die Gruppe &quot;%1&quot; ist nicht eindeutig oder existiert nicht mehr: Wählen Sie die Gruppe auf der Seite &quot;Eigenschaften&quot; aus.</translation>
    </message>
    <message>
        <source>The setting has changed since: it is now &quot;%1&quot;.</source>
        <translation>Die Einstellung hat sich seitdem geändert: Sie ist jetzt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The old value cannot be set again: %1</source>
        <translation>Der alte Wert kann nicht erneut festgelegt werden: %1</translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; is not known.</source>
        <translation>Die Methode &quot;%1&quot; ist unbekannt.</translation>
    </message>
    <message>
        <source>The setting has changed since the entry was logged.</source>
        <translation>Die Einstellung hat sich geändert, seit der Eintrag protokolliert wurde.</translation>
    </message>
    <message>
        <source>The old state &quot;%1&quot; is not one the console can set.</source>
        <translation>Der alte Zustand &quot;%1&quot; kann von der Konsole nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>The old value &quot;%1&quot; is not a number of days.</source>
        <translation>Der alte Wert &quot;%1&quot; ist keine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>Targets and method settings are reverted on the Authentication methods page.</source>
        <translation>Ziele und Methodeneinstellungen werden auf der Seite &quot;Authentifizierungsmethoden&quot; rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Only policy changes can be reverted from the audit log.</source>
        <translation>Nur Richtlinienänderungen können aus dem Überwachungsprotokoll rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuthMethodsPage</name>
    <message>
        <source>Authentication methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>How users prove who they are before they reset. Microsoft recommends two or more methods.</source>
        <translation>Wie Benutzer ihre Identität nachweisen, bevor sie zurücksetzen. Microsoft empfiehlt zwei oder mehr Methoden.</translation>
    </message>
    <message>
        <source>&amp;1</source>
        <translation>&amp;1</translation>
    </message>
    <message>
        <source>Number of methods required to reset: 1</source>
        <translation>Anzahl der zum Zurücksetzen erforderlichen Methoden: 1</translation>
    </message>
    <message>
        <source>&amp;2</source>
        <translation>&amp;2</translation>
    </message>
    <message>
        <source>Number of methods required to reset: 2</source>
        <translation>Anzahl der zum Zurücksetzen erforderlichen Methoden: 2</translation>
    </message>
    <message>
        <source>Number of methods required to reset</source>
        <translation>Anzahl der zum Zurücksetzen erforderlichen Methoden</translation>
    </message>
    <message>
        <source>In the Authentication methods policy: %1</source>
        <translation>In der Richtlinie für Authentifizierungsmethoden: %1</translation>
    </message>
    <message>
        <source>Methods available to users</source>
        <translation>Für Benutzer verfügbare Methoden</translation>
    </message>
    <message>
        <source>Number of questions required to register</source>
        <translation>Anzahl der für die Registrierung erforderlichen Fragen</translation>
    </message>
    <message>
        <source>Number of questions required to reset</source>
        <translation>Anzahl der für die Zurücksetzung erforderlichen Fragen</translation>
    </message>
    <message>
        <source>Number of questions required to r&amp;egister:</source>
        <translation>Anzahl der für die R&amp;egistrierung erforderlichen Fragen:</translation>
    </message>
    <message>
        <source>Number of questions required to re&amp;set:</source>
        <translation>Anzahl der für die &amp;Zurücksetzung erforderlichen Fragen:</translation>
    </message>
    <message>
        <source>Select security &amp;questions</source>
        <translation>Sicherheits&amp;fragen auswählen</translation>
    </message>
    <message>
        <source>+ &amp;Predefined</source>
        <translation>+ &amp;Vordefiniert</translation>
    </message>
    <message>
        <source>Add predefined questions</source>
        <translation>Vordefinierte Fragen hinzufügen</translation>
    </message>
    <message>
        <source>+ &amp;Custom</source>
        <translation>+ &amp;Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Add a custom question</source>
        <translation>Eine benutzerdefinierte Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected question</source>
        <translation>Die ausgewählte Frage entfernen</translation>
    </message>
    <message>
        <source>Security questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <source>Authentication methods policy</source>
        <translation>Richtlinie für Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>Entra&apos;s newer, tenant-wide policy. During the migration the two are combined: a method enabled in either is usable for reset; once the migration is complete, only this policy counts for the methods.</source>
        <translation>Die neuere, mandantenweite Richtlinie von Entra. Während der Migration werden beide kombiniert: Eine in einer der beiden aktivierte Methode kann zum Zurücksetzen verwendet werden; nach Abschluss der Migration zählt für die Methoden nur noch diese Richtlinie.</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation>%1 von %2 Fragen</translation>
    </message>
    <message>
        <source>The pool holds the most questions allowed (%1). Remove one to add another.</source>
        <translation>Der Pool enthält die maximal zulässige Anzahl an Fragen (%1). Entfernen Sie eine, um eine weitere hinzuzufügen.</translation>
    </message>
    <message>
        <source>&amp;Question (at most %1 characters; custom questions are not translated):</source>
        <translation>&amp;Frage (höchstens %1 Zeichen; benutzerdefinierte Fragen werden nicht übersetzt):</translation>
    </message>
    <message>
        <source>Custom question</source>
        <translation>Benutzerdefinierte Frage</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuthenticatorQrDialog</name>
    <message>
        <source>Authenticator QR code</source>
        <translation>Authenticator-QR-Code</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuthenticatorQrPage</name>
    <message>
        <source>Authenticator QR</source>
        <translation>Authenticator-QR</translation>
    </message>
    <message>
        <source>Give a user a key for an authenticator app: generate it, let the user scan the QR code, and confirm the first code their app shows. The console records who got which token, never the secret.</source>
        <translation>Geben Sie einem Benutzer einen Schlüssel für eine Authenticator-App: Generieren Sie ihn, lassen Sie den Benutzer den QR-Code scannen, und bestätigen Sie den ersten Code, den seine App anzeigt. Die Konsole speichert, wer welches Token erhalten hat, aber nie das Geheimnis.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Find &amp;user:</source>
        <translation>Ben&amp;utzer suchen:</translation>
    </message>
    <message>
        <source>Find user</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Type part of a name or user principal name. Press Down to move to the results, Enter to generate a key for the chosen user.</source>
        <translation>Geben Sie einen Teil eines Namens oder Benutzerprinzipalnamens ein. Mit der NACH-UNTEN-TASTE gelangen Sie zu den Ergebnissen, mit der EINGABETASTE generieren Sie einen Schlüssel für den gewählten Benutzer.</translation>
    </message>
    <message>
        <source>Name or user principal name</source>
        <translation>Name oder Benutzerprinzipalname</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Passende Benutzer</translation>
    </message>
    <message>
        <source>Key settings</source>
        <translation>Schlüsseleinstellungen</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>The name the authenticator app shows above the account.</source>
        <translation>Der Name, den die Authenticator-App über dem Konto anzeigt.</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>6 (default)</source>
        <translation>6 (Standard)</translation>
    </message>
    <message>
        <source>8</source>
        <translation>8</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>30 seconds (default)</source>
        <translation>30 Sekunden (Standard)</translation>
    </message>
    <message>
        <source>60 seconds</source>
        <translation>60 Sekunden</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>SHA1 (default)</source>
        <translation>SHA1 (Standard)</translation>
    </message>
    <message>
        <source>Advanced: keep the defaults unless every app your users have supports the others.</source>
        <translation>Erweitert: Behalten Sie die Standardwerte bei, es sei denn, jede App Ihrer Benutzer unterstützt die anderen.</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Ziffern:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Generate key and QR code</source>
        <translation>Schlüssel und QR-Code generieren</translation>
    </message>
    <message>
        <source>Makes a new key for the chosen user and records the token (Enter).</source>
        <translation>Erstellt einen neuen Schlüssel für den gewählten Benutzer und zeichnet das Token auf (EINGABETASTE).</translation>
    </message>
    <message>
        <source>Sheets for a gr&amp;oup…</source>
        <translation>Handzettel für eine Gr&amp;uppe…</translation>
    </message>
    <message>
        <source>Sheets for a group</source>
        <translation>Handzettel für eine Gruppe</translation>
    </message>
    <message>
        <source>Keys for every member of a group: one PDF page per user and the Entra OATH CSV.</source>
        <translation>Schlüssel für jedes Mitglied einer Gruppe: eine PDF-Seite pro Benutzer und die Entra-OATH-CSV.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Choose a user and press Generate.
The QR code appears here.</source>
        <translation>Wählen Sie einen Benutzer, und klicken Sie auf &quot;Generieren&quot;.
Der QR-Code wird hier angezeigt.</translation>
    </message>
    <message>
        <source>Clear &amp;now</source>
        <translation>&amp;Jetzt löschen</translation>
    </message>
    <message>
        <source>Clear the QR code and secret now</source>
        <translation>QR-Code und Geheimnis jetzt löschen</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Hidden until you reveal it. For users who cannot scan the QR code.</source>
        <translation>Verborgen, bis Sie ihn einblenden. Für Benutzer, die den QR-Code nicht scannen können.</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Ein&amp;blenden</translation>
    </message>
    <message>
        <source>Reveal secret</source>
        <translation>Geheimnis einblenden</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>Geheimnis &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Copy o&amp;tpauth URI</source>
        <translation>o&amp;tpauth-URI kopieren</translation>
    </message>
    <message>
        <source>Copy otpauth URI</source>
        <translation>otpauth-URI kopieren</translation>
    </message>
    <message>
        <source>The otpauth:// link the QR code holds, for apps that can import it.</source>
        <translation>Der otpauth://-Link, den der QR-Code enthält, für Apps, die ihn importieren können.</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Code aus der App</translation>
    </message>
    <message>
        <source>The code the user&apos;s authenticator app shows now. Press Enter to check it.</source>
        <translation>Der Code, den die Authenticator-App des Benutzers gerade anzeigt. Drücken Sie die EINGABETASTE, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Über&amp;prüfen</translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation>Code überprüfen</translation>
    </message>
    <message>
        <source>Code &amp;from the app:</source>
        <translation>Code &amp;aus der App:</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>QR-Code als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>QR-Code als SVG-Bild speichern</translation>
    </message>
    <message>
        <source>PDF handout…</source>
        <translation>PDF-Handzettel…</translation>
    </message>
    <message>
        <source>Save a PDF handout</source>
        <translation>PDF-Handzettel speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print a handout</source>
        <translation>Handzettel drucken</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Write the key in clear on PDF and printed sheets</source>
        <translation>Schlüssel im Klartext auf PDF- und gedruckte Handzettel &amp;schreiben</translation>
    </message>
    <message>
        <source>Write the key in clear on PDF and printed sheets</source>
        <translation>Schlüssel im Klartext auf PDF- und gedruckte Handzettel schreiben</translation>
    </message>
    <message>
        <source>For users who cannot scan: they type the key instead. Anyone who sees the sheet can then make the codes.</source>
        <translation>Für Benutzer, die nicht scannen können: Sie tippen stattdessen den Schlüssel ein. Wer den Handzettel sieht, kann dann die Codes erzeugen.</translation>
    </message>
    <message>
        <source>The secret</source>
        <translation>Das Geheimnis</translation>
    </message>
    <message>
        <source>The otpauth URI</source>
        <translation>Der otpauth-URI</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>There are no users in this store.</source>
        <translation>In diesem Speicher gibt es keine Benutzer.</translation>
    </message>
    <message>
        <source>No users match “%1”. Search looks at the start of each word of a name, user principal name or mail.</source>
        <translation>Keine Benutzer entsprechen „%1“. Die Suche berücksichtigt den Anfang jedes Wortes eines Namens, Benutzerprinzipalnamens oder einer E-Mail-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n match(es); type more to narrow the list.</source>
        <translation>
            <numerusform>Der erste Treffer wird angezeigt; geben Sie mehr ein, um die Liste einzugrenzen.</numerusform>
            <numerusform>Die ersten %n Treffer werden angezeigt; geben Sie mehr ein, um die Liste einzugrenzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That user is no longer in the store.</source>
        <translation>Dieser Benutzer ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <source>Key for &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Schlüssel für &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>A guest account: Entra&apos;s OATH tokens are not for guests, so this key may not work for sign-in.</source>
        <translation>Ein Gastkonto: Die OATH-Token von Entra sind nicht für Gäste, daher funktioniert dieser Schlüssel möglicherweise nicht für die Anmeldung.</translation>
    </message>
    <message>
        <source>Key for %1, %2</source>
        <translation>Schlüssel für %1, %2</translation>
    </message>
    <message>
        <source>Authenticator QR code — %1</source>
        <translation>Authenticator-QR-Code – %1</translation>
    </message>
    <message>
        <source>Enter an issuer: the app shows it above the account so the user can tell keys apart.</source>
        <translation>Geben Sie einen Aussteller ein: Die App zeigt ihn über dem Konto an, damit der Benutzer Schlüssel unterscheiden kann.</translation>
    </message>
    <message>
        <source>No user chosen yet: find one above.</source>
        <translation>Noch kein Benutzer gewählt: Suchen Sie oben einen.</translation>
    </message>
    <message>
        <source>Choose a user first: type part of their name above, then pick them from the list.</source>
        <translation>Wählen Sie zuerst einen Benutzer: Geben Sie oben einen Teil seines Namens ein, und wählen Sie ihn dann in der Liste aus.</translation>
    </message>
    <message>
        <source>Enter an issuer: the app shows it above the account.</source>
        <translation>Geben Sie einen Aussteller ein: Die App zeigt ihn über dem Konto an.</translation>
    </message>
    <message>
        <source>No key was made: %1</source>
        <translation>Es wurde kein Schlüssel erstellt: %1</translation>
    </message>
    <message>
        <source>The token could not be recorded, so no key is shown: %1</source>
        <translation>Das Token konnte nicht aufgezeichnet werden, daher wird kein Schlüssel angezeigt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Token %3 · issued %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Token %3 · ausgestellt %4</translation>
    </message>
    <message>
        <source>%1-digit code</source>
        <translation>%1-stelliger Code</translation>
    </message>
    <message>
        <source>Token %1 issued to %2 and recorded. Let the user scan the code, then type the code their app shows to confirm it.</source>
        <translation>Token %1 für %2 ausgestellt und aufgezeichnet. Lassen Sie den Benutzer den Code scannen, und geben Sie dann den Code ein, den seine App anzeigt, um ihn zu bestätigen.</translation>
    </message>
    <message numerus="yes">
        <source>The QR code and the secret were cleared after %n second(s). Generate a new key if the user did not scan it in time.</source>
        <translation>
            <numerusform>QR-Code und Geheimnis wurden nach %n Sekunde gelöscht. Generieren Sie einen neuen Schlüssel, wenn der Benutzer ihn nicht rechtzeitig gescannt hat.</numerusform>
            <numerusform>QR-Code und Geheimnis wurden nach %n Sekunden gelöscht. Generieren Sie einen neuen Schlüssel, wenn der Benutzer ihn nicht rechtzeitig gescannt hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code and the secret were cleared when you left the page.</source>
        <translation>QR-Code und Geheimnis wurden beim Verlassen der Seite gelöscht.</translation>
    </message>
    <message>
        <source>The QR code and the secret were cleared.</source>
        <translation>QR-Code und Geheimnis wurden gelöscht.</translation>
    </message>
    <message>
        <source>The QR code and the secret stay until you clear them or leave the page.</source>
        <translation>QR-Code und Geheimnis bleiben, bis Sie sie löschen oder die Seite verlassen.</translation>
    </message>
    <message>
        <source>The QR code and the secret clear themselves in %1.</source>
        <translation>QR-Code und Geheimnis werden in %1 automatisch gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Clears in %n minute(s)</source>
        <translation>
            <numerusform>Wird in %n Minute gelöscht</numerusform>
            <numerusform>Wird in %n Minuten gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Geheimnis verbergen</translation>
    </message>
    <message>
        <source>%1 is on the clipboard. It is removed from there when the QR code clears.</source>
        <translation>%1 ist in der Zwischenablage. Es wird dort entfernt, wenn der QR-Code gelöscht wird.</translation>
    </message>
    <message>
        <source>Type the code the user&apos;s app shows now.</source>
        <translation>Geben Sie den Code ein, den die App des Benutzers gerade anzeigt.</translation>
    </message>
    <message>
        <source>✗ Refused: a code has only digits.</source>
        <translation>✗ Abgelehnt: Ein Code besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>✗ Refused: the code has %1 digits, but this key makes %2-digit codes. Check that the user scanned this QR code.</source>
        <translation>✗ Abgelehnt: Der Code hat %1 Ziffern, dieser Schlüssel erzeugt aber %2-stellige Codes. Prüfen Sie, ob der Benutzer diesen QR-Code gescannt hat.</translation>
    </message>
    <message>
        <source>✓ Accepted: the app makes the right codes. The user is set up.</source>
        <translation>✓ Akzeptiert: Die App erzeugt die richtigen Codes. Der Benutzer ist eingerichtet.</translation>
    </message>
    <message>
        <source>✓ Accepted, but the phone&apos;s clock looks about %1 seconds behind. Ask the user to set the date and time automatically, or codes may stop working.</source>
        <translation>✓ Akzeptiert, aber die Uhr des Telefons geht etwa %1 Sekunden nach. Bitten Sie den Benutzer, Datum und Uhrzeit automatisch einstellen zu lassen, sonst funktionieren die Codes womöglich nicht mehr.</translation>
    </message>
    <message>
        <source>✓ Accepted, but the phone&apos;s clock looks about %1 seconds ahead. Ask the user to set the date and time automatically, or codes may stop working.</source>
        <translation>✓ Akzeptiert, aber die Uhr des Telefons geht etwa %1 Sekunden vor. Bitten Sie den Benutzer, Datum und Uhrzeit automatisch einstellen zu lassen, sonst funktionieren die Codes womöglich nicht mehr.</translation>
    </message>
    <message>
        <source>The check was not written to the audit log: %1</source>
        <translation>Die Prüfung wurde nicht ins Überwachungsprotokoll geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Refused: this code belongs to the key, but to %1 earlier: the phone&apos;s clock is about %1 behind. Ask the user to set the date and time automatically, then type a new code.</source>
        <translation>✗ Abgelehnt: Dieser Code gehört zum Schlüssel, aber zu einem Zeitpunkt %1 früher: Die Uhr des Telefons geht etwa %1 nach. Bitten Sie den Benutzer, Datum und Uhrzeit automatisch einstellen zu lassen, und geben Sie dann einen neuen Code ein.</translation>
    </message>
    <message>
        <source>✗ Refused: this code belongs to the key, but to %1 later: the phone&apos;s clock is about %1 ahead. Ask the user to set the date and time automatically, then type a new code.</source>
        <translation>✗ Abgelehnt: Dieser Code gehört zum Schlüssel, aber zu einem Zeitpunkt %1 später: Die Uhr des Telefons geht etwa %1 vor. Bitten Sie den Benutzer, Datum und Uhrzeit automatisch einstellen zu lassen, und geben Sie dann einen neuen Code ein.</translation>
    </message>
    <message>
        <source>✗ Refused: the code does not match this key. Check that the user scanned this QR code (%1, %2) and typed the code shown now.</source>
        <translation>✗ Abgelehnt: Der Code passt nicht zu diesem Schlüssel. Prüfen Sie, ob der Benutzer diesen QR-Code (%1, %2) gescannt und den jetzt angezeigten Code eingegeben hat.</translation>
    </message>
    <message>
        <source>There is no key to save: generate one first.</source>
        <translation>Es gibt keinen Schlüssel zum Speichern: Generieren Sie zuerst einen.</translation>
    </message>
    <message>
        <source>Unknown file format.</source>
        <translation>Unbekanntes Dateiformat.</translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation>QR-Code als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation>QR-Code als SVG speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was saved: the key was cleared while the file dialog was open.</source>
        <translation>Es wurde nichts gespeichert: Der Schlüssel wurde gelöscht, während das Dateidialogfeld geöffnet war.</translation>
    </message>
    <message>
        <source>Saved %1 (readable only by you). It holds the secret: delete it once the user has set up the app.</source>
        <translation>%1 gespeichert (nur für Sie lesbar). Die Datei enthält das Geheimnis: Löschen Sie sie, sobald der Benutzer die App eingerichtet hat.</translation>
    </message>
    <message>
        <source>There is no key to print: generate one first.</source>
        <translation>Es gibt keinen Schlüssel zum Drucken: Generieren Sie zuerst einen.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The page could not be printed.</source>
        <translation>Die Seite konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Authenticator setup for %1</source>
        <translation>Authenticator-Einrichtung für %1</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Handzettel drucken</translation>
    </message>
    <message>
        <source>Nothing was printed: the key was cleared while the print dialog was open.</source>
        <translation>Es wurde nichts gedruckt: Der Schlüssel wurde gelöscht, während das Druckdialogfeld geöffnet war.</translation>
    </message>
    <message>
        <source>The handout for %1 was sent to the printer. Hand it over in person and have it shredded after setup.</source>
        <translation>Der Handzettel für %1 wurde an den Drucker gesendet. Übergeben Sie ihn persönlich, und lassen Sie ihn nach der Einrichtung vernichten.</translation>
    </message>
    <message>
        <source>The secret is hidden: reveal it first, or use Copy secret.</source>
        <translation>Das Geheimnis ist verborgen: Blenden Sie es zuerst ein, oder verwenden Sie &quot;Geheimnis kopieren&quot;.</translation>
    </message>
    <message>
        <source>No user matches “%1”, so no key was made.</source>
        <translation>Kein Benutzer entspricht „%1“, daher wurde kein Schlüssel erstellt.</translation>
    </message>
    <message>
        <source>Entra ID</source>
        <translation>Entra ID</translation>
    </message>
    <message>
        <source>Register in Entra ID</source>
        <translation>In Entra ID registrieren</translation>
    </message>
    <message>
        <source>Also register this token in Entra ID (&amp;beta API)</source>
        <translation>Dieses Token auch in Entra ID registrieren (Beta-AP&amp;I)</translation>
    </message>
    <message>
        <source>Also register this token in Entra ID (beta API)</source>
        <translation>Dieses Token auch in Entra ID registrieren (Beta-API)</translation>
    </message>
    <message>
        <source>Registers the key as a programmable hardware OATH token assigned to the user, so they can sign in with their app&apos;s codes once it is activated.</source>
        <translation>Registriert den Schlüssel als programmierbares Hardware-OATH-Token, das dem Benutzer zugewiesen wird, sodass er sich nach der Aktivierung mit den Codes seiner App anmelden kann.</translation>
    </message>
    <message>
        <source>Uses Microsoft Graph beta hardware OATH APIs; the secret is sent once over TLS and not kept. Microsoft does not document registering an app&apos;s key as a programmable token as supported: treat it as a preview.</source>
        <translation>Verwendet die Hardware-OATH-APIs der Microsoft Graph-Betaversion; das Geheimnis wird einmal über TLS gesendet und nicht aufbewahrt. Microsoft dokumentiert das Registrieren des Schlüssels einer App als programmierbares Token nicht als unterstützt: Betrachten Sie es als Vorschau.</translation>
    </message>
    <message>
        <source>Code fro&amp;m the app:</source>
        <translation>Cod&amp;e aus der App:</translation>
    </message>
    <message>
        <source>Code for activating the token in Entra ID</source>
        <translation>Code zum Aktivieren des Tokens in Entra ID</translation>
    </message>
    <message>
        <source>The code the user&apos;s authenticator app shows now. Press Enter or Activate to activate the token.</source>
        <translation>Der Code, den die Authenticator-App des Benutzers gerade anzeigt. Drücken Sie die EINGABETASTE oder &quot;Aktivieren&quot;, um das Token zu aktivieren.</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Activate the token in Entra ID</source>
        <translation>Token in Entra ID aktivieren</translation>
    </message>
    <message>
        <source>Signing in to the tenant before registering the token…</source>
        <translation>Anmeldung beim Mandanten vor dem Registrieren des Tokens…</translation>
    </message>
    <message>
        <source>✗ Not registered in Entra ID: the sign-in failed: %1</source>
        <translation>✗ Nicht in Entra ID registriert: Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>✗ Not registered in Entra ID: the key was cleared before the sign-in finished. Generate a new one.</source>
        <translation>✗ Nicht in Entra ID registriert: Der Schlüssel wurde gelöscht, bevor die Anmeldung abgeschlossen war. Generieren Sie einen neuen.</translation>
    </message>
    <message>
        <source>%1 (authenticator app)</source>
        <translation>%1 (Authenticator-App)</translation>
    </message>
    <message>
        <source>Token %1 is registered in Entra ID and assigned to the user (device %2). Once the user has scanned the code, type the code their app shows now and press Activate.</source>
        <translation>Token %1 ist in Entra ID registriert und dem Benutzer zugewiesen (Gerät %2). Sobald der Benutzer den Code gescannt hat, geben Sie den Code ein, den seine App gerade anzeigt, und klicken Sie auf &quot;Aktivieren&quot;.</translation>
    </message>
    <message>
        <source>✓ Activated in Entra ID: the user can now sign in with the codes from this app.</source>
        <translation>✓ In Entra ID aktiviert: Der Benutzer kann sich jetzt mit den Codes aus dieser App anmelden.</translation>
    </message>
    <message>
        <source>To try again, clear the tick and set it again, or generate a new key.</source>
        <translation>Um es erneut zu versuchen, deaktivieren Sie das Kontrollkästchen und aktivieren es wieder, oder generieren Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Registering token %1 in Entra ID…</source>
        <translation>Token %1 wird in Entra ID registriert…</translation>
    </message>
    <message>
        <source>Activating the token in Entra ID…</source>
        <translation>Token wird in Entra ID aktiviert…</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::BladePage</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>Die Änderungen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The password reset policy has unsaved changes.</source>
        <translation>Die Richtlinie zur Kennwortzurücksetzung hat nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>They cannot be saved as they are: %1</source>
        <translation>Sie können so nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Vor dem Verlassen speichern?</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ConnectDialog</name>
    <message>
        <source>Connect to a tenant</source>
        <translation>Mit einem Mandanten verbinden</translation>
    </message>
    <message>
        <source>A connected tenant gets a profile of its own: its users, groups and policy are synced into a local store, and your changes are sent to Microsoft Graph. You need an app registration in the tenant with the Graph permissions the console uses.</source>
        <translation>Ein verbundener Mandant erhält ein eigenes Profil: Seine Benutzer, Gruppen und Richtlinien werden in einen lokalen Speicher synchronisiert, und Ihre Änderungen werden an Microsoft Graph gesendet. Sie benötigen im Mandanten eine App-Registrierung mit den Graph-Berechtigungen, die die Konsole verwendet.</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (global)</source>
        <translation>Microsoft Entra ID (global)</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>US-Regierung (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>US-Regierung (DoD)</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (betrieben von 21Vianet)</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the directory (tenant) id</source>
        <translation>contoso.onmicrosoft.com oder die Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation>Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Application (&amp;client) id:</source>
        <translation>Anwendungs-ID (&amp;Client-ID):</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Browser: sign in as yourself in the system browser</source>
        <translation>&amp;Browser: Mit Ihrem eigenen Konto im Systembrowser anmelden</translation>
    </message>
    <message>
        <source>&amp;Device code: sign in as yourself on any device with a code</source>
        <translation>Ge&amp;rätecode: Mit Ihrem eigenen Konto auf einem beliebigen Gerät mit einem Code anmelden</translation>
    </message>
    <message>
        <source>Application with a client &amp;secret (no user)</source>
        <translation>Anwendung mit geheimem Client&amp;schlüssel (kein Benutzer)</translation>
    </message>
    <message>
        <source>Application with a c&amp;ertificate (no user)</source>
        <translation>Anwendung mit &amp;Zertifikat (kein Benutzer)</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>Zertifikat&amp;datei:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <source>PKCS#12 (.pfx) or PEM with the private key</source>
        <translation>PKCS#12 (.pfx) oder PEM mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pfx *.p12 *.pem);;All files (*)</source>
        <translation>Zertifikate (*.pfx *.p12 *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Secrets and sign-in tokens are kept only in your system keychain.</source>
        <translation>Geheimnisse und Anmeldetoken werden nur im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Use other endpoints (testing)</source>
        <translation>Andere Endpunkte verwenden (Tests)</translation>
    </message>
    <message>
        <source>Sign-in authority URL</source>
        <translation>URL der Anmeldeautorität</translation>
    </message>
    <message>
        <source>Graph URL</source>
        <translation>Graph-URL</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>Anmelde&amp;autorität:</translation>
    </message>
    <message>
        <source>&amp;Graph:</source>
        <translation>&amp;Graph:</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation>Zertifikat&amp;kennwort:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>G&amp;eheimer Clientschlüssel:</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Enter the tenant and the application (client) id of your app registration.</source>
        <translation>Geben Sie den Mandanten und die Anwendungs-ID (Client-ID) Ihrer App-Registrierung ein.</translation>
    </message>
    <message>
        <source>The endpoint addresses must be complete web addresses such as https://graph.microsoft.com.</source>
        <translation>Die Endpunktadressen müssen vollständige Webadressen wie https://graph.microsoft.com sein.</translation>
    </message>
    <message>
        <source>Enter the client secret (its value, not its id).</source>
        <translation>Geben Sie den geheimen Clientschlüssel ein (seinen Wert, nicht seine ID).</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Ein Profil namens &quot;%1&quot; ist bereits vorhanden: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Signing in as the application…</source>
        <translation>Anmeldung als Anwendung…</translation>
    </message>
    <message>
        <source>Signing in… finish the sign-in where it asks you to.</source>
        <translation>Anmeldung… Schließen Sie die Anmeldung dort ab, wo Sie dazu aufgefordert werden.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::CreateGroupDialog</name>
    <message>
        <source>New security group</source>
        <translation>Neue Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>e.g. Password Self Reset</source>
        <translation>z. B. Password Self Reset</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>Gruppen&amp;name:</translation>
    </message>
    <message>
        <source>Group description</source>
        <translation>Gruppenbeschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Mail nickname</source>
        <translation>E-Mail-Spitzname</translation>
    </message>
    <message>
        <source>&amp;Mail nickname:</source>
        <translation>E-&amp;Mail-Spitzname:</translation>
    </message>
    <message>
        <source>A security group: members can be given access and scoped for password reset. The mail nickname is required and unique; it cannot contain spaces or any of @ ( ) \ [ ] &quot; ; : . &lt; &gt; ,</source>
        <translation>Eine Sicherheitsgruppe: Mitgliedern kann Zugriff gewährt werden, und die Kennwortzurücksetzung kann auf sie beschränkt werden. Der E-Mail-Spitzname ist erforderlich und eindeutig; er darf keine Leerzeichen und keines der Zeichen @ ( ) \ [ ] &quot; ; : . &lt; &gt; , enthalten.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>A description can be at most %1 characters long.</source>
        <translation>Eine Beschreibung darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::CustomizationPage</name>
    <message>
        <source>Customization</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Without a custom link, ǌontact your administrator” mails the password, user or global administrators (at most 100 recipients).</source>
        <translation>Ohne benutzerdefinierten Link sendet „Wenden Sie sich an Ihren Administrator“ eine E-Mail an die Kennwort-, Benutzer- oder globalen Administratoren (höchstens 100 Empfänger).</translation>
    </message>
    <message>
        <source>Customize helpdesk link</source>
        <translation>Helpdesklink anpassen</translation>
    </message>
    <message>
        <source>Customize &amp;helpdesk link?</source>
        <translation>&amp;Helpdesklink anpassen?</translation>
    </message>
    <message>
        <source>Custom helpdesk email or URL</source>
        <translation>Benutzerdefinierte Helpdesk-E-Mail oder -URL</translation>
    </message>
    <message>
        <source>e.g. helpdesk@example.com or https://help.example.com/password</source>
        <translation>z. B. helpdesk@example.com oder https://help.example.com/password</translation>
    </message>
    <message>
        <source>Custom helpdesk &amp;email or URL</source>
        <translation>Benutzerdefinierte Helpdesk-&amp;E-Mail oder -URL</translation>
    </message>
    <message>
        <source>Use a mailbox or page that does not itself depend on this tenant: the people who need it cannot sign in.</source>
        <translation>Verwenden Sie ein Postfach oder eine Seite, die nicht selbst von diesem Mandanten abhängt: Die Personen, die sie brauchen, können sich nicht anmelden.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::DeviceCodeDialog</name>
    <message>
        <source>Sign in with a code</source>
        <translation>Mit einem Code anmelden</translation>
    </message>
    <message>
        <source>On any device with a browser, open the page below, enter the code, and sign in with an account that may manage authentication methods in this tenant.</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät mit Browser die unten stehende Seite, geben Sie den Code ein, und melden Sie sich mit einem Konto an, das Authentifizierungsmethoden in diesem Mandanten verwalten darf.</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Einzugebender Code</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>Anmeldeseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Code copied. Waiting for you to finish signing in…</source>
        <translation>Code kopiert. Es wird gewartet, bis Sie die Anmeldung abschließen…</translation>
    </message>
    <message>
        <source>Time left to enter the code</source>
        <translation>Verbleibende Zeit zum Eingeben des Codes</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in…</source>
        <translation>Es wird gewartet, bis Sie die Anmeldung abschließen…</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <source>The code has expired. Close this window and start the sign-in again.</source>
        <translation>Der Code ist abgelaufen. Schließen Sie dieses Fenster, und starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::FieldNote</name>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupListModel</name>
    <message numerus="yes">
        <source>%Ln direct member(s); select the group to count those of nested groups too</source>
        <translation>
            <numerusform>%Ln direktes Mitglied; wählen Sie die Gruppe aus, um auch die Mitglieder geschachtelter Gruppen zu zählen</numerusform>
            <numerusform>%Ln direkte Mitglieder; wählen Sie die Gruppe aus, um auch die Mitglieder geschachtelter Gruppen zu zählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln direct member(s)</source>
        <translation>
            <numerusform>%1, %Ln direktes Mitglied</numerusform>
            <numerusform>%1, %Ln direkte Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Direct members</source>
        <translation>Direkte Mitglieder</translation>
    </message>
    <message>
        <source>Mail nickname</source>
        <translation>E-Mail-Spitzname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupMemberModel</name>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Through a nested group</source>
        <translation>Über eine geschachtelte Gruppe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Benutzerprinzipalname</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupPickerDialog</name>
    <message>
        <source>Select group</source>
        <translation>Gruppe auswählen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <source>Group name or mail nickname</source>
        <translation>Gruppenname oder E-Mail-Spitzname</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Direct members</source>
        <translation>Direkte Mitglieder</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <source>Create a new security group</source>
        <translation>Neue Sicherheitsgruppe erstellen</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translation>Aus&amp;wählen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This tenant has no groups yet. Create one with New group.</source>
        <translation>Dieser Mandant hat noch keine Gruppen. Erstellen Sie eine mit &quot;Neue Gruppe&quot;.</translation>
    </message>
    <message>
        <source>No group matches “%1”.</source>
        <translation>Keine Gruppe entspricht „%1“.</translation>
    </message>
    <message>
        <source>The first %1 groups are shown; type more to narrow the list.</source>
        <translation>Die ersten %1 Gruppen werden angezeigt; geben Sie mehr ein, um die Liste einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupSheetsDialog</name>
    <message>
        <source>Authenticator sheets for a group</source>
        <translation>Authenticator-Handzettel für eine Gruppe</translation>
    </message>
    <message>
        <source>Every member of the group, nested groups included, gets a new authenticator key: a PDF with one page per user to hand out, and the CSV to upload in the Entra admin center (Protection &gt; Authentication methods &gt; OATH tokens). Guest accounts are left out.</source>
        <translation>Jedes Mitglied der Gruppe, einschließlich geschachtelter Gruppen, erhält einen neuen Authenticator-Schlüssel: ein PDF mit einer Seite pro Benutzer zum Aushändigen und die CSV zum Hochladen im Microsoft Entra Admin Center (Schutz &gt; Authentifizierungsmethoden &gt; OATH-Token). Gastkonten werden ausgelassen.</translation>
    </message>
    <message>
        <source>Find group</source>
        <translation>Gruppe suchen</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>Matching groups</source>
        <translation>Passende Gruppen</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>30 seconds (default)</source>
        <translation>30 Sekunden (Standard)</translation>
    </message>
    <message>
        <source>60 seconds</source>
        <translation>60 Sekunden</translation>
    </message>
    <message>
        <source>Entra&apos;s OATH token upload takes SHA1 keys with 6 digits, so only the period can change.</source>
        <translation>Der OATH-Token-Upload von Entra akzeptiert SHA1-Schlüssel mit 6 Ziffern, daher kann nur der Zeitraum geändert werden.</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Auswählen: %1</translation>
    </message>
    <message>
        <source>PDF handouts file</source>
        <translation>Datei für PDF-Handzettel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Entra OATH CSV file</source>
        <translation>Entra-OATH-CSV-Datei</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>&amp;PDF handouts:</source>
        <translation>&amp;PDF-Handzettel:</translation>
    </message>
    <message>
        <source>Entra OATH &amp;CSV:</source>
        <translation>Entra-OATH-&amp;CSV:</translation>
    </message>
    <message>
        <source>&amp;Write the key in clear on each sheet</source>
        <translation>Schlüssel im Klartext auf jeden Handzettel &amp;schreiben</translation>
    </message>
    <message>
        <source>Write the key in clear on each sheet</source>
        <translation>Schlüssel im Klartext auf jeden Handzettel schreiben</translation>
    </message>
    <message>
        <source>For users who cannot scan: they type the key instead. Anyone who sees the sheet can then make the codes.</source>
        <translation>Für Benutzer, die nicht scannen können: Sie tippen stattdessen den Schlüssel ein. Wer den Handzettel sieht, kann dann die Codes erzeugen.</translation>
    </message>
    <message>
        <source>The keys exist only in these two files (readable only by you) and in memory; the console records who got which token, never the key. Upload the CSV, then delete it, and hand the sheets out in person.</source>
        <translation>Die Schlüssel existieren nur in diesen beiden Dateien (nur für Sie lesbar) und im Arbeitsspeicher; die Konsole speichert, wer welches Token erhalten hat, aber nie den Schlüssel. Laden Sie die CSV hoch, löschen Sie sie danach, und händigen Sie die Handzettel persönlich aus.</translation>
    </message>
    <message>
        <source>C&amp;reate sheets</source>
        <translation>Handzettel e&amp;rstellen</translation>
    </message>
    <message>
        <source>Create sheets</source>
        <translation>Handzettel erstellen</translation>
    </message>
    <message>
        <source>Save the PDF handouts</source>
        <translation>PDF-Handzettel speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save the Entra OATH CSV</source>
        <translation>Entra-OATH-CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 direct member(s)</source>
        <translation>
            <numerusform>%1 – %2 direktes Mitglied</numerusform>
            <numerusform>%1 – %2 direkte Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a group in the list.</source>
        <translation>Wählen Sie eine Gruppe in der Liste aus.</translation>
    </message>
    <message>
        <source>There are no groups in this store.</source>
        <translation>In diesem Speicher gibt es keine Gruppen.</translation>
    </message>
    <message>
        <source>No group matches “%1”.</source>
        <translation>Keine Gruppe entspricht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n member(s), nested groups included. Guest accounts among them are left out.</source>
        <translation>
            <numerusform>„%1“: %n Mitglied, einschließlich geschachtelter Gruppen. Gastkonten darunter werden ausgelassen.</numerusform>
            <numerusform>„%1“: %n Mitglieder, einschließlich geschachtelter Gruppen. Gastkonten darunter werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>Wählen Sie zuerst eine Gruppe aus.</translation>
    </message>
    <message>
        <source>Enter an issuer: the app shows it above the account.</source>
        <translation>Geben Sie einen Aussteller ein: Die App zeigt ihn über dem Konto an.</translation>
    </message>
    <message>
        <source>Choose where to save both the PDF handouts and the OATH CSV.</source>
        <translation>Wählen Sie aus, wo die PDF-Handzettel und die OATH-CSV gespeichert werden.</translation>
    </message>
    <message>
        <source>The PDF and the CSV must be different files.</source>
        <translation>PDF und CSV müssen verschiedene Dateien sein.</translation>
    </message>
    <message>
        <source>“%1” has no members who can get a token.</source>
        <translation>„%1“ hat keine Mitglieder, die ein Token erhalten können.</translation>
    </message>
    <message>
        <source>Writing the handouts for “%1”…</source>
        <translation>Handzettel für „%1“ werden geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Authenticator sheets</source>
        <translation>Authenticator-Handzettel</translation>
    </message>
    <message>
        <source>Writing page %1 of %2 for “%3”…</source>
        <translation>Seite %1 von %2 für „%3“ wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing the OATH CSV…</source>
        <translation>OATH-CSV wird geschrieben…</translation>
    </message>
    <message>
        <source>The tokens could not be recorded, so no file was kept: %1</source>
        <translation>Die Token konnten nicht aufgezeichnet werden, daher wurde keine Datei behalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Keys issued to %n member(s) of “%1” and recorded. Wrote %2 and %3 (readable only by you).</source>
        <translation>
            <numerusform>Schlüssel für %n Mitglied von „%1“ ausgestellt und aufgezeichnet. %2 und %3 geschrieben (nur für Sie lesbar).</numerusform>
            <numerusform>Schlüssel für %n Mitglieder von „%1“ ausgestellt und aufgezeichnet. %2 und %3 geschrieben (nur für Sie lesbar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest account(s) left out.</source>
        <translation>
            <numerusform>%n Gastkonto ausgelassen.</numerusform>
            <numerusform>%n Gastkonten ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Find a group, see who is in it (members of nested groups included, as password reset counts them), and create security groups such as the one password reset is scoped to.</source>
        <translation>Suchen Sie eine Gruppe, sehen Sie, wer darin ist (einschließlich der Mitglieder geschachtelter Gruppen, wie die Kennwortzurücksetzung sie zählt), und erstellen Sie Sicherheitsgruppen wie die, auf die die Kennwortzurücksetzung beschränkt ist.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <source>Type part of a group&apos;s name or mail nickname. Press Down to move to the groups.</source>
        <translation>Geben Sie einen Teil des Namens oder E-Mail-Spitznamens einer Gruppe ein. Mit der NACH-UNTEN-TASTE gelangen Sie zu den Gruppen.</translation>
    </message>
    <message>
        <source>Group name or mail nickname</source>
        <translation>Gruppenname oder E-Mail-Spitzname</translation>
    </message>
    <message>
        <source>&amp;New security group…</source>
        <translation>&amp;Neue Sicherheitsgruppe…</translation>
    </message>
    <message>
        <source>New security group</source>
        <translation>Neue Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>Create a security group (Ctrl+N)</source>
        <translation>Sicherheitsgruppe erstellen (STRG+N)</translation>
    </message>
    <message>
        <source>New security group…</source>
        <translation>Neue Sicherheitsgruppe…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Gruppen werden geladen…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This tenant has no groups yet. Create one with New security group… (Ctrl+N).</source>
        <translation>Dieser Mandant hat noch keine Gruppen. Erstellen Sie eine mit &quot;Neue Sicherheitsgruppe…&quot; (STRG+N).</translation>
    </message>
    <message>
        <source>No groups match %1.
Search looks for the text anywhere in a group&apos;s name or mail nickname.</source>
        <translation>Keine Gruppen entsprechen %1.
Die Suche findet den Text an beliebiger Stelle im Namen oder E-Mail-Spitznamen einer Gruppe.</translation>
    </message>
    <message>
        <source>The first %1 groups are shown; type more to narrow the list.</source>
        <translation>Die ersten %1 Gruppen werden angezeigt; geben Sie mehr ein, um die Liste einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>No group selected.</source>
        <translation>Keine Gruppe ausgewählt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln direct member(s)</source>
        <translation>
            <numerusform>%Ln direktes Mitglied</numerusform>
            <numerusform>%Ln direkte Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>members of nested groups could not be counted: %1</source>
        <translation>Mitglieder geschachtelter Gruppen konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>counting members of nested groups…</source>
        <translation>Mitglieder geschachtelter Gruppen werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) with nested groups</source>
        <translation>
            <numerusform>%Ln Mitglied mit geschachtelten Gruppen</numerusform>
            <numerusform>%Ln Mitglieder mit geschachtelten Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its members.</source>
        <translation>Wählen Sie eine Gruppe aus, um ihre Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <source>This group has no members, directly or through nested groups.</source>
        <translation>Diese Gruppe hat keine Mitglieder, weder direkt noch über geschachtelte Gruppen.</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>Die Mitglieder konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ImportPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Set phone numbers or the authentication email for many users at once, from a CSV file or rows copied from a spreadsheet. Every row is checked before anything changes, and the result of each row is reported.</source>
        <translation>Legen Sie Telefonnummern oder die Authentifizierungs-E-Mail für viele Benutzer auf einmal fest, aus einer CSV-Datei oder aus einer Tabelle kopierten Zeilen. Jede Zeile wird geprüft, bevor sich etwas ändert, und das Ergebnis jeder Zeile wird gemeldet.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the interrupted import</source>
        <translation>Unterbrochenen Import fortsetzen</translation>
    </message>
    <message>
        <source>Cancel &amp;it</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the interrupted import; rows not yet applied stay unapplied</source>
        <translation>Unterbrochenen Import abbrechen; noch nicht angewendete Zeilen bleiben unangewendet</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>Phone numbers (mobile, office, alternate mobile)</source>
        <translation>Telefonnummern (Mobiltelefon, Bürotelefon, alternatives Mobiltelefon)</translation>
    </message>
    <message>
        <source>Email addresses (the authentication email method)</source>
        <translation>E-Mail-Adressen (die Authentifizierungsmethode E-Mail)</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Importieren:</translation>
    </message>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation>CSV-Datei aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a CSV file to import</source>
        <translation>Zu importierende CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>Or &amp;paste rows copied from a spreadsheet (user, then value):</source>
        <translation>Oder aus einer Tabelle kopierte Zeilen ein&amp;fügen (Benutzer, dann Wert):</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>Eingefügte Zeilen</translation>
    </message>
    <message>
        <source>adele.vance@contoso.com	+1 425 555 0100
alex.wilber@contoso.com	+44 20 7946 0018</source>
        <translation>adele.vance@contoso.com	+1 425 555 0100
alex.wilber@contoso.com	+44 20 7946 0018</translation>
    </message>
    <message>
        <source>&amp;Use pasted rows</source>
        <translation>Eingefügte Zeilen &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the pasted rows</source>
        <translation>Eingefügte Zeilen verwenden</translation>
    </message>
    <message>
        <source>The file needs a column with each user&apos;s user principal name and a column with the value, for example:

    UPN,Mobile,Country
    adele.vance@contoso.com,+1 425 555 0100,
    lynne.robbins@contoso.com,0170 1234567,DE

Headers such as userPrincipalName, Email, Mobile, Phone, Office, Alternate and Country are recognised, in UTF-8 or UTF-16 files separated by commas, semicolons or tabs; the next step shows what was found and lets you change it. Nothing changes before you apply.</source>
        <translation>Die Datei benötigt eine Spalte mit dem Benutzerprinzipalnamen jedes Benutzers und eine Spalte mit dem Wert, zum Beispiel:

    UPN,Mobile,Country
    adele.vance@contoso.com,+1 425 555 0100,
    lynne.robbins@contoso.com,0170 1234567,DE

Überschriften wie userPrincipalName, Email, Mobile, Phone, Office, Alternate und Country werden erkannt, in UTF-8- oder UTF-16-Dateien, getrennt durch Kommas, Semikolons oder Tabulatoren; der nächste Schritt zeigt, was gefunden wurde, und lässt Sie es ändern. Bis zum Anwenden ändert sich nichts.</translation>
    </message>
    <message>
        <source>Not applied: the import was cancelled.</source>
        <translation>Nicht angewendet: Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>The first row holds column &amp;names</source>
        <translation>Die erste Zeile enthält Spalten&amp;namen</translation>
    </message>
    <message>
        <source>&amp;User (user principal name):</source>
        <translation>&amp;Benutzer (Benutzerprinzipalname):</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobiltelefon:</translation>
    </message>
    <message>
        <source>&amp;Alternate mobile phone:</source>
        <translation>&amp;Alternatives Mobiltelefon:</translation>
    </message>
    <message>
        <source>&amp;Office phone:</source>
        <translation>Büro&amp;telefon:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Coun&amp;try (optional):</source>
        <translation>&amp;Land (optional):</translation>
    </message>
    <message>
        <source>Column for the %1</source>
        <translation>Spalte für %1</translation>
    </message>
    <message>
        <source>Phone type to import the numbers as</source>
        <translation>Telefontyp, als der die Nummern importiert werden</translation>
    </message>
    <message>
        <source>Each phone column as its own type</source>
        <translation>Jede Telefonspalte als eigener Typ</translation>
    </message>
    <message>
        <source>All as %1</source>
        <translation>Alle als %1</translation>
    </message>
    <message>
        <source>Phone &amp;type:</source>
        <translation>Telefon&amp;typ:</translation>
    </message>
    <message>
        <source>Country for numbers without a country code</source>
        <translation>Land für Nummern ohne Landesvorwahl</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Numbers without a country code: &amp;read in</source>
        <translation>Nummern ohne Landesvorwahl: lesen a&amp;ls</translation>
    </message>
    <message>
        <source>Used when the row has no country and the user has no usage location.</source>
        <translation>Wird verwendet, wenn die Zeile kein Land und der Benutzer keinen Verwendungsort hat.</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>Zeilen werden geprüft</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <source>C&amp;heck rows</source>
        <translation>Zeilen &amp;prüfen</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Jede Zeile prüfen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Find rows by user, value or message</source>
        <translation>Zeilen nach Benutzer, Wert oder Meldung suchen</translation>
    </message>
    <message>
        <source>User, value or message</source>
        <translation>Benutzer, Wert oder Meldung</translation>
    </message>
    <message>
        <source>Users who already have a &amp;value:</source>
        <translation>Benutzer, die bereits einen &amp;Wert haben:</translation>
    </message>
    <message>
        <source>What to do for users who already have a different value</source>
        <translation>Was bei Benutzern geschieht, die bereits einen anderen Wert haben</translation>
    </message>
    <message>
        <source>Keep their value</source>
        <translation>Ihren Wert beibehalten</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Ask for each row</source>
        <translation>Für jede Zeile fragen</translation>
    </message>
    <message>
        <source>Also import &amp;numbers that other accounts have</source>
        <translation>Auch &amp;Nummern importieren, die andere Konten haben</translation>
    </message>
    <message>
        <source>Whoever answers a shared phone can reset every account it is registered on.</source>
        <translation>Wer ein gemeinsam genutztes Telefon annimmt, kann jedes Konto zurücksetzen, für das es registriert ist.</translation>
    </message>
    <message>
        <source>Replace &amp;all undecided</source>
        <translation>&amp;Alle offenen ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep all undecided</source>
        <translation>Alle offenen &amp;beibehalten</translation>
    </message>
    <message>
        <source>Checked rows</source>
        <translation>Geprüfte Zeilen</translation>
    </message>
    <message>
        <source>Save check &amp;report…</source>
        <translation>Prüf&amp;bericht speichern…</translation>
    </message>
    <message>
        <source>Save the check of every row as a CSV report (dry run)</source>
        <translation>Die Prüfung jeder Zeile als CSV-Bericht speichern (Testlauf)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Each batch of rows is saved with its result, so an import that is paused, or stopped by closing the console, continues where it stopped: nothing is applied twice.</source>
        <translation>Jeder Zeilenstapel wird mit seinem Ergebnis gespeichert, sodass ein angehaltener oder durch Schließen der Konsole beendeter Import dort fortsetzt, wo er aufgehört hat: Nichts wird doppelt angewendet.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Pause or resume the import</source>
        <translation>Import anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the import; rows already applied stay applied</source>
        <translation>Import abbrechen; bereits angewendete Zeilen bleiben angewendet</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Nicht importierte Zeilen</translation>
    </message>
    <message>
        <source>Every row was imported, or needed no change.</source>
        <translation>Jede Zeile wurde importiert oder benötigte keine Änderung.</translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation>&amp;Neuer Import</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the result of every row as a CSV report</source>
        <translation>Das Ergebnis jeder Zeile als CSV-Bericht speichern</translation>
    </message>
    <message>
        <source>Import #%1 of %2 (started %3) did not finish: %4 of %5 rows are done. Resume it to apply the rest; rows already applied are not applied again.</source>
        <translation>Import #%1 von %2 (begonnen %3) wurde nicht abgeschlossen: %4 von %5 Zeilen sind erledigt. Setzen Sie ihn fort, um den Rest anzuwenden; bereits angewendete Zeilen werden nicht erneut angewendet.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation>Die Zeilen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>All rows · %1</source>
        <translation>Alle Zeilen · %1</translation>
    </message>
    <message>
        <source>Show all %1 rows</source>
        <translation>Alle %1 Zeilen anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n row(s) of class %1</source>
        <translation>
            <numerusform>Die %n Zeile der Klasse %1 anzeigen</numerusform>
            <numerusform>Die %n Zeilen der Klasse %1 anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also import the %n number(s) that other accounts have</source>
        <translation>
            <numerusform>Auch die %n Nummer importieren, die andere Konten haben</numerusform>
            <numerusform>Auch die %n Nummern importieren, die andere Konten haben</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows of this kind.</source>
        <translation>Keine Zeilen dieser Art.</translation>
    </message>
    <message>
        <source>No rows match “%1”.</source>
        <translation>Keine Zeilen entsprechen „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be applied.</source>
        <translation>
            <numerusform>%n Änderung wird angewendet.</numerusform>
            <numerusform>%n Änderungen werden angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be applied as it stands.</source>
        <translation>Keine Zeile kann in diesem Zustand angewendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported (the checks in red say why).</source>
        <translation>
            <numerusform>%n Zeile wird nicht importiert (die roten Prüfungen nennen den Grund).</numerusform>
            <numerusform>%n Zeilen werden nicht importiert (die roten Prüfungen nennen den Grund).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide for %n user(s) who already have a value: tick Replace, or use the buttons.</source>
        <translation>
            <numerusform>Entscheiden Sie für %n Benutzer, der bereits einen Wert hat: Aktivieren Sie &quot;Ersetzen&quot;, oder verwenden Sie die Schaltflächen.</numerusform>
            <numerusform>Entscheiden Sie für %n Benutzer, die bereits einen Wert haben: Aktivieren Sie &quot;Ersetzen&quot;, oder verwenden Sie die Schaltflächen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply %1 changes</source>
        <translation>%1 Änderungen &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>The check report was saved to %1.</source>
        <translation>Der Prüfbericht wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save the check report</source>
        <translation>Prüfbericht speichern</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>Der Import konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Import #%1 of %2</source>
        <translation>Import #%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>estimating the time left…</source>
        <translation>verbleibende Zeit wird geschätzt…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>The import stopped: %1. Nothing of the last batch was applied; Resume tries again from there.</source>
        <translation>Der Import wurde angehalten: %1. Vom letzten Stapel wurde nichts angewendet; &quot;Fortsetzen&quot; versucht es von dort erneut.</translation>
    </message>
    <message>
        <source>Import #%1 of %2 was cancelled.</source>
        <translation>Import #%1 von %2 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Import #%1 of %2 is complete.</source>
        <translation>Import #%1 von %2 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>Ergebnis: %1.</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Der Bericht wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) to import, %2 columns, %3.</source>
        <translation>
            <numerusform>%1: %n zu importierende Zeile, %2 Spalten, %3.</numerusform>
            <numerusform>%1: %n zu importierende Zeilen, %2 Spalten, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applied, %2 not imported or unchanged</source>
        <translation>%1 angewendet, %2 nicht importiert oder unverändert</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Nicht importiert: %1.</translation>
    </message>
    <message>
        <source>The rows below were not imported; Save report writes every row with its outcome.</source>
        <translation>Die folgenden Zeilen wurden nicht importiert; &quot;Bericht speichern&quot; schreibt jede Zeile mit ihrem Ergebnis.</translation>
    </message>
    <message>
        <source>&amp;Next: columns of %1</source>
        <translation>Wei&amp;ter: Spalten von %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ImportPlanModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>In the file: %1
Saved as: %2</source>
        <translation>In der Datei: %1
Gespeichert als: %2</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Replaces %1.</source>
        <translation>Ersetzt %1.</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Registered now</source>
        <translation>Derzeit registriert</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tick to replace the registered value, leave unticked to keep it.</source>
        <translation>Aktivieren, um den registrierten Wert zu ersetzen; deaktiviert lassen, um ihn beizubehalten.</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Adds the %1 %2.</source>
        <translation>Fügt %1 %2 hinzu.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ImportResultModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::MainWindow</name>
    <message>
        <source>SSPR Console — %1</source>
        <translation>SSPR Console – %1</translation>
    </message>
    <message>
        <source>no tenant</source>
        <translation>kein Mandant</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Customization</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>On-premises integration</source>
        <translation>Lokale Integration</translation>
    </message>
    <message>
        <source>Administrator policy</source>
        <translation>Administratorrichtlinie</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Authenticator QR</source>
        <translation>Authenticator-QR</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Kennwortzurücksetzung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Find user…</source>
        <translation>Benutzer &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SSPR Console</source>
        <translation>&amp;Info über SSPR Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Info über &amp;Qt</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Kein Mandant</translation>
    </message>
    <message>
        <source>Local demo · %1</source>
        <translation>Lokale Demo · %1</translation>
    </message>
    <message>
        <source>Microsoft Graph · %1</source>
        <translation>Microsoft Graph · %1</translation>
    </message>
    <message>
        <source>%1 users · %2 groups · %3</source>
        <translation>%1 Benutzer · %2 Gruppen · %3</translation>
    </message>
    <message>
        <source>The new language takes effect when SSPR Console restarts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von SSPR Console wirksam.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>About SSPR Console</source>
        <translation>Info über SSPR Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SSPR Console %1&lt;/h3&gt;&lt;p&gt;A native console for Microsoft Entra ID self-service password reset.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the SSPR Console authors. Licensed under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SSPR Console %1&lt;/h3&gt;&lt;p&gt;Eine native Konsole für die Self-Service-Kennwortzurücksetzung von Microsoft Entra ID.&lt;/p&gt;&lt;p&gt;Copyright © 2026 die Autoren von SSPR Console. Lizenziert unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0), running on Qt %2&lt;/li&gt;&lt;li&gt;SQLite %3 (public domain)&lt;/li&gt;&lt;li&gt;QtKeychain (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;QR Code generator library by Project Nayuki (MIT)&lt;/li&gt;&lt;li&gt;libphonenumber by Google (Apache-2.0)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0), ausgeführt mit Qt %2&lt;/li&gt;&lt;li&gt;SQLite %3 (gemeinfrei)&lt;/li&gt;&lt;li&gt;QtKeychain (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;QR Code generator library von Project Nayuki (MIT)&lt;/li&gt;&lt;li&gt;libphonenumber von Google (Apache-2.0)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>This profile&apos;s connection settings cannot be read: %1</source>
        <translation>Die Verbindungseinstellungen dieses Profils können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3</source>
        <translation>%1 wird synchronisiert: %2 von %3</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>%1 wird synchronisiert: %2</translation>
    </message>
    <message>
        <source>Synced %1: %2 users and %3 groups changed</source>
        <translation>%1 synchronisiert: %2 Benutzer und %3 Gruppen geändert</translation>
    </message>
    <message>
        <source>Sync cancelled; the next sync continues where it stopped.</source>
        <translation>Synchronisierung abgebrochen; die nächste Synchronisierung setzt dort fort, wo sie angehalten wurde.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sending changes stopped: %1</source>
        <translation>Das Senden der Änderungen wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Finish signing in</source>
        <translation>Anmeldung abschließen</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>Sending changes to the tenant…</source>
        <translation>Änderungen werden an den Mandanten gesendet…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1? The sign-in tokens and secrets of this profile are removed from your keychain; its synced data stays on this computer.</source>
        <translation>Von %1 abmelden? Die Anmeldetoken und Geheimnisse dieses Profils werden aus Ihrem Schlüsselbund entfernt; seine synchronisierten Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Bring the users, groups and policy of this profile up to date with the tenant (F5)</source>
        <translation>Benutzer, Gruppen und Richtlinien dieses Profils mit dem Mandanten abgleichen (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>The old value is staged: review it and Save.</source>
        <translation>Der alte Wert ist vorgemerkt: Prüfen Sie ihn, und klicken Sie auf &quot;Speichern&quot;.</translation>
    </message>
    <message>
        <source>&amp;Connect to a tenant…</source>
        <translation>Mit einem Mandanten &amp;verbinden…</translation>
    </message>
    <message>
        <source>Switch &amp;profile</source>
        <translation>&amp;Profil wechseln</translation>
    </message>
    <message>
        <source>Sync &amp;everything again</source>
        <translation>Alles e&amp;rneut synchronisieren</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>No other profiles</source>
        <translation>Keine weiteren Profile</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is ready. Open it now? Its first sync starts when it opens.</source>
        <translation>Das Profil &quot;%1&quot; ist bereit. Jetzt öffnen? Die erste Synchronisierung beginnt beim Öffnen.</translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation>Befristeter Zugriffspass</translation>
    </message>
    <message>
        <source>The Temporary Access Pass for %1. Give it to the user now: it is shown only this once and the console does not keep it.</source>
        <translation>Der befristete Zugriffspass für %1. Geben Sie ihn jetzt an den Benutzer weiter: Er wird nur dieses eine Mal angezeigt, und die Konsole speichert ihn nicht.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::MethodsPolicyPanel</name>
    <message>
        <source>Migration to the Authentication methods policy is complete. The method checkboxes above are a view of this policy: enable methods and choose their groups here. The number of methods required and the security questions stay in the password reset policy.</source>
        <translation>Die Migration zur Richtlinie für Authentifizierungsmethoden ist abgeschlossen. Die Methodenkontrollkästchen oben sind eine Ansicht dieser Richtlinie: Aktivieren Sie hier Methoden, und wählen Sie ihre Gruppen aus. Die Anzahl der erforderlichen Methoden und die Sicherheitsfragen bleiben in der Richtlinie zur Kennwortzurücksetzung.</translation>
    </message>
    <message>
        <source>Method configurations</source>
        <translation>Methodenkonfigurationen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Kennwortzurücksetzung</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>All &amp;users</source>
        <translation>Alle &amp;Benutzer</translation>
    </message>
    <message>
        <source>Include all users</source>
        <translation>Alle Benutzer einschließen</translation>
    </message>
    <message>
        <source>Select gro&amp;ups</source>
        <translation>Gr&amp;uppen auswählen</translation>
    </message>
    <message>
        <source>Include selected groups</source>
        <translation>Ausgewählte Gruppen einschließen</translation>
    </message>
    <message>
        <source>Included groups</source>
        <translation>Eingeschlossene Gruppen</translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation>&amp;Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Add an included group</source>
        <translation>Eingeschlossene Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the included group</source>
        <translation>Eingeschlossene Gruppe entfernen</translation>
    </message>
    <message>
        <source>Members of these groups cannot use the method.</source>
        <translation>Mitglieder dieser Gruppen können die Methode nicht verwenden.</translation>
    </message>
    <message>
        <source>Excluded groups</source>
        <translation>Ausgeschlossene Gruppen</translation>
    </message>
    <message>
        <source>Add e&amp;xcluded group…</source>
        <translation>Ausgeschlossene Gruppe hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add an excluded group</source>
        <translation>Ausgeschlossene Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the excluded group</source>
        <translation>Ausgeschlossene Gruppe entfernen</translation>
    </message>
    <message>
        <source>Registration campaign</source>
        <translation>Registrierungskampagne</translation>
    </message>
    <message>
        <source>Asks users who can do multifactor authentication to register the Microsoft Authenticator app at sign-in.</source>
        <translation>Fordert Benutzer, die die mehrstufige Authentifizierung verwenden können, bei der Anmeldung auf, die Microsoft Authenticator-App zu registrieren.</translation>
    </message>
    <message>
        <source>Registration campaign state</source>
        <translation>Status der Registrierungskampagne</translation>
    </message>
    <message>
        <source>Microsoft managed</source>
        <translation>Von Microsoft verwaltet</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Days allowed to snooze</source>
        <translation>Tage, die zurückgestellt werden dürfen</translation>
    </message>
    <message>
        <source>Days allowed to s&amp;nooze:</source>
        <translation>Tage, die zurückgestellt werden &amp;dürfen:</translation>
    </message>
    <message>
        <source>&amp;Limited number of snoozes (3, then registration is required)</source>
        <translation>&amp;Begrenzte Anzahl von Zurückstellungen (3, danach ist die Registrierung erforderlich)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Unknown group (%1)</source>
        <translation>Unbekannte Gruppe (%1)</translation>
    </message>
    <message>
        <source>Migration state: %1</source>
        <translation>Migrationsstatus: %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Available (%1)</source>
        <translation>Verfügbar (%1)</translation>
    </message>
    <message>
        <source>Not available (%1)</source>
        <translation>Nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>The password reset method this configuration stands for, and whether it is available to the users in the password reset scope.</source>
        <translation>Die Methode der Kennwortzurücksetzung, für die diese Konfiguration steht, und ob sie den Benutzern im Bereich der Kennwortzurücksetzung zur Verfügung steht.</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Mail sent when a password is reset. Users get it at their primary and alternate email, or their user principal name.</source>
        <translation>E-Mail, die beim Zurücksetzen eines Kennworts gesendet wird. Benutzer erhalten sie an ihre primäre und alternative E-Mail-Adresse oder ihren Benutzerprinzipalnamen.</translation>
    </message>
    <message>
        <source>Notify users on password resets</source>
        <translation>Benutzer bei Kennwortzurücksetzungen benachrichtigen</translation>
    </message>
    <message>
        <source>Notify &amp;users on password resets?</source>
        <translation>&amp;Benutzer bei Kennwortzurücksetzungen benachrichtigen?</translation>
    </message>
    <message>
        <source>Notify all admins when other admins reset their password</source>
        <translation>Alle Administratoren benachrichtigen, wenn andere Administratoren ihr Kennwort zurücksetzen</translation>
    </message>
    <message>
        <source>Notify all &amp;admins when other admins reset their password?</source>
        <translation>Alle &amp;Administratoren benachrichtigen, wenn andere Administratoren ihr Kennwort zurücksetzen?</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::OnPremisesPage</name>
    <message>
        <source>On-premises integration</source>
        <translation>Lokale Integration</translation>
    </message>
    <message>
        <source>For users synchronised from an on-premises Active Directory: write reset passwords back to it, and let users unlock their account.</source>
        <translation>Für Benutzer, die aus einem lokalen Active Directory synchronisiert werden: zurückgesetzte Kennwörter dorthin zurückschreiben, und Benutzern das Entsperren ihres Kontos erlauben.</translation>
    </message>
    <message>
        <source>Writeback health (whether Microsoft Entra Connect or cloud sync is running and reachable) is not available offline: this profile works on a local model.</source>
        <translation>Der Integritätsstatus des Rückschreibens (ob Microsoft Entra Connect oder die Cloudsynchronisierung läuft und erreichbar ist) ist offline nicht verfügbar: Dieses Profil arbeitet mit einem lokalen Modell.</translation>
    </message>
    <message>
        <source>Write back passwords to your on-premises directory</source>
        <translation>Kennwörter in Ihr lokales Verzeichnis zurückschreiben</translation>
    </message>
    <message>
        <source>&amp;Write back passwords to your on-premises directory?</source>
        <translation>Kennwörter in Ihr lokales Verzeichnis &amp;zurückschreiben?</translation>
    </message>
    <message>
        <source>When No, federated, pass-through and password hash synchronised users cannot reset.</source>
        <translation>Bei &quot;Nein&quot; können Benutzer mit Verbund, Passthrough-Authentifizierung oder Kennworthashsynchronisierung nicht zurücksetzen.</translation>
    </message>
    <message>
        <source>Write back passwords with Microsoft Entra Connect cloud sync</source>
        <translation>Kennwörter mit der Microsoft Entra Connect-Cloudsynchronisierung zurückschreiben</translation>
    </message>
    <message>
        <source>Write back passwords with Microsoft Entra Connect &amp;cloud sync?</source>
        <translation>Kennwörter mit Microsoft Entra Connect-&amp;Cloudsynchronisierung zurückschreiben?</translation>
    </message>
    <message>
        <source>Allow users to unlock accounts without resetting their password</source>
        <translation>Benutzern das Entsperren von Konten ohne Zurücksetzen des Kennworts erlauben</translation>
    </message>
    <message>
        <source>Allow users to &amp;unlock accounts without resetting their password?</source>
        <translation>Benutzern das &amp;Entsperren von Konten ohne Zurücksetzen des Kennworts erlauben?</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Senden</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::OutboxPage</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Telefontyp</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Value before the change</source>
        <translation>Wert vor der Änderung</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Value in the tenant now</source>
        <translation>Aktueller Wert im Mandanten</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>Mail nickname</source>
        <translation>E-Mail-Spitzname</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Changes made in this profile are saved here first and then sent to Microsoft Graph. Nothing is lost if the network or the console stops: sending resumes where it stopped, and a change that was already applied is not applied twice.</source>
        <translation>In diesem Profil vorgenommene Änderungen werden zuerst hier gespeichert und dann an Microsoft Graph gesendet. Nichts geht verloren, wenn das Netzwerk oder die Konsole ausfällt: Das Senden wird dort fortgesetzt, wo es angehalten wurde, und eine bereits angewendete Änderung wird nicht doppelt angewendet.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Which changes to show</source>
        <translation>Welche Änderungen angezeigt werden</translation>
    </message>
    <message>
        <source>Everything not done</source>
        <translation>Alles nicht Erledigte</translation>
    </message>
    <message>
        <source>Needs attention (failed, conflicts)</source>
        <translation>Erfordert Aufmerksamkeit (fehlgeschlagen, Konflikte)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Senden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Se&amp;nd now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>Retry all &amp;failed</source>
        <translation>Alle &amp;fehlgeschlagenen wiederholen</translation>
    </message>
    <message>
        <source>The selected change</source>
        <translation>Die ausgewählte Änderung</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Send the change again. For a conflict this overwrites the tenant&apos;s value.</source>
        <translation>Die Änderung erneut senden. Bei einem Konflikt wird dadurch der Wert des Mandanten überschrieben.</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Drop the change and put this profile back to the tenant&apos;s value.</source>
        <translation>Die Änderung verwerfen und dieses Profil auf den Wert des Mandanten zurücksetzen.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Der Postausgang konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in Konflikt</numerusform>
            <numerusform>%n in Konflikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes yet. Changes you make in this profile (phone numbers, emails, policy, groups) are listed here until the tenant has them.</source>
        <translation>Noch keine Änderungen. Änderungen, die Sie in diesem Profil vornehmen (Telefonnummern, E-Mail-Adressen, Richtlinien, Gruppen), werden hier aufgeführt, bis der Mandant sie übernommen hat.</translation>
    </message>
    <message>
        <source>Nothing to show here. Choose &quot;All&quot; to see every change.</source>
        <translation>Hier gibt es nichts anzuzeigen. Wählen Sie &quot;Alle&quot;, um jede Änderung zu sehen.</translation>
    </message>
    <message>
        <source>Select a change to see its details.</source>
        <translation>Wählen Sie eine Änderung aus, um ihre Details anzuzeigen.</translation>
    </message>
    <message>
        <source>The tenant changed after this change was made. Retry overwrites the tenant&apos;s value with this one; Discard keeps the tenant&apos;s value.</source>
        <translation>Der Mandant hat sich geändert, nachdem diese Änderung vorgenommen wurde. &quot;Wiederholen&quot; überschreibt den Wert des Mandanten mit diesem; &quot;Verwerfen&quot; behält den Wert des Mandanten bei.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>The change could not be queued again: %1</source>
        <translation>Die Änderung konnte nicht erneut eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Discard the change?</source>
        <translation>Änderung verwerfen?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will not be sent, and this profile goes back to the tenant&apos;s value. This cannot be undone.</source>
        <translation>&quot;%1&quot; wird nicht gesendet, und dieses Profil kehrt zum Wert des Mandanten zurück. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The change could not be discarded: %1</source>
        <translation>Die Änderung konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>The changes could not be queued again: %1</source>
        <translation>Die Änderungen konnten nicht erneut eingereiht werden: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::PlaceholderPage</name>
    <message>
        <source>This page is not available in this version yet.</source>
        <translation>Diese Seite ist in dieser Version noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::PredefinedQuestionsDialog</name>
    <message>
        <source>Add predefined questions</source>
        <translation>Vordefinierte Fragen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Predefined questions (shown to users in their language):</source>
        <translation>&amp;Vordefinierte Fragen (werden Benutzern in ihrer Sprache angezeigt):</translation>
    </message>
    <message>
        <source>Predefined questions</source>
        <translation>Vordefinierte Fragen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Every predefined question is in the pool already.</source>
        <translation>Jede vordefinierte Frage ist bereits im Pool.</translation>
    </message>
    <message numerus="yes">
        <source>The pool has room for %n more question(s); untick some.</source>
        <translation>
            <numerusform>Im Pool ist noch Platz für %n weitere Frage; entfernen Sie einige Häkchen.</numerusform>
            <numerusform>Im Pool ist noch Platz für %n weitere Fragen; entfernen Sie einige Häkchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ticked; room for %2 more in the pool of at most 20.</source>
        <translation>%1 ausgewählt; Platz für %2 weitere im Pool von höchstens 20.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::PropertiesPage</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Choose who can reset their own password. Administrators are always enabled for self-service password reset and follow the administrator policy.</source>
        <translation>Wählen Sie aus, wer sein eigenes Kennwort zurücksetzen kann. Für Administratoren ist die Self-Service-Kennwortzurücksetzung immer aktiviert, und für sie gilt die Administratorrichtlinie.</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Self service password reset enabled: None</source>
        <translation>Self-Service-Kennwortzurücksetzung aktiviert: Keine</translation>
    </message>
    <message>
        <source>S&amp;elected</source>
        <translation>A&amp;usgewählt</translation>
    </message>
    <message>
        <source>Self service password reset enabled: Selected</source>
        <translation>Self-Service-Kennwortzurücksetzung aktiviert: Ausgewählt</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Self service password reset enabled: All</source>
        <translation>Self-Service-Kennwortzurücksetzung aktiviert: Alle</translation>
    </message>
    <message>
        <source>Self service password reset enabled</source>
        <translation>Self-Service-Kennwortzurücksetzung aktiviert</translation>
    </message>
    <message>
        <source>Select &amp;group…</source>
        <translation>&amp;Gruppe auswählen…</translation>
    </message>
    <message>
        <source>Select group</source>
        <translation>Gruppe auswählen</translation>
    </message>
    <message>
        <source>One group only. Members of groups nested in it are in scope too; there is no exclude list.</source>
        <translation>Nur eine Gruppe. Mitglieder darin geschachtelter Gruppen gehören ebenfalls zum Bereich; es gibt keine Ausschlussliste.</translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation>Keine Gruppe ausgewählt</translation>
    </message>
    <message>
        <source>Unknown group (%1)</source>
        <translation>Unbekannte Gruppe (%1)</translation>
    </message>
    <message>
        <source>Change &amp;group…</source>
        <translation>&amp;Gruppe ändern…</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>A QR code to scan with an authenticator app.</source>
        <translation>Ein QR-Code zum Scannen mit einer Authenticator-App.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::RegistrationPage</name>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Users in scope who have not registered are asked to at sign-in. They can cancel, but are asked again at every sign-in until they register.</source>
        <translation>Benutzer im Bereich, die sich nicht registriert haben, werden bei der Anmeldung dazu aufgefordert. Sie können abbrechen, werden aber bei jeder Anmeldung erneut gefragt, bis sie sich registrieren.</translation>
    </message>
    <message>
        <source>Require users to register when signing in</source>
        <translation>Benutzer müssen sich bei der Anmeldung registrieren</translation>
    </message>
    <message>
        <source>Require users to &amp;register when signing in?</source>
        <translation>Benutzer müssen sich bei der Anmeldung &amp;registrieren?</translation>
    </message>
    <message>
        <source>Number of days before users are asked to reconfirm their authentication information</source>
        <translation>Anzahl von Tagen, bevor Benutzer aufgefordert werden, ihre Authentifizierungsinformationen erneut zu bestätigen</translation>
    </message>
    <message>
        <source>0 (never)</source>
        <translation>0 (nie)</translation>
    </message>
    <message>
        <source>Number of &amp;days before users are asked to reconfirm their authentication information</source>
        <translation>Anzahl von &amp;Tagen, bevor Benutzer aufgefordert werden, ihre Authentifizierungsinformationen erneut zu bestätigen</translation>
    </message>
    <message>
        <source>0 means never. Between 0 and 730 days; 180 is common.</source>
        <translation>0 bedeutet nie. Zwischen 0 und 730 Tagen; üblich sind 180.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ReviewChangesDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Änderungen überprüfen</translation>
    </message>
    <message>
        <source>Saving changes the password reset policy as listed below. Check who is affected before you confirm.</source>
        <translation>Beim Speichern wird die Richtlinie zur Kennwortzurücksetzung wie unten aufgeführt geändert. Prüfen Sie vor dem Bestätigen, wer betroffen ist.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Changes (%n):</source>
        <translation>
            <numerusform>Ä&amp;nderungen (%n):</numerusform>
            <numerusform>Ä&amp;nderungen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Impact on users</source>
        <translation>Auswirkungen auf Benutzer</translation>
    </message>
    <message>
        <source>The impact could not be computed: %1</source>
        <translation>Die Auswirkungen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>can reset their password today and could not any more.</source>
        <translation>können ihr Kennwort heute zurücksetzen und könnten es dann nicht mehr.</translation>
    </message>
    <message>
        <source>will be asked to register methods at their next sign-in.</source>
        <translation>werden bei ihrer nächsten Anmeldung aufgefordert, Methoden zu registrieren.</translation>
    </message>
    <message>
        <source>are in scope but have not registered enough usable methods to reset.</source>
        <translation>sind im Bereich, haben aber nicht genügend verwendbare Methoden zum Zurücksetzen registriert.</translation>
    </message>
    <message>
        <source>%1 users %2</source>
        <translation>%1 Benutzer %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>In CSV exportieren…</translation>
    </message>
    <message>
        <source>Export to CSV: %1</source>
        <translation>In CSV exportieren: %1</translation>
    </message>
    <message>
        <source>Computed over %1 users in %2 ms.</source>
        <translation>Über %1 Benutzer in %2 ms berechnet.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>In CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::SaveBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Cannot save: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>Speichern nicht möglich: %1 (und %n weiteres Problem)</numerusform>
            <numerusform>Speichern nicht möglich: %1 (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Sie haben nicht gespeicherte Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>You have unsaved changes, with %n warning(s) on this or other pages; Save lists them for review.</source>
        <translation>
            <numerusform>Sie haben nicht gespeicherte Änderungen mit %n Warnung auf dieser oder anderen Seiten; &quot;Speichern&quot; listet sie zur Überprüfung auf.</numerusform>
            <numerusform>Sie haben nicht gespeicherte Änderungen mit %n Warnungen auf dieser oder anderen Seiten; &quot;Speichern&quot; listet sie zur Überprüfung auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::SettingLabels</name>
    <message>
        <source>Self service password reset enabled</source>
        <translation>Self-Service-Kennwortzurücksetzung aktiviert</translation>
    </message>
    <message>
        <source>Selected group</source>
        <translation>Ausgewählte Gruppe</translation>
    </message>
    <message>
        <source>Number of methods required to reset</source>
        <translation>Anzahl der zum Zurücksetzen erforderlichen Methoden</translation>
    </message>
    <message>
        <source>Mobile app notification</source>
        <translation>Benachrichtigung über mobile App</translation>
    </message>
    <message>
        <source>Mobile app code</source>
        <translation>Code aus mobiler App</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Bürotelefon</translation>
    </message>
    <message>
        <source>Security questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <source>Number of questions required to register</source>
        <translation>Anzahl der für die Registrierung erforderlichen Fragen</translation>
    </message>
    <message>
        <source>Number of questions required to reset</source>
        <translation>Anzahl der für die Zurücksetzung erforderlichen Fragen</translation>
    </message>
    <message>
        <source>Require users to register when signing in</source>
        <translation>Benutzer müssen sich bei der Anmeldung registrieren</translation>
    </message>
    <message>
        <source>Days before users are asked to reconfirm</source>
        <translation>Tage, bevor Benutzer zur erneuten Bestätigung aufgefordert werden</translation>
    </message>
    <message>
        <source>Notify users on password resets</source>
        <translation>Benutzer bei Kennwortzurücksetzungen benachrichtigen</translation>
    </message>
    <message>
        <source>Notify all admins when other admins reset their password</source>
        <translation>Alle Administratoren benachrichtigen, wenn andere Administratoren ihr Kennwort zurücksetzen</translation>
    </message>
    <message>
        <source>Customize helpdesk link</source>
        <translation>Helpdesklink anpassen</translation>
    </message>
    <message>
        <source>Custom helpdesk email or URL</source>
        <translation>Benutzerdefinierte Helpdesk-E-Mail oder -URL</translation>
    </message>
    <message>
        <source>Write back passwords to your on-premises directory</source>
        <translation>Kennwörter in Ihr lokales Verzeichnis zurückschreiben</translation>
    </message>
    <message>
        <source>Write back passwords with Microsoft Entra Connect cloud sync</source>
        <translation>Kennwörter mit der Microsoft Entra Connect-Cloudsynchronisierung zurückschreiben</translation>
    </message>
    <message>
        <source>Allow users to unlock accounts without resetting their password</source>
        <translation>Benutzern das Entsperren von Konten ohne Zurücksetzen des Kennworts erlauben</translation>
    </message>
    <message>
        <source>Administrators may use self-service password reset</source>
        <translation>Administratoren dürfen die Self-Service-Kennwortzurücksetzung verwenden</translation>
    </message>
    <message>
        <source>Registration campaign</source>
        <translation>Registrierungskampagne</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>include</source>
        <translation>einschließen</translation>
    </message>
    <message>
        <source>exclude</source>
        <translation>ausschließen</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>days allowed to snooze</source>
        <translation>Tage, die zurückgestellt werden dürfen</translation>
    </message>
    <message>
        <source>limited number of snoozes</source>
        <translation>begrenzte Anzahl von Zurückstellungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Migration state</source>
        <translation>Migrationsstatus</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein, oder wählen Sie eine andere Proxyeinstellung.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::UserDialog</name>
    <message>
        <source>Authentication methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>Registered authentication methods</source>
        <translation>Registrierte Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Kennwortzurücksetzung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Add authentication method…</source>
        <translation>Authentifizierungsmethode &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Authenticator &amp;QR code…</source>
        <translation>Authenticator-&amp;QR-Code…</translation>
    </message>
    <message>
        <source>Authenticator QR code</source>
        <translation>Authenticator-QR-Code</translation>
    </message>
    <message>
        <source>Give this user a key for an authenticator app: QR code, handout, first-code check.</source>
        <translation>Diesem Benutzer einen Schlüssel für eine Authenticator-App geben: QR-Code, Handzettel, Prüfung des ersten Codes.</translation>
    </message>
    <message>
        <source>Profile contact information (not authentication methods)</source>
        <translation>Kontaktinformationen des Profils (keine Authentifizierungsmethoden)</translation>
    </message>
    <message>
        <source>Profile contact information</source>
        <translation>Kontaktinformationen des Profils</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Contact data on the user object (mobilePhone, businessPhones, otherMails). SSPR can fall back to the mobile phone and alternate email, but they are not registered methods.</source>
        <translation>Kontaktdaten am Benutzerobjekt (mobilePhone, businessPhones, otherMails). SSPR kann auf das Mobiltelefon und die alternative E-Mail-Adresse zurückgreifen, sie sind aber keine registrierten Methoden.</translation>
    </message>
    <message>
        <source>Group memberships</source>
        <translation>Gruppenmitgliedschaften</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>User not found</source>
        <translation>Benutzer nicht gefunden</translation>
    </message>
    <message>
        <source>%1 — User</source>
        <translation>%1 – Benutzer</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Konto aktiviert</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>Synced from on-premises</source>
        <translation>Aus lokaler Umgebung synchronisiert</translation>
    </message>
    <message>
        <source>Cloud-only</source>
        <translation>Nur Cloud</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Can reset their password.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kann sein Kennwort zurücksetzen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot reset their password.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kann sein Kennwort nicht zurücksetzen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The administrator policy applies (two methods, no security questions).</source>
        <translation>Die Administratorrichtlinie gilt (zwei Methoden, keine Sicherheitsfragen).</translation>
    </message>
    <message>
        <source>Can reset their password</source>
        <translation>Kann sein Kennwort zurücksetzen</translation>
    </message>
    <message>
        <source>Cannot reset their password</source>
        <translation>Kann sein Kennwort nicht zurücksetzen</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Verwendbar</translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation>Nicht verwendbar</translation>
    </message>
    <message>
        <source>Also registered for: %1</source>
        <translation>Auch registriert für: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is also registered for %n other account(s): %2</source>
        <translation>
            <numerusform>%1 ist auch für %n anderes Konto registriert: %2</numerusform>
            <numerusform>%1 ist auch für %n andere Konten registriert: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Set by the user</source>
        <translation>Vom Benutzer festgelegt</translation>
    </message>
    <message>
        <source>The password is what a reset replaces.</source>
        <translation>Das Kennwort wird durch eine Zurücksetzung ersetzt.</translation>
    </message>
    <message>
        <source>Shared number: </source>
        <translation>Gemeinsam genutzte Nummer: </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Business phones</source>
        <translation>Geschäftliche Telefonnummern</translation>
    </message>
    <message>
        <source>Alternate email</source>
        <translation>Alternative E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Usage location</source>
        <translation>Verwendungsort</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Inherited through %1</source>
        <translation>Geerbt über %1</translation>
    </message>
    <message>
        <source>Only phone numbers can be edited; delete and add other methods again.</source>
        <translation>Nur Telefonnummern können bearbeitet werden; andere Methoden löschen und erneut hinzufügen.</translation>
    </message>
    <message>
        <source>The password cannot be deleted.</source>
        <translation>Das Kennwort kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete method</source>
        <translation>Methode löschen</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from %3?

The user can no longer use it to sign in or reset their password.</source>
        <translation>%1 (%2) von %3 löschen?

Der Benutzer kann diese Methode dann nicht mehr zum Anmelden oder Zurücksetzen seines Kennworts verwenden.</translation>
    </message>
    <message>
        <source>The method was not deleted: %1</source>
        <translation>Die Methode wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Changes to this user are waiting in the outbox; the methods are shown as changed here.</source>
        <translation>Änderungen an diesem Benutzer warten im Postausgang; die Methoden werden hier bereits geändert angezeigt.</translation>
    </message>
    <message>
        <source>Reading this user&apos;s methods from the tenant…</source>
        <translation>Die Methoden dieses Benutzers werden aus dem Mandanten gelesen…</translation>
    </message>
    <message>
        <source>The tenant could not be read (%1); showing the methods from the last sync.</source>
        <translation>Der Mandant konnte nicht gelesen werden (%1); angezeigt werden die Methoden der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Methods as the tenant has them at %1.</source>
        <translation>Methoden, wie sie der Mandant um %1 hat.</translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation>Befristeter Zugriffspass</translation>
    </message>
    <message>
        <source>Microsoft Graph creates the pass for %1. It is shown once, as soon as the tenant answers, and is never stored by the console. A new pass replaces the user&apos;s old one.</source>
        <translation>Microsoft Graph erstellt den Pass für %1. Er wird einmal angezeigt, sobald der Mandant antwortet, und von der Konsole nie gespeichert. Ein neuer Pass ersetzt den alten des Benutzers.</translation>
    </message>
    <message>
        <source>Lifetime in minutes</source>
        <translation>Gültigkeitsdauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>&amp;One-time use</source>
        <translation>&amp;Einmalige Verwendung</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>A Temporary Access Pass was requested; it appears as soon as the tenant creates it.</source>
        <translation>Ein befristeter Zugriffspass wurde angefordert; er erscheint, sobald der Mandant ihn erstellt.</translation>
    </message>
    <message>
        <source>&amp;Temporary Access Pass…</source>
        <translation>Befristeter &amp;Zugriffspass…</translation>
    </message>
    <message>
        <source>Create a Temporary Access Pass</source>
        <translation>Einen befristeten Zugriffspass erstellen</translation>
    </message>
    <message>
        <source>A time-limited passcode the user signs in with to register methods (Graph creates it).</source>
        <translation>Ein zeitlich begrenzter Code, mit dem sich der Benutzer anmeldet, um Methoden zu registrieren (Graph erstellt ihn).</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::UserListModel</name>
    <message>
        <source>No usable method registered</source>
        <translation>Keine verwendbare Methode registriert</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Benutzerprinzipalname</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Find a user, see the authentication methods they have registered, and add or fix a phone number or email under Entra&apos;s rules.</source>
        <translation>Suchen Sie einen Benutzer, sehen Sie die von ihm registrierten Authentifizierungsmethoden, und fügen Sie nach den Regeln von Entra eine Telefonnummer oder E-Mail-Adresse hinzu oder korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, user principal name, mail or phone digits</source>
        <translation>Name, Benutzerprinzipalname, E-Mail oder Telefonziffern</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Type part of a name, user principal name, mail address or phone number. Press Down to move to the results.</source>
        <translation>Geben Sie einen Teil eines Namens, Benutzerprinzipalnamens, einer E-Mail-Adresse oder Telefonnummer ein. Mit der NACH-UNTEN-TASTE gelangen Sie zu den Ergebnissen.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Show users</source>
        <translation>Benutzer anzeigen</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>In SSPR scope</source>
        <translation>Im SSPR-Bereich</translation>
    </message>
    <message>
        <source>Not in SSPR scope</source>
        <translation>Nicht im SSPR-Bereich</translation>
    </message>
    <message>
        <source>Registered for SSPR</source>
        <translation>Für SSPR registriert</translation>
    </message>
    <message>
        <source>Not registered for SSPR</source>
        <translation>Nicht für SSPR registriert</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Disabled accounts</source>
        <translation>Deaktivierte Konten</translation>
    </message>
    <message>
        <source>No usable method</source>
        <translation>Keine verwendbare Methode</translation>
    </message>
    <message>
        <source>Shared phone number</source>
        <translation>Gemeinsam genutzte Telefonnummer</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Count failed</source>
        <translation>Zählung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>No users match this filter.</source>
        <translation>Keine Benutzer entsprechen diesem Filter.</translation>
    </message>
    <message>
        <source>No users match “%1”.
Search looks at the start of each word of a name, user principal name or mail, and at any run of four or more digits of a phone number.</source>
        <translation>Keine Benutzer entsprechen „%1“.
Die Suche berücksichtigt den Anfang jedes Wortes eines Namens, Benutzerprinzipalnamens oder einer E-Mail-Adresse sowie jede Folge von vier oder mehr Ziffern einer Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::YesNoSwitch</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1: Yes</source>
        <translation>%1: Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1: No</source>
        <translation>%1: Nein</translation>
    </message>
</context>
<context>
    <name>Sspr::Secrets::KeychainSecretStore</name>
    <message>
        <source>Could not read the %1 from the keychain</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund gelesen werden</translation>
    </message>
    <message>
        <source>Could not store the %1 in the keychain</source>
        <translation>%1 konnte nicht im Schlüsselbund gespeichert werden</translation>
    </message>
    <message>
        <source>Could not remove the %1 from the keychain</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund entfernt werden</translation>
    </message>
    <message>
        <source>No keychain is available: install and unlock a Secret Service such as GNOME Keyring or KWallet</source>
        <translation>Kein Schlüsselbund verfügbar: Installieren und entsperren Sie einen Secret Service wie GNOME Keyring oder KWallet</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access: unlock it and try again</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert: Entsperren Sie ihn, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation>Der Schlüsselbund konnte den Eintrag nicht löschen</translation>
    </message>
    <message>
        <source>the keychain reported an error</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::EnrollmentService</name>
    <message>
        <source>That method is no longer registered for this user.</source>
        <translation>Diese Methode ist für diesen Benutzer nicht mehr registriert.</translation>
    </message>
    <message>
        <source>A Temporary Access Pass is created by Microsoft Graph: connect a tenant to create one.</source>
        <translation>Ein befristeter Zugriffspass wird von Microsoft Graph erstellt: Verbinden Sie einen Mandanten, um einen zu erstellen.</translation>
    </message>
    <message>
        <source>A Temporary Access Pass lasts from 10 minutes to 30 days (43,200 minutes); %1 is outside that.</source>
        <translation>Ein befristeter Zugriffspass gilt 10 Minuten bis 30 Tage (43.200 Minuten); %1 liegt außerhalb.</translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation>Befristeter Zugriffspass</translation>
    </message>
    <message>
        <source>%1 minutes%2</source>
        <translation>%1 Minuten%2</translation>
    </message>
    <message>
        <source>, one-time use</source>
        <translation>, einmalige Verwendung</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::GraphConnection</name>
    <message>
        <source>The keychain holds no client secret for the profile &quot;%1&quot;: connect it again (ssprctl connect, or Connect to a tenant… in the console).</source>
        <translation>Der Schlüsselbund enthält keinen geheimen Clientschlüssel für das Profil &quot;%1&quot;: Verbinden Sie es erneut (ssprctl connect oder &quot;Mit einem Mandanten verbinden…&quot; in der Konsole).</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::GraphImportApplier</name>
    <message>
        <source>The journal row names no method type.</source>
        <translation>Die Journalzeile nennt keinen Methodentyp.</translation>
    </message>
    <message>
        <source>Queued for the tenant: replace the %1 %2 with %3.</source>
        <translation>Für den Mandanten eingereiht: %1 %2 durch %3 ersetzen.</translation>
    </message>
    <message>
        <source>Queued for the tenant: add the %1 %2.</source>
        <translation>Für den Mandanten eingereiht: %1 %2 hinzufügen.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::GroupService</name>
    <message>
        <source>Enter a display name for the group.</source>
        <translation>Geben Sie einen Anzeigenamen für die Gruppe ein.</translation>
    </message>
    <message>
        <source>A display name can be at most %1 characters long.</source>
        <translation>Ein Anzeigename darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter a mail nickname for the group.</source>
        <translation>Geben Sie einen E-Mail-Spitznamen für die Gruppe ein.</translation>
    </message>
    <message>
        <source>A mail nickname can be at most %1 characters long.</source>
        <translation>Ein E-Mail-Spitzname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A mail nickname cannot contain spaces.</source>
        <translation>Ein E-Mail-Spitzname darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A mail nickname cannot contain “%1” (none of @ ( ) \ [ ] &quot; ; : . &lt; &gt; , or space are allowed).</source>
        <translation>Ein E-Mail-Spitzname darf „%1“ nicht enthalten (keines der Zeichen @ ( ) \ [ ] &quot; ; : . &lt; &gt; , und kein Leerzeichen ist zulässig).</translation>
    </message>
    <message>
        <source>A mail nickname can contain only ASCII letters, digits and punctuation.</source>
        <translation>Ein E-Mail-Spitzname darf nur ASCII-Buchstaben, Ziffern und Satzzeichen enthalten.</translation>
    </message>
    <message>
        <source>A description can be at most %1 characters long.</source>
        <translation>Eine Beschreibung darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Another group already uses the mail nickname “%1”; choose another.</source>
        <translation>Eine andere Gruppe verwendet bereits den E-Mail-Spitznamen „%1“; wählen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::HardwareOathRegistrar</name>
    <message>
        <source>the global cloud</source>
        <translation>der globalen Cloud</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>US-Regierung (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>US-Regierung (DoD)</translation>
    </message>
    <message>
        <source>Microsoft Azure operated by 21Vianet (China)</source>
        <translation>Microsoft Azure, betrieben von 21Vianet (China)</translation>
    </message>
    <message>
        <source>Tokens can&apos;t be registered in Entra ID from this profile: the Microsoft Graph hardware OATH API exists only in the global cloud, and this tenant is in %1.</source>
        <translation>Token können von diesem Profil aus nicht in Entra ID registriert werden: Die Hardware-OATH-API von Microsoft Graph gibt es nur in der globalen Cloud, und dieser Mandant befindet sich in %1.</translation>
    </message>
    <message>
        <source>The user has no Microsoft Graph id in this store; sync the tenant first.</source>
        <translation>Der Benutzer hat in diesem Speicher keine Microsoft Graph-ID; synchronisieren Sie zuerst den Mandanten.</translation>
    </message>
    <message>
        <source>The token has no serial number.</source>
        <translation>Das Token hat keine Seriennummer.</translation>
    </message>
    <message>
        <source>Entra ID&apos;s OATH tokens change every 30 or 60 seconds, not every %1.</source>
        <translation>Die OATH-Token von Entra ID wechseln alle 30 oder 60 Sekunden, nicht alle %1.</translation>
    </message>
    <message>
        <source>Entra ID&apos;s OATH tokens use SHA1 or SHA256, not %1.</source>
        <translation>Die OATH-Token von Entra ID verwenden SHA1 oder SHA256, nicht %1.</translation>
    </message>
    <message>
        <source>Entra ID&apos;s OATH tokens make 6-digit codes, not %1-digit ones.</source>
        <translation>Die OATH-Token von Entra ID erzeugen 6-stellige Codes, keine %1-stelligen.</translation>
    </message>
    <message>
        <source>There is no key to register.</source>
        <translation>Es gibt keinen Schlüssel zum Registrieren.</translation>
    </message>
    <message>
        <source>The key is longer than the %1 Base32 characters Entra ID accepts.</source>
        <translation>Der Schlüssel ist länger als die %1 Base32-Zeichen, die Entra ID akzeptiert.</translation>
    </message>
    <message>
        <source>The key is not valid Base32.</source>
        <translation>Der Schlüssel ist kein gültiges Base32.</translation>
    </message>
    <message>
        <source>That user is no longer in the store.</source>
        <translation>Dieser Benutzer ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <source>A request to Entra ID is already running; wait for it to finish.</source>
        <translation>Eine Anforderung an Entra ID wird bereits ausgeführt; warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>This token is already registered in Entra ID.</source>
        <translation>Dieses Token ist bereits in Entra ID registriert.</translation>
    </message>
    <message>
        <source>Sign in to the tenant first.</source>
        <translation>Melden Sie sich zuerst beim Mandanten an.</translation>
    </message>
    <message>
        <source>Entra ID did not register the token: %1</source>
        <translation>Entra ID hat das Token nicht registriert: %1</translation>
    </message>
    <message>
        <source>Entra ID did not say which token it created; look for serial number %1 in the Entra admin center before trying again.</source>
        <translation>Entra ID hat nicht angegeben, welches Token erstellt wurde; suchen Sie im Microsoft Entra Admin Center nach der Seriennummer %1, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection to the tenant was closed before the token was assigned.</source>
        <translation>Die Verbindung zum Mandanten wurde geschlossen, bevor das Token zugewiesen wurde.</translation>
    </message>
    <message>
        <source>Entra ID created token %1 but did not assign it to %2: %3</source>
        <translation>Entra ID hat Token %1 erstellt, aber nicht %2 zugewiesen: %3</translation>
    </message>
    <message>
        <source>The token is registered in Entra ID, but the local record was not updated: %1</source>
        <translation>Das Token ist in Entra ID registriert, aber der lokale Datensatz wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Register the token in Entra ID before activating it.</source>
        <translation>Registrieren Sie das Token in Entra ID, bevor Sie es aktivieren.</translation>
    </message>
    <message>
        <source>The token is already activated.</source>
        <translation>Das Token ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>The connection to the tenant was closed; sign in again to activate the token.</source>
        <translation>Die Verbindung zum Mandanten wurde geschlossen; melden Sie sich erneut an, um das Token zu aktivieren.</translation>
    </message>
    <message>
        <source>Type the code the user&apos;s app shows now.</source>
        <translation>Geben Sie den Code ein, den die App des Benutzers gerade anzeigt.</translation>
    </message>
    <message>
        <source>A code has only digits.</source>
        <translation>Ein Code besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>The code has %1 digits; this token makes %2-digit codes.</source>
        <translation>Der Code hat %1 Ziffern; dieses Token erzeugt %2-stellige Codes.</translation>
    </message>
    <message>
        <source>Entra ID did not activate the token: %1</source>
        <translation>Entra ID hat das Token nicht aktiviert: %1</translation>
    </message>
    <message>
        <source>The token is activated in Entra ID, but the audit entry was not written: %1</source>
        <translation>Das Token ist in Entra ID aktiviert, aber der Überwachungseintrag wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImpactService</name>
    <message>
        <source>Lose the ability to reset</source>
        <translation>Verlieren die Möglichkeit zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Will be asked to register at next sign-in</source>
        <translation>Werden bei der nächsten Anmeldung zur Registrierung aufgefordert</translation>
    </message>
    <message>
        <source>In scope without enough methods</source>
        <translation>Im Bereich ohne genügend Methoden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportPlan</name>
    <message>
        <source>Will add</source>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <source>Will update</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Already set</source>
        <translation>Bereits festgelegt</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Unbekannter Benutzer</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Ungültige Nummer</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Doppelte Zeile</translation>
    </message>
    <message>
        <source>Shared number</source>
        <translation>Gemeinsam genutzte Nummer</translation>
    </message>
    <message>
        <source>Rule violation</source>
        <translation>Regelverstoß</translation>
    </message>
    <message>
        <source>Will add the %1 %2.</source>
        <translation>Fügt %1 %2 hinzu.</translation>
    </message>
    <message>
        <source>Will replace the %1 %2 with %3.</source>
        <translation>Ersetzt %1 %2 durch %3.</translation>
    </message>
    <message>
        <source>Kept the registered %1 %2: no decision was made to replace it with %3.</source>
        <translation>Registriertes %1 %2 beibehalten: Es wurde nicht entschieden, es durch %3 zu ersetzen.</translation>
    </message>
    <message>
        <source>Kept the registered %1 %2 (policy for existing values: skip); the file has %3.</source>
        <translation>Registriertes %1 %2 beibehalten (Richtlinie für vorhandene Werte: skip); die Datei enthält %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n hinzuzufügen</numerusform>
            <numerusform>%n hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already set</source>
        <translation>
            <numerusform>%n bereits festgelegt</numerusform>
            <numerusform>%n bereits festgelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown user(s)</source>
        <translation>
            <numerusform>%n unbekannter Benutzer</numerusform>
            <numerusform>%n unbekannte Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid number(s)</source>
        <translation>
            <numerusform>%n ungültige Nummer</numerusform>
            <numerusform>%n ungültige Nummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid address(es)</source>
        <translation>
            <numerusform>%n ungültige Adresse</numerusform>
            <numerusform>%n ungültige Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s)</source>
        <translation>
            <numerusform>%n doppelte Zeile</numerusform>
            <numerusform>%n doppelte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared number(s)</source>
        <translation>
            <numerusform>%n gemeinsam genutzte Nummer</numerusform>
            <numerusform>%n gemeinsam genutzte Nummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule violation(s)</source>
        <translation>
            <numerusform>%n Regelverstoß</numerusform>
            <numerusform>%n Regelverstöße</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportPlanner</name>
    <message>
        <source>A phone type applies to a phone import, not to an email import.</source>
        <translation>Ein Telefontyp gilt für einen Telefonimport, nicht für einen E-Mail-Import.</translation>
    </message>
    <message>
        <source>No column holds the email addresses to import; choose it.</source>
        <translation>Keine Spalte enthält die zu importierenden E-Mail-Adressen; wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>No column holds the phone numbers to import; choose it.</source>
        <translation>Keine Spalte enthält die zu importierenden Telefonnummern; wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>%1 is not a phone type.</source>
        <translation>%1 ist kein Telefontyp.</translation>
    </message>
    <message>
        <source>The file has several phone columns (%1) and none of them is for the %2; choose the column to import, or import every column as its own type.</source>
        <translation>Die Datei hat mehrere Telefonspalten (%1), und keine davon ist für %2; wählen Sie die zu importierende Spalte, oder importieren Sie jede Spalte als eigenen Typ.</translation>
    </message>
    <message>
        <source>%1 is not a known region; use a two-letter country code such as US, GB or DE.</source>
        <translation>%1 ist keine bekannte Region; verwenden Sie einen zweistelligen Ländercode wie US, GB oder DE.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Zeilen werden gelesen</translation>
    </message>
    <message>
        <source>The row has no phone number.</source>
        <translation>Die Zeile hat keine Telefonnummer.</translation>
    </message>
    <message>
        <source>The row has no email address.</source>
        <translation>Die Zeile hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Looking up users</source>
        <translation>Benutzer werden nachgeschlagen</translation>
    </message>
    <message>
        <source>Checking values</source>
        <translation>Werte werden geprüft</translation>
    </message>
    <message>
        <source>The row has no user principal name.</source>
        <translation>Die Zeile hat keinen Benutzerprinzipalnamen.</translation>
    </message>
    <message>
        <source>No user %1 in this tenant.</source>
        <translation>Kein Benutzer %1 in diesem Mandanten.</translation>
    </message>
    <message>
        <source>%1 is not a user principal name (name@domain).</source>
        <translation>%1 ist kein Benutzerprinzipalname (name@domain).</translation>
    </message>
    <message>
        <source>The country column holds %1, which is not a country or region this console knows. Use a two-letter code such as DE or US, or write the number with + and its country code.</source>
        <translation>Die Länderspalte enthält %1, das kein dieser Konsole bekanntes Land und keine bekannte Region ist. Verwenden Sie einen zweistelligen Code wie DE oder US, oder schreiben Sie die Nummer mit + und ihrer Landesvorwahl.</translation>
    </message>
    <message>
        <source>Line %1 already sets this user&apos;s %2; only the first row is imported.</source>
        <translation>Zeile %1 legt bereits %2 dieses Benutzers fest; nur die erste Zeile wird importiert.</translation>
    </message>
    <message>
        <source>The %1 %2 is already registered; nothing to change.</source>
        <translation>%1 %2 ist bereits registriert; nichts zu ändern.</translation>
    </message>
    <message>
        <source>Looking for shared numbers</source>
        <translation>Gemeinsam genutzte Nummern werden gesucht</translation>
    </message>
    <message numerus="yes">
        <source>The number %1 is already registered for %n other account(s): %2.</source>
        <translation>
            <numerusform>Die Nummer %1 ist bereits für %n anderes Konto registriert: %2.</numerusform>
            <numerusform>Die Nummer %1 ist bereits für %n andere Konten registriert: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file gives the number %1 to %n other user(s) as well: %2.</source>
        <translation>
            <numerusform>Die Datei weist die Nummer %1 auch %n anderen Benutzer zu: %2.</numerusform>
            <numerusform>Die Datei weist die Nummer %1 auch %n anderen Benutzern zu: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever answers that phone could reset every one of these accounts, so shared numbers are imported only when allowed.</source>
        <translation>Wer dieses Telefon annimmt, könnte jedes dieser Konten zurücksetzen, daher werden gemeinsam genutzte Nummern nur importiert, wenn dies erlaubt ist.</translation>
    </message>
    <message>
        <source>Finding similar user names</source>
        <translation>Ähnliche Benutzernamen werden gesucht</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportReport</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not applied yet: the import was interrupted or paused. Resume it to apply this row.</source>
        <translation>Noch nicht angewendet: Der Import wurde unterbrochen oder angehalten. Setzen Sie ihn fort, um diese Zeile anzuwenden.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Hinzuzufügen</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Zu aktualisieren</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Noch nicht angewendet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportRunner</name>
    <message>
        <source>Import #%1 (%2)</source>
        <translation>Import #%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a registered value still need a decision: replace it or keep it.</source>
        <translation>
            <numerusform>Für %n Zeile mit registriertem Wert steht noch eine Entscheidung aus: ersetzen oder beibehalten.</numerusform>
            <numerusform>Für %n Zeilen mit registriertem Wert steht noch eine Entscheidung aus: ersetzen oder beibehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows, %2 to apply</source>
        <translation>%1 Zeilen, %2 anzuwenden</translation>
    </message>
    <message>
        <source>No import run is open.</source>
        <translation>Kein Importlauf ist geöffnet.</translation>
    </message>
    <message>
        <source>Not applied: the import was cancelled.</source>
        <translation>Nicht angewendet: Der Import wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportSource</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 is %2; an import file may be at most %3. Split it into smaller files.</source>
        <translation>%1 ist %2 groß; eine Importdatei darf höchstens %3 groß sein. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>The pasted text cannot be imported: %1</source>
        <translation>Der eingefügte Text kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::LocalImportApplier</name>
    <message>
        <source>The journal row is incomplete; it was not applied.</source>
        <translation>Die Journalzeile ist unvollständig; sie wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Der Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The %1 %2 is already registered; nothing to change.</source>
        <translation>%1 %2 ist bereits registriert; nichts zu ändern.</translation>
    </message>
    <message>
        <source>The user has had the %1 %2 registered since the preview; it was kept.</source>
        <translation>Der Benutzer hat seit der Vorschau %1 %2 registriert; es wurde beibehalten.</translation>
    </message>
    <message>
        <source>Replaced the %1 %2 with %3.</source>
        <translation>%1 %2 durch %3 ersetzt.</translation>
    </message>
    <message>
        <source>Added the %1 %2.</source>
        <translation>%1 %2 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::PolicyService</name>
    <message>
        <source>Password reset policy</source>
        <translation>Richtlinie zur Kennwortzurücksetzung</translation>
    </message>
    <message>
        <source>The target group %1 does not exist in this tenant; remove it.</source>
        <translation>Die Zielgruppe %1 existiert in diesem Mandanten nicht; entfernen Sie sie.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Authentication methods policy</source>
        <translation>Richtlinie für Authentifizierungsmethoden</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ProfileConnector</name>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Ein Profil namens &quot;%1&quot; ist bereits vorhanden: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in, but Graph refused the first request: %1</source>
        <translation>Angemeldet, aber Graph hat die erste Anforderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::QrRenderer</name>
    <message>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private to its owner: %2</source>
        <translation>%1 kann nicht auf den Besitzer beschränkt werden: %2</translation>
    </message>
    <message>
        <source>the content could not be made</source>
        <translation>der Inhalt konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation>Es gibt keinen QR-Code zum Speichern.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::StoreLocator</name>
    <message>
        <source>The seed was cancelled; the store was left empty.</source>
        <translation>Das Generieren wurde abgebrochen; der Speicher wurde leer gelassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; ist kein gültiger Profilname: Verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one with: ssprctl seed --db %1</source>
        <translation>Unter %1 gibt es keinen Speicher. Erstellen Sie einen mit: ssprctl seed --db %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::TenantProfile</name>
    <message>
        <source>The %1 &quot;%2&quot; is not a valid URL.</source>
        <translation>Die %1 &quot;%2&quot; ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The %1 is refused: %2</source>
        <translation>Die %1 wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sign-in kind: use browser, device-code, client-secret or certificate.</source>
        <translation>&quot;%1&quot; ist keine Anmeldeart: Verwenden Sie browser, device-code, client-secret oder certificate.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; ist kein gültiger Profilname: Verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The tenant is missing: give its directory (tenant) id or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>Der Mandant fehlt: Geben Sie seine Verzeichnis-ID (Mandant) oder eine überprüfte Domäne wie contoso.onmicrosoft.com an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a directory (tenant) id (a GUID such as 00000000-0000-0000-0000-000000000000) nor a domain name such as contoso.onmicrosoft.com.</source>
        <translation>&quot;%1&quot; ist weder eine Verzeichnis-ID (Mandant) (eine GUID wie 00000000-0000-0000-0000-000000000000) noch ein Domänenname wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The client id is missing: give the application (client) id of the app registration.</source>
        <translation>Die Client-ID fehlt: Geben Sie die Anwendungs-ID (Client-ID) der App-Registrierung an.</translation>
    </message>
    <message>
        <source>The client id &quot;%1&quot; is not a GUID: copy the application (client) id from the app registration&apos;s overview page.</source>
        <translation>Die Client-ID &quot;%1&quot; ist keine GUID: Kopieren Sie die Anwendungs-ID (Client-ID) von der Übersichtsseite der App-Registrierung.</translation>
    </message>
    <message>
        <source>Certificate sign-in needs the certificate file (PKCS#12 or PEM with its private key).</source>
        <translation>Die Anmeldung mit Zertifikat benötigt die Zertifikatdatei (PKCS#12 oder PEM mit ihrem privaten Schlüssel).</translation>
    </message>
    <message>
        <source>A certificate file is only used with certificate sign-in.</source>
        <translation>Eine Zertifikatdatei wird nur bei der Anmeldung mit Zertifikat verwendet.</translation>
    </message>
    <message>
        <source>authority URL</source>
        <translation>Autoritäts-URL</translation>
    </message>
    <message>
        <source>Graph URL</source>
        <translation>Graph-URL</translation>
    </message>
    <message>
        <source>The store %1 holds no tenant.</source>
        <translation>Der Speicher %1 enthält keinen Mandanten.</translation>
    </message>
    <message>
        <source>The store %1 holds a local tenant, not a connection to Microsoft Graph.</source>
        <translation>Der Speicher %1 enthält einen lokalen Mandanten, keine Verbindung zu Microsoft Graph.</translation>
    </message>
    <message>
        <source>The store %1 holds a local tenant; a Graph connection needs a profile of its own.</source>
        <translation>Der Speicher %1 enthält einen lokalen Mandanten; eine Graph-Verbindung benötigt ein eigenes Profil.</translation>
    </message>
    <message>
        <source>The store holds no tenant yet.</source>
        <translation>Der Speicher enthält noch keinen Mandanten.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::TokenIssuer</name>
    <message>
        <source>Internal error: %1 users but %2 tokens to record.</source>
        <translation>Interner Fehler: %1 Benutzer, aber %2 Token zum Aufzeichnen.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::TotpHandout</name>
    <message>
        <source>your organisation</source>
        <translation>Ihre Organisation</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Richten Sie Ihre Authenticator-App ein</translation>
    </message>
    <message>
        <source>%1 has set up sign-in codes for your account. Add them to an authenticator app on your phone with the QR code below.</source>
        <translation>%1 hat Anmeldecodes für Ihr Konto eingerichtet. Fügen Sie sie mit dem QR-Code unten einer Authenticator-App auf Ihrem Telefon hinzu.</translation>
    </message>
    <message>
        <source>%1 digits, new every %2 seconds</source>
        <translation>%1 Ziffern, alle %2 Sekunden neu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Token serial</source>
        <translation>Tokenseriennummer</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Cannot scan? Choose to enter a key instead, and type:</source>
        <translation>Scannen nicht möglich? Wählen Sie stattdessen die Eingabe eines Schlüssels, und geben Sie Folgendes ein:</translation>
    </message>
    <message>
        <source>The key is deliberately not printed. If you cannot scan the code, ask your administrator.</source>
        <translation>Der Schlüssel wird absichtlich nicht gedruckt. Wenn Sie den Code nicht scannen können, wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Install Microsoft Authenticator or another authenticator app from your phone&apos;s app store.</source>
        <translation>Installieren Sie Microsoft Authenticator oder eine andere Authenticator-App aus dem App Store Ihres Telefons.</translation>
    </message>
    <message>
        <source>In the app, add an account and choose &quot;Other account&quot; or &quot;Scan a QR code&quot;.</source>
        <translation>Fügen Sie in der App ein Konto hinzu, und wählen Sie &quot;Anderes Konto&quot; oder &quot;QR-Code scannen&quot;.</translation>
    </message>
    <message>
        <source>Point the camera at the QR code above. The app lists &quot;%1&quot; with your account.</source>
        <translation>Richten Sie die Kamera auf den QR-Code oben. Die App zeigt &quot;%1&quot; mit Ihrem Konto an.</translation>
    </message>
    <message>
        <source>Tell your administrator the %1-digit code the app shows, or enter it where you are asked, to confirm that it works.</source>
        <translation>Teilen Sie Ihrem Administrator den %1-stelligen Code mit, den die App anzeigt, oder geben Sie ihn dort ein, wo Sie dazu aufgefordert werden, um zu bestätigen, dass es funktioniert.</translation>
    </message>
    <message>
        <source>Then shred this sheet: anyone who scans the code can make your sign-in codes.</source>
        <translation>Vernichten Sie dann diesen Zettel: Jeder, der den Code scannt, kann Ihre Anmeldecodes erzeugen.</translation>
    </message>
    <message>
        <source>How to set it up</source>
        <translation>So richten Sie es ein</translation>
    </message>
    <message>
        <source>Confidential: this sheet gives access to the account.</source>
        <translation>Vertraulich: Dieser Zettel gewährt Zugriff auf das Konto.</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Ausgestellt am %1.</translation>
    </message>
    <message>
        <source>Issued %1 by %2.</source>
        <translation>Ausgestellt am %1 von %2.</translation>
    </message>
    <message>
        <source>There is nobody to make a handout for.</source>
        <translation>Es gibt niemanden, für den ein Handzettel erstellt werden kann.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Authenticator setup for %1</source>
        <translation>Authenticator-Einrichtung für %1</translation>
    </message>
    <message>
        <source>Authenticator setup sheets</source>
        <translation>Authenticator-Einrichtungszettel</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>A token has no user principal name.</source>
        <translation>Ein Token hat keinen Benutzerprinzipalnamen.</translation>
    </message>
    <message>
        <source>%1: the token has no serial number.</source>
        <translation>%1: Das Token hat keine Seriennummer.</translation>
    </message>
    <message>
        <source>%1: the token has no secret.</source>
        <translation>%1: Das Token hat kein Geheimnis.</translation>
    </message>
    <message>
        <source>%1: Entra&apos;s OATH token upload takes only SHA1 keys with 6 digits and a period of 30 or 60 seconds.</source>
        <translation>%1: Der OATH-Token-Upload von Entra akzeptiert nur SHA1-Schlüssel mit 6 Ziffern und einem Zeitraum von 30 oder 60 Sekunden.</translation>
    </message>
    <message>
        <source>%1: the secret is longer than the %2 Base32 characters Entra accepts.</source>
        <translation>%1: Das Geheimnis ist länger als die %2 Base32-Zeichen, die Entra akzeptiert.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the store file %1: %2.</source>
        <translation>Die Speicherdatei %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>Es wurde keine Speicherdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 ist ein Ordner, keine Speicherdatei.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 is not an SSPR Console store (not an SQLite database). It was left unchanged.</source>
        <translation>%1 ist kein SSPR Console-Speicher (keine SQLite-Datenbank). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Unter %1 gibt es keinen Speicher.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing (package libqt6sql6-sqlite).</source>
        <translation>Der Qt-SQLite-Treiber fehlt (Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a store: %2. It was left unchanged.</source>
        <translation>%1 kann nicht als Speicher gelesen werden: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application. It was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer SSPR Console (schema %2; this version knows %3). Update the console to open it.</source>
        <translation>%1 wurde von einer neueren SSPR Console geschrieben (Schema %2; diese Version kennt %3). Aktualisieren Sie die Konsole, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Schema step %1 (%2) failed: %3</source>
        <translation>Schemaschritt %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the change: %1</source>
        <translation>Die Änderung kann nicht übernommen werden: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::ImportJournal</name>
    <message>
        <source>There is no import run %1 in this store.</source>
        <translation>In diesem Speicher gibt es keinen Importlauf %1.</translation>
    </message>
    <message>
        <source>Row %1 of import run %2 is missing from the journal.</source>
        <translation>Zeile %1 des Importlaufs %2 fehlt im Journal.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the change: %1</source>
        <translation>Die Änderung kann nicht übernommen werden: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::MethodBatchWriter</name>
    <message>
        <source>The method no longer exists.</source>
        <translation>Die Methode existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::PolicyRepository</name>
    <message>
        <source>The registration campaign has targets but the policy has no method configuration to store them with.</source>
        <translation>Die Registrierungskampagne hat Ziele, aber die Richtlinie hat keine Methodenkonfiguration, mit der sie gespeichert werden können.</translation>
    </message>
    <message>
        <source>The stored Authentication methods policy is damaged (%1 is not a JSON object).</source>
        <translation>Die gespeicherte Richtlinie für Authentifizierungsmethoden ist beschädigt (%1 ist kein JSON-Objekt).</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::SqliteStatement</name>
    <message>
        <source>The SQLite driver does not expose its connection; bulk writes are unavailable.</source>
        <translation>Der SQLite-Treiber stellt seine Verbindung nicht bereit; Massenschreibvorgänge sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>The statement is not prepared.</source>
        <translation>Die Anweisung ist nicht vorbereitet.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::SyncWriter</name>
    <message>
        <source>Cannot start writing the sync page: %1</source>
        <translation>Das Schreiben der Synchronisierungsseite kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Cannot commit the sync page: %1</source>
        <translation>Die Synchronisierungsseite kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection; sync is unavailable.</source>
        <translation>Der SQLite-Treiber stellt seine Verbindung nicht bereit; die Synchronisierung ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot prepare the sync: %1</source>
        <translation>Die Synchronisierung kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The store&apos;s search schema is incomplete; it cannot be synced.</source>
        <translation>Das Suchschema des Speichers ist unvollständig; er kann nicht synchronisiert werden.</translation>
    </message>
    <message>
        <source>This store holds an offline tenant (such as the demo); only a Graph profile can be synced.</source>
        <translation>Dieser Speicher enthält einen Offlinemandanten (wie die Demo); nur ein Graph-Profil kann synchronisiert werden.</translation>
    </message>
    <message>
        <source>Cannot store user %1: %2</source>
        <translation>Benutzer %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store group %1: %2</source>
        <translation>Gruppe %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the methods of user %1: %2</source>
        <translation>Die Methoden von Benutzer %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>A sync page arrived out of order; nothing was written. The next sync resumes.</source>
        <translation>Eine Synchronisierungsseite ist in falscher Reihenfolge eingetroffen; es wurde nichts geschrieben. Die nächste Synchronisierung setzt fort.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::TenantWriter</name>
    <message>
        <source>The SQLite driver did not expose its connection.</source>
        <translation>Der SQLite-Treiber hat seine Verbindung nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>The store already holds a tenant; seed into a new file instead.</source>
        <translation>Der Speicher enthält bereits einen Mandanten; generieren Sie stattdessen in eine neue Datei.</translation>
    </message>
    <message>
        <source>Cannot start the seed transaction: %1</source>
        <translation>Die Generierungstransaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the seed: %1</source>
        <translation>Die Generierung kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the tenant: %1</source>
        <translation>Der Mandant kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The seed failed: %1</source>
        <translation>Die Generierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The seed produced inconsistent data (%1); nothing was written.</source>
        <translation>Die Generierung hat inkonsistente Daten erzeugt (%1); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot commit the seed: %1</source>
        <translation>Die Generierung kann nicht übernommen werden: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::UserDirectory</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>Der Benutzer existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::UserFacts</name>
    <message>
        <source>The SQLite driver did not expose its connection.</source>
        <translation>Der SQLite-Treiber hat seine Verbindung nicht bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::UserWriter</name>
    <message>
        <source>The method no longer exists.</source>
        <translation>Die Methode existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Der Benutzer existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::MethodFetcher</name>
    <message>
        <source>The user is not in the store; sync first.</source>
        <translation>Der Benutzer ist nicht im Speicher; synchronisieren Sie zuerst.</translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::OutboxChange</name>
    <message>
        <source>Add %1 %2 for %3</source>
        <translation>%1 %2 für %3 hinzufügen</translation>
    </message>
    <message>
        <source>Change %1 of %2 from %3 to %4</source>
        <translation>%1 von %2 ändern (von %3 in %4)</translation>
    </message>
    <message>
        <source>Add email %1 for %2</source>
        <translation>E-Mail-Adresse %1 für %2 hinzufügen</translation>
    </message>
    <message>
        <source>Change email of %1 from %2 to %3</source>
        <translation>E-Mail-Adresse von %1 ändern (von %2 in %3)</translation>
    </message>
    <message>
        <source>Delete %1 %2 of %3</source>
        <translation>%1 %2 von %3 löschen</translation>
    </message>
    <message>
        <source>Create security group %1 (%2)</source>
        <translation>Sicherheitsgruppe %1 (%2) erstellen</translation>
    </message>
    <message>
        <source>Update the %1 method configuration: %2</source>
        <translation>Methodenkonfiguration %1 aktualisieren: %2</translation>
    </message>
    <message>
        <source>Update the Authentication methods policy: %1</source>
        <translation>Richtlinie für Authentifizierungsmethoden aktualisieren: %1</translation>
    </message>
    <message>
        <source>Allow administrators to use self-service password reset</source>
        <translation>Administratoren die Verwendung der Self-Service-Kennwortzurücksetzung erlauben</translation>
    </message>
    <message>
        <source>Stop administrators from using self-service password reset</source>
        <translation>Administratoren die Verwendung der Self-Service-Kennwortzurücksetzung untersagen</translation>
    </message>
    <message numerus="yes">
        <source>Create a Temporary Access Pass for %1 (%n minute(s))</source>
        <translation>
            <numerusform>Befristeten Zugriffspass für %1 erstellen (%n Minute)</numerusform>
            <numerusform>Befristeten Zugriffspass für %1 erstellen (%n Minuten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::OutboxLocalEffects</name>
    <message>
        <source>Changed in the tenant to %1.</source>
        <translation>Im Mandanten in %1 geändert.</translation>
    </message>
    <message>
        <source>Added in the tenant.</source>
        <translation>Im Mandanten hinzugefügt.</translation>
    </message>
    <message>
        <source>Discarded from the outbox: not applied in the tenant.</source>
        <translation>Aus dem Postausgang verworfen: im Mandanten nicht angewendet.</translation>
    </message>
    <message>
        <source>Queued for the tenant.</source>
        <translation>Für den Mandanten eingereiht.</translation>
    </message>
    <message>
        <source>Import #%1 (%2)</source>
        <translation>Import #%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::OutboxOperation</name>
    <message>
        <source>No answer from Microsoft Graph (%1).</source>
        <translation>Keine Antwort von Microsoft Graph (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph answered %1 %2.</source>
        <translation>Microsoft Graph hat %1 %2 geantwortet.</translation>
    </message>
    <message>
        <source>The user %1 no longer exists in the tenant (deleted since the last sync); nothing was changed.</source>
        <translation>Der Benutzer %1 existiert im Mandanten nicht mehr (seit der letzten Synchronisierung gelöscht); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The object no longer exists in the tenant; nothing was changed.</source>
        <translation>Das Objekt existiert im Mandanten nicht mehr; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Already in the tenant (an earlier send got through).</source>
        <translation>Bereits im Mandanten (ein früherer Sendevorgang war erfolgreich).</translation>
    </message>
    <message>
        <source>%1 already has the %2 %3 in the tenant; ours is %4. Retry to replace it with ours, or discard to keep the tenant&apos;s.</source>
        <translation>%1 hat im Mandanten bereits %2 %3; unser Wert ist %4. &quot;Wiederholen&quot; ersetzt ihn durch unseren, &quot;Verwerfen&quot; behält den des Mandanten bei.</translation>
    </message>
    <message>
        <source>Already removed from the tenant.</source>
        <translation>Bereits aus dem Mandanten entfernt.</translation>
    </message>
    <message>
        <source>The method of %1 is no longer registered in the tenant (removed, or the user was deleted, since the last sync); ours is %2. Discard to accept that, or add it again.</source>
        <translation>Die Methode von %1 ist im Mandanten nicht mehr registriert (seit der letzten Synchronisierung entfernt, oder der Benutzer wurde gelöscht); unser Wert ist %2. Verwerfen Sie die Änderung, um das zu übernehmen, oder fügen Sie die Methode erneut hinzu.</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>The tenant&apos;s value for %1 changed since the last sync: it was %2, the tenant now has %3, ours is %4. Retry to apply ours anyway, or discard to keep the tenant&apos;s.</source>
        <translation>Der Wert des Mandanten für %1 hat sich seit der letzten Synchronisierung geändert: Er war %2, der Mandant hat jetzt %3, unser Wert ist %4. &quot;Wiederholen&quot; wendet unseren trotzdem an, &quot;Verwerfen&quot; behält den des Mandanten bei.</translation>
    </message>
    <message>
        <source>The mail nickname %1 is already used by the group “%2” in the tenant; ours is “%3”. Discard this group and create it again with another nickname.</source>
        <translation>Der E-Mail-Spitzname %1 wird im Mandanten bereits von der Gruppe „%2“ verwendet; unserer ist „%3“. Verwerfen Sie diese Gruppe, und erstellen Sie sie mit einem anderen Spitznamen erneut.</translation>
    </message>
    <message>
        <source>Already in the tenant.</source>
        <translation>Bereits im Mandanten.</translation>
    </message>
    <message>
        <source>allowedToUseSSPR was changed in the tenant since the last sync (now %1, ours %2).</source>
        <translation>allowedToUseSSPR wurde seit der letzten Synchronisierung im Mandanten geändert (jetzt %1, unser Wert %2).</translation>
    </message>
    <message>
        <source>The policy was modified in the tenant since the last sync. Tenant: %1. Ours: %2. Retry to apply ours anyway, or discard to keep the tenant&apos;s.</source>
        <translation>Die Richtlinie wurde seit der letzten Synchronisierung im Mandanten geändert. Mandant: %1. Unser Wert: %2. &quot;Wiederholen&quot; wendet unseren trotzdem an, &quot;Verwerfen&quot; behält den des Mandanten bei.</translation>
    </message>
    <message>
        <source>The pass was created before the interruption, but it can be shown only once: create a new one to hand out.</source>
        <translation>Der Pass wurde vor der Unterbrechung erstellt, kann aber nur einmal angezeigt werden: Erstellen Sie einen neuen zum Aushändigen.</translation>
    </message>
    <message>
        <source>This version of SSPR Console cannot send changes of kind “%1”.</source>
        <translation>Diese Version von SSPR Console kann keine Änderungen der Art „%1“ senden.</translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::OutboxWorker</name>
    <message>
        <source>Another SSPR Console process is sending this profile&apos;s outbox; try again when it is done.</source>
        <translation>Ein anderer SSPR Console-Prozess sendet gerade den Postausgang dieses Profils; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Sign in to the tenant again, then send the outbox.</source>
        <translation>Melden Sie sich erneut beim Mandanten an, und senden Sie dann den Postausgang.</translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::SyncEngine</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Registration report</source>
        <translation>Registrierungsbericht</translation>
    </message>
    <message>
        <source>The registration report was not read: %1</source>
        <translation>Der Registrierungsbericht wurde nicht gelesen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The authentication methods policy was not read: %1</source>
        <translation>Die Richtlinie für Authentifizierungsmethoden wurde nicht gelesen: %1</translation>
    </message>
    <message>
        <source>The authentication methods policy was not understood: %1</source>
        <translation>Die Richtlinie für Authentifizierungsmethoden wurde nicht verstanden: %1</translation>
    </message>
    <message>
        <source>The administrator password reset setting was not read: %1</source>
        <translation>Die Einstellung zur Kennwortzurücksetzung für Administratoren wurde nicht gelesen: %1</translation>
    </message>
    <message>
        <source>The authorization policy has no allowedToUseSSPR setting.</source>
        <translation>Die Autorisierungsrichtlinie enthält keine Einstellung allowedToUseSSPR.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for Entra ID self-service password reset</source>
        <translation>Konsole für die Self-Service-Kennwortzurücksetzung von Entra ID</translation>
    </message>
    <message>
        <source>Use the store file PATH.</source>
        <translation>Die Speicherdatei PATH verwenden.</translation>
    </message>
    <message>
        <source>Use the tenant profile NAME.</source>
        <translation>Das Mandantenprofil NAME verwenden.</translation>
    </message>
    <message>
        <source>SSPR Console</source>
        <translation>SSPR Console</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>Der Speicher konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>Connect dialogs use this Graph root (https, or http on this computer only).</source>
        <translation>Verbindungsdialoge verwenden diesen Graph-Stamm (https oder http nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>Connect dialogs use this sign-in authority (https, or http on this computer only).</source>
        <translation>Verbindungsdialoge verwenden diese Anmeldeautorität (https oder http nur auf diesem Computer).</translation>
    </message>
</context>
</TS>
