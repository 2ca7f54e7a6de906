/* SPDX-License-Identifier: GPL-3.0-or-later */
/* export/export.c - the database as CSV or JSON, the advice as iCalendar. */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <libical/ical.h>
#include "core/advice/advice_history.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/export/export.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/json_writer.h"
#include "core/regions.h"
#include "core/import/spreadsheet.h"
#include "core/store/selfcare_done.h"
#include "core/store/store.h"

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0"
#endif

bool export_format_from_id(const char *s, enum export_format *out)
{
	if (s && strcmp(s, "csv") == 0)
		*out = EXPORT_CSV;
	else if (s && strcmp(s, "json") == 0)
		*out = EXPORT_JSON;
	else if (s && strcmp(s, "measures") == 0)
		*out = EXPORT_MEASURES;
	else
		return false;
	return true;
}

static bool tables_load(struct store *st, struct history *t, GError **err)
{
	bool all[TABLE_COUNT];

	for (int i = 0; i < TABLE_COUNT; i++)
		all[i] = true;
	return store_entries_load(st, all, false, 0, t, err);
}

/* The self-care plan's ticks (store/selfcare_done.h): a record of the items
 * done, as `selfcare_done` of the JSON export and rows "selfcare-done" of
 * the CSV (doc/contract.md).  An import leaves them out, as it leaves any
 * table it does not know. */
static bool ticks_load(struct store *st, struct selfcare_tick **t, size_t *n, GError **err)
{
	return store_selfcare_done_list(st, INT32_MIN / 2, INT32_MAX / 2, t, n, err);
}

