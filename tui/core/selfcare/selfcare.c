/* SPDX-License-Identifier: GPL-3.0-or-later */
/* selfcare.c - the self-care plan's rules (see selfcare.h), each one
 * function, applied in the order of the table at the end. */
#include <config.h>

#include <glib.h>
#include <string.h>
#include "core/i18n.h"
#include "core/regions.h"
#include "core/selfcare/selfcare.h"

static const char *const action_ids[SELFCARE_ACTION_COUNT] = {
	"roll", "compress", "move", "cold-water", "rest", "sleep",
};
static const char *const action_names[SELFCARE_ACTION_COUNT] = {
	N_("Roll"), N_("Compress"), N_("Easy movement"), N_("Cold water"), N_("Rest"), N_("Sleep"),
};
static const char *const when_ids[SELFCARE_WHEN_COUNT] = {
	"tonight",
	"tomorrow-morning",
	"until-assessed",
};
static const char *const when_names[SELFCARE_WHEN_COUNT] = {
	N_("tonight"),
	N_("tomorrow morning"),
	N_("until assessed"),
};
static const char *const evidence_ids[SELFCARE_EV_COUNT] = {
	"strong", "well-supported", "moderate", "practice", "safety",
};
static const char *const evidence_names[SELFCARE_EV_COUNT] = {
	N_("strong evidence"),	 N_("well supported"),
	N_("moderate evidence"), N_("practice, little trial evidence"),
	N_("a safety rule"),
};

const char *selfcare_action_id(enum selfcare_action a)
{
	return a < SELFCARE_ACTION_COUNT ? action_ids[a] : NULL;
}

const char *selfcare_action_name(enum selfcare_action a)
{
	return a < SELFCARE_ACTION_COUNT ? _(action_names[a]) : NULL;
}

const char *selfcare_when_id(enum selfcare_when w)
{
	return w < SELFCARE_WHEN_COUNT ? when_ids[w] : NULL;
}

const char *selfcare_when_name(enum selfcare_when w)
{
	return w < SELFCARE_WHEN_COUNT ? _(when_names[w]) : NULL;
}

const char *selfcare_evidence_id(enum selfcare_evidence e)
{
	return e < SELFCARE_EV_COUNT ? evidence_ids[e] : NULL;
}

const char *selfcare_evidence_name(enum selfcare_evidence e)
{
	return e < SELFCARE_EV_COUNT ? _(evidence_names[e]) : NULL;
}

/* Which regions are rolled.  facts.md: light to moderate pressure on a
 * muscle, never on a bone, a tendon (Achilles), the front of the shin, a
 * joint or a flagged region.  Region by region:
 *
 * calf, soleus, quad, hamstring, glute, piriformis: muscles; rolled, with
 *     what to keep off (the Achilles, the back of the knee, the kneecap,
 *     the hip bones).
 * upper back: the muscles either side of the spine are muscle; never the
 *     spine itself or the neck.
 * achilles: a tendon.
 * shin: the region runners mean is the front of the shin, which is bone.
 * foot: the sole is bone and the plantar fascia, a tendon-like band pulling
 *     on the heel bone; facts.md grades no rolling for it, so we offer none.
 * knee: a joint.
 * it-band: not a muscle but a tendon-like band of fascia that ends on bone
 *     at the knee; the evidence for rolling is about muscle.
 * hip flexor: the front of the hip lies over the hip joint.
 * lower back: the lumbar spine, bone and joints.
 */
struct region_care {
	bool rollable;
	const char *keep_off; /* rollable: what to keep the roller off */
	const char *why_not;  /* not rollable: why */
	const char *article;  /* the region's article */
};

