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

page-unavailable = Page not available
page-related = Read next
page-sources = Sources
page-bookmark-add = Save this page
page-bookmark-remove = Remove from saved
term-close = Close explanation

bookmarks-title = Saved pages
bookmarks-empty = You have not saved any pages yet. Open a page and choose "Save this page".

settings-title = Settings
settings-language = Language
settings-track = Group
settings-saved = Saved.
