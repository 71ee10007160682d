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

# The scenario player
story-heading = The story
story-position = Step { $step }
story-cast = Who takes part
story-back = Back
story-forward = Next
story-play = Play
story-pause = Pause
story-replay-scene = Replay scene
story-restart = Start again
story-speed = Speed
story-speed-slow = Slow
story-speed-normal = Normal
story-speed-fast = Fast
story-controls = Story controls
story-shortcuts = Shortcuts in the player: right arrow is next, left arrow is back, K is play or pause, R replays the scene, T is the text version.
story-transcript-show = Show text version
story-transcript-hide = Hide text version
story-transcript-heading = The story as text
story-you-are-here = You are here now.
story-thinks = { $who } thinks
story-pet-helper = { $who } puts on the helper's cap.
story-pet-gemeente = { $who } puts on the gemeente's cap.
story-pet-label-helper = Helper
story-pet-label-gemeente = On behalf of the gemeente
story-data-give = { $from } gives { $to }:
story-data-ask = { $from } asks { $to } for:
story-choice = Choice:
story-choice-hint = What would you do? Choose an answer.
story-chosen = Your choice:
story-not-chosen = No choice made yet.
story-ending = End of the story. What you learn from it:
story-ending-title = Ending: { $title }
story-learned = What you learn from this
story-reflect = To think about
story-sources = What the law says
story-endings = You have seen { $reached } of the { $endings } endings.
story-read-more = Read more about this
story-option-chosen = chosen
story-pet-was-helper = Before: helper
story-pet-was-gemeente = Before: on behalf of the gemeente
