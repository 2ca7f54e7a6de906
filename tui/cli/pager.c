/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pager.c - long output (knead list, knead read) through $PAGER when
 * stdout is a terminal, as git and man do. */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "cli.h"

#define DEFAULT_PAGER "less -FRX"

static pid_t pager_pid = -1;
static int saved_stdout = -1;

/* Hands the terminal back to knead once the pager has read everything:
 * runs at exit, before close_stdout() (atexit runs in reverse order). */
static void pager_wait(void)
{
	int status;

	if (pager_pid < 0)
		return;
	fflush(stdout);
	/* The pager quit early (q): what was left is not an error. */
	clearerr(stdout);
	dup2(saved_stdout, STDOUT_FILENO);
	close(saved_stdout);
	while (waitpid(pager_pid, &status, 0) < 0 && errno == EINTR)
		;
	pager_pid = -1;
	cli_pager_end = NULL;
}

void cli_pager_start(bool no_pager)
{
	const char *pager = g_getenv("PAGER");
	int fds[2];
	pid_t pid;

	if (no_pager || pager_pid >= 0 || !isatty(STDOUT_FILENO))
		return;
	if (!pager)
		pager = DEFAULT_PAGER;
	/* PAGER=cat or an empty PAGER: no pager, as git reads it. */
	if (!*pager || strcmp(pager, "cat") == 0)
		return;
	fflush(stdout);
	if (pipe(fds) != 0)
		return;
	pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return;
	}
	if (pid == 0) {
		dup2(fds[0], STDIN_FILENO);
		close(fds[0]);
		close(fds[1]);
		execl("/bin/sh", "sh", "-c", pager, (char *)NULL);
		_exit(127);
	}
	close(fds[0]);
	saved_stdout = dup(STDOUT_FILENO);
	dup2(fds[1], STDOUT_FILENO);
	close(fds[1]);
	/* A write after the runner quits the pager is EPIPE, not a kill. */
	signal(SIGPIPE, SIG_IGN);
	pager_pid = pid;
	cli_pager_end = pager_wait;
	atexit(pager_wait);
}
