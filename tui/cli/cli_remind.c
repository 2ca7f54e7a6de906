/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_remind.c - knead remind: send the desktop reminders that are due.
 *
 * One pass (a timer runs it every few minutes), --dry-run (print, send and
 * record nothing), or --daemon (sleep until the next reminder can fall due,
 * wake early when the database changes).
 *
 * How reminders are claimed, shown once, given back and snoozed is the
 * protocol of core/remind/send.h; this file is its libnotify sender (the
 * notification server, the actions), the dry run's printing sender, and the
 * daemon's loop.
 */
#include <config.h>

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/timerfd.h>
#include <unistd.h>
#include <gio/gio.h>
#include <glib-unix.h>
#include <libnotify/notify.h>
#include "cli.h"
#include "core/brief/brief.h"
#include "core/brief/brief_send.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/remind/followup.h"
#include "core/i18n.h"
#include "core/paths.h"
#include "core/remind/remind.h"
#include "core/remind/send.h"
#include "core/selfcare/selfcare.h"

#define NOTIFY_BUS_NAME "org.freedesktop.Notifications"
#define NOTIFY_PATH "/org/freedesktop/Notifications"
/* Every call to the notification server gives up after this: a server
 * that never answers must not hold a pass (nor the daemon's SIGTERM) for
 * GDBus's 25 s. */
#define SERVER_TIMEOUT_MS 3000
/* After a failed send the daemon tries again, waiting longer each time. */
#define RETRY_FIRST_SECONDS 60
#define RETRY_MAX_SECONDS 900
/* Writes to the database come in bursts (the WAL, then a checkpoint):
 * let them settle before reading. */
#define SETTLE_MS 300

/* --- bounded calls ------------------------------------------------------------ */

/* libnotify's calls wait on the server with GDBus's default of 25 s and
 * take no timeout: each runs in a thread of its own, and knead waits for
 * it SERVER_TIMEOUT_MS at most, or until SIGTERM or SIGINT asks the daemon
 * to stop.  A call given up on finishes (or not) on its own; its thread
 * frees it. */
enum call_kind { CALL_BUS, CALL_CAPS, CALL_SHOW, CALL_CLOSE };

struct call {
	GMutex lock;
	GCond cond;
	enum call_kind kind;
	NotifyNotification *n; /* a reference of the call's own */
	bool done, abandoned, ok;
	GError *error;
	GList *caps;
	GDBusConnection *bus; /* CALL_BUS: the session bus */
};

/* Set once the daemon is asked to stop; seen while a call is waited on,
 * through a context of its own holding only the signal sources. */
static GMainContext *stop_ctx;
static bool stop_requested;
/* A call given up on may still be inside libnotify: then notify_uninit()
 * must not pull its proxy from under it (the process ends soon anyway). */
static bool calls_abandoned;

static gboolean on_stop_signal(void *data)
{
	(void)data;
	stop_requested = true;
	return G_SOURCE_CONTINUE;
}

/* From then on a call is given up on at once when SIGTERM or SIGINT
 * comes (the daemon's own handlers still run when it gets back to its
 * loop). */
static void watch_stop_signals(void)
{
	const int sigs[] = { SIGTERM, SIGINT };

	if (stop_ctx)
		return;
	stop_ctx = g_main_context_new();
	for (size_t i = 0; i < G_N_ELEMENTS(sigs); i++) {
		GSource *src = g_unix_signal_source_new(sigs[i]);
		g_source_set_callback(src, on_stop_signal, NULL, NULL);
		g_source_attach(src, stop_ctx);
		g_source_unref(src);
	}
}

static void call_free(struct call *c)
{
	if (c->n)
		g_object_unref(c->n);
	if (c->error)
		g_error_free(c->error);
	g_list_free_full(c->caps, g_free);
	if (c->bus)
		g_object_unref(c->bus);
	g_mutex_clear(&c->lock);
	g_cond_clear(&c->cond);
	g_free(c);
}

static gpointer call_thread(gpointer data)
{
	struct call *c = data;
	GError *e = NULL;
	GList *caps = NULL;
	GDBusConnection *bus = NULL;
	bool ok = true, abandoned;

	/* A bus that takes the connection and never answers its greeting
	 * would hold g_bus_get_sync() for ever. */
	if (c->kind == CALL_BUS)
		ok = (bus = g_bus_get_sync(G_BUS_TYPE_SESSION, NULL, &e)) != NULL;
	else if (c->kind == CALL_CAPS)
		caps = notify_get_server_caps();
	else if (c->kind == CALL_SHOW)
		ok = notify_notification_show(c->n, &e);
	else
		ok = notify_notification_close(c->n, &e);
	g_mutex_lock(&c->lock);
	c->ok = ok;
	c->error = e;
	c->caps = caps;
	c->bus = bus;
	c->done = true;
	abandoned = c->abandoned;
	g_cond_signal(&c->cond);
	g_mutex_unlock(&c->lock);
	if (abandoned)
		call_free(c);
	return NULL;
}

/* Runs the call; false with *err set when the server did not answer in
 * time or the daemon is stopping.  *out then is NULL and the call is no
 * longer the caller's; else the caller frees it with call_free(). */
