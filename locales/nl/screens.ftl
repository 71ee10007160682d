start-title = Welkom
start-intro = Deze app legt uit wat er met je gegevens gebeurt als je hulp krijgt van de gemeente, en wat je rechten zijn.
start-offline = De app werkt zonder internet. Wat je bewaart, blijft op dit apparaat.
start-language-legend = Kies je taal
start-next = Volgende
start-back = Terug
start-track-title = Wie ben je?
start-track-legend = Kies wat het best bij je past. Je kunt dit later altijd veranderen.
start-track-required = Kies eerst een van de mogelijkheden.
start-done = Beginnen

home-title-jongeren = Voor jongeren
home-title-inwoners = Voor inwoners
home-title-professionals = Voor professionals
home-pages = Onderwerpen
home-empty = Er zijn nog geen pagina's voor deze groep.
home-switch-track = Andere groep kiezen
home-continue = Verder waar je was
home-status-read = Gelezen
home-status-quiz-busy = Bezig: { $answered } van { $questions } vragen beantwoord
home-status-quiz-done = Klaar: { $correct } van { $questions } goed
home-status-checklist = { $answered } van { $items } punten ingevuld
home-status-story-busy = Bezig
home-status-endings = { $reached } van { $endings } einden gezien

page-unavailable = Pagina niet beschikbaar
page-related = Lees ook
page-sources = Bronnen
page-bookmark-add = Bewaar deze pagina
page-bookmark-remove = Niet meer bewaren
page-note = Notitie bij deze pagina
term-close = Sluit uitleg

bookmarks-title = Bewaarde pagina's
bookmarks-empty = Je hebt nog geen pagina's bewaard. Open een pagina en kies "Bewaar deze pagina".

settings-title = Instellingen
settings-language = Taal
settings-track = Groep
settings-saved = Opgeslagen.
settings-text-size = Tekstgrootte
settings-text-size-normal = Normaal
settings-text-size-large = Groot
settings-text-size-larger = Extra groot
settings-theme = Kleuren
settings-theme-system = Zoals op dit apparaat
settings-theme-light = Licht
settings-theme-dark = Donker
settings-theme-high-contrast = Hoog contrast (wit op zwart)
settings-reduced-motion = Beweging
settings-reduced-motion-system = Zoals op dit apparaat
settings-reduced-motion-on = Zo min mogelijk beweging
settings-reduced-motion-off = Beweging mag

# "What this app stores": the user's own data, counted in the database itself.
nav-privacy = Jouw gegevens
privacy-title = Wat deze app bewaart
privacy-intro = Alles wat je in deze app doet, blijft op dit apparaat. De app stuurt niets naar de gemeente of naar iemand anders.
privacy-intro-control = Je kunt alles meenemen in één bestand. Je kunt ook alles weghalen.
privacy-table-caption = Dit bewaart de app nu op dit apparaat
privacy-column-kind = Soort gegevens
privacy-column-count = Hoeveel
privacy-count =
    { $count ->
        [0] Niets
        [one] { $count } item
       *[other] { $count } items
    }
privacy-nothing-yet = De app bewaart nog niets over jou.
# One label per kind of data in the store (privacy-kind-<kind>, _ becomes -).
privacy-kind-settings = Je keuzes, zoals taal en groep
privacy-kind-bookmarks = Bewaarde pagina's
privacy-kind-pages-read = Pagina's die je hebt gelezen
privacy-kind-scenario-positions = Waar je bent in een verhaal
privacy-kind-endings = Einden van verhalen die je hebt gezien
privacy-kind-quiz-answers = Je antwoorden op quizvragen
privacy-kind-checklist-answers = Je antwoorden in checklists
privacy-kind-notes = Je notities
privacy-kind-preparations = Voorbereidingen voor een gesprek
privacy-kind-other = Andere gegevens
privacy-cancel = Annuleren

privacy-export-heading = Je gegevens meenemen
privacy-export-text = Je krijgt één bestand met alles wat de app bewaart. Met dat bestand kun je je gegevens later terugzetten, bijvoorbeeld op een nieuwe telefoon. Bewaar het bestand goed: iedereen die het heeft, kan lezen wat erin staat.
privacy-export = Alles opslaan in een bestand
privacy-export-done = Opgeslagen in { $path }

privacy-import-heading = Je gegevens terugzetten
privacy-import-text = Kies een bestand dat je eerder met deze app hebt opgeslagen. Alles wat de app nu bewaart, wordt dan vervangen door wat in het bestand staat.
privacy-import-label = Kies een bestand
privacy-import-confirm-title = Alles vervangen?
privacy-import-confirm-text = Alles wat de app nu bewaart, wordt vervangen door de gegevens uit { $file }.
privacy-import-confirm-hint = Wat de app nu bewaart en niet in dat bestand staat, is daarna weg.
privacy-import-confirm = Ja, vervang alles
privacy-import-done = De gegevens uit het bestand staan nu in de app.

privacy-delete-heading = Alles verwijderen
privacy-delete-text = Hiermee haal je alles weg wat de app op dit apparaat bewaart. Daarna begint de app opnieuw, alsof je hem net hebt geïnstalleerd.
privacy-delete = Alles verwijderen
privacy-delete-confirm-title = Alles verwijderen?
privacy-delete-confirm-text = De app verwijdert al je keuzes, bewaarde pagina's, wat je hebt gelezen, je antwoorden, notities en voorbereidingen. Ook de reservekopieën worden verwijderd.
privacy-delete-confirm-exports = Bestanden die je zelf hebt opgeslagen met "Alles opslaan in een bestand", blijven bestaan. Die kun je zelf weggooien.
privacy-delete-confirm-undo = Dit kun je daarna niet meer terugdraaien.
privacy-delete-confirm = Alles verwijderen
privacy-deleted = Alles is verwijderd. De app begint opnieuw.