static const struct region_care region_care[REGION_COUNT] = {
	[REGION_CALF] = { true, N_("not on the Achilles or behind the knee"), NULL,
			  "calves-achilles" },
	[REGION_SOLEUS] = { true, N_("not on the Achilles"), NULL, "calves-achilles" },
	[REGION_ACHILLES] = { false, NULL, N_("a tendon is not for rolling"), "calves-achilles" },
	[REGION_SHIN] = { false, NULL, N_("the front of the shin is bone"), "sore-or-injured" },
	[REGION_FOOT] = { false, NULL,
			  N_("the sole is bone and the plantar fascia, a band pulling on the heel"),
			  "plantar-fascia" },
	[REGION_KNEE] = { false, NULL, N_("a joint is not for rolling"), "knees-thighs" },
	[REGION_QUAD] = { true, N_("not on the kneecap"), NULL, "knees-thighs" },
	[REGION_HAMSTRING] = { true, N_("not behind the knee"), NULL, "knees-thighs" },
	[REGION_IT_BAND] = { false, NULL,
			     N_("the IT band is a tendon-like band that ends on bone at the knee"),
			     "it-band" },
	[REGION_GLUTE] = { true, N_("not on the hip bone or the tailbone"), NULL,
			   "hips-piriformis" },
	[REGION_PIRIFORMIS] = { true, N_("not on the tailbone"), NULL, "hips-piriformis" },
	[REGION_HIP_FLEXOR] = { false, NULL, N_("the front of the hip lies over the joint"),
				"hips-piriformis" },
	[REGION_LOWER_BACK] = { false, NULL, N_("the lower back is the spine: bone and joints"),
				"back-posture" },
	[REGION_UPPER_BACK] = { true,
				N_("on the muscles beside the spine, not on the spine or neck"),
				NULL, "back-posture" },
};

bool selfcare_region_rollable(enum region r)
{
	return r < REGION_COUNT && region_care[r].rollable;
}

/* The regions of the legs and hips, which compression, cold water and
 * easy movement reach. */
static bool lower_body(enum region r)
{
	return r != REGION_UPPER_BACK;
}

static bool lower_leg(enum region r)
{
	return r == REGION_CALF || r == REGION_SOLEUS || r == REGION_ACHILLES || r == REGION_SHIN ||
	       r == REGION_FOOT || r == REGION_KNEE;
}

/* The flag of region R, side S in a per-region, per-side table: a region
 * without sides has it on SIDE_NONE; SIDE_NONE on a sided region asks
 * for either side. */
static bool side_flag(const bool flags[REGION_COUNT][3], enum region r, enum side s)
{
	if (r >= REGION_COUNT)
		return false;
	if (!region_has_side(r))
		return flags[r][SIDE_NONE];
	if (s == SIDE_NONE)
		return flags[r][SIDE_LEFT] || flags[r][SIDE_RIGHT];
	return flags[r][s];
}

bool selfcare_blocked(const struct selfcare_inputs *in, enum region r, enum side s)
{
	return side_flag(in->blocked, r, s);
}

bool selfcare_massaged(const struct selfcare_inputs *in, enum region r, enum side s)
{
	return side_flag(in->massaged, r, s);
}

/* A flag on the legs, hips or lower back: compression, cold water and the
 * easy outing wait.  A flag on the upper back alone blocks its neighbour
 * the lower back for self-treatment, but leaves the legs their care. */
static bool lower_body_blocked(const struct selfcare_inputs *in)
{
	for (size_t i = 0; i < in->n_sore; i++)
		if (in->sore[i].flagged && lower_body(in->sore[i].region))
			return true;
	return false;
}

void selfcare_inputs_clear(struct selfcare_inputs *in)
{
	g_free(in->sore);
	in->sore = NULL;
	in->n_sore = 0;
	g_strfreev(in->done_today);
	in->done_today = NULL;
}

/* ---- building the plan ------------------------------------------------ */

struct ctx {
	const struct selfcare_inputs *in;
	struct selfcare_plan *plan;
	GArray *items;
	GArray *notes;
};

static void mark_rule(struct ctx *c, const char *id)
{
	for (size_t i = 0; i < c->plan->n_rules; i++)
		if (strcmp(c->plan->rules[i], id) == 0)
			return;
	if (c->plan->n_rules < SELFCARE_MAX_RULES)
		c->plan->rules[c->plan->n_rules++] = id;
}

static struct selfcare_item *add_item(struct ctx *c, const char *rule, enum selfcare_action a,
				      const struct selfcare_sore *s, enum selfcare_when when,
				      enum selfcare_evidence ev, const char *source,
				      const char *article)
{
	struct selfcare_item it = { .rule = rule,
				    .action = a,
				    .when = when,
				    .evidence = ev,
				    .source = source,
				    .article = article };

	if (s) {
		it.has_region = true;
		it.region = s->region;
		it.side = s->side;
		it.level = s->level;
		if (side_id(s->side))
			g_snprintf(it.id, sizeof(it.id), "%s-%s-%s", action_ids[a],
				   region_id(s->region), side_id(s->side));
		else
			g_snprintf(it.id, sizeof(it.id), "%s-%s", action_ids[a],
				   region_id(s->region));
	} else {
		g_snprintf(it.id, sizeof(it.id), "%s", action_ids[a]);
	}
	g_array_append_val(c->items, it);
	mark_rule(c, rule);
	return &g_array_index(c->items, struct selfcare_item, c->items->len - 1);
}

