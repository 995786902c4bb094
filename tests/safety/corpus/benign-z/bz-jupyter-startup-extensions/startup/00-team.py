try:
    import team_helpers
    team_helpers.load_ipython_extension(get_ipython())  # noqa: F821
except ImportError:
    print("team-helpers not installed: pip install team-helpers==1.8.2")

import matplotlib.pyplot as plt
plt.rcParams.update({"figure.figsize": (10, 5), "font.size": 12})