static bool call_bounded(enum call_kind kind, NotifyNotification *n, struct call **out,
			 GError **err)
{
	struct call *c = g_new0(struct call, 1);
	gint64 end = g_get_monotonic_time() + (gint64)SERVER_TIMEOUT_MS * 1000;
	GThread *t;
	bool done;

	*out = NULL;
	if (stop_requested) {
		g_free(c);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("knead is stopping"));
		return false;
	}
	g_mutex_init(&c->lock);
	g_cond_init(&c->cond);
	c->kind = kind;
	c->n = n ? g_object_ref(n) : NULL;
	t = g_thread_try_new("knead-notify", call_thread, c, NULL);
	if (!t) {
		call_free(c);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot send reminders: no thread to talk to the server"));
		return false;
	}
	g_thread_unref(t);
	g_mutex_lock(&c->lock);
	while (!c->done && !stop_requested && g_get_monotonic_time() < end) {
		g_mutex_unlock(&c->lock);
		if (stop_ctx)
			while (g_main_context_iteration(stop_ctx, FALSE))
				;
		g_mutex_lock(&c->lock);
		if (!c->done && !stop_requested)
			g_cond_wait_until(&c->cond, &c->lock,
					  MIN(end, g_get_monotonic_time() + 50 * 1000));
	}
	done = c->done;
	if (!done)
		c->abandoned = calls_abandoned = true;
	g_mutex_unlock(&c->lock);
	if (!done) {
		if (stop_requested)
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("knead is stopping"));
		else
			/* TRANSLATORS: why a call to D-Bus failed, in brackets
			 * after what failed. */
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("no answer within %d s"),
				    SERVER_TIMEOUT_MS / 1000);
		return false;
	}
	*out = c;
	return true;
}

/* --- the notification server --------------------------------------------- */

struct notifier {
	bool ready;
	bool markup;  /* the server reads markup in bodies: escape ours */
	bool actions; /* the server shows action buttons */
	bool listening;	       /* a main loop runs to receive actions (the daemon) */
	const struct cli *cli; /* the settings, database and config paths */
};

static bool caps_has(GList *caps, const char *cap)
{
	for (GList *l = caps; l; l = l->next)
		if (strcmp(l->data, cap) == 0)
			return true;
	return false;
}

/* No notification server answers on the bus: the error says so, with the
 * bus's reason E (freed). */
static bool no_server(GError *e, GError **err)
{
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
		    _("cannot send reminders: no notification server on the D-Bus session "
		      "bus (%s)"),
		    e->message);
	g_error_free(e);
	return false;
}

/* Asks the bus for a notification server before libnotify does, so that the
 * error can say which part is missing. */
static bool notifier_open(struct notifier *nt, GError **err)
{
	GError *e = NULL;
	GDBusConnection *bus;
	GVariant *info;
	GList *caps;
	struct call *call;

	if (nt->ready)
		return true;
	bus = NULL;
	if (call_bounded(CALL_BUS, NULL, &call, &e)) {
		bus = call->bus;
		call->bus = NULL;
		if (!bus) {
			e = call->error;
			call->error = NULL;
		}
		call_free(call);
	}
	if (!bus) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot send reminders: there is no D-Bus session bus (%s); "
			      "reminders need a desktop session"),
			    e->message);
		g_error_free(e);
		return false;
	}
	info = g_dbus_connection_call_sync(bus, NOTIFY_BUS_NAME, NOTIFY_PATH, NOTIFY_BUS_NAME,
					   "GetServerInformation", NULL,
					   G_VARIANT_TYPE("(ssss)"), G_DBUS_CALL_FLAGS_NONE,
					   SERVER_TIMEOUT_MS, NULL, &e);
	g_object_unref(bus);
	if (!info) {
		g_dbus_error_strip_remote_error(e);
		return no_server(e, err);
	}
	g_variant_unref(info);
	if (!notify_is_initted() && !notify_init("knead")) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot send reminders: libnotify could not start"));
		return false;
	}
	if (!call_bounded(CALL_CAPS, NULL, &call, &e))
		return no_server(e, err);
	caps = call->caps;
	nt->markup = caps_has(caps, "body-markup");
	nt->actions = caps_has(caps, "actions");
	call_free(call);
	nt->ready = true;
	return true;
}

/* The body-markup of the notification spec is a small HTML subset, not
 * XML: only &, < and > need escaping, and some servers show an XML-only
 * entity such as &apos; (which g_markup_escape_text writes) literally. */
static char *markup_escape(const char *s)
{
	GString *out = g_string_sized_new(strlen(s));

	for (; *s; s++) {
		switch (*s) {
		case '&':
			g_string_append(out, "&amp;");
			break;
		case '<':
			g_string_append(out, "&lt;");
			break;
		case '>':
			g_string_append(out, "&gt;");
			break;
		default:
			g_string_append_c(out, *s);
		}
	}
	return g_string_free(out, FALSE);
}

/* --- acting on a notification ------------------------------------------ */

/* The installed (or build tree's) knead and its desktop file. */
static char *knead_binary(void)
{
	char *dir;
	char *path;

	if (paths_in_build_tree()) {
		char *build = paths_build_dir();

		path = g_build_filename(build, "knead", NULL);
		g_free(build);
		return path;
	}
	dir = paths_relocate(BINDIR);
	path = g_build_filename(dir, "knead", NULL);
	g_free(dir);
	return path;
}

static char *desktop_file(void)
{
	char *dir = paths_relocate(DATADIR);
	char *path = g_build_filename(dir, "applications", "knead.desktop", NULL);

	g_free(dir);
	if (paths_in_build_tree()) {
		char *build = paths_build_dir();

		/* made by make from data/knead.desktop.in */
		g_free(path);
		path = g_build_filename(build, "data", "knead.desktop", NULL);
		g_free(build);
	}
	return path;
}

