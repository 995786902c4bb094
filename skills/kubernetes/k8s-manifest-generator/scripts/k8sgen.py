#!/usr/bin/env python3
"""Generate a production-ready Kubernetes manifest set from a small TOML spec.

Usage: python3 k8sgen.py app.toml out/
Requires Python 3.11+ (tomllib); no third-party packages.
Exit status: 0 written, 2 invalid spec or unwritable output folder (nothing is written then).
"""
import argparse
import hashlib
import json
import pathlib
import re
import sys
import tomllib

SAFE = re.compile(r"^[A-Za-z_/][A-Za-z0-9_./-]*$")
DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")


class SpecError(ValueError):
    pass


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    # Quote anything YAML could read as another type (numbers, booleans, null, special chars).
    if SAFE.match(s) and s.lower() not in {"true", "false", "yes", "no", "on", "off", "null", "y", "n"}:
        return s
    return json.dumps(s)


def to_yaml(obj, indent=0):
    pad = "  " * indent
    lines = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                lines.append(f"{pad}{scalar(k)}:")
                lines.append(to_yaml(v, indent + 1))
            else:
                lines.append(f"{pad}{scalar(k)}: {empty(v) if isinstance(v, (dict, list)) else scalar(v)}")
    elif isinstance(obj, list):
        for item in obj:
            if isinstance(item, (dict, list)) and item:
                block = to_yaml(item, indent + 1).lstrip()
                lines.append(f"{pad}- {block}")
            else:
                lines.append(f"{pad}- {scalar(item)}")
    return "\n".join(lines)


def empty(v):
    return "{}" if isinstance(v, dict) else "[]"


def build(spec):
    name, ns = spec["name"], spec.get("namespace", "default")
    port = int(spec.get("port", 8080))
    web = spec.get("kind", "web") == "web"
    sel = {"app.kubernetes.io/name": name, "app.kubernetes.io/instance": name}
    labels = {**sel, "app.kubernetes.io/version": spec.get("version", spec["image"].rsplit(":", 1)[-1]),
              "app.kubernetes.io/managed-by": "k8sgen"}
    if spec.get("part_of"):
        labels["app.kubernetes.io/part-of"] = spec["part_of"]
    meta = lambda n=name: {"name": n, "namespace": ns, "labels": labels}

    env = [{"name": k, "valueFrom": {"secretKeyRef": {"name": v["secret"], "key": v["key"]}}}
           for k, v in spec.get("secret_env", {}).items()]
    container = {
        "name": name,
        "image": spec["image"],
        "imagePullPolicy": "IfNotPresent",
        "ports": [{"name": "http", "containerPort": port}] if web else [],
        "envFrom": [{"configMapRef": {"name": f"{name}-config"}}],
        "env": env,
        "resources": {
            "requests": {"cpu": spec.get("cpu", "100m"), "memory": spec.get("memory", "128Mi")},
            "limits": {"memory": spec.get("memory_limit", spec.get("memory", "128Mi"))},
        },
        "securityContext": {
            "allowPrivilegeEscalation": False,
            "readOnlyRootFilesystem": True,
            "capabilities": {"drop": ["ALL"]},
        },
        "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}],
    }
    if web:
        health, ready = spec.get("health_path", "/healthz"), spec.get("ready_path", "/ready")
        container["startupProbe"] = {"httpGet": {"path": health, "port": "http"},
                                     "periodSeconds": 5, "failureThreshold": 30}
        container["readinessProbe"] = {"httpGet": {"path": ready, "port": "http"},
                                       "periodSeconds": 5, "failureThreshold": 3}
        container["livenessProbe"] = {"httpGet": {"path": health, "port": "http"},
                                      "periodSeconds": 10, "timeoutSeconds": 2, "failureThreshold": 6}
    container = {k: v for k, v in container.items() if v != []}

    config = {k: str(v) for k, v in spec.get("env", {}).items()}
    # Changing the ConfigMap changes this hash, which changes the Pod template and rolls the Pods.
    config_hash = hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:16]
    replicas = int(spec.get("replicas", 2))
    autoscaling = spec.get("autoscaling")
    deploy_spec = {
        "revisionHistoryLimit": 5,
        "selector": {"matchLabels": sel},
        "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
        "template": {
            "metadata": {"labels": labels, "annotations": {"checksum/config": config_hash}},
            "spec": {
                "serviceAccountName": name,
                "automountServiceAccountToken": False,
                "securityContext": {"runAsNonRoot": True, "runAsUser": 10001, "runAsGroup": 10001,
                                    "fsGroup": 10001, "seccompProfile": {"type": "RuntimeDefault"}},
                "containers": [container],
                "volumes": [{"name": "tmp", "emptyDir": {}}],
                "topologySpreadConstraints": [{
                    "maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone",
                    "whenUnsatisfiable": "ScheduleAnyway", "labelSelector": {"matchLabels": sel}}],
            },
        },
    }
    if not autoscaling:  # let the HPA own replicas when it exists
        deploy_spec = {"replicas": replicas, **deploy_spec}

    docs = {
        "serviceaccount.yaml": {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": meta(),
                                "automountServiceAccountToken": False},
        "configmap.yaml": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta(f"{name}-config"),
                           "data": config},
        "deployment.yaml": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta(),
                            "spec": deploy_spec},
    }
    min_pods = autoscaling["min"] if autoscaling else replicas
    if min_pods >= 2:
        docs["pdb.yaml"] = {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": meta(),
                            "spec": {"maxUnavailable": 1, "selector": {"matchLabels": sel}}}
    if web:
        docs["service.yaml"] = {"apiVersion": "v1", "kind": "Service", "metadata": meta(), "spec": {
            "type": "ClusterIP", "selector": sel,
            "ports": [{"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"}]}}
        np_ingress = [{"ports": [{"port": port, "protocol": "TCP"}]}]
        if spec.get("allow_from_namespace"):
            np_ingress[0]["from"] = [{"namespaceSelector": {"matchLabels": {
                "kubernetes.io/metadata.name": spec["allow_from_namespace"]}}}]
        docs["networkpolicy.yaml"] = {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
                                      "metadata": meta(), "spec": {"podSelector": {"matchLabels": sel},
                                                                   "policyTypes": ["Ingress"],
                                                                   "ingress": np_ingress}}
    if web and spec.get("host"):
        ingress_spec = {
            "tls": [{"hosts": [spec["host"]], "secretName": f"{name}-tls"}],
            "rules": [{"host": spec["host"], "http": {"paths": [{
                "path": "/", "pathType": "Prefix",
                "backend": {"service": {"name": name, "port": {"name": "http"}}}}]}}]}
        if spec.get("ingress_class"):  # otherwise the cluster's default IngressClass applies
            ingress_spec = {"ingressClassName": spec["ingress_class"], **ingress_spec}
        docs["ingress.yaml"] = {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": meta(),
                                "spec": ingress_spec}
    if autoscaling:
        docs["hpa.yaml"] = {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": meta(),
                            "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": name},
                                     "minReplicas": autoscaling["min"], "maxReplicas": autoscaling["max"],
                                     "metrics": [{"type": "Resource", "resource": {"name": "cpu", "target": {
                                         "type": "Utilization",
                                         "averageUtilization": autoscaling.get("cpu_utilization", 70)}}}]}}
    return docs


