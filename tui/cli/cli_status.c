/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_status.c - knead status: load, fitness/fatigue/form, ACWR, phase,
 * the next race and the soreness picture. */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include "cli.h"
#include "core/advice/advice.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/regions.h"

/* Figures carry one decimal (ratios two): more would be noise. */
static void add_number(struct json_writer *w, const char *key, double v, double scale)
{
	json_writer_key(w, key);
	json_writer_double(w, round(v * scale) / scale);
}

static void add_number_or_null(struct json_writer *w, const char *key, bool has, double v,
			       double scale)
{
	if (has) {
		add_number(w, key, v, scale);
	} else {
		json_writer_key(w, key);
		json_writer_null(w);
	}
}

static void add_day(struct json_writer *w, const char *key, bool has, dayno d)
{
	char buf[DATE_BUF];

	json_writer_key(w, key);
	if (has)
		json_writer_string(w, day_format(d, buf));
	else
		json_writer_null(w);
}

static void add_string_or_null(struct json_writer *w, const char *key, const char *v)
{
	json_writer_key(w, key);
	if (v)
		json_writer_string(w, v);
	else
		json_writer_null(w);
}

/* "region" and "side" (null on a region without sides) of a sore place. */
static void add_place(struct json_writer *w, const struct sore_state *e)
{
	json_writer_key(w, "region");
	json_writer_string(w, region_id(e->region));
	add_string_or_null(w, "side", side_id(e->side));
}

/* Where the efforts of the week's runs came from, and the heart rates the
 * estimates used. */
static void add_load_sources(struct json_writer *w, const struct load_figures *lf)
{
	static const char *const keys[LOAD_FROM_COUNT] = {
		[LOAD_FROM_RPE] = "rpe", [LOAD_FROM_HR] = "heart_rate", [LOAD_FROM_KIND] = "kind",
	};

	json_writer_key(w, "load_estimated_from");
	json_writer_begin_object(w);
	for (int i = 0; i < LOAD_FROM_COUNT; i++) {
		json_writer_key(w, keys[i]);
		json_writer_int(w, lf->week_from[i]);
	}
	json_writer_end_object(w);
	json_writer_key(w, "heart_rate");
	json_writer_begin_object(w);
	json_writer_key(w, "max");
	json_writer_int(w, lf->hr.max_hr);
	json_writer_key(w, "max_from");
	json_writer_string(w, load_hr_from_id(lf->hr.max_from));
	json_writer_key(w, "resting");
	json_writer_int(w, lf->hr.resting_hr);
	json_writer_key(w, "resting_from");
	json_writer_string(w, load_hr_from_id(lf->hr.resting_from));
	json_writer_end_object(w);
}

static struct json_writer *status_json(const struct status *s)
{
	struct json_writer *w = json_writer_new();
	const struct load_figures *lf = &s->load;
	char prio[2] = { s->race_priority, '\0' };

	json_writer_begin_object(w);
	add_day(w, "date", true, s->today);
	json_writer_key(w, "phase");
	json_writer_string(w, phase_id(s->phase));
	json_writer_key(w, "next_race");
	if (s->has_race) {
		json_writer_begin_object(w);
		add_day(w, "date", true, s->race_date);
		json_writer_key(w, "name");
		json_writer_string(w, s->race_name);
		json_writer_key(w, "distance_m");
		json_writer_double(w, s->race_distance_m);
		json_writer_key(w, "priority");
		json_writer_string(w, prio);
		json_writer_end_object(w);
	} else {
		json_writer_null(w);
	}
	json_writer_key(w, "days_to_race");
	if (s->has_race)
		json_writer_int(w, s->days_to_race);
	else
		json_writer_null(w);
	add_number(w, "fitness", lf->fitness, 10);
	add_number(w, "fatigue", lf->fatigue, 10);
	add_number(w, "form", lf->form, 10);
	json_writer_key(w, "history_days");
	json_writer_int(w, lf->history_days);
	add_string_or_null(w, "pmc_note", lf->pmc_short ? "short-history" : NULL);
	add_number_or_null(w, "acwr", lf->has_acwr, lf->acwr, 100);
	add_string_or_null(w, "acwr_note",
			   lf->has_acwr ? NULL : load_acwr_note_id(lf->acwr_note));
	add_number_or_null(w, "monotony", lf->has_monotony, lf->monotony, 100);
	add_number_or_null(w, "strain", lf->has_monotony, lf->strain, 10);
	add_number(w, "week_load", lf->week_load, 10);
	add_number(w, "chronic_week_load", lf->chronic_week_load, 10);
	add_number(w, "week_distance_m", lf->week_distance_m, 1);
	json_writer_key(w, "week_runs");
	json_writer_int(w, lf->week_runs);
	json_writer_key(w, "week_estimated_runs");
	json_writer_int(w, lf->week_estimated);
	add_load_sources(w, lf);
	add_day(w, "last_massage", s->has_last_massage, s->last_massage);

