/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ics_check.c - reads an iCalendar file back with libical, for the shell
 * tests: prints one line per event ("UID DTSTART DTEND ALARMS SUMMARY")
 * and exits 1 when the file does not parse or libical flags an error in
 * it (X-LIC-ERROR). */
#include <config.h>

#include <stdio.h>
#include <glib.h>
#include <libical/ical.h>

static int errors_in(icalcomponent *c)
{
	int n = 0;

	for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
	     p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
		fprintf(stderr, "ics_check: %s\n", icalproperty_get_xlicerror(p));
		n++;
	}
	for (icalcomponent *k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k;
	     k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
		n += errors_in(k);
	return n;
}

int main(int argc, char **argv)
{
	char *text;
	icalcomponent *cal;
	int status = 0;

	if (argc != 2 || !g_file_get_contents(argv[1], &text, NULL, NULL)) {
		fprintf(stderr, "usage: ics_check FILE\n");
		return 2;
	}
	cal = icalparser_parse_string(text);
	g_free(text);
	if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
		fprintf(stderr, "ics_check: not an iCalendar file\n");
		return 1;
	}
	if (errors_in(cal) > 0)
		status = 1;
	for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		struct icaltimetype s = icalcomponent_get_dtstart(ev);
		struct icaltimetype e = icalcomponent_get_dtend(ev);

		printf("%s %s %s %d %s\n", icalcomponent_get_uid(ev), icaltime_as_ical_string(s),
		       icaltime_as_ical_string(e),
		       icalcomponent_count_components(ev, ICAL_VALARM_COMPONENT),
		       icalcomponent_get_summary(ev));
	}
	icalcomponent_free(cal);
	return status;
}
