#!/usr/bin/env python3
"""The layers of core/ and the only directions they may use each other in: every
`#include "x.h"` in core/LAYER/ must name a header of LAYER itself or of a layer LAYER may use
(directly or through one it uses). ui/ may use every core layer, app/ everything; core never
includes ui/ or app/. Usage: check_layers.py SOURCE_DIR. Exit 1 naming each edge that breaks
the order (file, line, the header and the layer it belongs to)."""
import os
import re
import sys

# Each layer and the layers it uses directly; keep in step with core/CMakeLists.txt and
# ARCHITECTURE.md.
USES = {
    "base": [],
    "record": ["base"],
    "wire": ["record"],
    "protocols": ["wire"],
    "profile": ["protocols"],
    "lab": ["profile"],
    "session": ["lab"],
    "compare": ["profile"],
    "report": ["compare", "session"],
    "monitor": ["report"],
}


def reachable(layer):
    seen, todo = set(), [layer]
    while todo:
        for used in USES[todo.pop()]:
            if used not in seen:
                seen.add(used)
                todo.append(used)
    return seen | {layer}


def main(source):
    core = os.path.join(source, "core")
    owner = {}
    problems = []
    for layer in USES:
        folder = os.path.join(core, layer)
        if not os.path.isdir(folder):
            problems.append(f"core/{layer}/: the layer has no folder")
            continue
        for name in os.listdir(folder):
            if name.endswith(".h"):
                owner[name] = layer
    for entry in sorted(os.listdir(core)):
        if entry.endswith((".h", ".cpp")):
            problems.append(f"core/{entry}: a source outside every layer; move it into the layer it belongs to")
    include = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
    for layer in USES:
        allowed = reachable(layer)
        folder = os.path.join(core, layer)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".h", ".cpp")):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    m = include.match(line)
                    if not m:
                        continue
                    header = os.path.basename(m.group(1))
                    target = owner.get(header)
                    where = f"core/{layer}/{name}:{number}"
                    if target is None:
                        if os.path.exists(os.path.join(source, "ui", header)) or os.path.exists(os.path.join(source, "app", header)):
                            problems.append(f"{where}: includes {header} from ui/ or app/: the core never uses them")
                        continue
                    if target not in allowed:
                        problems.append(f"{where}: {layer} includes {header} of {target}, a layer above it "
                                        f"({layer} may use: {', '.join(sorted(allowed - {layer})) or 'nothing'}); "
                                        f"move the code it needs down, or pass it in")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} layer problem(s)")
        return 1
    print(f"layers: {len(owner)} headers in {len(USES)} layers, every include goes down")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")))
