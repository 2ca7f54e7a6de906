/* sanitize.h - text from the database or from a file, made safe to show on
 * a terminal or in a notification.
 *
 * Notes, race names and therapists come from the runner, but also from any
 * file imported: they may hold terminal escape sequences (OSC 52 sets the
 * clipboard, CSI clears the screen), C1 controls that some terminals obey
 * like ESC [, bidirectional overrides that make text read backwards, and
 * bytes that are not UTF-8.  Every way out (the CLI, reminders, the
 * interface) shows text through these functions. */
#ifndef KNEAD_SANITIZE_H
#define KNEAD_SANITIZE_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>

/* Whether c must never reach a terminal as it is: C0 and C1 controls,
 * DEL, bidirectional embeddings, overrides and isolates. */
bool sanitize_is_hidden(gunichar c);

/* Whether s (len bytes, or up to its NUL when len < 0) needs cleaning:
 * a quick scan, so that clean text costs no copy. */
bool sanitize_needed(const char *s, gssize len);

/* s (NULL reads as "") as valid UTF-8 without escape sequences (removed
 * whole), controls or bidirectional overrides (removed); tab, newline and
 * carriage return become spaces; bytes that are not UTF-8 become U+FFFD.
 * g_free() it. */
char *sanitize_text(const char *s);

/* The same for output the program lays out itself, line by line: its
 * newlines are kept. */
char *sanitize_lines(const char *s);

/* A value quoted in an error message: valid UTF-8 ("épaule") as it is,
 * every hidden character and every byte that is not UTF-8 as U+FFFD. */
char *sanitize_quote(const char *s);

#endif
