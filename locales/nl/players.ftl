# The quiz player.
quiz-position = Vraag { $n } van { $total }
quiz-pick-all = Er kunnen meer antwoorden goed zijn. Kies alles wat klopt.
quiz-check = Controleer mijn antwoord
quiz-choose-first = Kies eerst een antwoord.
quiz-right = Goed!
quiz-wrong = Niet helemaal. Lees hieronder waarom.
quiz-option-right = goed antwoord
quiz-option-wrong = fout antwoord
quiz-option-yours = jouw keuze
quiz-previous = Vorige vraag
quiz-next = Volgende vraag
quiz-to-result = Naar je uitslag
quiz-result-title = Je uitslag
quiz-score = Je hebt { $correct } van de { $total } vragen goed.
quiz-open =
    { $open ->
        [one] Je hebt nog { $open } vraag niet beantwoord.
       *[other] Je hebt nog { $open } vragen niet beantwoord.
    }
quiz-status-right = goed
quiz-status-wrong = niet goed
quiz-status-open = nog niet beantwoord
quiz-restart = Opnieuw beginnen

# The checklist player.
checklist-title = Loop de punten na
checklist-intro = Kies bij elk punt wat het beste past. Er is geen goed of fout. Je keuze wordt meteen bewaard op dit apparaat.
checklist-count = { $answered } van de { $total } punten ingevuld
checklist-restart = Alles leegmaken

# The scenario player
story-heading = Het verhaal
story-position = Stap { $step }
story-cast = Wie er meedoen
story-back = Terug
story-forward = Verder
story-play = Afspelen
story-pause = Pauzeren
story-replay-scene = Scène opnieuw
story-restart = Opnieuw beginnen
story-speed = Snelheid
story-speed-slow = Langzaam
story-speed-normal = Normaal
story-speed-fast = Snel
story-controls = Bediening van het verhaal
story-shortcuts = Sneltoetsen in de speler: pijl naar rechts is verder, pijl naar links is terug, K is afspelen of pauzeren, R is de scène opnieuw, T is de tekstversie.
story-transcript-show = Tekstversie tonen
story-transcript-hide = Tekstversie verbergen
story-transcript-heading = Het verhaal als tekst
story-you-are-here = Hier ben je nu.
story-thinks = { $who } denkt
story-pet-helper = { $who } zet de pet van hulpverlener op.
story-pet-gemeente = { $who } zet de pet van de gemeente op.
story-pet-label-helper = Hulpverlener
story-pet-label-gemeente = Namens de gemeente
story-data-give = { $from } geeft { $to }:
story-data-ask = { $from } vraagt { $to } om:
story-choice = Keuze:
story-choice-hint = Wat zou jij doen? Kies een antwoord.
story-chosen = Jouw keuze:
story-not-chosen = Nog geen keuze gemaakt.
story-ending = Einde van het verhaal. Wat je hiervan leert:
story-ending-title = Einde: { $title }
story-learned = Wat je hiervan leert
story-reflect = Om over na te denken
story-sources = Wat de wet zegt
story-endings = Je hebt { $reached } van de { $endings } eindes gezien.
story-read-more = Lees hier meer over
story-option-chosen = gekozen
story-pet-was-helper = Eerst: hulpverlener
story-pet-was-gemeente = Eerst: namens de gemeente
