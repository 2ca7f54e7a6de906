/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_config.c - knead config list | get KEY | set KEY VALUE.
 *
 * So that nobody has to hand-edit config.ini: the same rules as loading
 * check a new value, and the file is rewritten atomically, its comments
 * kept. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "core/i18n.h"

static int config_list(struct cli *cli)
{
	/* Which file the values come from, as a comment the file itself could
	 * hold. */
	if (cli->config_path && g_file_test(cli->config_path, G_FILE_TEST_EXISTS))
		/* TRANSLATORS: the first line of knead config list. */
		cli_printf(_("# read from %s\n"), cli->config_path);
	else
		/* TRANSLATORS: knead config list when there is no file yet. */
		cli_printf(_("# %s does not exist yet: the defaults\n"),
			   cli->config_path ? cli->config_path : "?");
	for (size_t i = 0; i < config_key_count(); i++) {
		char *name = config_key_name(i), *value = config_get_at(&cli->config, i);

		cli_printf("%s = %s\n", name, value);
		g_free(name);
		g_free(value);
	}
	return EXIT_OK;
}

static int config_show(struct cli *cli, const char *name)
{
	GError *err = NULL;
	char *value = config_get(&cli->config, name, &err);

	if (!value)
		return cli_fail(err);
	cli_printf("%s\n", value);
	g_free(value);
	return EXIT_OK;
}

static int config_change(struct cli *cli, const char *name, const char *value)
{
	GError *err = NULL;
	struct config fresh;
	char *now;
	int status = EXIT_OK;

	if (!config_set(cli->config_path, name, value, &err))
		return cli_fail(err);
	config_init_defaults(&fresh);
	if (!config_load(&fresh, cli->config_path, &err)) {
		status = cli_fail(err);
	} else {
		now = config_get(&fresh, name, NULL);
		/* TRANSLATORS: "Set reminders.checkin = 20:00 in /home/me/.config/knead/config.ini." */
		cli_printf(_("Set %s = %s in %s.\n"), name, now ? now : "", cli->config_path);
		g_free(now);
	}
	config_clear(&fresh);
	return status;
}

int cli_config(struct cli *cli, int argc, char **argv)
{
	GOptionContext *ctx = cli_context(_("list | get SECTION.KEY | set SECTION.KEY VALUE - "
					    "show or change the settings"),
					  _("SECTION.KEY names a setting, e.g. general.units or "
					    "reminders.checkin; knead config list shows them all with "
					    "their values. A new value is checked like the file's own, "
					    "and the file is rewritten atomically, its comments kept."),
					  NULL);
	const char *sub;
	int status;

	if (!cli_parse(ctx, &argc, &argv)) {
		g_option_context_free(ctx);
		return EXIT_USAGE;
	}
	g_option_context_free(ctx);
	sub = argc >= 2 ? argv[1] : NULL;
	if (sub && g_ascii_strcasecmp(sub, "list") == 0 && argc == 2)
		status = config_list(cli);
	else if (sub && g_ascii_strcasecmp(sub, "get") == 0 && argc == 3)
		status = config_show(cli, argv[2]);
	else if (sub && g_ascii_strcasecmp(sub, "set") == 0 && argc == 4)
		status = config_change(cli, argv[2], argv[3]);
	else
		status = cli_usage(_("usage: knead %s"),
				   "config list | get SECTION.KEY | set SECTION.KEY VALUE");
	return status;
}
