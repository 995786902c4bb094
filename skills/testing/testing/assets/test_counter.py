"""A deliberately order-dependent test: it reads state left behind by earlier runs (a counter file),
so it fails on every fourth run, like a test that shares state with its neighbours."""
import pathlib
import unittest

STATE = pathlib.Path("counter.txt")


class CounterTest(unittest.TestCase):
    def test_counter_is_not_a_multiple_of_four(self):
        count = int(STATE.read_text()) + 1 if STATE.exists() else 1
        STATE.write_text(str(count))
        self.assertNotEqual(count % 4, 0, f"run {count}: leftover state from earlier runs")


if __name__ == "__main__":
    unittest.main()
