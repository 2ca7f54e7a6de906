/* cli_next.c - knead next: when the next massage should be, what kind,
 * where, and why. */
#include <config.h>

#include <stdio.h>
#include "cli.h"
#include "core/advice.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/regions.h"

bool cli_advice_history(struct cli *cli, wtime now, struct history *h, GError **err)
{
	struct store *st = cli_open_store(cli, err);

	return st && store_history_load(st, advice_history_from(wtime_day(now)), h, err);
}

static void add_day(JsonBuilder *b, const char *key, dayno d)
{
	char buf[DATE_BUF];

	json_builder_set_member_name(b, key);
	json_builder_add_string_value(b, day_format(d, buf));
}

static void add_side(JsonBuilder *b, enum side s)
{
	json_builder_set_member_name(b, "side");
	if (side_id(s))
		json_builder_add_string_value(b, side_id(s));
	else
		json_builder_add_null_value(b);
}

static JsonNode *advice_json(const struct advice *a)
{
	JsonBuilder *b = json_builder_new();
	JsonNode *root;

	json_builder_begin_object(b);
	add_day(b, "date", a->date);
	json_builder_set_member_name(b, "kind");
	json_builder_add_string_value(b, massage_kind_id(a->kind));
	json_builder_set_member_name(b, "urgency");
	json_builder_add_string_value(b, urgency_id(a->urgency));
	json_builder_set_member_name(b, "phase");
	json_builder_add_string_value(b, phase_id(a->phase));
	if (a->has_last_massage) {
		add_day(b, "last_massage", a->last_massage);
	} else {
		json_builder_set_member_name(b, "last_massage");
		json_builder_add_null_value(b);
	}

	json_builder_set_member_name(b, "focus");
	json_builder_begin_array(b);
	for (size_t i = 0; i < a->n_focus; i++) {
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "region");
		json_builder_add_string_value(b, region_id(a->focus[i].region));
		add_side(b, a->focus[i].side);
		json_builder_set_member_name(b, "level");
		json_builder_add_int_value(b, a->focus[i].level);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);

	json_builder_set_member_name(b, "no_deep_tissue");
	json_builder_begin_array(b);
	for (size_t i = 0; i < a->n_windows; i++) {
		json_builder_begin_object(b);
		add_day(b, "from", a->windows[i].from);
		add_day(b, "to", a->windows[i].to);
		json_builder_set_member_name(b, "race");
		json_builder_add_string_value(b, a->windows[i].race);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);

	json_builder_set_member_name(b, "see_professional");
	json_builder_begin_array(b);
	for (size_t i = 0; i < a->n_see_professional; i++) {
		const struct advice_referral *r = &a->see_professional[i];

		json_builder_begin_object(b);
		json_builder_set_member_name(b, "region");
		json_builder_add_string_value(b, region_id(r->region));
		add_side(b, r->side);
		json_builder_set_member_name(b, "level");
		json_builder_add_int_value(b, r->level);
		json_builder_set_member_name(b, "days");
		json_builder_add_int_value(b, r->days);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);

	json_builder_set_member_name(b, "reasons");
	json_builder_begin_array(b);
	for (char **r = a->reasons; r && *r; r++)
		json_builder_add_string_value(b, *r);
	json_builder_end_array(b);
	json_builder_end_object(b);

	root = json_builder_get_root(b);
	g_object_unref(b);
	return root;
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
	printf(_("Next massage: %s (%s, %s)\n"), day_format(a->date, buf), when,
	       urgency_name(a->urgency));
	g_free(when);
}

static void advice_print(const struct advice *a)
{
	char buf[DATE_BUF], buf2[DATE_BUF];

	print_when(a);
	printf(_("Kind: %s\n"), massage_kind_name(a->kind));
	printf(_("Phase: %s\n"), phase_name(a->phase));
	if (a->has_last_massage)
		printf(_("Last massage: %s\n"), day_format(a->last_massage, buf));
	else
		printf(_("Last massage: none logged\n"));
	if (a->n_focus > 0) {
		int name_w = 22;

		printf(_("Focus:\n"));
		for (size_t i = 0; i < a->n_focus; i++) {
			char *name = region_side_name(a->focus[i].region, a->focus[i].side);
			name_w = MAX(name_w, format_width(name));
			g_free(name);
		}
		for (size_t i = 0; i < a->n_focus; i++) {
			char *name = region_side_name(a->focus[i].region, a->focus[i].side);

			if (a->focus[i].level > 0) {
				printf("  ");
				cli_print_padded(name, name_w);
				printf(" %2d/10\n", a->focus[i].level);
			} else {
				printf("  %s\n", name);
			}
			g_free(name);
		}
	}
	for (size_t i = 0; i < a->n_windows; i++)
		printf(_("No deep tissue: %s to %s (%s)\n"), day_format(a->windows[i].from, buf),
		       day_format(a->windows[i].to, buf2), a->windows[i].race);
	for (size_t i = 0; i < a->n_see_professional; i++) {
		const struct advice_referral *r = &a->see_professional[i];
		char *name = region_side_name(r->region, r->side);

		printf(_("See a physiotherapist or doctor: %s (%d/10)\n"), name, r->level);
		g_free(name);
	}
	printf(_("Why:\n"));
	for (char **r = a->reasons; r && *r; r++)
		printf("  - %s\n", *r);
}

int cli_next(struct cli *cli, int argc, char **argv)
{
	gboolean json = FALSE;
	const GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("print the advice as JSON"), NULL },
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

		if (!cli_advice_history(cli, now, &h, &err)) {
			status = cli_fail(err);
		} else {
			advice_next(&h, now, &a);
			if (json)
				cli_print_json(advice_json(&a));
			else
				advice_print(&a);
			advice_clear(&a);
			history_clear(&h);
		}
	}
	g_option_context_free(ctx);
	return status;
}
