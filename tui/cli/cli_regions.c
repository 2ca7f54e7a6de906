/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_regions.c - knead regions: the ids to type and their names. */
#include <config.h>

#include <stdio.h>
#include "cli.h"
#include "core/i18n.h"
#include "core/regions.h"

int cli_regions(struct cli *cli, int argc, char **argv)
{
	gboolean json = FALSE;
	const GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("a JSON array"), NULL },
		{ NULL },
	};
	GOptionContext *ctx = cli_context(_("- the body regions and their ids"), NULL, entries);
	int status = EXIT_OK;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
	} else if (argc != 1) {
		status = cli_usage(_("usage: knead %s"), "regions [--json]");
	} else if (json) {
		struct json_writer *w = json_writer_new();
		json_writer_begin_array(w);
		for (int r = 0; r < REGION_COUNT; r++) {
			json_writer_begin_object(w);
			json_writer_key(w, "id");
			json_writer_string(w, region_id(r));
			json_writer_key(w, "name");
			json_writer_string(w, region_name(r));
			json_writer_key(w, "sided");
			json_writer_bool(w, region_has_side(r));
			/* The regions the advice treats as neighbours share it. */
			json_writer_key(w, "segment");
			if (region_segment_id(region_segment(r)))
				json_writer_string(w, region_segment_id(region_segment(r)));
			else
				json_writer_null(w);
			json_writer_end_object(w);
		}
		json_writer_end_array(w);
		cli_print_json(w);
	} else {
		for (int r = 0; r < REGION_COUNT; r++)
			cli_printf("%-12s %s%s\n", region_id(r), region_name(r),
			       /* TRANSLATORS: after a region that takes :left or :right. */
			       region_has_side(r) ? _(" (left/right)") : "");
	}
	g_option_context_free(ctx);
	return status;
}
