/* SPDX-License-Identifier: GPL-3.0-or-later */
/* min_curses.c - the floor for the interface's start: a minimal ncursesw
 * program that sets the terminal up as knead does (locale, initscr, cbreak,
 * noecho, keypad, colours), draws one line, and waits for a key to end.
 * ptybench times it exactly as it times knead, so what is left of the ratio
 * is knead's own work. */
#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <locale.h>

int main(void)
{
	setlocale(LC_ALL, "");
	if (!initscr())
		return 1;
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	if (has_colors())
		start_color();
	mvaddstr(0, 0, "floor: first frame drawn");
	refresh();
	getch();
	endwin();
	return 0;
}
