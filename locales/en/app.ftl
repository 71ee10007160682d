# The frame around every screen.
app-title = PrivacyApp Sociaal Domein
nav-label = Main menu
nav-skip = Skip to content
nav-home = Home
nav-bookmarks = Saved
nav-settings = Settings

# Language names are shown in their own language, whatever language the app is in.
locale-name-nl = Nederlands
locale-name-en = English

track-jongeren = Young people
track-jongeren-description = You are between 12 and 23 and want to know your rights.
track-inwoners = Residents
track-inwoners-description = You are asking the gemeente or the wijkteam for help and want to know what happens to your data.
track-professionals = Professionals
track-professionals-description = You work in the social domain and want to prepare a conversation well.

status-loading = Loading…
status-error-title = Something went wrong
status-retry = Try again