# Search.
search-title = Zoeken
search-label = Waar wil je meer over weten?
search-hint = Typ een vraag of een paar woorden, bijvoorbeeld: mag ik mijn dossier zien?
search-start = Typ iets in het zoekvak. De resultaten verschijnen terwijl je typt.
search-count =
    { $count ->
        [0] Niets gevonden
        [one] { $count } resultaat
       *[other] { $count } resultaten
    }
search-none = Niets gevonden voor "{ $query }".
search-none-tip = Probeer een ander woord, of minder woorden. Zoek je een moeilijk woord? Kijk of het goed gespeld is.
search-partial = Geen pagina heeft al je woorden. Deze pagina's hebben er een deel van.
search-group-terms = Begrippen
search-group-count = ({ $count })
search-kind-scenario = verhaal
search-kind-quiz = quiz
search-kind-checklist = checklist
search-kind-tool = hulpmiddel
search-kind-term = begrip
term-also = Ook wel:
term-back-to-search = Terug naar zoeken
term-unavailable = Begrip niet gevonden

# Notes, with the warning before client data is saved.
notes-title = Notities
notes-intro = Je notities blijven op dit apparaat. Schrijf geen namen, nummers of andere gegevens op waarmee iemand te herkennen is.
notes-new = Nieuwe notitie
notes-new-on-page = Nieuwe notitie bij: { $title }
notes-back-to-page = Terug naar de pagina
notes-save = Opslaan
notes-saved-heading = Je notities
notes-empty = Je hebt nog geen notities.
notes-edit = Wijzigen
notes-edit-label = Notitie wijzigen
notes-delete = Verwijderen
notes-delete-confirm-title = Notitie verwijderen?
notes-delete-confirm-text = De notitie wordt van dit apparaat verwijderd. Dit kun je niet terugdraaien.
notes-changed = Gewijzigd op { $date }
notes-guard-title = Let op: staan hier gegevens van iemand in?
notes-guard-text = De app ziet iets wat lijkt op persoonsgegevens. Schrijf ze liever niet op. Pas de tekst aan, of sla hem toch op.
notes-guard-kind-bsn = Een burgerservicenummer (BSN)
notes-guard-kind-iban = Een bankrekeningnummer
notes-guard-kind-phone = Een telefoonnummer
notes-guard-kind-email = Een e-mailadres
notes-guard-kind-postcode-house-number = Een postcode met huisnummer
notes-guard-kind-date-of-birth = Een geboortedatum
notes-guard-change = Tekst aanpassen
notes-guard-anyway = Toch opslaan

# About this app and its privacy statement.
footer-about = Over deze app en privacy
about-title = Over deze app en privacy
about-what-heading = Wat is deze app?
about-what-text = Deze app legt uit wat er met je gegevens gebeurt als je hulp vraagt aan de gemeente of het wijkteam. Er is uitleg voor jongeren, voor inwoners en voor professionals.
about-advice = De app geeft uitleg, geen juridisch advies. Gaat het om jouw situatie? Vraag het dan aan de organisatie zelf, aan de functionaris gegevensbescherming of aan een juridisch adviseur.
about-privacy-heading = Jouw privacy in deze app
about-privacy-offline = De app werkt zonder internet. Hij stuurt niets weg: geen gegevens, geen statistieken en geen foutmeldingen. Er is geen account en er wordt niets gevolgd.
about-privacy-stored = Wat je zelf bewaart, zoals je keuzes, bewaarde pagina's, antwoorden en notities, staat alleen op dit apparaat. De gemeente en de makers van de app kunnen het niet zien.
about-privacy-device = Iedereen die dit apparaat gebruikt, kan wel in de app kijken. Deel je het apparaat met anderen? Verwijder dan wat je niet wilt laten zien.
about-control-heading = Jij beslist
about-control-text = Op de pagina "Wat deze app bewaart" zie je precies wat er op dit apparaat staat. Daar kun je alles opslaan in een bestand, of alles verwijderen.
about-sources-heading = Waar komt de uitleg vandaan?
about-sources-text = De uitleg is gebaseerd op de wet, zoals de AVG, de Jeugdwet, de Wmo 2015 en de Participatiewet. Bij elke pagina staan de bronnen.
about-to-privacy = Naar "Wat deze app bewaart"

# Progress over every track.
home-to-progress = Bekijk je voortgang in alle groepen
progress-title = Je voortgang
progress-intro = Zo ver ben je in elke groep. Dit staat alleen op dit apparaat.
progress-read = { $done } van { $of } pagina's gelezen
progress-quizzes = { $done } van { $of } quizzen af
progress-checklists = { $done } van { $of } checklists ingevuld
progress-stories = { $done } van { $of } verhalen uitgespeeld
progress-continue = Verder met:

gemeente-legend = Je gemeente
gemeente-none = Geen gemeente
gemeente-none-description = Op dit apparaat staat nog geen gemeente. Je ziet de informatie die overal in Nederland geldt.