static void add_ticks(struct json_writer *w, const struct selfcare_tick *t, size_t n)
{
	char buf[DATETIME_BUF];

	json_writer_key(w, "selfcare_done");
	json_writer_begin_array(w);
	for (size_t i = 0; i < n; i++) {
		json_writer_begin_object(w);
		json_writer_key(w, "id");
		json_writer_int(w, t[i].id);
		json_writer_key(w, "day");
		json_writer_string(w, day_format(t[i].day, buf));
		json_writer_key(w, "item");
		json_writer_string(w, t[i].item);
		json_writer_key(w, "action");
		json_writer_string(w, t[i].action);
		json_writer_key(w, "region");
		if (t[i].region)
			json_writer_string(w, t[i].region);
		else
			json_writer_null(w);
		json_writer_key(w, "side");
		if (t[i].side)
			json_writer_string(w, t[i].side);
		else
			json_writer_null(w);
		json_writer_key(w, "at");
		json_writer_string(w, wtime_format(t[i].at, buf));
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
}

/* --- JSON: the same objects as knead list --json --------------------- */

/* One array of the export, named after its table: the entries as knead
 * list --json writes them. */
static void add_array(struct json_writer *w, enum store_table t, const void *items, size_t n,
		      size_t size)
{
	json_writer_key(w, store_table_id(t));
	json_writer_begin_array(w);
	for (size_t i = 0; i < n; i++)
		store_entry_json(w, t, (const char *)items + i * size, false);
	json_writer_end_array(w);
}

static char *export_json(const struct history *t, const struct selfcare_tick *ticks,
			 size_t n_ticks, size_t *len)
{
	struct json_writer *w = json_writer_new();

	json_writer_begin_object(w);
	json_writer_key(w, "format");
	json_writer_string(w, EXPORT_FORMAT_ID);
	json_writer_key(w, "version");
	json_writer_int(w, EXPORT_VERSION);
	add_array(w, TABLE_RUNS, t->runs, t->n_runs, sizeof(*t->runs));
	add_array(w, TABLE_SORENESS, t->soreness, t->n_soreness, sizeof(*t->soreness));
	add_array(w, TABLE_MASSAGES, t->massages, t->n_massages, sizeof(*t->massages));
	add_array(w, TABLE_RACES, t->races, t->n_races, sizeof(*t->races));
	add_array(w, TABLE_ASSESSMENTS, t->assessments, t->n_assessments, sizeof(*t->assessments));
	add_ticks(w, ticks, n_ticks);
	json_writer_end_object(w);
	return json_writer_finish(w, len);
}

/* The same document, streamed: one table at a time through a cursor,
 * handed to `sink` in chunks, so that memory stays flat at millions of
 * runs (and an export of any database knead holds can be read back:
 * import_json streams too). */
#define STREAM_CHUNK (64 * 1024)

static bool drain(struct json_writer *w, export_sink sink, void *data, bool all, GError **err)
{
	size_t len;
	const char *text = json_writer_pending(w, &len);
	bool ok = true;

	if (len >= STREAM_CHUNK || (all && len > 0)) {
		ok = sink(text, len, data, err);
		json_writer_consumed(w);
	}
	return ok;
}

static bool stream_table(struct store *st, struct json_writer *w, enum store_table t,
			 export_sink sink, void *data, GError **err)
{
	struct store_cursor *c = store_cursor_open(st, t, false, 0, err);
	const void *row;
	GError *e = NULL;
	bool ok = c != NULL;

	json_writer_key(w, store_table_id(t));
	json_writer_begin_array(w);
	while (ok && (row = store_cursor_next(c, &e))) {
		store_entry_json(w, t, row, false);
		ok = drain(w, sink, data, false, err);
	}
	if (e) {
		g_propagate_error(err, e);
		ok = false;
	}
	json_writer_end_array(w);
	store_cursor_close(c);
	return ok;
}

bool export_json_stream(struct store *st, export_sink sink, void *data, GError **err)
{
	struct json_writer *w = json_writer_new();
	bool ok = true;
	size_t len;
	char *rest;

	store_read_begin(st);
	json_writer_begin_object(w);
	json_writer_key(w, "format");
	json_writer_string(w, EXPORT_FORMAT_ID);
	json_writer_key(w, "version");
	json_writer_int(w, EXPORT_VERSION);
	for (int t = 0; ok && t < TABLE_COUNT; t++)
		ok = stream_table(st, w, (enum store_table)t, sink, data, err);
	if (ok) {
		struct selfcare_tick *ticks = NULL;
		size_t n = 0;

		ok = ticks_load(st, &ticks, &n, err);
		if (ok)
			add_ticks(w, ticks, n);
		selfcare_ticks_free(ticks, n);
	}
	store_read_end(st);
	if (!ok) {
		g_free(json_writer_finish(w, NULL));
		return false;
	}
	json_writer_end_object(w);
	ok = drain(w, sink, data, true, err);
	rest = json_writer_finish(w, &len);
	ok = ok && sink(rest, len, data, err);
	g_free(rest);
	return ok;
}

/* --- CSV ---------------------------------------------------------------- */

enum csv_col {
	C_RECORD, C_ID, C_WHEN, C_KIND, C_DISTANCE, C_DURATION, C_RPE, C_AVG_HR,
	C_ELEVATION, C_SOURCE, C_SOURCE_ID, C_REGION, C_SIDE, C_LEVEL, C_REGIONS,
	C_THERAPIST, C_NAME, C_PRIORITY, C_NOTE, C_CLEARED, C_COUNT
};

static const char *const csv_header[C_COUNT] = {
	"record", "id", "when", "kind", "distance_m", "duration_s", "rpe", "avg_hr",
	"elevation_m", "source", "source_id", "region", "side", "level", "regions",
	"therapist", "name", "priority", "note", "cleared",
};

static void csv_field(GString *out, const char *v)
{
	size_t n = v ? strlen(v) : 0;
	bool quote = n > 0 && (strpbrk(v, ",\"\r\n") || g_ascii_isspace(v[0]) ||
			       g_ascii_isspace(v[n - 1]));

	if (!quote) {
		g_string_append(out, v ? v : "");
		return;
	}
	g_string_append_c(out, '"');
	for (const char *p = v; *p; p++) {
		if (*p == '"')
			g_string_append_c(out, '"');
		g_string_append_c(out, *p);
	}
	g_string_append_c(out, '"');
}

static void csv_line(GString *out, char *const cols[C_COUNT])
{
	for (int i = 0; i < C_COUNT; i++) {
		if (i)
			g_string_append_c(out, ',');
		csv_field(out, cols[i]);
	}
	g_string_append_c(out, '\n');
}

/* A number without trailing zeros: 10000, 6639.4, 3601.84. */
static char *number(double v, int decimals)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	char fmt[8];
	char *p;

	g_snprintf(fmt, sizeof(fmt), "%%.%df", decimals);
	g_ascii_formatd(buf, sizeof(buf), fmt, v);
	if (strchr(buf, '.')) {
		p = buf + strlen(buf) - 1;
		while (*p == '0')
			*p-- = '\0';
		if (*p == '.')
			*p = '\0';
	}
	return g_strdup(buf);
}

