/* SPDX-License-Identifier: GPL-3.0-or-later */
/* timecmd.c - times commands against each other, interleaved.
 *
 *   timecmd [-n RUNS] [-w WARMUP] [-o OUTPUT] [-r DB] -- CMD [ARG]... [:: CMD [ARG]...]...
 *
 * Runs each command RUNS times (after WARMUP untimed runs), one of each in
 * turn, so that whatever else the machine is doing weighs on every command
 * alike: on a shared two-core machine, a floor measured a minute before the
 * subject is not a floor.  Standard output goes to OUTPUT (default
 * /dev/null), standard input is /dev/null; a command that exits non-zero
 * stops everything, since its figure would mean nothing.  With -r, DB and
 * its -wal and -shm files are removed before every run (untimed), so that
 * an import always starts from an empty database.
 *
 * Prints one line per command, in order:
 *   N wall_ms MEDIAN cpu_ms MEDIAN maxrss_kb MAX
 * where cpu_ms is user + system time (from wait4), steadier than wall time
 * when the machine is busy.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_CMDS 32

struct cmd {
	char **argv;
	double *wall, *cpu;
	long max_rss;
};

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double tv_ms(struct timeval tv)
{
	return tv.tv_sec * 1e3 + tv.tv_usec / 1e3;
}

/* Runs one command; false when it could not run or failed. */
static bool run_once(struct cmd *c, const char *output, const char *db, double *wall,
		     double *cpu)
{
	struct rusage ru;
	int status;

	if (db) {
		static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
		for (size_t i = 0; i < sizeof(suffixes) / sizeof(*suffixes); i++) {
			char path[4096];
			snprintf(path, sizeof(path), "%s%s", db, suffixes[i]);
			unlink(path);
		}
	}

	double t0 = now_ms();
	pid_t pid = fork();

	if (pid < 0)
		return false;
	if (pid == 0) {
		int in = open("/dev/null", O_RDONLY);
		int out = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (in < 0 || out < 0)
			_exit(126);
		dup2(in, 0);
		dup2(out, 1);
		execvp(c->argv[0], c->argv);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) != pid)
		return false;
	*wall = now_ms() - t0;
	*cpu = tv_ms(ru.ru_utime) + tv_ms(ru.ru_stime);
	if (ru.ru_maxrss > c->max_rss)
		c->max_rss = ru.ru_maxrss;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "timecmd: %s failed (status %d)\n", c->argv[0], status);
		return false;
	}
	return true;
}

int main(int argc, char **argv)
{
	struct cmd cmds[MAX_CMDS];
	const char *output = "/dev/null", *db = NULL;
	int runs = 21, warmup = 2, n_cmds = 0, opt;

	while ((opt = getopt(argc, argv, "+n:w:o:r:")) != -1) {
		switch (opt) {
		case 'n': runs = atoi(optarg); break;
		case 'w': warmup = atoi(optarg); break;
		case 'o': output = optarg; break;
		case 'r': db = optarg; break;
		default:
			fprintf(stderr, "usage: timecmd [-n RUNS] [-w WARMUP] [-o OUTPUT] [-r DB] -- "
					"CMD [ARG]... [:: CMD [ARG]...]...\n");
			return 2;
		}
	}
	if (optind >= argc || runs < 1 || warmup < 0) {
		fprintf(stderr, "timecmd: no command\n");
		return 2;
	}
	/* Split argv in place at each "::". */
	for (int i = optind; i < argc && n_cmds < MAX_CMDS; i++) {
		if ((i == optind || argv[i - 1] == NULL) && strcmp(argv[i], "::") != 0) {
			cmds[n_cmds++] = (struct cmd){
				.argv = &argv[i],
				.wall = calloc((size_t)runs, sizeof(double)),
				.cpu = calloc((size_t)runs, sizeof(double)),
			};
		}
		if (strcmp(argv[i], "::") == 0)
			argv[i] = NULL;
	}
	for (int r = -warmup; r < runs; r++) {
		for (int i = 0; i < n_cmds; i++) {
			double wall, cpu;
			if (!run_once(&cmds[i], output, db, &wall, &cpu))
				return 1;
			if (r >= 0) {
				cmds[i].wall[r] = wall;
				cmds[i].cpu[r] = cpu;
			}
		}
	}
	for (int i = 0; i < n_cmds; i++)
		printf("%d wall_ms %.3f cpu_ms %.3f maxrss_kb %ld\n", i + 1,
		       median(cmds[i].wall, runs), median(cmds[i].cpu, runs), cmds[i].max_rss);
	return 0;
}
