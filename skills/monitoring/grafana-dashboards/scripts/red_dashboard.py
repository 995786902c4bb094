#!/usr/bin/env python3
"""Generate a RED (rate, errors, duration) dashboard for one service as Grafana JSON.

Usage: python3 red_dashboard.py orders-api > dashboards/orders-api.json
"""
import argparse
import json
import re
import sys

SERVICE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,62}")
DS = {"type": "prometheus", "uid": "${datasource}"}
SEL = 'namespace="$namespace", job="$job"'


def panel(pid, title, kind, exprs, unit, x, y, w=12, h=8, **defaults):
    return {
        "id": pid,
        "type": kind,
        "title": title,
        "datasource": DS,
        "gridPos": {"x": x, "y": y, "w": w, "h": h},
        "targets": [
            {"refId": chr(65 + i), "datasource": DS, "expr": expr, "legendFormat": legend}
            for i, (expr, legend) in enumerate(exprs)
        ],
        "fieldConfig": {"defaults": {"unit": unit, **defaults}, "overrides": []},
        "options": {"legend": {"displayMode": "list", "placement": "bottom"}} if kind == "timeseries" else {},
    }


def variable(name, query, label):
    return {
        "name": name,
        "label": label,
        "type": "query",
        "datasource": DS,
        "query": query,
        "definition": query,
        "refresh": 2,            # on time range change
        "sort": 1,
        "includeAll": False,
        "multi": False,
    }


def build(service):
    errors_ratio = (f'sum(rate(http_requests_total{{{SEL}, code=~"5.."}}[$__rate_interval]))'
                    f' / sum(rate(http_requests_total{{{SEL}}}[$__rate_interval]))')
    thresholds = {"mode": "absolute", "steps": [
        {"color": "green", "value": None}, {"color": "orange", "value": 0.01}, {"color": "red", "value": 0.05}]}
    panels = [
        panel(1, "Requests / s", "stat",
              [(f"sum(rate(http_requests_total{{{SEL}}}[$__rate_interval]))", "rps")], "reqps", 0, 0, w=8, h=4),
        panel(2, "Error ratio (5xx)", "stat", [(errors_ratio, "errors")], "percentunit", 8, 0, w=8, h=4,
              thresholds=thresholds),
        panel(3, "p99 latency", "stat",
              [(f"histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{{{SEL}}}"
                f"[$__rate_interval])))", "p99")], "s", 16, 0, w=8, h=4),
        panel(4, "Requests by status code", "timeseries",
              [(f"sum by (code) (rate(http_requests_total{{{SEL}}}[$__rate_interval]))", "{{code}}")],
              "reqps", 0, 4),
        panel(5, "Latency percentiles", "timeseries",
              [(f"histogram_quantile({q}, sum by (le) (rate(http_request_duration_seconds_bucket{{{SEL}}}"
                f"[$__rate_interval])))", f"p{int(q * 100)}") for q in (0.5, 0.9, 0.99)],
              "s", 12, 4),
        panel(6, "CPU usage by pod", "timeseries",
              [('sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="$namespace", '
                'pod=~"$job-.*", container!=""}[$__rate_interval]))', "{{pod}}")], "cores", 0, 12),
        panel(7, "Memory working set by pod", "timeseries",
              [('sum by (pod) (container_memory_working_set_bytes{namespace="$namespace", '
                'pod=~"$job-.*", container!=""})', "{{pod}}")], "bytes", 12, 12),
    ]
    return {
        "uid": f"red-{service}"[:40],
        "title": f"{service} — RED overview",
        "tags": ["red", "generated", service],
        "timezone": "browser",
        "editable": False,
        "schemaVersion": 39,
        "time": {"from": "now-6h", "to": "now"},
        "refresh": "1m",
        "templating": {"list": [
            {"name": "datasource", "label": "Data source", "type": "datasource", "query": "prometheus"},
            variable("namespace", "label_values(http_requests_total, namespace)", "Namespace"),
            {**variable("job", 'label_values(http_requests_total{namespace="$namespace"}, job)', "Service"),
             "current": {"text": service, "value": service}},
        ]},
        "annotations": {"list": [{
            "name": "Deploys", "enable": True, "iconColor": "blue", "datasource": DS,
            "expr": 'changes(kube_deployment_status_observed_generation{namespace="$namespace", '
                    'deployment="$job"}[$__rate_interval]) > 0',
            "titleFormat": "Rollout"}]},
        "panels": panels,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description="Generate a RED (rate, errors, duration) Grafana dashboard for one service.",
                                     epilog="Example: python3 red_dashboard.py orders-api > dashboards/shop/orders-api.json")
    parser.add_argument("service", help="the service's job label value, e.g. orders-api")
    args = parser.parse_args(argv)
    if not SERVICE_NAME.fullmatch(args.service):
        parser.error("SERVICE may hold letters, digits, '_', '.' and '-' (at most 63), starting with a letter or digit")
    json.dump(build(args.service), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
