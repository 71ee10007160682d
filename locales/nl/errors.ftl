# One message per error code from the core and the shell (error-<code>, _ becomes -).
error-internal = Er ging iets mis in de app. Probeer het opnieuw of start de app opnieuw.
error-unknown-page = Deze pagina bestaat niet (meer). Misschien is de inhoud bijgewerkt.
error-unknown-term = Dit begrip staat (nog) niet in de woordenlijst.
error-unknown-locale = Deze taal kent de app niet.
error-unknown-track = Deze groep kent de app niet.
error-invalid-content = De inhoud van de app is beschadigd. Installeer de app opnieuw.
error-invalid-pack = De inhoud van de app kan niet worden gelezen. Installeer de app opnieuw.
error-database-too-new = Je gegevens zijn opgeslagen door een nieuwere versie van de app. Werk de app bij; je gegevens zijn niet aangeraakt.
error-storage = Je gegevens konden niet worden opgeslagen of gelezen. Wat al bewaard was, blijft bewaard.
error-io = Een bestand van de app kon niet worden gelezen of geschreven. Is de schijf vol of alleen-lezen?
