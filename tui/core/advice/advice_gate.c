/* SPDX-License-Identifier: GPL-3.0-or-later */
/* advice_gate.c - the one safety gate every proposal passes (the rules in
 * advice.h, "The gate"): the next session, the follow-up it mentions and
 * the booking it shows. */
#include <string.h>
#include <glib.h>
#include "core/advice/advice.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "core/regions.h"

bool advice_kind_is_deep(enum massage_kind k)
{
	return k == MASSAGE_DEEP_TISSUE || k == MASSAGE_MYOFASCIAL || k == MASSAGE_TRIGGER_POINT;
}

static const struct {
	const char *id;
	const char *name; /* N_() */
} gate_rules[] = {
	{ ADVICE_GATE_RACE_WINDOW, N_("no deep work around a race") },
	{ ADVICE_GATE_FIRST_DEEP, N_("no first deep work before a race") },
	{ ADVICE_GATE_FLAGGED, N_("no deep work near a flag") },
	{ ADVICE_GATE_RACE_LIGHT, N_("light pressure before a race") },
	{ ADVICE_GATE_BOOKING, N_("booked session made safe") },
	{ ADVICE_GATE_NOT_RESPONDING, N_("not responding to massage") },
};

const char *advice_gate_rule_name(const char *id)
{
	for (size_t i = 0; i < G_N_ELEMENTS(gate_rules); i++)
		if (strcmp(gate_rules[i].id, id) == 0)
			return _(gate_rules[i].name);
	return NULL;
}

/* The first A or B race at most `before` days after d and at most `after`
 * days before it, or NULL. */
static const struct race *key_race_near(const struct history *h, dayno d, int before, int after)
{
	const struct race *found = NULL;

	for (size_t i = 0; i < h->n_races; i++) {
		const struct race *r = &h->races[i];

		if (!race_is_key(r) || d < r->date - before || d > r->date + after)
			continue;
		if (!found || r->date < found->date)
			found = r;
	}
	return found;
}

bool advice_race_window(const struct race *r, dayno *from, dayno *to)
{
	if (!race_is_key(r))
		return false;
	*from = r->date - ADVICE_WINDOW_BEFORE_DAYS;
	*to = r->date + ADVICE_WINDOW_DAYS;
	return true;
}

const struct race *advice_race_window_at(const struct history *h, dayno d)
{
	const struct race *found = NULL;
	dayno from, to;

	for (size_t i = 0; i < h->n_races; i++) {
		const struct race *r = &h->races[i];

		if (!advice_race_window(r, &from, &to) || d < from || d > to)
			continue;
		if (!found || r->date < found->date)
			found = r;
	}
	return found;
}

/* Whether a region is flagged, a neighbour of a flag, or at 7 or more. */
static bool region_off_limits(const struct advice *a, enum region r, enum side s)
{
	for (size_t i = 0; i < a->n_see_professional; i++)
		if (advice_regions_neighbours(a->see_professional[i].region,
					      a->see_professional[i].side, r, s))
			return true;
	return false;
}

static bool regions_forbid_deep(const struct advice *a, const struct region_side *rs, size_t n,
				bool whole_body_if_none)
{
	for (size_t i = 0; i < n; i++)
		if (region_off_limits(a, rs[i].region, rs[i].side))
			return true;
	/* A booking that names no region may touch any: a flag forbids it. */
	return whole_body_if_none && n == 0 && a->n_see_professional > 0;
}

struct verdict {
	enum massage_kind kind;
	bool light;	    /* a sports massage at light pressure */
	const char *rule;   /* the first rule that changed it, or NULL */
	const struct race *race;
};

