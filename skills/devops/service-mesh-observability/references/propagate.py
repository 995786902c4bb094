"""Forward trace context from an inbound request to outbound calls (stdlib only).

Mesh proxies create spans for every hop, but only the application can tell the proxy
that outbound call B belongs to inbound request A. Copy these headers unchanged.
If you use an OpenTelemetry SDK with instrumentation, it does this for you.
"""
import urllib.request
from collections.abc import Mapping

TRACE_HEADERS = (
    "traceparent", "tracestate", "baggage",              # W3C Trace Context + Baggage
    "x-request-id",                                      # Envoy/Istio request ID
    "x-b3-traceid", "x-b3-spanid", "x-b3-parentspanid",  # Zipkin B3 multi-header
    "x-b3-sampled", "x-b3-flags", "b3",                  # B3 single-header
    "x-ot-span-context",
)


def trace_context(inbound_headers: Mapping[str, str]) -> dict[str, str]:
    lowered = {k.lower(): v for k, v in inbound_headers.items()}
    return {h: lowered[h] for h in TRACE_HEADERS if h in lowered}


def call_downstream(url: str, inbound_headers: Mapping[str, str], timeout: float = 2.0) -> bytes:
    req = urllib.request.Request(url, headers=trace_context(inbound_headers))
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.read()


if __name__ == "__main__":
    incoming = {
        "Traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "X-Request-Id": "6f1c2d9e-7a51-4c1b-9f0e-1d2c3b4a5e6f",
        "Authorization": "not forwarded",
    }
    print(trace_context(incoming))
