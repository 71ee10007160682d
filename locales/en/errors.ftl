# One message per error code from the core and the shell (error-<code>, _ becomes -).
error-internal = Something went wrong in the app. Please try again, or restart the app.
error-unknown-page = This page does not exist (any more). The content may have been updated.
error-unknown-term = This term is not in the glossary (yet).
error-unknown-locale = The app does not know this language.
error-unknown-track = The app does not know this group.
error-invalid-content = The app's content is damaged. Please reinstall the app.
error-invalid-pack = The app's content cannot be read. Please reinstall the app.
error-database-too-new = Your data was saved by a newer version of the app. Please update the app; your data has not been touched.
error-storage = Your data could not be saved or read. What was already saved stays saved.
error-io = A file of the app could not be read or written. Is the disk full or read-only?
