/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ptybench.c - times full-screen programs in a pseudo-terminal.
 *
 *   ptybench [-n RUNS] [-r REPEATS] [-s ROWSxCOLS] [-q QUIET_MS] [-t TIMEOUT_MS]
 *            [-Q QUIT_KEYS] -m MARKER [-m MARKER]... [-p KEYS]... [-k KEYS[@MARKER]]...
 *            -- COMMAND [ARG]... [:: COMMAND [ARG]...]...
 *
 * Each session starts a command on a fresh pseudo-terminal of the given size
 * (40x120 by default) and reads everything it writes, as a terminal would.
 * Times are taken on the monotonic clock, from the fork (or from writing a
 * key) to the *last byte* of the burst of output that answers it: the burst
 * ends when its marker has appeared (for a key step, its own marker or any
 * output) and then nothing came for QUIET_MS, or when the program exited.
 * The quiet wait is how the end is recognised, not part of the figure.
 * The n-th -m is the first frame's marker for the n-th command (the last
 * one given serves the rest).
 *
 * Several commands are run one session each in turn, RUNS times, so the
 * load of a shared machine weighs on all of them alike.  With a single
 * command, the key steps (-k; C escapes allowed: \t \n \r \e \xNN) are sent
 * after the first frame one by one, the whole list REPEATS times, inside
 * the same session; before them, the -p steps are sent the same way but
 * not timed (to reach the screen or the field that the -k steps work on).  Then QUIT_KEYS are sent (the program is killed if it
 * has not exited 2 s later) and its peak resident size is read from wait4().
 *
 * Output, medians over every session and repeat:
 *   1 start_ms 12.345 maxrss_kb 6120     (one line per command; RSS: the largest)
 *   key1_ms 0.812                         (one line per key step)
 * Exit status 0; 1 when a program did not draw what was expected; 2 usage.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define MAX_STEPS 16
#define MAX_SAMPLES 1024
#define MAX_TARGETS 8
#define MIN(a, b) ((a) < (b) ? (a) : (b))

struct step {
	char keys[64];
	size_t n_keys;
	const char *marker; /* may be NULL: any output */
	double samples[MAX_SAMPLES];
	size_t n;
};

struct target {
	char **argv;
	const char *marker;
	double starts[MAX_SAMPLES];
	size_t n_starts;
	long max_rss;
};

struct session {
	int fd;
	pid_t pid;
	bool eof;
	/* The last bytes seen, so a marker split across reads is still found. */
	char tail[8192];
	size_t tail_len;
};

static int quiet_ms = 60;
static int timeout_ms = 10000;

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void fail(const char *what)
{
	fprintf(stderr, "ptybench: %s\n", what);
	exit(1);
}

/* Reads what is there (waiting at most `wait` ms); returns the time of the
 * read, or 0 when nothing came. */
static double pump(struct session *s, int wait)
{
	struct pollfd p = { .fd = s->fd, .events = POLLIN };
	char buf[65536];
	ssize_t n;

	if (s->eof)
		return 0;
	if (poll(&p, 1, wait) <= 0)
		return 0;
	n = read(s->fd, buf, sizeof(buf));
	if (n <= 0) {
		/* EIO: the slave side closed, the program is gone. */
		s->eof = true;
		return 0;
	}
	double t = now_ms();
	size_t keep = sizeof(s->tail) / 2;
	if ((size_t)n >= keep) {
		memcpy(s->tail, buf + n - keep, keep);
		s->tail_len = keep;
	} else {
		if (s->tail_len + (size_t)n > sizeof(s->tail)) {
			memmove(s->tail, s->tail + s->tail_len - keep, keep);
			s->tail_len = keep;
		}
		memcpy(s->tail + s->tail_len, buf, (size_t)n);
		s->tail_len += (size_t)n;
	}
	return t;
}

static bool tail_has(const struct session *s, const char *marker)
{
	return memmem(s->tail, s->tail_len, marker, strlen(marker)) != NULL;
}

/* Waits for the burst that answers something sent at `t0`: returns the time
 * of its last byte minus t0, or -1 on time-out. */
