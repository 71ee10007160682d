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
