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
		JsonBuilder *b = json_builder_new();
		json_builder_begin_array(b);
		for (int r = 0; r < REGION_COUNT; r++) {
			json_builder_begin_object(b);
			json_builder_set_member_name(b, "id");
			json_builder_add_string_value(b, region_id(r));
			json_builder_set_member_name(b, "name");
			json_builder_add_string_value(b, region_name(r));
			json_builder_set_member_name(b, "sided");
			json_builder_add_boolean_value(b, region_has_side(r));
			json_builder_end_object(b);
		}
		json_builder_end_array(b);
		cli_print_json(json_builder_get_root(b));
		g_object_unref(b);
	} else {
		for (int r = 0; r < REGION_COUNT; r++)
			printf("%-12s %s%s\n", region_id(r), region_name(r),
			       /* TRANSLATORS: after a region that takes :left or :right. */
			       region_has_side(r) ? _(" (left/right)") : "");
	}
	g_option_context_free(ctx);
	return status;
}
