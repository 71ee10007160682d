start-title = Welcome
start-intro = This app explains what happens to your data when you get help from the gemeente, and what your rights are.
start-offline = The app works without the internet. What you save stays on this device.
start-language-legend = Choose your language
start-next = Next
start-back = Back
start-track-title = Who are you?
start-track-legend = Choose what fits you best. You can always change this later.
start-track-required = Please choose one of the options first.
start-done = Start

home-title-jongeren = For young people
home-title-inwoners = For residents
home-title-professionals = For professionals
home-pages = Topics
home-empty = There are no pages for this group yet.
home-switch-track = Choose another group
home-continue = Continue where you left off
home-status-read = Read
home-status-quiz-busy = In progress: { $answered } of { $questions } questions answered
home-status-quiz-done = Done: { $correct } of { $questions } right
home-status-checklist = { $answered } of { $items } points filled in
home-status-story-busy = In progress
home-status-endings = { $reached } of { $endings } endings seen

page-unavailable = Page not available
page-related = Read next
page-sources = Sources
page-bookmark-add = Save this page
page-bookmark-remove = Remove from saved
page-note = Note on this page
term-close = Close explanation

bookmarks-title = Saved pages
bookmarks-empty = You have not saved any pages yet. Open a page and choose "Save this page".

settings-title = Settings
settings-language = Language
settings-track = Group
settings-saved = Saved.
settings-text-size = Text size
settings-text-size-normal = Normal
settings-text-size-large = Large
settings-text-size-larger = Extra large
settings-theme = Colours
settings-theme-system = As on this device
settings-theme-light = Light
settings-theme-dark = Dark
settings-theme-high-contrast = High contrast (white on black)
settings-reduced-motion = Motion
settings-reduced-motion-system = As on this device
settings-reduced-motion-on = As little motion as possible
settings-reduced-motion-off = Motion is fine

# "What this app stores": the user's own data, counted in the database itself.
nav-privacy = Your data
privacy-title = What this app stores
privacy-intro = Everything you do in this app stays on this device. The app does not send anything to the gemeente or to anyone else.
privacy-intro-control = You can take all of it with you in one file. You can also remove all of it.
privacy-table-caption = What the app stores on this device now
privacy-column-kind = Kind of data
privacy-column-count = How much
privacy-count =
    { $count ->
        [0] None
        [one] { $count } item
       *[other] { $count } items
    }
privacy-nothing-yet = The app does not store anything about you yet.
# One label per kind of data in the store (privacy-kind-<kind>, _ becomes -).
privacy-kind-settings = Your choices, such as language and group
privacy-kind-bookmarks = Saved pages
privacy-kind-pages-read = Pages you have read
privacy-kind-scenario-positions = Where you are in a story
privacy-kind-endings = Story endings you have reached
privacy-kind-quiz-answers = Your answers to quiz questions
privacy-kind-checklist-answers = Your answers in checklists
privacy-kind-notes = Your notes
privacy-kind-preparations = Preparations for a conversation
privacy-kind-other = Other data
privacy-cancel = Cancel

privacy-export-heading = Take your data with you
privacy-export-text = You get one file with everything the app stores. With this file you can bring your data back later, for example on a new phone. Keep the file safe: anyone who has it can read what is in it.
privacy-export = Save everything to a file
privacy-export-done = Saved to { $path }

privacy-import-heading = Bring your data back
privacy-import-text = Choose a file that you saved earlier with this app. Everything the app stores now is then replaced by what is in the file.
privacy-import-label = Choose a file
privacy-import-confirm-title = Replace everything?
privacy-import-confirm-text = Everything the app stores now will be replaced by the data in { $file }.
privacy-import-confirm-hint = What the app stores now and is not in that file will be gone.
privacy-import-confirm = Yes, replace everything
privacy-import-done = The data from the file is now in the app.

