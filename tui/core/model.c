/* SPDX-License-Identifier: GPL-3.0-or-later */
/* model.c - ids and names of the model's enumerations, and freeing. */
#include <string.h>
#include <glib.h>
#include "core/i18n.h"
#include "core/model.h"

static const char *const run_kind_ids[RUN_KIND_COUNT] = {
	"easy", "long", "tempo", "intervals", "race", "trail", "recovery",
};

static const char *const run_kind_names[RUN_KIND_COUNT] = {
	N_("easy"), N_("long"), N_("tempo"), N_("intervals"),
	N_("race"), N_("trail"), N_("recovery"),
};

static const char *const massage_kind_ids[MASSAGE_KIND_COUNT] = {
	"sports", "deep-tissue", "myofascial", "trigger-point", "flush", "relaxation",
};

static const char *const massage_kind_names[MASSAGE_KIND_COUNT] = {
	N_("sports massage"), N_("deep tissue"), N_("myofascial release"),
	N_("trigger point therapy"), N_("light flush"), N_("relaxation massage"),
};

static const char *const run_source_ids[SOURCE_COUNT] = {
	"manual", "gpx", "tcx", "strava", "fit", "health",
};

static bool id_lookup(const char *const *ids, int n, const char *s, int *out)
{
	for (int i = 0; s && i < n; i++) {
		if (strcmp(ids[i], s) == 0) {
			*out = i;
			return true;
		}
	}
	return false;
}

const char *run_kind_id(enum run_kind k)
{
	return (unsigned)k < RUN_KIND_COUNT ? run_kind_ids[k] : "easy";
}

bool run_kind_from_id(const char *s, enum run_kind *out)
{
	int i;
	if (!id_lookup(run_kind_ids, RUN_KIND_COUNT, s, &i))
		return false;
	*out = (enum run_kind)i;
	return true;
}

const char *run_kind_name(enum run_kind k)
{
	return (unsigned)k < RUN_KIND_COUNT ? _(run_kind_names[k]) : "?";
}

const char *massage_kind_id(enum massage_kind k)
{
	return (unsigned)k < MASSAGE_KIND_COUNT ? massage_kind_ids[k] : "sports";
}

bool massage_kind_from_id(const char *s, enum massage_kind *out)
{
	int i;
	if (!id_lookup(massage_kind_ids, MASSAGE_KIND_COUNT, s, &i))
		return false;
	*out = (enum massage_kind)i;
	return true;
}

const char *massage_kind_name(enum massage_kind k)
{
	return (unsigned)k < MASSAGE_KIND_COUNT ? _(massage_kind_names[k]) : "?";
}

const char *run_source_id(enum run_source s)
{
	return (unsigned)s < SOURCE_COUNT ? run_source_ids[s] : "manual";
}

bool run_source_from_id(const char *s, enum run_source *out)
{
	int i;
	if (!id_lookup(run_source_ids, SOURCE_COUNT, s, &i))
		return false;
	*out = (enum run_source)i;
	return true;
}

const char *side_id(enum side s)
{
	switch (s) {
	case SIDE_LEFT:
		return "left";
	case SIDE_RIGHT:
		return "right";
	default:
		return NULL;
	}
}

const char *side_name(enum side s)
{
	switch (s) {
	case SIDE_LEFT:
		return _("left");
	case SIDE_RIGHT:
		return _("right");
	default:
		return "";
	}
}

void run_clear(struct run *r)
{
	g_clear_pointer(&r->note, g_free);
	g_clear_pointer(&r->source_id, g_free);
}

void soreness_clear(struct soreness *s)
{
	g_clear_pointer(&s->note, g_free);
}

void massage_clear(struct massage *m)
{
	g_clear_pointer(&m->regions, g_free);
	m->n_regions = 0;
	g_clear_pointer(&m->therapist, g_free);
	g_clear_pointer(&m->note, g_free);
}

void race_clear(struct race *r)
{
	g_clear_pointer(&r->name, g_free);
}

void assessment_clear(struct assessment *a)
{
	memset(a, 0, sizeof(*a));
}

void history_clear(struct history *h)
{
#define CLEAR_ROWS(NAME, type, rows)                   \
	for (size_t i = 0; i < h->n_##rows; i++)       \
		type##_clear(&h->rows[i]);             \
	g_free(h->rows);
	ENTRY_KINDS(CLEAR_ROWS)
#undef CLEAR_ROWS
	memset(h, 0, sizeof(*h));
}

bool history_had_massage(const struct history *h, dayno today, enum massage_kind k)
{
	for (size_t i = 0; i < h->n_massages; i++)
		if (h->massages[i].date <= today && h->massages[i].kind == k)
			return true;
	return false;
}