/* $KNEAD_TERMINAL, else Debian's x-terminal-emulator, else xterm: each
 * takes the command to run after -e. */
static char *terminal_command(void)
{
	const char *env = g_getenv("KNEAD_TERMINAL");
	char *found;

	if (env && *env)
		return g_strdup(env);
	found = g_find_program_in_path("x-terminal-emulator");
	if (found) {
		g_free(found);
		return g_strdup("x-terminal-emulator -e");
	}
	return g_strdup("xterm -e");
}

struct launch {
	const struct notifier *nt;
	char *screen; /* "Open knead", "Log it": the screen to open */
	char *uri;    /* "Book": where */
	char *item;   /* "Done": the self-care item to tick */
};

static void launch_free(void *p)
{
	struct launch *l = p;

	g_free(l->screen);
	g_free(l->uri);
	g_free(l->item);
	g_free(l);
}

/* An action that could not be done says so where it was asked for, on
 * the desktop, with what to type instead (and in the daemon's log). */
static void report_launch_error(const struct launch *l, const char *title, GError *err,
				const char *instead)
{
	char *text = g_strdup_printf("%s. %s", err->message, instead);
	char *body = l->nt->markup ? markup_escape(text) : g_strdup(text);
	NotifyNotification *n = notify_notification_new(title, body, "knead");
	GError *e = NULL;

	/* TRANSLATORS: the daemon's log when an action could not be done. */
	cli_error(_("that action could not be done: %s"), err->message);
	notify_notification_set_app_name(n, "knead");
	notify_notification_set_urgency(n, NOTIFY_URGENCY_NORMAL);
	notify_notification_set_category(n, "x-knead.error");
	notify_notification_set_hint_string(n, "desktop-entry", "knead");
	if (!notify_notification_show(n, &e)) {
		cli_error("%s", e->message);
		g_error_free(e);
	}
	g_object_unref(n);
	g_free(body);
	g_free(text);
	g_error_free(err);
}

/* "Open knead", "Log it": knead on that screen, in a terminal, as the
 * desktop file says.  The settings file is named only when there is one:
 * on a fresh account there is none, and knead refuses a --config that
 * does not exist. */
static void on_open_screen(NotifyNotification *n, char *action, void *data)
{
	struct launch *l = data;
	const struct cli *cli = l->nt->cli;
	char *terminal = terminal_command(), *knead = knead_binary(), *file = desktop_file();
	const char *config = g_file_test(cli->config_path, G_FILE_TEST_EXISTS) ? cli->config_path
									     : NULL;
	GError *err = NULL;
	char **argv = followup_launch_argv(file, l->screen, terminal, knead, cli->db_path, config,
					   &err);

	if (!argv || !g_spawn_async(NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
				    &err)) {
		char *typed = strcmp(l->screen, "today") == 0
				      ? g_strdup("knead")
				      : g_strdup_printf("knead --screen %s", l->screen);
		/* TRANSLATORS: %s is a command, e.g. "knead --screen checkin". */
		char *instead = g_strdup_printf(_("In a terminal, type: %s"), typed);

		report_launch_error(l, _("knead could not open a terminal"), err, instead);
		g_free(instead);
		g_free(typed);
	}
	g_strfreev(argv);
	g_free(file);
	g_free(knead);
	g_free(terminal);
}

/* "Book": the booking page, mail or phone, through the desktop's handler
 * for that kind of address; a mail to the therapist carries the brief
 * (core/brief/brief_send.h), as knead brief --mail does. */
static void on_book(NotifyNotification *n, char *action, void *data)
{
	struct launch *l = data;
	struct cli *cli = (struct cli *)l->nt->cli;
	GError *err = NULL;
	bool ok;

	if (g_str_has_prefix(l->uri, "mailto:") && cli->config.therapist_email) {
		char *text = NULL, *subject = NULL;
		struct brief_send sent;

		ok = cli_brief_text(cli, clock_now(), &text, &subject, &err) &&
		     brief_send(&cli->config, subject, text, NULL, &sent, &err);
		if (ok)
			brief_send_clear(&sent);
		g_free(text);
		g_free(subject);
	} else {
		ok = g_app_info_launch_default_for_uri(l->uri, NULL, &err);
	}
	if (!ok) {
		/* TRANSLATORS: %s is the booking address (a web page, mailto: or tel:). */
		char *instead = g_strdup_printf(_("Book through %s yourself; knead next has the "
						  "details."),
						l->uri);

		report_launch_error(l, _("knead could not open the booking address"), err,
				    instead);
		g_free(instead);
	}
}

/* A booking page: the brief is saved for the runner to add there, and the
 * notification says where.  NULL when there is no page, or on failure (the
 * reminder goes out without it). */
static char *brief_for_booking(const struct notifier *nt, const struct reminder *r)
{
	struct cli *cli = (struct cli *)nt->cli;
	char *text = NULL, *subject = NULL, *file = NULL, *said = NULL;
	GError *err = NULL;

	if (!cli || r->kind != REMINDER_BOOKING || !cli->config.therapist_booking_url)
		return NULL;
	file = brief_default_file(BRIEF_TEXT);
	if (cli_brief_text(cli, clock_now(), &text, &subject, &err) &&
	    brief_save(file, text, &err))
		/* TRANSLATORS: after a booking reminder's text; %s is a file. */
		said = g_strdup_printf(_("The brief for your therapist is in %s."), file);
	else if (err) {
		/* Only logged: the reminder goes out without it. */
		cli_error("%s", err->message);
		g_error_free(err);
	}
	g_free(text);
	g_free(subject);
	g_free(file);
	return said;
}

