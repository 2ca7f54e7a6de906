/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_log.c - knead log run|sore|massage. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "core/store/checkin.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/validate.h"
#include "core/parse.h"
#include "core/regions.h"


struct log_opts {
	char *date, *kind, *rpe, *hr, *note, *regions, *therapist;
};

static void log_opts_clear(struct log_opts *o)
{
	g_free(o->date);
	g_free(o->kind);
	g_free(o->rpe);
	g_free(o->hr);
	g_free(o->note);
	g_free(o->regions);
	g_free(o->therapist);
}

/* Operands that look like options were left by GOption (so that "-5km" can
 * be called a bad distance); a real unknown option is a usage error. */
static bool check_operands(int argc, char **argv, int min, int max, const char *usage,
			   int *status)
{
	for (int i = 1; i < argc; i++) {
		if (g_str_has_prefix(argv[i], "--")) {
			char *safe = sanitize_quote(argv[i]);
			*status = cli_usage(_("unknown option \"%s\" (see knead %s --help)"), safe,
					    argv[0]);
			g_free(safe);
			return false;
		}
	}
	if (argc - 1 < min || (max >= 0 && argc - 1 > max)) {
		*status = cli_usage(_("usage: knead %s"), usage);
		return false;
	}
	return true;
}

static GOptionContext *log_context(const char *usage, const char *summary,
				   const GOptionEntry *entries)
{
	GOptionContext *ctx = cli_context(usage, summary, entries);

	g_option_context_set_ignore_unknown_options(ctx, TRUE);
	return ctx;
}

/* Checked before the store is opened (bad input writes nothing, not even
 * a new database), then saved and journalled in one transaction. */
static bool save_checkin(struct cli *cli, const struct checkin *c, struct checkin_saved *saved,
			 GError **err)
{
	return checkin_validate(c, clock_now(), err) && cli_open_store(cli, err) &&
	       checkin_save(cli->store, c, saved, err);
}

/* True when the pace is plausible (validate_pace_plausible), or the runner
 * says it is right: asked on a terminal, refused (exit 2, *status) into a
 * pipe without --force. */
static bool pace_believed(const struct run *r, bool force, enum unit u, int *status)
{
	char *dist, *dur, *pace, answer[16] = { 0 };
	bool yes = false;

	if (force || validate_pace_plausible(r))
		return true;
	if (isatty(STDIN_FILENO) && isatty(STDERR_FILENO)) {
		char *q = format_pace_question(r->distance_m, r->duration_s, u);

		fprintf(stderr, "%s ", q);
		fflush(stderr);
		g_free(q);
		if (fgets(answer, sizeof(answer), stdin)) {
			const char *y = C_("confirmation key", "y");
			yes = g_ascii_strncasecmp(answer, y, strlen(y)) == 0 ||
			      g_ascii_strncasecmp(answer, "y", 1) == 0;
		}
		if (!yes)
			*status = cli_usage("%s", _("nothing logged"));
		return yes;
	}
	dist = format_distance(r->distance_m, u);
	dur = format_duration(r->duration_s);
	pace = format_pace(r->distance_m, r->duration_s, u);
	*status = cli_usage(_("%s in %s is %s, faster than any runner (check the distance "
			      "and the time, or add --force)"),
			    dist, dur, pace);
	g_free(dist);
	g_free(dur);
	g_free(pace);
	return false;
}