static double burst(struct session *s, double t0, const char *marker)
{
	double last = 0, deadline = t0 + timeout_ms;
	bool seen = false;

	while (!s->eof) {
		double t = now_ms();
		if (t > deadline)
			return -1;
		/* Before the marker, wait for it; after it, wait for quiet. */
		double got = pump(s, seen ? quiet_ms : (int)(deadline - t) + 1);
		if (got > 0) {
			last = got;
			if (!seen && (!marker || tail_has(s, marker)))
				seen = true;
		} else if (seen) {
			break;
		}
	}
	if (!seen)
		return -1;
	return last - t0;
}

static size_t unescape(const char *in, char *out, size_t max)
{
	size_t n = 0;

	while (*in && n < max) {
		if (*in != '\\' || !in[1]) {
			out[n++] = *in++;
			continue;
		}
		in++;
		switch (*in) {
		case 't': out[n++] = '\t'; in++; break;
		case 'n': out[n++] = '\n'; in++; break;
		case 'r': out[n++] = '\r'; in++; break;
		case 'e': out[n++] = 27; in++; break;
		case 'x': {
			char hex[3] = { 0 };
			in++;
			for (int i = 0; i < 2 && isxdigit((unsigned char)*in); i++)
				hex[i] = *in++;
			out[n++] = (char)strtol(hex, NULL, 16);
			break;
		}
		default: out[n++] = *in++; break;
		}
	}
	return n;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double median(double *v, size_t n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void send_keys(struct session *s, const char *keys, size_t n)
{
	while (n > 0) {
		ssize_t w = write(s->fd, keys, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			fail("cannot write to the terminal");
		keys += w;
		n -= (size_t)w;
	}
}

/* Ends the session: quit keys, then signals; returns the peak RSS in KiB. */
static long finish(struct session *s, const char *quit, size_t n_quit)
{
	struct rusage ru;
	int status;
	double deadline;

	if (n_quit && !s->eof)
		send_keys(s, quit, n_quit);
	deadline = now_ms() + 2000;
	for (;;) {
		pid_t r = wait4(s->pid, &status, WNOHANG, &ru);
		if (r == s->pid)
			break;
		if (now_ms() > deadline) {
			kill(s->pid, SIGKILL);
			wait4(s->pid, &status, 0, &ru);
			break;
		}
		if (!s->eof)
			pump(s, 10);
		else
			usleep(1000);
	}
	close(s->fd);
	return ru.ru_maxrss;
}

static void usage(void)
{
	fprintf(stderr, "usage: ptybench [-n RUNS] [-r REPEATS] [-s ROWSxCOLS] [-q QUIET_MS] "
			"[-t TIMEOUT_MS] [-Q QUIT_KEYS] -m MARKER [-m MARKER]... "
			"[-p KEYS]... [-k KEYS[@MARKER]]... -- COMMAND [ARG]... [:: COMMAND [ARG]...]...\n");
	exit(2);
}

/* One session of command `c`: the first frame, the key steps, the end. */
static bool session(struct target *c, const struct winsize *ws, struct step *prep,
		    size_t n_prep, struct step *steps, size_t n_steps, int repeats,
		    const char *quit, size_t n_quit)
{
	struct session s = { 0 };
	struct winsize w = *ws;
	double t0 = now_ms();

	s.pid = forkpty(&s.fd, NULL, NULL, &w);
	if (s.pid < 0)
		fail("forkpty failed");
	if (s.pid == 0) {
		execvp(c->argv[0], c->argv);
		_exit(127);
	}
	double t = burst(&s, t0, c->marker);
	if (t < 0) {
		fprintf(stderr, "ptybench: %s never showed \"%s\"\n", c->argv[0], c->marker);
		kill(s.pid, SIGKILL);
		finish(&s, NULL, 0);
		return false;
	}
	c->starts[c->n_starts++] = t;
	for (size_t i = 0; i < n_prep; i++) {
		s.tail_len = 0;
		send_keys(&s, prep[i].keys, prep[i].n_keys);
		if (burst(&s, now_ms(), prep[i].marker) < 0) {
			fprintf(stderr, "ptybench: %s did not answer preparing step %zu\n",
				c->argv[0], i + 1);
			kill(s.pid, SIGKILL);
			finish(&s, NULL, 0);
			return false;
		}
	}
	for (int rep = 0; rep < repeats; rep++) {
		for (size_t i = 0; i < n_steps; i++) {
			struct step *st = &steps[i];
			s.tail_len = 0;
			double k0 = now_ms();
			send_keys(&s, st->keys, st->n_keys);
			double dt = burst(&s, k0, st->marker);
			if (dt < 0) {
				fprintf(stderr, "ptybench: %s did not answer key step %zu\n",
					c->argv[0], i + 1);
				kill(s.pid, SIGKILL);
				finish(&s, NULL, 0);
				return false;
			}
			st->samples[st->n++] = dt;
		}
	}
	long rss = finish(&s, quit, n_quit);
	if (rss > c->max_rss)
		c->max_rss = rss;
	return true;
}

int main(int argc, char **argv)
{
	struct winsize ws = { .ws_row = 40, .ws_col = 120 };
	static struct step steps[MAX_STEPS], prep[MAX_STEPS];
	static struct target targets[MAX_TARGETS];
	const char *markers[MAX_TARGETS];
	size_t n_steps = 0, n_prep = 0, n_markers = 0, n_targets = 0;
	char quit[64];
	size_t n_quit = 0;
	int runs = 5, repeats = 1, opt;

	while ((opt = getopt(argc, argv, "+n:r:s:q:t:Q:m:k:p:")) != -1) {
		switch (opt) {
		case 'n': runs = atoi(optarg); break;
		case 'r': repeats = atoi(optarg); break;
		case 's':
			if (sscanf(optarg, "%hux%hu", &ws.ws_row, &ws.ws_col) != 2)
				fail("-s wants ROWSxCOLS");
			break;
		case 'q': quiet_ms = atoi(optarg); break;
		case 't': timeout_ms = atoi(optarg); break;
		case 'Q': n_quit = unescape(optarg, quit, sizeof(quit)); break;
		case 'm':
			if (n_markers == MAX_TARGETS)
				fail("too many -m");
			markers[n_markers++] = optarg;
			break;
		case 'p':
		case 'k': {
			if ((opt == 'k' ? n_steps : n_prep) == MAX_STEPS)
				fail("too many -k or -p");
			struct step *st = opt == 'k' ? &steps[n_steps++] : &prep[n_prep++];
			char *at = strchr(optarg, '@');
			if (at) {
				*at = '\0';
				st->marker = at + 1;
			}
			st->n_keys = unescape(optarg, st->keys, sizeof(st->keys));
			break;
		}
		default:
			usage();
		}
	}
	if (optind >= argc || n_markers == 0 || runs < 1 || repeats < 1 ||
	    (size_t)runs * (size_t)repeats > MAX_SAMPLES)
		usage();
	for (int i = optind; i < argc; i++) {
		if ((i == optind || argv[i - 1] == NULL) && strcmp(argv[i], "::") != 0) {
			if (n_targets == MAX_TARGETS)
				fail("too many commands");
			targets[n_targets].argv = &argv[i];
			targets[n_targets].marker = markers[MIN(n_targets, n_markers - 1)];
			n_targets++;
		}
		if (strcmp(argv[i], "::") == 0)
			argv[i] = NULL;
	}
	if ((n_steps || n_prep) && n_targets > 1)
		fail("key steps (-k, -p) take one command");

	/* One session of each command in turn, so that the load of the machine
	 * weighs on all of them alike. */
	for (int run = 0; run < runs; run++)
		for (size_t i = 0; i < n_targets; i++)
			if (!session(&targets[i], &ws, prep, n_prep, steps, n_steps, repeats, quit,
				     n_quit))
				return 1;
	for (size_t i = 0; i < n_targets; i++) {
		printf("%zu start_ms %.3f maxrss_kb %ld\n", i + 1,
		       median(targets[i].starts, targets[i].n_starts), targets[i].max_rss);
	}
	for (size_t i = 0; i < n_steps; i++)
		printf("key%zu_ms %.3f\n", i + 1, median(steps[i].samples, steps[i].n));
	return 0;
}
