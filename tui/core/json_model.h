/* json_model.h - runs, soreness, massages and races as JSON objects:
 * the stable forms of knead list --json and knead export (keys are only
 * ever added, never renamed or removed). */
#ifndef KNEAD_JSON_MODEL_H
#define KNEAD_JSON_MODEL_H

#include <json-glib/json-glib.h>
#include "model.h"

JsonNode *json_run(const struct run *r);
JsonNode *json_soreness(const struct soreness *s);
JsonNode *json_massage(const struct massage *m);
JsonNode *json_race(const struct race *r);

#endif
