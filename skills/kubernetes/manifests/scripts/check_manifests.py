#!/usr/bin/env python3
"""Review Kubernetes manifests offline, without a cluster: selectors that do not match their Pod template,
Services that select no Pod or name a port no container has, unpinned images, missing requests, limits
and readiness probes, root or privileged containers, host namespaces and paths, env values that are not
strings, PodDisruptionBudgets that block every drain, and API versions the API server no longer serves.

Reads the YAML that manifests use (see scripts/_yaml_subset.py); anchors, tags and multi-line flow
collections are refused with their line. Give `kustomize build` or `helm template` output to check a
rendered overlay.
Exit status: 0 nothing found, 1 findings, 2 unreadable input or YAML it cannot read.
"""
import argparse
import json
import os
import sys

from _yaml_subset import YamlError, load_all_with_lines

MAX_BYTES = 16 * 1024 * 1024
WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod"}
LONG_RUNNING = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"}
REMOVED_APIS = {"extensions/v1beta1", "apps/v1beta1", "apps/v1beta2", "policy/v1beta1", "batch/v1beta1",
                "autoscaling/v2beta1", "autoscaling/v2beta2", "networking.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1beta1",
                "storage.k8s.io/v1beta1", "flowcontrol.apiserver.k8s.io/v1beta2", "admissionregistration.k8s.io/v1beta1"}


def get(value, *keys):
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def as_list(value):
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def pod_template(doc):
    kind = doc.get("kind")
    if kind == "Pod":
        return {"metadata": doc.get("metadata") or {}, "spec": doc.get("spec") or {}}
    if kind == "CronJob":
        return get(doc, "spec", "jobTemplate", "spec", "template")
    return get(doc, "spec", "template")


def check_workload(doc, report):
    kind = doc["kind"]
    template = pod_template(doc)
    if not isinstance(template, dict):
        report("no-template", "no Pod template found")
        return
    labels = get(template, "metadata", "labels") or {}
    selector = get(doc, "spec", "selector", "matchLabels")
    if kind in LONG_RUNNING:
        if not isinstance(selector, dict) or not selector:
            report("no-selector", "spec.selector.matchLabels is missing (required, and immutable once created)")
        else:
            missing = {k: v for k, v in selector.items() if labels.get(k) != v}
            if missing:
                report("selector-mismatch", f"selector {missing} is not in the template labels: the API server rejects it")
    spec = template.get("spec") if isinstance(template.get("spec"), dict) else {}
    pod_security = spec.get("securityContext") if isinstance(spec.get("securityContext"), dict) else {}
    for flag in ("hostNetwork", "hostPID", "hostIPC"):
        if spec.get(flag) is True:
            report("host-namespace", f"{flag}: true shares the node's namespace with the Pod")
    for volume in as_list(spec.get("volumes")):
        if "hostPath" in volume:
            report("host-path", f"volume {volume.get('name')!r} mounts a path of the node (hostPath)")
    containers = as_list(spec.get("containers"))
    if not containers:
        report("no-containers", "the Pod template has no containers")
    for container, init in [(c, False) for c in containers] + [(c, True) for c in as_list(spec.get("initContainers"))]:
        name = f"container {container.get('name')!r}"
        image = container.get("image")
        if not isinstance(image, str) or not image:
            report("no-image", f"{name} has no image")
        else:
            last = image.rsplit("/", 1)[-1]
            if "@sha256:" not in image and (":" not in last or last.endswith(":latest")):
                report("image-unpinned", f"{name}: image {image} is not pinned to a version or digest")
        resources = container.get("resources") if isinstance(container.get("resources"), dict) else {}
        requests = resources.get("requests") if isinstance(resources.get("requests"), dict) else {}
        limits = resources.get("limits") if isinstance(resources.get("limits"), dict) else {}
        missing = [r for r in ("cpu", "memory") if r not in requests]
        if missing:
            report("no-requests", f"{name} requests no {' or '.join(missing)}: the scheduler places it blind")
        if "memory" not in limits:
            report("no-memory-limit", f"{name} has no memory limit: one leak can take the node's memory")
        if not init and kind in LONG_RUNNING and as_list(container.get("ports")) and "readinessProbe" not in container:
            report("no-readiness-probe", f"{name} has ports but no readinessProbe: it gets traffic before it is ready")
        security = container.get("securityContext") if isinstance(container.get("securityContext"), dict) else {}
        if security.get("privileged") is True:
            report("privileged", f"{name} is privileged: it has the node's devices and capabilities")
        if security.get("allowPrivilegeEscalation") is not False:
            report("privilege-escalation", f"{name} does not set allowPrivilegeEscalation: false")
        if security.get("runAsNonRoot") is not True and pod_security.get("runAsNonRoot") is not True:
            report("may-run-as-root", f"{name}: runAsNonRoot is not set on the container or the Pod")
        for variable in as_list(container.get("env")):
            if "value" in variable and not isinstance(variable["value"], str):
                shown = json.dumps(variable["value"])
                report("env-not-string", f"{name}: env {variable.get('name')!r} has the non-string value {shown}; quote it")


