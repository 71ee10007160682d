# The frame around every screen.
app-title = PrivacyApp Sociaal Domein
nav-label = Main menu
nav-menu = Menu
nav-skip = Skip to content
nav-home = Home
nav-search = Search
nav-bookmarks = Saved
nav-notes = Notes
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

# Told once at start-up when something happened to the user's saved data.
store-recovered-from-copy = Your saved data was damaged. The app has restored the backup copy from { $date }. Anything you did after that may be missing. The damaged file has been kept: { $file }
store-recovered-empty = Your saved data was damaged and there was no good backup copy. The app starts again without data. The damaged file has been kept: { $file }
store-read-only = The app cannot save anything right now: the disk is full or read-only. You can read everything, and what was already saved stays saved.