static char *int_or_empty(int v)
{
	return v > 0 ? g_strdup_printf("%d", v) : NULL;
}

static void cols_free(char *cols[C_COUNT])
{
	for (int i = 0; i < C_COUNT; i++) {
		g_free(cols[i]);
		cols[i] = NULL;
	}
}

static char *region_text(enum region r, enum side s)
{
	const char *side = side_id(s);
	return side ? g_strdup_printf("%s:%s", region_id(r), side) : g_strdup(region_id(r));
}

/* Free text (notes, names, ids from other services) goes through
 * spreadsheet_text: a note such as =HYPERLINK(...) stays text. */
static char *export_csv(const struct history *t, const struct selfcare_tick *ticks,
			size_t n_ticks, size_t *len)
{
	GString *out = g_string_new(NULL);
	char *cols[C_COUNT] = { 0 };
	char buf[DATETIME_BUF];

	csv_line(out, (char *const *)csv_header);
	for (size_t i = 0; i < t->n_runs; i++) {
		const struct run *r = &t->runs[i];
		cols[C_RECORD] = g_strdup("run");
		cols[C_ID] = g_strdup_printf("%" G_GINT64_FORMAT, (gint64)r->id);
		cols[C_WHEN] = g_strdup(wtime_format(r->start, buf));
		cols[C_KIND] = g_strdup(run_kind_id(r->kind));
		cols[C_DISTANCE] = number(r->distance_m, 2);
		cols[C_DURATION] = number(r->duration_s, 3);
		cols[C_RPE] = int_or_empty(r->rpe);
		cols[C_AVG_HR] = int_or_empty(r->avg_hr);
		cols[C_ELEVATION] = r->elevation_m >= 0 ? number(r->elevation_m, 1) : NULL;
		cols[C_SOURCE] = g_strdup(run_source_id(r->source));
		cols[C_SOURCE_ID] = spreadsheet_text(r->source_id);
		cols[C_NOTE] = spreadsheet_text(r->note);
		csv_line(out, cols);
		cols_free(cols);
	}
	for (size_t i = 0; i < t->n_soreness; i++) {
		const struct soreness *s = &t->soreness[i];
		cols[C_RECORD] = g_strdup("soreness");
		cols[C_ID] = g_strdup_printf("%" G_GINT64_FORMAT, (gint64)s->id);
		cols[C_WHEN] = g_strdup(wtime_format(s->time, buf));
		cols[C_REGION] = g_strdup(region_id(s->region));
		cols[C_SIDE] = g_strdup(side_id(s->side));
		cols[C_LEVEL] = g_strdup_printf("%d", s->level);
		cols[C_NOTE] = spreadsheet_text(s->note);
		csv_line(out, cols);
		cols_free(cols);
	}
	for (size_t i = 0; i < t->n_massages; i++) {
		const struct massage *m = &t->massages[i];
		GString *regions = g_string_new(NULL);
		for (size_t j = 0; j < m->n_regions; j++) {
			char *one = region_text(m->regions[j].region, m->regions[j].side);
			if (j)
				g_string_append_c(regions, ';');
			g_string_append(regions, one);
			g_free(one);
		}
		cols[C_RECORD] = g_strdup("massage");
		cols[C_ID] = g_strdup_printf("%" G_GINT64_FORMAT, (gint64)m->id);
		cols[C_WHEN] = g_strdup(day_format(m->date, buf));
		cols[C_KIND] = g_strdup(massage_kind_id(m->kind));
		cols[C_REGIONS] = g_string_free(regions, FALSE);
		cols[C_THERAPIST] = spreadsheet_text(m->therapist);
		cols[C_NOTE] = spreadsheet_text(m->note);
		csv_line(out, cols);
		cols_free(cols);
	}
	for (size_t i = 0; i < t->n_races; i++) {
		const struct race *r = &t->races[i];
		cols[C_RECORD] = g_strdup("race");
		cols[C_ID] = g_strdup_printf("%" G_GINT64_FORMAT, (gint64)r->id);
		cols[C_WHEN] = g_strdup(day_format(r->date, buf));
		cols[C_DISTANCE] = number(r->distance_m, 2);
		cols[C_NAME] = spreadsheet_text(r->name);
		cols[C_PRIORITY] = g_strdup_printf("%c", r->priority);
		csv_line(out, cols);
		cols_free(cols);
	}
	for (size_t i = 0; i < t->n_assessments; i++) {
		const struct assessment *a = &t->assessments[i];
		cols[C_RECORD] = g_strdup("assessment");
		cols[C_ID] = g_strdup_printf("%" G_GINT64_FORMAT, (gint64)a->id);
		cols[C_WHEN] = g_strdup(wtime_format(a->time, buf));
		cols[C_REGION] = g_strdup(region_id(a->region));
		cols[C_SIDE] = g_strdup(side_id(a->side));
		cols[C_CLEARED] = g_strdup(a->cleared ? "1" : "0");
		csv_line(out, cols);
		cols_free(cols);
	}
	/* A tick: the day of the plan, the action as its kind, the item's id
	 * as its name. */
	for (size_t i = 0; i < n_ticks; i++) {
		const struct selfcare_tick *k = &ticks[i];
		cols[C_RECORD] = g_strdup("selfcare-done");
		cols[C_ID] = g_strdup_printf("%" G_GINT64_FORMAT, (gint64)k->id);
		cols[C_WHEN] = g_strdup(day_format(k->day, buf));
		cols[C_KIND] = g_strdup(k->action);
		cols[C_REGION] = g_strdup(k->region);
		cols[C_SIDE] = g_strdup(k->side);
		cols[C_NAME] = spreadsheet_text(k->item);
		csv_line(out, cols);
		cols_free(cols);
	}
	*len = out->len;
	return g_string_free(out, FALSE);
}

