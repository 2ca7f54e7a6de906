/* SPDX-License-Identifier: GPL-3.0-or-later */
/* chart.h - small charts drawn with characters: a bar chart (weekly
 * distance) and sparklines (fitness, fatigue, form, a region's soreness). */
#ifndef KNEAD_UI_CHART_H
#define KNEAD_UI_CHART_H

#include "ui.h"

/* Vertical bars in `r`, one per value, each `bar_w` columns wide with one
 * column between, after a value axis (the top, the middle, 0); labels[i]
 * (may be NULL) is written under bar i when there is room.  The last bar
 * is drawn as "now".  Values below zero count as zero.  Returns the bars
 * shown (the most recent that fit). */
int chart_bars(struct ui *ui, struct rect r, const double *values, int n, int bar_w,
	       const char *const *labels);

/* One line of `w` columns showing the last values (one column each);
 * the scale goes from min to max of what is shown, or from `lo` to `hi`
 * when lo < hi.  A NAN value (nothing that day) shows as a dot.  Returns the columns drawn. */
int chart_sparkline(struct ui *ui, int y, int x, int w, const double *values, int n,
		    double lo, double hi, attr_t attr);
/* The sparkline as an area `r.h` rows tall (one row: chart_sparkline),
 * in eighths of a cell; a NAN value shows as a dot on the bottom row. */
int chart_area(struct ui *ui, struct rect r, const double *values, int n, double lo, double hi,
	       attr_t attr);

#endif