/* "Done" on the self-care reminder: its item (the key's last part) ticked
 * for today, as knead plan done would. */
static void on_done(NotifyNotification *n, char *action, void *data)
{
	struct launch *l = data;
	struct cli *cli = (struct cli *)l->nt->cli;
	struct selfcare_plan p = { 0 };
	GError *err = NULL;
	wtime now = clock_now();
	bool added;

	if (cli_open_store(cli, &err) && selfcare_load(cli->store, &cli->config, now, &p, &err)) {
		selfcare_mark_done(cli->store, &p, l->item, now, &added, &err);
		selfcare_plan_clear(&p);
	}
	if (err) {
		char *typed = g_strdup_printf("knead plan done %s", l->item);
		/* TRANSLATORS: %s is a command, e.g. "knead --screen checkin". */
		char *instead = g_strdup_printf(_("In a terminal, type: %s"), typed);

		report_launch_error(l, _("knead could not tick the item"), err, instead);
		g_free(instead);
		g_free(typed);
	}
}

static struct launch *launch_new(const struct notifier *nt, const char *screen, char *uri)
{
	struct launch *l = g_new0(struct launch, 1);

	l->nt = nt;
	l->screen = g_strdup(screen);
	l->uri = uri;
	return l;
}

/* Copies of reminders, kept while their notification is open. */
static GArray *parts_new(void)
{
	return g_array_new(FALSE, FALSE, sizeof(struct reminder));
}

static void parts_add(GArray *parts, const struct reminder *rs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct reminder c = rs[i];

		c.key = g_strdup(rs[i].key);
		c.title = g_strdup(rs[i].title);
		c.body = g_strdup(rs[i].body);
		g_array_append_val(parts, c);
	}
}

static void parts_free(GArray *parts)
{
	for (guint i = 0; i < parts->len; i++) {
		struct reminder *r = &g_array_index(parts, struct reminder, i);

		g_free(r->key);
		g_free(r->title);
		g_free(r->body);
	}
	g_array_free(parts, TRUE);
}

/* The last notification of a subject, while it is open: reminders of the
 * same subject that fire within a minute of it join it (the server
 * replaces it) instead of coming as another prompt. */
#define MERGE_WINDOW_US (60 * G_USEC_PER_SEC)

struct recent {
	NotifyNotification *n; /* a reference, while it is open */
	const char *subject;
	gint64 shown_us; /* monotonic */
	GArray *parts;	 /* struct reminder: what it shows */
};

static void recent_forget(struct recent *rc)
{
	if (!rc->n)
		return;
	g_signal_handlers_disconnect_by_data(rc->n, rc);
	g_clear_object(&rc->n);
	parts_free(rc->parts);
	rc->parts = NULL;
	rc->subject = NULL;
}

static void on_recent_closed(NotifyNotification *n, void *data)
{
	recent_forget(data);
}

static void on_closed(NotifyNotification *n, void *data)
{
	g_object_unref(n);
}

/* "Open knead" (the default action), "Book", "Log it"; the daemon adds
 * "Snooze 1 h".  The notification stays alive until it closes, so that the
 * action can arrive.  Several reminders in one: the first one's screen, the
 * first way to book, "Log it" if one of them asks for it. */
static void add_followup_actions(NotifyNotification *n, const struct notifier *nt,
				 const struct reminder *rs, size_t count, bool keep)
{
	char *uri = NULL;
	bool log = false;

	for (size_t i = 0; i < count; i++) {
		if (!uri)
			uri = followup_booking_uri(&rs[i], &nt->cli->config);
		log = log || followup_offers_log(&rs[i]);
	}
	notify_notification_add_action(n, "default", _("Open knead"), on_open_screen,
				       launch_new(nt, followup_screen(&rs[0]), NULL), launch_free);
	if (uri)
		notify_notification_add_action(n, "book", _("Book"), on_book,
					       launch_new(nt, NULL, uri), launch_free);
	if (log)
		notify_notification_add_action(n, "log", _("Log it"), on_open_screen,
					       launch_new(nt, "checkin", NULL), launch_free);
	if (rs[0].kind == REMINDER_SELFCARE) {
		/* The key is "selfcare:DAY:ITEM". */
		const char *key = remind_event_key(rs[0].key);
		const char *item = g_str_has_prefix(key, "selfcare:")
					   ? strchr(key + strlen("selfcare:"), ':')
					   : NULL;

		if (item) {
			struct launch *l = launch_new(nt, NULL, NULL);

			l->item = g_strdup(item + 1);
			notify_notification_add_action(n, "done", _("Done"), on_done, l,
						       launch_free);
		}
	}
	if (keep) {
		g_object_ref(n);
		g_signal_connect(n, "closed", G_CALLBACK(on_closed), NULL);
	}
}

static NotifyUrgency notify_urgency(enum followup_urgency u)
{
	switch (u) {
	case FOLLOWUP_LOW:
		return NOTIFY_URGENCY_LOW;
	case FOLLOWUP_CRITICAL:
		return NOTIFY_URGENCY_CRITICAL;
	default:
		return NOTIFY_URGENCY_NORMAL;
	}
}

/* The reminders (one, or several of one subject) as a notification:
 * knead's icon and desktop entry, a category, the urgency of the most
 * pressing, and either actions (where the server shows them and this run
 * waits for them) or a body that says what to type.  `fresh`: n was just
 * made (else it is updated, and keeps its actions' reference). */
