/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json_model.h - runs, soreness, massages, races and assessments as JSON
 * objects:
 * the stable forms of knead list --json and knead export (keys are only
 * ever added, never renamed or removed). */
#ifndef KNEAD_JSON_MODEL_H
#define KNEAD_JSON_MODEL_H

#include "core/json_writer.h"
#include "core/model.h"

/* Each writes one object.  type, when not NULL, adds a "type" member
 * (a listing of several tables says which each entry comes from). */
void json_run(struct json_writer *w, const struct run *r, const char *type);
void json_soreness(struct json_writer *w, const struct soreness *s, const char *type);
void json_massage(struct json_writer *w, const struct massage *m, const char *type);
void json_race(struct json_writer *w, const struct race *r, const char *type);
void json_assessment(struct json_writer *w, const struct assessment *a, const char *type);

#endif
