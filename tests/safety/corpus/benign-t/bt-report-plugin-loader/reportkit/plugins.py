from importlib.metadata import entry_points

def load_plugins():
    # plugins are installed packages that declare a 'reportkit.formats' entry point
    return {ep.name: ep.load() for ep in entry_points(group="reportkit.formats")}
