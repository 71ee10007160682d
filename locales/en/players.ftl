# The quiz player.
quiz-position = Question { $n } of { $total }
quiz-pick-all = More than one answer may be right. Choose all that apply.
quiz-check = Check my answer
quiz-choose-first = Choose an answer first.
quiz-right = Correct!
quiz-wrong = Not quite. Read below why.
quiz-option-right = right answer
quiz-option-wrong = wrong answer
quiz-option-yours = your choice
quiz-previous = Previous question
quiz-next = Next question
quiz-to-result = See your result
quiz-result-title = Your result
quiz-score = You got { $correct } out of { $total } questions right.
quiz-open =
    { $open ->
        [one] You have { $open } question left to answer.
       *[other] You have { $open } questions left to answer.
    }
quiz-status-right = right
quiz-status-wrong = not right
quiz-status-open = not answered yet
quiz-restart = Start again

# The checklist player.
checklist-title = Go through the points
checklist-intro = For each point, choose what fits best. There is no right or wrong. Your choice is saved on this device straight away.
checklist-count = { $answered } of { $total } points filled in
checklist-restart = Clear everything