def check(spec):
    """Reject specs that would produce invalid or unsafe manifests, with a message naming the field."""
    for required in ("name", "image"):
        if not isinstance(spec.get(required), str) or not spec[required]:
            raise SpecError(f"spec is missing '{required}' (a string)")
    for field in ("name", "namespace"):
        value = spec.get(field, "default")
        if not isinstance(value, str) or not DNS_LABEL.match(value):
            raise SpecError(f"'{field}' must be a DNS label: lowercase letters, digits and '-', at most 63 characters")
    if spec["image"].endswith(":latest") or ":" not in spec["image"].rsplit("/", 1)[-1] and "@sha256:" not in spec["image"]:
        raise SpecError("pin the image to a tag or digest, not latest")
    if spec.get("kind", "web") not in ("web", "worker"):
        raise SpecError("'kind' is web or worker")
    for table in ("env", "secret_env"):
        if not isinstance(spec.get(table, {}), dict):
            raise SpecError(f"[{table}] must be a table")
    for key, ref in spec.get("secret_env", {}).items():
        if not isinstance(ref, dict) or not isinstance(ref.get("secret"), str) or not isinstance(ref.get("key"), str):
            raise SpecError(f"secret_env.{key} needs {{ secret = \"...\", key = \"...\" }}")
    autoscaling = spec.get("autoscaling")
    if autoscaling is not None and (not isinstance(autoscaling, dict) or not all(isinstance(autoscaling.get(k), int) for k in ("min", "max"))
                                    or not 1 <= autoscaling["min"] <= autoscaling["max"]):
        raise SpecError("[autoscaling] needs whole numbers 1 <= min <= max")
    for number in ("port", "replicas"):
        if number in spec and (not isinstance(spec[number], int) or isinstance(spec[number], bool) or spec[number] < 0):
            raise SpecError(f"'{number}' must be a whole number")


def main():
    parser = argparse.ArgumentParser(description="Generate a Kubernetes manifest set (Deployment, Service, PDB, HPA...) from a TOML spec.",
                                     epilog="Example: python3 k8sgen.py deploy/app.toml deploy/base")
    parser.add_argument("spec", help="the app spec, TOML")
    parser.add_argument("outdir", help="folder for the manifests and kustomization.yaml (created if missing)")
    args = parser.parse_args()
    try:
        spec = tomllib.loads(pathlib.Path(args.spec).read_text(encoding="utf-8"))
        check(spec)
        docs = build(spec)
    except OSError as error:
        print(f"k8sgen: cannot read {args.spec}: {error.strerror}", file=sys.stderr)
        return 2
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, SpecError) as error:
        print(f"k8sgen: {args.spec}: {error}", file=sys.stderr)
        return 2
    kustomization = {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization",
                     "resources": sorted(docs)}
    files = {**{fname: to_yaml(doc) + "\n" for fname, doc in docs.items()}, "kustomization.yaml": to_yaml(kustomization) + "\n"}
    out = pathlib.Path(args.outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        for fname, text in files.items():
            staged = out / f".{fname}.tmp"
            staged.write_text(text, encoding="utf-8")
            staged.replace(out / fname)
    except OSError as error:
        print(f"k8sgen: cannot write to {out}: {error.strerror}", file=sys.stderr)
        return 2
    print(f"wrote {len(files)} files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