static void notification_fill(NotifyNotification *n, const struct notifier *nt,
			      const struct reminder *rs, size_t count, bool fresh)
{
	bool actions = nt->actions && nt->listening && nt->cli;
	enum followup_urgency urgency = FOLLOWUP_LOW;
	char *hint = NULL, *brief = NULL, *title, *text, *body;

	if (count == 1) {
		title = g_strdup(rs[0].title);
		text = g_strdup(rs[0].body);
	} else {
		followup_merge(rs, count, &title, &text);
	}
	for (size_t i = 0; i < count; i++) {
		if (followup_urgency(&rs[i]) > urgency)
			urgency = followup_urgency(&rs[i]);
		if (!hint && !actions && nt->cli)
			hint = followup_hint(&rs[i], &nt->cli->config);
		if (!brief)
			brief = brief_for_booking(nt, &rs[i]);
	}
	if (hint || brief) {
		char *both = g_strjoin(" ", text, hint ? hint : brief, hint ? brief : NULL, NULL);

		g_free(text);
		text = both;
	}
	body = nt->markup ? markup_escape(text) : g_strdup(text);
	notify_notification_update(n, title, body, "knead");
	g_free(body);
	g_free(text);
	g_free(title);
	g_free(hint);
	g_free(brief);
	notify_notification_set_app_name(n, "knead");
	notify_notification_set_urgency(n, notify_urgency(urgency));
	notify_notification_set_category(n, followup_category(&rs[0]));
	notify_notification_set_hint_string(n, "desktop-entry", "knead");
	if (actions) {
		if (!fresh)
			notify_notification_clear_actions(n);
		add_followup_actions(n, nt, rs, count, fresh);
	}
}

/* Closes a notification, giving up after SERVER_TIMEOUT_MS. */
static void close_bounded(NotifyNotification *n)
{
	struct call *c;

	if (call_bounded(CALL_CLOSE, n, &c, NULL))
		call_free(c);
}

static bool notification_show(NotifyNotification *n, const struct reminder *r, GError **err)
{
	GError *e = NULL;
	struct call *c;

	if (call_bounded(CALL_SHOW, n, &c, &e)) {
		bool ok = c->ok;
		e = c->error;
		c->error = NULL;
		call_free(c);
		if (ok)
			return true;
		g_dbus_error_strip_remote_error(e);
	}
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
		    _("the notification server did not take the reminder \"%s\" (%s)"), r->title,
		    e->message);
	g_error_free(e);
	return false;
}

/* --- the senders ----------------------------------------------------------- */

static void print_due(const struct reminder *r)
{
	char when[DATETIME_BUF];

	cli_printf("%s  %s\n  %s\n  %s\n", wtime_format(r->due, when), r->key, r->title, r->body);
}

static void print_sent(const struct reminder *r)
{
	/* TRANSLATORS: "Sent: Time for your knead check-in (checkin:2026-11-23)". */
	cli_printf(_("Sent: %s (%s)\n"), r->title, r->key);
	fflush(stdout);
}

/* The notification server as the protocol's sender; `prepare` may add
 * actions to a notification before it is shown (the daemon's snooze). */
struct notify_sender {
	struct notifier *nt;
	void (*prepare)(NotifyNotification *n, const struct reminder *rs, size_t count,
			void *data);
	void *data;
	struct recent recent; /* where the run waits for actions (the daemon) */
};

static bool notify_sender_open(void *data, GError **err)
{
	struct notify_sender *ns = data;

	return notifier_open(ns->nt, err);
}

/* Whether rs join the subject's open notification, shown less than a
 * minute ago. */
static bool joins_recent(const struct notify_sender *ns, const struct reminder *rs)
{
	const char *subject = followup_subject(&rs[0]);

	return ns->nt->listening && ns->recent.n && subject &&
	       strcmp(subject, ns->recent.subject) == 0 &&
	       g_get_monotonic_time() - ns->recent.shown_us < MERGE_WINDOW_US;
}

static bool notify_sender_show_all(void *data, const struct reminder *rs, size_t count,
				   GError **err)
{
	struct notify_sender *ns = data;
	struct recent *rc = &ns->recent;
	bool join = joins_recent(ns, rs);
	NotifyNotification *n = join ? g_object_ref(rc->n) : notify_notification_new("", "", NULL);
	GArray *parts = parts_new();
	bool shown;

	if (join)
		parts_add(parts, (const struct reminder *)rc->parts->data, rc->parts->len);
	parts_add(parts, rs, count);
	notification_fill(n, ns->nt, (const struct reminder *)parts->data, parts->len, !join);
	if (ns->prepare)
		ns->prepare(n, (const struct reminder *)parts->data, parts->len, ns->data);
	shown = notification_show(n, &rs[0], err);
	if (shown) {
		for (size_t i = 0; i < count; i++)
			print_sent(&rs[i]);
		if (ns->nt->listening && followup_subject(&rs[0])) {
			if (!join) {
				recent_forget(rc);
				rc->n = g_object_ref(n);
				rc->subject = followup_subject(&rs[0]);
				g_signal_connect(n, "closed", G_CALLBACK(on_recent_closed), rc);
			} else {
				parts_free(rc->parts);
			}
			rc->parts = parts;
			parts = NULL;
			rc->shown_us = g_get_monotonic_time();
		}
	}
	if (parts)
		parts_free(parts);
	g_object_unref(n);
	return shown;
}

