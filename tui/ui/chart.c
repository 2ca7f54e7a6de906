/* SPDX-License-Identifier: GPL-3.0-or-later */
/* chart.c - bars and sparklines in eighths of a cell (Unicode block
 * elements), or in ASCII steps when the terminal is not UTF-8. */
#include <config.h>

#include <math.h>
#include "chart.h"

static const char *const blocks_utf8[9] = { " ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
/* Eight steps from ASCII, lowest to highest. */
static const char *const blocks_ascii[9] = { " ", ".", ".", "_", "-", "=", "=", "#", "#" };

static const char *block(const struct ui *ui, int eighths)
{
	if (eighths < 0)
		eighths = 0;
	if (eighths > 8)
		eighths = 8;
	return ui->utf8 ? blocks_utf8[eighths] : blocks_ascii[eighths];
}

/* The height of a bar in eighths of a cell; a short week still shows. */
static int bar_eighths(double value, double max, int plot_h)
{
	double v = value > 0 ? value : 0;
	int eighths = max > 0 ? (int)lround(v / max * plot_h * 8) : 0;

	return v > 0 && eighths == 0 ? 1 : eighths;
}

/* The value axis: the top, the middle and 0, each on the row whose top it
 * is, right-aligned in w columns. */
static void draw_axis(struct ui *ui, struct rect r, int plot_y, int plot_h, double max, int w)
{
	int mid_k = plot_h / 2 - 1; /* rows from the bottom, 0-based */
	char *top = g_strdup_printf("%.0f", max);
	attr_t a = ui_attr(ui, ROLE_DIM);

	ui_text(ui, plot_y, r.x + w - 1 - ui_text_width(top), w, a, top);
	if (mid_k >= 0 && mid_k < plot_h - 1) {
		char *mid = g_strdup_printf("%.0f", max * (mid_k + 1) / plot_h);
		ui_text(ui, plot_y + plot_h - 1 - mid_k, r.x + w - 1 - ui_text_width(mid), w, a,
			mid);
		g_free(mid);
	}
	if (plot_h > 1)
		ui_text(ui, plot_y + plot_h - 1, r.x + w - 2, w, a, "0");
	g_free(top);
}

int chart_bars(struct ui *ui, struct rect r, const double *values, int n, int bar_w,
	       const char *const *labels)
{
	double max = 0;
	/* The last row holds the labels. */
	int plot_h = r.h - 1;
	int plot_y = r.y;
	int first = 0, axis_w;

	if (plot_h < 1 || n <= 0 || bar_w < 1)
		return 0;
	/* The axis is as wide as the largest value could need. */
	for (int i = 0; i < n; i++)
		max = fmax(max, values[i]);
	{
		char *widest = g_strdup_printf("%.0f", max);
		axis_w = ui_text_width(widest) + 1;
		g_free(widest);
	}
	if (axis_w >= r.w)
		return 0;
	/* Show the most recent bars that fit. */
	while (n - first > 0 && (n - first) * (bar_w + 1) > r.w - axis_w)
		first++;
	max = 0;
	for (int i = first; i < n; i++)
		max = fmax(max, values[i]);
	draw_axis(ui, r, plot_y, plot_h, max, axis_w);
	r.x += axis_w;
	r.w -= axis_w;
	/* Row by row, each row one string in the bars' colour, gaps
	 * included, and the current week apart in its own: a cell at a time
	 * cost two colour changes per bar per row (828 cells and 4 M
	 * instructions of a 15 M first frame). */
	for (int row = 0; row < plot_h; row++) {
		GString *line = g_string_new(NULL);
		int y = plot_y + plot_h - 1 - row;

		for (int i = first; i < n; i++) {
			int cell = bar_eighths(values[i], max, plot_h) - row * 8;
			const char *b = block(ui, cell >= 8 ? 8 : cell);

			if (i == n - 1) {
				GString *now = g_string_new(NULL);
				for (int k = 0; k < bar_w; k++)
					g_string_append(now, b);
				ui_text(ui, y, r.x + (i - first) * (bar_w + 1), bar_w,
					ui_attr(ui, ROLE_BAR_NOW), now->str);
				g_string_free(now, TRUE);
				break;
			}
			for (int k = 0; k < bar_w; k++)
				g_string_append(line, b);
			g_string_append_c(line, ' ');
		}
		if (line->len)
			ui_text(ui, y, r.x, r.w, ui_attr(ui, ROLE_BAR), line->str);
		g_string_free(line, TRUE);
	}
	/* Labels may be wider than a bar: each is written where the one
	 * before it ended. */
	for (int i = first, free_x = r.x; labels && i < n; i++) {
		int x = r.x + (i - first) * (bar_w + 1);
		if (labels[i] && x >= free_x)
			free_x = x + 1 + ui_text(ui, plot_y + plot_h, x, r.x + r.w - x,
						 ui_attr(ui, ROLE_DIM), labels[i]);
	}
	return n - first;
}

int chart_area(struct ui *ui, struct rect r, const double *values, int n, double lo, double hi,
	       attr_t attr)
{
	int first = n > r.w ? n - r.w : 0;
	int steps = 8 * MAX(r.h, 1) - 1;

	if (r.w <= 0 || r.h <= 0 || n <= 0)
		return 0;
	if (!(lo < hi)) {
		bool any = false;

		for (int i = first; i < n; i++) {
			if (isnan(values[i]))
				continue;
			lo = any ? fmin(lo, values[i]) : values[i];
			hi = any ? fmax(hi, values[i]) : values[i];
			any = true;
		}
	}
	for (int i = first; i < n; i++) {
		int e;

		if (isnan(values[i])) { /* no value that day */
			ui_text(ui, r.y + r.h - 1, r.x + (i - first), 1, ui_attr(ui, ROLE_DIM),
				ui->utf8 ? "·" : ".");
			continue;
		}
		/* From one eighth: the lowest value still shows as a line. */
		e = hi > lo ? 1 + (int)lround((values[i] - lo) / (hi - lo) * steps) : 1;
		for (int row = 0; row < r.h; row++) {
			int cell = e - row * 8;

			if (cell <= 0)
				break;
			ui_text(ui, r.y + r.h - 1 - row, r.x + (i - first), 1, attr, block(ui, cell));
		}
	}
	return n - first;
}

int chart_sparkline(struct ui *ui, int y, int x, int w, const double *values, int n,
		    double lo, double hi, attr_t attr)
{
	return chart_area(ui, (struct rect){ y, x, 1, w }, values, n, lo, hi, attr);
}
