<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Backups</name>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>1 child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>1 journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>1 photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactJournalLink</name>
    <message numerus="yes">
        <source>Show all %n entries…</source>
        <translation>
            <numerusform>Show the entry…</numerusform>
            <numerusform>Show all %n entries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>{name} took part in %n journal entries. Those entries stay as they are, with {name}&apos;s name kept.</source>
        <translation>
            <numerusform>{name} took part in 1 journal entry. That entry stays as it is, with {name}&apos;s name kept.</numerusform>
            <numerusform>{name} took part in %n journal entries. Those entries stay as they are, with {name}&apos;s name kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They will also be removed from the circle of %n other children. To take them off this list only, choose “Remove from this list” instead.</source>
        <translation>
            <numerusform>They will also be removed from the circle of 1 other child. To take them off this list only, choose “Remove from this list” instead.</numerusform>
            <numerusform>They will also be removed from the circle of %n other children. To take them off this list only, choose “Remove from this list” instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people on this list are marked private.</source>
        <translation>
            <numerusform>1 person on this list is marked private.</numerusform>
            <numerusform>%n people on this list are marked private.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyTimeChart</name>
    <message numerus="yes">
        <source>{month}: %n visits, {hours} hours</source>
        <translation>
            <numerusform>{month}: 1 visit, {hours} hours</numerusform>
            <numerusform>{month}: %n visits, {hours} hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>1 day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>1 month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>1 year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>1 year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months old</source>
        <translation>
            <numerusform>1 month old</numerusform>
            <numerusform>%n months old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>1 day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in 1 day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcebreakerHelper</name>
    <message numerus="yes">
        <source>%n questions ticked</source>
        <translation>
            <numerusform>1 question ticked</numerusform>
            <numerusform>%n questions ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>1 entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>1 found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Family time that happened in the last 12 months: %n visits, {hours} hours. Cancelled and missed visits are not counted.</source>
        <translation>
            <numerusform>Family time that happened in the last 12 months: 1 visit, {hours} hours. Cancelled and missed visits are not counted.</numerusform>
            <numerusform>Family time that happened in the last 12 months: %n visits, {hours} hours. Cancelled and missed visits are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n notes about routines, likes, care, health and school</source>
        <translation>
            <numerusform>1 note about routines, likes, care, health and school</numerusform>
            <numerusform>%n notes about routines, likes, care, health and school</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries (with their photos)</source>
        <translation>
            <numerusform>1 journal entry (with its photos)</numerusform>
            <numerusform>%n journal entries (with their photos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links to people (the people themselves are kept)</source>
        <translation>
            <numerusform>1 link to a person (the person is kept)</numerusform>
            <numerusform>%n links to people (the people themselves are kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide steps ticked</source>
        <translation>
            <numerusform>1 guide step ticked</numerusform>
            <numerusform>%n guide steps ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>1 reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plans</source>
        <translation>
            <numerusform>1 plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge book pages</source>
        <translation>
            <numerusform>1 bridge book page</numerusform>
            <numerusform>%n bridge book pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other records ({table})</source>
        <translation>
            <numerusform>1 other record ({table})</numerusform>
            <numerusform>%n other records ({table})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthBox</name>
    <message numerus="yes">
        <source>Incident reports: %n</source>
        <translation>
            <numerusform>Incident reports: 1</numerusform>
            <numerusform>Incident reports: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trips: %n</source>
        <translation>
            <numerusform>Trips: 1</numerusform>
            <numerusform>Trips: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifebook pages: %n</source>
        <translation>
            <numerusform>Lifebook pages: 1</numerusform>
            <numerusform>Lifebook pages: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCenter</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>1 page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>1 photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>1 photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
</TS>
