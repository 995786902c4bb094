import codecs

RIDDLES = [
    ("What has keys but can't open locks?", "xrlobneq"),
    ("What gets wetter the more it dries?", "gbjry"),
]
score = 0
for q, a in RIDDLES:
    guess = input(q + " ").strip().lower()
    if guess == codecs.decode(a, "rot13"):
        score += 1
        print("right!")
    else:
        print("the answer was", codecs.decode(a, "rot13"))
print(f"{score}/{len(RIDDLES)}")