/* The measures CSV (export.h): the soreness log, one column per region and
 * side it holds, one line per time soreness was logged. */
#define MEASURE_COLUMNS (REGION_COUNT * 3)

static int measure_column(enum region r, enum side side)
{
	return (int)r * 3 + (int)side;
}

static char *export_measures(const struct history *t, size_t *len)
{
	GString *out = g_string_new("date");
	bool used[MEASURE_COLUMNS] = { false };
	int level[MEASURE_COLUMNS];
	char buf[DATETIME_BUF];

	for (size_t i = 0; i < t->n_soreness; i++)
		used[measure_column(t->soreness[i].region, t->soreness[i].side)] = true;
	/* In the regions' order, no side first, then left and right. */
	for (int c = 0; c < MEASURE_COLUMNS; c++) {
		const char *side = side_id((enum side)(c % 3));

		if (!used[c])
			continue;
		g_string_append_printf(out, ",%s%s%s", region_id((enum region)(c / 3)),
				       side ? "_" : "", side ? side : "");
	}
	g_string_append_c(out, '\n');
	for (size_t i = 0; i < t->n_soreness;) {
		wtime when = t->soreness[i].time;

		for (int c = 0; c < MEASURE_COLUMNS; c++)
			level[c] = -1;
		for (; i < t->n_soreness && t->soreness[i].time == when; i++)
			level[measure_column(t->soreness[i].region, t->soreness[i].side)] =
				t->soreness[i].level;
		g_string_append(out, wtime_format(when, buf));
		for (int c = 0; c < MEASURE_COLUMNS; c++) {
			if (!used[c])
				continue;
			g_string_append_c(out, ',');
			if (level[c] >= 0)
				g_string_append_printf(out, "%d", level[c]);
		}
		g_string_append_c(out, '\n');
	}
	*len = out->len;
	return g_string_free(out, FALSE);
}