def check(documents):
    """documents: (file, line, doc). Returns findings; Services and PDBs are checked against the workloads given."""
    findings = []
    workloads = []
    for file, line, doc in documents:
        kind, name = doc.get("kind"), get(doc, "metadata", "name")
        def report(rule, message, file=file, line=line, kind=kind, name=name):
            findings.append({"file": file, "line": line, "object": f"{kind}/{name}", "rule": rule, "message": message})
        if not isinstance(kind, str) or not isinstance(doc.get("apiVersion"), str):
            report("not-an-object", "a document without kind and apiVersion")
            continue
        if not isinstance(name, str) or not name:
            if not get(doc, "metadata", "generateName"):
                report("no-name", "metadata.name is missing")
        if doc["apiVersion"] in REMOVED_APIS:
            report("removed-api", f"apiVersion {doc['apiVersion']} is no longer served; use the current group version")
        if kind in WORKLOADS:
            check_workload(doc, report)
            template = pod_template(doc) or {}
            workloads.append({"namespace": get(doc, "metadata", "namespace") or "default", "kind": kind, "name": name,
                              "labels": get(template, "metadata", "labels") or {}, "replicas": get(doc, "spec", "replicas"),
                              "ports": {p.get("name") for c in as_list(get(template, "spec", "containers")) for p in as_list(c.get("ports")) if p.get("name")}})
    for file, line, doc in documents:
        kind, name = doc.get("kind"), get(doc, "metadata", "name")
        namespace = get(doc, "metadata", "namespace") or "default"
        def report(rule, message, file=file, line=line, kind=kind, name=name):
            findings.append({"file": file, "line": line, "object": f"{kind}/{name}", "rule": rule, "message": message})
        selector = get(doc, "spec", "selector")
        selector = get(selector, "matchLabels") if kind == "PodDisruptionBudget" else selector
        if kind not in ("Service", "PodDisruptionBudget") or not isinstance(selector, dict) or not selector or not workloads:
            continue
        matched = [w for w in workloads if w["namespace"] == namespace and all(w["labels"].get(k) == v for k, v in selector.items())]
        if not matched:
            report("selects-nothing", f"selector {selector} matches no Pod template in these files")
            continue
        if kind == "Service":
            for port in as_list(get(doc, "spec", "ports")):
                target = port.get("targetPort")
                if isinstance(target, str) and not all(target in w["ports"] for w in matched):
                    report("unknown-target-port", f"targetPort {target!r} is not a named container port of {', '.join(w['kind'] + '/' + str(w['name']) for w in matched)}")
        else:
            minimum = get(doc, "spec", "minAvailable")
            replicas = sum(w["replicas"] if isinstance(w["replicas"], int) else 1 for w in matched)
            if isinstance(minimum, int) and minimum >= replicas:
                report("pdb-blocks-drains", f"minAvailable {minimum} with {replicas} replica(s): no Pod may ever be evicted, so node drains hang")
            if minimum == "100%" or get(doc, "spec", "maxUnavailable") in (0, "0%"):
                report("pdb-blocks-drains", "the budget allows no disruption, so node drains hang")
    return findings


def manifest_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith((".yaml", ".yml")) and name != "kustomization.yaml":
                        yield os.path.join(root, name)
        else:
            yield path


def main(argv=None):
    parser = argparse.ArgumentParser(description="Offline review of Kubernetes manifests (selectors, ports, images, resources, probes, security).",
                                     epilog="Example: kustomize build overlays/prod | check_manifests.py -   Exit status: 0 clean, 1 findings, 2 unreadable input.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="manifest files or folders (*.yaml, *.yml), or - for standard input")
    parser.add_argument("--ignore", action="append", default=[], metavar="RULE", help="rule id to skip (repeatable)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    options = parser.parse_args(argv)
    documents = []
    for path in manifest_files(options.paths):
        try:
            if path == "-":
                data = sys.stdin.buffer.read(MAX_BYTES + 1)
            else:
                with open(path, "rb") as handle:
                    data = handle.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise ValueError(f"larger than {MAX_BYTES} bytes")
            for line, doc in load_all_with_lines(data.decode("utf-8-sig", errors="replace")):
                if isinstance(doc, dict) and doc.get("kind") == "List" and isinstance(doc.get("items"), list):
                    documents += [(path, line, item) for item in doc["items"] if isinstance(item, dict)]
                elif isinstance(doc, dict):
                    documents.append((path, line, doc))
        except OSError as error:
            print(f"check_manifests: cannot read {path}: {error.strerror}", file=sys.stderr)
            return 2
        except RecursionError:
            print(f"check_manifests: {path}: nested too deeply to be a manifest", file=sys.stderr)
            return 2
        except (YamlError, ValueError) as error:
            print(f"check_manifests: {path}: {error}", file=sys.stderr)
            return 2
    findings = [f for f in check(documents) if f["rule"] not in options.ignore]
    if options.format == "json":
        print(json.dumps(findings, indent=2))
    else:
        for f in findings:
            text = f"{f['file']}:{f['line']}: {f['object']}: [{f['rule']}] {f['message']}"
            print("".join(c if c.isprintable() else "?" for c in text))
        print(f"{len(findings)} finding(s) in {len(documents)} object(s)", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
