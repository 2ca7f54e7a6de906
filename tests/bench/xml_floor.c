/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xml_floor.c - the floor for GPX import: one libxml2 xmlTextReader pass
 * over a file that does nothing with what it reads except count the track
 * points, the least any GPX reader built on xmlTextReader can do.
 *
 *   xml_floor FILE     prints the number of <trkpt> elements
 */
#include <stdio.h>
#include <string.h>
#include <libxml/xmlreader.h>

int main(int argc, char **argv)
{
	xmlTextReaderPtr r;
	long points = 0;
	int rc;

	if (argc != 2) {
		fprintf(stderr, "usage: xml_floor FILE\n");
		return 2;
	}
	r = xmlReaderForFile(argv[1], NULL, XML_PARSE_NONET);
	if (!r) {
		fprintf(stderr, "xml_floor: cannot read %s\n", argv[1]);
		return 1;
	}
	while ((rc = xmlTextReaderRead(r)) == 1) {
		if (xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT &&
		    strcmp((const char *)xmlTextReaderConstLocalName(r), "trkpt") == 0)
			points++;
	}
	xmlFreeTextReader(r);
	if (rc != 0) {
		fprintf(stderr, "xml_floor: %s is not well-formed\n", argv[1]);
		return 1;
	}
	printf("%ld\n", points);
	return 0;
}