bool export_all(struct store *st, enum export_format format, char **out, size_t *len,
		GError **err)
{
	struct history t;
	struct selfcare_tick *ticks = NULL;
	size_t n_ticks = 0;

	if (!tables_load(st, &t, err))
		return false;
	if (!ticks_load(st, &ticks, &n_ticks, err)) {
		history_clear(&t);
		return false;
	}
	*out = format == EXPORT_JSON	   ? export_json(&t, ticks, n_ticks, len)
	       : format == EXPORT_MEASURES ? export_measures(&t, len)
					   : export_csv(&t, ticks, n_ticks, len);
	selfcare_ticks_free(ticks, n_ticks);
	history_clear(&t);
	return true;
}

/* --- iCalendar -------------------------------------------------------- */

/* The alarm rings at 09:00 the day before an all-day event (which starts
 * at 00:00): 15 hours before. */
#define ALARM_BEFORE_S (15 * 3600)

static struct icaltimetype ical_day(dayno d)
{
	struct icaltimetype t = icaltime_null_date();
	int y, m, da;

	wtime_split(day_start(d), &y, &m, &da, NULL, NULL, NULL);
	t.year = y;
	t.month = m;
	t.day = da;
	t.is_date = 1;
	return t;
}

static icalcomponent *all_day_event(const char *uid, dayno from, dayno to,
				    const char *summary, const char *description,
				    struct icaltimetype stamp)
{
	icalcomponent *ev = icalcomponent_new_vevent();
	/* A race's name comes from the runner or a file: a calendar shown in
	 * a terminal (cat, a mail client) gets no escape sequence. */
	g_autofree char *clean_summary = sanitize_text(summary);
	g_autofree char *clean_description = description ? sanitize_lines(description) : NULL;

	summary = clean_summary;
	description = clean_description;
	icalcomponent_add_property(ev, icalproperty_new_uid(uid));
	icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
	icalcomponent_add_property(ev, icalproperty_new_dtstart(ical_day(from)));
	/* DTEND of an all-day event is the day after the last one. */
	icalcomponent_add_property(ev, icalproperty_new_dtend(ical_day(to + 1)));
	icalcomponent_add_property(ev, icalproperty_new_summary(summary));
	if (description)
		icalcomponent_add_property(ev, icalproperty_new_description(description));
	/* An all-day reminder should not show the runner as busy. */
	icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	return ev;
}

/* An event's UID: unique per event (RFC 5545) and the same at every export,
 * so that a calendar updates the event instead of adding a copy.  It is a
 * digest of what makes the event itself: the next massage belongs to the
 * cycle that started with the last massage logged (a new massage starts a
 * new event), a no-deep-tissue window to its race's date and name.  A
 * digest, so that names do not show in UIDs and every UID has one shape. */
static char *event_uid(const char *what, const char *identity)
{
	char *digest = g_compute_checksum_for_string(G_CHECKSUM_SHA256, identity, -1);
	char *uid = g_strdup_printf("%s-%.24s@knead", what, digest);

	g_free(digest);
	return uid;
}

static char *next_massage_uid(const struct advice *a)
{
	char day[DATE_BUF];
	char *identity = g_strdup_printf("next-massage|%s",
					 a->has_last_massage ? day_format(a->last_massage, day)
							     : "never");
	char *uid = event_uid("next-massage", identity);

	g_free(identity);
	return uid;
}

