try:
    from rich import pretty
    from rich.traceback import install

    install(show_locals=False)
    pretty.install()
except ImportError:
    pass