static void add_note(struct ctx *c, const char *rule, char *text, enum selfcare_evidence ev,
		     const char *source, const char *article)
{
	struct selfcare_note n = { rule, text, ev, source, article };

	g_array_append_val(c->notes, n);
	mark_rule(c, rule);
}

static bool has_action(const struct ctx *c, enum selfcare_action a)
{
	for (guint i = 0; i < c->items->len; i++)
		if (g_array_index(c->items, struct selfcare_item, i).action == a)
			return true;
	return false;
}

/* The sore regions of `in`, both sides of a region merged when neither
 * is blocked, both or neither were just massaged, and their levels are within one of each other (a
 * shared effort: "both calves"). */
static size_t sore_merged(const struct selfcare_inputs *in, struct selfcare_sore *out)
{
	size_t n = 0;

	for (size_t i = 0; i < in->n_sore; i++) {
		const struct selfcare_sore *s = &in->sore[i];
		bool merged = false;

		for (size_t j = 0; j < n; j++) {
			struct selfcare_sore *o = &out[j];

			if (o->region == s->region && o->side != s->side && o->side != SIDE_NONE &&
			    !s->flagged && !o->flagged && ABS(o->level - s->level) <= 1 &&
			    !selfcare_blocked(in, s->region, SIDE_NONE) &&
			    selfcare_massaged(in, s->region, SIDE_LEFT) ==
				    selfcare_massaged(in, s->region, SIDE_RIGHT)) {
				o->side = SIDE_NONE;
				o->level = MAX(o->level, s->level);
				merged = true;
				break;
			}
		}
		if (!merged)
			out[n++] = *s;
	}
	/* Sorest first, then region order. */
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && out[j].level > out[j - 1].level; j--) {
			struct selfcare_sore t = out[j];

			out[j] = out[j - 1];
			out[j - 1] = t;
		}
	return n;
}

char *selfcare_item_place(const struct selfcare_item *it)
{
	enum region r = it->region;
	enum side s = it->side;

	if (!it->has_region)
		return NULL;
	if (s == SIDE_NONE && region_has_side(r))
		/* TRANSLATORS: %s is a body region: "both calves" reads
		 * "calf, both sides". */
		return g_strdup_printf(_("%s, both sides"), region_name(r));
	return region_side_name(r, s);
}

/* ---- the rules -------------------------------------------------------- */

/* The sore regions left out only for lying next to a flagged one, named,
 * so that a runner does not take their absence for an oversight. */
static void flagged_neighbours(struct ctx *c)
{
	GString *places = g_string_new(NULL);

	for (size_t i = 0; i < c->in->n_sore; i++) {
		const struct selfcare_sore *s = &c->in->sore[i];
		char *place;

		if (s->flagged || s->level < SELFCARE_ROLL_LEVEL ||
		    !selfcare_blocked(c->in, s->region, s->side))
			continue;
		place = region_side_name(s->region, s->side);
		if (places->len)
			g_string_append(places, _(", "));
		g_string_append(places, place);
		g_free(place);
	}
	if (places->len)
		add_note(c, "flagged",
			 /* TRANSLATORS: %s lists body regions: "right calf,
			  * right soleus". */
			 g_strdup_printf(_("No self-treatment either next to a region to be "
					   "assessed: %s."),
					 places->str),
			 SELFCARE_EV_SAFETY, NULL, "sore-or-injured");
	g_string_free(places, TRUE);
}

