/* SPDX-License-Identifier: GPL-3.0-or-later */
/* brief_send.c - the brief to the therapist (brief_send.h). */
#include <config.h>

#include <string.h>
#include "core/brief/brief_send.h"
#include "core/error.h"
#include "core/fileutil.h"
#include "core/i18n.h"

#define BRIEF_FILE_MODE 0600

char *brief_default_file(enum brief_format fmt)
{
	static const char *const names[] = { "brief.txt", "brief.md", "brief.html" };
	char *data = file_xdg_dir("XDG_DATA_HOME", ".local/share");
	char *path = g_build_filename(data, "knead", names[fmt], NULL);

	g_free(data);
	return path;
}

bool brief_save(const char *file, const char *data, GError **err)
{
	char *dir = g_path_get_dirname(file);
	char *data_dir = file_xdg_dir("XDG_DATA_HOME", ".local/share");
	char *own = g_build_filename(data_dir, "knead", NULL);
	bool ok = strcmp(dir, own) != 0 || dir_ensure(dir, 0700, err);

	g_free(dir);
	g_free(data_dir);
	g_free(own);
	return ok && file_write_atomic(file, data, strlen(data), BRIEF_FILE_MODE, err);
}

static bool send_mail(const char *to, const char *subject, const char *text, GError **err)
{
	const char *argv[] = {
		"xdg-email", "--utf8", "--subject", subject, "--body", text, to, NULL
	};
	GError *spawn_err = NULL;
	int wait = 0;

	if (!g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
			  &wait, &spawn_err)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot open the mail composer: %s (expected xdg-email, from "
			      "xdg-utils)"),
			    spawn_err->message);
		g_error_free(spawn_err);
		return false;
	}
	/* g_spawn_check_exit_status: GLib 2.68, the oldest knead builds with
	 * (g_spawn_check_wait_status, its new name, came in 2.70). */
	if (!g_spawn_check_exit_status(wait, NULL)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the mail composer failed (xdg-email ended with an error)"));
		return false;
	}
	return true;
}

bool brief_send(const struct config *cfg, const char *subject, const char *text, const char *file,
		struct brief_send *out, GError **err)
{
	memset(out, 0, sizeof(*out));
	if (cfg->therapist_email) {
		out->how = BRIEF_SENT_MAIL;
		return send_mail(cfg->therapist_email, subject, text, err);
	}
	if (!cfg->therapist_booking_url) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("there is nowhere to send the brief (expected [therapist] email or "
			      "booking_url: knead config set therapist.email ADDRESS)"));
		return false;
	}
	out->how = BRIEF_SENT_FILE;
	out->file = file ? g_strdup(file) : brief_default_file(BRIEF_TEXT);
	if (!brief_save(out->file, text, err)) {
		brief_send_clear(out);
		return false;
	}
	return true;
}

void brief_send_clear(struct brief_send *s)
{
	g_free(s->file);
	s->file = NULL;
}
