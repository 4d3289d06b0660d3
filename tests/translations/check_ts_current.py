#!/usr/bin/env python3
"""The translation files say every string the sources mark for translation, and nothing else:
lupdate is run over core/, ui/, app/ and the built-in profiles' texts (the file
core/base/CMakeLists.txt makes from resources/profiles/*.json) into copies of translations/*.ts, and each copy must
equal its file. A string added to tr() without updating the files (cmake --build build
--target update_translations, then translate it) fails here, named.
Usage: check_ts_current.py LUPDATE SOURCE_DIR PROFILE_TEXTS"""
import difflib
import glob
import os
import shutil
import subprocess
import sys
import tempfile

lupdate, source, profile_texts = sys.argv[1], sys.argv[2], sys.argv[3]
files = sorted(glob.glob(os.path.join(source, "translations", "*.ts")))
if not files:
    sys.exit(f"no .ts files in {source}/translations")
with tempfile.TemporaryDirectory() as tmp:
    copies = []
    for f in files:
        copies.append(os.path.join(tmp, os.path.basename(f)))
        shutil.copy(f, copies[-1])
    r = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "core", "ui", "app", profile_texts, "-ts", *copies],
                       cwd=source, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"lupdate failed:\n{r.stdout}{r.stderr}")
    stale = []
    for f, c in zip(files, copies):
        with open(f, encoding="utf-8") as a, open(c, encoding="utf-8") as b:
            before, after = a.read().splitlines(), b.read().splitlines()
        if before != after:
            stale.append(f)
            print(f"{os.path.relpath(f, source)} is not what lupdate makes of the sources:")
            sys.stdout.writelines(line + "\n" for line in difflib.unified_diff(before, after, "as committed", "from the sources", n=1))
    if stale:
        sys.exit(1)
    print(f"{len(files)} translation file(s) match the sources: {r.stdout.strip().splitlines()[-1].strip()}")
