<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h2&gt;Facilitator %1&lt;/h2&gt;&lt;p&gt;An offline companion for people who run participatory meetings: Liberating Structures workshops and SDMI consent decisions.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Liberating Structures&lt;/b&gt; were developed by Henri Lipmanowicz and Keith McCandless (liberatingstructures.com), with the Liberating Structures community and the authors of the 2026 Fieldbook. The descriptions in this app are written in our own words; the structures themselves are theirs, shared under a Creative Commons licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solution-Driven Methods of Interaction (SDMI)&lt;/b&gt; were developed by Ben Wenting and Astrid Vermeer and are used by Buurtzorg&apos;s self-managing teams.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu Sans (Bitstream Vera licence; DejaVu changes public domain), shipped in resources/fonts with its licence. &lt;b&gt;Sounds:&lt;/b&gt; the chimes are synthesised by Facilitator itself (tools/make_sounds.py); no recordings of others are used. &lt;b&gt;Icon:&lt;/b&gt; drawn for Facilitator.&lt;/p&gt;&lt;p&gt;Facilitator works without a network connection and never sends your data anywhere.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Facilitator %1&lt;/h2&gt;&lt;p&gt;Een offline hulpmiddel voor wie participatieve bijeenkomsten begeleidt: Liberating Structures-workshops en SDMI-besluitvorming met instemming.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Liberating Structures&lt;/b&gt; zijn ontwikkeld door Henri Lipmanowicz en Keith McCandless (liberatingstructures.com), met de Liberating Structures-community en de auteurs van het Fieldbook uit 2026. De beschrijvingen in deze app zijn in onze eigen woorden geschreven; de werkvormen zelf zijn van hen, gedeeld onder een Creative Commons-licentie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solution-Driven Methods of Interaction (SDMI)&lt;/b&gt; zijn ontwikkeld door Ben Wenting en Astrid Vermeer en worden gebruikt door de zelfsturende teams van Buurtzorg.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lettertypen:&lt;/b&gt; DejaVu Sans (Bitstream Vera-licentie; wijzigingen van DejaVu zijn publiek domein), meegeleverd in resources/fonts met de licentie. &lt;b&gt;Geluiden:&lt;/b&gt; de signalen worden door Facilitator zelf gemaakt (tools/make_sounds.py); er worden geen opnames van anderen gebruikt. &lt;b&gt;Pictogram:&lt;/b&gt; getekend voor Facilitator.&lt;/p&gt;&lt;p&gt;Facilitator werkt zonder netwerkverbinding en stuurt je gegevens nooit ergens heen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>Over Facilitator</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Add to the agenda (Ctrl+Enter)</source>
        <translation>Aan de agenda toevoegen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add the proposal to the agenda</source>
        <translation>Het voorstel aan de agenda toevoegen</translation>
    </message>
    <message>
        <source>Agenda items (Enter opens one)</source>
        <translation>Agendapunten (Enter opent er een)</translation>
    </message>
    <message>
        <source>Open the item (Enter)</source>
        <translation>Punt openen (Enter)</translation>
    </message>
    <message>
        <source>Open the selected agenda item</source>
        <translation>Het gekozen agendapunt openen</translation>
    </message>
    <message>
        <source>Proposal &amp;title:</source>
        <translation>&amp;Titel van het voorstel:</translation>
    </message>
    <message>
        <source>The proposal, &amp;concretely:</source>
        <translation>Het voorstel, &amp;concreet:</translation>
    </message>
    <message>
        <source>Its p&amp;urpose:</source>
        <translation>&amp;Doel ervan:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>4 · The agenda: the proposals brought</source>
        <translation>4 · De agenda: de ingebrachte voorstellen</translation>
    </message>
    <message>
        <source>Agenda &amp;items:</source>
        <translation>&amp;Agendapunten:</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— niet ingevuld —</translation>
    </message>
    <message>
        <source>to discuss</source>
        <translation>te bespreken</translation>
    </message>
    <message>
        <source>A proposal needs a concrete text people can say yes or no to.</source>
        <translation>Een voorstel heeft een concrete tekst nodig waar mensen ja of nee op kunnen zeggen.</translation>
    </message>
</context>
<context>
    <name>AgendaTable</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Invitation / note</source>
        <translation>Uitnodiging / notitie</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>no start time</source>
        <translation>geen begintijd</translation>
    </message>
    <message>
        <source>no invitation</source>
        <translation>geen uitnodiging</translation>
    </message>
