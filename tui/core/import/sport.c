/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sport.c - is a recorded activity a run? See sport.h. */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <glib.h>
#include <math.h>
#include <string.h>
#include "core/i18n.h"
#include "core/import/sport.h"

/* The names files give their sport, lower case, without accents or
 * separators ("Trail Run", "trail_running" and "TRAIL-RUN" all read
 * "trailrun..."): Strava activity types (CSV and GPX), Garmin TCX Sport,
 * FIT sport names and numbers, Apple Health's HKWorkoutActivityType, and
 * what GPX apps write.  Matched whole. */
static const struct {
	const char *name;
	enum sport sport;
} declared_names[] = {
	{ "run", SPORT_RUN },
	{ "running", SPORT_RUN },
	{ "virtualrun", SPORT_RUN },
	{ "treadmill", SPORT_RUN },
	{ "treadmillrunning", SPORT_RUN },
	{ "streetrunning", SPORT_RUN },
	{ "trackrunning", SPORT_RUN },
	{ "indoorrunning", SPORT_RUN },
	{ "hkworkoutactivitytyperunning", SPORT_RUN },
	{ "9", SPORT_RUN }, /* Strava's GPX code for a run */
	{ "1", SPORT_CYCLING },
	{ "4", SPORT_HIKING },
	{ "10", SPORT_WALKING },
	{ "trailrun", SPORT_TRAIL_RUN },
	{ "trailrunning", SPORT_TRAIL_RUN },
	{ "ride", SPORT_CYCLING },
	{ "biking", SPORT_CYCLING },
	{ "cycling", SPORT_CYCLING },
	{ "bike", SPORT_CYCLING },
	{ "virtualride", SPORT_CYCLING },
	{ "ebikeride", SPORT_CYCLING },
	{ "emountainbikeride", SPORT_CYCLING },
	{ "mountainbikeride", SPORT_CYCLING },
	{ "gravelride", SPORT_CYCLING },
	{ "mountainbiking", SPORT_CYCLING },
	{ "roadbiking", SPORT_CYCLING },
	{ "hkworkoutactivitytypecycling", SPORT_CYCLING },
	{ "walk", SPORT_WALKING },
	{ "walking", SPORT_WALKING },
	{ "hkworkoutactivitytypewalking", SPORT_WALKING },
	{ "hike", SPORT_HIKING },
	{ "hiking", SPORT_HIKING },
	{ "hkworkoutactivitytypehiking", SPORT_HIKING },
	{ "swim", SPORT_SWIMMING },
	{ "swimming", SPORT_SWIMMING },
	{ "openwaterswimming", SPORT_SWIMMING },
	{ "lapswimming", SPORT_SWIMMING },
	{ "hkworkoutactivitytypeswimming", SPORT_SWIMMING },
	{ "alpineski", SPORT_SKIING },
	{ "backcountryski", SPORT_SKIING },
	{ "nordicski", SPORT_SKIING },
	{ "crosscountryskiing", SPORT_SKIING },
	{ "alpineskiing", SPORT_SKIING },
	{ "skiing", SPORT_SKIING },
	{ "rowing", SPORT_ROWING },
	{ "kayaking", SPORT_ROWING },
	{ "canoeing", SPORT_ROWING },
	/* Between the legs of a triathlon: changing shoes is no run. */
	{ "transition", SPORT_OTHER },
	{ "hkworkoutactivitytypetransition", SPORT_OTHER },
};

/* Names that say nothing: the words decide. */
static const char *const generic_names[] = {
	"", "generic", "unknown", "workout", "activity", "0", "sport", "training",
	"hkworkoutactivitytypeother", "multisport",
};

/* Words, accent-free and lower case, matched at the start of a word
 * ("running" matches "run"), or as a whole word when WHOLE (short words
 * that begin others: "rad" is not "radio", "sci" not "science"); the
 * longest match wins, so that "langlauf" (cross-country skiing) beats
 * "lauf" (run). */