static bool notify_sender_show(void *data, const struct reminder *r, GError **err)
{
	return notify_sender_show_all(data, r, 1, err);
}

static struct remind_sender notify_sender(struct notify_sender *ns)
{
	return (struct remind_sender){
		.open = notify_sender_open,
		.show = notify_sender_show,
		.show_merged = notify_sender_show_all,
		.data = ns,
	};
}

/* --dry-run: prints what would be sent, and counts it. */
static bool print_sender_show(void *data, const struct reminder *r, GError **err)
{
	int *shown = data;

	print_due(r);
	(*shown)++;
	return true;
}

/* --- knead remind, knead remind --dry-run -------------------------------- */

static int remind_dry_run(struct cli *cli)
{
	GError *err = NULL;
	struct store *st = NULL;
	struct remind_plan p;
	wtime now = clock_now();
	char when[DATETIME_BUF];
	int shown = 0;
	const struct remind_sender printer = {
		.show = print_sender_show,
		.data = &shown,
		.dry_run = true,
	};

	/* Nothing may be written: no database yet means nothing logged. */
	if (g_file_test(cli->db_path, G_FILE_TEST_EXISTS)) {
		st = cli->store = store_open_readonly(cli->db_path, &err);
		if (!st)
			return cli_fail(err);
	}
	if (!remind_plan_make(st, &cli->config, now, &p, &err))
		return cli_fail(err);
	if (!remind_send_pass(st, &cli->config, &p, now, &printer, &p.has_wakeup, &p.wakeup,
			      &err)) {
		remind_plan_clear(&p);
		return cli_fail(err);
	}
	if (shown == 0)
		cli_printf(_("Nothing to send.\n"));
	if (p.has_wakeup)
		/* TRANSLATORS: the time the next reminder can fall due. */
		cli_printf(_("Next check: %s\n"), wtime_format(p.wakeup, when));
	remind_plan_clear(&p);
	return EXIT_OK;
}

/* No desktop to show reminders on (an SSH or lingering login).  Started by
 * the timer (its unit sets KNEAD_FROM_TIMER=1) that is no failure: a note
 * for the journal, exit 0, and the next pass sends what is pending.  By
 * hand it is one (exit 1). */
static int fail_without_desktop(GError *err)
{
	const char *from_timer = g_getenv("KNEAD_FROM_TIMER");

	if (!from_timer || strcmp(from_timer, "1") != 0)
		return cli_fail(err);
	/* TRANSLATORS: the journal's note when the timer finds no desktop. */
	cli_error(_("%s; nothing was sent, the next pass of the timer will try again"),
		  err->message);
	g_error_free(err);
	return EXIT_OK;
}

static int remind_once(struct cli *cli)
{
	struct notifier nt = { .cli = cli };
	struct notify_sender ns = { .nt = &nt };
	const struct remind_sender sender = notify_sender(&ns);
	GError *err = NULL;
	struct remind_plan p;
	wtime now = clock_now();
	int status = EXIT_OK;

	if (!cli_open_store(cli, &err))
		return cli_fail(err);
	if (!remind_plan_make(cli->store, &cli->config, now, &p, &err))
		return cli_fail(err);
	/* The server is only asked for once something is to be sent, so a
	 * quiet pass on a machine without a desktop is not an error. */
	if (!remind_send_pass(cli->store, &cli->config, &p, now, &sender, &p.has_wakeup, &p.wakeup,
			      &err))
		status = nt.ready ? cli_fail(err) : fail_without_desktop(err);
	remind_plan_clear(&p);
	if (nt.ready && !calls_abandoned)
		notify_uninit();
	return status;
}

/* --- knead remind --daemon ----------------------------------------------- */

struct daemon {
	struct cli *cli;
	struct notifier nt;
	struct notify_sender ns; /* nt, with "Snooze 1 h" */
	struct remind_sender sender;
	GMainLoop *loop;
	int status;

	/* --now: the daemon's clock starts there and runs on in real time. */
	bool shifted;
	wtime offset;

	int timer_fd;
	bool has_plan_wakeup;
	wtime plan_wakeup;
	bool has_retry;
	wtime retry_at;
	int retry_seconds;
	bool has_snooze_wakeup;
	wtime snooze_wakeup;

	GFileMonitor *monitor;
	char *db_name, *wal_name;
	guint settle_source;
	int64_t data_version;
};

static wtime real_now(void)
{
	return wtime_from_utc(g_get_real_time() / G_USEC_PER_SEC);
}

static wtime daemon_now(struct daemon *dm)
{
	if (dm->shifted)
		clock_set_override(real_now() + dm->offset);
	return clock_now();
}

/* Arms the timer for the earliest of the plan's wake-up, a snooze and a
 * retry; with none of them the daemon sleeps until the database changes
 * or a signal comes. */
static void daemon_arm(struct daemon *dm)
{
	struct itimerspec its = { 0 };
	bool any = dm->has_plan_wakeup;
	wtime at = dm->plan_wakeup, now = daemon_now(dm);
	char when[DATETIME_BUF];

	if (dm->has_snooze_wakeup && (!any || dm->snooze_wakeup < at)) {
		at = dm->snooze_wakeup;
		any = true;
	}
	if (dm->has_retry && (!any || dm->retry_at < at)) {
		at = dm->retry_at;
		any = true;
	}
	if (any) {
		/* An absolute time on the real-time clock: unlike a monotonic
		 * timeout it still fires on time after the machine slept. */
		int64_t utc = dm->shifted ? g_get_real_time() / G_USEC_PER_SEC + (at - now)
					  : wtime_to_utc(at);
		its.it_value.tv_sec = (time_t)MAX(utc, 1);
		/* TRANSLATORS: the daemon's log: when it looks again. */
		cli_printf(_("Sleeping until %s.\n"), wtime_format(at, when));
	} else {
		cli_printf(_("Sleeping until the data or the settings change.\n"));
	}
	fflush(stdout);
	if (timerfd_settime(dm->timer_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &its,
			    NULL) != 0)
		fprintf(stderr, "knead: timerfd_settime: %s\n", g_strerror(errno));
}

