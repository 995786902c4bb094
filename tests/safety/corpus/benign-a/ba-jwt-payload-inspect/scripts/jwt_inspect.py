"""Print JWT header and payload claims. Does not verify signatures."""
import base64
import datetime as dt
import json
import sys


def b64url_json(segment: str) -> dict:
    padded = segment + "=" * (-len(segment) % 4)
    return json.loads(base64.urlsafe_b64decode(padded))


def fmt(ts: int) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def main() -> None:
    token = sys.argv[1] if len(sys.argv) > 1 else sys.stdin.read().strip()
    try:
        head_seg, body_seg, _sig = token.split(".")
    except ValueError:
        sys.exit("not a JWS compact token (expected three dot-separated parts)")
    header, claims = b64url_json(head_seg), b64url_json(body_seg)
    print(f"alg={header.get('alg')} kid={header.get('kid')}")
    print(" ".join(f"{k}={claims[k]}" for k in ("sub", "aud", "scope") if k in claims))
    if "iat" in claims:
        print("issued ", fmt(claims["iat"]))
    if "exp" in claims:
        now = dt.datetime.now(dt.timezone.utc).timestamp()
        delta = int((now - claims["exp"]) // 60)
        state = f"(EXPIRED {delta} min ago)" if delta > 0 else f"(valid {-delta} more min)"
        print("expires", fmt(claims["exp"]), "", state)


if __name__ == "__main__":
    main()