#define WHOLE true
static const struct {
	const char *word;
	enum sport sport;
	bool whole;
} keywords[] = {
	/* English */
	{ "run", SPORT_RUN, false },
	{ "jog", SPORT_RUN, false },
	{ "marathon", SPORT_RUN, false },
	{ "parkrun", SPORT_RUN, false },
	{ "fartlek", SPORT_RUN, false },
	{ "trail run", SPORT_TRAIL_RUN, false },
	{ "ride", SPORT_CYCLING, false },
	{ "cycling", SPORT_CYCLING, false },
	{ "cycle", SPORT_CYCLING, false },
	{ "bike", SPORT_CYCLING, false },
	{ "biking", SPORT_CYCLING, false },
	{ "walk", SPORT_WALKING, false },
	{ "hike", SPORT_HIKING, false },
	{ "hiking", SPORT_HIKING, false },
	{ "swim", SPORT_SWIMMING, false },
	{ "ski", SPORT_SKIING, false },
	{ "rowing", SPORT_ROWING, false },
	{ "kayak", SPORT_ROWING, false },
	/* French */
	{ "course a pied", SPORT_RUN, false },
	{ "footing", SPORT_RUN, false },
	{ "jogging", SPORT_RUN, false },
	{ "velo", SPORT_CYCLING, false },
	{ "cyclisme", SPORT_CYCLING, false },
	{ "vtt", SPORT_CYCLING, WHOLE },
	{ "sortie velo", SPORT_CYCLING, false },
	{ "marche", SPORT_WALKING, WHOLE },
	{ "randonnee", SPORT_HIKING, false },
	{ "rando", SPORT_HIKING, WHOLE },
	{ "natation", SPORT_SWIMMING, false },
	{ "nage", SPORT_SWIMMING, WHOLE },
	/* German */
	{ "lauf", SPORT_RUN, false },
	{ "laufen", SPORT_RUN, false },
	{ "dauerlauf", SPORT_RUN, false },
	{ "langlauf", SPORT_SKIING, false },
	{ "rad", SPORT_CYCLING, WHOLE },
	{ "radfahrt", SPORT_CYCLING, false },
	{ "radtour", SPORT_CYCLING, false },
	{ "radrunde", SPORT_CYCLING, false },
	{ "rennrad", SPORT_CYCLING, false },
	{ "fahrrad", SPORT_CYCLING, false },
	{ "spaziergang", SPORT_WALKING, false },
	{ "wanderung", SPORT_HIKING, false },
	{ "wandern", SPORT_HIKING, false },
	{ "schwimmen", SPORT_SWIMMING, false },
	/* Spanish */
	{ "carrera", SPORT_RUN, false },
	{ "correr", SPORT_RUN, false },
	{ "trote", SPORT_RUN, false },
	{ "ciclismo", SPORT_CYCLING, false },
	{ "bici", SPORT_CYCLING, WHOLE },
	{ "bicicleta", SPORT_CYCLING, false },
	{ "caminata", SPORT_WALKING, false },
	{ "caminar", SPORT_WALKING, false },
	{ "senderismo", SPORT_HIKING, false },
	{ "natacion", SPORT_SWIMMING, false },
	{ "esqui", SPORT_SKIING, false },
	/* Italian */
	{ "corsa", SPORT_RUN, false },
	{ "ciclismo", SPORT_CYCLING, false },
	{ "passeggiata", SPORT_WALKING, false },
	{ "camminata", SPORT_WALKING, false },
	{ "escursione", SPORT_HIKING, false },
	{ "nuoto", SPORT_SWIMMING, false },
	{ "sci", SPORT_SKIING, WHOLE },
	{ "escursionismo", SPORT_HIKING, false },
	/* Portuguese (Strava's types in Brazil and Portugal) */
	{ "corrida", SPORT_RUN, false },
	{ "pedalada", SPORT_CYCLING, false },
	{ "caminhada", SPORT_WALKING, false },
	{ "trilha", SPORT_HIKING, WHOLE },
	{ "natacao", SPORT_SWIMMING, false },
	/* Dutch */
	{ "hardlopen", SPORT_RUN, false },
	{ "hardloop", SPORT_RUN, false },
	{ "fietsen", SPORT_CYCLING, false },
	{ "fietsrit", SPORT_CYCLING, false },
	{ "wandeling", SPORT_WALKING, false },
	{ "wandelen", SPORT_WALKING, false },
	{ "zwemmen", SPORT_SWIMMING, false },
};

static const char *const sport_names[SPORT_COUNT] = {
	[SPORT_UNKNOWN] = N_("unknown sport"),
	[SPORT_RUN] = N_("running"),
	[SPORT_TRAIL_RUN] = N_("trail running"),
	[SPORT_CYCLING] = N_("cycling"),
	[SPORT_WALKING] = N_("walking"),
	[SPORT_HIKING] = N_("hiking"),
	[SPORT_SWIMMING] = N_("swimming"),
	[SPORT_SKIING] = N_("skiing"),
	[SPORT_ROWING] = N_("rowing or paddling"),
	[SPORT_OTHER] = N_("another sport"),
};