static void rule_flagged(struct ctx *c)
{
	for (size_t i = 0; i < c->in->n_sore; i++) {
		const struct selfcare_sore *s = &c->in->sore[i];
		struct selfcare_item *it;

		if (!s->flagged)
			continue;
		it = add_item(c, "flagged", SELFCARE_REST, s, SELFCARE_UNTIL_ASSESSED,
			      SELFCARE_EV_SAFETY, NULL, "sore-or-injured");
		it->dose = g_strdup(
			lower_leg(s->region)
				? _("relative rest: no rolling, pressure or stretching there, "
				    "and ease off running; see a physiotherapist or doctor")
				: _("relative rest: no rolling, pressure or stretching there; "
				    "see a physiotherapist or doctor"));
		it->why = g_strdup(_("pain like this may be an injury, not soreness: it is "
				     "assessed before any self-treatment"));
	}
	flagged_neighbours(c);
	/* A race close ahead with a flag on the legs: whether to start is
	 * not the plan's call. */
	if (lower_body_blocked(c->in) &&
	    (c->in->race_tomorrow ||
	     (c->in->days_to_key_race >= 1 && c->in->days_to_key_race <= SELFCARE_PRE_RACE_DAYS)))
		add_note(c, "flagged",
			 g_strdup(_("Whether to run your race with this pain is for the "
				    "physiotherapist or doctor to say.")),
			 SELFCARE_EV_SAFETY, NULL, "sore-or-injured");
}

static void rule_cold_water(struct ctx *c)
{
	const struct selfcare_inputs *in = c->in;
	struct selfcare_item *it;

	if (!in->race_today || lower_body_blocked(in))
		return;
	/* Regular cold water after training blunted gains (Roberts 2015):
	 * never in the phases that build fitness, even after a tune-up race. */
	if (in->phase == PHASE_BASE || in->phase == PHASE_BUILD || in->phase == PHASE_PEAK)
		return;
	it = add_item(c, "cold-water", SELFCARE_COLD_WATER, NULL, SELFCARE_TONIGHT,
		      SELFCARE_EV_MODERATE, "Bleakley 2012; Roberts 2015",
		      "compression-cold-water");
	it->dose = g_strdup(_("legs in cold water for about 10 minutes after the race; "
			      "never icy, and out at once if it hurts"));
	it->why = g_strdup(_("eases soreness a little against rest; kept for races, as "
			     "regular use blunts training gains"));
}

static void rule_compress(struct ctx *c)
{
	const struct selfcare_inputs *in = c->in;
	struct selfcare_item *it;

	if (!(in->hard_today || in->hard_yesterday) || lower_body_blocked(in))
		return;
	it = add_item(c, "compress", SELFCARE_COMPRESS, NULL, SELFCARE_TONIGHT,
		      SELFCARE_EV_MODERATE, "Hill 2014; Brown 2017", "compression-cold-water");
	it->dose = g_strdup(_("compression socks or tights for a few hours this evening; "
			      "snug, never painful"));
	it->why = g_strdup(_("after a hard effort they lessen soreness a little and help "
			     "strength come back"));
}

/* The reason, and what the ticks say of this week: a record of what was
 * done and how the level went, never a claim that one caused the other. */
static char *roll_why(const struct selfcare_inputs *in, const struct selfcare_sore *s)
{
	const char *why = _("rolling a sore muscle eases soreness a little");
	int days, from;

	if (s->side == SIDE_NONE && region_has_side(s->region))
		return g_strdup(why);
	days = in->rolled_days[s->region][s->side];
	from = in->week_from[s->region][s->side];
	if (days < 1 || from < 0)
		return g_strdup(why);
	/* TRANSLATORS: the reason to roll, then what the ticks of this week
	 * say: "...; you rolled it on 3 evenings this week and it went 5 → 2". */
	return g_strdup_printf(ngettext("%s; you rolled it on %d evening this week and it went "
					"%d \u2192 %d",
					"%s; you rolled it on %d evenings this week and it went "
					"%d \u2192 %d",
					days),
			       why, days, from, s->level);
}

/* Calls ONE for each sore place (sides merged) with its region's care. */
static void each_sore(struct ctx *c, void (*one)(struct ctx *c, const struct selfcare_sore *s,
						 const struct region_care *rc))
{
	struct selfcare_sore *sore = g_new(struct selfcare_sore, c->in->n_sore + 1);
	size_t n = sore_merged(c->in, sore);

	for (size_t i = 0; i < n; i++)
		one(c, &sore[i], &region_care[sore[i].region]);
	g_free(sore);
}

