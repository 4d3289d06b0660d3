#!/usr/bin/env python3
"""No sentence a person reads is left outside the translation system: in the sources that speak
to people (the command line, the window, the comparer's sentences, the terminal summary, the HTML report, the live
status line, the words a capture records), a string literal with three English words in a row
must be inside tr(), QT_TR_NOOP, QT_TRANSLATE_NOOP or Sentence::translate (lupdate's calls),
not QStringLiteral/QLatin1String nor streamed bare (`err() << "..."`). A literal that is only matched against English text a capture
keeps (`.contains(QLatin1String("could not be inflated"))`) or against a library's own message
(a QRegularExpression) is not shown, and passes.
Prometheus HELP texts (watchmetrics) are read by machines and stay as they are.
Usage: check_strings_in_tr.py SOURCE_DIR"""
import glob
import os
import re
import sys

SPEAKING = ["app/*.cpp", "ui/*.cpp", "core/profile/*.cpp", "core/wire/*.cpp", "core/record/wirewords.h", "core/session/proxyenvironment.cpp", "core/session/capture*.cpp",
            "core/session/pathsession.cpp", "core/session/scenariorunner.cpp", "core/session/tokeninspector.cpp",
            "core/protocols/*adapter.cpp", "core/protocols/comfyuiprotocol.cpp",
            "core/monitor/watchsummary.cpp", "core/monitor/watchdirectory.cpp", "core/monitor/watchhtmlreport.cpp",
            "core/monitor/watcher.cpp", "core/monitor/runarchive.cpp", "core/compare/*.cpp", "core/report/textsummary.cpp", "core/report/htmlreportwriter.cpp",
            "core/report/runprogress.cpp", "core/report/framedetail.cpp", "core/report/framefilter.cpp", "core/record/recordedwords.h", "core/protocols/homeassistantprotocol.cpp"]
LITERAL = re.compile(r'(QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)')
PROSE = re.compile(r"\b[a-zA-Z]{2,} [a-zA-Z]{2,} [a-zA-Z]{2,}\b")
STREAMED = re.compile(r'<<\s*((?:"(?:[^"\\]|\\.)*"\s*)+)')
# The window and the command line say even two words to a person ("all kept", "7 days"): there
# two words in a row are enough, except in a date format ("MM-dd HH:mm") or a command's syntax.
TWO_WORDS = re.compile(r"\b[a-zA-Z]{2,} [a-zA-Z]{2,}\b")
TERSE = ("app/", "ui/")
NOT_WORDS = re.compile(r"^[yMdHhmszapAP:./ -]+$|--")
MATCHED = re.compile(r"(contains|startsWith|endsWith|indexOf|==|!=|QRegularExpression\s+\w+)\s*\(?\s*$")


def untranslated(source, terse=False):
    """(line, text) of each literal in `source` that says prose outside the translation calls;
    `terse`: two words are prose."""
    found = []
    for m in list(LITERAL.finditer(source)) + list(STREAMED.finditer(source)):
        text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(m.lastindex)))
        bare = re.sub(r"<[^>]+>|%\d|\\.", " ", text)
        before = source[max(0, m.start() - 40):m.start()]
        prose = PROSE.search(bare) or (terse and TWO_WORDS.search(bare) and not NOT_WORDS.search(bare))
        if prose and not MATCHED.search(before):
            found.append((source.count("\n", 0, m.start()) + 1, text))
    return found


# The check can fail: a shown sentence is caught, a matched one and a translated one are not.
assert untranslated('label->setText(QStringLiteral("the tunnel lost it"));')
assert not untranslated('if (text.contains(QLatin1String("could not be inflated")))')
assert not untranslated('label->setText(tr("the tunnel lost it"));')
assert untranslated('err() << "cannot write the report" << Qt::endl;')
assert not untranslated('err() << tr("cannot write the report") << Qt::endl;')
assert untranslated('box->addItem(QStringLiteral("all kept"), 0);', terse=True)
assert not untranslated('box->addItem(QStringLiteral("all kept"), 0);')
assert not untranslated('axis->setFormat(QStringLiteral("MM-dd HH:mm"));', terse=True)

root = sys.argv[1]
problems = []
files = sorted({f for pattern in SPEAKING for f in glob.glob(os.path.join(root, pattern))})
for path in files:
    with open(path, encoding="utf-8") as f:
        for line, text in untranslated(f.read(), os.path.relpath(path, root).startswith(TERSE)):
            problems.append(f"{os.path.relpath(path, root)}:{line}: \"{text[:90]}\" is shown untranslated: "
                            "put it in tr() (or Sentence::translate), then cmake --build build --target update_translations")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"{len(files)} source file(s) that speak to people: every sentence goes through the translation system")
