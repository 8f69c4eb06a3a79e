"""Replaces the start-up section of docs/benchmarks.md, and its lines in the summary, with a
rerun's (run.sh with STARTUP_ONLY=1), saying when it ran: the rest of the page stays as its own
run left it.

usage: splice-startup.py page.md startup-section.md startup.md "<start time>"
"""
import re
import sys

page_path, section_path, startup_path, started = sys.argv[1:5]
page = open(page_path, encoding="utf-8").read()
section = open(section_path, encoding="utf-8").read().rstrip("\n") + "\n"
startup = open(startup_path, encoding="utf-8").read()

note = ("Rerun on " + started + " with `STARTUP_ONLY=1 authy-benchmarks/run.sh`, apart from the sections "
        "above, which are from the run named at the top: compare its figures with each other only.\n\n")
section = section.replace("## Start-up\n\n", "## Start-up\n\n" + note, 1)
page = page[:page.index("## Start-up\n")] + section


def found(pattern):
    match = re.search(pattern, startup)
    return match.group(0) if match else None


summary = []
total = found(r"The starter adds.*")
if total:
    summary.append("* " + total + " (start-up rerun " + started + ")")
without = found(r"Without Boot's RestClient support.*")
if without:
    summary.append("  " + without)
own = found(r"The starter's own auto-configuration adds.*")
if own:
    summary.append("* " + own)
if not summary:
    summary.append("* Start-up: not measured (start-up rerun " + started + ")")


def is_startup_summary(line):
    return (line.startswith("* The starter adds") or line.startswith("* Start-up")
            or line.startswith("* The starter's own"))


lines = page.split("\n")
start = next((i for i, line in enumerate(lines) if is_startup_summary(line)), None)
if start is None:
    # No start-up lines yet: the summary ends before the "## Machine" heading.
    start = next(i for i, line in enumerate(lines) if line == "## Machine") - 1
    lines[start:start] = summary
else:
    end = start + 1
    while end < len(lines) and (lines[end].startswith("  ") or is_startup_summary(lines[end])):
        end += 1
    lines[start:end] = summary
open(page_path, "w", encoding="utf-8").write("\n".join(lines))
