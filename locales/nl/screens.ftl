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

page-unavailable = Pagina niet beschikbaar
page-related = Lees ook
page-sources = Bronnen
page-bookmark-add = Bewaar deze pagina
page-bookmark-remove = Niet meer bewaren
term-close = Sluit uitleg

bookmarks-title = Bewaarde pagina's
bookmarks-empty = Je hebt nog geen pagina's bewaard. Open een pagina en kies "Bewaar deze pagina".

settings-title = Instellingen
settings-language = Taal
settings-track = Groep
settings-saved = Opgeslagen.
