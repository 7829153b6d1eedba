#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The folder rules of core/, checked on the sources (issue 14):

- every quoted #include in core/ is a header in core/: nothing in core
  includes app/ or ui/;
- the protocol folders (net, bsdp, dhcp, tftp, http, iso) include no
  services/, images/, site editing or ui: they are plain codecs and servers;
- no cycle between core's folders (site/ and boot/ used to include each other);
- no code in core reads a fact back out of an event summary: no
  QRegularExpression where boot events are handled, and no split, section,
  indexOf, match, mid, startsWith or endsWith over a summary; the one
  exception is the reader of recordings made before the kinds were typed;
- ui/ holds the site document in one place: no Site::Document member in any
  ui class, and exactly one Site::SiteEditor (the main window's); pages and
  models are adapters over it.

Usage: layers.py SOURCE_DIR
"""
import os
import re
import sys

src = sys.argv[1]
core = os.path.join(src, 'core')
failures = []

PROTOCOLS = {'net', 'bsdp', 'dhcp', 'tftp', 'http', 'iso'}
# What each protocol folder may include besides itself.
PROTOCOL_MAY_USE = {'net', 'bsdp', 'timeline', 'boot', 'capture'}  # capture: a machine's packets, kept by the servers
SUMMARY_READER_EXCEPTION = 'core/timeline/oldrecordingformat.cpp'

include_re = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
graph = {}
sources = []
for root, _dirs, files in os.walk(core):
    for name in files:
        if name.endswith(('.h', '.cpp')):
            sources.append(os.path.join(root, name))

for path in sorted(sources):
    rel = os.path.relpath(path, src)
    folder = os.path.relpath(os.path.dirname(path), core).split(os.sep)[0]
    text = open(path, encoding='utf-8').read()
    for target in include_re.findall(text):
        here = os.path.join(os.path.dirname(path), target)
        there = os.path.join(core, target)
        if os.path.exists(here):
            dep = folder
        elif os.path.exists(there):
            dep = target.split('/')[0]
        else:
            failures.append(f'{rel}: includes "{target}", which is not in core/ (core never includes app/ or ui/)')
            continue
        if dep != folder:
            graph.setdefault(folder, {}).setdefault(dep, rel)
        if folder in PROTOCOLS and dep != folder and dep not in PROTOCOL_MAY_USE:
            failures.append(f'{rel}: a protocol folder ({folder}/) includes {target}')
    if rel != SUMMARY_READER_EXCEPTION:
        for number, line in enumerate(text.splitlines(), 1):
            if 'summary' in line and re.search(r'\.(split|section|indexOf|lastIndexOf|match|mid|startsWith|endsWith)\(|QRegularExpression', line):
                failures.append(f'{rel}:{number}: reads an event summary: {line.strip()}')
        if ('timeline/bootevent.h' in text or folder in ('timeline', 'services')) and 'QRegularExpression' in text:
            failures.append(f'{rel}: uses QRegularExpression where boot events are handled')

# Cycles between folders, by depth-first search.
state = {}
def visit(node, stack):
    state[node] = 'open'
    for dep, where in graph.get(node, {}).items():
        if state.get(dep) == 'open':
            cycle = stack[stack.index(dep):] + [dep] if dep in stack else [node, dep]
            hops = ' -> '.join(cycle)
            failures.append(f'folder cycle {hops} (e.g. {where})')
        elif dep not in state:
            visit(dep, stack + [dep])
    state[node] = 'done'
for node in sorted(graph):
    if node not in state:
        visit(node, [node])

ui = os.path.join(src, 'ui')
editors = []
for name in sorted(os.listdir(ui)):
    if not name.endswith('.h'):
        continue
    text = open(os.path.join(ui, name), encoding='utf-8').read()
    for match in re.finditer(r'^\s*(?:const\s+)?Site::Document\s+m_\w+\s*;', text, re.M):
        failures.append(f'ui/{name}: holds a Site::Document ({match.group(0).strip()}); read it from the site editor')
    editors += [f'ui/{name}' for _ in re.finditer(r'^\s*Site::SiteEditor\s+m_\w+\s*;', text, re.M)]
if len(editors) != 1:
    failures.append(f'ui/ should own exactly one Site::SiteEditor, found {len(editors)}: {", ".join(editors) or "none"}')

for f in failures:
    print(f)
if failures:
    sys.exit(1)
edges = sum(len(d) for d in graph.values())
print(f'core/: {len(sources)} files in {len(graph)} folders, {edges} folder dependencies, no cycle; '
      f'no summary parsing; ui/ owns one site editor ({editors[0]})')