	json_writer_key(w, "soreness");
	json_writer_begin_array(w);
	for (size_t i = 0; i < s->n_soreness; i++) {
		const struct sore_state *e = &s->soreness[i];

		json_writer_begin_object(w);
		add_place(w, e);
		json_writer_key(w, "level");
		json_writer_int(w, e->level);
		json_writer_key(w, "trend");
		json_writer_string(w, sore_trend_id(e->trend));
		add_day(w, "date", true, e->last_day);
		json_writer_key(w, "current");
		json_writer_bool(w, e->current);
		json_writer_key(w, "effective_level");
		json_writer_int(w, e->counted);
		json_writer_key(w, "flagged");
		json_writer_bool(w, e->refer);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);

	json_writer_key(w, "flags");
	json_writer_begin_array(w);
	for (size_t i = 0; i < s->n_soreness; i++) {
		const struct sore_state *e = &s->soreness[i];

		if (!e->refer)
			continue;
		json_writer_begin_object(w);
		add_place(w, e);
		json_writer_key(w, "why");
		json_writer_string(w, sore_flag_id(e->flag));
		add_day(w, "since", true, e->flag_day);
		json_writer_key(w, "assessed");
		json_writer_bool(w, e->assessed);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	json_writer_end_object(w);

	return w;
}

/* The heart rates behind the estimates, when some run of the week used them. */
static void print_heart_rate(const struct load_figures *lf)
{
	static const char *const from_names[] = {
		[LOAD_HR_FROM_SETTINGS] = N_("your settings"),
		[LOAD_HR_FROM_HISTORY] = N_("estimated from your runs"),
		[LOAD_HR_FROM_DEFAULT] = N_("a usual figure"),
	};

	if (lf->week_from[LOAD_FROM_HR] == 0)
		return;
	/* TRANSLATORS: "Heart rate: max 186 (estimated from your runs), resting 60
	 * (a usual figure)". */
	cli_printf(_("Heart rate: max %d (%s), resting %d (%s)\n"), lf->hr.max_hr,
	       _(from_names[lf->hr.max_from]), lf->hr.resting_hr,
	       _(from_names[lf->hr.resting_from]));
	if (lf->hr.max_from != LOAD_HR_FROM_SETTINGS ||
	    lf->hr.resting_from != LOAD_HR_FROM_SETTINGS)
		cli_printf(_("  Set [runner] max_hr and resting_hr in the configuration for better "
			 "estimates.\n"));
}

static void print_load(const struct load_figures *lf)
{
	cli_printf(_("Fitness %.0f, fatigue %.0f, form %.0f\n"), lf->fitness, lf->fatigue, lf->form);
	if (lf->has_first_run && lf->pmc_short)
		cli_printf(ngettext("  Only %d day of history: these three figures mean little yet "
				"(they settle over about six weeks).\n",
				"  Only %d days of history: these three figures mean little yet "
				"(they settle over about six weeks).\n",
				lf->history_days),
		       lf->history_days);
	if (lf->has_acwr)
		cli_printf(_("Acute:chronic workload ratio %.2f (usual band %.1f-%.1f)\n"), lf->acwr,
		       LOAD_ACWR_LOW, LOAD_ACWR_HIGH);
	else if (lf->has_first_run && lf->acwr_note == LOAD_ACWR_LOW_CHRONIC)
		cli_printf(_("Acute:chronic workload ratio: not enough history (the four weeks "
			 "before this one are far below your usual load, as after a break)\n"));
	else if (lf->has_first_run)
		cli_printf(_("Acute:chronic workload ratio: not enough history (it needs three "
			 "weeks of runs before the last seven days)\n"));
	if (lf->has_monotony)
		cli_printf(_("Monotony %.2f, strain %.0f\n"), lf->monotony, lf->strain);
	if (lf->week_estimated > 0)
		cli_printf(_("Effort of this week's runs: %d rated, %d from heart rate, %d from "
			 "their kind\n"),
		       lf->week_from[LOAD_FROM_RPE], lf->week_from[LOAD_FROM_HR],
		       lf->week_from[LOAD_FROM_KIND]);
	print_heart_rate(lf);
}

static void status_print(const struct status *s, enum unit units)
{
	const struct load_figures *lf = &s->load;
	char buf[DATE_BUF];
	char *distance = format_distance(lf->week_distance_m, units);

	cli_printf(_("Status on %s\n"), day_format(s->today, buf));
	cli_printf(_("Phase: %s\n"), phase_name(s->phase));
	if (s->has_race)
		cli_printf(ngettext("Next race: %s (priority %c) on %s, in %d day\n",
				"Next race: %s (priority %c) on %s, in %d days\n", s->days_to_race),
		       s->race_name, s->race_priority, day_format(s->race_date, buf),
		       s->days_to_race);
	else
		cli_printf(_("Next race: none of priority A or B planned\n"));
	cli_printf(ngettext("Last 7 days: %d run, %s, load %.0f\n",
			"Last 7 days: %d runs, %s, load %.0f\n", lf->week_runs),
	       lf->week_runs, distance, lf->week_load);
	print_load(lf);
	if (s->has_last_massage)
		cli_printf(_("Last massage: %s\n"), day_format(s->last_massage, buf));
	else
		cli_printf(_("Last massage: none logged\n"));
	if (s->n_soreness == 0) {
		cli_printf(_("Soreness: nothing logged in the last two weeks\n"));
	} else {
		int name_w = 22, trend_w = 12;

		cli_printf(_("Soreness:\n"));
		for (size_t i = 0; i < s->n_soreness; i++) {
			char *name = region_side_name(s->soreness[i].region, s->soreness[i].side);
			name_w = MAX(name_w, format_width(name));
			trend_w = MAX(trend_w, format_width(sore_trend_name(s->soreness[i].trend)));
			g_free(name);
		}
		for (size_t i = 0; i < s->n_soreness; i++) {
			const struct sore_state *e = &s->soreness[i];
			char *name = region_side_name(e->region, e->side);
			char *level = advice_level_text(e, s->today);

			cli_printf("  ");
			cli_print_padded(name, name_w);
			cli_printf(" %5s  ", level);
			cli_print_padded(sore_trend_name(e->trend), trend_w);
			cli_printf(" %s", day_format(e->last_day, buf));
			if (e->refer && e->assessed)
				cli_printf(_("  (flagged: assessed, no massage there)"));
			else if (e->refer)
				cli_printf(_("  (flagged: see a physiotherapist or doctor)"));
			cli_printf("\n");
			g_free(level);
			g_free(name);
		}
	}
	g_free(distance);
}

int cli_status(struct cli *cli, int argc, char **argv)
{
	gboolean json = FALSE;
	const GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("print the status as JSON"), NULL },
		{ "no-pager", 0, 0, G_OPTION_ARG_NONE, &cli->no_pager, N_("never through $PAGER, even on a terminal"), NULL },
		{ NULL },
	};
	GOptionContext *ctx = cli_context(
		_("- load, fitness, fatigue and form, ACWR, phase and soreness"), NULL, entries);
	int status = EXIT_OK;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
	} else if (argc != 1) {
		status = cli_usage(_("usage: knead %s"), "status [--json]");
	} else {
		wtime now = clock_now();
		struct history h;
		struct status s;
		GError *err = NULL;

		if (!cli_advice_history(cli, now, &h, &err)) {
			status = cli_fail(err);
		} else {
			status_compute(&h, now, &s);
			if (json) {
				cli_print_json(status_json(&s));
			} else {
				cli_pager_start(cli->no_pager);
				status_print(&s, cli->config.units);
			}
			status_clear(&s);
			history_clear(&h);
		}
	}
	g_option_context_free(ctx);
	return status;
}
