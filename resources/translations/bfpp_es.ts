<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutChildPage</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="234"/>
        <source>Find on this page (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="252"/>
        <source>Go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="278"/>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="285"/>
        <source>What {name}&apos;s family has shared and what you have noticed, so each day feels familiar. Items marked Private stay off printouts unless you choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="391"/>
        <source>Delete this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="391"/>
        <source>Delete “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="392"/>
        <source>You can bring it back with Edit &gt; Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="392"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../forms/about_dialog.ui" line="6"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="11"/>
        <source>Birth &amp; Foster Parent Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="31"/>
        <source>bfpp-desktop, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="19"/>
        <source>A private notebook and guide for foster parents and kinship caregivers who are working together with a child&apos;s birth family. It never uses the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="25"/>
        <source>Your data is kept in this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="36"/>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="48"/>
        <source>What the guidance is based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="38"/>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/about_dialog.py" line="42"/>
        <source>The app&apos;s guidance is written in its own words from these documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerBoxes</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="140"/>
        <source>{n}. {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="143"/>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <location filename="../../src/bfpp_desktop/core/bridge_book.py" line="30"/>
        <source>Waiting for the notebook to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/bridge_book.py" line="31"/>
        <source>Written back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/bridge_book.py" line="107"/>
        <source>Please keep the letter under {n:,} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/bridge_book.py" line="110"/>
        <source>Please write a few words, or choose something to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/bridge_book.py" line="113"/>
        <source>Please look at the photos once more and tick that they show no other children and nothing that shows where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/bridge_book.py" line="117"/>
        <source>Please keep each question under {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/bridge_book.py" line="120"/>
        <source>Please keep the reply under {n:,} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/bridge_book.py" line="123"/>
        <source>The reply date is before the page was prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/bridge_book.py" line="144"/>
        <source>bridge book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BridgeBookPage</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="62"/>
        <source>Prepare the next page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="87"/>
        <source>Bridge book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="113"/>
        <source>{name}&apos;s bridge book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="115"/>
        <source>A notebook that goes with {name} to family time: you write how the days went, the parent reads it and writes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="119"/>
        <source>Nothing in the book yet. The first page can share how {name}&apos;s week went, a photo or two, and a question for the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="134"/>
        <source>Waiting for {who}&apos;s reply. Notebooks often come back after the next family time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="135"/>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="172"/>
        <source>the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="171"/>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="173"/>
        <source>Page {n} · {date} · to {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="189"/>
        <source>Question: {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="192"/>
        <source>Print this page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="195"/>
        <source>Record what came back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="196"/>
        <source>Change the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="207"/>
        <source>The parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="208"/>
        <source>{who} wrote back · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="210"/>
        <source>{who} wrote back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="223"/>
        <source>Add what you learned to {name}&apos;s page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page.py" line="244"/>
        <source>Print center — {name}, bridge book page {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BridgePageEditor</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="48"/>
        <source>Prepare the next page of {name}&apos;s bridge book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="55"/>
        <source>Who the page is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="59"/>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="116"/>
        <source>Your letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="61"/>
        <source>A few words about the week, in your own voice. It is fine to keep it short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="67"/>
        <source>News to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="75"/>
        <source>Photos to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="83"/>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="85"/>
        <source>Private · {caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="91"/>
        <source>Photo not found · {caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="93"/>
        <source>I checked: no other children and nothing that shows where we live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="100"/>
        <source>Questions from the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="107"/>
        <source>Or write your own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="108"/>
        <source>Your own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="113"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="114"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="117"/>
        <source>News since the last page ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="118"/>
        <source>News so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="119"/>
        <source>No “to share” notes since the last page. Your letter can say how the week went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="124"/>
        <source>Pick a few photos. Before ticking, look at each one: other children&apos;s faces, our street, house number or school should not be in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="126"/>
        <source>No photos since the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="128"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="131"/>
        <source>Questions for {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="132"/>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="184"/>
        <source>the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="133"/>
        <source>Two or three questions are plenty; each gets room to write on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="143"/>
        <source>Save the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="179"/>
        <source>Share something private?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="180"/>
        <source>This is marked private. Put it on the page anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="183"/>
        <source>The page goes to {who} and may be kept for years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="185"/>
        <source>Put it on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/page_editor.py" line="231"/>
        <source>That is a lot of questions for one page; please choose a few.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BridgeReplyDialog</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="38"/>
        <source>the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="39"/>
        <source>What came back from {who} (page {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="46"/>
        <source>What they wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="47"/>
        <source>Type what {who} wrote, as much as you like, or add a photo of the page below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="55"/>
        <source>Their answers to our questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="67"/>
        <source>This page had no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="71"/>
        <source>A photo or scan of their page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="74"/>
        <source>Add a photo or scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="76"/>
        <source>Adding the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="78"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="91"/>
        <source>Came back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="93"/>
        <source>What {who} wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="113"/>
        <source>Choose a photo or scan of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/reply_dialog.py" line="114"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
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
        <location filename="../../src/bfpp_desktop/ui/children/editor.py" line="20"/>
        <location filename="../../forms/child_editor.ui" line="6"/>
        <source>Child details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/editor.py" line="20"/>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/editor.py" line="34"/>
        <source>she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/editor.py" line="34"/>
        <source>he/him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/editor.py" line="35"/>
        <source>they/them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/editor.py" line="41"/>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/editor.py" line="42"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="11"/>
        <source>Only the name is needed now. You can fill in the rest whenever you learn it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="24"/>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="30"/>
        <source>As on the placement papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="41"/>
        <source>&amp;Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="47"/>
        <source>The name the child likes to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="58"/>
        <source>&amp;Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="73"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="88"/>
        <source>P&amp;laced with us on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="103"/>
        <source>Placement &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="118"/>
        <source>Permanency &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="133"/>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="148"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/child_editor.ui" line="155"/>
        <source>Anything short you want to remember</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildListModel</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/list_model.py" line="39"/>
        <source>Stage {n} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfortCallHelper</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="40"/>
        <source>Comfort call for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="48"/>
        <source>Keep this open during the call. Jot down what you hear in a few words; you can tidy it up afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="56"/>
        <source>Questions you might ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="71"/>
        <source>What to say about yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="80"/>
        <source>How did the call go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="91"/>
        <source>If they are not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="95"/>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="96"/>
        <source>Other things to remember from the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="112"/>
        <source>Save the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="114"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="165"/>
        <source>Saved in {name}&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/comfort_call.py" line="174"/>
        <source>the comfort call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="39"/>
        <source>Birth parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="40"/>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="41"/>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="42"/>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="43"/>
        <source>Family friend (fictive kin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="44"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="45"/>
        <source>CASA volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="46"/>
        <source>Attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="47"/>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="48"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="49"/>
        <source>Dentist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="50"/>
        <source>School or teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="51"/>
        <source>Parent partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="52"/>
        <source>Respite caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="53"/>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="73"/>
        <source>No preference given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="74"/>
        <source>A phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="75"/>
        <source>A text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="76"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="77"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="78"/>
        <source>Through the caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="158"/>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="160"/>
        <source>A name can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="163"/>
        <source>Please say in a few words who this person is for the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="167"/>
        <source>This email address looks incomplete: it needs an @, like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="172"/>
        <source>A phone number needs some digits: “{number}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="177"/>
        <source>A phone number needs some digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/contacts.py" line="180"/>
        <source>Notes can be at most {limit} characters; please shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/vcard.py" line="60"/>
        <source>Best way to reach: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/vcard.py" line="63"/>
        <source>Language: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/vcard.py" line="66"/>
        <source>Lives with: {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/editor.py" line="25"/>
        <source>Person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/editor.py" line="26"/>
        <location filename="../../forms/contact_editor.ui" line="6"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="45"/>
        <source>For example: pastor, coach, neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="61"/>
        <source>For example: Mom, Maya&apos;s teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="74"/>
        <source>Add another number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="126"/>
        <source>For example: weekday evenings after 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="146"/>
        <source>Who cares for them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="165"/>
        <source>Their details may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="171"/>
        <source>Tick this only when the person (or their office) agreed, for example when a birth parent said their number may be given to you. Unticked details stay on this computer and are left off printouts unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="185"/>
        <source>Only for you; never printed or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="16"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="30"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="39"/>
        <source>In your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="55"/>
        <source>Relation to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="66"/>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="84"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="98"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="111"/>
        <source>Best way to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="120"/>
        <source>Best times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="131"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="140"/>
        <source>Lives with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="151"/>
        <source>Their home&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contact_editor.ui" line="176"/>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/editor.py" line="53"/>
        <source>In the circle of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/editor.py" line="65"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/editor.py" line="77"/>
        <location filename="../../src/bfpp_desktop/ui/contacts/editor.py" line="107"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/editor.py" line="77"/>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/editor.py" line="77"/>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/editor.py" line="78"/>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/editor.py" line="83"/>
        <source>What kind of number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/editor.py" line="85"/>
        <source>As you would dial it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEntriesDialog</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/entries.py" line="119"/>
        <source>{child}&apos;s journal with {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/entries.py" line="122"/>
        <source>Entries {person} took part in, newest first. Double-click one to open it in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/entries.py" line="134"/>
        <source>Open in the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactJournalLink</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/entries.py" line="34"/>
        <source>In the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/entries.py" line="67"/>
        <source>Last in the journal: {date} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/entries.py" line="70"/>
        <source>Only in planned entries so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/entries.py" line="73"/>
        <source>Not part of a journal entry yet. When you write one, tick {name} under “Who took part”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/entries.py" line="80"/>
        <source>Show all {n} entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/entries.py" line="81"/>
        <source>Show the entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/entries.py" line="82"/>
        <source>The journal entries {name} took part in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/list_model.py" line="76"/>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/picker.py" line="12"/>
        <source>Add someone already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/picker.py" line="15"/>
        <source>People saved for your other children. Choose who is also part of {name}&apos;s circle, for example a shared birth parent or caseworker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/picker.py" line="20"/>
        <source>Search by name, role or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/picker.py" line="31"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="54"/>
        <source>Search people by name, role or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="56"/>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="57"/>
        <source>Add someone already saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="64"/>
        <source>Export all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="66"/>
        <source>Save everyone on this list whose details may be shared as one vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="98"/>
        <source>My notes (only for you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="109"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="110"/>
        <source>Export vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="111"/>
        <source>Save a file you can open on a phone to add this person to its contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="113"/>
        <source>Remove from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="114"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="162"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="208"/>
        <source>No one matches “{words}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="210"/>
        <source>No one in {name}&apos;s circle yet. Add the people who matter to {name}: family, the caseworker, doctor, school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="253"/>
        <source>Take {person} off {name}&apos;s list; they stay saved for anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="262"/>
        <source>May be shared: these details can go on printouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="263"/>
        <source>Private: kept off printouts and exports unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="268"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="270"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="272"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="274"/>
        <source>Best reached by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="278"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="280"/>
        <source>Lives with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="282"/>
        <source>Their home&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="284"/>
        <source>No phone, email or address saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="294"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="295"/>
        <source>Copy {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="311"/>
        <source>Also in the circle of: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="315"/>
        <source>Copied {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="366"/>
        <source>Add someone already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="367"/>
        <source>Everyone you have saved is already in {name}&apos;s circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="389"/>
        <source>{name} is still saved. “Add someone already saved…” brings them back to any child&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="397"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="402"/>
        <source>{name} took part in {n} journal entries. Those entries stay as they are, with {name}&apos;s name kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="405"/>
        <source>{name} took part in 1 journal entry. That entry stays as it is, with {name}&apos;s name kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="409"/>
        <source>They will also be removed from the circle of {n} other child(ren). To take them off this list only, choose “Remove from this list” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="413"/>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="414"/>
        <source>Delete {name} ({role}) from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="416"/>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="427"/>
        <source>Export {name} as a vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="440"/>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="457"/>
        <source>Export all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="441"/>
        <source>{n} of the people on this list are marked private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="443"/>
        <source>Private: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="445"/>
        <source>Only those who may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="447"/>
        <source>Include the private ones, for my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="458"/>
        <source>No one on this list is marked as shareable, so there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="460"/>
        <source>{name}&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="461"/>
        <source>Export {name}&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="467"/>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="475"/>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="478"/>
        <source>Export private details?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="479"/>
        <source>{name}&apos;s details are marked private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="482"/>
        <source>A vCard file can be passed on like any file. Export it only for your own phone. Your notes are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/contacts/page.py" line="484"/>
        <source>Export for my phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="256"/>
        <source>birth parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="274"/>
        <source>Saved in {name}&apos;s journal. Added to {name}&apos;s page: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../src/bfpp_desktop/core/conversations.py" line="36"/>
        <source>We talked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/conversations.py" line="37"/>
        <source>The parent was not ready and asked me to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/conversations.py" line="39"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/conversations.py" line="87"/>
        <location filename="../../src/bfpp_desktop/core/conversations.py" line="108"/>
        <source>the birth parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/conversations.py" line="89"/>
        <source>Comfort call with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/conversations.py" line="90"/>
        <source>Comfort call with {name}: not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/conversations.py" line="92"/>
        <source>Comfort call to {name}: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/conversations.py" line="95"/>
        <source>Outcome: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/conversations.py" line="99"/>
        <source>Try the comfort call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/conversations.py" line="112"/>
        <source>Icebreaker meeting with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="167"/>
        <source>Save your notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="168"/>
        <source>You have written notes about {what} that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="175"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/date_field.py" line="21"/>
        <source>year-month-day, e.g. 2024-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/date_field.py" line="24"/>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/date_field.py" line="25"/>
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
    <name>Due</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="22"/>
        <source>Comfort call helper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="24"/>
        <source>Prepare the icebreaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="31"/>
        <source>Can still help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="32"/>
        <source>Good time now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="33"/>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="34"/>
        <source>An idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="35"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="105"/>
        <source>Comfort call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="108"/>
        <source>You have had a first call with the birth parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="110"/>
        <source>A short first phone call with the birth parent helps the child settle. Add the placement date and the app can suggest a good time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="117"/>
        <source>Once the child arrives, a short first call with the birth parent, ideally within a day, helps everyone settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="123"/>
        <source>You may already be in touch. A short call only about how the child is doing still helps, best within the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="127"/>
        <source>A short first call with the birth parent, best within the first day. The caseworker can set it up once the parent agrees to share numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="133"/>
        <source>It has been {days} days; a first call can still help. Here is how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="136"/>
        <source>A first call can still help, however long it has been. Here is how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="145"/>
        <source>Icebreaker meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="148"/>
        <source>You have met the birth parent for an icebreaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="150"/>
        <source>A short, friendly meeting about the child, best in the first week. The prep sheet helps you choose what to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="159"/>
        <source>Best in the first three to five days after the child arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="161"/>
        <source>Ideally by tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="163"/>
        <source>Ideally within the next {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="164"/>
        <source>{when} Ask the caseworker to set up a short meeting; the prep sheet helps you choose what to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="170"/>
        <source>Now is a good time for a short meeting about the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="172"/>
        <source>Still a good time: the first five days are ideal for a short meeting about the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="176"/>
        <source>Even if you see each other often, a calm talk only about the child&apos;s care is worth it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="183"/>
        <source>It has been {days} days; an icebreaker can still help. Here is how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="186"/>
        <source>An icebreaker can still help, however long it has been. Here is how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="195"/>
        <source>Family time today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="198"/>
        <source>Family time coming up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="202"/>
        <source>A snack and a favourite game to share can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="203"/>
        <source>Family time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="210"/>
        <source>From your journal, whenever it suits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="212"/>
        <source>From your journal. Still worth doing when you have a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="215"/>
        <source>From your journal, for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/due.py" line="217"/>
        <source>From your journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueRow</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="63"/>
        <source>{message} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="75"/>
        <source>How…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="76"/>
        <source>A few plain words on how to do this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueSection</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="99"/>
        <source>What&apos;s next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="104"/>
        <source>Nothing is waiting right now. The guide has ideas whenever you want them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="106"/>
        <source>Next suggested steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="110"/>
        <source>Open the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/due_section.py" line="141"/>
        <source>Read more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="38"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="40"/>
        <source>Cancelled or moved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="41"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="41"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="43"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="43"/>
        <source>Supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="44"/>
        <source>Not supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="45"/>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="46"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="47"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="50"/>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="51"/>
        <source>To follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="53"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="67"/>
        <source>(no notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="76"/>
        <source>(a photo that cannot be shown) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/detail.py" line="81"/>
        <source>may be shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="60"/>
        <source>Journal entry for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="61"/>
        <source>Edit journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="94"/>
        <source>We kept what you were writing last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="95"/>
        <source>Start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="113"/>
        <source>e.g. 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="117"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="120"/>
        <source>A few words, e.g. “First day at the new school”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="122"/>
        <source>What happened, in your own words. Private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="126"/>
        <source>Optional: a few kind lines written for the birth parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="131"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="132"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="133"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="134"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="135"/>
        <source>To share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="139"/>
        <source>More details (who, mood, follow-up, tags, photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="151"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="152"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="153"/>
        <source>Closes the window; what you typed is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="181"/>
        <source>Family time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="186"/>
        <source>Who cancelled or moved it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="190"/>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="194"/>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="215"/>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="195"/>
        <source>Supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="196"/>
        <source>Not supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="198"/>
        <source>e.g. I drove; the agency&apos;s driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="201"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="205"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="207"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="208"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="209"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="210"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="227"/>
        <source>Anyone else: names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="228"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="238"/>
        <source>In a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="241"/>
        <source>Something to do or ask next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="244"/>
        <source>e.g. school, sleep, mom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="249"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="250"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="256"/>
        <source>Stop adding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="275"/>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="276"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="277"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="278"/>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="279"/>
        <source>To follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="280"/>
        <source>Follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="281"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="282"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="284"/>
        <source>Photos are private too. Double-click one to caption it; tick it to allow sharing it with the birth parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="394"/>
        <source>Please enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="513"/>
        <source>That paste is too long for one entry ({n:,} characters). Nothing was pasted; please paste a shorter part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="534"/>
        <source>Double-click to write a caption. Tick to allow sharing this photo with the birth parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="536"/>
        <source>This photo cannot be shown; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="559"/>
        <source>Adding photos… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="566"/>
        <source>{name} looks like a photo but cannot be opened; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="586"/>
        <source>Stopping after this photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="590"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/editor.py" line="590"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
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
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="69"/>
        <source>the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="77"/>
        <source>The data file is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="78"/>
        <source>Another program is using the data file right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="79"/>
        <source>Close other copies of the app, wait a moment, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="95"/>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="96"/>
        <source>There is no room left on the disk, so the last change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="98"/>
        <source>Free some space (empty the trash, move photos or videos elsewhere) and try again. What you typed is still on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="104"/>
        <source>The data folder cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="105"/>
        <source>This app is not allowed to save in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/errors.py" line="106"/>
        <source>Check that the folder is yours and not read-only, or start the app with another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/rebuild.py" line="35"/>
        <source>The data file cannot be brought up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/rebuild.py" line="36"/>
        <source>Some of what is saved in {path} is not one of the choices this version of the app knows, so it was not updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/rebuild.py" line="38"/>
        <source>Nothing has been changed or lost. Please keep using the version of the app that made the file, and ask for help with the update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorBox</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/reflections_view.py" line="35"/>
        <source>A few words, only if you want to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/reflections_view.py" line="44"/>
        <source>Save reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/reflections_view.py" line="57"/>
        <source>What you wrote before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyTimeChart</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/chart.py" line="26"/>
        <source>{month}: {count} visits, {hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileAnswersDialog</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/file_answers_dialog.py" line="73"/>
        <source>Add what you learned to {name}&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/file_answers_dialog.py" line="77"/>
        <source>Tick what should go into {name}&apos;s routines, likes and care. Each item will say it came from {who} ({note}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/file_answers_dialog.py" line="79"/>
        <source>the birth parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/file_answers_dialog.py" line="89"/>
        <source>None of these answers is for the child&apos;s page. They are kept with your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/file_answers_dialog.py" line="100"/>
        <source>Add ticked items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/formatting.py" line="35"/>
        <source>{n} years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/formatting.py" line="38"/>
        <source>under a month old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/formatting.py" line="40"/>
        <source>1 month old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/formatting.py" line="41"/>
        <source>{n} months old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/formatting.py" line="47"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/formatting.py" line="49"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/formatting.py" line="51"/>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/formatting.py" line="53"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/formatting.py" line="54"/>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/glossary_dialog.py" line="28"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/glossary_dialog.py" line="30"/>
        <source>Words you may hear from caseworkers and in court, in plain language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/glossary_dialog.py" line="34"/>
        <source>Type to find a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/glossary_dialog.py" line="61"/>
        <source>No word matches “{text}”. Try a shorter part of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/glossary_text.py" line="53"/>
        <source>Click an underlined word to see what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/plan_dialog.py" line="28"/>
        <source>Going home: {name}&apos;s transition plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/plan_dialog.py" line="30"/>
        <source>Staying in touch: {name}&apos;s contact plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="23"/>
        <source>Transition plan for going home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="24"/>
        <source>Contact plan for afterwards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/stage_progress.py" line="29"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/stage_progress.py" line="30"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/stage_progress.py" line="31"/>
        <source>Not for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/stage_progress.py" line="95"/>
        <location filename="../../src/bfpp_desktop/core/stage_progress.py" line="112"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/stage_progress.py" line="97"/>
        <source>A note can be at most {limit} characters; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/stage_progress.py" line="106"/>
        <source>Please write a few words first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/stage_progress.py" line="108"/>
        <source>A reflection can be at most {limit} characters; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/stage_progress.py" line="117"/>
        <source>This part can be at most {limit} characters; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/page.py" line="64"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/page.py" line="75"/>
        <source>{n}. {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/page.py" line="77"/>
        <source>◉ {name} is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/page.py" line="80"/>
        <source>Protective factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/page.py" line="155"/>
        <source>Move to stage {n}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/page.py" line="156"/>
        <source>Move {name} to stage {n}, {title}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/page.py" line="160"/>
        <source>Choose this when your family feels ready. Steps you have ticked stay as they are, and Ctrl+Z undoes the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/page.py" line="162"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <location filename="../../src/bfpp_desktop/core/household.py" line="36"/>
        <source>Phone: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <location filename="../../forms/household_editor.ui" line="5"/>
        <source>Our details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/household_editor.ui" line="9"/>
        <source>These can go on sheets you give to the child&apos;s family. With “Leave out our details” ticked, only the first line is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/household_editor.ui" line="23"/>
        <source>for example: Sam and Jo, or Grandma Denise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/household_editor.ui" line="17"/>
        <source>What the family calls us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/household_editor.ui" line="28"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/household_editor.ui" line="37"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/household_editor.ui" line="46"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcebreakerHelper</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="50"/>
        <source>Icebreaker meeting for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="62"/>
        <source>Before: prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="63"/>
        <source>After: what you learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="66"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="86"/>
        <source>Keep private for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="90"/>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="92"/>
        <source>Four or five are plenty for a first meeting. Tick the ones that matter most now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="122"/>
        <source>What to share about your home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="129"/>
        <source>A few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="143"/>
        <source>Save preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="145"/>
        <source>Print preparation sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="175"/>
        <source>1 question ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="176"/>
        <source>{n} questions ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="182"/>
        <source>Saved {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="183"/>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="205"/>
        <source>After the meeting, write down what the parent told you. You will then choose what goes on {name}&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="212"/>
        <source>No questions are ticked. Tick some under “Before: prepare”, or write in the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="218"/>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="219"/>
        <source>Other things you learned or agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="228"/>
        <source>Save the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="261"/>
        <source>The meeting is saved in {name}&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/icebreaker.py" line="276"/>
        <source>the icebreaker meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/marks.py" line="27"/>
        <source>Private notes · a “to share” summary can be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/marks.py" line="28"/>
        <source>Private · nothing to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/marks.py" line="33"/>
        <source>Your notes stay private. Only the “to share” summary can go on a printout for the birth parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/marks.py" line="35"/>
        <source>Private: this entry never leaves the app. Write a “to share” summary if you want something from it on a printout for the birth parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="34"/>
        <source>Everyday note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="35"/>
        <source>Family time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="36"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="37"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="38"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="39"/>
        <source>School event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="40"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="41"/>
        <source>Meeting with the caseworker or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="42"/>
        <source>Court or review hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="63"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="64"/>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="65"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="66"/>
        <source>Moved to another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="67"/>
        <source>Did not happen: the parent did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="73"/>
        <source>Very unsettled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="74"/>
        <source>Unsettled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="75"/>
        <source>Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="76"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="77"/>
        <source>Happy and settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="207"/>
        <source>Please write the time as hours:minutes, for example 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="226"/>
        <source>Please give the entry a title or a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="228"/>
        <source>Please keep the title under {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="231"/>
        <source>These notes are very long ({n:,} characters; the most is {limit:,}). Please split them into several entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="238"/>
        <source>Please keep this under {n:,} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="243"/>
        <source>Please pick a point on the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/journal.py" line="260"/>
        <source>The end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="70"/>
        <source>Search notes, titles and summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="74"/>
        <source>New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="75"/>
        <source>Ctrl+N from anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="79"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="93"/>
        <source>With photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="94"/>
        <source>With a “to share” summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="95"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="129"/>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="134"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="135"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="152"/>
        <source>Things you wanted to follow up. Tick one when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="167"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="168"/>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="388"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="169"/>
        <source>Family time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="193"/>
        <source>A few words after family time, a phone call or a good day help you remember and share the small things. Entries are private unless you write a summary to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="197"/>
        <source>Write the first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="214"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="234"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="249"/>
        <source>The “to” date is before the “from” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="309"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="319"/>
        <source>{n} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="320"/>
        <source>Showing the newest {n}; add a word to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="480"/>
        <source>You can bring it back with Edit &gt; Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="488"/>
        <source>Journal entry deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="293"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="86"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="86"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="88"/>
        <source>A date as year-month-day, e.g. 2024-03-15, or pick one from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="294"/>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="334"/>
        <source>{name}&apos;s journal is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="374"/>
        <source>by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="375"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="382"/>
        <source>From “{title}”, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="385"/>
        <source>Nothing to follow up right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="387"/>
        <source>Follow-ups ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="392"/>
        <source>Family time that happened in the last 12 months: {count} visits, {hours} hours. Cancelled and missed visits are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="457"/>
        <source>Journal entry saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="475"/>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="476"/>
        <source>Delete this journal entry and its photos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/page.py" line="479"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="51"/>
        <location filename="../../forms/main_window.ui" line="9"/>
        <source>Birth &amp; Foster Parent Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="95"/>
        <location filename="../../forms/main_window.ui" line="200"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="96"/>
        <location filename="../../forms/main_window.ui" line="203"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="120"/>
        <source>&amp;Glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="132"/>
        <source>Print a sheet about this child, or save it as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="138"/>
        <source>New &amp;Journal Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="141"/>
        <source>Write a journal entry for the selected child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="146"/>
        <source>Comfort Call &amp;Helper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Icebreaker Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="160"/>
        <source>Close the sample family and go back to your own records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="167"/>
        <source>This is a made-up sample family. What you change here is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="257"/>
        <source>&amp;Back in My Care (Unarchive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="258"/>
        <location filename="../../forms/main_window.ui" line="209"/>
        <source>&amp;Placement Ended (Archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="285"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="308"/>
        <source>{name}&apos;s record is kept under “children whose placement ended”. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="321"/>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="322"/>
        <source>Delete everything about {name} from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="318"/>
        <source>{name}&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="50"/>
        <source>Sample family — Birth &amp; Foster Parent Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="106"/>
        <source>Add a child…: their name, birthday and placement ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Back to my records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="324"/>
        <source>This removes: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="325"/>
        <source>This cannot be undone. If the placement has ended and you may want these notes later, choose “Placement ended” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="327"/>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="332"/>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="336"/>
        <source>notes about routines, likes, care, health and school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="337"/>
        <source>journal entries (with their photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="338"/>
        <source>links to people (the people themselves are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="339"/>
        <source>guide steps ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="340"/>
        <source>reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="341"/>
        <source>plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="342"/>
        <source>bridge book pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="344"/>
        <source>other records ({table})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="31"/>
        <location filename="../../forms/main_window.ui" line="40"/>
        <source>Children in my care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="45"/>
        <source>Show ended placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/main_window.py" line="105"/>
        <location filename="../../forms/main_window.ui" line="50"/>
        <location filename="../../forms/main_window.ui" line="111"/>
        <source>Add a child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="69"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="88"/>
        <source>This is a quiet place to keep what you learn about the children in your care: their routines, the people who love them, and how family time goes. It helps you and the birth family work as one team, and prints sheets you can hand over. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="156"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="162"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="173"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="177"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="186"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="117"/>
        <source>Try it with a sample family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="118"/>
        <source>Opens a made-up family in a separate window, so you can look around. Your own records are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="194"/>
        <source>&amp;Add a child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="197"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="206"/>
        <source>&amp;Edit Child Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="212"/>
        <source>&amp;Delete Child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="215"/>
        <source>&amp;Find on This Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="219"/>
        <source>Show Children Whose Placement &amp;Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="222"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="54"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="55"/>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="56"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="57"/>
        <source>With us since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="58"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="59"/>
        <source>Permanency goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="60"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="67"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="73"/>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="75"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="110"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="123"/>
        <source>Placement ended. This record is kept for you and hidden from the daily list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="124"/>
        <source>not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="130"/>
        <source>{date} ({ago})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="137"/>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="143"/>
        <source>Back in my care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/children/overview_page.py" line="144"/>
        <source>Placement ended…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/people_picker.py" line="17"/>
        <source>Tick the people from the child&apos;s list who took part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../src/bfpp_desktop/storage/photos.py" line="50"/>
        <source>This file is not a photo we can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/photos.py" line="51"/>
        <source>{name} is not a JPEG or PNG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/photos.py" line="52"/>
        <source>Please choose a .jpg or .png photo. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/photos.py" line="57"/>
        <source>This photo cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/photos.py" line="58"/>
        <source>{name} seems damaged or only partly copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/photos.py" line="60"/>
        <source>Please try another copy of the photo. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/photos.py" line="94"/>
        <source>This photo is very large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/photos.py" line="95"/>
        <source>{name} is larger than 40 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/storage/photos.py" line="96"/>
        <source>Please choose a smaller copy of the photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/plan_dialog.py" line="53"/>
        <source>Write as much or as little as helps. You can come back and change it any time; it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/plan_dialog.py" line="88"/>
        <source>Last changed {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/plan_dialog.py" line="90"/>
        <source>Print this plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/plan_dialog.py" line="93"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/plan_dialog.py" line="95"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/plan_dialog.py" line="125"/>
        <source>Saving as you type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/plan_dialog.py" line="136"/>
        <source>Not saved yet: one part is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/plan_dialog.py" line="139"/>
        <source>Not saved yet. Your words are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/plan_dialog.py" line="142"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../src/bfpp_desktop/reports/page.py" line="89"/>
        <source>Private copy — not for the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/page.py" line="133"/>
        <source>page {x} of {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/page.py" line="168"/>
        <source>{part} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/page.py" line="222"/>
        <source>printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/gather_bridge.py" line="51"/>
        <source>There is no such page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/gather_bridge.py" line="52"/>
        <source>{name}&apos;s bridge book has no page {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/gather_bridge.py" line="53"/>
        <source>The Bridge book tab shows the pages there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/photo_blocks.py" line="32"/>
        <source>This photo is no longer in the app&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="83"/>
        <source>Daily routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="84"/>
        <source>Sleep and bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="85"/>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="86"/>
        <source>Comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="87"/>
        <source>Favourite things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="88"/>
        <source>Fears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="89"/>
        <source>Hair and skin care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="61"/>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="90"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="91"/>
        <source>Faith and culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="62"/>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="71"/>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="92"/>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="40"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="93"/>
        <source>What you want us to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="94"/>
        <source>Questions you have for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="95"/>
        <source>Who to give it back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="112"/>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="72"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="113"/>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="90"/>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="114"/>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="81"/>
        <source>Diapers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="115"/>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="95"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="116"/>
        <source>Something new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="117"/>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="49"/>
        <source>A note for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="118"/>
        <source>Space to write back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="119"/>
        <source>Who it is from (our name, phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="58"/>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="49"/>
        <source>For the birth parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="50"/>
        <source>For a babysitter, a respite carer or the next home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="52"/>
        <source>For you and the caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="59"/>
        <source>Care practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="60"/>
        <source>Likes and dislikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="63"/>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="72"/>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="129"/>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="45"/>
        <source>Important people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="67"/>
        <source>Name and pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="68"/>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="75"/>
        <source>What I love</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="69"/>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="34"/>
        <source>What comforts me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="70"/>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="37"/>
        <source>How to care for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="133"/>
        <source>Our letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="134"/>
        <source>News since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="135"/>
        <location filename="../../src/bfpp_desktop/reports/documents/bridge_book.py" line="61"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="136"/>
        <location filename="../../src/bfpp_desktop/reports/documents/bridge_book.py" line="65"/>
        <source>Questions for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="137"/>
        <source>Your turn to write back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="99"/>
        <location filename="../../src/bfpp_desktop/reports/documents/comfort_call.py" line="32"/>
        <source>About the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="76"/>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="100"/>
        <location filename="../../src/bfpp_desktop/reports/documents/icebreaker_prep.py" line="27"/>
        <location filename="../../src/bfpp_desktop/reports/documents/icebreaker_prep.py" line="49"/>
        <location filename="../../src/bfpp_desktop/reports/documents/comfort_call.py" line="35"/>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="101"/>
        <location filename="../../src/bfpp_desktop/reports/documents/icebreaker_prep.py" line="30"/>
        <location filename="../../src/bfpp_desktop/reports/documents/comfort_call.py" line="38"/>
        <source>What we can share about us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="102"/>
        <location filename="../../src/bfpp_desktop/reports/documents/comfort_call.py" line="45"/>
        <source>Before we hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="190"/>
        <location filename="../../src/bfpp_desktop/reports/documents/routine_sheet.py" line="55"/>
        <source>Routine sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="201"/>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="50"/>
        <source>All about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="202"/>
        <source>A one- or two-page profile of the child: what they love, what comforts them, care, school and important people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="209"/>
        <source>Icebreaker preparation sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="210"/>
        <source>What to ask and what to share at the first meeting with the birth parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="77"/>
        <source>What we can share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="78"/>
        <location filename="../../src/bfpp_desktop/reports/documents/icebreaker_prep.py" line="33"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="191"/>
        <source>The child&apos;s day, care practices and likes, for the birth parent, a babysitter, a respite home or the next home. For a babysitter or the next home it also lists allergies and medicines (even ones marked private) and the important people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="218"/>
        <source>About my child (blank, to fill in by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="219"/>
        <source>Open questions with room to write, for the birth parent to fill in and give back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="226"/>
        <location filename="../../src/bfpp_desktop/reports/documents/comfort_call.py" line="19"/>
        <source>Comfort call notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="227"/>
        <source>The questions for the first phone call, with room for notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="233"/>
        <source>Family time and journal summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="106"/>
        <location filename="../../src/bfpp_desktop/reports/documents/journal_summary.py" line="28"/>
        <source>Family time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="107"/>
        <location filename="../../src/bfpp_desktop/reports/documents/journal_summary.py" line="31"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="108"/>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="234"/>
        <source>What you wrote to share from the journal and family time, for a range of dates. Titles, notes and whether family time happened stay off this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="242"/>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="37"/>
        <source>Family time record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="243"/>
        <source>For you and the caseworker, not for the family: each family time in a range of dates, whether it happened, and your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="252"/>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="56"/>
        <source>Diaper-bag note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="253"/>
        <source>Today&apos;s sleep, feeds, diapers and mood for a baby or toddler, with space for the parent to write back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="260"/>
        <location filename="../../src/bfpp_desktop/reports/documents/plan.py" line="20"/>
        <source>Transition plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="261"/>
        <source>The plan for going home: steps, dates and who helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="123"/>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="124"/>
        <source>Who to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="267"/>
        <source>After-reunification contact plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="268"/>
        <source>How the child and both families will stay in touch after going home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="128"/>
        <source>Ways to keep in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="275"/>
        <source>Bridge book page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="276"/>
        <source>A page of the notebook that goes to family time (the newest, or the one chosen on the Bridge book tab): your letter, news, photos, questions and room to write back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="284"/>
        <location filename="../../src/bfpp_desktop/reports/documents/photo_sheet.py" line="47"/>
        <source>Photo sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/catalogue.py" line="285"/>
        <source>Photos marked shareable from a range of dates, with their dates and captions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/world_blocks.py" line="38"/>
        <source>How serious: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/world_blocks.py" line="44"/>
        <source>Comfort things: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/world_blocks.py" line="88"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/world_blocks.py" line="88"/>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/world_blocks.py" line="89"/>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/world_blocks.py" line="100"/>
        <source>lives with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/world_blocks.py" line="109"/>
        <source>their home: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/world_blocks.py" line="114"/>
        <source>speaks {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/options.py" line="41"/>
        <source>The birth parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/options.py" line="42"/>
        <source>A babysitter or respite carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/options.py" line="43"/>
        <source>The next home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/options.py" line="96"/>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/icebreaker_prep.py" line="20"/>
        <source>Getting ready for the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/icebreaker_prep.py" line="21"/>
        <source>Questions to ask {name}&apos;s family, with room for their answers, and what we would like to tell them about us. Pick a few; there is no need to ask them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/icebreaker_prep.py" line="34"/>
        <source>Icebreaker preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/icebreaker_prep.py" line="67"/>
        <source>Keep to yourself for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/photo_sheet.py" line="24"/>
        <source>Photos of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/photo_sheet.py" line="27"/>
        <source>No photos marked shareable in these dates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/bridge_book.py" line="23"/>
        <source>Bridge book, page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/bridge_book.py" line="37"/>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/bridge_book.py" line="41"/>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="27"/>
        <source>From: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/bridge_book.py" line="42"/>
        <source>{name}&apos;s bridge book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/bridge_book.py" line="49"/>
        <source>A note from us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/bridge_book.py" line="56"/>
        <source>What {name} has been up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/bridge_book.py" line="82"/>
        <source>Your turn, {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/bridge_book.py" line="83"/>
        <source>Your turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/bridge_book.py" line="84"/>
        <source>Anything you would like to tell us or {name}: how you are, what {name} loves, what to keep doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/comfort_call.py" line="20"/>
        <source>For the first phone call with {name}&apos;s family. Keep it short and warm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/comfort_call.py" line="28"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/comfort_call.py" line="28"/>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="76"/>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="85"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/comfort_call.py" line="29"/>
        <source>Who was on the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/comfort_call.py" line="42"/>
        <source>When we will talk next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/comfort_call.py" line="43"/>
        <source>What we said we would do or find out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="15"/>
        <source>What does a usual day look like for {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="16"/>
        <source>Waking up, meals, naps, play, bath time, anything you always do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="19"/>
        <source>How does {name} sleep best?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="20"/>
        <source>Bedtime, naps, a night light, a blanket or toy, a song or story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="23"/>
        <source>What does {name} like to eat and drink, and what not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="24"/>
        <source>Favourite meals and snacks, foods to avoid, allergies, how it is served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="27"/>
        <source>When {name} is upset or tired, what helps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="28"/>
        <source>Words, a hug, a quiet place, a favourite thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="30"/>
        <source>What are {name}&apos;s favourite things?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="31"/>
        <source>Toys, songs, shows, games, places, people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="33"/>
        <source>Is there anything that worries or scares {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="34"/>
        <source>The dark, loud noises, animals, being alone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="36"/>
        <source>How do you care for {name}&apos;s hair and skin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="37"/>
        <source>Products you use, how often, styles {name} likes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="39"/>
        <source>Is there anything about {name}&apos;s health we should know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="40"/>
        <source>Medicines, allergies, the doctor or dentist you see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="42"/>
        <source>What faith, culture or traditions are part of {name}&apos;s life?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="44"/>
        <source>Languages, holidays, prayers, foods, celebrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="46"/>
        <source>What should we know about school or daycare?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="47"/>
        <source>Teachers, friends, homework, what {name} enjoys there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="49"/>
        <source>What else would you like us to know about {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="51"/>
        <source>What would you like to ask us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="52"/>
        <source>About our home, our family, or how {name} is doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="63"/>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="28"/>
        <source>All about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="64"/>
        <source>You know {name} best. Please write anything you would like us to know; skip whatever you like. Thank you for sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="77"/>
        <source>About my child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/blank_sheet.py" line="85"/>
        <source>When you are done, please give this back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="24"/>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="28"/>
        <source>{name}&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="48"/>
        <source>Something new today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="53"/>
        <source>How was {name} with you? Anything we should know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="54"/>
        <source>Your turn: write back to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="62"/>
        <source>happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="62"/>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="63"/>
        <source>playful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="63"/>
        <source>sleepy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="64"/>
        <source>fussy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="64"/>
        <source>unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="68"/>
        <source>Fell asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="68"/>
        <source>Woke up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="76"/>
        <source>Wet or dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="85"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/diaper_bag.py" line="86"/>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/plan.py" line="21"/>
        <source>Going home: {name}&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/plan.py" line="22"/>
        <source>So that {name}&apos;s move home goes gently, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/plan.py" line="31"/>
        <source>Contact plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/plan.py" line="32"/>
        <source>Staying in touch with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/plan.py" line="34"/>
        <source>How {name} and both families will keep in touch after {name} goes home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/plan.py" line="45"/>
        <source>Fill it in together; write as much or as little as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/plan.py" line="68"/>
        <source>Made together on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/plan.py" line="71"/>
        <source>Made together with {who} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/routine_sheet.py" line="25"/>
        <source>{name}&apos;s routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/routine_sheet.py" line="26"/>
        <source>How {name}&apos;s days usually go and what helps, gathered from the people who know {name} best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/routine_sheet.py" line="31"/>
        <source>From {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/routine_sheet.py" line="52"/>
        <source>Nothing to print yet: add {name}&apos;s routines, likes and care on the child&apos;s page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/routine_sheet.py" line="85"/>
        <source>Health needs are kept separately; please ask us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/journal_summary.py" line="23"/>
        <source>{name}: family time and journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/journal_summary.py" line="34"/>
        <location filename="../../src/bfpp_desktop/reports/documents/journal_summary.py" line="68"/>
        <source>From the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/journal_summary.py" line="37"/>
        <source>Nothing was written to share in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/journal_summary.py" line="39"/>
        <source>Journal summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/page.py" line="44"/>
        <source>From {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/page.py" line="47"/>
        <source>From {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/page.py" line="49"/>
        <source>Up to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="18"/>
        <source>For the caregiver and caseworker — not for the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="27"/>
        <source>{name}: family time record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="30"/>
        <source>In these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="32"/>
        <source>Each family time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="35"/>
        <source>No family time is recorded in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="46"/>
        <source>Family time in these dates: {total}. Happened: {attended}. Did not happen: {missed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="51"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="52"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="64"/>
        <source>Where: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="66"/>
        <source>Supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="67"/>
        <source>Not supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/family_time_record.py" line="69"/>
        <source>Cancelled or moved by: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/journal_summary.py" line="53"/>
        <source>Private notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="24"/>
        <source>I like to be called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="26"/>
        <source>My pronouns are {pronouns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="47"/>
        <source>Nothing to print yet: add what {name} loves and what helps on the child&apos;s page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="72"/>
        <source>Not my favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/reports/documents/all_about_me.py" line="84"/>
        <source>My comfort things: {items}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCenter</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="99"/>
        <source>Print center — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="129"/>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="133"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="143"/>
        <source>{title} (coming soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="170"/>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="175"/>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="183"/>
        <source>What goes on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="187"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="189"/>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="412"/>
        <source>Include private entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="191"/>
        <source>Entries marked private and contacts you have not agreed to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="193"/>
        <source>Leave out our details (address, phone, surname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="195"/>
        <source>Our details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="201"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="204"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="205"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="207"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="209"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="212"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="221"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="222"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="243"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="255"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="257"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="259"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="293"/>
        <source>“{title}” cannot be printed from here yet. Here is another document you may find useful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="379"/>
        <source>Health and the important people stay off the birth parent&apos;s copy; one line says health needs are kept separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="381"/>
        <source>Adds allergies and medicines (even ones marked private) and the important people you agreed to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="386"/>
        <source>Only on a copy for a babysitter or the next home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="406"/>
        <source>Print private entries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="407"/>
        <source>Entries you marked private, and contacts you have not agreed to share, will be on this printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="410"/>
        <source>Paper can travel further than you mean it to. Include them this time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="492"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="493"/>
        <source>{n} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="500"/>
        <source>The preview could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="507"/>
        <source>Preview stopped. Change a choice to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="528"/>
        <source>Making the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="549"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="550"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/printing/print_center.py" line="558"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/privacy.py" line="8"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/widgets/privacy.py" line="9"/>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsView</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/reflections_view.py" line="78"/>
        <source>Protective factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/reflections_view.py" line="81"/>
        <source>Five things that help every family through hard times. Noticing them in the birth parent, and in yourself, is a quiet way to support the child. Writing here is optional and just for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="176"/>
        <source>Add a routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="177"/>
        <source>Add a like or dislike…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="178"/>
        <source>Add a care practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="179"/>
        <source>Add a health note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="180"/>
        <source>Add a school note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="185"/>
        <source>Nothing here yet. {name}&apos;s day — waking, meals, naps, bath and bedtime — can go here, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="187"/>
        <source>Nothing here yet. Favourite foods, toys, songs and what soothes {name} can go here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="189"/>
        <source>Nothing here yet. Hair and skin care, bathing, clothing, food, faith and family traditions can go here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="191"/>
        <source>Nothing here yet. Allergies, medicines, the doctor and dentist can go here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="193"/>
        <source>Nothing here yet. {name}&apos;s school or childcare, teacher and schedule can go here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="215"/>
        <source>Nothing in this section matches.</source>
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
    <name>StageView</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="44"/>
        <source>Stage {n} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="51"/>
        <source>◉ This is where {name} is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="57"/>
        <source>Move {name} to this stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="60"/>
        <source>Move on when your family feels ready. There is no rush and no score; you can always come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="66"/>
        <source>What this stage is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="68"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="71"/>
        <source>Steps you might take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="72"/>
        <source>Tick what you have done. Set aside anything that does not fit your family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="79"/>
        <source>Open the comfort call helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="80"/>
        <source>Prepare the icebreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="98"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="104"/>
        <source>Last changed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="105"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="117"/>
        <source>Conversation starters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="118"/>
        <source>Questions you might ask the birth parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="119"/>
        <source>Ways to share about yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="124"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="129"/>
        <source>Helpful printouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/stage_view.py" line="134"/>
        <source>Open this in the print center</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/bfpp_desktop/session.py" line="57"/>
        <location filename="../../src/bfpp_desktop/session.py" line="65"/>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/session.py" line="58"/>
        <source>The app is already open with this data folder. Look for its window; only one copy at a time can keep the notes safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/session.py" line="60"/>
        <location filename="../../src/bfpp_desktop/session.py" line="68"/>
        <source>Close the window, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/session.py" line="66"/>
        <source>The app is open with this data folder, and the file must be updated for this version before it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/step_row.py" line="39"/>
        <source>Tick when you have done this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/step_row.py" line="45"/>
        <location filename="../../src/bfpp_desktop/ui/guide/step_row.py" line="101"/>
        <source>Read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/step_row.py" line="48"/>
        <source>Not for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/step_row.py" line="52"/>
        <source>Some steps do not fit every family; this sets it aside, and you can change it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/step_row.py" line="56"/>
        <source>A note for yourself, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/step_row.py" line="92"/>
        <source>✓ Done {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/step_row.py" line="94"/>
        <source>Set aside: not for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/guide/step_row.py" line="101"/>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/timeline_delegate.py" line="71"/>
        <source>1 photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/journal/timeline_delegate.py" line="72"/>
        <source>{n} photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/bfpp_desktop/actions/contacts.py" line="32"/>
        <location filename="../../src/bfpp_desktop/actions/children.py" line="32"/>
        <source>edit {name}&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/contacts.py" line="46"/>
        <source>add {name} to {child}&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/contacts.py" line="47"/>
        <source>remove {name} from {child}&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/children.py" line="42"/>
        <source>mark {name}&apos;s placement as ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/children.py" line="43"/>
        <source>bring {name} back to the daily list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/world.py" line="29"/>
        <source>add “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/world.py" line="69"/>
        <source>delete “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/world.py" line="47"/>
        <source>change “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/world.py" line="57"/>
        <source>move “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/bridge_book.py" line="28"/>
        <location filename="../../src/bfpp_desktop/actions/bridge_book.py" line="51"/>
        <source>add page {n} to the bridge book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/bridge_book.py" line="39"/>
        <source>take page {n} out of the bridge book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/bridge_book.py" line="62"/>
        <source>record the reply to page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/guide.py" line="14"/>
        <source>tick “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/guide.py" line="16"/>
        <source>mark “{step}” as not for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/guide.py" line="18"/>
        <source>reopen “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/guide.py" line="20"/>
        <source>note on “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/journal.py" line="36"/>
        <source>edit the journal entry “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/journal.py" line="48"/>
        <source>delete the journal entry “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/journal.py" line="61"/>
        <source>bring back the journal entry “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/undo.py" line="73"/>
        <source>This step has been taken off the Undo list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/result.py" line="71"/>
        <source>This is no longer saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/result.py" line="72"/>
        <source>What this would change has been deleted or taken back meanwhile, so it could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/actions/result.py" line="74"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenAndWho</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="62"/>
        <source>A name, e.g. Mom or Rosa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="74"/>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="87"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="79"/>
        <source>e.g. 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="81"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="89"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="107"/>
        <source>Please fill in the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/parts.py" line="110"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>World</name>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="34"/>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="35"/>
        <source>Likes and dislikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="36"/>
        <source>Care practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="37"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="38"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="106"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="107"/>
        <source>School days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="108"/>
        <source>Weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="123"/>
        <source>Birth parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="124"/>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="125"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="126"/>
        <source>Previous caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="127"/>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="128"/>
        <source>We noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="142"/>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="143"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="144"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="145"/>
        <source>Severe — can be life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="203"/>
        <source>“{text}” is not a clock time. Write it like 07:30 or 19:00–19:30, or tick “Say it in words” for times like “after lunch”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="210"/>
        <source>Please add the minutes, for example {h:02d}:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="215"/>
        <source>With am or pm, hours go from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="218"/>
        <source>{text} is not a time on the clock: hours go from 00 to 23 and minutes from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="234"/>
        <source>Please give one time (07:30) or a range (19:00–19:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="244"/>
        <source>This can be at most {limit} characters; it has {n}. Please shorten it or split it into two items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="250"/>
        <source>Please write a few words to name this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="261"/>
        <source>At most {limit} steps, please; this has {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="267"/>
        <source>Each line can be at most {limit} characters; one has {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="294"/>
        <source>{who} noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="295"/>
        <source>we noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="298"/>
        <source>the birth parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="299"/>
        <source>the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="300"/>
        <source>the caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="301"/>
        <source>the previous caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="302"/>
        <source>a relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/core/world.py" line="304"/>
        <source>from {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorldItemEditor</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="43"/>
        <source>Add to {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="45"/>
        <source>Change: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="166"/>
        <source>e.g. 07:30 or 19:00–19:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="81"/>
        <source>Say it in words (e.g. “after lunch”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="27"/>
        <source>Pick someone from the child&apos;s People list, or write the name below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="156"/>
        <source>One step per line, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="184"/>
        <source>One per line, e.g. blue blanket, a song, night light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="241"/>
        <source>Name, e.g. Mom, Grandma Denise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="293"/>
        <source>e.g. comfort call, icebreaker meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="308"/>
        <source>Private — leave it off printouts unless I choose to include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="12"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="32"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="57"/>
        <location filename="../../forms/world_editor.ui" line="254"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="97"/>
        <source>Which days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="106"/>
        <source>How serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="21"/>
        <source>From People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="141"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="169"/>
        <source>Comfort items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="206"/>
        <source>Who told us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="211"/>
        <source>Keeping track of who shared this honours what the family told you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="218"/>
        <source>Told by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="227"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/world_editor.ui" line="279"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="92"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="100"/>
        <source>e.g. Bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="101"/>
        <source>e.g. Mango slices, the dark, Bluey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="102"/>
        <source>e.g. Wash and detangle curls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="103"/>
        <source>e.g. Peanut allergy, Dr. Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="104"/>
        <source>e.g. Lincoln Elementary, 2nd grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="109"/>
        <source>What helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="110"/>
        <source>How, how often, products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="111"/>
        <source>Details, dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="112"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="116"/>
        <source>Anything that helps, or what to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="117"/>
        <source>How it is done, how often, which products the family uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="118"/>
        <source>Dose, phone number, what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="119"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="146"/>
        <source>Not from the People list (write it below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/editor.py" line="165"/>
        <source>e.g. after lunch, when she gets tired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorldRow</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="64"/>
        <source>From People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="72"/>
        <source>Comfort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="106"/>
        <source>Left off printouts unless you choose to include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="107"/>
        <source>Can go on printouts for the family or a babysitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="109"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="110"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="111"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/world/page.py" line="112"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/file_answers_dialog.py" line="25"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/file_answers_dialog.py" line="31"/>
        <source>What to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/conversations/file_answers_dialog.py" line="40"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/photos.py" line="15"/>
        <source>Photo not found
in the app&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/bfpp_desktop/ui/bridge/photos.py" line="19"/>
        <source>Missing photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