static int log_run(struct cli *cli, int argc, char **argv)
{
	struct log_opts o = { 0 };
	gboolean force = FALSE;
	const GOptionEntry entries[] = {
		{ "date", 0, 0, G_OPTION_ARG_STRING, &o.date, N_("when (YYYY-MM-DD, today, yesterday, -3d)"), N_("D") },
		{ "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind, N_("easy, long, tempo, intervals, race, trail or recovery"), N_("K") },
		{ "rpe", 0, 0, G_OPTION_ARG_STRING, &o.rpe, N_("effort from 1 (very easy) to 10 (all out)"), N_("N") },
		{ "hr", 0, 0, G_OPTION_ARG_STRING, &o.hr, N_("average heart rate"), N_("BPM") },
		{ "note", 0, 0, G_OPTION_ARG_STRING, &o.note, N_("a note"), N_("T") },
		{ "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("log a pace faster than any runner's without asking"), NULL },
		{ NULL },
	};
	GOptionContext *ctx = log_context(_("run DISTANCE DURATION - log a run"),
					  _("DISTANCE: 10km, 10.5k, 800m, 6.2mi (a bare number is in "
					    "the configured unit).\nDURATION: 52:30, 1:45:00, 45m, 90s, "
					    "1h30m."),
					  entries);
	struct run r = { .kind = RUN_EASY, .elevation_m = -1, .source = SOURCE_MANUAL };
	GError *err = NULL;
	int status = EXIT_OK;
	char *dist = NULL, *dur = NULL, *pace = NULL;
	struct checkin_saved saved = { 0 };
	int64_t id;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	/* A value missing is named, rather than the whole usage. */
	if (argc == 1) {
		status = cli_usage("%s", _("log run: the distance and the duration are missing "
					   "(expected e.g. knead log run 10km 52:30)"));
		goto out;
	}
	if (argc == 2 && !g_str_has_prefix(argv[1], "--")) {
		status = cli_usage("%s", _("log run: the duration is missing (expected e.g. 52:30 "
					   "after the distance)"));
		goto out;
	}
	if (!check_operands(argc, argv, 2, 2, _("log run DISTANCE DURATION [--date D] [--kind K] [--rpe N] [--hr BPM] [--note T] [--force]"),
			    &status))
		goto out;
	r.start = clock_now();
	if (!parse_distance(argv[1], cli->config.units, &r.distance_m, &err) ||
	    !parse_duration(argv[2], &r.duration_s, &err) ||
	    (o.date && !cli_parse_when(o.date, false, &r.start, &err)) ||
	    (o.kind && !parse_run_kind(o.kind, &r.kind, &err)) ||
	    (o.rpe && !parse_rpe(o.rpe, &r.rpe, &err)) ||
	    (o.hr && !parse_heart_rate(o.hr, &r.avg_hr, &err)) ||
	    !validate_text(o.note, VALIDATE_NOTE_MAX, true, _("note"), &err)) {
		status = cli_fail(err);
		goto out;
	}
	if (!pace_believed(&r, force, cli->config.units, &status))
		goto out;
	r.note = o.note && *o.note ? g_strdup(o.note) : NULL;
	if (!save_checkin(cli, &(struct checkin){ .run = &r, .journal = "log" }, &saved, &err)) {
		status = cli_fail(err);
		goto out;
	}
	id = saved.run_id;
	dist = format_distance(r.distance_m, cli->config.units);
	dur = format_duration(r.duration_s);
	pace = format_pace(r.distance_m, r.duration_s, cli->config.units);
	/* TRANSLATORS: "Logged run 12: 10.00 km in 52:30 (5:15 /km), easy." */
	cli_printf(_("Logged run %lld: %s in %s (%s), %s.\n"), (long long)id, dist, dur, pace,
	       run_kind_name(r.kind));
	{
		/* The same run logged twice (within an hour of one that day, or
		 * of its distance) is saved, as a script expects, but never
		 * silently: the warning names the other and the way back. */
		wtime other = 0;
		int64_t same = checkin_same_run(cli->store, &r, id, &other, NULL);

		if (same > 0) {
			int y, mo, d, h, mi, sec;

			wtime_split(other, &y, &mo, &d, &h, &mi, &sec);
			/* TRANSLATORS: after "Logged run 13: ...", on stderr:
			 * "knead: warning: run 12, at 07:00 that day, looks like
			 * the same run (knead undo removes this one)". */
			cli_error(_("warning: run %lld, at %02d:%02d that day, looks like the same run "
				    "(knead undo removes this one)"),
				  (long long)same, h, mi);
		}
	}
out:
	g_free(dist);
	g_free(dur);
	g_free(pace);
	checkin_saved_clear(&saved);
	run_clear(&r);
	log_opts_clear(&o);
	g_option_context_free(ctx);
	return status;
}

/* The REGION[:SIDE] LEVEL pairs of argv as check-in marks; false at the
 * first that does not read. */
static bool sore_marks(int argc, char **argv, gboolean sharp, GArray *out, GError **err)
{
	for (int i = 1; i + 1 < argc; i += 2) {
		struct checkin_mark mark = { .sharp = sharp };

		if (!parse_region_side(argv[i], &mark.region, &mark.side, err) ||
		    !parse_level(argv[i + 1], &mark.level, err))
			return false;
		g_array_append_val(out, mark);
	}
	return true;
}

static void sore_print(const struct checkin *c)
{
	for (size_t i = 0; i < c->n_marks; i++) {
		const struct checkin_mark *mark = &c->marks[i];
		char *name = region_side_name(mark->region, mark->side);
		if (mark->sharp)
			/* TRANSLATORS: "Logged soreness: left calf 6/10, sharp pain." */
			cli_printf(_("Logged soreness: %s %d/10, sharp pain.\n"), name, mark->level);
		else
			/* TRANSLATORS: "Logged soreness: left calf 4/10." */
			cli_printf(_("Logged soreness: %s %d/10.\n"), name, mark->level);
		g_free(name);
	}
}

static int log_sore(struct cli *cli, int argc, char **argv)
{
	struct log_opts o = { 0 };
	gboolean sharp = FALSE;
	const GOptionEntry entries[] = {
		{ "date", 0, 0, G_OPTION_ARG_STRING, &o.date, N_("when (YYYY-MM-DD, today, yesterday, -3d)"), N_("D") },
		{ "sharp", 0, 0, G_OPTION_ARG_NONE, &sharp, N_("sharp or sudden pain rather than soreness (a sign to have it looked at)"), NULL },
		{ "note", 0, 0, G_OPTION_ARG_STRING, &o.note, N_("a note"), N_("T") },
		{ NULL },
	};
	GOptionContext *ctx = log_context(_("sore REGION[:SIDE] LEVEL [REGION[:SIDE] LEVEL ...] - log soreness"),
					  _("LEVEL: 0 (nothing) to 10 (worst imaginable). SIDE: left "
					    "or right. See knead regions for the REGION ids."),
					  entries);
	GArray *marks = g_array_new(FALSE, TRUE, sizeof(struct checkin_mark));
	struct checkin c = { .journal = "log" };
	struct checkin_saved saved = { 0 };
	GError *err = NULL;
	int status = EXIT_OK;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	if (argc == 1) {
		status = cli_usage("%s", _("log sore: the region and its level are missing "
					   "(expected e.g. knead log sore calf:left 4)"));
		goto out;
	}
	if (argc == 2 && !g_str_has_prefix(argv[1], "--")) {
		char *safe = sanitize_quote(argv[1]);
		status = cli_usage(_("\"%s\" has no level (expected REGION[:SIDE] LEVEL pairs)"),
				   safe);
		g_free(safe);
		goto out;
	}
	if (!check_operands(argc, argv, 2, -1, _("log sore REGION[:SIDE] LEVEL [REGION[:SIDE] LEVEL ...] [--date D] [--sharp] [--note T]"),
			    &status))
		goto out;
	if ((argc - 1) % 2 != 0) {
		char *safe = sanitize_quote(argv[argc - 1]);
		status = cli_usage(_("\"%s\" has no level (expected REGION[:SIDE] LEVEL pairs)"),
				   safe);
		g_free(safe);
		goto out;
	}
	c.when = clock_now();
	if ((o.date && !cli_parse_when(o.date, false, &c.when, &err)) ||
	    !validate_text(o.note, VALIDATE_NOTE_MAX, true, _("note"), &err)) {
		status = cli_fail(err);
		goto out;
	}
	if (!sore_marks(argc, argv, sharp, marks, &err)) {
		status = cli_fail(err);
		goto out;
	}
	/* All the regions of one check-in land together or not at all. */
	c.marks = (const struct checkin_mark *)(void *)marks->data;
	c.n_marks = marks->len;
	c.sore_note = o.note && *o.note ? o.note : NULL;
	if (!save_checkin(cli, &c, &saved, &err)) {
		status = cli_fail(err);
		goto out;
	}
	sore_print(&c);
out:
	checkin_saved_clear(&saved);
	g_array_free(marks, TRUE);
	log_opts_clear(&o);
	g_option_context_free(ctx);
	return status;
}

/* A booking more than a year ahead is a typing slip, not a plan. */
static bool booking_in_reach(const char *text, wtime when, GError **err)
{
	char *safe;

	if (wtime_day(when) <= wtime_day(clock_now()) + VALIDATE_BOOKING_AHEAD_DAYS)
		return true;
	safe = sanitize_quote(text);
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
		    _("\"%s\" is more than a year ahead (expected a booking within %d days)"), safe,
		    VALIDATE_BOOKING_AHEAD_DAYS);
	g_free(safe);
	return false;
}

static int log_massage(struct cli *cli, int argc, char **argv)
{
	struct log_opts o = { 0 };
	const GOptionEntry entries[] = {
		{ "date", 0, 0, G_OPTION_ARG_STRING, &o.date, N_("when (YYYY-MM-DD, today, -3d; a later date, e.g. +5d or tomorrow, books it)"), N_("D") },
		{ "regions", 0, 0, G_OPTION_ARG_STRING, &o.regions, N_("the regions worked on, e.g. calf:left,it-band:right"), N_("R[:S],...") },
		{ "therapist", 0, 0, G_OPTION_ARG_STRING, &o.therapist, N_("who gave it"), N_("T") },
		{ "note", 0, 0, G_OPTION_ARG_STRING, &o.note, N_("a note"), N_("T") },
		{ NULL },
	};
	GOptionContext *ctx = log_context(_("massage KIND - log a massage you received"),
					  _("KIND: sports, deep-tissue, myofascial, trigger-point, "
					    "flush or relaxation."),
					  entries);
	struct massage m = { 0 };
	GError *err = NULL;
	int status = EXIT_OK;
	wtime when;
	struct checkin_saved saved = { 0 };
	int64_t id;
	char buf[DATE_BUF];

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	if (!check_operands(argc, argv, 1, 1, _("log massage KIND [--date D] [--regions R[:S],...] [--therapist T] [--note T]"),
			    &status))
		goto out;
	when = clock_now();
	/* A date after today books a session. */
	if (!parse_massage_kind(argv[1], &m.kind, &err) ||
	    (o.date && !cli_parse_when(o.date, true, &when, &err)) ||
	    !booking_in_reach(o.date, when, &err) ||
	    (o.regions && !parse_region_list(o.regions, &m.regions, &m.n_regions, &err)) ||
	    !validate_text(o.therapist, VALIDATE_NAME_MAX, false, _("therapist's name"), &err) ||
	    !validate_text(o.note, VALIDATE_NOTE_MAX, true, _("note"), &err)) {
		status = cli_fail(err);
		goto out;
	}
	m.date = wtime_day(when);
	m.therapist = o.therapist && *o.therapist ? g_strdup(o.therapist) : NULL;
	m.note = o.note && *o.note ? g_strdup(o.note) : NULL;
	if (!save_checkin(cli, &(struct checkin){ .massage = &m, .journal = "log" }, &saved, &err)) {
		status = cli_fail(err);
		goto out;
	}
	id = saved.massage_id;
	if (m.date > wtime_day(clock_now()))
		/* TRANSLATORS: "Booked massage 4: deep tissue on 2026-12-01." */
		cli_printf(_("Booked massage %lld: %s on %s.\n"), (long long)id,
			   massage_kind_name(m.kind), day_format(m.date, buf));
	else
		/* TRANSLATORS: "Logged massage 3: deep tissue on 2026-11-23." */
		cli_printf(_("Logged massage %lld: %s on %s.\n"), (long long)id,
			   massage_kind_name(m.kind), day_format(m.date, buf));
out:
	checkin_saved_clear(&saved);
	massage_clear(&m);
	log_opts_clear(&o);
	g_option_context_free(ctx);
	return status;
}

int cli_log(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "run") == 0)
		return log_run(cli, argc - 1, argv + 1);
	if (argc >= 2 && (strcmp(argv[1], "sore") == 0 || strcmp(argv[1], "soreness") == 0))
		return log_sore(cli, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[1], "massage") == 0)
		return log_massage(cli, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[1], "assessed") == 0)
		return cli_log_assessed(cli, argc - 1, argv + 1);
	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		/* TRANSLATORS: the placeholders in capitals only, as in each
		 * subcommand's own --help. */
		cli_printf("%s\n%s", _("Usage:"),
			   _("  knead log run DISTANCE DURATION [--date D] [--kind K] [--rpe N] "
			     "[--hr BPM] [--note T]\n  knead log sore REGION[:SIDE] LEVEL [REGION[:SIDE] "
			     "LEVEL ...] [--date D] [--sharp] [--note T]\n  knead log massage KIND [--date D] "
			     "[--regions R[:S],...] [--therapist T] [--note T]\n  knead log assessed "
			     "REGION[:SIDE] [--date D] [--cleared]\n"));
		return EXIT_OK;
	}
	if (argc < 2)
		return cli_usage(_("log what? (expected run, sore, massage or assessed)"));
	{
		char *safe = sanitize_quote(argv[1]);
		int status = cli_usage(_("\"%s\" cannot be logged (expected run, sore, massage or assessed)"),
				       safe);
		g_free(safe);
		return status;
	}
}