</context>
<context>
    <name>AmendPanel</name>
    <message>
        <source>Save the new version and start the decision round</source>
        <translation>De nieuwe versie opslaan en de besluitronde starten</translation>
    </message>
    <message>
        <source>Park the item instead…</source>
        <translation>Het punt liever parkeren…</translation>
    </message>
    <message>
        <source>Park the item: defer, withdraw, no consent or refer to the coach</source>
        <translation>Het punt parkeren: uitstellen, intrekken, geen instemming of doorverwijzen naar de coach</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;New wording:</source>
        <translation>&amp;Nieuwe formulering:</translation>
    </message>
    <message>
        <source>What &amp;changed:</source>
        <translation>Wat is er &amp;veranderd:</translation>
    </message>
    <message>
        <source>&amp;Why (which objection it meets):</source>
        <translation>&amp;Reden (aan welk bezwaar dit tegemoetkomt):</translation>
    </message>
    <message>
        <source>The owner reformulates version %1 after the reactions</source>
        <translation>De eigenaar herformuleert versie %1 na de reacties</translation>
    </message>
    <message>
        <source>Amend version %1 to meet the argued objections</source>
        <translation>Versie %1 aanpassen om aan de beargumenteerde bezwaren tegemoet te komen</translation>
    </message>
    <message>
        <source>Objections to meet:</source>
        <translation>Bezwaren om aan tegemoet te komen:</translation>
    </message>
    <message>
        <source>Reformulated after the reactions round</source>
        <translation>Geherformuleerd na de reactieronde</translation>
    </message>
    <message>
        <source>Save version %1 and start the decision round (Ctrl+Enter)</source>
        <translation>Versie %1 opslaan en de besluitronde starten (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Give the proposal a title; keep the current one if it still fits.</source>
        <translation>Geef het voorstel een titel; houd de huidige als die nog past.</translation>
    </message>
    <message>
        <source>Say what changed, so the log can show it next to the objections.</source>
        <translation>Zeg wat er veranderd is, zodat het log het naast de bezwaren kan tonen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>CircleList</name>
    <message>
        <source>The circle: who has spoken and who is still to come</source>
        <translation>De kring: wie heeft gesproken en wie is nog aan de beurt</translation>
    </message>
    <message>
        <source>speaking now</source>
        <translation>spreekt nu</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>nog aan de beurt</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>1 minute</source>
        <translation>1 minuut</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconden</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 te lang</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
</context>
<context>
    <name>DecisionDetail</name>
    <message>
        <source>Versions of the proposal</source>
        <translation>Versies van het voorstel</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcties</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Herziening %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>open — not decided yet</source>
        <translation>open — nog niet besloten</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Onderbouwing:</translation>
    </message>
    <message>
        <source>No one has spoken yet.</source>
        <translation>Er heeft nog niemand gesproken.</translation>
    </message>
    <message>
        <source>Owner: %1 · Facilitator: %2 · Reporter: %3</source>
        <translation>Eigenaar: %1 · Facilitator: %2 · Verslaglegger: %3</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Versie %1: %2</translation>
    </message>
    <message>
        <source>what changed: %1</source>
        <translation>wat er veranderd is: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>review on %1</source>
        <translation>evaluatie op %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>Round %1 · %2 · on version %3</source>
        <translation>Ronde %1 · %2 · over versie %3</translation>
    </message>
    <message>
        <source>(still open)</source>
        <translation>(nog open)</translation>
    </message>
    <message>
        <source>%1 consent, %2 concern, %3 objection</source>
        <translation>%1 instemming, %2 kanttekening, %3 bezwaar</translation>
    </message>
    <message>
        <source>%1 input, %2 pass</source>
        <translation>%1 inbreng, %2 pas</translation>
    </message>
    <message>
        <source>show all %1</source>
        <translation>alle %1 tonen</translation>
    </message>
    <message>
        <source>show less</source>
        <translation>minder tonen</translation>
    </message>
</context>
<context>
    <name>DecisionLabels</name>
    <message>
        <source>Opening round</source>
        <translation>Openingsronde</translation>
    </message>
    <message>
        <source>Clarifying questions</source>
        <translation>Verhelderende vragen</translation>
    </message>
    <message>
        <source>Reactions round</source>
        <translation>Reactieronde</translation>
    </message>
    <message>
        <source>Decision round</source>
        <translation>Besluitronde</translation>
    </message>
    <message>
        <source>concern (a preference, not an objection)</source>
        <translation>kanttekening (een voorkeur, geen bezwaar)</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>instemming</translation>
    </message>
    <message>
        <source>consent with a concern</source>
        <translation>instemming met een kanttekening</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>bezwaar</translation>
    </message>
    <message>
        <source>input</source>
        <translation>inbreng</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>aangenomen</translation>
    </message>
    <message>
        <source>adopted after amendment</source>
        <translation>aangenomen na aanpassing</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>no consent — parked</source>
        <translation>geen instemming — geparkeerd</translation>
    </message>
    <message>
        <source>referred to the coach</source>
        <translation>voorgelegd aan de coach</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <source>Decision pages</source>
        <translation>Besluitpagina&apos;s</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Besluitenlog</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nieuw overleg…</translation>
    </message>
    <message>
        <source>&amp;Open a meeting…</source>
        <translation>Overleg &amp;openen…</translation>
    </message>
    <message>
        <source>Decision &amp;log</source>
        <translation>&amp;Besluitenlog</translation>
    </message>
    <message>
        <source>&amp;Reviews due</source>
        <translation>&amp;Te evalueren</translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation>Openstaande &amp;acties</translation>
    </message>
    <message>
        <source>Export the log as &amp;JSON…</source>
        <translation>Log exporteren als &amp;JSON…</translation>
    </message>
    <message>
        <source>Export the log as &amp;CSV…</source>
        <translation>Log exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Import a log…</source>
        <translation>Log &amp;importeren…</translation>
    </message>
    <message>
        <source>Open the &amp;example log</source>
        <translation>&amp;Voorbeeldlog openen</translation>
    </message>
    <message>
        <source>“%1”: carrying on in this meeting.</source>
        <translation>“%1”: verder in dit overleg.</translation>
    </message>
    <message>
        <source>“%1”: start the meeting for it.</source>
        <translation>“%1”: start het overleg hiervoor.</translation>
    </message>
    <message>
        <source>Export the decision log</source>
        <translation>Besluitenlog exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Import a decision log</source>
        <translation>Besluitenlog importeren</translation>
    </message>
    <message>
        <source>Decision logs (*.json)</source>
        <translation>Besluitenlogs (*.json)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Kortst</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>new in the 2026 Fieldbook</source>
        <translation>nieuw in het Fieldbook van 2026</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Often followed by</source>
        <translation>Vaak gevolgd door</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>of</source>
        <translation>van</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Voert uit:</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Zeg</translation>
    </message>
    <message>
        <source>Leftovers</source>
        <translation>Wie overblijft</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Traps</source>
        <translation>Valkuilen</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>%1 rounds of %2, each:</source>
        <translation>%1 rondes van %2, elke ronde:</translation>
    </message>
    <message>
        <source>In stages, %1 in all:</source>
        <translation>In fasen, %1 in totaal:</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Structure name</source>
        <translation>Naam van de werkvorm</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoriet</translation>
    </message>
    <message>
        <source>Star this structure (Ctrl+D)</source>
        <translation>Ster geven aan deze werkvorm (Ctrl+D)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Duplicate as a custom structure</source>
        <translation>Dupliceren als eigen werkvorm</translation>
    </message>
    <message>
        <source>Make your own editable copy (Ctrl+Shift+D)</source>
        <translation>Maak je eigen bewerkbare kopie (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Edit structure</source>
        <translation>Werkvorm bewerken</translation>
    </message>
    <message>
        <source>Edit this custom structure (Ctrl+E)</source>
        <translation>Deze eigen werkvorm bewerken (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Export structure file</source>
        <translation>Werkvormbestand exporteren</translation>
    </message>
    <message>
        <source>▶ Run now</source>
        <translation>▶ Nu uitvoeren</translation>
    </message>
    <message>
        <source>Run this structure with the timer</source>
        <translation>Deze werkvorm uitvoeren met de timer</translation>
    </message>
    <message>
        <source>Open the timer and projector view for this structure (Ctrl+R)</source>
        <translation>Timer en beamerweergave openen voor deze werkvorm (Ctrl+R)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete custom structure</source>
        <translation>Eigen werkvorm verwijderen</translation>
    </message>
    <message>
        <source>Delete this custom structure (Del); Ctrl+Z brings it back</source>
        <translation>Deze eigen werkvorm verwijderen (Del); Ctrl+Z zet hem terug</translation>
    </message>
    <message>
        <source>Structure details</source>
        <translation>Details van de werkvorm</translation>
    </message>
    <message>
        <source>No structure selected</source>
        <translation>Geen werkvorm gekozen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick a structure on the left to see its purpose, invitation, steps and tips.&lt;/p&gt;&lt;p&gt;Type in the search box to find one by name, purpose or any word in it; the filters narrow the list to what fits your time and your room.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kies links een werkvorm om het doel, de uitnodiging, de stappen en de tips te zien.&lt;/p&gt;&lt;p&gt;Typ in het zoekvak om er een te vinden op naam, doel of elk woord erin; met de filters houd je alleen over wat past bij je tijd en je ruimte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Favoriet</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Ster geven</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>What you changed here has not been saved.</source>
        <translation>Wat je hier hebt gewijzigd, is nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Wijzigingen weggooien</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>EmptyLog</name>
    <message>
        <source>Open the e&amp;xample log</source>
        <translation>Voor&amp;beeldlog openen</translation>
    </message>
    <message>
        <source>Open the example log as a demo</source>
        <translation>Het voorbeeldlog openen als demo</translation>
    </message>
    <message>
        <source>Start a meeting</source>
        <translation>Overleg starten</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Clear the log filters</source>
        <translation>De filters van het log wissen</translation>
    </message>
    <message>
        <source>No decision matches these filters.</source>
        <translation>Geen besluit past bij deze filters.</translation>
    </message>
    <message>
        <source>The decision log is empty.

Start a meeting (Decisions → New meeting, Ctrl+Shift+M): each decision, with its rounds, objections and actions, lands here as it is made.

Or open the example log — a fictional nursing team&apos;s year of decisions — to look around.</source>
        <translation>Het besluitenlog is leeg.

Start een overleg (Besluiten → Nieuw overleg, Ctrl+Shift+M): elk besluit komt hier terecht zodra het genomen is, met de rondes, bezwaren en acties.

Of open het voorbeeldlog — een jaar aan besluiten van een verzonnen wijkverpleegteam — om rond te kijken.</translation>
    </message>
</context>
<context>
    <name>EndSummary</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessie afgelopen</translation>
    </message>
    <message>
        <source>“%1” has ended. Planned and actual time per item:</source>
        <translation>“%1” is afgelopen. Geplande en werkelijke tijd per onderdeel:</translation>
    </message>
    <message>
        <source>Notes taken: %1. The harvest report gathers them per step and per tag.</source>
        <translation>Gemaakte notities: %1. Het oogstverslag zet ze bij elkaar per stap en per label.</translation>
    </message>
    <message>
        <source>&amp;Harvest report…</source>
        <translation>&amp;Oogstverslag…</translation>
    </message>
    <message>
        <source>Print preview of the harvest report of this session</source>
        <translation>Afdrukvoorbeeld van het oogstverslag van deze sessie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Planned and actual time per item</source>
        <translation>Geplande en werkelijke tijd per onderdeel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Harvest of this session</source>
        <translation>Oogst van deze sessie</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Your saved data is safe. Details were written to %1.</source>
        <translation>Er ging iets onverwachts mis. Je opgeslagen gegevens zijn veilig. De details zijn weggeschreven naar %1.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Free some space (empty the bin, delete large downloads), then try again: what you typed is still on screen.</source>
        <translation>De schijf is vol, dus de laatste wijziging kon niet worden opgeslagen. Maak wat ruimte vrij (leeg de prullenbak, verwijder grote downloads) en probeer het opnieuw: wat je hebt getypt staat nog op het scherm.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to (it is read-only, or permission was refused). Check the folder in Help → Data folder, then try again: what you typed is still on screen.</source>
        <translation>Er kan niet in de gegevensmap worden geschreven (hij is alleen-lezen, of er is geen toestemming). Controleer de map via Help → Gegevensmap en probeer het opnieuw: wat je hebt getypt staat nog op het scherm.</translation>
    </message>
    <message>
        <source>The data folder is not there any more (was it on a USB stick that was removed?). Put it back, then try again: what you typed is still on screen.</source>
        <translation>De gegevensmap is er niet meer (stond hij op een USB-stick die is verwijderd?). Zet hem terug en probeer het opnieuw: wat je hebt getypt staat nog op het scherm.</translation>
    </message>
    <message>
        <source>(the log could not be written either)</source>
        <translation>(ook het log kon niet worden weggeschreven)</translation>
    </message>
    <message>
        <source>Could not finish that</source>
        <translation>Dat kon niet worden afgerond</translation>
    </message>
    <message>
        <source>%1 (details in %2)</source>
        <translation>%1 (meer hierover in %2)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, purposes, steps, tips…  (Ctrl+F)</source>
        <translation>Zoek in namen, doelen, stappen, tips…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search structures</source>
        <translation>Werkvormen zoeken</translation>
    </message>
    <message>
        <source>Purpose family</source>
        <translation>Soort doel</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Elk doel</translation>
    </message>
    <message>
        <source>Group configuration</source>
        <translation>Groepsvorm</translation>
    </message>
    <message>
        <source>Any groups</source>
        <translation>Alle groepsvormen</translation>
    </message>
    <message>
        <source>Fits in minutes</source>
        <translation>Past in minuten</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>elke duur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Works for people</source>
        <translation>Geschikt voor aantal mensen</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>elk aantal</translation>
    </message>
    <message>
        <source> people</source>
        <translation> mensen</translation>
    </message>
    <message>
        <source>F&amp;avourites only</source>
        <translation>Alleen &amp;favorieten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Pe&amp;ople</source>
        <translation>&amp;Mensen</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Alleen favorieten</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groepen</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>Fits &amp;in</source>
        <translation>Past &amp;in</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Enter the head count to see how to split the room.</source>
        <translation>Vul het aantal deelnemers in om te zien hoe je de groep verdeelt.</translation>
    </message>
    <message>
        <source>Everyone on their own: %1 people.</source>
        <translation>Iedereen alleen: %1 mensen.</translation>
    </message>
    <message>
        <source>Everyone together: %1 people.</source>
        <translation>Iedereen samen: %1 mensen.</translation>
    </message>
    <message>
        <source>%1 people → %2.</source>
        <translation>%1 mensen → %2.</translation>
    </message>
    <message>
        <source>Leftovers: %1</source>
        <translation>Wie overblijft: %1</translation>
    </message>
</context>
<context>
    <name>GroupsBoard</name>
    <message>
        <source>Random groups</source>
        <translation>Willekeurige groepen</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Random groups</source>
        <translation>Willekeurige groepen</translation>
    </message>
    <message>
        <source>Names, one per line</source>
        <translation>Namen, één per regel</translation>
    </message>
    <message>
        <source>Type or paste names, one per line (up to 150)</source>
        <translation>Typ of plak namen, één per regel (maximaal 150)</translation>
    </message>
    <message>
        <source>&amp;Load names from a file…</source>
        <translation>Namen &amp;laden uit een bestand…</translation>
    </message>
    <message>
        <source>Load names from a text or CSV file</source>
        <translation>Namen laden uit een tekst- of CSV-bestand</translation>
    </message>
    <message>
        <source>How to group</source>
        <translation>Hoe te groeperen</translation>
    </message>
    <message>
        <source>Size of small groups</source>
        <translation>Grootte van de kleine groepen</translation>
    </message>
    <message>
        <source>Shuffle number (the same number gives the same groups)</source>
        <translation>Husselnummer (hetzelfde nummer geeft dezelfde groepen)</translation>
    </message>
    <message>
        <source>People to keep apart</source>
        <translation>Mensen die je uit elkaar wilt houden</translation>
    </message>
    <message>
        <source>One line per set to keep apart, e.g. Anna, Bram</source>
        <translation>Eén regel per set die uit elkaar moet, bijv. Anna, Bram</translation>
    </message>
    <message>
        <source>The groups</source>
        <translation>De groepen</translation>
    </message>
    <message>
        <source>&amp;Make groups</source>
        <translation>Groepen &amp;maken</translation>
    </message>
    <message>
        <source>Make groups</source>
        <translation>Groepen maken</translation>
    </message>
    <message>
        <source>&amp;Shuffle again</source>
        <translation>Opnieuw hu&amp;sselen</translation>
    </message>
    <message>
        <source>Shuffle again</source>
        <translation>Opnieuw husselen</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>Lijst af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the list of groups</source>
        <translation>De lijst met groepen afdrukken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>&amp;Namen</translation>
    </message>
    <message>
        <source>&amp;Groups of</source>
        <translation>&amp;Groepen van</translation>
    </message>
    <message>
        <source>Small group si&amp;ze</source>
        <translation>Groo&amp;tte kleine groepen</translation>
    </message>
    <message>
        <source>Shuffle n&amp;umber</source>
        <translation>&amp;Husselnummer</translation>
    </message>
    <message>
        <source>Keep &amp;apart</source>
        <translation>&amp;Uit elkaar houden</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Names (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Namen (*.txt *.csv *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>That is %1 names; the generator takes up to %2.</source>
        <translation>Dat zijn %1 namen; de generator kan er maximaal %2 aan.</translation>
    </message>
    <message>
        <source>Could not keep apart: %1</source>
        <translation>Niet uit elkaar te houden: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Group list</source>
        <translation>Groepenlijst</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>◀ &amp;Agenda</source>
        <translation>◀ &amp;Agenda</translation>
    </message>
    <message>
        <source>Back to the agenda</source>
        <translation>Terug naar de agenda</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Het besluit</translation>
    </message>
    <message>
        <source>Version %1 · next in the method</source>
        <translation>Versie %1 · volgende stap in de methode</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Besluit vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Item title</source>
        <translation>Titel van het onderdeel</translation>
    </message>
    <message>
        <source>(the structure&apos;s name)</source>
        <translation>(de naam van de werkvorm)</translation>
    </message>
    <message>
        <source>Invitation for this item</source>
        <translation>Uitnodiging voor dit onderdeel</translation>
    </message>
    <message>
        <source>Note for this item</source>
        <translation>Notitie bij dit onderdeel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes for this item</source>
        <translation>Minuten voor dit onderdeel</translation>
    </message>
    <message>
        <source>Time box for each step</source>
        <translation>Tijdvak voor elke stap</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>This time (min)</source>
        <translation>Deze keer (min)</translation>
    </message>
    <message>
        <source>What changed in this item</source>
        <translation>Wat er in dit onderdeel veranderd is</translation>
    </message>
    <message>
        <source>Item t&amp;itle</source>
        <translation>T&amp;itel onderdeel</translation>
    </message>
    <message>
        <source>I&amp;nvitation</source>
        <translation>&amp;Uitnodiging</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>Stapp&amp;en</translation>
    </message>
    <message>
        <source>as usual</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>Step %1: give a number of minutes above 0, e.g. 4 or 2.5</source>
        <translation>Stap %1: geef een aantal minuten boven 0, bijv. 4 of 2,5</translation>
    </message>
</context>
<context>
    <name>KeysHelp</name>
    <message>
        <source>Keys while a session runs</source>
        <translation>Toetsen tijdens een sessie</translation>
    </message>
    <message>
        <source>Run keys and what they do</source>
        <translation>Sessietoetsen en wat ze doen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat hij doet</translation>
    </message>
    <message>
        <source>They work whatever has focus. In the notes box, letters, Space and the arrows type as usual; Ctrl keys, F1 and Esc still work, and Tab moves on.</source>
        <translation>Ze werken waar de focus ook staat. In het notitievak typen letters, Space en de pijltjes zoals gewoonlijk; Ctrl-toetsen, F1 en Esc werken daar ook, en Tab gaat verder.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>Close the list of keys</source>
        <translation>De lijst met toetsen sluiten</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Alone</source>
        <translation>Alleen</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Tweetallen</translation>
    </message>
    <message>
        <source>Trios</source>
        <translation>Drietallen</translation>
    </message>
    <message>
        <source>Foursomes</source>
        <translation>Viertallen</translation>
    </message>
    <message>
        <source>Small groups</source>
        <translation>Kleine groepen</translation>
    </message>
    <message>
        <source>Whole group</source>
        <translation>Hele groep</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Blootleggen</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyseren</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Helpen</translation>
    </message>
    <message>
        <source>Strategise</source>
        <translation>Strategie bepalen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1–%2 min from start</source>
        <translation>%1–%2 min na de start</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1½ min</source>
        <translation>%1½ min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Opening your decision log…</source>
        <translation>Je besluitenlog wordt geopend…</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>Star %1</source>
        <translation>Ster geven aan %1</translation>
    </message>
    <message>
        <source>Unstar %1</source>
        <translation>Ster weghalen bij %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Structures</source>
        <translation>Werkvormen</translation>
    </message>
    <message>
        <source>Number of structures shown</source>
        <translation>Aantal getoonde werkvormen</translation>
    </message>
    <message>
        <source>No structure matches these filters.</source>
        <translation>Geen werkvorm past bij deze filters.</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filters wiss&amp;en</translation>
    </message>
    <message>
        <source>%1 of %2 structures</source>
        <translation>%1 van %2 werkvormen</translation>
    </message>
    <message>
        <source>Still opening your data; star it again in a moment.</source>
        <translation>Je gegevens worden nog geopend; geef de ster zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 dupliceren</translation>
    </message>
    <message>
        <source>Made your own copy: %1. Edit it with Ctrl+E.</source>
        <translation>Je eigen kopie is gemaakt: %1. Bewerk hem met Ctrl+E.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 aanmaken</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>%1 verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Export structure</source>
        <translation>Werkvorm exporteren</translation>
    </message>
    <message>
        <source>Structure files (*.toml)</source>
        <translation>Werkvormbestanden (*.toml)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>%1 kon niet worden opgeslagen: %2. Kies een andere map.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Import structure files</source>
        <translation>Werkvormbestanden importeren</translation>
    </message>
    <message>
        <source>Structure files (*.toml);;All files (*)</source>
        <translation>Werkvormbestanden (*.toml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>Kan %1 niet importeren</translation>
    </message>
    <message>
        <source>This file is not a usable structure. Fix these lines and import it again:</source>
        <translation>Dit bestand is geen bruikbare werkvorm. Verbeter deze regels en importeer het opnieuw:</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 geïmporteerd</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Ster weghalen</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ster geven</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>LogExchange</name>
    <message>
        <source>Exporting the decision log…</source>
        <translation>Besluitenlog wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Exported the decision log to %1.</source>
        <translation>Besluitenlog geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Could not export the log</source>
        <translation>Kan het log niet exporteren</translation>
    </message>
    <message>
        <source>Importing the decision log…</source>
        <translation>Besluitenlog wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Could not import the log</source>
        <translation>Kan het log niet importeren</translation>
    </message>
    <message>
        <source>Opened the example log: a fictional team&apos;s decisions to look around in.</source>
        <translation>Voorbeeldlog geopend: de besluiten van een verzonnen team om in rond te kijken.</translation>
    </message>
    <message>
        <source>Imported %1 record(s); %2 were already here.</source>
        <translation>%1 record(s) geïmporteerd; %2 stonden er al in.</translation>
    </message>
    <message>
        <source>%1 record(s) differ from this log and were not overwritten:
%2</source>
        <translation>%1 record(s) wijken af van dit log en zijn niet overschreven:
%2</translation>
    </message>
    <message>
        <source>Imported, with conflicts</source>
        <translation>Geïmporteerd, met conflicten</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Het bestand kon niet gelezen of geschreven worden: %1</translation>
    </message>
    <message>
        <source>%1

Nothing was changed in your log.</source>
        <translation>%1

Er is niets veranderd in je log.</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <source>Search the decision log</source>
        <translation>In het besluitenlog zoeken</translation>
    </message>
    <message>
        <source>Search titles, proposals, arguments, concerns, notes…  (Ctrl+L)</source>
        <translation>Zoek in titels, voorstellen, argumenten, kanttekeningen, notities…  (Ctrl+L)</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Elke uitkomst</translation>
    </message>
    <message>
        <source>Open (not decided yet)</source>
        <translation>Open (nog niet besloten)</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>elke datum</translation>
    </message>
    <message>
        <source>Any review date</source>
        <translation>Elke evaluatiedatum</translation>
    </message>
    <message>
        <source>Review due or overdue</source>
        <translation>Evaluatie nu of te laat</translation>
    </message>
    <message>
        <source>Review due within 30 days</source>
        <translation>Evaluatie binnen 30 dagen</translation>
    </message>
    <message>
        <source>With open a&amp;ctions</source>
        <translation>Met openstaande &amp;acties</translation>
    </message>
    <message>
        <source>Only decisions with open actions</source>
        <translation>Alleen besluiten met openstaande acties</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Op titel</translation>
    </message>
    <message>
        <source>By review date</source>
        <translation>Op evaluatiedatum</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Te evalueren</translation>
    </message>
    <message>
        <source>Show the reviews that are due or overdue</source>
        <translation>Toon de evaluaties die nu of te laat zijn</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Openstaande acties</translation>
    </message>
    <message>
        <source>Show the decisions with open actions</source>
        <translation>Toon de besluiten met openstaande acties</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Clear the log filters</source>
        <translation>De filters van het log wissen</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>T&amp;ot:</translation>
    </message>
    <message>
        <source>Perso&amp;n:</source>
        <translation>Pe&amp;rsoon:</translation>
    </message>
    <message>
        <source>Revie&amp;w:</source>
        <translation>&amp;Evaluatie:</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>Sortere&amp;n:</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>Elk team</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
</context>
<context>
    <name>LogList</name>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Kolomkoppen</translation>
    </message>
    <message>
        <source>no review date</source>
        <translation>geen evaluatiedatum</translation>
    </message>
    <message>
        <source>no open actions</source>
        <translation>geen openstaande acties</translation>
    </message>
    <message>
        <source>%1 (reviewed)</source>
        <translation>%1 (geëvalueerd)</translation>
    </message>
    <message>
        <source>Show more… (Enter)</source>
        <translation>Meer tonen… (Enter)</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>The decision&apos;s timeline</source>
        <translation>Tijdlijn van het besluit</translation>
    </message>
    <message>
        <source>Open its meetin&amp;g</source>
        <translation>Bijbehorend overle&amp;g openen</translation>
    </message>
    <message>
        <source>Open the meeting this item belongs to</source>
        <translation>Open het overleg waar dit punt bij hoort</translation>
    </message>
    <message>
        <source>Print m&amp;inutes…</source>
        <translation>Verslag af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print preview of the minutes of this item or of its whole meeting</source>
        <translation>Afdrukvoorbeeld van het verslag van dit punt of van het hele overleg</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Het zoeken is mislukt: %1</translation>
    </message>
    <message>
        <source>%1 item(s) shown</source>
        <translation>%1 punt(en) getoond</translation>
    </message>
    <message>
        <source> — more below</source>
        <translation> — er is meer</translation>
    </message>
    <message>
        <source>Action marked done.</source>
        <translation>Actie afgevinkt.</translation>
    </message>
    <message>
        <source>Minutes of this decision</source>
        <translation>Verslag van dit besluit</translation>
    </message>
    <message>
        <source>Minutes of the whole meeting</source>
        <translation>Verslag van het hele overleg</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Bibliothee&amp;k</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Be&amp;sluiten</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Problemen tonen</translation>
    </message>
    <message>
        <source>Opening your plans and decision log…</source>
        <translation>Je plannen en besluitenlog worden geopend…</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Je gegevens worden geopend</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New structure…</source>
        <translation>&amp;Nieuwe werkvorm…</translation>
    </message>
    <message>
        <source>&amp;Import structure…</source>
        <translation>Werkvorm &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export structure…</source>
        <translation>Werkvorm &amp;exporteren…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Reservekopie terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>&amp;Favoriet aan/uit</translation>
    </message>
    <message>
        <source>&amp;Duplicate as custom</source>
        <translation>&amp;Dupliceren als eigen werkvorm</translation>
    </message>
    <message>
        <source>&amp;Edit structure…</source>
        <translation>&amp;Werkvorm bewerken…</translation>
    </message>
    <message>
        <source>De&amp;lete custom structure</source>
        <translation>Eigen werkvorm &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filters w&amp;issen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Problems in structure files</source>
        <translation>&amp;Problemen in werkvormbestanden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Data folder…</source>
        <translation>&amp;Gegevensmap…</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Over Facilitator</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Nieuw plan</translation>
    </message>
    <message>
        <source>&amp;Add selected structure to the plan</source>
        <translation>Geselecteerde werkvorm &amp;toevoegen aan het plan</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>Plan &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>Plan &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Run session</source>
        <translation>Sessie &amp;starten</translation>
    </message>
    <message>
        <source>Run the selected &amp;structure on its own</source>
        <translation>Geselecteerde &amp;werkvorm los uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Facilitator.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende keer dat je Facilitator start.</translation>
    </message>
    <message>
        <source>Structure card</source>
        <translation>Werkvormkaart</translation>
    </message>
    <message>
        <source>Participant worksheet</source>
        <translation>Werkblad voor deelnemers</translation>
    </message>
    <message>
        <source>Resume the session?</source>
        <translation>Sessie hervatten?</translation>
    </message>
    <message>
        <source>%1

The timer will be paused; press Space to carry on. Your notes are kept either way.</source>
        <translation>%1

De timer wordt gepauzeerd; druk op Space om verder te gaan. Je notities blijven hoe dan ook bewaard.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Close that session</source>
        <translation>Die sessie sluiten</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 toegevoegd aan %2.</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan importeren</translation>
    </message>
    <message>
        <source>Plan files (*.toml *.json)</source>
        <translation>Planbestanden (*.toml *.json)</translation>
    </message>
    <message>
        <source>Could not import the plan</source>
        <translation>Het plan kon niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these lines and try again:

%1</source>
        <translation>Er is niets geïmporteerd. Verbeter deze regels en probeer het opnieuw:

%1</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Plan exporteren</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Exporteren is niet gelukt</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) in structure files</source>
        <translation>
            <numerusform>⚠ %n probleem in werkvormbestanden</numerusform>
            <numerusform>⚠ %n problemen in werkvormbestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every structure file is fine.</source>
        <translation>Geen problemen: alle werkvormbestanden zijn in orde.</translation>
    </message>
    <message>
        <source>Problems in structure files</source>
        <translation>Problemen in werkvormbestanden</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>End the running session first (or wait until the log has opened), then restore.</source>
        <translation>Beëindig eerst de lopende sessie (of wacht tot het log geopend is) en zet dan terug.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Facilitator keeps your decisions, plans, custom structures and backups in:

%1

Copy this folder to move everything to another laptop.</source>
        <translation>Facilitator bewaart je besluiten, plannen, eigen werkvormen en reservekopieën in:

%1

Kopieer deze map om alles naar een andere laptop te verhuizen.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Steps of the meeting</source>
        <translation>Stappen van het overleg</translation>
    </message>
    <message>
        <source>%1 · %2%3 · %4 in the circle</source>
        <translation>%1 · %2%3 · %4 in de kring</translation>
    </message>
    <message>
        <source>Carrying on the round that was open.</source>
        <translation>Verder met de ronde die nog open stond.</translation>
    </message>
    <message>
        <source>1 · Approve the report</source>
        <translation>1 · Verslag vaststellen</translation>
    </message>
    <message>
        <source>2 · Notices</source>
        <translation>2 · Mededelingen</translation>
    </message>
    <message>
        <source>3 · Other business</source>
        <translation>3 · Rondvraag</translation>
    </message>
    <message>
        <source>4 · Agenda and items</source>
        <translation>4 · Agenda en punten</translation>
    </message>
    <message>
        <source>On the agenda: %1. Its owner can reformulate it before the decision round.</source>
        <translation>Op de agenda: %1. De eigenaar kan het voorstel vóór de besluitronde herformuleren.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>A point of other business</source>
        <translation>Een punt voor de rondvraag</translation>
    </message>
    <message>
        <source>A notice</source>
        <translation>Een mededeling</translation>
    </message>
    <message>
        <source>Type a point and press Enter</source>
        <translation>Typ een punt en druk op Enter</translation>
    </message>
    <message>
        <source>Type a notice and press Enter</source>
        <translation>Typ een mededeling en druk op Enter</translation>
    </message>
    <message>
        <source>Points of other business</source>
        <translation>Punten voor de rondvraag</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Mededelingen</translation>
    </message>
    <message>
        <source>Make it an agenda item (Ctrl+Enter)</source>
        <translation>Maak er een agendapunt van (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Make the selected point an agenda item</source>
        <translation>Maak van het geselecteerde punt een agendapunt</translation>
    </message>
    <message>
        <source>Done — next step</source>
        <translation>Klaar — volgende stap</translation>
    </message>
    <message>
        <source>Done, go to the next step</source>
        <translation>Klaar, ga naar de volgende stap</translation>
    </message>
    <message>
        <source>3 · Round of other business: anything that starts a discussion becomes an agenda item</source>
        <translation>3 · Rondvraag: alles wat een discussie opent, wordt een agendapunt</translation>
    </message>
    <message>
        <source>2 · Notices</source>
        <translation>2 · Mededelingen</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>no review date</source>
        <translation>geen evaluatiedatum</translation>
    </message>
    <message>
        <source>What is to be done (Enter adds it)</source>
        <translation>Wat moet er gebeuren (Enter voegt het toe)</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>geen einddatum</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Uiterlijk wanneer</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Add this action</source>
        <translation>Deze actie toevoegen</translation>
    </message>
    <message>
        <source>Actions of this decision</source>
        <translation>Acties bij dit besluit</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>De geselecteerde actie verwijderen</translation>
    </message>
    <message>
        <source>Record the decision (Ctrl+Enter)</source>
        <translation>Het besluit vastleggen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Het besluit vastleggen</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Onderbouwing:</translation>
    </message>
    <message>
        <source>Review o&amp;n:</source>
        <translation>&amp;Evaluatie op:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Actie:</translation>
    </message>
    <message>
        <source>End the item: outcome, actions and review</source>
        <translation>Het punt afronden: uitkomst, acties en evaluatie</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— nog niemand —</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Niet vastgelegd: %1</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Attendees in seating order (Space ticks, Alt+Up or Alt+Down moves)</source>
        <translation>Aanwezigen in zitvolgorde (Space vinkt aan, Alt+Up of Alt+Down verplaatst)</translation>
    </message>
    <message>
        <source>%1 in the circle</source>
        <translation>%1 in de kring</translation>
    </message>
    <message>
        <source>Add a person: initials or a pseudonym are enough</source>
        <translation>Iemand toevoegen: initialen of een schuilnaam is genoeg</translation>
    </message>
    <message>
        <source>Add a person: initials or a pseudonym are enough (Enter)</source>
        <translation>Iemand toevoegen: initialen of een schuilnaam is genoeg (Enter)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Add this person to the circle</source>
        <translation>Deze persoon aan de kring toevoegen</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move up in the seating order (Alt+Up)</source>
        <translation>Omhoog in de zitvolgorde (Alt+Up)</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move down in the seating order (Alt+Down)</source>
        <translation>Omlaag in de zitvolgorde (Alt+Down)</translation>
    </message>
    <message>
        <source>New person:</source>
        <translation>Nieuwe persoon:</translation>
    </message>
    <message>
        <source>Type initials or a pseudonym first: a real name is never required.</source>
        <translation>Typ eerst initialen of een schuilnaam: een echte naam is nooit nodig.</translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <source>Plan title</source>
        <translation>Titel van het plan</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Purpose of the session</source>
        <translation>Doel van de sessie</translation>
    </message>
    <message>
        <source>Harvest tags, separated by commas</source>
        <translation>Oogstlabels, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session has a date</source>
        <translation>Sessie heeft een datum</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Sessiedatum</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <source>Session has a start time</source>
        <translation>Sessie heeft een begintijd</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>Minutes available</source>
        <translation>Beschikbare minuten</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>Loc&amp;atie</translation>
    </message>
    <message>
        <source>Faci&amp;litator</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <source>Pu&amp;rpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>Harvest ta&amp;gs</source>
        <translation>&amp;Oogstlabels</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Nieuw plan</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No plan open&lt;/h3&gt;&lt;p&gt;Make a new plan (Ctrl+Shift+N), or import a plan file from a USB stick (Plans → Import plan…).&lt;/p&gt;&lt;p&gt;In a plan, add structures from the list below or drag them from the Library page, then press F5 to run the session with the timer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Geen plan open&lt;/h3&gt;&lt;p&gt;Maak een nieuw plan (Ctrl+Shift+N), of importeer een planbestand van een USB-stick (Plannen → Plan importeren…).&lt;/p&gt;&lt;p&gt;Voeg in een plan werkvormen toe uit de lijst hieronder of sleep ze vanaf de pagina Bibliotheek, en druk dan op F5 om de sessie met de timer te draaien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Structure to add</source>
        <translation>Werkvorm om toe te voegen</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;break</source>
        <translation>&amp;Pauze toevoegen</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Add &amp;other…</source>
        <translation>&amp;Overig onderdeel toevoegen…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Onderdeel omhoog</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Onderdeel omlaag</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>Onderdeel dupliceren</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>Onderdeel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Save as &amp;string…</source>
        <translation>Opslaan als &amp;reeks…</translation>
    </message>
    <message>
        <source>Save this plan&apos;s structures as a reusable string</source>
        <translation>De werkvormen van dit plan opslaan als herbruikbare reeks</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Totale tijd</translation>
    </message>
    <message>
        <source>▶ Run session (F5)</source>
        <translation>▶ Sessie starten (F5)</translation>
    </message>
    <message>
        <source>Session &amp;pack…</source>
        <translation>&amp;Sessiemap…</translation>
    </message>
    <message>
        <source>Print preview of the session pack</source>
        <translation>Afdrukvoorbeeld van de sessiemap</translation>
    </message>
    <message>
        <source>Harvest…</source>
        <translation>Oogst…</translation>
    </message>
    <message>
        <source>Print preview of the harvest of this plan&apos;s newest run</source>
        <translation>Afdrukvoorbeeld van de oogst van de laatste uitvoering van dit plan</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>String: %1 (%2)</source>
        <translation>Reeks: %1 (%2)</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>eindigt</translation>
    </message>
    <message>
        <source>Questions for the run</source>
        <translation>Vragen voor de sessie</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Change item</source>
        <translation>Onderdeel wijzigen</translation>
    </message>
    <message>
        <source>Change time box</source>
        <translation>Tijdvak wijzigen</translation>
    </message>
    <message>
        <source>Add string %1</source>
        <translation>Reeks %1 toevoegen</translation>
    </message>
    <message>
        <source>Saved the string &apos;%1&apos;; add it to any plan from the list of structures.</source>
        <translation>Reeks &apos;%1&apos; opgeslagen; voeg hem aan elk plan toe vanuit de lijst met werkvormen.</translation>
    </message>
    <message>
        <source>Save as a string</source>
        <translation>Opslaan als reeks</translation>
    </message>
    <message>
        <source>Name for this sequence of structures:</source>
        <translation>Naam voor deze reeks werkvormen:</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Onderdeel verplaatsen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Item removed. Undo with Ctrl+Z.</source>
        <translation>Onderdeel verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Session pack</source>
        <translation>Sessiemap</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Harvest of the newest run</source>
        <translation>Oogst van de laatste uitvoering</translation>
    </message>
    <message>
        <source>Delete plan %1</source>
        <translation>Plan %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Running: %1</source>
        <translation>Bezig: %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>niet geteld</translation>
    </message>
    <message>
        <source> people</source>
        <translation> mensen</translation>
    </message>
    <message>
        <source>People in the room</source>
        <translation>Mensen in de ruimte</translation>
    </message>
    <message>
        <source>no warning chime</source>
        <translation>geen waarschuwingssignaal</translation>
    </message>
    <message>
        <source>soft chime </source>
        <translation>zacht signaal </translation>
    </message>
    <message>
        <source> s before the end</source>
        <translation> s voor het einde</translation>
    </message>
    <message>
        <source>Soft warning chime, seconds before the end of a step</source>
        <translation>Zacht waarschuwingssignaal, seconden voor het einde van een stap</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>◀ Back (←)</source>
        <translation>◀ Terug (←)</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Start (Space)</translation>
    </message>
    <message>
        <source>Next ▶ (→)</source>
        <translation>Volgende ▶ (→)</translation>
    </message>
    <message>
        <source>− 1 min (−)</source>
        <translation>− 1 min (−)</translation>
    </message>
    <message>
        <source>+ 1 min (+)</source>
        <translation>+ 1 min (+)</translation>
    </message>
    <message>
        <source>Projector (P)</source>
        <translation>Beamer (P)</translation>
    </message>
    <message>
        <source>Random groups… (G)</source>
        <translation>Willekeurige groepen… (G)</translation>
    </message>
    <message>
        <source>Groups on projector (L)</source>
        <translation>Groepen op beamer (L)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Geluid uit (M)</translation>
    </message>
    <message>
        <source>Keys (?)</source>
        <translation>Toetsen (?)</translation>
    </message>
    <message>
        <source>End session…</source>
        <translation>Sessie beëindigen…</translation>
    </message>
    <message>
        <source>Open the SDMI round screen (R)</source>
        <translation>Het SDMI-rondescherm openen (R)</translation>
    </message>
    <message>
        <source>Open the SDMI round screen for this item</source>
        <translation>Het SDMI-rondescherm openen voor dit punt</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Mensen:</translation>
    </message>
    <message>
        <source>Chime:</source>
        <translation>Signaal:</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Notes (Esc or Tab to leave)</source>
        <translation>&amp;Notities (Esc of Tab om te verlaten)</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · stap %2 van %3</translation>
    </message>
    <message>
        <source>Round %1 of %2 — %3</source>
        <translation>Ronde %1 van %2 — %3</translation>
    </message>
    <message>
        <source>%1 min behind plan</source>
        <translation>%1 min achter op schema</translation>
    </message>
    <message>
        <source>%1 min ahead of plan</source>
        <translation>%1 min voor op schema</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>op schema</translation>
    </message>
    <message>
        <source>Say: “%1”</source>
        <translation>Zeg: “%1”</translation>
    </message>
    <message>
        <source>(no cue for this step)</source>
        <translation>(geen aanwijzing voor deze stap)</translation>
    </message>
    <message>
        <source>Invitation: %1</source>
        <translation>Uitnodiging: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Volgende: einde van de sessie</translation>
    </message>
    <message>
        <source>Press Space to start.</source>
        <translation>Druk op Space om te starten.</translation>
    </message>
    <message>
        <source>Paused — Space resumes.</source>
        <translation>Gepauzeerd — Space gaat verder.</translation>
    </message>
    <message>
        <source>The session has finished. Thank the room!</source>
        <translation>De sessie is afgelopen. Bedank de groep!</translation>
    </message>
    <message>
        <source>Time is up — wrap up and press → for the next step.</source>
        <translation>De tijd is om — rond af en druk op → voor de volgende stap.</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pauze (Space)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Verder (Space)</translation>
    </message>
    <message>
        <source>Could not save: %1 Your notes are kept here and saved again with the next one.</source>
        <translation>Opslaan mislukt: %1 Je notities blijven hier staan en worden bij de volgende opnieuw opgeslagen.</translation>
    </message>
    <message>
        <source>No groups yet: press G, make the groups, then L shows them on the projector.</source>
        <translation>Nog geen groepen: druk op G, maak de groepen, dan zet L ze op de beamer.</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Geluid aan (M)</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Sessie beëindigen?</translation>
    </message>
    <message>
        <source>End the session now? The time so far and all notes are kept.</source>
        <translation>De sessie nu beëindigen? De tijd tot nu toe en alle notities blijven bewaard.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Afdrukvoorbeeld — %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Grote letters</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Grote letters</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>Het document wordt voorbereid</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel preparing the document</source>
        <translation>Voorbereiden van het document annuleren</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Preparing pages…</source>
        <translation>Pagina&apos;s voorbereiden…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was printed or saved.</source>
        <translation>Geannuleerd; er is niets afgedrukt of opgeslagen.</translation>
    </message>
    <message>
        <source>Could not prepare the document: %1</source>
        <translation>Het document kon niet worden voorbereid: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Opslaan is niet gelukt</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>%1 kon niet worden weggeschreven: %2. Kies een andere map.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Facilitator — projector</source>
        <translation>Facilitator — beamer</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Beamerweergave</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>How to split the room</source>
        <translation>Hoe je de groep verdeelt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Facilitator is already open with this data folder (process %1). Switch to that window; two copies writing to the same decision log could lose work.</source>
        <translation>Facilitator is al open met deze gegevensmap (proces %1). Ga naar dat venster; twee exemplaren die in hetzelfde besluitenlog schrijven, kunnen werk kwijtraken.</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>The question for the room</source>
        <translation>De vraag aan de groep</translation>
    </message>
    <message>
        <source>Type the question you will put to the room. The projector shows it while the structure runs, and the session pack prints it.</source>
        <translation>Typ de vraag die je de groep gaat stellen. De beamer toont die zolang de werkvorm loopt, en hij komt in de sessiemap.</translation>
    </message>
    <message>
        <source>Question for %1</source>
        <translation>Vraag voor %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Tip: %1</translation>
    </message>
    <message>
        <source>&amp;Start the run</source>
        <translation>Sessie &amp;starten</translation>
    </message>
    <message>
        <source>Start the run with these questions</source>
        <translation>De sessie starten met deze vragen</translation>
    </message>
    <message>
        <source>Type the question for: %1</source>
        <translation>Typ de vraag voor: %1</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <source>A session is running and a decision round is open. Quit Facilitator?</source>
        <translation>Er loopt een sessie en er staat een besluitronde open. Facilitator afsluiten?</translation>
    </message>
    <message>
        <source>Quit and keep both</source>
        <translation>Afsluiten en beide bewaren</translation>
    </message>
    <message>
        <source>A session is running. Quit Facilitator?</source>
        <translation>Er loopt een sessie. Facilitator afsluiten?</translation>
    </message>
    <message>
        <source>Quit and keep the run</source>
        <translation>Afsluiten en de sessie bewaren</translation>
    </message>
    <message>
        <source>A decision round is open. Quit Facilitator?</source>
        <translation>Er staat een besluitronde open. Facilitator afsluiten?</translation>
    </message>
    <message>
        <source>Quit and keep the round open</source>
        <translation>Afsluiten en de ronde open laten</translation>
    </message>
    <message>
        <source>The run&apos;s notes and timings are saved; next time Facilitator offers to resume it, with the timer paused.</source>
        <translation>De notities en tijden van de sessie zijn bewaard; de volgende keer biedt Facilitator aan haar te hervatten, met de timer gepauzeerd.</translation>
    </message>
    <message>
        <source>Stances recorded so far are saved in the log; the round stays open and you can carry on later: the meeting reopens at the next person to speak.</source>
        <translation>De standpunten die tot nu toe zijn vastgelegd staan in het besluitenlog; de ronde blijft open en je kunt later verder: het overleg gaat weer open bij de volgende die aan het woord is.</translation>
    </message>
    <message>
        <source>Quit Facilitator?</source>
        <translation>Facilitator afsluiten?</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>ReopenBox</name>
    <message>
        <source>&amp;Reopen for review…</source>
        <translation>Heropenen voor evaluat&amp;ie…</translation>
    </message>
    <message>
        <source>Reopen this decision for review</source>
        <translation>Dit besluit heropenen voor evaluatie</translation>
    </message>
    <message>
        <source>What new information reopens this decision?</source>
        <translation>Welke nieuwe informatie is de reden om dit besluit te heropenen?</translation>
    </message>
    <message>
        <source>What new information reopens this decision? (Enter reopens, Esc cancels)</source>
        <translation>Welke nieuwe informatie is de reden om dit besluit te heropenen? (Enter heropent, Esc annuleert)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Reopen for review now</source>
        <translation>Nu heropenen voor evaluatie</translation>
    </message>
    <message>
        <source>Say what new information reopens this decision.</source>
        <translation>Zeg welke nieuwe informatie de reden is om dit besluit te heropenen.</translation>
    </message>
    <message>
        <source>Reopened for review: it is on the agenda of the meeting of %1.</source>
        <translation>Heropend voor evaluatie: het staat op de agenda van het overleg van %1.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>The report of the previous meeting</source>
        <translation>Het verslag van het vorige overleg</translation>
    </message>
    <message>
        <source>The report is approved ✓ (Enter)</source>
        <translation>Het verslag is vastgesteld ✓ (Enter)</translation>
    </message>
    <message>
        <source>The report is approved</source>
        <translation>Het verslag is vastgesteld</translation>
    </message>
    <message>
        <source>1 · Approve the report of the previous meeting</source>
        <translation>1 · Verslag van het vorige overleg vaststellen</translation>
    </message>
    <message>
        <source>This is the team’s first meeting in the log: there is no earlier report.</source>
        <translation>Dit is het eerste overleg van het team in de log: er is geen eerder verslag.</translation>
    </message>
    <message>
        <source> · review on %1</source>
        <translation> · evaluatie op %1</translation>
    </message>
    <message>
        <source> · %1 open action(s)</source>
        <translation> · %1 openstaande actie(s)</translation>
    </message>
    <message>
        <source>Meeting of %1, %2</source>
        <translation>Overleg van %1, %2</translation>
    </message>
    <message>
        <source>No items were decided.</source>
        <translation>Er zijn geen punten besloten.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>checked, healthy</source>
        <translation>gecontroleerd, in orde</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>onbruikbaar</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the decision log. The log as it is now is kept as a backup first, so you can go back to it the same way.</source>
        <translation>Kies een reservekopie om in de plaats van het besluitenlog te zetten. Het log zoals het nu is, wordt eerst als reservekopie bewaard, zodat je er op dezelfde manier naar terug kunt.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Reservekopieën, nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Kies een &amp;bestand…</translation>
    </message>
    <message>
        <source>There is no usable backup in the backups folder; use “Choose a file…” for a backup kept elsewhere.</source>
        <translation>Er staat geen bruikbare reservekopie in de map met reservekopieën; gebruik “Kies een bestand…” voor een reservekopie die ergens anders staat.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Terugzetten vanuit een bestand</translation>
    </message>
    <message>
        <source>Facilitator backups (*.sqlite3);;All files (*)</source>
        <translation>Reservekopieën van Facilitator (*.sqlite3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Deze reservekopie terugzetten?</translation>
    </message>
    <message>
        <source>Put %1 in place of the decision log?

Anything recorded after that backup is not in it; the log as it is now is kept as a backup first.</source>
        <translation>%1 in de plaats van het besluitenlog zetten?

Wat na die reservekopie is vastgelegd, staat er niet in; het log zoals het nu is, wordt eerst als reservekopie bewaard.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Keep the log as it is</source>
        <translation>Het log laten zoals het is</translation>
    </message>
    <message>
        <source>Restoring %1 …</source>
        <translation>%1 wordt teruggezet …</translation>
    </message>
    <message>
        <source>Restored %1. The log it replaced is kept at %2.</source>
        <translation>%1 is teruggezet. Het log dat het verving, is bewaard als %2.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Niet teruggezet: %1</translation>
    </message>
</context>
<context>
    <name>RoundProjector</name>
    <message>
        <source>How do you arrive? One by one, in the circle.</source>
        <translation>Hoe kom je binnen? Om de beurt, de kring rond.</translation>
    </message>
    <message>
        <source>What do you need to know to understand the proposal?</source>
        <translation>Wat moet je weten om het voorstel te begrijpen?</translation>
    </message>
    <message>
        <source>What is your reaction to the proposal?</source>
        <translation>Wat is je reactie op het voorstel?</translation>
    </message>
    <message>
        <source>Can you consent? Consent · consent with a concern · objection (with its argument)</source>
        <translation>Kun je instemmen? Instemming · instemming met een kanttekening · bezwaar (met argument)</translation>
    </message>
    <message>
        <source>Facilitator — round on the projector</source>
        <translation>Facilitator — ronde op de beamer</translation>
    </message>
    <message>
        <source>Round on the projector</source>
        <translation>Ronde op de beamer</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · versie %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Everyone has spoken</source>
        <translation>Iedereen heeft gesproken</translation>
    </message>
    <message>
        <source>%1 consent</source>
        <translation>%1 instemming</translation>
    </message>
    <message>
        <source>%1 concern</source>
        <translation>%1 kanttekening</translation>
    </message>
    <message>
        <source>%1 objection</source>
        <translation>%1 bezwaar</translation>
    </message>
    <message>
        <source>%1 to come</source>
        <translation>%1 nog aan de beurt</translation>
    </message>
</context>
<context>
    <name>RoundScreen</name>
    <message>
        <source>Go on ▶ (Ctrl+Enter)</source>
        <translation>Verder ▶ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Finish this round and go on</source>
        <translation>Deze ronde afronden en verdergaan</translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation>Bea&amp;mer</translation>
    </message>
    <message>
        <source>Show this round on the projector</source>
        <translation>Deze ronde op de beamer tonen</translation>
    </message>
    <message>
        <source>Objection te&amp;xt on the projector</source>
        <translation>Be&amp;zwaartekst op de beamer</translation>
    </message>
    <message>
        <source>Show the arguments of objections on the projector</source>
        <translation>De argumenten van bezwaren op de beamer tonen</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · versie %2</translation>
    </message>
    <message>
        <source>Everyone has spoken — Ctrl+Enter to go on</source>
        <translation>Iedereen heeft gesproken — Ctrl+Enter om verder te gaan</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Everyone has spoken. Choose a person with ↑/↓ to change their stance.</source>
        <translation>Iedereen heeft gesproken. Kies iemand met ↑/↓ om diens standpunt te wijzigen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Geannuleerd: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>No objection to mark: choose the person who objected (↑/↓), then press P.</source>
        <translation>Geen bezwaar om te markeren: kies wie bezwaar maakte (↑/↓) en druk dan op P.</translation>
    </message>
    <message>
        <source>%1&apos;s objection is recorded as a concern: a preference, not an objection.</source>
        <translation>Het bezwaar van %1 is vastgelegd als kanttekening: een voorkeur, geen bezwaar.</translation>
    </message>
    <message>
        <source>%1 people have not spoken yet. Press Ctrl+Enter again to go on anyway.</source>
        <translation>%1 mensen hebben nog niet gesproken. Druk nog eens op Ctrl+Enter om toch verder te gaan.</translation>
    </message>
    <message>
        <source>C consent · K consent with a concern · O objection (with its argument) · P preference, not an objection · ↑/↓ choose a person · ← back · → skip for now</source>
        <translation>C instemming · K instemming met een kanttekening · O bezwaar (met argument) · P voorkeur, geen bezwaar · ↑/↓ kies een persoon · ← terug · → nu overslaan</translation>
    </message>
    <message>
        <source>N (or Enter) note what they ask or say · S pass · ↑/↓ choose a person · ← back · → skip for now</source>
        <translation>N (of Enter) noteer wat iemand vraagt of zegt · S passen · ↑/↓ kies een persoon · ← terug · → nu overslaan</translation>
    </message>
    <message>
        <source>Objection from %1 — the argument: why would this harm the team&apos;s aim, or why can&apos;t they live with it?</source>
        <translation>Bezwaar van %1 — het argument: waarom zou dit het doel van het team schaden, of waarom kan diegene er niet mee leven?</translation>
    </message>
    <message>
        <source>Argument for the objection</source>
        <translation>Argument voor het bezwaar</translation>
    </message>
    <message>
        <source>The argument, in their words</source>
        <translation>Het argument, in eigen woorden</translation>
    </message>
    <message>
        <source>Consent with a concern from %1 — the concern:</source>
        <translation>Instemming met een kanttekening van %1 — de kanttekening:</translation>
    </message>
    <message>
        <source>The concern</source>
        <translation>De kanttekening</translation>
    </message>
    <message>
        <source>The concern, to record with the decision</source>
        <translation>De kanttekening, om bij het besluit vast te leggen</translation>
    </message>
    <message>
        <source>What %1 asks or says:</source>
        <translation>Wat %1 vraagt of zegt:</translation>
    </message>
    <message>
        <source>Note for this person</source>
        <translation>Notitie voor deze persoon</translation>
    </message>
    <message>
        <source>Not saved: an objection needs an argument — why would this harm the team&apos;s aim, or why can&apos;t they live with it? Without one, record consent (C) or a concern (K), or press Esc.</source>
        <translation>Niet opgeslagen: een bezwaar heeft een argument nodig — waarom zou dit het doel van het team schaden, of waarom kan diegene er niet mee leven? Zonder argument: leg instemming (C) of een kanttekening (K) vast, of druk op Esc.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>RoundSummary</name>
    <message>
        <source>Argued objections in this round</source>
        <translation>Beargumenteerde bezwaren in deze ronde</translation>
    </message>
    <message>
        <source>Argued objections (click one, or choose the person, then P)</source>
        <translation>Beargumenteerde bezwaren (klik er een aan, of kies de persoon en dan P)</translation>
    </message>
    <message>
        <source>Consent %1</source>
        <translation>Instemming %1</translation>
    </message>
    <message>
        <source>Concern %1</source>
        <translation>Kanttekening %1</translation>
    </message>
    <message>
        <source>Objection %1</source>
        <translation>Bezwaar %1</translation>
    </message>
    <message>
        <source>Spoken %1</source>
        <translation>Gesproken %1</translation>
    </message>
    <message>
        <source>To come %1</source>
        <translation>Nog aan de beurt %1</translation>
    </message>
</context>
<context>
    <name>RunKeys</name>
    <message>
        <source>Start, pause or resume the timer</source>
        <translation>De timer starten, pauzeren of hervatten</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Eén stap terug</translation>
    </message>
    <message>
        <source>One minute more for this step</source>
        <translation>Eén minuut meer voor deze stap</translation>
    </message>
    <message>
        <source>One minute more (the + key without Shift)</source>
        <translation>Eén minuut meer (de +-toets zonder Shift)</translation>
    </message>
    <message>
        <source>One minute less for this step</source>
        <translation>Eén minuut minder voor deze stap</translation>
    </message>
    <message>
        <source>Show or hide the projector view (Esc leaves its full screen)</source>
        <translation>Het beamerbeeld tonen of verbergen (Esc verlaat het volledige scherm)</translation>
    </message>
    <message>
        <source>Swap the presenter and projector screens (remembered for these screens)</source>
        <translation>Je eigen scherm en het beamerscherm omwisselen (onthouden voor deze schermen)</translation>
    </message>
    <message>
        <source>Random groups from the names in the room</source>
        <translation>Willekeurige groepen uit de namen in de ruimte</translation>
    </message>
    <message>
        <source>Show or hide the random groups on the projector (until the step ends)</source>
        <translation>De willekeurige groepen op de beamer tonen of verbergen (tot het einde van de stap)</translation>
    </message>
    <message>
        <source>Mute or unmute the chime</source>
        <translation>Het signaal uit- of weer aanzetten</translation>
    </message>
    <message>
        <source>Open the SDMI round screen (on an SDMI item)</source>
        <translation>Het SDMI-rondescherm openen (bij een SDMI-punt)</translation>
    </message>
    <message>
        <source>Harvest tag %1 on or off for this step&apos;s note</source>
        <translation>Oogstlabel %1 aan of uit bij de notitie van deze stap</translation>
    </message>
    <message>
        <source>Back to the run from the notes, the agenda or a box</source>
        <translation>Terug naar de sessie vanuit de notities, de agenda of een invoervak</translation>
    </message>
    <message>
        <source>In the head count or chime box: done, back to the run; on a focused button: press it</source>
        <translation>In een getalvak: klaar, terug naar de sessie; op een knop met focus: indrukken</translation>
    </message>
    <message>
        <source>Quit Facilitator (it asks first; the run is kept)</source>
        <translation>Facilitator afsluiten (vraagt eerst; de sessie blijft bewaard)</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <translation>Deze toetsen tonen</translation>
    </message>
</context>
<context>
    <name>SpeakerTimer</name>
    <message>
        <source>&amp;Time each speaker:</source>
        <translation>&amp;Tijd per spreker:</translation>
    </message>
    <message>
        <source>Time each speaker</source>
        <translation>Tijd per spreker</translation>
    </message>
    <message>
        <source>Minutes per speaker</source>
        <translation>Minuten per spreker</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Speaking time left</source>
        <translation>Resterende spreektijd</translation>
    </message>
    <message>
        <source>Time is up for this speaker</source>
        <translation>De tijd voor deze spreker is om</translation>
    </message>
</context>
<context>
    <name>StanceEntry</name>
    <message>
        <source>Why it was not saved</source>
        <translation>Waarom het niet is opgeslagen</translation>
    </message>
    <message>
        <source>Restored what was being typed here before; check it, then press Enter.</source>
        <translation>Hersteld wat hier eerder werd getypt; controleer het en druk dan op Enter.</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Opslaan (Enter)</translation>
    </message>
    <message>
        <source>Save this stance</source>
        <translation>Dit standpunt opslaan</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <source>Cancel, save nothing</source>
        <translation>Annuleren, niets opslaan</translation>
    </message>
</context>
<context>
    <name>StartMeeting</name>
    <message>
        <source>A new team&apos;s name</source>
        <translation>Naam van een nieuw team</translation>
    </message>
    <message>
        <source>…or a new team&apos;s name, e.g. Neighbourhood team North (Enter)</source>
        <translation>…of de naam van een nieuw team, bijv. Wijkteam Noord (Enter)</translation>
    </message>
    <message>
        <source>Start the meeting (Ctrl+Enter)</source>
        <translation>Overleg starten (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Overleg starten</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Gekozen overleg openen (Enter)</translation>
    </message>
    <message>
        <source>Open the selected meeting</source>
        <translation>Gekozen overleg openen</translation>
    </message>
    <message>
        <source>or a new team:</source>
        <translation>of een nieuw team:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>Ve&amp;nue:</source>
        <translation>Locat&amp;ie:</translation>
    </message>
    <message>
        <source>&amp;Who is here:</source>
        <translation>Wie is e&amp;r:</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator:</source>
        <translation>Fa&amp;cilitator:</translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation>&amp;Verslaglegger:</translation>
    </message>
    <message>
        <source>Start a meeting</source>
        <translation>Een overleg starten</translation>
    </message>
    <message>
        <source>…or &amp;open an earlier meeting</source>
        <translation>…of &amp;open een eerder overleg</translation>
    </message>
    <message>
        <source> · %1 item(s) open</source>
        <translation> · %1 punt(en) open</translation>
    </message>
    <message>
        <source>For “%1” in the running session: the meeting is linked to it. Choose the team and who is here, then Ctrl+Enter.</source>
        <translation>Voor “%1” in de lopende sessie: het overleg wordt eraan gekoppeld. Kies het team en wie er is, en druk dan op Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Type the team&apos;s name first.</source>
        <translation>Typ eerst de naam van het team.</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— niet ingesteld —</translation>
    </message>
    <message>
        <source>Choose a team, or type a new team&apos;s name.</source>
        <translation>Kies een team, of typ de naam van een nieuw team.</translation>
    </message>
    <message>
        <source>Tick who is here (Space), or add people by initials or a pseudonym.</source>
        <translation>Vink aan wie er is (Space), of voeg mensen toe met initialen of een schuilnaam.</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Go straight to the decision &amp;round</source>
        <translation>Direct naar de besluit&amp;ronde</translation>
    </message>
    <message>
        <source>Go straight to the decision round</source>
        <translation>Direct naar de besluitronde</translation>
    </message>
    <message>
        <source>The owner reformulates fir&amp;st…</source>
        <translation>De eigenaar formuleert eerst &amp;opnieuw…</translation>
    </message>
    <message>
        <source>The owner reformulates the proposal first</source>
        <translation>De eigenaar herformuleert eerst het voorstel</translation>
    </message>
    <message>
        <source>E&amp;nd the item without a decision…</source>
        <translation>Punt &amp;zonder besluit afsluiten…</translation>
    </message>
    <message>
        <source>End the item: defer, withdraw, park or refer</source>
        <translation>Punt afsluiten: uitstellen, intrekken, parkeren of doorverwijzen</translation>
    </message>
    <message>
        <source>Opening round: each person in turn says how they arrive. No content yet.</source>
        <translation>Openingsronde: ieder zegt om de beurt hoe hij of zij binnenkomt. Nog niet over de inhoud.</translation>
    </message>
    <message>
        <source>Clarifying questions: each person in turn asks what they need to understand the proposal. No opinions yet.</source>
        <translation>Verhelderende vragen: ieder vraagt om de beurt wat nodig is om het voorstel te begrijpen. Nog geen meningen.</translation>
    </message>
    <message>
        <source>Reactions: each person in turn gives their reaction and input. The owner listens, and may reformulate the proposal afterwards.</source>
        <translation>Reactieronde: ieder geeft om de beurt een reactie en inbreng. De eigenaar luistert en kan het voorstel daarna herformuleren.</translation>
    </message>
    <message>
        <source>Decision round: each person in turn consents, consents with a concern, or objects with an argument.</source>
        <translation>Besluitronde: ieder stemt om de beurt in, stemt in met een kanttekening, of maakt een beargumenteerd bezwaar.</translation>
    </message>
    <message>
        <source>Start: %1 (Enter)</source>
        <translation>Start: %1 (Enter)</translation>
    </message>
    <message>
        <source>Start the %1</source>
        <translation>%1 starten</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Facilitator could not open its data in
%1

%2

Nothing has been changed or deleted. Check that the folder exists and is writable, then start Facilitator again.</source>
        <translation>Facilitator kon zijn gegevens niet openen in
%1

%2

Er is niets veranderd of verwijderd. Controleer of de map bestaat en of je erin kunt schrijven, en start Facilitator dan opnieuw.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Je gegevensbestand is beschadigd</translation>
    </message>
    <message>
        <source>Facilitator could not read its data file. It has not been deleted: it is kept, untouched, at
%1</source>
        <translation>Facilitator kon zijn gegevensbestand niet lezen. Het is niet verwijderd: het staat onaangeroerd in
%1</translation>
    </message>
    <message>
        <source>The newest healthy backup is from %1. Restore it? Anything recorded after it is not in the backup; the damaged file stays where it is for an expert to look at.</source>
        <translation>De nieuwste goede reservekopie is van %1. Terugzetten? Wat daarna is vastgelegd, staat niet in de reservekopie; het beschadigde bestand blijft staan waar het staat, zodat een deskundige ernaar kan kijken.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can start with an empty log; the damaged file stays where it is.</source>
        <translation>Er is geen reservekopie om terug te zetten. Je kunt beginnen met een leeg log; het beschadigde bestand blijft staan waar het staat.</translation>
    </message>
    <message>
        <source>Start with an empty log</source>
        <translation>Beginnen met een leeg log</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>StepNotes</name>
    <message>
        <source>Notes for this step</source>
        <translation>Notities bij deze stap</translation>
    </message>
    <message>
        <source>Harvest for this step: what people said, ideas, actions…</source>
        <translation>Oogst van deze stap: wat mensen zeiden, ideeën, acties…</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Label %1</translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Groepsgrootte</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Wat je zegt</translation>
    </message>
    <message>
        <source>New structure</source>
        <translation>Nieuwe werkvorm</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Purpose family %1</source>
        <translation>Doelfamilie %1</translation>
    </message>
    <message>
        <source>Fewest people</source>
        <translation>Minste mensen</translation>
    </message>
    <message>
        <source>Most people</source>
        <translation>Meeste mensen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Materials, one per line</source>
        <translation>Materialen, één per regel</translation>
    </message>
    <message>
        <source>Tips, one per line</source>
        <translation>Tips, één per regel</translation>
    </message>
    <message>
        <source>Traps, one per line</source>
        <translation>Valkuilen, één per regel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Stap t&amp;oevoegen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve step</source>
        <translation>Stap ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Remove selected step</source>
        <translation>Gekozen stap verwijderen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Problems with the steps</source>
        <translation>Problemen met de stappen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>I&amp;d</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>S&amp;amenvatting</translation>
    </message>
    <message>
        <source>Purpose &amp;families</source>
        <translation>Doel&amp;families</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>&amp;Uitnodiging</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>Mens&amp;en</translation>
    </message>
    <message>
        <source>Spa&amp;ce</source>
        <translation>&amp;Ruimte</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>&amp;Materialen</translation>
    </message>
    <message>
        <source>&amp;Tips</source>
        <translation>&amp;Tips</translation>
    </message>
    <message>
        <source>T&amp;raps</source>
        <translation>&amp;Valkuilen</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Stappen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>vrij</translation>
    </message>
    <message>
        <source>Another structure in the library already has this id; choose another.</source>
        <translation>Een andere werkvorm in de bibliotheek heeft dit id al; kies een ander.</translation>
    </message>
    <message>
        <source>Use only small letters, digits and dashes, e.g. my-check-in.</source>
        <translation>Gebruik alleen kleine letters, cijfers en streepjes, bijv. mijn-check-in.</translation>
    </message>
    <message>
        <source>Write a few words here; it cannot be left empty.</source>
        <translation>Schrijf hier een paar woorden; dit mag niet leeg blijven.</translation>
    </message>
    <message>
        <source>Tick at least one purpose family.</source>
        <translation>Vink minstens één doelfamilie aan.</translation>
    </message>
    <message>
        <source>The most people cannot be fewer than the fewest people.</source>
        <translation>Meeste mensen kan niet lager zijn dan Minste mensen.</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>Voeg minstens één stap toe.</translation>
    </message>
    <message>
        <source>Step %1: give the step a title.</source>
        <translation>Stap %1: geef de stap een titel.</translation>
    </message>
    <message>
        <source>Step %1: write the minutes as a number above 0, e.g. 5.</source>
        <translation>Stap %1: schrijf de minuten als een getal boven 0, bijv. 5.</translation>
    </message>
    <message>
        <source>Step %1: write how many rounds as a whole number, e.g. 3.</source>
        <translation>Stap %1: schrijf het aantal rondes als een heel getal, bijv. 3.</translation>
    </message>
    <message>
        <source>Step %1: write how many people in a group, 2 or more, e.g. 6.</source>
        <translation>Stap %1: schrijf hoeveel mensen er in een groep zitten, 2 of meer, bijv. 6.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Stap %1: %2</translation>
    </message>
    <message>
        <source>⚠ Problem: %1</source>
        <translation>⚠ Probleem: %1</translation>
    </message>
    <message>
        <source>Step %1, groups: %2</source>
        <translation>Stap %1, groepen: %2</translation>
    </message>
    <message>
        <source>Step %1, group size: not set</source>
        <translation>Stap %1, groepsgrootte: niet ingesteld</translation>
    </message>
</context>
<context>
    <name>StructureListModel</name>
    <message>
        <source>  · custom</source>
        <translation>  · eigen</translation>
    </message>
    <message>
        <source>  · new</source>
        <translation>  · nieuw</translation>
    </message>
    <message>
        <source>, favourite</source>
        <translation>, favoriet</translation>
    </message>
</context>
</TS>