/* The safe kind of a session of kind k on day d touching regions rs. */
static struct verdict judge(const struct history *h, const struct advice *a, dayno d,
			    enum massage_kind k, bool light, const struct region_side *rs, size_t n,
			    bool whole_body_if_none, int top_level)
{
	struct verdict v = { .kind = k, .light = light };
	const struct race *r;

	if (advice_kind_is_deep(v.kind) &&
	    (regions_forbid_deep(a, rs, n, whole_body_if_none) || top_level >= ADVICE_LEVEL_SEVERE)) {
		v.kind = MASSAGE_SPORTS;
		v.rule = ADVICE_GATE_FLAGGED;
	}
	if ((r = advice_race_window_at(h, d)) &&
	    advice_kind_is_deep(v.kind)) {
		v.kind = MASSAGE_FLUSH;
		v.rule = v.rule ? v.rule : ADVICE_GATE_RACE_WINDOW;
		v.race = r;
	}
	if ((r = key_race_near(h, d, ADVICE_DEEP_LEAD_IN_DAYS, ADVICE_WINDOW_DAYS)) &&
	    advice_kind_is_deep(v.kind) && !history_had_massage(h, a->today, v.kind)) {
		v.kind = MASSAGE_SPORTS;
		v.rule = v.rule ? v.rule : ADVICE_GATE_FIRST_DEEP;
		v.race = r;
	}
	if ((r = key_race_near(h, d, ADVICE_LIGHT_BEFORE_DAYS, ADVICE_WINDOW_DAYS)) &&
	    v.kind == MASSAGE_SPORTS && !v.light) {
		v.light = true;
		v.rule = v.rule ? v.rule : ADVICE_GATE_RACE_LIGHT;
		v.race = r;
	}
	return v;
}

static void add_rule(struct advice *a, const char *id)
{
	for (size_t i = 0; i < a->n_rules; i++)
		if (strcmp(a->rules[i], id) == 0)
			return;
	if (a->n_rules < ADVICE_MAX_RULES)
		a->rules[a->n_rules++] = id;
}

static void add_reason(GPtrArray *reasons, char *sentence)
{
	g_ptr_array_add(reasons, sentence);
}

static int focus_top_level(const struct advice *a)
{
	int top = 0;

	for (size_t i = 0; i < a->n_focus; i++)
		top = MAX(top, a->focus[i].level);
	return top;
}

static struct region_side *focus_regions(const struct advice *a)
{
	struct region_side *rs = g_new0(struct region_side, a->n_focus + 1);

	for (size_t i = 0; i < a->n_focus; i++)
		rs[i] = (struct region_side){ a->focus[i].region, a->focus[i].side };
	return rs;
}

/* The focus never names a region of a flagged segment. */
static void gate_focus(struct advice *a)
{
	size_t kept = 0;

	for (size_t i = 0; i < a->n_focus; i++)
		if (!region_off_limits(a, a->focus[i].region, a->focus[i].side))
			a->focus[kept++] = a->focus[i];
	if (kept != a->n_focus)
		add_rule(a, ADVICE_GATE_FLAGGED);
	a->n_focus = kept;
}

static void gate_session(const struct history *h, struct advice *a, GPtrArray *reasons)
{
	char buf[DATE_BUF];
	struct region_side *rs = focus_regions(a);
	struct verdict v = judge(h, a, a->date, a->kind, a->light_pressure, rs, a->n_focus, false,
				 focus_top_level(a));

	g_free(rs);
	if (v.kind != a->kind) {
		add_reason(reasons,
			   g_strdup_printf(_("A %s on %s would break a safety rule (%s): a %s instead."),
					   massage_kind_name(a->kind), day_format(a->date, buf),
					   advice_gate_rule_name(v.rule), massage_kind_name(v.kind)));
		a->kind = v.kind;
	}
	if (v.light && !a->light_pressure && v.race)
		add_reason(reasons,
			   g_strdup_printf(_("%s is close to %s: ask for light pressure, and tell the therapist the race date (%s)."),
					   day_format(a->date, buf), v.race->name,
					   day_format(v.race->date, (char[DATE_BUF]){ 0 })));
	a->light_pressure = v.light;
	if (v.rule && !a->booking_replaces)
		add_rule(a, v.rule);
}

/* A follow-up that would break a rule on any day of its range is dropped,
 * with the reason. */