bool sport_is_run(enum sport s)
{
	return s == SPORT_RUN || s == SPORT_TRAIL_RUN;
}

const char *sport_name(enum sport s)
{
	return _(sport_names[(unsigned)s < SPORT_COUNT ? s : SPORT_UNKNOWN]);
}

const char *sport_basis_id(enum sport_basis b)
{
	static const char *const ids[SPORT_BASIS_COUNT] = {
		[SPORT_BY_WORDS] = "name",
		[SPORT_BY_SPEED] = "speed",
		[SPORT_BY_CREATOR] = "app",
		[SPORT_BY_CADENCE] = "cadence",
		[SPORT_UNDECIDED] = "undecided",
	};

	return (unsigned)b < SPORT_BASIS_COUNT ? ids[b] : NULL;
}

void speed_track_init(struct speed_track *k)
{
	memset(k, 0, sizeof(*k));
}

void speed_track_clear(struct speed_track *k)
{
	if (k->samples)
		g_array_unref(k->samples);
	memset(k, 0, sizeof(*k));
}

struct speed_sample {
	double t;
	float dt, v;
};

void speed_track_break(struct speed_track *k)
{
	k->have = false;
}

void speed_track_add(struct speed_track *k, double t, double distance_m)
{
	double dt;

	if (!isfinite(t) || !isfinite(distance_m))
		return;
	if (!k->have) {
		k->t0 = t;
		k->d0 = distance_m;
		k->have = true;
		return;
	}
	dt = t - k->t0;
	if (dt < SPORT_SAMPLE_S) {
		/* Too short a stretch to measure yet (a time going backwards
		 * only waits for a later one). */
		return;
	}
	if (!k->samples)
		k->samples = g_array_new(FALSE, FALSE, sizeof(struct speed_sample));
	if (k->samples->len < SPORT_SAMPLES_MAX && distance_m >= k->d0) {
		struct speed_sample s = { k->t0, (float)dt, (float)((distance_m - k->d0) / dt) };
		g_array_append_val(k->samples, s);
	}
	k->t0 = t;
	k->d0 = distance_m;
}

bool speed_track_profile(const struct speed_track *k, double from, double to,
			 struct speed_profile *out)
{
	memset(out, 0, sizeof(*out));
	if (!k->samples)
		return false;
	for (guint i = 0; i < k->samples->len; i++) {
		const struct speed_sample *s = &g_array_index(k->samples, struct speed_sample, i);
		double b;

		if (s->t < from || s->t > to || !(s->v >= SPORT_MOVING_MIN))
			continue;
		b = floor(s->v / SPORT_SPEED_BIN);
		out->seconds[b < SPORT_SPEED_BINS - 1 ? (int)b : SPORT_SPEED_BINS - 1] += s->dt;
		out->total += s->dt;
	}
	return out->total >= SPORT_PROFILE_MIN_S;
}

double speed_profile_quantile(const struct speed_profile *p, double q)
{
	double want = q * p->total, sum = 0;

	for (int i = 0; i < SPORT_SPEED_BINS; i++) {
		sum += p->seconds[i];
		if (sum >= want && p->seconds[i] > 0)
			return (i + 0.5) * SPORT_SPEED_BIN;
	}
	return (SPORT_SPEED_BINS - 0.5) * SPORT_SPEED_BIN;
}

bool sport_from_id(const char *id, enum sport *out)
{
	if (id && g_ascii_strcasecmp(id, "run") == 0) {
		*out = SPORT_RUN;
		return true;
	}
	return false;
}

/* Lower case ASCII, accents dropped ("Vélo" -> "velo"); other characters
 * become spaces when `keep_spaces`, or vanish (for declared names, where
 * "Trail Run" and "trail_running" must meet). */
static char *fold(const char *s, bool keep_spaces)
{
	char *valid = g_utf8_make_valid(s, -1);
	char *ascii = g_str_to_ascii(valid, "C");
	char *out = g_malloc(strlen(ascii) + 1), *o = out;

	for (const char *p = ascii; *p; p++) {
		if (g_ascii_isalnum(*p))
			*o++ = g_ascii_tolower(*p);
		else if (keep_spaces)
			*o++ = ' ';
	}
	*o = '\0';
	g_free(ascii);
	g_free(valid);
	return out;
}

static enum sport by_words(const char *text);

/* The file's own sport: a known name, else the words of an unknown one (a
 * Strava export in French says "Course à pied", in German "Radfahrt"),
 * else another sport ("Sail", "Snowshoe"). */
