<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="18"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="21"/>
        <source>Birth &amp; Foster Parent Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="23"/>
        <source>bfpp-desktop, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="26"/>
        <source>A private notebook and guide for foster parents and kinship caregivers who are working together with a child&apos;s birth family. It never uses the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="31"/>
        <source>Your data is kept in this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="35"/>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="38"/>
        <source>What the guidance is based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="44"/>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="48"/>
        <source>The app&apos;s guidance is written in its own words from these documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Child</name>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="20"/>
        <source>Foster care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="21"/>
        <source>Kinship care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="36"/>
        <source>Reunification (going home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="37"/>
        <source>Guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="38"/>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="39"/>
        <source>Living with a relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="40"/>
        <source>Independent living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="41"/>
        <source>Another plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="99"/>
        <source>Please enter the child&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="101"/>
        <location filename="../../src/bfpp_desktop/core/children.py" line="104"/>
        <source>A name can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="107"/>
        <source>Please keep pronouns short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="109"/>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="112"/>
        <source>The placement date is before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="115"/>
        <source>The placement date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="118"/>
        <source>The stage must be 1, 2, 3 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="120"/>
        <source>Notes can be at most {limit} characters; please shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildEditor</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/child_editor.py" line="20"/>
        <source>Child details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/child_editor.py" line="20"/>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/child_editor.py" line="34"/>
        <source>she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/child_editor.py" line="34"/>
        <source>he/him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/child_editor.py" line="35"/>
        <source>they/them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/child_editor.py" line="41"/>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/child_editor.py" line="42"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildListModel</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/child_list_model.py" line="39"/>
        <source>Stage {n} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/date_field.py" line="21"/>
        <source>year-month-day, e.g. 2024-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/date_field.py" line="24"/>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/date_field.py" line="25"/>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../src/bfpp_desktop/core/dates.py" line="39"/>
        <source>Please write the date as year-month-day, for example 2024-03-15, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/dates.py" line="45"/>
        <source>That month name is not one we know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/dates.py" line="52"/>
        <source>There is no month {month}; months go from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/dates.py" line="55"/>
        <source>Please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/dates.py" line="58"/>
        <source>That day does not exist: {month} {year} has {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/errors.py" line="24"/>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/errors.py" line="25"/>
        <source>Sorry, the app ran into a problem it did not expect. What you saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/errors.py" line="29"/>
        <source>Details were written to {path}. If it happens again, please send that file to whoever helps you with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="30"/>
        <source>The data file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="31"/>
        <source>The file {path} is not a database this app can read. It may be damaged, or it may be a different kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="34"/>
        <source>The file has not been changed. If you have a backup, you can put it in its place; or start the app with another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="41"/>
        <source>The data file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="42"/>
        <source>The file {path} is empty (0 bytes). This can happen when a computer stops while saving or the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="44"/>
        <source>The file has not been changed. If you have a backup, put it in its place. To start afresh, move the empty file somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="51"/>
        <source>The data file is from a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="52"/>
        <source>The file {path} was saved by a newer version of this app, which knows things this version does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="54"/>
        <source>Please install the newer version to open it. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="64"/>
        <source>the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="70"/>
        <source>The data file is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="71"/>
        <source>Another program is using the data file right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="72"/>
        <source>Close other copies of the app, wait a moment, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="88"/>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="89"/>
        <source>There is no room left on the disk, so the last change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="91"/>
        <source>Free some space (empty the trash, move photos or videos elsewhere) and try again. What you typed is still on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="97"/>
        <source>The data folder cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="98"/>
        <source>This app is not allowed to save in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="99"/>
        <source>Check that the folder is yours and not read-only, or start the app with another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/formatting.py" line="34"/>
        <source>{n} years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/formatting.py" line="37"/>
        <source>under a month old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/formatting.py" line="39"/>
        <source>1 month old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/formatting.py" line="40"/>
        <source>{n} months old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/formatting.py" line="46"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/formatting.py" line="48"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/formatting.py" line="50"/>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/formatting.py" line="52"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/formatting.py" line="53"/>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="33"/>
        <source>Birth &amp; Foster Parent Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="69"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="70"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="161"/>
        <source>&amp;Back in My Care (Unarchive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="162"/>
        <source>&amp;Placement Ended (Archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="188"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="222"/>
        <source>{name}&apos;s record is kept under “children whose placement ended”. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="232"/>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="234"/>
        <source>Delete everything about {name} from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="236"/>
        <source>{name}&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="239"/>
        <source>This removes: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="240"/>
        <source>This cannot be undone. If the placement has ended and you may want these notes later, choose “Placement ended” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="242"/>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="256"/>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="259"/>
        <source>other records ({table})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="34"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="35"/>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="36"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="37"/>
        <source>With us since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="38"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="39"/>
        <source>Permanency goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="40"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="47"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="53"/>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="55"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="89"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="100"/>
        <source>Placement ended. This record is kept for you and hidden from the daily list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="101"/>
        <source>not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="107"/>
        <source>{date} ({ago})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="114"/>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="119"/>
        <source>Back in my care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/pages/overview.py" line="120"/>
        <source>Placement ended…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="51"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="52"/>
        <source>Supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="53"/>
        <source>Planning for home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="54"/>
        <source>After care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="60"/>
        <source>Building the Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="61"/>
        <source>Supporting the Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="62"/>
        <source>Keeping the Relationship Strong while Working with the System and Planning for Reunification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/children.py" line="64"/>
        <source>Keeping the Relationship Strong after the Family Leaves the Child Welfare System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/application.py" line="65"/>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/application.py" line="66"/>
        <source>The app is already open with this data folder. Look for its window; only one copy at a time can keep the notes safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/child_commands.py" line="39"/>
        <source>edit {name}&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/child_commands.py" line="51"/>
        <source>mark {name}&apos;s placement as ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/child_commands.py" line="53"/>
        <source>bring {name} back to the daily list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
