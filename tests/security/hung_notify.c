/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hung_notify.c - a notification server that never answers Notify.
 *
 * It owns org.freedesktop.Notifications on the session bus, answers
 * GetServerInformation and GetCapabilities at once (so that knead gets as
 * far as sending), and keeps every Notify call waiting for ever: the
 * notification server that hangs.  Once it owns the name it
 * writes "ready" to the file named by argv[1]; it counts the Notify calls
 * it holds in the file named by argv[2]. */
#include <stdio.h>
#include <gio/gio.h>

static const char introspection[] =
	"<node><interface name='org.freedesktop.Notifications'>"
	"<method name='GetServerInformation'><arg type='s' direction='out'/>"
	"<arg type='s' direction='out'/><arg type='s' direction='out'/>"
	"<arg type='s' direction='out'/></method>"
	"<method name='GetCapabilities'><arg type='as' direction='out'/></method>"
	"<method name='Notify'><arg type='s' direction='in'/><arg type='u' direction='in'/>"
	"<arg type='s' direction='in'/><arg type='s' direction='in'/>"
	"<arg type='s' direction='in'/><arg type='as' direction='in'/>"
	"<arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
	"<arg type='u' direction='out'/></method>"
	"<method name='CloseNotification'><arg type='u' direction='in'/></method>"
	"</interface></node>";

static const char *ready_path, *count_path;
static GPtrArray *held;

static void write_file(const char *path, const char *text)
{
	g_file_set_contents(path, text, -1, NULL);
}

static void on_call(GDBusConnection *c, const char *sender, const char *path,
		    const char *iface, const char *method, GVariant *params,
		    GDBusMethodInvocation *inv, void *data)
{
	(void)c, (void)sender, (void)path, (void)iface, (void)params, (void)data;
	if (g_strcmp0(method, "GetServerInformation") == 0) {
		g_dbus_method_invocation_return_value(
			inv, g_variant_new("(ssss)", "hung", "knead tests", "1", "1.2"));
	} else if (g_strcmp0(method, "GetCapabilities") == 0) {
		const char *caps[] = { "body", NULL };
		g_dbus_method_invocation_return_value(
			inv, g_variant_new("(^as)", caps));
	} else if (g_strcmp0(method, "Notify") == 0) {
		char n[32];

		/* Never answered: the reference keeps the call open. */
		g_ptr_array_add(held, g_object_ref(inv));
		g_snprintf(n, sizeof(n), "%u", held->len);
		write_file(count_path, n);
	} else {
		g_dbus_method_invocation_return_value(inv, NULL);
	}
}

static void on_bus(GDBusConnection *c, const char *name, void *data)
{
	static const GDBusInterfaceVTable vtable = { on_call, NULL, NULL, { 0 } };
	GDBusNodeInfo *info = g_dbus_node_info_new_for_xml(introspection, NULL);

	(void)name, (void)data;
	g_dbus_connection_register_object(c, "/org/freedesktop/Notifications",
					  info->interfaces[0], &vtable, NULL, NULL, NULL);
	g_dbus_node_info_unref(info);
}

static void on_name(GDBusConnection *c, const char *name, void *data)
{
	(void)c, (void)name, (void)data;
	write_file(ready_path, "ready");
}

static void on_lost(GDBusConnection *c, const char *name, void *data)
{
	(void)c, (void)name;
	g_main_loop_quit(data);
}

int main(int argc, char **argv)
{
	GMainLoop *loop;

	if (argc != 3) {
		fprintf(stderr, "usage: hung_notify READY-FILE COUNT-FILE\n");
		return 2;
	}
	ready_path = argv[1];
	count_path = argv[2];
	held = g_ptr_array_new_with_free_func(g_object_unref);
	loop = g_main_loop_new(NULL, FALSE);
	g_bus_own_name(G_BUS_TYPE_SESSION, "org.freedesktop.Notifications",
		       G_BUS_NAME_OWNER_FLAGS_NONE, on_bus, on_name, on_lost, loop, NULL);
	g_main_loop_run(loop);
	g_ptr_array_unref(held);
	g_main_loop_unref(loop);
	return 1;
}