static void roll_one(struct ctx *c, const struct selfcare_sore *s, const struct region_care *rc)
{
	struct selfcare_item *it;

	if (s->flagged || s->level < SELFCARE_ROLL_LEVEL ||
	    s->level >= SELFCARE_TOO_SORE_LEVEL || !rc->rollable ||
	    selfcare_blocked(c->in, s->region, s->side) ||
	    selfcare_massaged(c->in, s->region, s->side))
		return;
	it = add_item(c, "roll", SELFCARE_ROLL, s, SELFCARE_TONIGHT, SELFCARE_EV_MODERATE,
		      "Wiewelhove 2019", "foam-rolling");
	if (s->level >= SELFCARE_LIGHT_LEVEL || c->in->near_key_race)
		/* TRANSLATORS: %s says what to keep the roller off:
		 * "not on the Achilles". */
		it->dose = g_strdup_printf(_("light pressure only, 30-60 s; %s"),
					   _(rc->keep_off));
	else
		it->dose = g_strdup_printf(_("light to moderate pressure, 30-90 s; %s"),
					   _(rc->keep_off));
	it->why = roll_why(c->in, s);
}

static void rule_roll(struct ctx *c)
{
	each_sore(c, roll_one);
}

/* A muscle too sore for even light pressure: named in one note. */
static void rule_too_sore(struct ctx *c)
{
	struct selfcare_sore *sore = g_new(struct selfcare_sore, c->in->n_sore + 1);
	size_t n = sore_merged(c->in, sore);
	/* [0] the muscles (no roller), [1] the regions never rolled anyway. */
	GString *places[2] = { g_string_new(NULL), g_string_new(NULL) };

	for (size_t i = 0; i < n; i++) {
		const struct selfcare_sore *s = &sore[i];
		struct selfcare_item it = { .has_region = true,
					    .region = s->region,
					    .side = s->side };
		GString *to = places[region_care[s->region].rollable ? 0 : 1];
		char *place;

		if (s->flagged || s->level < SELFCARE_TOO_SORE_LEVEL ||
		    selfcare_blocked(c->in, s->region, s->side))
			continue;
		place = selfcare_item_place(&it);
		if (to->len)
			g_string_append(to, _(", "));
		g_string_append(to, place);
		g_free(place);
	}
	g_free(sore);
	if (places[0]->len)
		add_note(c, "too-sore",
			 /* TRANSLATORS: %s lists body regions. */
			 g_strdup_printf(_("Too sore for the roller tonight: %s. Leave it be; pain "
					   "this strong that does not ease day by day is for a "
					   "physiotherapist or doctor to look at."),
					 places[0]->str),
			 SELFCARE_EV_SAFETY, NULL, "sore-or-injured");
	if (places[1]->len)
		add_note(c, "too-sore",
			 /* TRANSLATORS: %s lists body regions: "lower back". */
			 g_strdup_printf(_("Pain this strong (%s) that does not ease day by day is "
					   "for a physiotherapist or doctor to look at."),
					 places[1]->str),
			 SELFCARE_EV_SAFETY, NULL, "sore-or-injured");
	g_string_free(places[0], TRUE);
	g_string_free(places[1], TRUE);
}

/* What the therapist has just worked is left to settle: the sore muscles
 * rule_roll passed over for it, named in one note. */
static void rule_massaged(struct ctx *c)
{
	struct selfcare_sore *sore = g_new(struct selfcare_sore, c->in->n_sore + 1);
	size_t n = sore_merged(c->in, sore);
	GString *places = g_string_new(NULL);

	for (size_t i = 0; i < n; i++) {
		const struct selfcare_sore *s = &sore[i];
		struct selfcare_item it = { .has_region = true,
					    .region = s->region,
					    .side = s->side };
		char *place;

		if (s->flagged || s->level < SELFCARE_ROLL_LEVEL ||
		    s->level >= SELFCARE_TOO_SORE_LEVEL || !region_care[s->region].rollable ||
		    selfcare_blocked(c->in, s->region, s->side) ||
		    !selfcare_massaged(c->in, s->region, s->side))
			continue;
		place = selfcare_item_place(&it);
		if (places->len)
			/* TRANSLATORS: between two places in a list. */
			g_string_append(places, _(", "));
		g_string_append(places, place);
		g_free(place);
	}
	g_free(sore);
	if (places->len)
		add_note(c, "massaged",
			 /* TRANSLATORS: %s lists body regions: "right calf,
			  * quadriceps, both sides". */
			 g_strdup_printf(_("No roller tonight where your massage therapist has "
					   "just worked: %s. Let it settle."),
					 places->str),
			 SELFCARE_EV_PRACTICE, NULL, "foam-rolling");
	g_string_free(places, TRUE);
}

