/* SPDX-License-Identifier: GPL-3.0-or-later */
/* svg.c - the body picture of the brief (svg.h). */
#include <config.h>

#include "core/bodylayout.h"
#include "core/brief/svg.h"
#include "core/i18n.h"
#include "core/regions.h"

/* One character cell of the body map, in SVG units. */
#define CW 10
#define CH 22
#define TOP 26 /* room for the R/L marks and the captions */

static const char *fill(int level)
{
	return level <= 0 ? "#f4f4f4" : level <= 3 ? "#fde9a9" : level <= 6 ? "#f6b26b" : "#e06666";
}

static void text(GString *out, double x, double y, const char *attrs, const char *s)
{
	char *esc = g_markup_escape_text(s, -1);

	g_string_append_printf(out, "<text x=\"%.0f\" y=\"%.0f\" %s>%s</text>\n", x, y, attrs, esc);
	g_free(esc);
}

static void figure(GString *out, bool back)
{
	int x0 = back ? (BODY_FIGURE_W + BODY_FIGURE_GAP) * CW : 0;
	/* The outline of bodylayout.h: the head on row 0 (columns 8-10), the
	 * shoulders on row 1, the trunk and arms on rows 2-3, the legs below. */
	double cx = x0 + 9.5 * CW;

	g_string_append_printf(out,
			       "<circle cx=\"%.0f\" cy=\"%d\" r=\"%d\" fill=\"none\" "
			       "stroke=\"#999\"/>\n",
			       cx, TOP + CH / 2, CH / 2 - 2);
	g_string_append_printf(out,
			       "<path d=\"M%.0f %d L%.0f %d L%.0f %d L%.0f %d Z M%.0f %d L%.0f "
			       "%d M%.0f %d L%.0f %d\" fill=\"none\" stroke=\"#999\"/>\n",
			       x0 + 6.5 * CW, TOP + CH + 6, x0 + 12.5 * CW, TOP + CH + 6,
			       x0 + 12.5 * CW, TOP + 4 * CH + 4, x0 + 6.5 * CW, TOP + 4 * CH + 4,
			       x0 + 6.5 * CW, TOP + CH + 8, x0 + 4.5 * CW, TOP + 4 * CH,
			       x0 + 12.5 * CW, TOP + CH + 8, x0 + 14.5 * CW, TOP + 4 * CH);
	text(out, x0 + CW / 2, 14, "font-weight=\"bold\"",
	     back ? C_("body side", "L") : C_("body side", "R"));
	text(out, x0 + (BODY_FIGURE_W - 1) * CW, 14, "font-weight=\"bold\"",
	     back ? C_("body side", "R") : C_("body side", "L"));
	text(out, cx, 14, "text-anchor=\"middle\" fill=\"#555\"", back ? _("back") : _("front"));
}

char *brief_svg(const struct brief *b)
{
	GString *out = g_string_new(NULL);
	int w = (2 * BODY_FIGURE_W + BODY_FIGURE_GAP) * CW, h = TOP + BODY_FIGURE_ROWS * CH + 4;

	g_string_append_printf(out,
			       "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
			       "width=\"%d\" height=\"%d\" role=\"img\">\n<title>",
			       w, h, w, h);
	{
		char *esc = g_markup_escape_text(_("Body picture"), -1);

		g_string_append(out, esc);
		g_free(esc);
	}
	g_string_append(out, "</title>\n");
	figure(out, false);
	figure(out, true);
	for (int i = 0; i < body_target_count(); i++) {
		const struct body_target *t = &body_targets()[i];
		const struct brief_region *r = brief_find_region(b, t->region, t->side);
		int level = r ? r->level : 0;
		int x = (t->back ? BODY_FIGURE_W + BODY_FIGURE_GAP : 0) * CW + t->col * CW;
		int y = TOP + t->row * CH + 2;
		char *name = region_side_name(t->region, t->side), *esc;
		char label[8];

		esc = g_markup_escape_text(name, -1);
		g_string_append_printf(out,
				       "<g><title>%s</title><rect x=\"%d\" y=\"%d\" width=\"%d\" "
				       "height=\"%d\" rx=\"5\" fill=\"%s\" stroke=\"%s\" "
				       "stroke-width=\"%d\"/>\n",
				       esc, x, y, BODY_CELL_W * CW - 2, CH - 4, fill(level),
				       r && r->flagged ? "#000" : "#bbb", r && r->flagged ? 3 : 1);
		g_free(esc);
		g_free(name);
		if (r)
			g_snprintf(label, sizeof(label), "%d%s", level, r->flagged ? "!" : "");
		else
			g_strlcpy(label, "·", sizeof(label));
		text(out, x + (BODY_CELL_W * CW - 2) / 2.0, y + CH - 9,
		     r ? "text-anchor=\"middle\" font-weight=\"bold\""
		       : "text-anchor=\"middle\" fill=\"#999\"",
		     label);
		g_string_append(out, "</g>\n");
	}
	g_string_append(out, "</svg>\n");
	return g_string_free(out, FALSE);
}
