/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_markdown.c - libFuzzer target for the article reader: front matter
 * (GKeyFile) and body (md4c) rendering at several widths.  Any input must
 * render to valid UTF-8 lines no wider than asked, or fail cleanly. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "core/articles/articles.h"
#include "core/articles/markdown.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int widths[] = { 1, 12, 40, 80 };
	struct article a;
	GError *err = NULL;

	memset(&a, 0, sizeof(a));
	if (article_parse("fuzz.md", (const char *)data, size, &a, NULL, &err))
		article_clear(&a);
	else if (err == NULL)
		abort(); /* a failure always says why */
	g_clear_error(&err);

	for (size_t w = 0; w < sizeof(widths) / sizeof(widths[0]); w++) {
		struct render_doc *doc = render_markdown((const char *)data, size, widths[w], &err);
		char *text;

		if (!doc) {
			if (!err)
				abort();
			g_clear_error(&err);
			continue;
		}
		text = render_doc_to_text(doc);
		if (!g_utf8_validate(text, -1, NULL))
			abort();
		g_free(text);
		render_doc_free(doc);
	}
	return 0;
}