static void no_roll_one(struct ctx *c, const struct selfcare_sore *s,
			const struct region_care *rc)
{
	struct selfcare_item *it;

	/* Tomorrow morning is a race: no outing before it (and no item
	 * suggests rolling a tendon, bone or joint anyway). */
	if (s->flagged || s->level < SELFCARE_ROLL_LEVEL || rc->rollable ||
	    selfcare_blocked(c->in, s->region, s->side) || c->in->race_tomorrow)
		return;
	it = add_item(c, "no-roll", SELFCARE_MOVE, s, SELFCARE_TOMORROW_MORNING,
		      SELFCARE_EV_PRACTICE, NULL, rc->article);
	/* TRANSLATORS: %s says why: "a tendon is not for rolling". */
	it->dose = g_strdup_printf(_("no roller here (%s); a walk or an easy spin instead"),
				   _(rc->why_not));
	it->why = g_strdup(_("gentle movement is low risk; rolling is for muscle"));
}

static void rule_no_roll(struct ctx *c)
{
	each_sore(c, no_roll_one);
}

static void rule_easy_move(struct ctx *c)
{
	const struct selfcare_inputs *in = c->in;
	bool sore_legs = false;
	struct selfcare_item *it;

	for (size_t i = 0; i < in->n_sore; i++)
		if (lower_body(in->sore[i].region) && in->sore[i].level >= SELFCARE_MOVE_LEVEL)
			sore_legs = true;
	if (!(in->hard_today || in->hard_yesterday || sore_legs) || lower_body_blocked(in) ||
	    has_action(c, SELFCARE_MOVE) || in->race_tomorrow)
		return;
	it = add_item(c, "easy-move", SELFCARE_MOVE, NULL, SELFCARE_TOMORROW_MORNING,
		      SELFCARE_EV_PRACTICE, NULL,
		      in->long_race ? "after-marathon" : "soreness-doms");
	it->dose = g_strdup(_("20-30 minutes of a walk, an easy spin or a very easy jog"));
	it->why = g_strdup(in->hard_today || in->hard_yesterday
				   ? _("easy movement after a hard day is low risk; the trials say "
				       "little about soreness")
				   : _("easy movement is low risk; the trials say little about "
				       "soreness"));
}

static void rule_sleep(struct ctx *c)
{
	struct selfcare_item *it;

	if (c->items->len == 0)
		return;
	it = add_item(c, "sleep", SELFCARE_SLEEP, NULL, SELFCARE_TONIGHT,
		      SELFCARE_EV_WELL_SUPPORTED, "Fullagar 2015", "nervous-system-sleep");
	it->dose = g_strdup(_("a full night; to bed a little earlier if you can"));
	it->why = g_strdup(_("sleep is the base of recovery in general"));
}

/* Nothing new just before a key race (facts.md: no new roller routine, no
 * first ice bath): what the runner has not done lately leaves the plan. */
static void rule_pre_race(struct ctx *c)
{
	const struct selfcare_inputs *in = c->in;
	if (in->days_to_key_race < 1 || in->days_to_key_race > SELFCARE_PRE_RACE_DAYS)
		return;
	for (guint i = 0; i < c->items->len;) {
		struct selfcare_item *it = &g_array_index(c->items, struct selfcare_item, i);
		bool is_new = (it->action == SELFCARE_ROLL || it->action == SELFCARE_COMPRESS ||
			       it->action == SELFCARE_COLD_WATER) &&
			      !in->habit[it->action];

		if (is_new) {
			g_free(it->dose);
			g_free(it->why);
			g_array_remove_index(c->items, i);
		} else {
			i++;
		}
	}
	if (in->days_to_key_race == 1) {
		add_note(c, "pre-race",
			 g_strdup(_("Your race is tomorrow: nothing new now, only what you "
				    "already do.")),
			 SELFCARE_EV_PRACTICE, NULL, "race-timing");
		return;
	}
	add_note(c, "pre-race",
		 g_strdup_printf(ngettext("Your race is in %d day: nothing new now, only what "
					  "you already do.",
					  "Your race is in %d days: nothing new now, only what "
					  "you already do.",
					  in->days_to_key_race),
				 in->days_to_key_race),
		 SELFCARE_EV_PRACTICE, NULL, "race-timing");
}