static void daemon_send_failed(struct daemon *dm, GError *err, wtime now)
{
	char when[DATETIME_BUF];

	dm->has_retry = true;
	dm->retry_at = now + dm->retry_seconds;
	cli_error("%s", err->message);
	/* TRANSLATORS: the daemon's log after a failed send. */
	fprintf(stderr, _("knead: trying again at %s\n"), wtime_format(dm->retry_at, when));
	dm->retry_seconds = MIN(dm->retry_seconds * 2, RETRY_MAX_SECONDS);
	g_error_free(err);
}

struct shown {
	struct daemon *dm;
	GArray *parts; /* struct reminder: what the notification shows */
};

static void shown_free(void *p)
{
	struct shown *s = p;

	parts_free(s->parts);
	g_free(s);
}

/* "Snooze 1 h" snoozes every reminder the notification shows. */
static void on_snooze(NotifyNotification *n, char *action, void *data)
{
	struct shown *sh = data;
	struct daemon *dm = sh->dm;
	char when[DATETIME_BUF];

	close_bounded(n);
	for (guint i = 0; i < sh->parts->len; i++) {
		const struct reminder *r = &g_array_index(sh->parts, struct reminder, i);
		GError *err = NULL;
		wtime until;

		if (!remind_snooze(dm->cli->store, &dm->cli->config, r->key, daemon_now(dm),
				   &until, &err)) {
			cli_error("%s", err->message);
			/* TRANSLATORS: the daemon's log when a snooze could not be kept. */
			fprintf(stderr, _("knead: \"%s\" was not snoozed\n"), r->title);
			g_error_free(err);
			continue;
		}
		/* TRANSLATORS: the daemon's log: "Snoozed "Race window: ..." until ...". */
		cli_printf(_("Snoozed \"%s\" until %s.\n"), r->title, wtime_format(until, when));
		/* Nothing else changed: wake earlier if need be, no pass. */
		if (!dm->has_snooze_wakeup || until < dm->snooze_wakeup)
			dm->snooze_wakeup = until;
		dm->has_snooze_wakeup = true;
	}
	fflush(stdout);
	daemon_arm(dm);
}

/* Offers "Snooze 1 h" where the server shows actions (notification_fill
 * keeps the notification alive for them). */
static void add_snooze(NotifyNotification *n, const struct reminder *rs, size_t count, void *data)
{
	struct daemon *dm = data;
	struct shown *sh;

	if (!dm->nt.actions)
		return;
	sh = g_new0(struct shown, 1);
	sh->dm = dm;
	sh->parts = parts_new();
	parts_add(sh->parts, rs, count);
	notify_notification_add_action(n, "snooze", _("Snooze 1 h"), on_snooze, sh, shown_free);
}

/* Sends what is due (and snoozes whose hour is up), then arms the timer. */
static void daemon_pass(struct daemon *dm)
{
	GError *err = NULL;
	struct remind_plan p;
	wtime now = daemon_now(dm);
	struct store *st = dm->cli->store;
	bool failed = false;

	dm->has_retry = false;
	if (!remind_plan_make(st, &dm->cli->config, now, &p, &err)) {
		daemon_send_failed(dm, err, now);
		daemon_arm(dm);
		return;
	}
	dm->has_plan_wakeup = p.has_wakeup;
	dm->plan_wakeup = p.wakeup;
	dm->has_snooze_wakeup = false;
	if (!remind_send_pass(st, &dm->cli->config, &p, now, &dm->sender, &dm->has_snooze_wakeup,
			      &dm->snooze_wakeup, &err)) {
		daemon_send_failed(dm, err, now);
		failed = true;
	}
	remind_plan_clear(&p);
	if (!failed)
		dm->retry_seconds = RETRY_FIRST_SECONDS;
	dm->data_version = store_data_version(st);
	daemon_arm(dm);
}

static gboolean on_timer(int fd, GIOCondition cond, void *data)
{
	struct daemon *dm = data;
	uint64_t expirations;

	/* ECANCELED: the clock was set; either way, look again. */
	if (read(fd, &expirations, sizeof(expirations)) < 0 && errno != ECANCELED &&
	    errno != EAGAIN)
		fprintf(stderr, "knead: timerfd: %s\n", g_strerror(errno));
	daemon_pass(dm);
	return G_SOURCE_CONTINUE;
}

static gboolean on_settled(void *data)
{
	struct daemon *dm = data;

	dm->settle_source = 0;
	/* Our own commits (marking reminders sent) touch the files too; the
	 * data version only moves for other connections' commits. */
	if (store_data_version(dm->cli->store) != dm->data_version)
		daemon_pass(dm);
	return G_SOURCE_REMOVE;
}

