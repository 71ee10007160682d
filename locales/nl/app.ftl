# The frame around every screen.
app-title = PrivacyApp Sociaal Domein
nav-label = Hoofdmenu
nav-menu = Menu
nav-skip = Ga naar de inhoud
nav-home = Start
nav-search = Zoeken
nav-bookmarks = Bewaard
nav-notes = Notities
nav-settings = Instellingen

# Language names are shown in their own language, whatever language the app is in.
locale-name-nl = Nederlands
locale-name-en = English

track-jongeren = Jongeren
track-jongeren-description = Je bent tussen de 12 en 23 jaar en wilt weten wat je rechten zijn.
track-inwoners = Inwoners
track-inwoners-description = Je vraagt hulp aan de gemeente of het wijkteam en wilt weten wat er met je gegevens gebeurt.
track-professionals = Professionals
track-professionals-description = Je werkt in het sociaal domein en wilt een gesprek goed voorbereiden.

status-loading = Bezig met laden…
status-error-title = Dat ging niet goed
status-retry = Probeer opnieuw

# Told once at start-up when something happened to the user's saved data.
store-recovered-from-copy = Je opgeslagen gegevens waren beschadigd. De app heeft de reservekopie van { $date } teruggezet. Wat je daarna deed, kan ontbreken. Het beschadigde bestand is bewaard: { $file }
store-recovered-empty = Je opgeslagen gegevens waren beschadigd en er was geen goede reservekopie. De app begint opnieuw, zonder gegevens. Het beschadigde bestand is bewaard: { $file }
store-read-only = De app kan nu niets opslaan: de schijf is vol of alleen-lezen. Je kunt alles lezen, en wat al bewaard was, blijft bewaard.
