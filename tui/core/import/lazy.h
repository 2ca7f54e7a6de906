/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/lazy.h - libarchive and json-glib, loaded on first use.
 *
 * Import runs once per file, and a process's fixed cost is mostly the
 * libraries it maps: libarchive (with nettle, zstd, lz4, bzip2 and acl
 * behind it) and json-glib (with GIO and GObject) doubled the start-up of
 * knead-import, yet only a zip and a knead JSON export need them.  So
 * knead-import does not link them: zip.c and json.c call them through
 * these tables, which load the library (by the soname configure found)
 * the first time one is asked for.  Each member is named and typed after
 * the function it points to, from the library's own header. */
#ifndef KNEAD_IMPORT_LAZY_H
#define KNEAD_IMPORT_LAZY_H

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>
#include <json-glib/json-glib.h>

#define LAZY_FN(f) __typeof__(f) *f

struct lazy_archive {
	LAZY_FN(archive_read_new);
	LAZY_FN(archive_read_support_format_zip);
	LAZY_FN(archive_read_open_filename);
	LAZY_FN(archive_read_next_header);
	LAZY_FN(archive_read_data);
	LAZY_FN(archive_read_data_skip);
	LAZY_FN(archive_read_free);
	LAZY_FN(archive_error_string);
	LAZY_FN(archive_entry_pathname);
	LAZY_FN(archive_entry_filetype);
	LAZY_FN(archive_entry_is_encrypted);
};

struct lazy_json {
	LAZY_FN(json_parser_new);
	LAZY_FN(json_parser_load_from_data);
	LAZY_FN(json_parser_get_root);
	LAZY_FN(json_node_get_node_type);
	LAZY_FN(json_node_get_value_type);
	LAZY_FN(json_node_is_null);
	LAZY_FN(json_node_get_string);
	LAZY_FN(json_node_get_int);
	LAZY_FN(json_node_get_double);
	LAZY_FN(json_node_get_boolean);
	LAZY_FN(json_node_get_object);
	LAZY_FN(json_node_get_array);
	LAZY_FN(json_object_has_member);
	LAZY_FN(json_object_get_member);
	LAZY_FN(json_array_get_length);
	LAZY_FN(json_array_get_element);
	LAZY_FN(g_object_unref); /* GObject, which json-glib brings */
};

#undef LAZY_FN

/* The table, the library loaded; NULL (and err set, naming the library)
 * when it cannot be loaded.  Loaded once per process, never unloaded. */
const struct lazy_archive *lazy_archive(GError **err);
const struct lazy_json *lazy_json(GError **err);

#endif