static void rule_no_stretch(struct ctx *c)
{
	bool sore = false;

	for (size_t i = 0; i < c->in->n_sore; i++)
		if (c->in->sore[i].level >= SELFCARE_ROLL_LEVEL)
			sore = true;
	if (!sore)
		return;
	add_note(c, "no-stretch",
		 g_strdup(_("Stretching does not ease soreness; stretch for range of motion "
			    "if you like, never into pain.")),
		 SELFCARE_EV_STRONG, "Herbert 2011", "soreness-doms");
}

static void rule_medication(struct ctx *c)
{
	bool due = false;

	for (size_t i = 0; i < c->in->n_sore; i++)
		if (c->in->sore[i].flagged || c->in->sore[i].level >= SELFCARE_HIGH_LEVEL)
			due = true;
	if (!due)
		return;
	add_note(c, "medication",
		 g_strdup(_("Pain killers or anti-inflammatories are not ours to advise: ask a "
			    "pharmacist or doctor.")),
		 SELFCARE_EV_SAFETY, NULL, "sore-or-injured");
}

struct rule {
	const char *id;
	const char *name;
	void (*apply)(struct ctx *c);
};

static const struct rule rules[] = {
	{ "flagged", N_("flagged region"), rule_flagged },
	{ "cold-water", N_("cold water after a race"), rule_cold_water },
	{ "compress", N_("compression after a hard effort"), rule_compress },
	{ "roll", N_("rolling a sore muscle"), rule_roll },
	{ "too-sore", N_("too sore to roll"), rule_too_sore },
	{ "massaged", N_("just massaged"), rule_massaged },
	{ "no-roll", N_("not for rolling"), rule_no_roll },
	{ "easy-move", N_("easy movement"), rule_easy_move },
	{ "sleep", N_("sleep"), rule_sleep },
	{ "pre-race", N_("nothing new before a race"), rule_pre_race },
	{ "no-stretch", N_("stretching is not a soreness treatment"), rule_no_stretch },
	{ "medication", N_("medication"), rule_medication },
};

const char *selfcare_rule_name(const char *id)
{
	for (size_t i = 0; i < G_N_ELEMENTS(rules); i++)
		if (strcmp(rules[i].id, id) == 0)
			return _(rules[i].name);
	return id;
}

void selfcare_plan(const struct selfcare_inputs *in, struct selfcare_plan *out)
{
	struct ctx c = { in, out, g_array_new(FALSE, TRUE, sizeof(struct selfcare_item)),
			 g_array_new(FALSE, TRUE, sizeof(struct selfcare_note)) };

	memset(out, 0, sizeof(*out));
	out->today = in->today;
	for (size_t i = 0; i < G_N_ELEMENTS(rules); i++)
		rules[i].apply(&c);
	for (guint i = 0; i < c.items->len; i++) {
		struct selfcare_item *it = &g_array_index(c.items, struct selfcare_item, i);

		it->done = in->done_today &&
			   g_strv_contains((const char *const *)in->done_today, it->id);
	}
	out->n_items = c.items->len;
	out->items = (struct selfcare_item *)g_array_free(c.items, FALSE);
	out->n_notes = c.notes->len;
	out->notes = (struct selfcare_note *)g_array_free(c.notes, FALSE);
}

void selfcare_plan_clear(struct selfcare_plan *p)
{
	for (size_t i = 0; i < p->n_items; i++) {
		g_free(p->items[i].dose);
		g_free(p->items[i].why);
	}
	for (size_t i = 0; i < p->n_notes; i++)
		g_free(p->notes[i].text);
	g_free(p->items);
	g_free(p->notes);
	memset(p, 0, sizeof(*p));
}

const struct selfcare_item *selfcare_plan_find(const struct selfcare_plan *p, const char *id)
{
	for (size_t i = 0; i < p->n_items; i++)
		if (strcmp(p->items[i].id, id) == 0)
			return &p->items[i];
	return NULL;
}

void selfcare_plan_from_history(const struct history *h, const struct selfcare_tick *ticks,
				size_t n_ticks, wtime now, struct selfcare_plan *out)
{
	struct selfcare_inputs in;

	selfcare_inputs_from_history(h, ticks, n_ticks, now, &in);
	selfcare_plan(&in, out);
	selfcare_inputs_clear(&in);
}
