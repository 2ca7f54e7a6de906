/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pager.c - long output (knead list, knead read) through a pager when
 * stdout is a terminal, as git and man do.
 *
 * The pager is $PAGER, else Debian's `pager` alternative, else less; one
 * that is not installed is passed over, and with none the output goes
 * straight to the terminal: a listing is never lost to a missing pager.
 * While the pager runs it owns the terminal: knead ignores Ctrl-C and
 * Ctrl-\ (the pager decides what they do), and waits for it to exit before
 * it does, so no pager is left behind on the terminal. */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "cli.h"

/* less and most `pager`s read their options from $LESS: quit when the
 * output fits on one screen, keep colours, leave the text on the screen. */
#define LESS_DEFAULT "FRX"

static pid_t pager_pid = -1;
static int saved_stdout = -1;

/* Hands the terminal back to knead once the pager has exited: runs at
 * exit, before close_stdout() (atexit runs in reverse order). */
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
	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
}

/* Whether the program a pager command starts with is installed. */
static bool runnable(const char *command)
{
	char **argv = NULL;
	char *found = NULL;

	if (g_shell_parse_argv(command, NULL, &argv, NULL) && argv[0])
		found = g_find_program_in_path(argv[0]);
	g_strfreev(argv);
	g_free(found);
	return found != NULL;
}

/* The pager to run (g_free it), or NULL for none. */
static char *pager_command(void)
{
	static const char *const fallbacks[] = { "pager", "less" };
	const char *env = g_getenv("PAGER");

	/* PAGER=cat or an empty PAGER: no pager, as git reads it. */
	if (env && (!*env || strcmp(env, "cat") == 0))
		return NULL;
	if (env && runnable(env))
		return g_strdup(env);
	for (size_t i = 0; i < G_N_ELEMENTS(fallbacks); i++)
		if (runnable(fallbacks[i]))
			return g_strdup(fallbacks[i]);
	return NULL;
}

void cli_pager_start(bool no_pager)
{
	char *pager;
	int fds[2];
	pid_t pid;

	if (no_pager || pager_pid >= 0 || !isatty(STDOUT_FILENO))
		return;
	pager = pager_command();
	if (!pager)
		return;
	fflush(stdout);
	if (pipe(fds) != 0) {
		g_free(pager);
		return;
	}
	pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		g_free(pager);
		return;
	}
	if (pid == 0) {
		dup2(fds[0], STDIN_FILENO);
		close(fds[0]);
		close(fds[1]);
		if (!getenv("LESS"))
			setenv("LESS", LESS_DEFAULT, 1);
		execl("/bin/sh", "sh", "-c", pager, (char *)NULL);
		_exit(127);
	}
	g_free(pager);
	close(fds[0]);
	saved_stdout = dup(STDOUT_FILENO);
	dup2(fds[1], STDOUT_FILENO);
	close(fds[1]);
	/* A write after the runner quits the pager is EPIPE, not a kill. */
	signal(SIGPIPE, SIG_IGN);
	/* Ctrl-C reaches the pager too (one process group): it is the
	 * pager's to act on; knead goes on and waits for it. */
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	pager_pid = pid;
	cli_pager_end = pager_wait;
	atexit(pager_wait);
}
