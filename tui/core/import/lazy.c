/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/lazy.c - libarchive and json-glib, loaded on first use (lazy.h). */
#include <config.h>

#include <dlfcn.h>
#include <string.h>
#include "core/error.h"
#include "core/i18n.h"
#include "core/import/lazy.h"

#if !defined(ARCHIVE_SONAME) || !defined(JSON_SONAME)
#error "configure finds the sonames of libarchive and json-glib (configure.ac)"
#endif

/* Fills `table`, `n` function pointers, with the symbols `names` (in the
 * order of the table's members) from `soname`; false (and *why) when the
 * library or one of its symbols is not there. */
static bool load(const char *soname, const char *const *names, size_t n, void *table,
		 char **why)
{
	void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);

	if (!lib) {
		*why = g_strdup(dlerror());
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		/* A handle's symbols include its dependencies' (g_object_unref
		 * from json-glib's GObject). */
		void *sym = dlsym(lib, names[i]);

		if (!sym) {
			*why = g_strdup(dlerror());
			/* Not the library asked for (or too old): nothing of it
			 * is used, so it does not stay mapped. */
			dlclose(lib);
			return false;
		}
		/* POSIX: a function pointer and void * share a representation. */
		memcpy((char *)table + i * sizeof(sym), &sym, sizeof(sym));
	}
	return true;
}

#define NAME(f) #f,

static const char *const archive_names[] = {
	NAME(archive_read_new) NAME(archive_read_support_format_zip)
	NAME(archive_read_open_filename) NAME(archive_read_next_header)
	NAME(archive_read_data) NAME(archive_read_data_skip) NAME(archive_read_free)
	NAME(archive_error_string) NAME(archive_entry_pathname) NAME(archive_entry_filetype)
	NAME(archive_entry_is_encrypted)
};

static const char *const json_names[] = {
	NAME(json_parser_new) NAME(json_parser_load_from_data) NAME(json_parser_get_root)
	NAME(json_node_get_node_type) NAME(json_node_get_value_type) NAME(json_node_is_null)
	NAME(json_node_get_string) NAME(json_node_get_int) NAME(json_node_get_double)
	NAME(json_node_get_boolean) NAME(json_node_get_object) NAME(json_node_get_array)
	NAME(json_object_has_member) NAME(json_object_get_member) NAME(json_array_get_length)
	NAME(json_array_get_element) NAME(g_object_unref)
};

/* Every member a function pointer, one per name, in order. */
G_STATIC_ASSERT(sizeof(void (*)(void)) == sizeof(void *));
G_STATIC_ASSERT(sizeof(struct lazy_archive) == G_N_ELEMENTS(archive_names) * sizeof(void *));
G_STATIC_ASSERT(sizeof(struct lazy_json) == G_N_ELEMENTS(json_names) * sizeof(void *));

struct lazy_lib {
	const char *soname;
	const char *const *names;
	size_t n;
	void *table;
	gsize once; /* 1: tried, 2: loaded */
	char *why;  /* when it could not be */
};

static const void *lazy_get(struct lazy_lib *l, GError **err)
{
	if (g_once_init_enter(&l->once)) {
		bool ok = load(l->soname, l->names, l->n, l->table, &l->why);

		g_once_init_leave(&l->once, ok ? 2 : 1);
	}
	if (l->once == 2)
		return l->table;
	/* TRANSLATORS: "cannot load libarchive.so.13: <the loader's reason>" */
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot load %s: %s"), l->soname,
		    l->why);
	return NULL;
}

const struct lazy_archive *lazy_archive(GError **err)
{
	static struct lazy_archive table;
	static struct lazy_lib lib = { ARCHIVE_SONAME, archive_names, G_N_ELEMENTS(archive_names),
				       &table, 0, NULL };

	return lazy_get(&lib, err);
}

const struct lazy_json *lazy_json(GError **err)
{
	static struct lazy_json table;
	static struct lazy_lib lib = { JSON_SONAME, json_names, G_N_ELEMENTS(json_names),
				       &table, 0, NULL };

	return lazy_get(&lib, err);
}