static void gate_follow_up(const struct history *h, struct advice *a, GPtrArray *reasons)
{
	struct region_side rs;
	struct verdict v = { 0 };
	char *name;

	if (!a->has_follow_up)
		return;
	rs = (struct region_side){ a->follow_region, a->follow_side };
	for (int d = a->follow_from; d <= a->follow_to && !v.rule; d++)
		v = judge(h, a, a->date + d, a->follow_kind, false, &rs, 1, false,
			  focus_top_level(a));
	name = region_side_name(a->follow_region, a->follow_side);
	if (v.rule && v.kind != a->follow_kind) {
		add_rule(a, v.rule);
		add_reason(reasons,
			   v.race ? g_strdup_printf(_("The %s the %s calls for waits until after %s."),
						    massage_kind_name(a->follow_kind), name, v.race->name)
				  : g_strdup_printf(_("No %s for the %s for now: it is too close to a region to have looked at, or too sore."),
						    massage_kind_name(a->follow_kind), name));
		a->has_follow_up = false;
	} else {
		add_reason(reasons,
			   g_strdup_printf(_("The %s the %s calls for can follow in %d to %d days, once the legs have recovered."),
					   massage_kind_name(a->follow_kind), name, a->follow_from,
					   a->follow_to));
	}
	g_free(name);
}

static void gate_booking(const struct history *h, struct advice *a, GPtrArray *reasons)
{
	char buf[DATE_BUF];
	struct verdict v;

	if (!a->has_booking)
		return;
	v = judge(h, a, a->booked_date, a->booked_kind, false, a->booked_regions,
		  a->n_booked_regions, false, a->booking_replaces ? focus_top_level(a) : 0);
	a->booked_safe_kind = v.kind;
	a->booked_light = v.light;
	if (v.kind == a->booked_kind) {
		if (a->booking_replaces) {
			a->kind = v.kind;
			a->light_pressure = v.light;
		}
		return;
	}
	add_rule(a, ADVICE_GATE_BOOKING);
	add_rule(a, v.rule);
	if (a->booking_replaces) {
		a->kind = v.kind;
		a->light_pressure = v.light;
	}
	char *warning = g_strdup_printf(_("The %s booked on %s breaks a safety rule (%s): ask for a %s instead, or move it."),
					massage_kind_name(a->booked_kind),
					day_format(a->booked_date, buf), advice_gate_rule_name(v.rule),
					massage_kind_name(v.kind));

	if (a->booking_warning) {
		char *both = g_strdup_printf("%s %s", warning, a->booking_warning);

		g_free(warning);
		g_free(a->booking_warning);
		warning = both;
	}
	a->booking_warning = warning;
	add_reason(reasons, g_strdup(warning));
}

void advice_gate(const struct history *h, struct advice *a)
{
	GPtrArray *reasons = g_ptr_array_new();

	for (char **r = a->reasons; r && *r; r++)
		g_ptr_array_add(reasons, *r);
	g_free(a->reasons);
	for (size_t i = 0; i < a->n_see_professional; i++)
		if (a->see_professional[i].why == SORE_FLAG_NOT_RESPONDING)
			add_rule(a, ADVICE_GATE_NOT_RESPONDING);
	gate_focus(a);
	if (!a->booking_replaces)
		gate_session(h, a, reasons);
	gate_booking(h, a, reasons);
	gate_follow_up(h, a, reasons);
	g_ptr_array_add(reasons, NULL);
	a->reasons = (char **)g_ptr_array_free(reasons, FALSE);
}

char *advice_kind_text(enum massage_kind kind, bool light)
{
	if (light && kind == MASSAGE_SPORTS)
		/* TRANSLATORS: a sports massage offered close to a race. */
		return g_strdup(_("sports massage, light pressure (tell the therapist the race date)"));
	return g_strdup(massage_kind_name(kind));
}

char *advice_plan_kind_text(const struct advice *a)
{
	char *safe = advice_kind_text(a->kind, a->light_pressure);
	char *out;

	if (!a->booking_replaces || a->booked_safe_kind == a->booked_kind)
		return safe;
	/* TRANSLATORS: "light flush (booked as deep tissue: change it or move it)". */
	out = g_strdup_printf(_("%s (booked as %s: change it or move it)"), safe,
			      massage_kind_name(a->booked_kind));
	g_free(safe);
	return out;
}

char *advice_booked_kind_text(const struct advice *a)
{
	char *safe, *out;

	if (!a->has_booking)
		return NULL;
	safe = advice_kind_text(a->booked_safe_kind, a->booked_light);
	if (a->booked_safe_kind == a->booked_kind)
		return safe;
	out = g_strdup_printf(_("%s (booked as %s: change it or move it)"), safe,
			      massage_kind_name(a->booked_kind));
	g_free(safe);
	return out;
}
