/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_next.c - knead next: when the next massage should be, what kind,
 * where, and why. */
#include <config.h>

#include <stdio.h>
#include "cli.h"
#include "core/advice/advice.h"
#include "core/advice/advice_history.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/regions.h"

bool cli_advice_history(struct cli *cli, wtime now, struct history *h, GError **err)
{
	struct store *st = cli_open_store_read(cli, err);

	return st && advice_history_load(st, &cli->config, now, h, err);
}

static void add_day(struct json_writer *w, const char *key, dayno d)
{
	char buf[DATE_BUF];

	json_writer_key(w, key);
	json_writer_string(w, day_format(d, buf));
}

static void add_side(struct json_writer *w, enum side s)
{
	json_writer_key(w, "side");
	if (side_id(s))
		json_writer_string(w, side_id(s));
	else
		json_writer_null(w);
}

/* Opens a referral's object with what avoid and see_professional share:
 * the region, its side and its level. */
static void begin_referral(struct json_writer *w, const struct advice_referral *r)
{
	json_writer_begin_object(w);
	json_writer_key(w, "region");
	json_writer_string(w, region_id(r->region));
	add_side(w, r->side);
	json_writer_key(w, "level");
	json_writer_int(w, r->level);
}

/* Flagged regions: no massage on them until a professional has looked. */
static void add_avoid(struct json_writer *w, const struct advice *a)
{
	json_writer_key(w, "avoid");
	json_writer_begin_array(w);
	for (size_t i = 0; i < a->n_see_professional; i++) {
		const struct advice_referral *r = &a->see_professional[i];

		begin_referral(w, r);
		json_writer_key(w, "why");
		json_writer_string(w, sore_flag_id(r->why));
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
}

static void add_booked(struct json_writer *w, const struct advice *a)
{
	json_writer_key(w, "booked");
	if (!a->has_booking) {
		json_writer_null(w);
		return;
	}
	json_writer_begin_object(w);
	add_day(w, "date", a->booked_date);
	json_writer_key(w, "kind");
	json_writer_string(w, massage_kind_id(a->booked_kind));
	json_writer_key(w, "safe_kind");
	json_writer_string(w, massage_kind_id(a->booked_safe_kind));
	json_writer_key(w, "regions");
	json_writer_begin_array(w);
	for (size_t i = 0; i < a->n_booked_regions; i++) {
		json_writer_begin_object(w);
		json_writer_key(w, "region");
		json_writer_string(w, region_id(a->booked_regions[i].region));
		add_side(w, a->booked_regions[i].side);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	json_writer_end_object(w);
}

static struct json_writer *advice_json(const struct advice *a)
{
	struct json_writer *w = json_writer_new();

	json_writer_begin_object(w);
	add_day(w, "date", a->date);
	json_writer_key(w, "kind");
	json_writer_string(w, massage_kind_id(a->kind));
	json_writer_key(w, "urgency");
	json_writer_string(w, urgency_id(a->urgency));
	json_writer_key(w, "phase");
	json_writer_string(w, phase_id(a->phase));
	if (a->has_last_massage) {
		add_day(w, "last_massage", a->last_massage);
	} else {
		json_writer_key(w, "last_massage");
		json_writer_null(w);
	}

	json_writer_key(w, "focus");
	json_writer_begin_array(w);
	for (size_t i = 0; i < a->n_focus; i++) {
		json_writer_begin_object(w);
		json_writer_key(w, "region");
		json_writer_string(w, region_id(a->focus[i].region));
		add_side(w, a->focus[i].side);
		json_writer_key(w, "level");
		json_writer_int(w, a->focus[i].level);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);

	json_writer_key(w, "no_deep_tissue");
	json_writer_begin_array(w);
	for (size_t i = 0; i < a->n_windows; i++) {
		json_writer_begin_object(w);
		add_day(w, "from", a->windows[i].from);
		add_day(w, "to", a->windows[i].to);
		json_writer_key(w, "race");
		json_writer_string(w, a->windows[i].race);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);

	json_writer_key(w, "see_professional");
	json_writer_begin_array(w);
	/* Assessed: in avoid only. */
	for (const struct advice_referral *r = NULL; (r = advice_open_referral(a, r)) != NULL;) {
		begin_referral(w, r);
		json_writer_key(w, "days");
		json_writer_int(w, r->days);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);

	add_avoid(w, a);
	add_booked(w, a);
	json_writer_key(w, "booking_warning");
	if (a->booking_warning)
		json_writer_string(w, a->booking_warning);
	else
		json_writer_null(w);
	json_writer_key(w, "light_pressure");
	json_writer_bool(w, a->light_pressure);
	json_writer_key(w, "follow_up");
	if (a->has_follow_up) {
		json_writer_begin_object(w);
		json_writer_key(w, "kind");
		json_writer_string(w, massage_kind_id(a->follow_kind));
		json_writer_key(w, "region");
		json_writer_string(w, region_id(a->follow_region));
		add_side(w, a->follow_side);
		json_writer_key(w, "from_days");
		json_writer_int(w, a->follow_from);
		json_writer_key(w, "to_days");
		json_writer_int(w, a->follow_to);
		json_writer_end_object(w);
	} else {
		json_writer_null(w);
	}
	json_writer_key(w, "rules");
	json_writer_begin_array(w);
	for (size_t i = 0; i < a->n_rules; i++)
		json_writer_string(w, a->rules[i]);
	json_writer_end_array(w);

	json_writer_key(w, "reasons");
	json_writer_begin_array(w);
	for (char **r = a->reasons; r && *r; r++)
		json_writer_string(w, *r);
	json_writer_end_array(w);
	json_writer_end_object(w);

	return w;
}

static void print_when(const struct advice *a)
{
	char buf[DATE_BUF];
	int days = a->date - a->today;
	char *when;

	if (days == 0)
		when = g_strdup(_("today"));
	else if (days == 1)
		when = g_strdup(_("tomorrow"));
	else
		when = g_strdup_printf(ngettext("in %d day", "in %d days", days), days);
	/* TRANSLATORS: "Next massage: 2026-05-12 (in 3 days, soon)". */
	cli_printf(_("Next massage: %s (%s, %s)\n"), day_format(a->date, buf), when,
	       urgency_name(a->urgency));
	g_free(when);
}

/* The headline: a region to have looked at comes before any massage, and a
 * booking to change before the date. */
static void print_headline(const struct advice *a)
{
	bool first = true;

	for (const struct advice_referral *r = NULL; (r = advice_open_referral(a, r)) != NULL;) {
		char *name = region_side_name(r->region, r->side);

		if (first)
			cli_printf(_("First: have the %s looked at by a physiotherapist or a doctor; no massage there, and ease off running until then.\n"),
				   name);
		else
			cli_printf(_("Also: have the %s looked at.\n"), name);
		first = false;
		g_free(name);
	}
	if (a->booking_warning)
		cli_printf(_("Booking: %s\n"), a->booking_warning);
}

static void advice_print(const struct advice *a)
{
	char buf[DATE_BUF], buf2[DATE_BUF];
	char *kind = advice_plan_kind_text(a);

	print_headline(a);
	print_when(a);
	cli_printf(_("Kind: %s\n"), kind);
	g_free(kind);
	cli_printf(_("Phase: %s\n"), phase_name(a->phase));
	if (a->has_last_massage)
		cli_printf(_("Last massage: %s\n"), day_format(a->last_massage, buf));
	else
		cli_printf(_("Last massage: none logged\n"));
	if (a->n_focus > 0) {
		int name_w = 22;

		cli_printf(_("Focus:\n"));
		for (size_t i = 0; i < a->n_focus; i++) {
			char *name = region_side_name(a->focus[i].region, a->focus[i].side);
			name_w = MAX(name_w, format_width(name));
			g_free(name);
		}
		for (size_t i = 0; i < a->n_focus; i++) {
			char *name = region_side_name(a->focus[i].region, a->focus[i].side);

			if (a->focus[i].level > 0) {
				cli_printf("  ");
				cli_print_padded(name, name_w);
				cli_printf(" %2d/10\n", a->focus[i].level);
			} else {
				cli_printf("  %s\n", name);
			}
			g_free(name);
		}
	}
	for (size_t i = 0; i < a->n_windows; i++)
		cli_printf(_("No deep tissue: %s to %s (%s)\n"), day_format(a->windows[i].from, buf),
		       day_format(a->windows[i].to, buf2), a->windows[i].race);
	for (size_t i = 0; i < a->n_see_professional; i++) {
		const struct advice_referral *r = &a->see_professional[i];
		char *name = region_side_name(r->region, r->side);

		if (r->assessed)
			cli_printf(_("No massage: %s (assessed, not cleared)\n"), name);
		else
			cli_printf(_("See a physiotherapist or doctor: %s (%d/10); no massage there\n"),
				   name, r->level);
		g_free(name);
	}
	if (a->has_booking) {
		char *names = advice_booked_regions(a);
		char *booked = advice_booked_kind_text(a);

		if (names)
			cli_printf(_("Booked: %s on %s (%s)\n"), booked,
				   day_format(a->booked_date, buf), names);
		else
			cli_printf(_("Booked: %s on %s\n"), booked, day_format(a->booked_date, buf));
		g_free(names);
		g_free(booked);
	}
	if (a->n_rules > 0) {
		char *rules = advice_rules_text(a);

		cli_printf(_("Rules that shaped it: %s\n"), rules);
		g_free(rules);
	}
	cli_printf(_("Why:\n"));
	for (char **r = a->reasons; r && *r; r++)
		cli_printf("  - %s\n", *r);
}

int cli_next(struct cli *cli, int argc, char **argv)
{
	gboolean json = FALSE;
	const GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("print the advice as JSON"), NULL },
		{ "no-pager", 0, 0, G_OPTION_ARG_NONE, &cli->no_pager, N_("never through $PAGER, even on a terminal"), NULL },
		{ NULL },
	};
	GOptionContext *ctx =
		cli_context(_("- the next massage: when, what kind, where, and why"), NULL, entries);
	int status = EXIT_OK;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
	} else if (argc != 1) {
		status = cli_usage(_("usage: knead %s"), "next [--json]");
	} else {
		wtime now = clock_now();
		struct history h;
		struct advice a;
		GError *err = NULL;

		if (!cli_open_store_read(cli, &err) ||
		    !advice_load(cli->store, &cli->config, now, &h, &a, &err)) {
			status = cli_fail(err);
		} else {
			if (json) {
				cli_print_json(advice_json(&a));
			} else {
				cli_pager_start(cli->no_pager);
				advice_print(&a);
			}
			advice_clear(&a);
			history_clear(&h);
		}
	}
	g_option_context_free(ctx);
	return status;
}
