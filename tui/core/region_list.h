/* SPDX-License-Identifier: GPL-3.0-or-later */
/* region_list.h - the body regions, one row each:
 *
 *     REGION(NAME, id, name, sided, segment, figure, row, col)
 *
 * NAME makes REGION_NAME of enum region (model.h); id is the stable text
 * the database, the command line and the JSON use; name is its English
 * name, translated by region_name(); sided says whether it takes :left or
 * :right; segment is the part of the body whose regions work on one
 * presses on (regions.h, the advice's neighbours).  figure, row and col
 * place it on the body map (bodylayout.h): FRONT or BACK, the row of that
 * figure, and the column of its cell on the viewer's left (the runner's
 * right on the front figure, their left on the back one); a sided region's
 * other side is mirrored across the figure.  The order is the
 * order of knead regions and never changes meaning (the database stores
 * the id).  A new region is a row at the end (HACKING.md, "A body
 * region"): the database's reference rows and the completions follow.
 *
 * No include guard: model.h, regions.c and bodylayout.c each define
 * REGION() first. */
REGION(CALF, "calf", N_("calf"), true, SEGMENT_LOWER_LEG, BACK, 7, 4)
REGION(SOLEUS, "soleus", N_("soleus"), true, SEGMENT_LOWER_LEG, BACK, 8, 4)
REGION(ACHILLES, "achilles", N_("Achilles tendon"), true, SEGMENT_LOWER_LEG, BACK, 9, 4)
REGION(SHIN, "shin", N_("shin"), true, SEGMENT_LOWER_LEG, FRONT, 7, 4)
REGION(FOOT, "foot", N_("foot"), true, SEGMENT_LOWER_LEG, FRONT, 8, 4)
REGION(KNEE, "knee", N_("knee"), true, SEGMENT_THIGH_FRONT, FRONT, 6, 4)
REGION(QUAD, "quad", N_("quadriceps"), true, SEGMENT_THIGH_FRONT, FRONT, 5, 4)
REGION(HAMSTRING, "hamstring", N_("hamstring"), true, SEGMENT_HIP_BACK, BACK, 6, 4)
REGION(IT_BAND, "it-band", N_("IT band"), true, SEGMENT_THIGH_FRONT, FRONT, 5, 0)
REGION(GLUTE, "glute", N_("glutes"), true, SEGMENT_HIP_BACK, BACK, 4, 4)
REGION(PIRIFORMIS, "piriformis", N_("piriformis"), true, SEGMENT_HIP_BACK, BACK, 5, 4)
REGION(HIP_FLEXOR, "hip-flexor", N_("hip flexor"), true, SEGMENT_THIGH_FRONT, FRONT, 4, 4)
REGION(LOWER_BACK, "lower-back", N_("lower back"), false, SEGMENT_BACK, BACK, 3, 7)
REGION(UPPER_BACK, "upper-back", N_("upper back"), false, SEGMENT_BACK, BACK, 2, 7)
