"""Load the team magics if the package is installed in this kernel's environment."""
import importlib.util

if importlib.util.find_spec("teammagics") is not None:
    import teammagics

    teammagics.load_ipython_extension(get_ipython())  # noqa: F821