static char *window_uid(const struct advice_window *w)
{
	char day[DATE_BUF];
	char *identity = g_strdup_printf("no-deep-tissue|%s|%s", day_format(w->race_date, day),
					 w->race ? w->race : "");
	char *uid = event_uid("no-deep-tissue", identity);

	g_free(identity);
	return uid;
}

static char *focus_text(const struct advice *a)
{
	GString *s = g_string_new(NULL);

	for (size_t i = 0; i < a->n_focus; i++) {
		char *name = region_side_name(a->focus[i].region, a->focus[i].side);
		if (i)
			g_string_append(s, ", ");
		g_string_append(s, name);
		g_free(name);
	}
	return g_string_free(s, FALSE);
}

char *export_ics_from_advice(const struct advice *a, wtime now)
{
	icalcomponent *cal = icalcomponent_new_vcalendar();
	struct icaltimetype stamp = icaltime_from_timet_with_zone(
		(time_t)wtime_to_utc(now), 0, icaltimezone_get_utc_timezone());
	icalcomponent *ev, *alarm;
	struct icaltriggertype trigger;
	GString *desc = g_string_new(NULL);
	char *summary, *focus, *text, *out, *uid;

	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_prodid("-//knead//knead " PACKAGE_VERSION "//EN"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));

	/* TRANSLATORS: calendar event title; %s is a massage kind. */
	{
		char *kind = advice_plan_kind_text(a);

		summary = g_strdup_printf(_("Massage: %s"), kind);
		g_free(kind);
	}
	focus = focus_text(a);
	if (*focus)
		g_string_append_printf(desc, _("Focus: %s."), focus);
	for (char **r = a->reasons; r && *r; r++) {
		if (desc->len)
			g_string_append_c(desc, '\n');
		g_string_append(desc, *r);
	}
	uid = next_massage_uid(a);
	ev = all_day_event(uid, a->date, a->date, summary, desc->len ? desc->str : NULL, stamp);
	g_free(uid);
	alarm = icalcomponent_new_valarm();
	icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
	trigger.time = icaltime_null_time();
	trigger.duration = icaldurationtype_from_int(-ALARM_BEFORE_S);
	icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
	/* TRANSLATORS: the calendar alarm the day before; %s is the event title. */
	text = g_strdup_printf(_("Tomorrow: %s"), summary);
	icalcomponent_add_property(alarm, icalproperty_new_description(text));
	g_free(text);
	icalcomponent_add_component(ev, alarm);
	icalcomponent_add_component(cal, ev);
	g_free(summary);
	g_free(focus);
	g_string_free(desc, TRUE);

	for (size_t i = 0; i < a->n_windows; i++) {
		const struct advice_window *w = &a->windows[i];
		const char *race = w->race ? w->race : "";
		/* TRANSLATORS: calendar event title; %s is a race's name. */
		char *title = g_strdup_printf(_("No deep-tissue massage (%s)"), race);
		char *why = g_strdup_printf(_("Around %s: a light flush or a relaxation massage at most, no deep tissue, myofascial or trigger point work."),
					    race);
		uid = window_uid(w);
		ev = all_day_event(uid, w->from, w->to, title, why, stamp);
		icalcomponent_add_component(cal, ev);
		g_free(uid);
		g_free(title);
		g_free(why);
	}

	text = icalcomponent_as_ical_string_r(cal);
	out = g_strdup(text);
	icalmemory_free_buffer(text);
	icalcomponent_free(cal);
	return out;
}

bool export_ics(struct store *st, wtime now, char **out, size_t *len, GError **err)
{
	struct history h = { 0 };
	struct advice a = { 0 };

	/* No runner settings here: the plan as the history alone gives it. */
	if (!advice_load(st, NULL, now, &h, &a, err))
		return false;
	*out = export_ics_from_advice(&a, now);
	*len = strlen(*out);
	advice_clear(&a);
	history_clear(&h);
	return true;
}