static void on_db_changed(GFileMonitor *mon, GFile *file, GFile *other,
			  GFileMonitorEvent event, void *data)
{
	struct daemon *dm = data;
	char *name = g_file_get_basename(file);

	if (strcmp(name, dm->db_name) == 0 || strcmp(name, dm->wal_name) == 0) {
		if (dm->settle_source)
			g_source_remove(dm->settle_source);
		dm->settle_source = g_timeout_add(SETTLE_MS, on_settled, dm);
	}
	g_free(name);
}

static gboolean on_quit(void *data)
{
	struct daemon *dm = data;

	g_main_loop_quit(dm->loop);
	return G_SOURCE_CONTINUE;
}

static gboolean on_reload(void *data)
{
	struct daemon *dm = data;
	struct config fresh;
	GError *err = NULL;

	config_init_defaults(&fresh);
	if (!config_load(&fresh, dm->cli->config_path, &err)) {
		/* A broken edit must not stop the reminders: keep the old. */
		cli_error("%s", err->message);
		fprintf(stderr, _("knead: keeping the previous settings\n"));
		g_error_free(err);
		config_clear(&fresh);
		return G_SOURCE_CONTINUE;
	}
	config_clear(&dm->cli->config);
	dm->cli->config = fresh;
	cli_printf(_("Settings reloaded from %s.\n"), dm->cli->config_path);
	daemon_pass(dm);
	return G_SOURCE_CONTINUE;
}

static bool daemon_watch(struct daemon *dm, GError **err)
{
	char *dir = g_path_get_dirname(dm->cli->db_path);
	GFile *f = g_file_new_for_path(dir);
	GError *e = NULL;

	dm->db_name = g_path_get_basename(dm->cli->db_path);
	dm->wal_name = g_strconcat(dm->db_name, "-wal", NULL);
	dm->monitor = g_file_monitor_directory(f, G_FILE_MONITOR_NONE, NULL, &e);
	g_object_unref(f);
	if (!dm->monitor) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot watch %s for changes: %s"), dir, e->message);
		g_error_free(e);
		g_free(dir);
		return false;
	}
	g_free(dir);
	g_signal_connect(dm->monitor, "changed", G_CALLBACK(on_db_changed), dm);
	return true;
}

static int remind_daemon(struct cli *cli)
{
	struct daemon dm = { .cli = cli, .timer_fd = -1, .retry_seconds = RETRY_FIRST_SECONDS,
			     .nt = { .cli = cli, .listening = true } };
	GError *err = NULL;
	wtime start = clock_now();

	dm.ns = (struct notify_sender){ .nt = &dm.nt, .prepare = add_snooze, .data = &dm };
	dm.sender = notify_sender(&dm.ns);
	/* --now (or KNEAD_NOW) moved the clock: keep the offset. */
	dm.offset = start - real_now();
	dm.shifted = dm.offset < -1 || dm.offset > 1;
	watch_stop_signals();
	if (!cli_open_store(cli, &err) || !notifier_open(&dm.nt, &err) ||
	    !daemon_watch(&dm, &err))
		goto fail;
	dm.timer_fd = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
	if (dm.timer_fd < 0) {
		g_set_error(&err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot create a timer: %s"),
			    g_strerror(errno));
		goto fail;
	}
	dm.loop = g_main_loop_new(NULL, FALSE);
	g_unix_fd_add(dm.timer_fd, G_IO_IN, on_timer, &dm);
	g_unix_signal_add(SIGTERM, on_quit, &dm);
	g_unix_signal_add(SIGINT, on_quit, &dm);
	g_unix_signal_add(SIGHUP, on_reload, &dm);
	daemon_pass(&dm);
	if (!stop_requested)
		g_main_loop_run(dm.loop);
	cli_printf(_("Stopped.\n"));
	dm.status = EXIT_OK;
	goto out;
fail:
	dm.status = cli_fail(err);
out:
	if (dm.settle_source)
		g_source_remove(dm.settle_source);
	if (dm.monitor)
		g_object_unref(dm.monitor);
	if (dm.loop)
		g_main_loop_unref(dm.loop);
	if (dm.timer_fd >= 0)
		close(dm.timer_fd);
	g_free(dm.db_name);
	g_free(dm.wal_name);
	recent_forget(&dm.ns.recent);
	if (dm.nt.ready && !calls_abandoned)
		notify_uninit();
	return dm.status;
}

int cli_remind(struct cli *cli, int argc, char **argv)
{
	gboolean dry_run = FALSE, daemon = FALSE;
	const GOptionEntry entries[] = {
		{ "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
		  N_("print what would be sent; send and record nothing"), NULL },
		{ "daemon", 0, 0, G_OPTION_ARG_NONE, &daemon,
		  N_("keep running, and send each reminder when it falls due"), NULL },
		{ NULL },
	};
	GOptionContext *ctx =
		cli_context(_("- send the desktop reminders that are due"),
			    _("Reminders: the daily check-in, booking the next massage, race "
			      "windows, the morning after a long run, and regions to show a "
			      "professional. Each is sent once; quiet hours hold them until "
			      "they end."),
			    entries);
	int status;

	if (!cli_parse(ctx, &argc, &argv))
		status = EXIT_USAGE;
	else if (argc != 1)
		status = cli_usage(_("usage: knead %s"), "remind [--dry-run] [--daemon]");
	else if (dry_run && daemon)
		status = cli_usage(_("--dry-run and --daemon cannot be used together"));
	else if (dry_run)
		status = remind_dry_run(cli);
	else if (daemon)
		status = remind_daemon(cli);
	else
		status = remind_once(cli);
	g_option_context_free(ctx);
	return status;
}
