/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_config.c - libFuzzer target for the configuration file reader
 * (GKeyFile underneath, our validation on top).  Any input either loads
 * into settings that are all in range, or is refused with a message. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "core/settings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *path;
	struct config cfg;
	GError *err = NULL;

	if (!path)
		path = g_build_filename(g_get_tmp_dir(), "knead-fuzz-config.ini", NULL);
	if (!g_file_set_contents(path, (const char *)data, (gssize)size, NULL))
		return 0;
	config_init_defaults(&cfg);
	if (config_load(&cfg, path, &err)) {
		if (cfg.checkin_minute < 0 || cfg.checkin_minute >= 24 * 60 ||
		    cfg.quiet_start_minute < 0 || cfg.quiet_start_minute >= 24 * 60 ||
		    cfg.quiet_end_minute < 0 || cfg.quiet_end_minute >= 24 * 60 ||
		    (cfg.units != UNIT_KM && cfg.units != UNIT_MI))
			abort();
		if (cfg.therapist_name && !g_utf8_validate(cfg.therapist_name, -1, NULL))
			abort();
		if ((cfg.max_hr && (cfg.max_hr < 120 || cfg.max_hr > 230)) ||
		    (cfg.resting_hr && (cfg.resting_hr < 30 || cfg.resting_hr > 110)) ||
		    (cfg.max_hr && cfg.resting_hr && cfg.max_hr - cfg.resting_hr < 30))
			abort();
	} else if (!err) {
		abort();
	}
	g_clear_error(&err);
	config_clear(&cfg);
	return 0;
}
