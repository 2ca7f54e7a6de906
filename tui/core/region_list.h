/* SPDX-License-Identifier: GPL-3.0-or-later */
/* region_list.h - the body regions, one row each:
 *
 *     REGION(NAME, id, name, sided, segment)
 *
 * NAME makes REGION_NAME of enum region (model.h); id is the stable text
 * the database, the command line and the JSON use; name is its English
 * name, translated by region_name(); sided says whether it takes :left or
 * :right; segment is the part of the body whose regions work on one
 * presses on (regions.h, the advice's neighbours).  The order is the
 * order of knead regions and never changes meaning (the database stores
 * the id).  A new region is a row at the end (HACKING.md, "A body
 * region"): the database's reference rows and the completions follow.
 *
 * No include guard: model.h and regions.c each define REGION() first. */
REGION(CALF, "calf", N_("calf"), true, SEGMENT_LOWER_LEG)
REGION(SOLEUS, "soleus", N_("soleus"), true, SEGMENT_LOWER_LEG)
REGION(ACHILLES, "achilles", N_("Achilles tendon"), true, SEGMENT_LOWER_LEG)
REGION(SHIN, "shin", N_("shin"), true, SEGMENT_LOWER_LEG)
REGION(FOOT, "foot", N_("foot"), true, SEGMENT_LOWER_LEG)
REGION(KNEE, "knee", N_("knee"), true, SEGMENT_THIGH_FRONT)
REGION(QUAD, "quad", N_("quadriceps"), true, SEGMENT_THIGH_FRONT)
REGION(HAMSTRING, "hamstring", N_("hamstring"), true, SEGMENT_HIP_BACK)
REGION(IT_BAND, "it-band", N_("IT band"), true, SEGMENT_THIGH_FRONT)
REGION(GLUTE, "glute", N_("glutes"), true, SEGMENT_HIP_BACK)
REGION(PIRIFORMIS, "piriformis", N_("piriformis"), true, SEGMENT_HIP_BACK)
REGION(HIP_FLEXOR, "hip-flexor", N_("hip flexor"), true, SEGMENT_THIGH_FRONT)
REGION(LOWER_BACK, "lower-back", N_("lower back"), false, SEGMENT_BACK)
REGION(UPPER_BACK, "upper-back", N_("upper back"), false, SEGMENT_BACK)
