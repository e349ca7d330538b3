<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Sspr::Cli</name>
    <message numerus="yes">
        <source>%1: %n member(s), nested groups included</source>
        <translation>
            <numerusform>%1: %n member, nested groups included</numerusform>
            <numerusform>%1: %n members, nested groups included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n direct member(s)</source>
        <translation>
            <numerusform>%1: %n direct member</numerusform>
            <numerusform>%1: %n direct members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n row: %1</numerusform>
            <numerusform>%n rows: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) shown.</source>
        <translation>
            <numerusform>%1 of %n user shown.</numerusform>
            <numerusform>%1 of %n users shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shared number: also registered on %n other account(s): %1</source>
        <translation>
            <numerusform>shared number: also registered on %n other account: %1</numerusform>
            <numerusform>shared number: also registered on %n other accounts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: this number is also registered on %n other account(s): %1</source>
        <translation>
            <numerusform>Note: this number is also registered on %n other account: %1</numerusform>
            <numerusform>Note: this number is also registered on %n other accounts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s) will be sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n requests)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Core::Eligibility</name>
    <message numerus="yes">
        <source>Administrator policy: two methods are required (mobile phone, office phone, email or Authenticator); the user has %n.</source>
        <translation>
            <numerusform>Administrator policy: two methods are required (mobile phone, office phone, email or Authenticator); the user has %n.</numerusform>
            <numerusform>Administrator policy: two methods are required (mobile phone, office phone, email or Authenticator); the user has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Core::PhoneNumber</name>
    <message numerus="yes">
        <source>It has only %n digit(s): a local number. Add the area code.</source>
        <translation>
            <numerusform>It has only %n digit: a local number. Add the area code.</numerusform>
            <numerusform>It has only %n digits: a local number. Add the area code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has only %n digit(s), too few for %1. Check for missing digits.</source>
        <translation>
            <numerusform>It has only %n digit, too few for %1. Check for missing digits.</numerusform>
            <numerusform>It has only %n digits, too few for %1. Check for missing digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n digit(s), too many for %1. Check for extra digits or a wrong country code.</source>
        <translation>
            <numerusform>It has %n digit, too many for %1. Check for extra digits or a wrong country code.</numerusform>
            <numerusform>It has %n digits, too many for %1. Check for extra digits or a wrong country code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n digit(s), a length that numbers in %1 do not have. Check for missing or extra digits.</source>
        <translation>
            <numerusform>It has %n digit, a length that numbers in %1 do not have. Check for missing or extra digits.</numerusform>
            <numerusform>It has %n digits, a length that numbers in %1 do not have. Check for missing or extra digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Core::PolicyValidator</name>
    <message numerus="yes">
        <source>With two methods required, the mobile app needs at least two other methods. Select %n more of Email, Mobile phone, Office phone or Security questions.</source>
        <translation>
            <numerusform>With two methods required, the mobile app needs at least two other methods. Select %n more of Email, Mobile phone, Office phone or Security questions.</numerusform>
            <numerusform>With two methods required, the mobile app needs at least two other methods. Select %n more of Email, Mobile phone, Office phone or Security questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::AuthCodePkceFlow</name>
    <message numerus="yes">
        <source>The sign-in in the browser wasn&apos;t finished within %n minute(s). Start it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::GraphErrorText</name>
    <message numerus="yes">
        <source>Microsoft Graph didn&apos;t answer within %n second(s). Check the network connection and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is throttling this app, and the request still failed after %n attempt(s). Wait a few minutes and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AddMethodDialog</name>
    <message numerus="yes">
        <source>Note: this number is already registered for %n other account(s): %1</source>
        <translation>
            <numerusform>Note: this number is already registered for %n other account: %1</numerusform>
            <numerusform>Note: this number is already registered for %n other accounts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AdminPolicyPage</name>
    <message numerus="yes">
        <source>In this tenant it covers %n administrator account(s).</source>
        <translation>
            <numerusform>In this tenant it covers %n administrator account.</numerusform>
            <numerusform>In this tenant it covers %n administrator accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuthenticatorQrPage</name>
    <message numerus="yes">
        <source>Showing the first %n match(es); type more to narrow the list.</source>
        <translation>
            <numerusform>Showing the first %n match; type more to narrow the list.</numerusform>
            <numerusform>Showing the first %n matches; type more to narrow the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The QR code and the secret were cleared after %n second(s). Generate a new key if the user did not scan it in time.</source>
        <translation>
            <numerusform>The QR code and the secret were cleared after %n second. Generate a new key if the user did not scan it in time.</numerusform>
            <numerusform>The QR code and the secret were cleared after %n seconds. Generate a new key if the user did not scan it in time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clears in %n minute(s)</source>
        <translation>
            <numerusform>Clears in %n minute</numerusform>
            <numerusform>Clears in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupListModel</name>
    <message numerus="yes">
        <source>%Ln direct member(s); select the group to count those of nested groups too</source>
        <translation>
            <numerusform>%Ln direct member; select the group to count those of nested groups too</numerusform>
            <numerusform>%Ln direct members; select the group to count those of nested groups too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln direct member(s)</source>
        <translation>
            <numerusform>%1, %Ln direct member</numerusform>
            <numerusform>%1, %Ln direct members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupPickerDialog</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupSheetsDialog</name>
    <message numerus="yes">
        <source>%1 — %2 direct member(s)</source>
        <translation>
            <numerusform>%1 — %2 direct member</numerusform>
            <numerusform>%1 — %2 direct members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n member(s), nested groups included. Guest accounts among them are left out.</source>
        <translation>
            <numerusform>“%1”: %n member, nested groups included. Guest accounts among them are left out.</numerusform>
            <numerusform>“%1”: %n members, nested groups included. Guest accounts among them are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys issued to %n member(s) of “%1” and recorded. Wrote %2 and %3 (readable only by you).</source>
        <translation>
            <numerusform>Keys issued to %n member of “%1” and recorded. Wrote %2 and %3 (readable only by you).</numerusform>
            <numerusform>Keys issued to %n members of “%1” and recorded. Wrote %2 and %3 (readable only by you).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest account(s) left out.</source>
        <translation>
            <numerusform>%n guest account left out.</numerusform>
            <numerusform>%n guest accounts left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupsPage</name>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln direct member(s)</source>
        <translation>
            <numerusform>%Ln direct member</numerusform>
            <numerusform>%Ln direct members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) with nested groups</source>
        <translation>
            <numerusform>%Ln member with nested groups</numerusform>
            <numerusform>%Ln members with nested groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ImportPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n row(s) of class %1</source>
        <translation>
            <numerusform>Show the %n row of class %1</numerusform>
            <numerusform>Show the %n rows of class %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also import the %n number(s) that other accounts have</source>
        <translation>
            <numerusform>Also import the %n number that other accounts have</numerusform>
            <numerusform>Also import the %n numbers that other accounts have</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be applied.</source>
        <translation>
            <numerusform>%n change will be applied.</numerusform>
            <numerusform>%n changes will be applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported (the checks in red say why).</source>
        <translation>
            <numerusform>%n row will not be imported (the checks in red say why).</numerusform>
            <numerusform>%n rows will not be imported (the checks in red say why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide for %n user(s) who already have a value: tick Replace, or use the buttons.</source>
        <translation>
            <numerusform>Decide for %n user who already have a value: tick Replace, or use the buttons.</numerusform>
            <numerusform>Decide for %n users who already have a value: tick Replace, or use the buttons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) to import, %2 columns, %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::OutboxPage</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::PredefinedQuestionsDialog</name>
    <message numerus="yes">
        <source>The pool has room for %n more question(s); untick some.</source>
        <translation>
            <numerusform>The pool has room for %n more question; untick some.</numerusform>
            <numerusform>The pool has room for %n more questions; untick some.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ReviewChangesDialog</name>
    <message numerus="yes">
        <source>&amp;Changes (%n):</source>
        <translation>
            <numerusform>&amp;Changes (%n):</numerusform>
            <numerusform>&amp;Changes (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::SaveBar</name>
    <message numerus="yes">
        <source>Cannot save: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>Cannot save: %1 (and %n more problem)</numerusform>
            <numerusform>Cannot save: %1 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have unsaved changes, with %n warning(s) on this or other pages; Save lists them for review.</source>
        <translation>
            <numerusform>You have unsaved changes, with %n warning on this or other pages; Save lists them for review.</numerusform>
            <numerusform>You have unsaved changes, with %n warnings on this or other pages; Save lists them for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::UserDialog</name>
    <message numerus="yes">
        <source>%1 is also registered for %n other account(s): %2</source>
        <translation>
            <numerusform>%1 is also registered for %n other account: %2</numerusform>
            <numerusform>%1 is also registered for %n other accounts: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::UsersPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportPlan</name>
    <message numerus="yes">
        <source>%n to add</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already set</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid address(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule violation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportPlanner</name>
    <message numerus="yes">
        <source>The number %1 is already registered for %n other account(s): %2.</source>
        <translation>
            <numerusform>The number %1 is already registered for %n other account: %2.</numerusform>
            <numerusform>The number %1 is already registered for %n other accounts: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file gives the number %1 to %n other user(s) as well: %2.</source>
        <translation>
            <numerusform>The file gives the number %1 to %n other user as well: %2.</numerusform>
            <numerusform>The file gives the number %1 to %n other users as well: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportRunner</name>
    <message numerus="yes">
        <source>%n row(s) with a registered value still need a decision: replace it or keep it.</source>
        <translation>
            <numerusform>%n row with a registered value still needs a decision: replace it or keep it.</numerusform>
            <numerusform>%n rows with a registered value still need a decision: replace it or keep it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::OutboxChange</name>
    <message numerus="yes">
        <source>Create a Temporary Access Pass for %1 (%n minute(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