privacy-delete-heading = Delete everything
privacy-delete-text = This removes everything the app stores on this device. After that, the app starts again as if you had just installed it.
privacy-delete = Delete everything
privacy-delete-confirm-title = Delete everything?
privacy-delete-confirm-text = The app will delete all your choices, saved pages, what you have read, your answers, notes and preparations. Its backup copies are deleted too.
privacy-delete-confirm-exports = Files you saved yourself with "Save everything to a file" are not deleted. You can throw those away yourself.
privacy-delete-confirm-undo = You cannot undo this.
privacy-delete-confirm = Delete everything
privacy-deleted = Everything has been deleted. The app starts again.

# Search.
search-title = Search
search-label = What would you like to know more about?
search-hint = Type a question or a few words, for example: can I see my file?
search-start = Type something in the search box. Results appear as you type.
search-count =
    { $count ->
        [0] Nothing found
        [one] { $count } result
       *[other] { $count } results
    }
search-none = Nothing found for "{ $query }".
search-none-tip = Try another word, or fewer words. Looking for a difficult word? Check the spelling.
search-partial = No page has all of your words. These pages have some of them.
search-group-terms = Words explained
search-group-count = ({ $count })
search-kind-scenario = story
search-kind-quiz = quiz
search-kind-checklist = checklist
search-kind-tool = tool
search-kind-term = word explained
term-also = Also called:
term-back-to-search = Back to search
term-unavailable = Word not found

# Notes, with the warning before client data is saved.
notes-title = Notes
notes-intro = Your notes stay on this device. Do not write down names, numbers or other details that could identify someone.
notes-new = New note
notes-new-on-page = New note on: { $title }
notes-back-to-page = Back to the page
notes-save = Save
notes-saved-heading = Your notes
notes-empty = You have no notes yet.
notes-edit = Change
notes-edit-label = Change note
notes-delete = Delete
notes-delete-confirm-title = Delete this note?
notes-delete-confirm-text = The note will be removed from this device. You cannot undo this.
notes-changed = Changed on { $date }
notes-guard-title = Careful: does this contain someone's details?
notes-guard-text = The app sees something that looks like personal data. Better not to write it down. Change the text, or save it anyway.
notes-guard-kind-bsn = A citizen service number (BSN)
notes-guard-kind-iban = A bank account number
notes-guard-kind-phone = A phone number
notes-guard-kind-email = An e-mail address
notes-guard-kind-postcode-house-number = A postcode with a house number
notes-guard-kind-date-of-birth = A date of birth
notes-guard-change = Change the text
notes-guard-anyway = Save anyway

# About this app and its privacy statement.
footer-about = About this app and privacy
about-title = About this app and privacy
about-what-heading = What is this app?
about-what-text = This app explains what happens with your data when you ask the council (gemeente) or the neighbourhood team for help. There is information for young people, for residents and for professionals.
about-advice = The app explains; it does not give legal advice. Is it about your own situation? Then ask the organisation itself, its data protection officer or a legal adviser.
about-privacy-heading = Your privacy in this app
about-privacy-offline = The app works without the internet. It sends nothing anywhere: no data, no statistics and no error reports. There is no account and nothing is tracked.
about-privacy-stored = What you keep yourself, such as your choices, saved pages, answers and notes, stays on this device only. The council and the makers of the app cannot see it.
about-privacy-device = Anyone who uses this device can look in the app, though. Do you share the device with others? Then delete what you do not want them to see.
about-control-heading = You decide
about-control-text = On the page "What this app stores" you can see exactly what is kept on this device. There you can save everything to a file, or delete everything.
about-sources-heading = Where does the information come from?
about-sources-text = The information is based on the law, such as the GDPR (AVG), the Youth Act (Jeugdwet), the Social Support Act (Wmo 2015) and the Participation Act (Participatiewet). Every page lists its sources.
about-to-privacy = Go to "What this app stores"

# Progress over every track.
home-to-progress = See your progress in every group
progress-title = Your progress
progress-intro = How far you got in each group. This is kept on this device only.
progress-read = { $done } of { $of } pages read
progress-quizzes = { $done } of { $of } quizzes finished
progress-checklists = { $done } of { $of } checklists filled in
progress-stories = { $done } of { $of } stories played to an end
progress-continue = Continue with:

gemeente-legend = Your gemeente (municipality)
gemeente-none = No gemeente
gemeente-none-description = No gemeente is installed on this device yet. You see the information that applies everywhere in the Netherlands.
