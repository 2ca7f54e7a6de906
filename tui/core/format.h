/* format.h - numbers as a runner reads them, in their units. */
#ifndef KNEAD_FORMAT_H
#define KNEAD_FORMAT_H

#include "model.h"
#include "parse.h"

/* "10.00 km", "6.21 mi".  g_free() the results. */
char *format_distance(double metres, enum unit u);
/* "52:30", "1:45:00". */
char *format_duration(double seconds);
/* "5:15 /km", "8:27 /mi"; "-" when it cannot be computed. */
char *format_pace(double metres, double seconds, enum unit u);

#endif
