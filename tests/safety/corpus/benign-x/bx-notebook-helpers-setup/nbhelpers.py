import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

def style():
    plt.rcParams.update({"figure.figsize": (9, 5), "axes.grid": True, "axes.spines.top": False, "axes.spines.right": False})
    pd.set_option("display.max_columns", 50)

def show(df, n=20):
    display(df.head(n).style.format(precision=3))