static enum sport by_declared(const char *declared)
{
	char *f;
	enum sport s = SPORT_UNKNOWN;

	if (!declared)
		return SPORT_UNKNOWN;
	f = fold(declared, false);
	for (size_t i = 0; i < G_N_ELEMENTS(generic_names); i++)
		if (strcmp(f, generic_names[i]) == 0)
			goto out;
	s = SPORT_OTHER;
	for (size_t i = 0; i < G_N_ELEMENTS(declared_names); i++)
		if (strcmp(f, declared_names[i].name) == 0) {
			s = declared_names[i].sport;
			break;
		}
	if (s == SPORT_OTHER) {
		s = by_words(declared);
		if (s == SPORT_UNKNOWN)
			s = SPORT_OTHER;
	}
out:
	g_free(f);
	return s;
}

/* The sport of the longest keyword starting a word of `text` (folded with
 * spaces); SPORT_UNKNOWN when none, or when two sports tie. */
static enum sport by_words(const char *text)
{
	char *f;
	size_t best = 0;
	enum sport s = SPORT_UNKNOWN;
	bool tie = false;

	if (!text || !*text)
		return SPORT_UNKNOWN;
	f = fold(text, true);
	for (size_t i = 0; i < G_N_ELEMENTS(keywords); i++) {
		size_t n = strlen(keywords[i].word);
		for (const char *p = strstr(f, keywords[i].word); p; p = strstr(p + 1, keywords[i].word)) {
			if (p != f && p[-1] != ' ')
				continue;
			if (keywords[i].whole && p[n] != '\0' && p[n] != ' ')
				continue;
			if (n > best) {
				best = n;
				s = keywords[i].sport;
				tie = false;
			} else if (n == best && s != keywords[i].sport) {
				tie = true;
			}
			break;
		}
	}
	g_free(f);
	return tie ? SPORT_UNKNOWN : s;
}

/* A walk, or a hike when it climbs. */
static enum sport walk_or_hike(const struct sport_evidence *e)
{
	if (e->distance_m > 0 && e->ascent_m > 0 &&
	    e->ascent_m / (e->distance_m / 1000) >= SPORT_HIKE_CLIMB_PER_KM)
		return SPORT_HIKING;
	return SPORT_WALKING;
}

static void verdict(struct sport_verdict *out, enum sport s, enum sport_basis b)
{
	out->sport = s;
	out->basis = b;
}

void sport_decide(const struct sport_evidence *e, struct sport_verdict *out)
{
	enum sport s = by_declared(e->declared);
	char *words;

	if (s != SPORT_UNKNOWN) {
		verdict(out, s, SPORT_BY_FILE);
		return;
	}
	words = g_strjoin(" ", e->name ? e->name : "", e->description ? e->description : "",
			  e->declared ? e->declared : "", NULL);
	s = by_words(words);
	g_free(words);
	if (s != SPORT_UNKNOWN) {
		verdict(out, s, SPORT_BY_WORDS);
		return;
	}
	if (e->speed && speed_profile_quantile(e->speed, 0.9) > SPORT_RIDE_P90) {
		verdict(out, SPORT_CYCLING, SPORT_BY_SPEED);
		return;
	}
	s = by_words(e->creator);
	if (s != SPORT_UNKNOWN) {
		verdict(out, s, SPORT_BY_CREATOR);
		return;
	}
	if (e->speed) {
		if (speed_profile_quantile(e->speed, 0.5) >= SPORT_WALK_MEDIAN)
			verdict(out, SPORT_RUN, SPORT_BY_SPEED);
		else if (e->cadence_spm >= SPORT_RUN_CADENCE)
			verdict(out, SPORT_RUN, SPORT_BY_CADENCE);
		else
			verdict(out, walk_or_hike(e), SPORT_BY_SPEED);
		return;
	}
	if (e->duration_s >= SPORT_FAST_MIN_S &&
	    e->distance_m / e->duration_s > SPORT_RUN_MAX_SPEED) {
		verdict(out, SPORT_UNKNOWN, SPORT_BY_SPEED);
		return;
	}
	if (e->cadence_spm >= SPORT_RUN_CADENCE) {
		verdict(out, SPORT_RUN, SPORT_BY_CADENCE);
		return;
	}
	if (e->cadence_spm > 0 && e->cadence_spm <= SPORT_WALK_CADENCE_MAX) {
		verdict(out, walk_or_hike(e), SPORT_BY_CADENCE);
		return;
	}
	verdict(out, SPORT_RUN, SPORT_UNDECIDED);
}
